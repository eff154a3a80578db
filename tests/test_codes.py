"""The code table (`yiju.codes`) and how outputs name subjects (`yiju.naming`)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from yiju.audit import RULES, run_audit
from yiju.codes import CODES, FAMILIES, FAMILIES_ZH, code_info
from yiju.forms import parse_tables
from yiju.graph import build_graph
from yiju.naming import clause_text, document_label, locator_text, subject_text
from yiju.readers import read

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
HAN = regex.compile(r"\p{Han}")


def test_every_rule_is_in_the_table_with_its_slug_and_severity() -> None:
    """The registry's slug and default severity are the table's, for every rule."""
    expected = {code: (CODES[code].slug, CODES[code].severity) for code in RULES}
    assert expected == {code: (r.slug, r.severity) for code, r in RULES.items()}
    assert set(RULES) <= set(CODES)


def test_every_code_explains_itself_in_chinese() -> None:
    """Each row has a Chinese title and explanation and an English title; each family a name."""
    for row in CODES.values():
        assert HAN.search(row.title_zh), row.code
        assert HAN.search(row.explain_zh), row.code
        assert row.title_en, row.code
        assert row.explain_en, row.code
        assert row.family in FAMILIES
        assert row.family in FAMILIES_ZH


def test_reading_findings_carry_the_table_severity() -> None:
    """R findings stamped by the readers and the parser agree with the table, as the audit reports them."""
    forms = parse_tables(read(SEED))
    found = [f for form in forms for f in form.findings]
    assert found  # the seed's broken score block
    for f in found:
        assert (CODES[f.code].slug, CODES[f.code].severity) == (f.slug, f.severity)


def test_unknown_code_is_shown_not_dropped() -> None:
    """A code newer than the table is named by itself."""
    assert ("X99", "X99") == (code_info("X99").code, code_info("X99").title_zh)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("target:泉州市应急管理局/2021/1-15", "泉州市应急管理局 2021 · 1-15 城市创建工作"),
        (
            "indicator:泉州市应急管理局/2021/1-9-1",
            "泉州市应急管理局 2021 · 1-9-1 抓好森林防灭火工作，建设1支…",
        ),
        ("dept:泉州市应急管理局/火灾科", "泉州市应急管理局 · 火灾科"),
        ("person:泉州市应急管理局/林永源", "泉州市应急管理局 · 林永源"),
        ("clause:泉委办〔2021〕20号#11", "泉委办〔2021〕20号 第14、14-15页第11项"),
        ("clause:泉政办〔2020〕18号#4.1", "泉政办〔2020〕18号 第8页第（四）1项"),
        ("doc:泉委办〔2021〕2号", "泉委办〔2021〕2号《2021年市委市政府为民办实事项目责任分解》"),
        ("form:泉州市应急管理局/2021", "泉州市应急管理局 2021"),
        ("target:泉州市应急管理局/2021/1-16", "泉州市应急管理局 2021 · 1-16"),  # hidden: no node
        ("35:35", "第35行"),
        ("L:L", "L列"),
        ("line 94 column 2", "第94行第2列"),
        ("row 12", "第12行"),
        ("sheet 填表说明", "工作表 填表说明"),
    ],
)
def test_subject_text(subject: str, expected: str) -> None:
    """A subject reads as people write it, never as a node id."""
    graph = build_graph(parse_tables(read(SEED)))
    assert expected == subject_text(graph, subject)


def test_every_seed_finding_subject_is_named() -> None:
    """No subject of any seed finding comes out as a node id."""
    forms = parse_tables(read(SEED))
    graph = build_graph(forms)
    for f in run_audit(forms):
        for subject in f.subjects:
            text = subject_text(graph, subject)
            assert not regex.search(r"\b(target|indicator|dept|person|clause|doc|form|unit):", text), text


def test_locators_read_as_the_form_writes_them() -> None:
    """One formatter: pages then the item as written (`第8页第（四）1项`)."""
    graph = build_graph(parse_tables(read(SEED)))
    assert "第8页第（四）1项" == clause_text(graph, "clause:泉政办〔2020〕18号#4.1")
    assert "第（四）1项" == clause_text(graph, "clause:泉政办〔2020〕18号#4.1", with_pages=False)
    assert "第14-15页第11项" == locator_text(["14-15"], "第11项")
    assert "《三定方案》" == document_label(graph, "doc:《三定方案》")


def test_findings_are_made_from_the_table_only() -> None:
    """No module but the code table builds a Finding by hand (slug and severity come from it)."""
    package = Path(__file__).resolve().parent.parent / "src" / "yiju"
    stamped = regex.compile(r"(?<![\w.])Finding\(")
    found = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path.name not in {"codes.py", "models.py"}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if stamped.search(line) and not line.lstrip().startswith(">>>")
    ]
    assert [] == found
