"""Format readers: text encodings, CSV records, xlsx cells and findings, refusals of bad input."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.cell import coordinate_to_tuple

from yiju.errors import ReadError
from yiju.models import Finding, Severity, SourceLocation
from yiju.readers import FORM_SUFFIXES, Row, Table, expand_inputs, read
from yiju.readers import _safety as safety
from yiju.readers import xlsx as xlsx_reader

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed_2021_quanzhou_yingji.txt"
MB = 1024 * 1024
HEADER = (
    "项目",
    "序号",
    "文件依据",
    "一级指标",
    "二级指标",
    "权重",
    "完成时限",
    "分管领导",
    "责任部门",
    "责任人",
)
NO_TABLE = "no recognisable table (no header row naming 序号, 文件依据, 一级指标, 责任部门 …)"
EXPECTED_TYPES = "expected .xlsx, .txt, .tsv or .csv"
BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
)


# ------------------------------------------------------------------------------ helpers


def _seed_table() -> Table:
    """Read the seed once per call; it is small."""
    (table,) = read(SEED)
    return table


def _workbook_bytes(build: Callable[[openpyxl.Workbook], None]) -> bytes:
    """Return the bytes of a workbook that `build` fills in (its first sheet is removed first)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    build(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _table_sheet(workbook: openpyxl.Workbook, title: str = "考评表") -> None:
    """Add a minimal sheet with a header row and one indicator row."""
    sheet = workbook.create_sheet(title)
    sheet.append(list(HEADER))
    sheet.append(["", "1-1-1", "文件", "目标", "指标", 2, "12月", "王夏阳", "协调科", "谢文辉"])


def _form_workbook(workbook: openpyxl.Workbook) -> None:
    """Build an instructions sheet, then a table sheet with every cell kind a form uses."""
    notes = workbook.create_sheet("填表说明")
    notes["A1"] = "填表说明：序号按层级填写"
    sheet = workbook.create_sheet("考评表")
    sheet["A1"] = "2021年度绩效目标考评表"
    for column, text in enumerate(HEADER, start=1):
        sheet.cell(3, column, text)
    sheet["A4"] = "重点工作目标"
    sheet.merge_cells("A4:A6")
    sheet["B4"] = "1-1-1"
    sheet["F4"] = 1.5
    sheet["G4"] = dt.datetime(2021, 12, 31)
    sheet["J4"] = "  李　隽 "
    sheet["B5"] = "1-1-2"
    sheet["F5"] = 2.0
    sheet["G5"] = "12月"
    sheet["H5"] = 0.1 + 0.2
    sheet["I5"] = 7
    sheet["B6"] = "1-16"
    sheet["E6"] = "隐藏的指标：城市创建工作与精神文明建设工作"
    sheet.row_dimensions[6].hidden = True
    sheet["L4"] = "备用"
    sheet["L5"] = "x"
    sheet.column_dimensions["L"].hidden = True
    sheet["B8"] = "总分"
    sheet["C8"] = "#REF!"  # openpyxl stores a known error code with data type 'e'
    sheet["D8"] = "=SUM(F4:F5)"  # a formula saved without a cached value reads as empty
    sheet["E8"] = "=not a formula"
    sheet["E8"].data_type = "s"
    sheet["F8"] = True


def _rezip(data: bytes, replace: dict[str, bytes] | None = None, *, stored: bool = False) -> bytes:
    """Return a copy of a zip with some members replaced, optionally uncompressed."""
    replace = replace or {}
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", method) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info)))
    return out.getvalue()


def _sheet1(data: bytes) -> bytes:
    """Return the first worksheet's XML of a workbook."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def _declare_size(data: bytes, name: str, size: int) -> bytes:
    """Patch a member's declared uncompressed size in its local header and central directory."""
    patched = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        offset = archive.getinfo(name).header_offset
    struct.pack_into("<I", patched, offset + 22, size)
    position = patched.find(b"PK\x01\x02")
    while position >= 0:
        name_length = struct.unpack_from("<H", patched, position + 28)[0]
        if patched[position + 46 : position + 46 + name_length] == name.encode():
            struct.pack_into("<I", patched, position + 24, size)
            break
        position = patched.find(b"PK\x01\x02", position + 1)
    return bytes(patched)


def _with_member(data: bytes, name: str, content: bytes, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return a copy of a zip with one more member."""
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", method, compresslevel=9) as archive:
        archive.writestr(name, content)
    return out.getvalue()


# ------------------------------------------------------------------------------ text


def test_seed_has_a_row_per_line() -> None:
    """The seed's 100 lines become 100 rows numbered 1 to 100, empty lines included."""
    table = _seed_table()
    assert (str(SEED), None) == (table.file, table.sheet)
    assert list(range(1, 101)) == [row.number for row in table.rows]
    no_findings: tuple[Finding, ...] = ()
    assert no_findings == table.findings


@pytest.mark.parametrize(
    ("line", "column", "expected"),
    [
        (1, 1, ""),
        (9, 1, "项目"),
        (10, 9, "责任部门"),
        (11, 2, "1-1-1"),
        (11, 6, "2"),
        (13, 6, "1.5"),
        (15, 9, "基础科 协调科"),
        (24, 1, "重点 工作 目标"),
        (37, 1, "职能"),
        (49, 2, "1-15"),
        (79, 1, "政 (6 分)"),
        (94, 2, "#REF!"),
        (100, 4, "#REF!"),
        (100, 5, ""),
    ],
)
def test_seed_cells(line: int, column: int, expected: str) -> None:
    """Cells of the seed read back exactly, by 1-based line and column."""
    assert expected == _seed_table().rows[line - 1].value(column)


@pytest.mark.parametrize(("line", "width"), [(1, 1), (9, 10), (41, 11), (94, 4)])
def test_seed_row_widths(line: int, width: int) -> None:
    """Each row has as many cells as its line has tab-separated fields."""
    assert width == len(_seed_table().rows[line - 1].values)


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [("gb18030", "\n"), ("utf-8-sig", "\n"), ("utf-8", "\r\n"), ("gb18030", "\r\n"), ("utf-8", "\r")],
)
def test_encodings_and_line_ends_read_alike(tmp_path: Path, encoding: str, newline: str) -> None:
    """GB18030, UTF-8 with BOM and CRLF/CR copies of the seed give the seed's rows."""
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_text(encoding="utf-8").replace("\n", newline).encode(encoding))
    assert _seed_table().rows == read(copy)[0].rows


def test_csv_quoted_cell_spans_lines(tmp_path: Path) -> None:
    """A quoted CSV cell may hold line breaks; its row is numbered by the line it starts on."""
    path = tmp_path / "form.csv"
    path.write_text(
        '序号,责任人\n1-1-1,"李志福\n陈梓平"\n\n1-1-2," 李　隽 "\n"a ""b""",c\n', encoding="utf-8"
    )
    expected = (
        Row(1, ("序号", "责任人")),
        Row(2, ("1-1-1", "李志福\n陈梓平")),
        Row(4, ("",)),
        Row(5, ("1-1-2", "李 隽")),
        Row(6, ('a "b"', "c")),
    )
    assert expected == read(path)[0].rows


def test_tsv_and_vertical_tab(tmp_path: Path) -> None:
    """A .tsv reads like .txt; Word's vertical tab is a line break inside a cell."""
    path = tmp_path / "form.tsv"
    path.write_text("职能\v工作\t1-1\n\n", encoding="utf-8")
    assert (Row(1, ("职能\n工作", "1-1")), Row(2, ("",))) == read(path)[0].rows


# ------------------------------------------------------------------------------ xlsx


@pytest.fixture
def form_tables(tmp_path: Path) -> list[Table]:
    """Read the workbook built by `_form_workbook`."""
    path = tmp_path / "form.xlsx"
    path.write_bytes(_workbook_bytes(_form_workbook))
    return read(path)


def test_xlsx_picks_the_table_sheet_by_header(form_tables: list[Table]) -> None:
    """The instructions sheet is skipped; the table sheet is found by its header row."""
    expected = ["考评表"]
    assert expected == [table.sheet for table in form_tables]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("A1", "2021年度绩效目标考评表"),
        ("C3", "文件依据"),
        ("A4", "重点工作目标"),
        ("A5", ""),  # inside the merged range: only the top-left holds the value
        ("F4", "1.5"),
        ("G4", "2021-12-31"),
        ("J4", "李 隽"),
        ("F5", "2"),
        ("G5", "12月"),
        ("H5", "0.3"),
        ("I5", "7"),
        ("L4", "备用"),
        ("C8", "#REF!"),
        ("D8", ""),
        ("E8", "=not a formula"),
        ("F8", "TRUE"),
    ],
)
def test_xlsx_cell_texts(form_tables: list[Table], cell: str, expected: str) -> None:
    """Cell values become text: shortest numbers, ISO dates, cleaned strings, errors as text."""
    row, column = coordinate_to_tuple(cell)
    assert expected == form_tables[0].rows[row - 1].value(column)


def test_xlsx_layout(form_tables: list[Table]) -> None:
    """Rows run to the last row with data, all as wide as the widest; merges and hiding are kept."""
    (table,) = form_tables
    expected = {
        "numbers": list(range(1, 9)),
        "widths": {12},
        "hidden rows": [6],
        "hidden columns": frozenset({12}),
        "merged": ((4, 1, 6, 1),),
    }
    actual = {
        "numbers": [row.number for row in table.rows],
        "widths": {len(row.values) for row in table.rows},
        "hidden rows": [row.number for row in table.rows if row.hidden],
        "hidden columns": table.hidden_columns,
        "merged": table.merged,
    }
    assert expected == actual


def test_xlsx_findings(form_tables: list[Table], tmp_path: Path) -> None:
    """Error values give R02; hidden rows and columns with data give R01; sorted by severity."""
    file = str(tmp_path / "form.xlsx")
    expected = (
        Finding(
            "R02",
            "formula-error",
            Severity.ERROR,
            "cell C8 holds the error value #REF!",
            ("C8",),
            SourceLocation(file, "考评表", 8, 3),
        ),
        Finding(
            "R01",
            "hidden-content",
            Severity.WARNING,
            "column L is hidden but holds data in 2 cells",
            ("L:L",),
            SourceLocation(file, "考评表", 4, 12),
        ),
        Finding(
            "R01",
            "hidden-content",
            Severity.WARNING,
            "row 6 is hidden but holds data: 1-16 隐藏的指标：城市创建工作与精神文明建设工作",
            ("6:6",),
            SourceLocation(file, "考评表", 6),
        ),
        Finding(
            "R03",
            "row-not-understood",
            Severity.INFO,
            "sheet '填表说明' holds no table; its 1 non-empty rows were not read as targets",
            ("sheet 填表说明",),
            SourceLocation(file, "填表说明"),
        ),
    )
    assert expected == form_tables[0].findings


def test_xlsx_long_hidden_row_is_quoted_in_part(tmp_path: Path) -> None:
    """A hidden row's message quotes its first 30 characters, then an ellipsis."""

    def build(workbook: openpyxl.Workbook) -> None:
        _table_sheet(workbook)
        sheet = workbook["考评表"]
        sheet["B3"] = "1-2-1"
        sheet["E3"] = "一二三四五六七八九十" * 4
        sheet.row_dimensions[3].hidden = True

    path = tmp_path / "form.xlsx"
    path.write_bytes(_workbook_bytes(build))
    expected = "row 3 is hidden but holds data: 1-2-1 一二三四五六七八九十一二三四五六七八九十一二三四 …"
    assert [expected] == [f.message for f in read(path)[0].findings]


def test_xlsx_zero_size_rows_and_columns_are_hidden(tmp_path: Path) -> None:
    """A row of height 0 and a column of width 0 count as hidden, as Excel shows neither."""

    def build(workbook: openpyxl.Workbook) -> None:
        _table_sheet(workbook)
        sheet = workbook["考评表"]
        sheet["B3"] = "1-2"
        sheet["M2"] = "备注"
        sheet.column_dimensions["M"].width = 5  # patched to 0 below: openpyxl drops a zero width

    data = _workbook_bytes(build)
    xml = _sheet1(data).replace(b'<row r="3">', b'<row r="3" ht="0" customHeight="1">')
    xml = xml.replace(b'width="5"', b'width="0"')
    path = tmp_path / "form.xlsx"
    path.write_bytes(_rezip(data, {"xl/worksheets/sheet1.xml": xml}))
    (table,) = read(path)
    messages = ["column M is hidden but holds data in 1 cell", "row 3 is hidden but holds data: 1-2"]
    expected = ([3], frozenset({13}), messages)
    assert expected == (
        [row.number for row in table.rows if row.hidden],
        table.hidden_columns,
        [f.message for f in table.findings],
    )


def test_xlsx_every_table_sheet_in_order(tmp_path: Path) -> None:
    """Each sheet with a header row is a table, in workbook order; a hidden one is reported."""

    def build(workbook: openpyxl.Workbook) -> None:
        _table_sheet(workbook, "乙")
        workbook.create_sheet("说明")["A1"] = "说明"
        _table_sheet(workbook, "甲")
        workbook["甲"].sheet_state = "hidden"

    path = tmp_path / "two.xlsm"
    path.write_bytes(_workbook_bytes(build))
    tables = read(path)
    expected = [
        ("乙", ("sheet '说明' holds no table; its 1 non-empty rows were not read as targets",)),
        ("甲", ("sheet 甲 is hidden but holds a table",)),
    ]
    assert expected == [(t.sheet, tuple(f.message for f in t.findings)) for t in tables]


def test_openpyxl_parses_with_defusedxml() -> None:
    """openpyxl uses defusedxml, the second guard against entity bombs behind the prolog scan."""
    assert xlsx_reader.DEFUSEDXML is True


def test_defusedxml_refusal_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the prolog scan off, defusedxml's refusal inside openpyxl still becomes a ReadError."""
    data = _workbook_bytes(_table_sheet)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_rezip(data, {"xl/worksheets/sheet1.xml": BILLION_LAUGHS + _sheet1(data)}))
    monkeypatch.setattr(safety, "_check_prolog", lambda *_: None)
    with pytest.raises(ReadError) as caught:
        read(path)
    expected = "refused: XML entity declarations in workbook (possible entity-expansion bomb)"
    assert expected == caught.value.reason


# ------------------------------------------------------------------------------ refusals


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "absent.xlsx"


def _empty_txt(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _blank_txt(tmp_path: Path) -> Path:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\xef\xbb\xbf \r\n\t\n")
    return path


def _binary_txt(tmp_path: Path) -> Path:
    path = tmp_path / "binary.txt"
    path.write_bytes(bytes(range(256)) * 4)
    return path


def _control_txt(tmp_path: Path) -> Path:
    path = tmp_path / "control.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05abc" * 100)
    return path


def _undecodable_txt(tmp_path: Path) -> Path:
    path = tmp_path / "latin.txt"
    path.write_bytes("序号\t".encode() + b"\xff\x80\n")
    return path


def _docx(tmp_path: Path) -> Path:
    path = tmp_path / "form.docx"
    path.write_bytes(b"PK\x03\x04")
    return path


def _xls(tmp_path: Path) -> Path:
    path = tmp_path / "form.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    return path


def _empty_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    return path


def _text_as_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "form.xlsx"
    path.write_bytes(SEED.read_bytes())
    return path


def _truncated(tmp_path: Path) -> Path:
    data = _workbook_bytes(_table_sheet)
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _bad_crc(tmp_path: Path) -> Path:
    data = bytearray(_rezip(_workbook_bytes(_table_sheet), stored=True))
    data[data.find(b"1-1-1")] = ord("2")
    path = tmp_path / "crc.xlsx"
    path.write_bytes(bytes(data))
    return path


def _no_workbook_part(tmp_path: Path) -> Path:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    path = tmp_path / "renamed.xlsx"
    path.write_bytes(out.getvalue())
    return path


def _encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "locked.xlsx"
    stream_name = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000) + stream_name + bytes(100))
    return path


def _legacy(tmp_path: Path) -> Path:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    return path


def _no_table(tmp_path: Path) -> Path:
    def build(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.create_sheet("Sheet1")
        sheet["A1"] = "姓名"
        sheet["B1"] = "电话"

    path = tmp_path / "contacts.xlsx"
    path.write_bytes(_workbook_bytes(build))
    return path


def _entity_bomb(tmp_path: Path) -> Path:
    data = _workbook_bytes(_table_sheet)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_rezip(data, {"xl/worksheets/sheet1.xml": BILLION_LAUGHS + _sheet1(data)}))
    return path


def _entity_bomb_after_comment(tmp_path: Path) -> Path:
    data = _workbook_bytes(_table_sheet)
    padded = b'<?xml version="1.0"?><!--' + b"x" * 200_000 + b"-->" + BILLION_LAUGHS.split(b"\n", 1)[1]
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_rezip(data, {"xl/worksheets/sheet1.xml": padded + _sheet1(data)}))
    return path


def _entity_bomb_utf16(tmp_path: Path) -> Path:
    data = _workbook_bytes(_table_sheet)
    bomb = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "a">]><x/>'
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_rezip(data, {"xl/styles.xml": b"\xff\xfe" + bomb.encode("utf-16-le")}))
    return path


def _declared_gigabytes(tmp_path: Path) -> Path:
    data = _with_member(_workbook_bytes(_table_sheet), "xl/media/image1.png", bytes(1000))
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_declare_size(data, "xl/media/image1.png", 3 * 1024 * MB))
    return path


def _dense_member(tmp_path: Path) -> Path:
    data = _with_member(_workbook_bytes(_table_sheet), "xl/media/image1.png", bytes(20 * MB))
    path = tmp_path / "dense.xlsx"
    path.write_bytes(data)
    return path


def _bzip2_member(tmp_path: Path) -> Path:
    data = _with_member(_workbook_bytes(_table_sheet), "xl/media/a.bin", b"abc", zipfile.ZIP_BZIP2)
    path = tmp_path / "bz.xlsx"
    path.write_bytes(data)
    return path


def _directory_file(tmp_path: Path) -> Path:
    path = tmp_path / "forms.xlsx"
    path.mkdir()
    return path


REFUSALS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", _missing, "no such file"),
    ("directory", _directory_file, "is a directory, not a form file"),
    ("unsupported", _docx, f"unsupported file type '.docx' ({EXPECTED_TYPES})"),
    ("xls-suffix", _xls, "legacy .xls workbook; save it as .xlsx"),
    ("empty", _empty_txt, "empty file"),
    ("blank", _blank_txt, "empty file"),
    ("binary", _binary_txt, "binary data, not text"),
    ("control", _control_txt, "binary data, not text"),
    ("undecodable", _undecodable_txt, "not UTF-8 or GB18030 text"),
    ("empty-xlsx", _empty_xlsx, "empty file"),
    ("text-as-xlsx", _text_as_xlsx, "not an xlsx workbook (not a zip archive)"),
    ("truncated", _truncated, "truncated or corrupt xlsx (no zip central directory)"),
    ("bad-crc", _bad_crc, "truncated or corrupt xlsx (Bad CRC-32 for file 'xl/worksheets/sheet1.xml')"),
    ("no-workbook", _no_workbook_part, "truncated or corrupt xlsx (no xl/workbook.xml)"),
    ("encrypted", _encrypted, "encrypted (password-protected) workbook"),
    ("legacy", _legacy, "legacy .xls workbook; save it as .xlsx"),
    ("no-table", _no_table, NO_TABLE),
    (
        "entity-bomb",
        _entity_bomb,
        "refused: XML entity declarations in xl/worksheets/sheet1.xml (possible entity-expansion bomb)",
    ),
    (
        "entity-bomb-after-comment",
        _entity_bomb_after_comment,
        "refused: XML entity declarations in xl/worksheets/sheet1.xml (possible entity-expansion bomb)",
    ),
    (
        "entity-bomb-utf16",
        _entity_bomb_utf16,
        "refused: XML entity declarations in xl/styles.xml (possible entity-expansion bomb)",
    ),
    (
        "declared-gigabytes",
        _declared_gigabytes,
        "refused: zip members would inflate to 3073 MB (possible zip bomb)",
    ),
    ("dense-member", _dense_member, "refused: zip members would inflate to 21 MB (possible zip bomb)"),
    (
        "bzip2-member",
        _bzip2_member,
        "truncated or corrupt xlsx (member xl/media/a.bin uses compression method 12, not used by xlsx)",
    ),
]


@pytest.mark.parametrize(("build", "reason"), [c[1:] for c in REFUSALS], ids=[c[0] for c in REFUSALS])
def test_bad_input_is_refused_with_a_reason(
    tmp_path: Path, build: Callable[[Path], Path], reason: str
) -> None:
    """Each kind of bad file is a ReadError naming the path as given and a one-line reason."""
    path = build(tmp_path)
    with pytest.raises(ReadError) as caught:
        read(str(path))
    assert (str(path), reason) == (caught.value.path, caught.value.reason)


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The size check runs on the directory alone: no member is opened."""
    path = _declared_gigabytes(tmp_path)

    def no_open(*_: object, **__: object) -> None:
        raise AssertionError("a member was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_open)
    with pytest.raises(ReadError, match="possible zip bomb"):
        read(path)


def test_oversized_text_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file larger than the budget is refused without reading it all."""
    monkeypatch.setattr(safety, "MAX_INFLATED_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(ReadError) as caught:
        read(path)
    expected = "refused: file of 1 MB exceeds the 0 MB limit"
    assert expected == caught.value.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<worksheet>", False),
        ('<?xml version="1.0"?>\n<worksheet/>', False),
        ("\ufeff<!-- <!DOCTYPE in a comment --><root/>", False),
        ("<!DOCTYPE x><x/>", True),
        ('<?xml version="1.0"?><!-- c --><!ENTITY a "b">', True),
        ("<?xml version=", None),
        ("<!-", None),
        ("<!-- unterminated", None),
        ("", None),
    ],
)
def test_prolog_verdict(text: str, expected: bool | None) -> None:
    """The prolog scan refuses `<!` markup before the root, and waits when the text is cut short."""
    assert expected is safety._prolog_verdict(text)


# ------------------------------------------------------------------------------ inputs


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")


def test_expand_directory_recursively_sorted(tmp_path: Path) -> None:
    """A directory gives its form files, recursively and sorted, skipping lock and hidden files."""
    _touch(tmp_path, "b.xlsx", "a.txt", "sub/c.csv", "sub/d.tsv")
    _touch(tmp_path, "README.md", "~$b.xlsx", ".x.txt", ".git/e.txt")
    expected = [tmp_path / "a.txt", tmp_path / "b.xlsx", tmp_path / "sub/c.csv", tmp_path / "sub/d.tsv"]
    assert expected == expand_inputs([str(tmp_path)])


def test_expand_files_globs_and_duplicates(tmp_path: Path) -> None:
    """Files are kept as given, globs give sorted form files, and each file is listed once."""
    _touch(tmp_path, "b.xlsx", "a.xlsx", "notes.md")
    args = [str(tmp_path / "b.xlsx"), str(tmp_path / "*"), str(tmp_path / "notes.md")]
    expected = [tmp_path / "b.xlsx", tmp_path / "a.xlsx", tmp_path / "notes.md"]
    assert expected == expand_inputs(args)


@pytest.mark.parametrize(
    ("names", "arg", "reason"),
    [
        ((), "absent.xlsx", "no such file"),
        (("README.md",), ".", f"no form files in this directory ({EXPECTED_TYPES})"),
        ((), "*.xlsx", "no files match this pattern"),
        (("a.xls",), "*.xls", f"no form files match this pattern ({EXPECTED_TYPES})"),
    ],
)
def test_expand_refusals(tmp_path: Path, names: tuple[str, ...], arg: str, reason: str) -> None:
    """A missing file, a directory without forms and a pattern matching none are ReadErrors."""
    _touch(tmp_path, *names)
    with pytest.raises(ReadError) as caught:
        expand_inputs([str(tmp_path / arg)])
    assert (str(tmp_path / arg), reason) == (caught.value.path, caught.value.reason)


def test_form_suffixes() -> None:
    """The readers accept workbooks and three text formats."""
    expected = (".xlsx", ".xlsm", ".txt", ".tsv", ".csv")
    assert expected == FORM_SUFFIXES
