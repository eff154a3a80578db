"""Table tests for `yiju.citations`: every case of `citation_cases.py` against `extract`.

One test per checked aspect (keys, titles, locators, parts, text, spans, unparsed), so a
failing case says *what* went wrong; `ANY` in a case means that field is not pinned.
"""

from __future__ import annotations

import dataclasses
import inspect
import itertools
import re
from pathlib import Path

import pytest

from tests.citation_cases import ANY, CASES, KEY_VARIANTS, NO_KEY, SEED_FILE, Case, Loc
from yiju import patterns as pat
from yiju.citations import _citation, _locator, canonical_key, decree_key, extract
from yiju.models import Citation, Extraction, Locator
from yiju.normalize import to_simplified

SEED_PATH = Path(__file__).resolve().parents[1] / "fixtures" / SEED_FILE

IDS = [c.id for c in CASES]
UNPARSED_CASES = [c for c in CASES if c.unparsed is not None]


def _citations(case: Case) -> tuple[Citation, ...]:
    return extract(case.text).citations


# ---------------------------------------------------------------------------- the table itself


def test_case_ids_are_unique() -> None:
    """Every case has its own readable id."""
    expected: list[str] = []
    assert expected == sorted({i for i in IDS if IDS.count(i) > 1})


def test_table_holds_at_least_170_cases() -> None:
    """The table is large enough to pin the grammar down."""
    assert len(CASES) >= 170


def test_real_cases_name_their_source() -> None:
    """Every real sentence says where it was copied from."""
    expected: list[str] = []
    assert expected == [c.id for c in CASES if c.family == "real" and not (c.source or "").startswith("http")]


def _seed_cells() -> list[str]:
    text = SEED_PATH.read_text(encoding="utf-8")
    return [cell for line in text.splitlines() for cell in line.split("\t")]


def test_seed_cases_are_verbatim_cells() -> None:
    """Each seed case is a whole cell of the seed form, copied exactly."""
    cells = set(_seed_cells())
    expected: list[str] = []
    assert expected == [c.id for c in CASES if c.family == "seed" and c.text not in cells]


def test_every_seed_cell_with_a_citation_is_a_case() -> None:
    """No cell of the seed form that holds a number or a 《》 is left out of the table."""
    cited = {cell for cell in _seed_cells() if re.search(r"〔|《", cell)}
    cased = {c.text for c in CASES if c.family == "seed"}
    expected: list[str] = []
    assert expected == sorted(cited - cased)


# ---------------------------------------------------------------------------- extraction


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_finds_documents_in_order(case: Case) -> None:
    """Extraction finds exactly the expected documents, in order of appearance."""
    expected = [d.key for d in case.docs]
    actual = [c.key for c in _citations(case)]
    assert expected == actual


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_binds_titles(case: Case) -> None:
    """Each document carries the title bound to it, or None when nothing binds."""
    expected = [(d.key, d.title) for d in case.docs]
    actual = [(c.key, c.title) for c in _citations(case)]
    assert expected == actual


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_reads_locators(case: Case) -> None:
    """Each document carries its pages, items and units, in the order written."""
    expected = [(d.key, list(d.locators)) for d in case.docs]
    actual = [(c.key, [Loc(x.pages, x.item, x.unit) for x in c.locators]) for c in _citations(case)]
    assert expected == actual


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_splits_issuer_year_serial(case: Case) -> None:
    """Issuer, year and serial are the folded parts of the number, where the case pins them."""
    expected = [(d.key, d.issuer, d.year, d.serial) for d in case.docs]
    actual = [(c.key, c.issuer, c.year, c.serial) for c in _citations(case)]
    assert expected == actual


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_keeps_text_as_written(case: Case) -> None:
    """A citation's text is what was matched, as written, where the case pins it."""
    expected = [(d.key, d.text) for d in case.docs]
    actual = [(c.key, c.text) for c in _citations(case)]
    assert expected == actual


def _key_from_parts(c: Citation) -> str:
    if c.serial is None:
        # a title-only key drops the title's spaces and the pinyin glosses some sites print
        return f"《{''.join(pat.TITLE_GLOSS.sub('', c.title or '').split())}》"
    signed = c.issuer_info.kind if c.issuer_info is not None else None
    if signed in {"令", "公告"} and not (c.issuer or "").endswith(signed or ""):
        # `国家税务总局公告2018年第28号`; written with a bracket, 公告 is part of the issuer.
        return decree_key(c.issuer or "", c.year, c.serial, signed or "令")
    return f"{c.issuer}〔{c.year}〕{c.serial}号"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_key_is_built_from_its_parts(case: Case) -> None:
    """A numbered key is `{issuer}〔{year}〕{serial}号`, a decree's `{organ}令第{serial}号` (or
    `{organ}令〔{year}〕{serial}号`), a title-only key `《title》` (titles fold traditional script
    and lose their pinyin glosses)."""
    citations = _citations(case)
    expected = [to_simplified(_key_from_parts(c)) for c in citations]
    actual = [c.key for c in citations]
    assert expected == actual
    title_only = [(c.issuer, c.year) for c in citations if c.serial is None]
    assert [(None, None)] * len(title_only) == title_only


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_spans_point_at_written_text(case: Case) -> None:
    """`text[start:end]` is the citation's text, the unparsed text and each locator's label."""
    result = extract(case.text)
    expected = [c.text for c in result.citations] + [u.text for u in result.unparsed]
    actual = [case.text[c.span[0] : c.span[1]] for c in result.citations] + [
        case.text[u.span[0] : u.span[1]] for u in result.unparsed
    ]
    assert expected == actual
    labels = [x.label for c in result.citations for x in c.locators]
    written = [
        case.text[x.span[0] : x.span[1]]
        if x.label == case.text[x.span[0] : x.span[1]]
        or not _annex_label(x.label, case.text[x.span[0] : x.span[1]])
        else x.label
        for c in result.citations
        for x in c.locators
    ]
    assert labels == written


def _annex_label(label: str, written: str) -> bool:
    """Return True for the label of a locator in an annex list: the annex, then what is written
    (`附件1第5项` for the `第5项` of `附件1第3项、第5项`)."""
    return label.startswith("附件") and label.endswith(written) and "附件" not in written


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_citations_come_in_order_without_overlap(case: Case) -> None:
    """Citation spans are non-empty, ordered and disjoint."""
    spans = [c.span for c in _citations(case)]
    assert all(start < end for start, end in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize("case", UNPARSED_CASES, ids=[c.id for c in UNPARSED_CASES])
def test_reports_unparsed_text(case: Case) -> None:
    """Citation-like text that does not parse is reported with its exact text, and nothing else is."""
    unparsed = extract(case.text).unparsed
    if isinstance(case.unparsed, int):
        assert case.unparsed == len(unparsed)
    else:
        assert list(case.unparsed or ()) == [u.text for u in unparsed]


# How a list's later serial is written: digits, 第, or the bracket of its own year.
_LISTED_FIRST = "0123456789０１２３４５６７８９第〔[【（(［〖"


def _inverted_word(citations: tuple[Citation, ...], i: int) -> str:
    """Return 令 or 公告 when citation `i` starts an inverted list whose last number ends with it
    (`财政部、税务总局2020年第13号、24号公告`), else ""."""
    first = citations[i]
    if first.text.endswith(("令", "公告")) or not first.key.startswith(first.issuer or "\0"):
        return ""
    for later in citations[i + 1 :]:
        if later.issuer != first.issuer or later.year != first.year or later.text[:1] not in _LISTED_FIRST:
            break
        for word in ("公告", "令"):
            if later.text.endswith(word) and f"{first.issuer}{word}" in first.key:
                return word
    return ""


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_canonical_key_of_written_text_is_the_key(case: Case) -> None:
    """Reading back a citation's written text gives its key; a short name read alone is itself,
    and a later serial of a list (`47号、48号`, `19号和〔2016〕20号`), written without its issuer,
    names nothing alone. The first number of an inverted list (`国务院第493号、第494号令`) is
    read back with the list's last word after it (`国务院第493号令`). A number written year
    first (`2016年财税第36号`) starts with a digit too, and names its document alone."""
    result = extract(case.text)
    names = {f"《{a.name}》" for a in result.aliases}
    expected = [
        canonical_key(c.text[: c.text.index("》") + 1])
        if c.text.startswith(tuple(names))
        else None
        if c.numbered and c.text[:1] in _LISTED_FIRST and c.text[4:5] != "年"
        else c.key
        for c in result.citations
    ]
    actual = [
        canonical_key(c.text + _inverted_word(result.citations, i)) for i, c in enumerate(result.citations)
    ]
    assert expected == actual


# ---------------------------------------------------------------------------- canonical_key


@pytest.mark.parametrize(
    ("written", "key"), KEY_VARIANTS, ids=[f"variant-{i:02d}" for i in range(len(KEY_VARIANTS))]
)
def test_canonical_key_folds_variant(written: str, key: str) -> None:
    """Every written variant of a number reduces to the one canonical key."""
    assert key == canonical_key(written)


def _all_keys() -> list[str]:
    keys = {d.key for c in CASES for d in c.docs} | {key for _, key in KEY_VARIANTS}
    return sorted(keys)


@pytest.mark.parametrize("key", _all_keys())
def test_canonical_key_is_idempotent(key: str) -> None:
    """A canonical key is its own canonical key."""
    assert key == canonical_key(key)


@pytest.mark.parametrize("text", NO_KEY, ids=[f"none-{i:02d}" for i in range(len(NO_KEY))])
def test_canonical_key_is_none_without_a_document(text: str) -> None:
    """Text that names no document has no key."""
    assert canonical_key(text) is None


def test_canonical_keys_compare_exactly() -> None:
    """2号, 20号 and 25号 are three documents; 泉政办 and 泉政办明传 are two."""
    written = [
        "泉委办〔2021〕2号",
        "泉委办〔2021〕20号",
        "泉委办〔2021〕25号",
        "泉政办〔2021〕6号",
        "泉政办明传〔2021〕6号",
    ]
    keys = [canonical_key(w) for w in written]
    assert written == keys
    assert len(written) == len(set(keys))


def test_any_is_a_wildcard() -> None:
    """The table's wildcard matches anything, so unpinned fields never fail a case."""
    assert ANY == "x"
    assert ("k", ANY) == ("k", None)


# ---------------------------------------------------------------------------- result objects


def test_fast_constructors_build_the_dataclasses_they_stand_for() -> None:
    """`_citation`/`_locator` (built without `__init__`, for speed) equal the dataclass built
    by its constructor, field for field, and stay frozen; a field added to the model fails here."""
    loc_args = ((14, 15), "27", "项", "第14-15页第27项", (9, 20), "item")
    args = (
        "泉委发〔2021〕5号",
        "泉委发",
        2021,
        "5",
        "标题",
        None,
        (Locator(*loc_args),),
        (0, 20),
        "泉委发〔2021〕5号",
    )
    fast = _citation(*args[:6], (_locator(*loc_args),), *args[7:])
    expected = Citation(*args)
    assert expected == fast
    assert [f.name for f in dataclasses.fields(Citation)] == list(Citation.__slots__)
    assert len(dataclasses.fields(Citation)) == len(inspect.signature(_citation).parameters)
    assert len(dataclasses.fields(Locator)) == len(inspect.signature(_locator).parameters)
    # `extract` sets these three through the slots too: a field added to the model fails here.
    assert [f.name for f in dataclasses.fields(Extraction)] == ["citations", "unparsed", "aliases"]
    found = extract("依据泉委发〔2021〕5号")
    assert found == Extraction(found.citations, (), ())
    assert [getattr(expected, f.name) for f in dataclasses.fields(Citation)] == [
        getattr(fast, f.name) for f in dataclasses.fields(Citation)
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.key = "x"  # type: ignore[misc]  # the point: frozen
