"""`yiju report`: the workbook a performance office hands on, read back with openpyxl.

The sheets are checked against the queries they summarise (`derives_from`, `sources_of`,
`workload`, `run_audit`), the CSV files against the workbook, and both against formula
injection; the same forms give the same bytes.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from yiju.audit import run_audit
from yiju.cli import main
from yiju.codes import CODES
from yiju.export import REPORT_TIMESTAMP, SHEET_NAMES, SheetTable, build_tables, write_csv, xlsx_bytes
from yiju.export.csv_out import csv_field, csv_text
from yiju.export.tables import BASIS_MARK, Column
from yiju.export.xlsx import display_width
from yiju.forms import parse_table
from yiju.graph import Graph, build_graph
from yiju.models import Form
from yiju.queries import derives_from, sources_of, workload
from yiju.readers import read

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SEED_XLSX = FIXTURES / "seed_2021_quanzhou_yingji.xlsx"
SECOND = FIXTURES / "second_unit_2021.txt"

HYPERLINK = '=HYPERLINK("http://x","y")'
AT_SUM = "@SUM(1)"
# 1-1-1's 二级指标 and 责任人 in the seed, each written once.
SEED_1_1_1_TEXT = (
    "深入开展安全生产专项整治行动，督促安全生产专项整治3个专题、12个专项整治组牵头单位深入开展"
    "安全生产专项整治工作，有力有效遏制重特大安全生产事故。"
)
SEED_1_1_1_PERSON = "谢文辉"


def _forms(*paths: Path) -> list[Form]:
    return [parse_table(table) for path in paths for table in read(path)]


def _report(
    forms: Sequence[Form], *, include_hidden: bool = False
) -> tuple[Graph, tuple[SheetTable, ...], bytes]:
    graph = build_graph(forms, include_hidden=include_hidden)
    tables = build_tables(forms, graph, run_audit(forms), include_hidden=include_hidden)
    return graph, tables, xlsx_bytes(tables)


def _load(data: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data))


def _values(ws: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(cell.value for cell in row) for row in ws.iter_rows()]


@pytest.fixture(scope="module")
def seed() -> tuple[list[Form], Graph, tuple[SheetTable, ...], Workbook]:
    forms = _forms(SEED)
    graph, tables, data = _report(forms)
    return forms, graph, tables, _load(data)


def _matrix(wb: Workbook) -> tuple[dict[str, int], dict[str, int], Worksheet]:
    """Return (document key → column, target id → row, sheet) of a one-unit 追溯矩阵."""
    ws = wb["追溯矩阵"]
    header = [c.value for c in ws[1]]
    docs = {str(v): i + 1 for i, v in enumerate(header) if i >= header.index("责任人") + 1}
    ids = header.index("序号") + 1
    rows = {
        str(ws.cell(row=r, column=ids).value): r
        for r in range(3, ws.max_row)  # the last row holds the totals
    }
    return docs, rows, ws


# --------------------------------------------------------------------------- 追溯矩阵

MATRIX_CASES = [
    # (document key, target, cell): locators as the form writes them, 依据 for the 文件依据 alone
    ("泉委办〔2021〕20号", "1-2", "第14-15页第11项"),
    ("泉委办〔2021〕20号", "1-6", "第14页第11项"),
    ("泉委办〔2021〕20号", "1-14", None),
    ("泉委办〔2021〕25号", "1-14", "第6页第11项"),
    ("泉委办〔2021〕2号", "1-10", "第18页第30项"),
    ("泉委办〔2021〕2号", "1-2", None),
    ("《三定方案》", "2-1", BASIS_MARK),
    ("《三定方案》", "2-2", BASIS_MARK),
    ("《三定方案》", "2-3", BASIS_MARK),
    ("《三定方案》", "1-1", None),
    ("泉委办发〔2021〕1号", "1-9", "第4页第4项；第5页第5项"),
    ("泉政办〔2019〕41号", "1-13", "第3页第（一）3项；第13页第9项"),
    ("泉政办〔2020〕18号", "1-3", "第8页第（四）1项"),
    ("泉府督〔2020〕DC-009号", "1-1", "第16页第41项"),
    ("泉政办明传〔2021〕6号", "1-1", "第21页第120项"),
    ("泉政办〔2021〕6号", "1-1", "第3页第4项"),
    ("应急厅〔2021〕27号", "3-1", BASIS_MARK),
    ("闽应急厅办〔2021〕8号", "3-1", BASIS_MARK),
    ("《信访条例》", "5-1", "提及"),
    ("泉委发〔2021〕5号", "1-15", None),
]


@pytest.mark.parametrize(("key", "target", "expected"), MATRIX_CASES)
def test_matrix_cell(seed: Any, key: str, target: str, expected: str | None) -> None:
    """A matrix cell holds the clause locators through which the target derives, or 依据."""
    docs, rows, ws = _matrix(seed[3])
    assert expected == ws.cell(row=rows[target], column=docs[key]).value


def test_matrix_columns_are_derives_from(seed: Any) -> None:
    """Each document's column marks exactly the targets `derives_from(G, key)` returns."""
    _, graph, _, wb = seed
    docs, rows, ws = _matrix(wb)
    assert len(docs) == 16
    for key, column in docs.items():
        marked = {t for t, r in rows.items() if ws.cell(row=r, column=column).value is not None}
        assert {t.id for t in derives_from(graph, key).targets} == marked, key


def test_matrix_locators_are_sources_of(seed: Any) -> None:
    """Every marked cell agrees with `sources_of`: the clause labels, or 依据 when it pins none."""
    _, graph, _, wb = seed
    docs, rows, ws = _matrix(wb)
    for target, r in rows.items():
        sources = sources_of(graph, target)
        for doc in sources.documents:
            labels = [label for c in sources.clauses if c.key == doc.key for label in c.labels]
            if labels:
                expected = "；".join(labels)
            elif "mention" in doc.via:
                expected = "提及"
            else:
                expected = BASIS_MARK
            assert expected == ws.cell(row=r, column=docs[doc.key]).value, (target, doc.key)


def test_matrix_totals_count_the_targets(seed: Any) -> None:
    """The last row counts, per document column, the targets marked in it."""
    _, graph, _, wb = seed
    docs, _, ws = _matrix(wb)
    last = ws.max_row
    assert ws.cell(row=last, column=1).value == "合计（标记的目标数）"
    expected = {key: len(derives_from(graph, key).targets) for key in docs}
    assert expected == {key: ws.cell(row=last, column=c).value for key, c in docs.items()}
    assert ws.cell(row=last, column=docs["泉委办〔2021〕20号"]).value == 11


def test_matrix_header_is_key_over_title(seed: Any) -> None:
    """Document columns show the key in row 1 and a title in row 2; fixed headers span both rows."""
    docs, _, ws = _matrix(seed[3])
    column = docs["泉委办〔2021〕20号"]
    assert ws.cell(row=2, column=column).value == "泉州市“强基促稳”三年行动2021年实施方案"
    assert (ws.cell(row=2, column=docs["《三定方案》"]).value or "") == ""
    assert "A1:A2" in {str(r) for r in ws.merged_cells.ranges}


def test_matrix_rows_and_owners(seed: Any) -> None:
    """One row per target, with its unit, points and its indicators' owners, indicator by indicator."""
    _, graph, _, wb = seed
    ws = wb["追溯矩阵"]
    header = [c.value for c in ws[1]]
    _, rows, _ = _matrix(wb)
    targets = [n for n, a in graph.nodes(data=True) if a.get("kind") == "target"]
    assert len(targets) == len(rows) == 39
    row = {h: ws.cell(row=rows["1-3"], column=i + 1).value for i, h in enumerate(header)}
    assert row["单位"] == "泉州市应急管理局"
    assert row["年度"] == 2021
    assert row["分值"] == 4
    assert row["分管领导"] == "王夏阳、谢招南"
    assert row["责任部门"] == "基础科、协调科、减灾科"  # 1-3-1's two in the form's order, then 1-3-2's
    assert row["责任人"] == "李志福、陈梓平、王伟雄"


# --------------------------------------------------------------------------- other sheets


def test_sheets_in_order(seed: Any) -> None:
    """The workbook holds the five sheets, the matrix first."""
    assert list(SHEET_NAMES) == seed[3].sheetnames


def test_workload_sheet_is_who(seed: Any) -> None:
    """责任分解 lists `workload` by leader, department and person: names, counts, weights."""
    _, graph, _, wb = seed
    rows = _values(wb["责任分解"])[1:]
    labels = {"leader": "分管领导", "department": "责任部门", "person": "责任人"}
    expected = [
        (labels[by], w.unit, w.name, len(w.indicators), w.weight)
        for by in ("leader", "department", "person")
        for w in workload(graph, by)
    ]
    assert expected == [r[:5] for r in rows]
    lee = next(r for r in rows if r[0] == "责任人" and r[2] == "李志福")
    assert "1-1-2" in str(lee[5]).split("、")
    assert lee[6] == "1-3-1"  # shared with 陈梓平


def test_findings_sheet_is_audit(seed: Any) -> None:
    """问题清单 holds every `run_audit` finding, errors first, with the code table's Chinese text
    and the finding's own Chinese sentence (详情)."""
    forms, _, _, wb = seed
    findings = run_audit(forms)
    names = {"error": "错误", "warning": "警告", "info": "提示"}
    ordered = sorted(findings, key=lambda f: -f.severity.rank)
    expected = [
        (
            names[f.severity.value],
            f.code,
            CODES[f.code].title_zh,
            CODES[f.code].explain_zh,
            f.message_zh,
            f.location.file if f.location else None,
            f.location.row if f.location else None,
        )
        for f in ordered
    ]
    rows = _values(wb["问题清单"])[1:]
    assert ["级别", "代码", "规则", "说明", "详情", "涉及", "文件", "工作表", "行", "列", "单元格"] == [
        c.value for c in wb["问题清单"][1]
    ]
    assert expected == [(r[0], r[1], r[2], r[3], r[4], r[6], r[8]) for r in rows]
    assert any(r[1] == "R02" for r in rows)


def test_findings_sheet_names_subjects_not_node_ids(seed: Any) -> None:
    """涉及 names a target as unit, year, id and short text; no cell holds a node id or a slug."""
    rows = _values(seed[3]["问题清单"])[1:]
    s01 = next(r for r in rows if r[1] == "S01")
    assert s01[4] == "1-15（重点工作目标）没有来源：文件依据为空，一级指标也未引用任何文件"
    assert s01[5] == "泉州市应急管理局 2021 · 1-15 城市创建工作"
    node_id = re.compile(r"\b(target|indicator|dept|person|clause|doc|form|unit):")
    slugs = {c.slug for c in CODES.values()}
    for row in rows:
        for value in row:
            assert not (isinstance(value, str) and node_id.search(value)), value
            assert value not in slugs


def test_findings_sheet_has_no_english_sentences(seed: Any) -> None:
    """规则, 说明, 详情 and 涉及 are Chinese: no run of three English words (codes, ids, files aside)."""
    english = re.compile(r"[A-Za-z]+[ ,;]+[A-Za-z]+[ ,;]+[A-Za-z]+")
    for row in _values(seed[3]["问题清单"])[1:]:
        for value in row[:6]:
            assert not (isinstance(value, str) and english.search(value)), value


def test_findings_are_coloured_by_severity(seed: Any) -> None:
    """Error rows are filled red, warnings orange, infos blue."""
    ws = seed[3]["问题清单"]
    fills = {"错误": "FFC7CE", "警告": "FCD5B4", "提示": "DDEBF7"}
    seen = set()
    for row in ws.iter_rows(min_row=2):
        severity = str(row[0].value)
        seen.add(severity)
        assert {fills[severity]} == {str(c.fill.fgColor.rgb)[-6:] for c in row}
    assert "错误" in seen


def test_documents_sheet(seed: Any) -> None:
    """文件清单 decodes the issuer and counts the citing targets and units, with clauses and pages."""
    ws = seed[3]["文件清单"]
    header = [c.value for c in ws[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in _values(ws)[1:]}
    doc = rows["泉委办〔2021〕20号"]
    assert doc["标题"] == "泉州市“强基促稳”三年行动2021年实施方案"
    assert (doc["发文机关代字"], doc["地区"], doc["发文机关"], doc["层级"]) == (
        "泉委办",
        "泉州市",
        "中共泉州市委办公室",
        "市级",
    )
    assert (doc["年份"], doc["引用目标数"], doc["引用单位数"]) == (2021, 11, 1)
    assert doc["条款（页码）"] == "第14、14-15页第11项"  # as the forms write a locator
    assert doc["引用目标"] == "1-2、1-3、1-4、1-5、1-6、1-7、1-8、1-10、1-11、1-12、1-13"
    dc009 = rows["泉府督〔2020〕DC-009号"]
    # Three titles seen: the most frequent is the title, the other two its variants.
    assert dc009["标题"] == "国务院政府工作报告涉及我市主要任务责任分工"
    assert dc009["其他写法"].split("\n") == [
        "2020年国务院政府工作报告涉及我市主要任务责任分工",
        "国务院政府工作报告责任分工",
    ]
    assert rows["应急厅〔2021〕27号"]["层级"] == "国家级"
    assert rows["《三定方案》"]["层级"] == "未知"
    assert next(iter(rows)) == "应急厅〔2021〕27号"  # higher levels first


def test_indicators_sheet(seed: Any) -> None:
    """指标明细 has every visible indicator with its fields and where it was read."""
    forms, _, _, wb = seed
    ws = wb["指标明细"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r, strict=True)) for r in _values(ws)[1:]]
    assert len([i for i in forms[0].indicators if not i.hidden]) == len(rows) == 57
    row = next(r for r in rows if r["指标序号"] == "1-3-1")
    assert (row["责任部门"], row["责任人"], row["权重"], row["目标分值"]) == (
        "基础科、协调科",
        "李志福、陈梓平",
        2,
        4,
    )
    assert (row["文件"], row["行"], row["列"], row["隐藏"]) == (str(SEED), 15, 5, "否")
    assert row["文件依据"] == "泉委办〔2021〕20号、泉政办〔2021〕6号、泉政办〔2020〕18号"


def test_numbers_are_numbers(seed: Any) -> None:
    """Years, points, weights, counts and row numbers are numeric cells, not text."""
    wb = seed[3]
    checks = {"追溯矩阵": ("年度", "分值"), "责任分解": ("指标数", "权重合计"), "指标明细": ("权重", "行")}
    for sheet, headers in checks.items():
        ws = wb[sheet]
        header = [c.value for c in ws[1]]
        for name in headers:
            column = header.index(name) + 1
            cells = [ws.cell(row=r, column=column) for r in range(3, 10)]
            assert {"n"} == {c.data_type for c in cells if c.value is not None}, (sheet, name)


def test_hidden_rows_only_on_request() -> None:
    """The withdrawn target in a hidden xlsx row appears only with include_hidden, marked 是."""
    forms = _forms(SEED_XLSX)
    plain = _load(_report(forms)[2])
    full = _load(_report(forms, include_hidden=True)[2])
    ids = [r[3] for r in _values(plain["追溯矩阵"])[2:-1]]
    assert "1-16" not in ids
    assert "1-16" in [r[3] for r in _values(full["追溯矩阵"])[2:-1]]
    hidden = [r for r in _values(full["指标明细"])[1:] if r[7] == "1-16"]
    assert len(hidden) == 1
    assert hidden[0][16] == "是"


# --------------------------------------------------------------------------- layout


@pytest.mark.parametrize(
    ("text", "width"),
    [("", 0), ("abc", 3), ("责任人", 6), ("泉委办〔2021〕20号", 18), ("ab\n责任人", 6), ("１２", 4)],
)
def test_display_width_counts_cjk_double(text: str, width: int) -> None:
    """CJK and full-width characters count two units; the widest line counts."""
    assert width == display_width(text)


def test_layout_frozen_filtered_and_sized(seed: Any) -> None:
    """Headers are frozen, data filtered, widths capped, long text wrapped in taller rows."""
    wb = seed[3]
    ws = wb["追溯矩阵"]
    assert ws.freeze_panes == "E3"
    assert str(ws.auto_filter.ref).startswith("A2:")
    assert str(ws.auto_filter.ref).endswith(str(ws.max_row - 1))  # the totals stay out
    assert wb["问题清单"].freeze_panes == "C2"  # one header row; 级别 and 代码 stay in view
    assert "A1:G" in str(wb["责任分解"].auto_filter.ref)
    widths = {c: ws.column_dimensions[c].width for c in ("A", "B", "D", "E")}
    assert widths["B"] < widths["A"] <= 26
    assert widths["E"] == 46  # 一级指标 capped at 44 + padding
    assert ws.cell(row=3, column=5).alignment.wrap_text
    assert (ws.row_dimensions[5].height or 0) >= 30  # 1-3 takes two lines or more


# --------------------------------------------------------------------------- injection


@pytest.fixture(scope="module")
def evil(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Workbook, Path]:
    text = SEED.read_text(encoding="utf-8")
    assert text.count(SEED_1_1_1_TEXT) == text.count(SEED_1_1_1_PERSON) == 1
    text = text.replace(SEED_1_1_1_TEXT, HYPERLINK).replace(SEED_1_1_1_PERSON, AT_SUM)
    root = tmp_path_factory.mktemp("evil")
    form = root / "evil.txt"
    form.write_text(text, encoding="utf-8")
    _, tables, data = _report(_forms(form))
    write_csv(tables, root / "csv")
    (root / "report.xlsx").write_bytes(data)
    return root, _load(data), root / "csv"


def test_formula_text_stays_text_in_xlsx(evil: Any) -> None:
    """Input text starting with = or @ is stored as a string cell with the literal text."""
    root, wb, _ = evil
    cells = [
        cell
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and (HYPERLINK in cell.value or AT_SUM in cell.value)
    ]
    exact = {(c.parent.title, c.value, c.data_type) for c in cells if c.value in (HYPERLINK, AT_SUM)}
    assert ("指标明细", HYPERLINK, "s") in exact
    assert ("指标明细", AT_SUM, "s") in exact
    assert {"s"} == {c.data_type for c in cells}
    with zipfile.ZipFile(root / "report.xlsx") as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


def test_formula_text_is_quoted_in_csv(evil: Any) -> None:
    """CSV files start with the UTF-8 BOM and prefix formula-like text with ' so Excel shows it."""
    _, _, directory = evil
    raw = (directory / "指标明细.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    fields = {field for row in rows for field in row}
    assert "'" + HYPERLINK in fields
    assert "'" + AT_SUM in fields
    assert HYPERLINK not in fields
    assert AT_SUM not in fields


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+86 595", "'+86 595"),
        ("-", "'-"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("李志福", "李志福"),
        ("1-3-1", '="1-3-1"'),  # Excel would read 1-3-1 as a date
        ("1-3", '="1-3"'),
        ("1.10", '="1.10"'),  # as the number 1.1
        ("007", '="007"'),
        ("1-3、1-4", "1-3、1-4"),
        ("第14-15页第11项", "第14-15页第11项"),
        ("2021", "2021"),
        (-1, "-1"),
        (1.5, "1.5"),
        (2.0, "2"),
        (None, ""),
    ],
)
def test_csv_field_guard(value: Any, expected: str) -> None:
    """Only text is prefixed, and only when Excel would evaluate it; numbers stay numbers."""
    assert expected == csv_field(value)


def test_every_string_is_a_string_cell() -> None:
    """Formula-like text, error words and control characters are written as plain text."""
    table = SheetTable(
        name="t",
        columns=(Column("a"), Column("b", "number")),
        rows=(("=1+1", -1), ("+1", 2.5), ("-1", None), ("@A1", 0), ("#REF!", 1), ("a\x01b", float("nan"))),
    )
    ws = _load(xlsx_bytes([table]))["t"]
    got = [(c.value, c.data_type) for c in ws["A"][1:]]
    assert got == [("=1+1", "s"), ("+1", "s"), ("-1", "s"), ("@A1", "s"), ("#REF!", "s"), ("a\ufffdb", "s")]
    assert [c.value for c in ws["B"][1:]] == [-1, 2.5, None, 0, 1, "nan"]


# --------------------------------------------------------------------------- one serialisation


def test_csv_holds_the_workbook_rows(seed: Any) -> None:
    """Each CSV file holds the same rows as its sheet (header, data, footer)."""
    _, _, tables, wb = seed
    for table in tables:
        text = csv_text(table)
        assert text.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(text[1:], newline="")))
        sheet = [[csv_field(v) for v in row] for row in _values(wb[table.name])]
        assert sheet == rows, table.name


# --------------------------------------------------------------------------- determinism


def test_same_forms_same_bytes() -> None:
    """Two runs, and the forms in another order, give identical sheets and identical bytes."""
    one = _report(_forms(SEED, SECOND))[2]
    two = _report(_forms(SEED, SECOND))[2]
    other_order = _report(_forms(SECOND, SEED))[2]
    first, second = _load(one), _load(two)
    for name in SHEET_NAMES:
        assert _values(first[name]) == _values(second[name])
    assert one == two == other_order
    assert REPORT_TIMESTAMP == first.properties.created == first.properties.modified
    with zipfile.ZipFile(io.BytesIO(one)) as archive:
        assert {(2000, 1, 1, 0, 0, 0)} == {info.date_time for info in archive.infolist()}


def test_two_units_share_document_columns() -> None:
    """With two units, a shared document's column marks targets of both units."""
    forms = _forms(SEED, SECOND)
    graph, _, data = _report(forms)
    ws = _load(data)["追溯矩阵"]
    header = [c.value for c in ws[1]]
    column = header.index("泉委办〔2021〕20号")
    marked = {(r[0], r[3]) for r in _values(ws)[2:-1] if r[column] is not None}
    expected = {(t.unit, t.id) for t in derives_from(graph, "泉委办〔2021〕20号").targets}
    assert expected == marked
    assert {"泉州市应急管理局", "泉州市消防救援支队"} == {u for u, _ in marked}


# --------------------------------------------------------------------------- CLI


def test_cli_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`yiju report FILE -o x.xlsx --csv DIR` writes the workbook and one CSV per sheet, exit 0."""
    out = tmp_path / "report.xlsx"
    code = main(["report", str(SEED), "-o", str(out), "--csv", str(tmp_path / "csv")])
    stdout, stderr = capsys.readouterr()
    assert (code, stderr) == (0, "")
    assert stdout.startswith(f"wrote {out}: 追溯矩阵 39, 文件清单 16, 责任分解 41, ")
    assert list(SHEET_NAMES) == load_workbook(out).sheetnames
    assert sorted(f"{n}.csv" for n in SHEET_NAMES) == sorted(p.name for p in (tmp_path / "csv").iterdir())


def test_cli_report_refuses_other_suffix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A report path that is not .xlsx or .html is a usage error: one line, exit 2, nothing written."""
    out = tmp_path / "report.csv"
    code = main(["report", str(SEED), "-o", str(out)])
    _, stderr = capsys.readouterr()
    assert (2, f"{out}: the report is an .xlsx workbook or an .html page\n") == (code, stderr)
    assert not out.exists()


def test_cli_html_report_is_one_deterministic_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`report -o x.html` writes one page, the same bytes twice, with a section and an SVG per document."""
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    assert 0 == main(["report", str(SEED), "-o", str(first)])
    assert 0 == main(["report", str(SEED), "-o", str(second)])
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text(encoding="utf-8")
    graph = build_graph(_forms(SEED))
    documents = [n for n, kind in graph.nodes(data="kind") if kind == "document"]
    assert len(documents) == text.count('<section class="doc"')
    assert len(documents) == text.count('<figure class="diagram"><svg')
    assert "default-src 'none'" in text
    assert capsys.readouterr().out.startswith(f"wrote {first} (")


def test_cli_html_report_refuses_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--csv belongs to the workbook: with an .html report it is a usage error."""
    code = main(["report", str(SEED), "-o", str(tmp_path / "r.html"), "--csv", str(tmp_path)])
    assert (2, "--csv goes with an .xlsx report\n") == (code, capsys.readouterr().err)


def test_html_report_lays_out_extra_tables_after_the_findings() -> None:
    """A table passed as `extra` (a register's 覆盖矩阵) gets a section and a link in the nav."""
    from yiju.export.html import html_report  # noqa: PLC0415  # only this test needs it

    forms = _forms(SEED)
    graph = build_graph(forms)
    matrix = SheetTable(
        name="覆盖矩阵",
        columns=(Column("任务"), Column("泉州市应急管理局")),
        rows=(("第11项 深化风险辨析", "牵头✓"),),
    )
    page = html_report(forms, graph, run_audit(forms), extra=(matrix,))
    assert '<a href="#x1">覆盖矩阵</a>' in page
    assert page.index('<section id="findings">') < page.index('<section id="x1"><h2>覆盖矩阵</h2>')
    assert "<td>牵头✓</td>" in page
