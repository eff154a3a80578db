"""Shortcuts taken for speed give what the long way gives (issue 10's parse benchmark work)."""

from __future__ import annotations

import io
import struct
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import hostile
from yiju import forms, headers, short_names
from yiju.citations import extract_cell, title_key
from yiju.errors import ReadError
from yiju.headers import header_score, header_scores
from yiju.models import Form, SourceLocation
from yiju.normalize import clean_cell, clean_name, fold_width, to_simplified, to_simplified_lines
from yiju.patterns import (
    CLOSE_BRACKETS,
    DOTTED_ID,
    FORM_ID,
    FUNCTION_WORDS,
    ID_DASH,
    NAME_SPLIT,
    OPEN_BRACKETS,
    PLAIN_ID,
    POINTS,
    XML_FORBIDDEN_CHAR,
)
from yiju.readers import _safety as safety
from yiju.readers import _sheetxml as sheetxml
from yiju.readers import read
from yiju.readers import table as table_module
from yiju.readers import xlsx as xlsx_reader
from yiju.readers._controls import XML_FORBIDDEN, scrub_controls
from yiju.readers._safety import check_xlsx_bytes
from yiju.readers.table import Row, Table, has_header

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed_2021_quanzhou_yingji.xlsx"


def test_the_control_search_finds_exactly_the_characters_xml_forbids() -> None:
    """The one-search test of a table matches the same code points the scrub removes, no other."""
    matched = {chr(c) for c in range(0x110000) if XML_FORBIDDEN_CHAR.fullmatch(chr(c))}
    assert set(XML_FORBIDDEN) == matched


def test_a_table_without_controls_is_returned_as_it_is() -> None:
    """No forbidden character anywhere: the same object back, no finding."""
    table = Table(
        "f.txt", None, (Row(1, ("序号", "一级指标\n二级", "\t李四\r")), Row(2, ("1-1", "", "\ufffd")))
    )
    assert table is scrub_controls(table)


def test_a_control_in_any_row_is_scrubbed_in_that_row_only() -> None:
    """A control on the last row of many is found and cleaned; the other rows stay the same objects."""
    rows = tuple(Row(n, ("1-1", f"工作{n}", "张三")) for n in range(1, 40))
    table = Table("f.txt", None, (*rows, Row(40, ("1-2", "做好\x0b甲工作", "李\ufffe四"))))
    scrubbed = scrub_controls(table)
    assert rows == scrubbed.rows[:-1]
    assert ("1-2", "做好\n甲工作", "李四") == scrubbed.rows[-1].values
    assert [("B40",), ("C40",)] == sorted(f.subjects for f in scrubbed.findings)


# ------------------------------------------------------------------------------ kept zip members


def _kept(data: bytes, keep: Callable[[str], bool]) -> dict[str, bytes]:
    return check_xlsx_bytes("w.xlsx", io.BytesIO(data), keep=keep)


def test_kept_members_are_what_the_archive_reads() -> None:
    """Every member the checks hand back is byte for byte `ZipFile.read` of that name."""
    data = SEED.read_bytes()
    kept = _kept(data, lambda _name: True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
        assert sorted(xml) == sorted(kept)
        assert all(archive.read(name) == body for name, body in kept.items())


def test_only_asked_for_members_are_kept() -> None:
    """The reader's predicate keeps the workbook, its relationships and the sheets, nothing else."""
    kept = _kept(SEED.read_bytes(), xlsx_reader._read_next)
    expected = [
        "xl/_rels/workbook.xml.rels",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
    ]
    assert expected == sorted(kept)


def test_a_member_past_the_prolog_read_is_not_kept() -> None:
    """A member larger than one prolog chunk was not read whole: the reader reads it itself."""
    big = hostile.sheet_xml(rows=[(str(n), "做好" * 400) for n in range(1, 60)]).encode()
    assert len(big) > safety._PROLOG_CHUNK
    data = hostile.workbook([("表", big.decode())])
    kept = _kept(data, lambda _name: True)
    assert hostile.SHEET_PART not in kept
    assert "xl/workbook.xml" in kept


def test_a_name_listed_twice_keeps_what_the_archive_reads() -> None:
    """Two members of one name: `ZipFile.read` gives the last, and so does the kept copy."""
    data = SEED.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [(i.filename, archive.read(i)) for i in archive.infolist()]
    first = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    )
    members = [hostile.honest(name, body) for name, body in parts]
    members.insert(0, hostile.honest("xl/worksheets/sheet2.xml", first))
    twice = hostile.raw_zip(members)
    kept = _kept(twice, lambda _name: True)
    with zipfile.ZipFile(io.BytesIO(twice)) as archive:
        assert archive.read("xl/worksheets/sheet2.xml") == kept["xl/worksheets/sheet2.xml"] != first


def test_reading_with_kept_members_equals_reading_from_the_archive(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed's tables are the same whether the sheet parts come from the checks or the zip."""
    shortcut = read(SEED)
    monkeypatch.setattr(xlsx_reader, "_read_next", lambda _name: False)
    assert read(SEED) == shortcut


def _fixture_workbooks() -> list[Path]:
    fixtures = SEED.parent
    return sorted({SEED, *fixtures.glob("*/*.xlsx"), *fixtures.glob("*.xlsx")})


def test_the_checks_list_the_names_the_archive_lists() -> None:
    for path in _fixture_workbooks():
        data = path.read_bytes()
        _kept_parts, members = safety.check_xlsx_archive(str(path), io.BytesIO(data))
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert set(archive.namelist()) == members, path


def test_sheets_read_with_the_checked_names_equal_sheets_read_from_the_archive() -> None:
    """The archive is not opened again for its names: every fixture workbook's sheets are the same."""
    paths = _fixture_workbooks()
    assert len(paths) >= 10
    for path in paths:
        data = path.read_bytes()
        kept, members = safety.check_xlsx_archive(str(path), io.BytesIO(data), keep=xlsx_reader._read_next)
        assert xlsx_reader._calamine_sheets(data) == xlsx_reader._calamine_sheets(data, kept, members), path


# ------------------------------------------------------------------------------ one inflation per part


def _checked(data: bytes, monkeypatch: pytest.MonkeyPatch, *, once: bool) -> object:
    """Return what the checks give (kept parts, or the error), inflating each part once or twice."""
    with monkeypatch.context() as patch:
        if not once:
            patch.setattr(safety, "_read_in_one_chunk", lambda _info: False)
        try:
            return check_xlsx_bytes("w.xlsx", io.BytesIO(data), keep=lambda _name: True)
        except ReadError as error:
            return str(error)


def _seed_members() -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(SEED) as archive:
        return [(i.filename, archive.read(i)) for i in archive.infolist()]


def _member(
    name: str,
    content: bytes,
    *,
    raw_cut: int = 0,
    garbage: bytes = b"",
    crc_delta: int = 0,
    size_delta: int = 0,
) -> tuple[str, bytes, int, int, int, int]:
    """A deflated member, its stream cut short, followed by garbage, or its CRC or size misstated."""
    name, raw, method, crc, size, flags = hostile.honest(name, content)
    raw = (raw[:-raw_cut] if raw_cut else raw) + garbage
    return (name, raw, method, (crc + crc_delta) & 0xFFFFFFFF, size + size_delta, flags)


def _odd_members() -> list[bytes]:
    """Workbooks whose sheet part is damaged in each way `zipfile` reads differently."""
    parts = _seed_members()
    sheet = "xl/worksheets/sheet2.xml"
    body = dict(parts)[sheet]
    cases = [
        {"crc_delta": 1},
        {"raw_cut": 1},
        {"raw_cut": 40},
        {"garbage": b"\x00garbage"},
        {"garbage": b"\x03\x00"},
        {"size_delta": 5},
        {"size_delta": -5},
        {"raw_cut": 3, "size_delta": -3},
    ]
    out = [
        hostile.raw_zip([_member(n, c, **case) if n == sheet else hostile.honest(n, c) for n, c in parts])
        for case in cases
    ]
    # The archive ends inside the sheet's data: its member is written after the directory
    # (which points there) and cut short, so zipfile runs out of input reading it.
    out.extend(_ending_inside(parts, sheet, keep) for keep in (200, len(body) // 3, 5))
    assert len(body) < safety._PROLOG_CHUNK
    return out


def _ending_inside(parts: list[tuple[str, bytes]], last: str, keep: int) -> bytes:
    """Return a zip whose member `last` lies after the end record, its data cut after `keep` bytes."""
    others = hostile.raw_zip([hostile.honest(n, c) for n, c in parts if n != last])
    end_at = others.rfind(b"PK\x05\x06")
    directory_at = others.rfind(b"PK\x01\x02", 0, end_at)
    directory_at = others.find(b"PK\x01\x02")
    locals_, directory = others[:directory_at], others[directory_at:end_at]
    name, raw, method, crc, size, flags = hostile.honest(last, dict(parts)[last])
    encoded = name.encode()
    entry = struct.pack(
        "<4sHHHHHHIIIHHHHHII",
        *(b"PK\x01\x02", 20, 20, flags, method, 0, 0, crc, len(raw), size, len(encoded)),
        *(0, 0, 0, 0, 0, len(locals_) + len(directory) + len(encoded) + 46 + 22),
    )
    directory += entry + encoded
    count = len(parts)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(locals_), 0)
    header = struct.pack(
        "<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, method, 0, 0, crc, len(raw), size, len(encoded), 0
    )
    return locals_ + directory + end + header + encoded + raw[:keep]


@pytest.mark.parametrize("index", range(11))
def test_a_damaged_part_read_once_fails_as_read_twice(monkeypatch: pytest.MonkeyPatch, index: int) -> None:
    """CRC, cut streams, garbage after the stream, misstated sizes, a short archive: same outcome."""
    data = _odd_members()[index]
    assert _checked(data, monkeypatch, once=True) == _checked(data, monkeypatch, once=False)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 40_000), st.integers(0, 255), st.integers(0, 3)), min_size=1, max_size=6
    )
)
def test_a_mutated_workbook_checked_once_gives_what_twice_gives(edits: list[tuple[int, int, int]]) -> None:
    """Byte flips, deletions and truncations anywhere in the seed: the same kept parts or the same error."""
    data = bytearray(SEED.read_bytes())
    for place, byte, kind in edits:
        if len(data) < 30:
            break
        at = place % len(data)
        if kind == 0:
            data[at] = byte
        elif kind == 1:
            del data[at : at + byte + 1]
        elif kind == 2:
            data[at:at] = data[at : at + byte + 1]
        else:
            data = data[: max(at, 30)]
    with pytest.MonkeyPatch.context() as patch:
        assert _checked(bytes(data), patch, once=True) == _checked(bytes(data), patch, once=False)


# ------------------------------------------------------------------------------ text folding


@given(st.text())
def test_clean_name_drops_exactly_the_spaces_and_zero_width_marks(text: str) -> None:
    """`clean_name` keeps the characters, in order, that are neither spaces nor zero-width marks."""
    folded = unicodedata.normalize("NFC", text)
    assert "".join(ch for ch in folded if not ch.isspace() and ch not in "\u200b\ufeff") == clean_name(text)


# Cells a header test meets: aliases, traditional spellings, glosses, names, months, numbers,
# spaced-out and line-broken headers, and text with traditional characters in any place.
_CELLS = [
    "序号", "序號", "責任單位", "责 任\n单 位", "权重（分）", "完成時限(月)", "张三", "12月", "4", "1-1-1",
    "", "重點工作", "配合單位", "乾隆", "著作權", "李　隽", "备注", "發展和改革局", "x" * 30, "（分）",
]  # fmt: skip


@given(st.lists(st.lists(st.sampled_from(_CELLS) | st.text(max_size=8), max_size=8), max_size=12))
def test_header_scores_equal_each_row_scored_alone(rows: list[list[str]]) -> None:
    """Folding every short cell of a table in one OpenCC call scores each row as scoring it alone."""
    assert [header_score(row) for row in rows] == header_scores(rows)


@given(st.lists(st.sampled_from(_CELLS) | st.text(), max_size=20))
def test_folding_texts_together_equals_folding_each(texts: list[str]) -> None:
    """One OpenCC call over texts joined by line breaks gives each text's own folding."""
    assert [to_simplified(t) for t in texts] == to_simplified_lines(texts)


@given(st.lists(st.lists(st.sampled_from(_CELLS) | st.text(max_size=4), max_size=5), max_size=20))
def test_header_scores_in_small_chunks_equal_each_row_scored_alone(rows: list[list[str]]) -> None:
    """Chunks of three rows and a memory of five cells (the bounds a huge table meets) change nothing."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(headers, "_CHUNK_ROWS", 3)
        patch.setattr(headers, "_KEPT_CELLS", 5)
        assert [header_score(row) for row in rows] == header_scores(rows)


def test_a_control_past_the_first_chunk_of_rows_is_found() -> None:
    """A control on row 2,500 of a long table is scrubbed; the table is searched chunk by chunk."""
    rows = tuple(Row(n, ("1-1", f"工作{n}", "张三")) for n in range(1, 3000))
    dirty = Row(2500, ("1-1", "工作\x1a", "张三"))
    table = Table("f.txt", None, (*rows[:2499], dirty, *rows[2500:]))
    scrubbed = scrub_controls(table)
    assert ("1-1", "工作", "张三") == scrubbed.rows[2499].values
    assert [("B2500",)] == [f.subjects for f in scrubbed.findings]
    assert rows[2500:] == scrubbed.rows[2500:]


# ------------------------------------------------------------------------------ a 一级指标's points tail

SEED_TXT = SEED.with_suffix(".txt")
# The seed's 一级指标 cells that end in points: real citation lists (`（属…）`) before `（N分）`.
_SEED_TARGETS = sorted(
    {v for row in read(SEED_TXT)[0].rows for v in row.values if POINTS.search(v) and "〔" in v}
)
# Pieces of such cells, to join in any order: numbers, locators, lists, titles, brackets.
_PIECES = (
    "泉委发〔2021〕5号", "泉委办〔2021〕20号", "闽政〔2020〕12号", "泉府督〔2020〕第DC-009号", "〔2021〕",
    "5号", "号", "第14页", "第14-15页", "第27项", "第（四）1项", "第3条", "、", "，", "和", "等", "属",
    "依据", "根据", "文件", "精神", "《关于做好应急管理工作的通知》", "《", "》", "（属", "（", "）", "(",
    ")", "做好森林防火工作", "分", "（4分）", "2021年", " ", "\u3000", "。", "；", "DC-009", "第",
)  # fmt: skip
_TAILS = st.tuples(
    st.sampled_from(("", " ", "\u3000")),
    st.sampled_from(("（4分）", "(4分)", "（ 4.5 分 ）", "（10分)", "（０.５分）")),
    st.sampled_from(("", "。", "；", " ", "。 ")),
).map("".join)
_CITED = st.lists(
    st.tuples(
        st.sampled_from(_PIECES[:4]),
        st.sampled_from(("", "第14页", "第14-15页", "第3条", "文件")),
        st.sampled_from(("", "第27项", "第（四）1项", "等")),
    ).map("".join),
    min_size=1,
    max_size=4,
).map("、".join)
_HEADS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
    st.tuples(st.sampled_from(_SEED_TARGETS), st.integers(0, 200)).map(lambda p: p[0][: p[1]]),
    # prose, then a list of cited numbers in brackets (`（属…）`), maybe a piece around it
    st.tuples(
        st.lists(st.sampled_from(_PIECES), max_size=4).map("".join),
        st.sampled_from(("（属", "（", "(属", "（依据", " （属", "（属：")),
        _CITED,
        st.sampled_from(("）", ")", "））", "）。")),
        st.sampled_from(("", "", "、", "（", "）", "分", "5号")),
    ).map("".join),
)


def _long_cut(raw: str) -> tuple[str, float | None]:
    """The points-and-citations cut read the long way: every shortened text read again."""
    text = raw.strip()
    points: float | None = None
    while True:
        candidate = text.rstrip(forms._TRAILING_STOPS)
        tails = list(POINTS.finditer(candidate))
        if tails and not candidate[tails[-1].end() :].strip():
            if points is None:
                points = float(fold_width(tails[-1].group("points")))
            text = candidate[: tails[-1].start()].rstrip()
            continue
        start = _long_tail_start(candidate)
        if start is None:
            break
        text = candidate[:start].rstrip(" \u3000")
    return text.strip(), points


def _long_tail_start(text: str) -> int | None:
    """Where the bracketed citation list closing at the end of `text` opens, character by character."""
    if not text or text[-1] not in CLOSE_BRACKETS:
        return None
    for at in forms._numbered_starts(text):
        stripped = text[:at].rstrip(" \u3000")
        for word in FUNCTION_WORDS:
            if stripped.endswith(word):
                stripped = stripped[: -len(word)].rstrip(" \u3000")
                break
        if stripped and stripped[-1] in OPEN_BRACKETS and _long_open_until_end(text, len(stripped) - 1):
            return len(stripped) - 1
    return None


def _long_open_until_end(text: str, start: int) -> bool:
    depth = 0
    for i in range(start, len(text)):
        if text[i] in OPEN_BRACKETS:
            depth += 1
        elif text[i] in CLOSE_BRACKETS:
            depth -= 1
            if depth == 0 and i < len(text) - 1:
                return False
    return True


@given(st.text(alphabet="（）()〔〕【】[]《》a属 ", max_size=30), st.integers(0, 30))
def test_open_until_end_counts_only_brackets(text: str, start: int) -> None:
    """Counting depth over the brackets found by one pattern is the character-by-character count."""
    assert forms._open_until_end(text, start) == _long_open_until_end(text, start)


@settings(max_examples=400, deadline=None)
@given(_HEADS, _TAILS)
def test_a_points_tail_moves_and_changes_no_citation_before_it(head: str, tail: str) -> None:
    """The numbered citations of a cell less its points tail are the cell's own that start before
    the cut, at the same places: the cut text need not be read again."""
    whole = (head + tail).strip()
    cut = whole.rstrip(forms._TRAILING_STOPS)
    match = list(POINTS.finditer(cut))[-1]
    cut = cut[: match.start()].rstrip().rstrip(forms._TRAILING_STOPS)
    assert forms._numbered_starts(whole, len(cut)) == forms._numbered_starts(cut)


@settings(max_examples=400, deadline=None)
@given(_HEADS, st.lists(_TAILS | st.sampled_from(_PIECES), max_size=3).map("".join))
def test_cutting_the_tail_equals_the_long_way(head: str, tail: str) -> None:
    """Any 一级指标 (points and lists in any order, stops after) is cut as reading each text anew cuts it."""
    forms._cut_citation_tail.cache_clear()
    assert forms._cut_citation_tail(head + tail) == _long_cut(head + tail)


def test_the_seed_targets_are_cut_as_the_long_way_cuts_them() -> None:
    assert len(_SEED_TARGETS) >= 14
    forms._cut_citation_tail.cache_clear()
    assert [forms._cut_citation_tail(t) for t in _SEED_TARGETS] == [_long_cut(t) for t in _SEED_TARGETS]


# ------------------------------------------------------------------------------ ids and names


def _long_normal_id(text: str, *, plain: bool = False) -> str | None:
    """An id cell read the long way: spaces, widths, dashes and dots folded, whatever it holds."""
    if not text or len(text) > 24 or not (text[0].isdigit() or text[0] in " \u3000"):
        return None
    folded = ID_DASH.sub("-", fold_width("".join(text.split())))
    if DOTTED_ID.match(folded):
        folded = folded.replace(".", "-")
    if FORM_ID.match(folded) or (plain and PLAIN_ID.match(folded)):
        return folded
    return None


@given(st.text(alphabet="0123456789-－—一.．１２ \u3000a", max_size=14), st.booleans())
def test_a_plain_id_skips_folding_and_reads_the_same(text: str, plain: bool) -> None:
    """`1-3-2` typed in ASCII is taken as it is; every cell reads as folding it reads."""
    forms._normal_id.cache_clear()
    assert forms._normal_id(text, plain=plain) == _long_normal_id(text, plain=plain)


def _long_split_names(text: str) -> tuple[str, ...]:
    """An owner cell split the long way: a walk through every character, brackets counted."""
    names: list[str] = []
    for part in forms._split_outside_brackets(text):
        glued: list[str] = []
        run = ""
        for token in part.split():
            if len(token) == 1:
                run += token
                continue
            if run:
                glued.append(run)
                run = ""
            glued.append(token)
        if run:
            glued.append(run)
        names.extend(clean_name(t) for t in glued)
    return tuple(n for n in names if n)


@given(st.text(alphabet="李王军科局、，,/／;；\n （）()〔〕 \u3000\xa0", max_size=24))
def test_names_without_brackets_split_as_the_walk_splits_them(text: str) -> None:
    """Runs of separators, spaces, padded names, brackets or none: the same names."""
    forms.split_names.cache_clear()
    assert forms.split_names(text) == _long_split_names(text)


@given(
    st.lists(
        st.sampled_from(["", "填表说明", "一、目标", "牵头单位：区住建局", "序号", "1", "责任单位"]),
        max_size=12,
    )
)
def test_text_in_one_column_is_no_table_as_the_roles_say(cells: list[str]) -> None:
    """A sheet whose text sits in one column: the shortcut says what reading its roles says."""
    from yiju.columns import table_roles  # noqa: PLC0415

    for width, at in ((1, 0), (3, 1)):
        rows = tuple(
            Row(n, tuple(v if c == at else "" for c in range(width))) for n, v in enumerate(cells, 1)
        )
        roles = table_roles(rows)
        assert has_header(rows) == (bool(roles & table_module._WORK_ROLES) and len(roles - {"extra"}) >= 2)


def _long_merged_range(ref: str) -> object:
    first, _, last = ref.partition(":")
    try:
        r0, c0 = sheetxml.cell_position(first)
        r1, c1 = sheetxml.cell_position(last) if last else (r0, c0)
    except ValueError:
        return ValueError
    return min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)


@given(st.text(alphabet="ABCXYZa$0123456789:", max_size=14))
def test_a_plain_merged_range_reads_as_any_reference_does(ref: str) -> None:
    """`B3:A1`, `$A$1:C3`, `a1:b2`, `A0:B1`, `AAAA1:B2`: the short way and the general one agree."""
    try:
        got: object = sheetxml._merged_range(ref)
    except ValueError:
        got = ValueError
    assert got == _long_merged_range(ref)


# ------------------------------------------------------------------------------ labels


def _long_is_label(text: str) -> bool:
    """A cell is a label when `_label` reads a category or a group from it, whatever it holds."""
    category, group, _ = forms._label(text)
    return category is not None or group is not None


_LABEL_NAMES = sorted({*forms.GROUPS, *forms._CATEGORIES, *forms._GROUP_ALIASES})
_LABEL_ONLY = [
    *_LABEL_NAMES,
    *(name[-k:] for name in _LABEL_NAMES for k in (1, 2, 3)),  # the end of a name, cut by a page
    "（4分）", "(6 分)", "（１０分）", "（2.5分）", "（４．５分）", "(3\u3000分)",
    "\n", " ", "\u3000", "\xa0", "\x85", "\u2028", "\x1c",
]  # fmt: skip
_LABEL_PIECES = [*_LABEL_ONLY, "做好", "。", "（属泉委发〔2021〕5号）", "1-3", "a", "\ufeff", "\u200b"]
# Cells of label characters only (names, their ends, points, spaces and lines), and such cells
# with prose, other characters and arbitrary text mixed in.
_LABEL_CELLS = st.lists(st.sampled_from(_LABEL_ONLY), max_size=4).map("".join) | st.lists(
    st.sampled_from(_LABEL_PIECES) | st.text(max_size=3), max_size=5
).map("".join)


def test_the_label_characters_take_every_space_str_split_cuts_at() -> None:
    assert {chr(c) for c in range(0x110000) if chr(c).isspace()} == set(forms._STR_SPACES)


@settings(max_examples=500, deadline=None)
@given(_LABEL_CELLS)
def test_a_cell_is_a_label_as_the_long_way_says(text: str) -> None:
    """Names, their ends, points, spaces of every kind, lines and prose in any mix: a cell with a
    character no label holds is told from a label without reading it, with the same answer."""
    forms._label.cache_clear()
    assert _long_is_label(text) == forms._is_label(text)


@pytest.mark.parametrize(
    "text",
    [
        "科学行政（１０分）",
        "政 (6 分)",
        "重点\u3000工作\n目标",
        "职能工作目标\n重点工作目标",
        "行政（2.5分）",
        "学行政",
    ],
)
def test_labels_of_every_spelling_are_labels(text: str) -> None:
    forms._label.cache_clear()
    assert _long_is_label(text)
    assert forms._is_label(text)


def test_every_seed_cell_is_a_label_as_the_long_way_says() -> None:
    cells = {v for table in read(SEED) for row in table.rows for v in row.values}
    forms._label.cache_clear()
    labels = [v for v in cells if _long_is_label(v)]
    assert len(labels) >= 5  # 重点工作目标 … and the split 政 (6 分) pieces
    assert [_long_is_label(v) for v in sorted(cells)] == [forms._is_label(v) for v in sorted(cells)]


# ------------------------------------------------------------------------------ row layouts, owners


def _parse_the_long_way(table: Table) -> Form:
    """Parse `table` with every row's layout worked out anew and every owner cell read anew."""
    with (
        mock.patch.object(forms._State, "layout", _layout_anew),
        mock.patch.object(forms, "_owner_names", return_value=forms._owners),
    ):
        return forms.parse_table(table)


def _layout_anew(
    state: forms._State, width: int, id_col: int, anchors: tuple[int | None, int | None]
) -> forms._Layout:
    return forms._row_layout(state, width, id_col, anchors)


_SEED_TEXT_ROWS = read(SEED.with_suffix(".txt"))[0].rows
_HEADERS = [r.values for r in _SEED_TEXT_ROWS if "序号" in r.values or "项目" in r.values][:2]
_BODY_CELLS = sorted({v for r in _SEED_TEXT_ROWS for v in r.values})
# A second header of other columns: the same roles moved one column right, weight and deadline swapped.
_OTHER_HEADER = (
    "",
    "项目",
    "序号",
    "文件依据",
    "一级指标",
    "二级指标",
    "完成时限",
    "权重",
    "分管领导",
    "责任部门",
    "责任人",
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(
            st.sampled_from(_BODY_CELLS) | st.sampled_from(["", "1-1-1", "1-2", "4", "12月", "李四"]),
            max_size=12,
        )
        | st.just(list(_OTHER_HEADER)),
        max_size=20,
    )
)
def test_rows_read_with_layouts_kept_per_table_as_the_long_way_reads_them(bodies: list[list[str]]) -> None:
    """Rows of any width and anchors, headers that change the columns mid-table: each row's texts
    and owners are where working its layout out anew puts them, and owner cells read as anew."""
    rows = [*(list(h) for h in _HEADERS), *bodies]
    table = Table("p.txt", None, tuple(Row(n, tuple(v)) for n, v in enumerate(rows, 1)))
    assert _parse_the_long_way(table) == forms.parse_table(table)


def test_the_fixture_forms_read_as_the_long_way_reads_them() -> None:
    """Every performance form among the fixtures, and the seed workbook and text."""
    paths = [
        SEED,
        SEED.with_suffix(".txt"),
        *sorted(SEED.parent.glob("*.txt")),
        *sorted((SEED.parent / "families").glob("performance_form_*.txt")),
        *sorted((SEED.parent / "families").glob("performance_form_*.xlsx")),
    ]
    tables = [t for p in dict.fromkeys(paths) for t in read(p)]
    assert len(tables) >= 6
    for table in tables:
        assert _parse_the_long_way(table) == forms.parse_table(table)


def test_rows_whose_deadlines_stand_in_other_columns_are_read_each_by_its_own_layout() -> None:
    """No weight on either row, the deadline found one column apart: two layouts, not one."""
    rows = [
        *_HEADERS,
        ("", "1-1-1", "依据", "做好甲工作（4分）", "指标甲", "两分", "", "12月", "王一", "甲科", "张三", ""),
        ("", "1-1-2", "", "", "指标乙", "", "", "", "6月", "王二", "乙科", "李四"),
    ]
    table = Table("p.txt", None, tuple(Row(n, tuple(v)) for n, v in enumerate(rows, 1)))
    form = forms.parse_table(table)
    assert [("甲科",), ("乙科",)] == [i.departments for i in form.indicators]
    assert _parse_the_long_way(table) == form


@pytest.mark.parametrize(
    "text",
    ["1-1234", "1-12345", "1234-1", "123-1-1", "1-1-1-1", "12345", "123456", "1-2-3-4", "1--2", "-1", "1-"],
)
@pytest.mark.parametrize("plain", [False, True])
def test_ascii_ids_of_every_length_read_as_folding_reads_them(text: str, plain: bool) -> None:
    forms._normal_id.cache_clear()
    assert _long_normal_id(text, plain=plain) == forms._normal_id(text, plain=plain)


_OWNER_CELL = st.text(
    alphabet="李王军科局a1、，,/／;；（）()〔〕\u200b\ufeff" + forms._STR_SPACES, max_size=12
)


@settings(max_examples=300)
@given(
    _OWNER_CELL
    | st.lists(st.sampled_from(["基础科", "协调科", "李", "军", " ", "\u3000", "\u2028"]), max_size=4).map(
        "".join
    )
)
def test_owner_cells_split_as_the_walk_splits_them(text: str) -> None:
    """One name without a separator, bracket or space is taken whole; every cell splits as walking it."""
    forms.split_names.cache_clear()
    assert _long_split_names(text) == forms.split_names(text)


@pytest.mark.parametrize(
    "text", ["基础科 协调科", "基础科\u2028协调科", "李　隽", "协调科", "", "\u200b", "科（一）"]
)
def test_owner_cells_of_every_kind_split_as_the_walk_splits_them(text: str) -> None:
    forms.split_names.cache_clear()
    assert _long_split_names(text) == forms.split_names(text)


def test_a_one_name_cell_holds_no_character_the_split_cuts_at() -> None:
    """`_NAME_BREAKS` keeps up with `patterns.NAME_SPLIT`: every separator it matches is in it."""
    separators = {chr(c) for c in range(0x10000) if NAME_SPLIT.fullmatch(chr(c))}
    assert separators <= forms._NAME_BREAKS


class _Grid:
    """What `_calamine_sheet` asks of a calamine workbook and sheet: these rows, no merges."""

    merged_cell_ranges: tuple[object, ...] = ()

    def __init__(self, rows: list[list[object]]) -> None:
        self.rows = rows

    def get_sheet_by_name(self, _name: str) -> _Grid:
        return self

    def to_python(self, *, skip_empty_area: bool) -> list[list[object]]:
        assert not skip_empty_area
        return [list(row) for row in self.rows]


_SPECIAL_TEXT = st.text(st.sampled_from(" \t\n\r\v\x85\u2028\u3000\xa0\u200b\ufeffa李"), max_size=8)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(_SPECIAL_TEXT | st.text(max_size=6) | st.floats(-1e15, 1e15), max_size=5), max_size=6)
)
def test_each_text_of_a_sheet_is_cleaned_as_clean_cell_cleans_it(rows: list[list[object]]) -> None:
    """The reader's in-line cleaning of calamine's texts is `clean_cell`'s; numbers become their text."""
    scan = sheetxml.SheetScan(1, len(rows), 5, frozenset(), frozenset(), False, frozenset())
    entry = sheetxml.SheetEntry("S", "visible", "xl/worksheets/sheet1.xml")
    sheet = xlsx_reader._calamine_sheet(_Grid(rows), entry, scan, b"", safety.current_caps())  # type: ignore[arg-type]
    expected = [
        [clean_cell(v) if isinstance(v, str) else xlsx_reader.cell_text(v) for v in row]
        if any(v != "" for v in row)
        else row
        for row in rows
    ]
    assert expected == sheet.cells


# ------------------------------------------------------------------------------ short names


def _long_declarations(table: Table) -> list[short_names.Declaration]:
    """Every cell asked for its short names, as the reader did before it tested whole rows."""
    found: list[short_names.Declaration] = []
    for row in sorted((*table.context, *table.rows), key=lambda r: r.number):
        if row.hidden:
            continue
        for column, value in enumerate(row.values, start=1):
            if column in table.hidden_columns or ("称" not in value and "稱" not in value):
                continue
            reading = extract_cell(value)
            for alias in reading.aliases:
                target = short_names._declaring(reading.citations, alias.key, alias.span[0])
                if target is None:
                    continue
                loc = SourceLocation(table.file, table.sheet, row.number, column, alias.span)
                at = (row.number, column, alias.span[0])
                found.append(short_names.Declaration(alias.name, title_key(alias.name), target, at, loc))
    return found


_SHORT_NAME_CELLS = [
    "《关于加快推进数字政府建设的意见》（闽政〔2022〕5号，以下简称《意见》）",
    "落实《意见》第三条",
    "国务院令第699号（以下简称《条例》）",
    "《信访條例》（以下簡稱《條例》）",
    "称",
    "稱",
    "",
    "王夏阳",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_SHORT_NAME_CELLS) | st.text(max_size=4), max_size=4), max_size=6),
    st.sets(st.integers(1, 6)),
    st.sets(st.integers(1, 4)),
)
def test_short_names_are_declared_as_asking_every_cell_declares_them(
    cells: list[list[str]], hidden: set[int], hidden_columns: set[int]
) -> None:
    """A row with no 称 or 稱 in any cell is passed over whole: the declarations are the same."""
    rows = tuple(Row(n, tuple(v), n in hidden) for n, v in enumerate(cells, 1))
    table = Table("t.txt", None, rows, hidden_columns=frozenset(hidden_columns))
    assert _long_declarations(table) == short_names.declarations(table)


def test_the_short_name_fixtures_declare_as_asking_every_cell_declares() -> None:
    tables = [t for p in sorted((SEED.parent / "short_names").glob("*.txt")) for t in read(p)]
    assert sum(len(short_names.declarations(t)) for t in tables) >= 2
    for table in tables:
        assert _long_declarations(table) == short_names.declarations(table)
