"""Every format an office sends parses to the same form: docx, xls, ods, html, ruled and unruled pdf.

The files are built by `fixtures/formats/build_formats.py` from the same grid as the seed's
workbook; each must give the seed text's form field by field (locations aside), and every
non-empty row must be accounted for. Bad input is refused per format with one line.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yiju.errors import ReadError
from yiju.forms import parse_table
from yiju.models import Form
from yiju.readers import FORM_SUFFIXES, expand_inputs, read, skipped_message
from yiju.readers.html import decode_html
from yiju.readers.pdf import MAX_PAGES, NO_TEXT
from yiju.readers.table import NO_TABLE
from yiju.readers.text import decode

from .test_forms import SEED, _comparable, _form

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
SEED_FILES = [
    "seed.docx",
    "seed_split.docx",
    "seed.xls",
    "seed.ods",
    "seed.html",
    "seed_ruled.pdf",
    "seed_unruled.pdf",
]
TASK_FILES = ["tasks.html", "tasks.docx"]
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _only_form(path: Path) -> Form:
    tables = read(path)
    assert len(tables) == 1
    return parse_table(tables[0])


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    """The seed text's form, comparable."""
    return _comparable(_form(SEED))


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_in_every_format_parses_to_the_seed_form(seed: dict[str, Any], name: str) -> None:
    """Each format gives the seed text's unit, title, totals, targets and indicators, field by field."""
    actual = _comparable(_only_form(FORMATS / name))
    for field, value in seed.items():
        assert value == actual[field], field


@pytest.mark.parametrize("name", TASK_FILES)
def test_task_list_parses_like_its_text(name: str) -> None:
    """The 任务分工方案 as a web page and as Word gives the form its tab-separated text gives."""
    expected = _comparable(_only_form(FORMATS / "tasks.txt"))
    actual = _comparable(_only_form(FORMATS / name))
    assert 9 == len(expected["indicators"])
    for field in expected:
        assert expected[field] == actual[field], field


@pytest.mark.parametrize("name", [*SEED_FILES, *TASK_FILES, "tasks.txt"])
def test_every_non_empty_row_is_accounted_for(name: str) -> None:
    """The ledger names every non-empty row of every format; a finding row has its finding."""
    for table in read(FORMATS / name):
        form = parse_table(table)
        ledger = dict(form.ledger)
        finding_rows = {f.location.row for f in form.findings if f.location is not None}
        for row in table.rows:
            if row.empty:
                continue
            assert row.number in ledger, f"row {row.number} unaccounted: {row.values}"
            if ledger[row.number].startswith("finding"):
                assert row.number in finding_rows


def test_docx_merges_are_filled_like_the_xlsx_reader() -> None:
    """gridSpan and vMerge keep the text in the top-left cell and list the range in `merged`."""
    (table,) = read(FORMATS / "seed.docx")
    header = next(row for row in table.rows if "项目" in row.values)
    assert ("项目", "目标内容", "", "", "", "权重", "完成时限", "责任分解", "", "") == header.values
    n = header.number
    assert {(n, 1, n + 1, 1), (n, 2, n, 5), (n, 8, n, 10)} <= set(table.merged)


def test_split_docx_keeps_the_repeated_header_as_a_header_row() -> None:
    """Two tables split at a page break are one table; the header typed again is a header row."""
    form = _only_form(FORMATS / "seed_split.docx")
    assert 4 == sum(1 for _, role in form.ledger if role == "header")


def test_html_picks_the_form_table_and_names_the_others() -> None:
    """The navigation and footer tables are named in one finding, not read as rows."""
    (table,) = read(FORMATS / "seed.html")
    assert [
        "the page holds 2 other tables without a form header (navigation, layout); not read as targets"
    ] == [f.message for f in table.findings]
    assert "2021年度泉州市直机关政府系列和省部属驻泉单位绩效目标考评表" == table.rows[0].values[0]


def test_html_entities_and_nbsp(tmp_path: Path) -> None:
    """Entities are decoded, NBSP reads as the xlsx reader reads it, a CJK source line break vanishes."""
    page = (
        "<html><body><table><tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>权重</th>"
        "<th>责任部门</th><th>责任人</th></tr>"
        "<tr><td>1-1</td><td>&ldquo;网格化&rdquo;监管</td><td>做好安全\n生产&amp;统计<br>分析</td>"
        "<td>2</td><td>基础科&nbsp;</td><td>李&nbsp;&nbsp;隽</td></tr></table></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    (table,) = read(path)
    assert ("1-1", "“网格化”监管", "做好安全生产&统计\n分析", "2", "基础科", "李  隽") == table.rows[1].values


BIG5_TEXT = "序號\t一級指標\t責任部門\n1-1\t做好安全生產工作（2分）\t基礎科\n"


def test_big5_text_is_read_as_big5() -> None:
    """Big5 bytes, which GB18030 also accepts (as nonsense), decode as Big5; GB18030 stays GB18030."""
    assert BIG5_TEXT == decode("big5.txt", BIG5_TEXT.encode("big5"))
    simplified = "序号\t一级指标\n1-1\t做好安全生产工作（2分）\n"
    assert simplified == decode("gb.txt", simplified.encode("gb18030"))


def test_big5_page_is_read_as_big5() -> None:
    """A page with no charset declared and Big5 bytes decodes as Big5; a declared gb2312 as GB18030."""
    page = f"<html><body><p>{BIG5_TEXT}</p></body></html>"
    assert page == decode_html("p.html", page.encode("big5"))
    declared = '<meta charset="gb2312"><p>泉委办〔2021〕20号 镕</p>'
    assert declared == decode_html("p.html", declared.encode("gb18030"))


def test_pdf_drops_page_furniture_and_joins_a_row_broken_by_a_page() -> None:
    """No page number or repeated header is a row; 1-5-1, broken across pages 1 and 2, is one row."""
    for name in ("seed_ruled.pdf", "seed_unruled.pdf"):
        (table,) = read(FORMATS / name)
        texts = [" ".join(row.values) for row in table.rows]
        assert not [t for t in texts if "页" in t and "共" in t], name
        assert 2 == sum(1 for row in table.rows if "序号" in row.values or "项目" in row.values), name
        (row,) = [row for row in table.rows if "1-5-1" in row.values]
        assert row.values[4].endswith("倒逼企业主体责任落实，确保执法行动取得实效。"), name


# ------------------------------------------------------------------------------ bad input


def _cut(name: str) -> bytes:
    data = (FORMATS / name).read_bytes()
    return data[: len(data) // 2]


def _bomb(member: str, *, extra: dict[str, bytes] | None = None) -> bytes:
    """Return a zip whose `member` inflates 12 MB of zeros from a few KB (ratio > 1000)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in (extra or {}).items():
            archive.writestr(name, body)
        archive.writestr(member, b"\0" * (12 * 1024 * 1024))
    return out.getvalue()


def _encrypted_ooxml() -> bytes:
    """Return the shape of an Office-encrypted file: OLE2 holding an EncryptedPackage stream."""
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 600
        + "EncryptedPackage".encode("utf-16-le")
        + b"\0" * 600
    )


def _encrypted_xls() -> bytes:
    """Return the seed workbook with a FILEPASS record where BIFF8 puts one when a password is set."""
    data = bytearray((FORMATS / "seed.xls").read_bytes())
    bof = data.find(b"\x09\x08\x10\x00\x00\x06\x05\x00")
    data[bof + 20 : bof + 22] = struct.pack("<H", 0x002F)
    return bytes(data)


def _pdf(pages: int, *, text: bool) -> bytes:
    from fpdf import FPDF  # noqa: PLC0415  # dev dependency, as for the fixtures

    pdf = FPDF()
    pdf.add_font("zh", fname=str(FONT), collection_font_number=0)
    pdf.set_font("zh", size=10)
    for i in range(pages):
        pdf.add_page()
        if text:
            pdf.text(20, 20, f"序号 文件依据 一级指标 第 {i + 1} 页")
        else:
            pdf.rect(20, 20, 100, 50, style="F")  # a scan: pictures and shapes, no characters
    return bytes(pdf.output())


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF  # noqa: PLC0415

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")  # noqa: S106  # a test file's lock
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.text(20, 20, "locked")
    return bytes(pdf.output())


BAD: list[tuple[str, str, Any, str]] = [
    (
        "docx truncated",
        "form.docx",
        lambda: _cut("seed.docx"),
        "truncated or corrupt docx (no zip central directory)",
    ),
    (
        "docx is a pdf",
        "form.docx",
        (FORMATS / "seed_ruled.pdf").read_bytes,
        "not a docx file (not a zip archive)",
    ),
    (
        "docx is an ods",
        "form.docx",
        (FORMATS / "seed.ods").read_bytes,
        "not a docx file (it is an OpenDocument file; rename it to .ods)",
    ),
    (
        "docx encrypted",
        "form.docx",
        _encrypted_ooxml,
        "encrypted (password-protected) docx document; remove the password and save again",
    ),
    (
        "docx legacy",
        "form.docx",
        (FORMATS / "seed.xls").read_bytes,
        "legacy Word .doc document; save it as .docx",
    ),
    (
        "docx zip bomb",
        "form.docx",
        lambda: _bomb("word/document.xml", extra={"[Content_Types].xml": b"<Types/>"}),
        "refused: zip member word/document.xml would inflate",
    ),
    (
        "ods truncated",
        "form.ods",
        lambda: _cut("seed.ods"),
        "truncated or corrupt ods (no zip central directory)",
    ),
    (
        "ods is a docx",
        "form.ods",
        (FORMATS / "seed.docx").read_bytes,
        "not a ods file (it is a Word document; rename it to .docx)",
    ),
    (
        "ods zip bomb",
        "form.ods",
        lambda: _bomb("content.xml"),
        "refused: zip member content.xml would inflate 10",  # about 1 030 times, by the zlib at hand,
    ),
    ("xls truncated", "form.xls", lambda: _cut("seed.xls"), "cannot read .xls workbook"),
    (
        "xls is Excel 2003 XML",
        "form.xls",
        lambda: b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
        "an Excel 2003 XML spreadsheet named .xls; open it and save it as .xlsx",
    ),
    (
        "xls is a jpeg",
        "form.xls",
        lambda: b"\xff\xd8\xff\xe0" + bytes(100),
        "not an .xls workbook (no OLE2 header",
    ),
    (
        "xls encrypted",
        "form.xls",
        _encrypted_xls,
        "encrypted (password-protected) .xls workbook; remove the password and save again",
    ),
    ("pdf truncated", "form.pdf", lambda: _cut("seed_ruled.pdf"), "truncated or corrupt PDF"),
    (
        "pdf is a docx",
        "form.pdf",
        (FORMATS / "seed.docx").read_bytes,
        "not a PDF file (no %PDF- header)",
    ),
    ("pdf scan", "scan.pdf", lambda: _pdf(2, text=False), NO_TEXT),
    (
        "pdf encrypted",
        "form.pdf",
        _encrypted_pdf,
        "encrypted PDF (password required); remove the password and save again",
    ),
    (
        "pdf 500 pages",
        "long.pdf",
        lambda: _pdf(500, text=True),
        f"refused: 500 pages exceeds the {MAX_PAGES}-page limit for a form",
    ),
    (
        "html is a pdf",
        "page.html",
        (FORMATS / "seed_ruled.pdf").read_bytes,
        "binary data, not a web page",
    ),
    ("html cut before the table", "page.html", lambda: (FORMATS / "seed.html").read_bytes()[:600], NO_TABLE),
    ("doc", "form.doc", lambda: b"x", "legacy Word .doc document; save it as .docx"),
    ("wps", "form.wps", lambda: b"x", "WPS 文字 .wps document; save it as .docx"),
    ("et", "form.et", lambda: b"x", "WPS 表格 .et workbook; save it as .xlsx"),
]


@pytest.mark.parametrize(("filename", "content", "reason"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_input_is_refused_in_one_line(tmp_path: Path, filename: str, content: Any, reason: str) -> None:
    """Each bad file is a ReadError whose one-line reason says what is wrong."""
    path = tmp_path / filename
    path.write_bytes(content())
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.reason.startswith(reason)
    assert "\n" not in str(caught.value)


def test_truncated_pdf_keeps_what_it_cannot_read_out_of_the_answer(tmp_path: Path) -> None:
    """A PDF cut in half is refused, never read as a shorter form."""
    path = tmp_path / "cut.pdf"
    path.write_bytes(_cut("seed_unruled.pdf"))
    with pytest.raises(ReadError):
        read(path)


# ------------------------------------------------------------------------------ directories


def test_directory_lists_skipped_files(tmp_path: Path) -> None:
    """A folder's unsupported files are collected for one line; hidden and lock files are not."""
    for name in ("a.doc", "b.wps", "c.jpg", "form.docx", "form.pdf", ".hidden.doc", "~$form.docx"):
        (tmp_path / name).write_bytes(b"x")
    skipped: list[Path] = []
    found = expand_inputs([str(tmp_path)], skipped)
    assert ["form.docx", "form.pdf"] == [p.name for p in found]
    assert "跳过 3 个不支持的文件：a.doc, b.wps, c.jpg" == skipped_message(skipped)


def test_every_new_suffix_is_a_form_suffix() -> None:
    """Directories take every format a reader exists for."""
    assert {".xls", ".xlsb", ".ods", ".docx", ".pdf", ".html", ".htm"} <= set(FORM_SUFFIXES)


# ------------------------------------------------------------------------------ exports named .xls

XLS_IMPOSTORS = [
    ("a saved page", (FORMATS / "seed.html").read_bytes),
    ("an xlsx workbook", (FORMATS.parent / "seed_2021_quanzhou_yingji.xlsx").read_bytes),
    (
        "GB18030 tab-separated text",
        (FORMATS.parent / "seed_2021_quanzhou_yingji.gb18030.txt").read_bytes,
    ),
    ("Excel's Unicode text", lambda: SEED.read_text(encoding="utf-8").encode("utf-16")),
]


@pytest.mark.parametrize("content", [c[1] for c in XLS_IMPOSTORS], ids=[c[0] for c in XLS_IMPOSTORS])
def test_export_named_xls_is_read_as_what_it_is(seed: dict[str, Any], tmp_path: Path, content: Any) -> None:
    """ "Export to Excel" writes pages, text and xlsx under .xls; each reads as the seed form."""
    path = tmp_path / "export.xls"
    path.write_bytes(content())
    actual = _comparable(_only_form(path))
    for field in ("unit", "title", "totals", "targets"):
        assert seed[field] == actual[field], field


# ------------------------------------------------------------------------------ ods extras


def _ods(hidden_row: bool, error: bool) -> bytes:
    """Return a small form as .ods: a header, two rows, the second hidden, an error total."""
    from odf.opendocument import OpenDocumentSpreadsheet  # noqa: PLC0415  # dev dependency
    from odf.table import Table, TableCell, TableRow  # noqa: PLC0415
    from odf.text import P  # noqa: PLC0415

    doc = OpenDocumentSpreadsheet()
    table = Table(name="考评表")
    rows = [
        ["序号", "一级指标", "二级指标", "权重", "责任部门", "责任人"],
        ["1-1", "做好甲工作（2分）", "开展甲", "2", "基础科", "李四"],
        ["1-2", "（已撤回）做好乙工作（2分）", "开展乙", "2", "减灾科", "王五"],
        ["合计", "", "", "#REF!", "", ""],
    ]
    for r, values in enumerate(rows):
        tr = TableRow(visibility="collapse") if hidden_row and r == 2 else TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            if value:
                cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    if not error:
        return buf.getvalue()
    # LibreOffice marks a formula's error result so; odfpy has no name for the attribute.
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "content.xml":
                calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
                body = body.replace(
                    b"<office:document-content ",
                    f'<office:document-content xmlns:calcext="{calcext}" '.encode(),
                    1,
                )
                marker = b'<table:table-cell office:value-type="string"><text:p>#REF!'
                body = body.replace(
                    marker, marker.replace(b'"string"', b'"string" calcext:value-type="error"'), 1
                )
            dst.writestr(info, body)
    return out.getvalue()


def test_ods_hidden_row_and_error_cell_are_reported(tmp_path: Path) -> None:
    """A collapsed row is hidden and reported (R01); an error result is reported (R02)."""
    path = tmp_path / "form.ods"
    path.write_bytes(_ods(hidden_row=True, error=True))
    (table,) = read(path)
    assert [False, False, True, False] == [row.hidden for row in table.rows]
    assert [("R02", 4), ("R01", 3)] == [
        (f.code, f.location.row if f.location else None) for f in table.findings
    ]


def test_xls_hidden_sheet_is_reported(tmp_path: Path) -> None:
    """calamine tells a hidden .xls sheet; a table on it is read and reported (R01)."""
    import xlwt  # noqa: PLC0415  # dev dependency

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("考评表")
    for c, text in enumerate(["序号", "一级指标", "二级指标", "权重", "责任部门", "责任人"]):
        sheet.write(0, c, text)
    for c, text in enumerate(["1-1", "做好甲工作（2分）", "开展甲", 2, "基础科", "李四"]):
        sheet.write(1, c, text)
    book.add_sheet("说明").write(0, 0, "说明")
    sheet.visibility = 1
    book.active_sheet = 1
    path = tmp_path / "form.xls"
    book.save(str(path))
    (table,) = read(path)
    assert ["sheet 考评表 is hidden but holds a table"] == [
        f.message for f in table.findings if f.code == "R01"
    ]


# ------------------------------------------------------------------------------ Word's numbering

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbered_docx() -> bytes:
    """Return a document whose heading is numbered 一、 and whose 序号 cells by Word's List Number."""
    import docx  # noqa: PLC0415
    from docx.oxml import parse_xml  # noqa: PLC0415

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum xmlns:w="{_W_NS}" w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{_W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    for title in ("政务服务方面", "市场环境方面"):
        heading = document.add_paragraph(title)
        heading._p.get_or_add_pPr().append(  # python-docx has no API for numPr
            parse_xml(f'<w:numPr xmlns:w="{_W_NS}"><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
        )
    table = document.add_table(rows=4, cols=3)
    for c, text in enumerate(("序号", "重点工作", "牵头单位")):
        table.cell(0, c).text = text
    for r, (task, unit) in enumerate((("推进一件事集成服务", "市数字办"), ("清理证明事项", "市司法局")), 1):
        table.cell(r, 0).paragraphs[0].style = document.styles["List Number"]
        table.cell(r, 1).text = task
        table.cell(r, 2).text = unit
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_word_list_numbers_are_read_as_shown(tmp_path: Path) -> None:
    """Automatic numbers (一、 headings, a 序号 column of List Number) are read as Word draws them."""
    path = tmp_path / "numbered.docx"
    path.write_bytes(_numbered_docx())
    (table,) = read(path)
    assert [
        ("一、政务服务方面",),
        ("二、市场环境方面",),
        ("序号", "重点工作", "牵头单位"),
        ("1.", "推进一件事集成服务", "市数字办"),
        ("2.", "清理证明事项", "市司法局"),
    ] == [row.values for row in table.rows if not row.empty]


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (25, "二十五"), (101, "一百零一"), (110, "一百一十")],
)
def test_chinese_counting(n: int, text: str) -> None:
    """Word's chineseCounting format, as list numbers show it."""
    from yiju.readers._docxnumbers import chinese_number  # noqa: PLC0415

    assert text == chinese_number(n)


# ------------------------------------------------------------------------------ never crash

# Not .xls: calamine (Rust) sizes buffers from a damaged BIFF record and aborts the process when
# the allocation fails (seen: 3.5 GB for a LABELSST whose column byte changed); no Python code
# can catch that, only the reader's worker process with a memory limit can contain it.
MUTABLE = ["seed.docx", "seed.ods", "seed.html", "tasks.docx", "seed_unruled.pdf"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(MUTABLE),
    flips=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12
    ),
    cut=st.none() | st.floats(0, 1),
)
def test_damaged_files_are_read_or_refused_never_crash(
    tmp_path: Path, name: str, flips: list[tuple[float, int]], cut: float | None
) -> None:
    """A file with bytes changed or cut short is read, or refused with a ReadError; nothing else."""
    data = bytearray((FORMATS / name).read_bytes())
    for where, value in flips:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    path = tmp_path / f"damaged{Path(name).suffix}"
    path.write_bytes(bytes(data))
    try:
        tables = read(path)
    except ReadError as exc:
        reason = exc.reason
        tables = []
    else:
        reason = ""
    for table in tables:
        parse_table(table)
    assert "\n" not in reason
