"""Annexes of a cited document (`泉委办〔2021〕20号附件2第3项`): the citation reader's locator of
kind `annex`, the clause it makes in the graph, how `trace` names it, and `cover` reading the
same item from it (issue 13, third round, gap a)."""

from __future__ import annotations

import pytest

from tests.citation_cases import CASES, Case
from yiju.citations import basis_documents, extract, read_general
from yiju.cover import item_refs
from yiju.formatters import clause_word
from yiju.graph import clause_id, clause_item

KEY = "泉委办〔2021〕20号"


@pytest.mark.parametrize(
    ("written", "kind", "item", "unit", "ref", "word"),
    [
        ("附件2第3项", "annex", "2.3", "项", "annex2.3", "附件2第3项"),
        ("附件2", "annex", "2", "附件", "annex2", "附件2"),
        ("附件 二 第3-5项", "annex", "2.3-5", "项", "annex2.3-5", "附件2第3-5项"),
        ("附件1第二十条", "annex", "1.20", "条", "annex1.art20", "附件1第20条"),
        ("附件1第二十条第二款", "annex", "1.20.2", "款", "annex1.art20.2", "附件1第20条第2款"),
        ("附件1第（二）3项", "annex", "1.2.3", "项", "annex1.2.3", "附件1第2.3项"),
        ("附件第12项", "annex", ".12", "项", "annex.12", "附件第12项"),
        ("附件第二十条第二款", "annex", ".20.2", "款", "annex.art20.2", "附件第20条第2款"),
    ],
)
def test_an_annex_is_one_locator_with_its_clause(  # noqa: PLR0917  # one per column of the table
    written: str, kind: str, item: str, unit: str, ref: str, word: str
) -> None:
    """Each annex locator: its kind, item, unit, the clause node id and how trace names it."""
    text = f"属{KEY}{written}）"
    (citation,) = extract(text).citations
    (loc,) = citation.locators
    assert (kind, item, unit, written) == (loc.kind, loc.item, loc.unit, loc.label)
    assert text[loc.span[0] : loc.span[1]] == written
    assert f"clause:{KEY}#{ref}" == clause_id(KEY, clause_item(loc))
    assert word == clause_word(clause_item(loc))
    assert word == loc.describe()


@pytest.mark.parametrize(
    ("tail", "items"),
    [
        ("附件2第3项", ["3"]),
        ("附件2第3-5项", ["3", "4", "5"]),
        ("附件2第3项至第5项", ["3", "4", "5"]),
        ("附件2第3、5、7项", ["3", "5", "7"]),
        ("附件2第3，5项", ["3", "5"]),
        ("附件2第14-15页第3-4项", ["3", "4"]),
        ("附件第12项", ["12"]),
        ("附件2", []),
        ("附件", []),
    ],
)
def test_cover_reads_the_item_in_the_annex_the_reader_reads(tail: str, items: list[str]) -> None:
    """`cover` takes an annex's items from the citation reader's locators (the register is the
    annex), and reads only what the reader leaves (`第3，5项`) with its own pattern."""
    text = f"属{KEY}{tail}"
    (citation,) = extract(text).citations
    assert items == item_refs(text, citation)
    inner = [loc.item.partition(".")[2] for loc in citation.locators if loc.kind == "annex" and loc.item]
    assert all(i in items or "-" in i for i in inner if i)


@pytest.mark.parametrize(
    ("tail", "labels", "items"),
    [
        ("附件1第3项、第5项", ["附件1第3项", "附件1第5项"], ["1.3", "1.5"]),
        ("附件二第14页第3、4项", ["附件二第14页第3", "附件二第4项"], ["2.3", "2.4"]),
        ("附件第12项、第13项", ["附件第12项", "附件第13项"], [".12", ".13"]),
        ("附件2第3项、附件3第5项", ["附件2第3项", "附件3第5项"], ["2.3", "3.5"]),
    ],
)
def test_every_label_in_an_annex_says_which_annex(tail: str, labels: list[str], items: list[str]) -> None:
    """In a list inside an annex each locator's label carries the annex (its span is its own text,
    which the label ends with): `附件1第3项、第5项` is `附件1第3项` and `附件1第5项`, not `第5项`."""
    text = f"属{KEY}{tail}"
    (citation,) = extract(text).citations
    assert (labels, items) == ([x.label for x in citation.locators], [x.item for x in citation.locators])
    assert all(x.label.endswith(text[x.span[0] : x.span[1]]) for x in citation.locators)
    assert all(x.kind == "annex" for x in citation.locators)


def test_a_title_on_the_line_above_its_number_is_one_basis_document() -> None:
    """A 文件依据 cell that breaks the line between `《X》` and `（国办发〔2016〕19号）` names one
    document, titled X: the 《X》 segment is the number's title, not a bare name of its own."""
    found = basis_documents("《国务院办公厅关于印发2016年政务公开工作要点的通知》\n（国办发〔2016〕19号）")
    assert [("国办发〔2016〕19号", "2016年政务公开工作要点")] == [(c.key, c.title) for c in found.citations]


_RUNNING = (
    "根据《关于印发X方案的通知》（国发〔2015〕11号，下称《通知》），落实《通知》第三条，依据国务院令第699号。"
)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.family in {"gap", "real-code"} or c.name.startswith("third-")], ids=str
)
def test_the_fast_path_reads_the_third_rounds_constructions_as_the_general_reader(case: Case) -> None:
    """Annexes, bracketless numbers, 年 in the bracket, `即《Y》`, edition notes, `国令`, joint
    decrees: alone and beside the commonest running-text shapes, `extract` (fast path first) is
    `read_general`, so the fast path never reads one of them its own way."""
    for text in (case.text, _RUNNING + case.text, case.text + _RUNNING):
        assert read_general(text) == extract(text)
