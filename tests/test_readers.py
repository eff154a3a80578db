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
import python_calamine
from defusedxml import DTDForbidden
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.utils.cell import coordinate_to_tuple

from yiju.errors import ReadError
from yiju.models import Finding, Severity, SourceLocation
from yiju.normalize import clean_cell
from yiju.readers import FORM_SUFFIXES, Row, Table, expand_inputs, read
from yiju.readers import _safety as safety
from yiju.readers import _sheetxml as sheetxml
from yiju.readers import xlsx as xlsx_reader

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

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
EXPECTED_TYPES = "expected .xlsx, .xls, .xlsb, .ods, .docx, .pdf, .html, .txt, .tsv or .csv"
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
    assert expected == read(path, require_table=False)[0].rows


def test_tsv_and_vertical_tab(tmp_path: Path) -> None:
    """A .tsv reads like .txt; Word's vertical tab is a line break inside a cell."""
    path = tmp_path / "form.tsv"
    path.write_text("职能\v工作\t1-1\n\n", encoding="utf-8")
    assert (Row(1, ("职能\n工作", "1-1")), Row(2, ("",))) == read(path, require_table=False)[0].rows


QUOTED_TSV: list[tuple[str, str, tuple[Row, ...]]] = [
    (
        "Excel's quoted cells span lines",
        '序号\t责任部门\t责任人\n1-1-1\t"基础科\n协调科"\t"李四\r\n王五"\r\n1-1-2\t基础科\t李四\n',
        (
            Row(1, ("序号", "责任部门", "责任人")),
            Row(2, ("1-1-1", "基础科\n协调科", "李四\n王五")),
            Row(5, ("1-1-2", "基础科", "李四")),
        ),
    ),
    (
        "doubled quotes and a quoted tab",
        '1-1-1\t"他说""好"""\t"a\tb"\n',
        (Row(1, ("1-1-1", '他说"好"', "a\tb")),),
    ),
    (
        "a quotation mark opening a PDF cell stays",
        '1-1-1\t"智慧消防"建设\t"三定方案"\n1-1-2\t"未闭合\n1-1-3\tx\n',
        (
            Row(1, ("1-1-1", '"智慧消防"建设', '"三定方案"')),
            Row(2, ("1-1-2", '"未闭合')),
            Row(3, ("1-1-3", "x")),
        ),
    ),
    (
        "a quoted cell Excel would not have quoted keeps its marks",
        '1-1-1\t"三定方案"\t2\n',
        (Row(1, ("1-1-1", '"三定方案"', "2")),),
    ),
]


@pytest.mark.parametrize(("text", "rows"), [c[1:] for c in QUOTED_TSV], ids=[c[0] for c in QUOTED_TSV])
def test_tab_separated_quoted_cells(tmp_path: Path, text: str, rows: tuple[Row, ...]) -> None:
    """Excel's tab-delimited export quotes cells with line breaks; the row keeps its first line."""
    path = tmp_path / "form.txt"
    path.write_bytes(text.encode("utf-8"))
    assert rows == read(path, require_table=False)[0].rows


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    """UTF-16 with a byte-order mark (Notepad's "Unicode") reads like the UTF-8 seed."""
    bom = "\ufeff".encode(encoding)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(bom + SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))
    assert _seed_table().rows == read(copy)[0].rows


UTF16_REFUSALS: list[tuple[str, bytes, str]] = [
    ("odd length", b"\xff\xfe" + "序号".encode("utf-16-le") + b"\x00", "not UTF-16 text"),
    ("lone surrogate", b"\xff\xfe\x00\xd8\x41\x00", "not UTF-16 text"),
    ("blank", b"\xff\xfe" + " \r\n".encode("utf-16-le"), "empty file"),
    ("control characters", b"\xff\xfe" + "\x01\x02\x03ab".encode("utf-16-le"), "binary data, not text"),
]


@pytest.mark.parametrize(
    ("data", "reason"), [c[1:] for c in UTF16_REFUSALS], ids=[c[0] for c in UTF16_REFUSALS]
)
def test_bad_utf16_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    """Bytes after a UTF-16 mark that are not UTF-16 text are a ReadError with a reason."""
    path = tmp_path / "u16.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read(path)
    assert reason == caught.value.reason


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
            "单元格 C8 的值是错误值 #REF!",
        ),
        Finding(
            "R01",
            "hidden-content",
            Severity.WARNING,
            "column L is hidden but holds data in 2 cells",
            ("L:L",),
            SourceLocation(file, "考评表", 4, 12),
            "L 列被隐藏，但其中 2 个单元格有内容",
        ),
        Finding(
            "R01",
            "hidden-content",
            Severity.WARNING,
            "row 6 is hidden but holds data: 1-16 隐藏的指标：城市创建工作与精神文明建设工作",
            ("6:6",),
            SourceLocation(file, "考评表", 6),
            "第 6 行被隐藏，但其中有内容：1-16 隐藏的指标：城市创建工作与精神文明建设工作",
        ),
        Finding(
            "R03",
            "row-not-understood",
            Severity.WARNING,  # the code table's severity, as the audit reports it
            "sheet '填表说明' holds no table; its 1 non-empty rows were not read as targets",
            ("sheet 填表说明",),
            SourceLocation(file, "填表说明"),
            "工作表「填表说明」中没有表格；其中 1 个非空行未作为目标读取",
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


def _jpg(tmp_path: Path) -> Path:
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0")
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
    ("unsupported", _jpg, f"unsupported file type '.jpg' ({EXPECTED_TYPES})"),
    (
        "xls-suffix",
        _xls,
        "cannot read .xls workbook (Cfb error: Invalid sector shift, expecting 0x09 or 0x0C found 0)",
    ),
    ("empty", _empty_txt, "empty file"),
    ("blank", _blank_txt, "empty file"),
    ("binary", _binary_txt, "binary data, not text"),
    ("control", _control_txt, "binary data, not text"),
    ("undecodable", _undecodable_txt, "not UTF-8, GB18030 or Big5 text"),
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
        "refused: zip members would inflate to 3073 MB, over the limit of 200 MB (possible zip bomb)",
    ),
    (
        "dense-member",
        _dense_member,
        "refused: zip member xl/media/image1.png would inflate 1028 times, over the limit of 200 times"
        " (possible zip bomb)",
    ),
    (
        "bzip2-member",
        _bzip2_member,
        "truncated or corrupt xlsx (member xl/media/a.bin uses compression method 12,"
        " which office files never use)",
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
        (("a.doc",), "*.doc", f"no form files match this pattern ({EXPECTED_TYPES})"),
    ],
)
def test_expand_refusals(tmp_path: Path, names: tuple[str, ...], arg: str, reason: str) -> None:
    """A missing file, a directory without forms and a pattern matching none are ReadErrors."""
    _touch(tmp_path, *names)
    with pytest.raises(ReadError) as caught:
        expand_inputs([str(tmp_path / arg)])
    assert (str(tmp_path / arg), reason) == (caught.value.path, caught.value.reason)


def test_form_suffixes() -> None:
    """The readers accept workbooks, Word documents, PDFs, web pages and three text formats."""
    expected = (
        ".xlsx",
        ".xlsm",
        ".xls",
        ".xlsb",
        ".ods",
        ".docx",
        ".pdf",
        ".html",
        ".htm",
        ".txt",
        ".tsv",
        ".csv",
    )
    assert expected == FORM_SUFFIXES


# ------------------------------------------------------------------------------ xlsx: calamine path

SEED_XLSX = SEED.with_suffix(".xlsx")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _with_sheet1(build: Callable[[openpyxl.Workbook], None], *edits: tuple[str, str]) -> bytes:
    """Return a built workbook whose first sheet's XML had each (old, new) text replaced once."""
    data = _workbook_bytes(build)
    xml = _sheet1(data).decode()
    for old, new in edits:
        assert old in xml, old
        xml = xml.replace(old, new, 1)
    return _rezip(data, {"xl/worksheets/sheet1.xml": xml.encode()})


def _inline(ref: str, text: str, prefix: str = "") -> str:
    """Return an inline-string cell as XML."""
    p = prefix
    return f'<{p}c r="{ref}" t="inlineStr"><{p}is><{p}t>{text}</{p}t></{p}is></{p}c>'


def _header_row_xml(prefix: str = "") -> str:
    """Return row 1 holding HEADER, as XML."""
    cells = "".join(_inline(f"{chr(64 + i)}1", text, prefix) for i, text in enumerate(HEADER, start=1))
    return f'<{prefix}row r="1">{cells}</{prefix}row>'


def _odd_values(workbook: openpyxl.Workbook) -> None:
    """Build a table sheet whose row 3 holds date and time values."""
    _table_sheet(workbook)
    sheet = workbook["考评表"]
    sheet["A3"] = dt.datetime(2021, 12, 31, 13, 45, 7, 123000)
    sheet["B3"] = dt.time(14, 30)
    sheet["C3"] = dt.timedelta(hours=30, minutes=5)
    sheet["D3"] = dt.datetime(1900, 1, 15)


# Cell kinds openpyxl's writer does not produce, as Excel, WPS and other writers store them.
ODD_ROW = (
    '<row r="4">'
    '<c r="A4" t="str"><f>A1</f><v>公式文本</v></c>'
    '<c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
    '<c r="C4" t="d"><v>2021-05-06T00:00:00</v></c>'
    '<c r="D4"><v>12345678901234567890</v></c>'
    '<c r="E4" t="inlineStr"><is><r><t>共</t></r><r><t xml:space="preserve"> 享</t></r>'
    '<rPh sb="0" eb="1"><t>gong</t></rPh></is></c>'
    '<c r="F4" t="inlineStr"><is><t>第一行_x000D_\n第二行 _x005F_x000D_</t></is></c>'
    '<c r="G4" t="b"><v>0</v></c>'
    '<c r="H4"><v>-0</v></c>'
    '<c r="I4" t="n"><v></v></c>'
    '<c r="J4"><v>1E+20</v></c>'
    "</row></sheetData>"
)


def _odd_values_bytes() -> bytes:
    return _with_sheet1(_odd_values, ("</sheetData>", ODD_ROW))


def _seed_xlsx_bytes() -> bytes:
    return SEED_XLSX.read_bytes()


def _form_bytes() -> bytes:
    return _workbook_bytes(_form_workbook)


def _minimal_bytes() -> bytes:
    return _workbook_bytes(_table_sheet)


def _long_hidden_row_bytes() -> bytes:
    def build(workbook: openpyxl.Workbook) -> None:
        _table_sheet(workbook)
        sheet = workbook["考评表"]
        sheet["B3"] = "1-2-1"
        sheet["E3"] = "一二三四五六七八九十" * 4
        sheet.row_dimensions[3].hidden = True

    return _workbook_bytes(build)


def _zero_size_bytes() -> bytes:
    def build(workbook: openpyxl.Workbook) -> None:
        _table_sheet(workbook)
        sheet = workbook["考评表"]
        sheet["B3"] = "1-2"
        sheet["M2"] = "备注"
        sheet.column_dimensions["M"].width = 5

    return _with_sheet1(
        build, ('<row r="3">', '<row r="3" ht="0" customHeight="1">'), ('width="5"', 'width="0"')
    )


def _two_tables_bytes() -> bytes:
    def build(workbook: openpyxl.Workbook) -> None:
        _table_sheet(workbook, "乙")
        workbook.create_sheet("说明")["A1"] = "说明"
        _table_sheet(workbook, "甲")
        workbook["甲"].sheet_state = "hidden"

    return _workbook_bytes(build)


def _very_hidden_bytes() -> bytes:
    def build(workbook: openpyxl.Workbook) -> None:
        workbook.create_sheet("说明")["A1"] = "说明"
        _table_sheet(workbook)
        workbook["考评表"].sheet_state = "veryHidden"

    return _workbook_bytes(build)


def _cells_without_r_bytes() -> bytes:
    # A cell without `r` follows the cell before it: F4 lands in C4, J4 in D4, the error in C8.
    data = _form_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet2.xml")
    for ref in (b"F4", b"J4", b"C8"):
        xml = xml.replace(b'<c r="' + ref + b'" ', b"<c ", 1)
    return _rezip(data, {"xl/worksheets/sheet2.xml": xml})


def _prefixed_bytes() -> bytes:
    # Some generators write every element with a prefix (`x:row`) instead of a default namespace.
    x = "x:"
    sheet = (
        f'<x:worksheet xmlns:x="{MAIN_NS}"><x:sheetFormatPr defaultRowHeight="15"/>'
        '<x:cols><x:col min="11" max="11" hidden="1"/></x:cols><x:sheetData>'
        f"{_header_row_xml(x)}"
        f'<x:row r="2">{_inline("B2", "1-1-1", x)}{_inline("K2", "辅助", x)}</x:row>'
        f'<x:row r="3" hidden="1">{_inline("B3", "1-1-2", x)}</x:row>'
        '<x:row r="4"><x:c r="C4" t="e"><x:v>#REF!</x:v></x:c></x:row>'
        '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A2:A4"/></x:mergeCells></x:worksheet>'
    )
    return _rezip(_minimal_bytes(), {"xl/worksheets/sheet1.xml": sheet.encode()})


def _rows_hidden_by_default_bytes() -> bytes:
    # With zeroHeight, a row without a height of its own is hidden: row 3 here.
    return _with_sheet1(
        _table_sheet,
        ('defaultRowHeight="15" />', 'defaultRowHeight="15" zeroHeight="1" />'),
        ('<row r="1">', '<row r="1" ht="20" customHeight="1">'),
        ('<row r="2">', '<row r="2" ht="15" customHeight="1">'),
        ("</sheetData>", f'<row r="3">{_inline("B3", "1-1-2")}{_inline("E3", "看不见")}</row></sheetData>'),
    )


def _merged_over_values_bytes() -> bytes:
    # Values and an error inside merged ranges are not shown by Excel; repeated and one-cell
    # ranges occur in hand-edited files.
    return _with_sheet1(
        _table_sheet,
        (
            "</sheetData>",
            f'<row r="3">{_inline("A3", "左上")}{_inline("B3", "被合并")}'
            '<c r="C3" t="e"><v>#N/A</v></c></row></sheetData>'
            '<mergeCells count="4"><mergeCell ref="A3:C3"/><mergeCell ref="A3:C3"/>'
            '<mergeCell ref="J2"/><mergeCell ref="E2:F4"/></mergeCells>',
        ),
    )


def _flag_spellings_bytes() -> bytes:
    # Booleans as openpyxl reads them: true unless "0", "false" or "f" (so "True" is true).
    return _with_sheet1(
        _table_sheet,
        (
            "<sheetData>",
            '<cols><col min="2" max="2" hidden="true"/><col min="3" max="3" hidden="false"/>'
            '<col min="4" width="0"/><col min="5" max="5" hidden="0" width="0.0"/>'
            '<col min="11" max="16384" hidden="1"/></cols><sheetData>',
        ),
        ('<row r="2">', '<row r="2" hidden="True">'),
        (
            "</sheetData>",
            f'<row r="3" ht="0.0">{_inline("B3", "1-2")}</row>'
            f'<row r="4" hidden="f">{_inline("B4", "1-3")}{_inline("K4", "辅助")}</row></sheetData>',
        ),
    )


def _notes_with_blanks_bytes() -> bytes:
    # A notes sheet's rows count when they hold anything openpyxl stores: spaces, an error.
    def build(workbook: openpyxl.Workbook) -> None:
        notes = workbook.create_sheet("说明")
        notes["A1"] = "说明"
        notes["A3"] = "   "
        notes["B5"] = "#N/A"
        _table_sheet(workbook)

    # openpyxl writes the spaces without xml:space="preserve", and calamine, as Excel, trims them.
    return _with_sheet1(build, ("<t>   </t>", '<t xml:space="preserve">   </t>'))


WORKBOOKS: list[tuple[str, Callable[[], bytes]]] = [
    ("seed", _seed_xlsx_bytes),
    ("form", _form_bytes),
    ("minimal", _minimal_bytes),
    ("long-hidden-row", _long_hidden_row_bytes),
    ("zero-size", _zero_size_bytes),
    ("two-tables", _two_tables_bytes),
    ("very-hidden", _very_hidden_bytes),
    ("odd-values", _odd_values_bytes),
    ("cells-without-r", _cells_without_r_bytes),
    ("prefixed", _prefixed_bytes),
    ("rows-hidden-by-default", _rows_hidden_by_default_bytes),
    ("merged-over-values", _merged_over_values_bytes),
    ("flag-spellings", _flag_spellings_bytes),
    ("notes-with-blanks", _notes_with_blanks_bytes),
]


def _no_fallback(path: str, _data: bytes) -> list[Table]:
    raise AssertionError(f"{path} was read by the openpyxl fallback")


@pytest.mark.parametrize("build", [w[1] for w in WORKBOOKS], ids=[w[0] for w in WORKBOOKS])
def test_calamine_path_equals_openpyxl_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, build: Callable[[], bytes]
) -> None:
    """calamine plus the XML pass give openpyxl's tables: rows, merges, hiding, findings."""
    data = build()
    path = tmp_path / "form.xlsx"
    path.write_bytes(data)
    expected = xlsx_reader._read_with_openpyxl(str(path), data)
    monkeypatch.setattr(xlsx_reader, "_read_with_openpyxl", _no_fallback)
    assert expected == read(path)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("A3", "2021-12-31 13:45:07.123000"),
        ("B3", "14:30:00"),
        ("C3", "1 day, 6:05:00"),
        ("D3", "1900-01-15"),
        ("A4", "公式文本"),
        ("B4", "#DIV/0!"),
        ("C4", "2021-05-06"),
        ("D4", "12345678901234567890"),  # exact, though calamine reads a float
        ("E4", "共 享"),  # rich text runs joined, the phonetic run left out
        ("F4", "第一行\n第二行 _x000D_"),  # `_x000D_` is a carriage return; `_x005F_` a `_`
        ("G4", "FALSE"),
        ("H4", "0"),
        ("I4", ""),
        ("J4", "1e+20"),
    ],
)
def test_xlsx_odd_cell_values(tmp_path: Path, cell: str, expected: str) -> None:
    """Times, durations, cached formula strings and errors, ISO dates, big integers read exactly."""
    path = tmp_path / "odd.xlsx"
    path.write_bytes(_odd_values_bytes())
    row, column = coordinate_to_tuple(cell)
    assert expected == read(path)[0].rows[row - 1].value(column)


def test_xlsx_date_beyond_excel_reads_as_its_number(tmp_path: Path) -> None:
    """A date-formatted serial past year 9999 reads as the number (openpyxl made it `#VALUE!`)."""
    path = tmp_path / "far.xlsx"
    path.write_bytes(
        _with_sheet1(_odd_values, ('<c r="D3" s="1" t="n"><v>15</v>', '<c r="D3" s="1"><v>99999999</v>'))
    )
    (table,) = read(path)
    expected = ("99999999", ())
    assert expected == (table.rows[2].value(4), table.findings)


def test_xlsx_unpreserved_text_loses_its_edge_spaces(tmp_path: Path) -> None:
    """Text not marked `xml:space="preserve"` is trimmed at its ends, as Excel shows it.

    openpyxl kept the spaces, so a rich-text run `" cd"` after `"ab"` read `ab cd` there.
    """
    run = '<c r="A3" t="inlineStr"><is><r><t>ab</t></r><r><t> cd</t></r></is></c>'
    path = tmp_path / "runs.xlsx"
    path.write_bytes(_with_sheet1(_table_sheet, ("</sheetData>", f'<row r="3">{run}</row></sheetData>')))
    expected = "abcd"
    assert expected == read(path)[0].rows[2].value(1)


def test_xlsx_rows_hidden_by_default(tmp_path: Path) -> None:
    """With `zeroHeight`, rows without a height of their own are hidden, and their data reported."""
    path = tmp_path / "zero.xlsx"
    path.write_bytes(_rows_hidden_by_default_bytes())
    (table,) = read(path)
    expected = ([3], ["row 3 is hidden but holds data: 1-1-2 看不见"])
    assert expected == ([r.number for r in table.rows if r.hidden], [f.message for f in table.findings])


def test_xlsx_falls_back_to_openpyxl_when_calamine_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook calamine refuses is read by openpyxl, with nothing extra reported."""
    path = tmp_path / "form.xlsx"
    path.write_bytes(_form_bytes())
    expected = read(path)

    def refuse(_source: object) -> None:
        raise python_calamine.CalamineError("cannot read")

    monkeypatch.setattr(xlsx_reader.CalamineWorkbook, "from_filelike", refuse)
    calls: list[str] = []
    fallback = xlsx_reader._read_with_openpyxl

    def spy(path: str, data: bytes) -> list[Table]:
        calls.append(path)
        return fallback(path, data)

    monkeypatch.setattr(xlsx_reader, "_read_with_openpyxl", spy)
    assert (expected, [str(path)]) == (read(path), calls)


def test_xlsx_sheet_too_large_for_a_dense_grid_goes_to_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the dense-grid budget, calamine is never opened and openpyxl reads the workbook."""
    path = tmp_path / "form.xlsx"
    path.write_bytes(_form_bytes())
    expected = read(path)
    opened: list[object] = []
    monkeypatch.setattr(xlsx_reader.CalamineWorkbook, "from_filelike", opened.append)
    monkeypatch.setattr(xlsx_reader, "_MAX_DENSE_CELLS", 8 * 12 - 1)  # the table sheet is A1:L8
    assert (expected, []) == (read(path), opened)


def test_far_cell_never_reaches_calamine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cells at A1 and XFD1048576 would make calamine allocate 550 GB and abort; it is not asked."""
    data = _with_sheet1(
        _table_sheet,
        ("</row></sheetData>", f'</row><row r="1048576">{_inline("XFD1048576", "远")}</row></sheetData>'),
    )

    def never(_source: object) -> None:
        raise AssertionError("calamine was opened")

    monkeypatch.setattr(xlsx_reader.CalamineWorkbook, "from_filelike", never)
    scan = sheetxml.scan_sheet(_sheet1(data))
    expected = ((1048576, 16384), None)
    assert expected == ((scan.max_row, scan.max_column), xlsx_reader._calamine_sheets(data))


def test_sheet_scan() -> None:
    """One pass finds hidden and zero-size rows and columns, error cells and the cells' extent."""
    xml = (
        f'<worksheet xmlns="{MAIN_NS}"><sheetFormatPr defaultRowHeight="15"/><cols>'
        '<col min="2" max="4" hidden="true"/><col min="6" width="0"/>'
        '<col min="8" max="8" hidden="0" width="9"/>'
        "</cols><sheetData>"
        '<row r="2" hidden="1"><c r="B2" t="e"><v>#REF!</v></c><c t="e"><f>x</f><v>#N/A</v></c>'
        '<c r="D2" t="e"><v/></c></row>'
        '<row r="3" ht="0"><c r="E3"><v>1</v></c></row>'
        '<row r="4" hidden="false" ht="12"><c r="$K$4" s="1"/></row>'
        "</sheetData></worksheet>"
    ).encode()
    expected = sheetxml.SheetScan(
        cells=5,
        max_row=4,
        max_column=11,
        hidden_rows=frozenset({2, 3}),
        sized_rows=frozenset({3, 4}),
        rows_hidden_by_default=False,
        hidden_columns=frozenset({2, 3, 4, 6}),
        errors={(2, 2): "#REF!", (2, 3): "#N/A"},
    )
    assert expected == sheetxml.scan_sheet(xml)


def test_sheet_scan_refuses_a_doctype() -> None:
    """The XML pass refuses any DOCTYPE itself, whatever the prolog scan let through."""
    with pytest.raises(DTDForbidden):
        sheetxml.scan_sheet(BILLION_LAUGHS + b"<worksheet/>")


def test_openpyxl_fallback_refuses_entities_too(tmp_path: Path) -> None:
    """The fallback keeps defusedxml's refusal as a ReadError."""
    data = _workbook_bytes(_table_sheet)
    bomb = _rezip(data, {"xl/worksheets/sheet1.xml": BILLION_LAUGHS + _sheet1(data)})
    with pytest.raises(ReadError) as caught:
        xlsx_reader._read_with_openpyxl(str(tmp_path / "bomb.xlsx"), bomb)
    expected = "refused: XML entity declarations in workbook (possible entity-expansion bomb)"
    assert expected == caught.value.reason


CELL_TEXT = st.one_of(st.text(), st.text(st.sampled_from(" \t\n\r\v\x85\u2028\u3000\xa0\u200b\ufeffa李")))


@settings(max_examples=300, deadline=None)
@given(CELL_TEXT)
def test_plain_text_shortcut_cleans_as_clean_cell(text: str) -> None:
    """The reader's shortcut for text that only needs a strip cleans exactly as `clean_cell`."""
    assert clean_cell(text) == xlsx_reader._clean_str(text)


@pytest.mark.parametrize(
    "root",
    [
        f'<worksheet xmlns="{MAIN_NS}">',
        f'<x:worksheet xmlns:x="{MAIN_NS}">',
        f'<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" xmlns="{MAIN_NS}">',
    ],
    ids=["default", "prefixed", "macrosheet"],
)
def test_sheet_scan_follows_the_spreadsheetml_prefix(root: str) -> None:
    """Rows and cells are found under whatever prefix the file binds to SpreadsheetML."""
    p = "x:" if "xmlns:x=" in root else ""
    cell = f'<{p}c r="B2" t="e"><{p}v>#REF!</{p}v></{p}c>'
    body = f'<{p}sheetData><{p}row r="2" hidden="1">{cell}</{p}row></{p}sheetData>'
    close = "</" + root[1:].partition(" ")[0] + ">"
    scan = sheetxml.scan_sheet((root + body + close).encode())
    expected = (1, frozenset({2}), {(2, 2): "#REF!"})
    assert expected == (scan.cells, scan.hidden_rows, scan.errors)


def test_text_at_the_far_corner_is_refused(tmp_path: Path) -> None:
    """Text at A1 and at XFD1048576 is refused with a reason instead of a 17-billion-cell grid."""

    def build(workbook: openpyxl.Workbook) -> None:
        _table_sheet(workbook)
        workbook.active["XFD1048576"] = "far away"

    path = tmp_path / "far.xlsx"
    path.write_bytes(_workbook_bytes(build))
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.reason == "refused: sheet '考评表' spans 1048576 rows x 16384 columns of text"
