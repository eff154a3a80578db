"""Short names carried across a form's cells (issue 13): `以下简称《意见》` in one row, `《意见》` in another.

Within one text `citations.extract` resolves a short name; in a form the declaration and the
mentions sit in different cells, read one by one (and memoised per cell). `yiju.short_names`
applies a form's declarations to its targets after parsing. The cases below are cells of
forms: the declaring cells copy public sentences (address beside each), the mentions are
written in the way the same texts go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from yiju.citations import extract, extract_cell
from yiju.cli import main
from yiju.codes import CODES
from yiju.forms import parse_table, parse_tables
from yiju.graph import build_graph
from yiju.models import Form
from yiju.readers import read
from yiju.readers.table import Row, Table
from yiju.short_names import declarations

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "short_names"
FORM_A = FIXTURES / "form_a_2022.txt"
FORM_B = FIXTURES / "form_b_2022.txt"
AMBIGUOUS = FIXTURES / "form_ambiguous_2022.txt"
NOTICE = FIXTURES / "notice_prose.txt"

ZHONGFA = "中发〔2016〕32号"
GUOFA = "国发〔2019〕18号"
AQF = "《中华人民共和国安全生产法》"
TIAOLI = "国务院令第708号"


def _form(path: Path) -> Form:
    (form,) = parse_tables(read(path))
    return form


def _keys(form: Form) -> dict[str, tuple[list[str], list[tuple[str, tuple[str | None, ...]]]]]:
    """Target id → (文件依据 keys, [(一级指标 citation key, its items)])."""
    return {
        t.id: (
            [b.key for b in t.basis],
            [(c.key, tuple(loc.item for loc in c.locators)) for c in t.citations],
        )
        for t in form.targets
    }


def test_fixtures_are_built_by_their_script(tmp_path: Path) -> None:
    """The committed fixtures are what `fixtures/short_names/build.py` writes."""
    import importlib.util  # noqa: PLC0415  # the build script is no package module

    spec = importlib.util.spec_from_file_location("short_names_build", FIXTURES / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path in module.build(tmp_path):
        assert path.read_bytes() == (FIXTURES / path.name).read_bytes(), path.name


def test_a_short_name_declared_in_row_2_is_the_document_in_rows_5_and_9() -> None:
    """Row 2's 文件依据 declares 《意见》; rows 5 and 9 write 《意见》 (basis) and 《意见》第N条 (text)."""
    keys = _keys(_form(FORM_A))
    assert keys["1-2"] == ([ZHONGFA], [(ZHONGFA, ("5",))])
    assert keys["1-5"] == ([ZHONGFA], [(ZHONGFA, ("12",))])
    assert keys["1-9"] == ([ZHONGFA], [(ZHONGFA, ("20",)), (TIAOLI, ("5",))])
    # 《安全生产法》 (declared in 1-3) and 《条例》 (declared in 1-7, below 1-4 that already uses it).
    assert keys["1-3"] == ([AQF], [])
    assert keys["1-8"] == ([AQF], [(AQF, ("21",))])
    assert keys["1-4"] == (["泉安委〔2022〕1号"], [(TIAOLI, ())])
    assert keys["1-7"] == ([TIAOLI], [])


def test_an_aliased_mention_keeps_its_own_text_and_takes_the_documents_title() -> None:
    form = _form(FORM_A)
    target = next(t for t in form.targets if t.id == "1-5")
    (basis,) = target.basis
    assert basis.title == "中共中央 国务院关于推进安全生产领域改革发展的意见"
    assert basis.citation.text == "《意见》"
    (cited,) = target.citations
    assert (cited.key, cited.issuer, cited.year, cited.serial) == (ZHONGFA, "中发", 2016, "32")
    assert cited.text == "《意见》第十二条"
    assert target.raw_text[cited.span[0] : cited.span[1]] == cited.text
    assert [(loc.kind, loc.item, loc.unit) for loc in cited.locators] == [("article", "12", "条")]


def test_the_graph_links_the_aliased_documents_and_their_articles() -> None:
    """No title-only document 《意见》 or 《条例》; articles are clauses of the aliased documents."""
    graph = build_graph([_form(FORM_A)])
    docs = sorted(n for n in graph if n.startswith("doc:"))
    assert docs == [f"doc:{AQF}", f"doc:{ZHONGFA}", f"doc:{TIAOLI}", "doc:泉安委〔2022〕1号"]
    clauses = {n for n in graph if n.startswith("clause:")}
    assert {
        f"clause:{ZHONGFA}#art12",
        f"clause:{ZHONGFA}#art20",
        f"clause:{AQF}#art21",
        f"clause:{TIAOLI}#art5",
    } <= clauses
    assert ("target:泉州市安全生产监察支队/2022/1-5", f"clause:{ZHONGFA}#art12") in graph.edges()


def test_trace_doc_finds_the_targets_that_used_the_short_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "trace", str(FORM_A), "--doc", "中发〔2016〕第32号", "--json"]) == 0
    import json  # noqa: PLC0415

    out = json.loads(capsys.readouterr().out)
    assert [t["id"] for t in out["targets"]] == ["1-2", "1-5", "1-9"]


def test_two_forms_with_one_short_name_for_two_documents_do_not_mix() -> None:
    """《意见》 is 中发〔2016〕32号 in one form and 国发〔2019〕18号 in another, read in one process,
    in either order; the per-cell memo keeps the bare reading of the shared cells."""
    for order in ([FORM_A, FORM_B], [FORM_B, FORM_A]):
        forms = {f.unit: f for path in order for f in parse_tables(read(path))}
        a = _keys(forms["泉州市安全生产监察支队"])
        b = _keys(forms["泉州市气象灾害防御中心"])
        assert a["1-5"] == ([ZHONGFA], [(ZHONGFA, ("12",))])
        assert b["1-3"] == ([GUOFA], [(GUOFA, ("7",))])
        # The same cell text, `《意见》`, read alone: a title-only document, whatever was parsed before.
        assert [c.key for c in extract_cell("《意见》").citations] == ["《意见》"]
    graph = build_graph([_form(FORM_A), _form(FORM_B)])
    assert ("target:泉州市气象灾害防御中心/2022/1-3", f"doc:{GUOFA}") in graph.edges()
    assert ("target:泉州市气象灾害防御中心/2022/1-3", f"doc:{ZHONGFA}") not in graph.edges()
    assert "doc:《意见》" not in graph


def test_a_name_declared_for_two_documents_takes_the_nearest_declaration_and_says_so() -> None:
    form = _form(AMBIGUOUS)
    keys = _keys(form)
    assert keys["1-2"] == ([GUOFA], [(GUOFA, ("5",))])
    assert keys["1-4"] == ([ZHONGFA], [(ZHONGFA, ("12",))])
    (found,) = [f for f in form.findings if f.code == "R08"]
    assert (found.slug, found.severity) == (CODES["R08"].slug, CODES["R08"].severity)
    assert found.subjects == ("《意见》",)
    assert found.message_zh == (
        f"简称《意见》在本表中指不同的文件：第11行指{GUOFA}、第13行指{ZHONGFA}；每处引用按其前最近一次的声明解读"
    )
    assert found.location.row == 13
    assert found.location.column == 3
    assert not [f for f in _form(FORM_A).findings if f.code == "R08"]


def test_one_document_declared_with_and_without_its_number_is_not_ambiguous() -> None:
    """The same title declared twice, once with its number: one document, no R08."""
    rows = (
        Row(1, ("序号", "重点任务", "文件依据", "责任单位")),
        Row(2, ("1", "甲", "《关于加强安全生产工作的意见》（以下简称《意见》）", "市应急管理局")),
        Row(
            3,
            (
                "2",
                "乙",
                "《关于加强安全生产工作的意见》（国发〔2015〕11号，以下简称《意见》）",
                "市应急管理局",
            ),
        ),
        Row(4, ("3", "落实《意见》", "", "市应急管理局")),
    )
    form = parse_table(Table("t.txt", None, rows))
    assert [c.key for c in form.targets[2].citations] == ["国发〔2015〕11号"]
    assert [f.code for f in form.findings if f.code == "R08"] == []


def test_a_prose_notice_s_preamble_names_the_document_its_tasks_cite() -> None:
    (form,) = parse_tables(read(NOTICE))
    cited = [[(c.key, c.text) for c in t.citations] for t in form.targets]
    assert cited == [
        [("国发〔2022〕5号", "《意见》第三条")],
        [("国发〔2022〕5号", "《意见》")],
        [],
    ]


# ------------------------------------------------------------------------- the rules, by table


@dataclass(frozen=True)
class Cells:
    """A small task list: each row (序号, 任务, 文件依据), rows numbered from 2 under the header."""

    rows: tuple[tuple[str, str, str], ...]
    expected: dict[str, list[str]]  # item id → keys of its 文件依据 then its task text's citations
    name: str
    source: str = ""
    hidden: frozenset[int] = frozenset()  # row numbers to hide


def _task_list(cells: Cells) -> Form:
    rows = [Row(1, ("序号", "重点任务", "文件依据", "责任单位", "完成时限"))]
    for i, (ident, text, basis) in enumerate(cells.rows, start=2):
        rows.append(Row(i, (ident, text, basis, "市应急管理局", "2022年12月"), hidden=i in cells.hidden))
    return parse_table(Table("t.txt", None, tuple(rows)))


CASES = [
    # http://zfgb.fj.gov.cn/9389 (the declaration as the plan's preamble writes it)
    Cells(
        (
            (
                "1",
                "编制应急体系建设专项规划",
                "《福建省“十四五”应急体系建设专项规划》(以下简称《专项规划》)",
            ),
            ("2", "落实《专项规划》第三章任务", ""),
        ),
        {
            "1": ["《福建省“十四五”应急体系建设专项规划》"],
            "2": ["《福建省“十四五”应急体系建设专项规划》"],
        },
        name="real-fujian-plan",
        source="http://zfgb.fj.gov.cn/9389",
    ),
    # https://scholarmate.com/S/WY6bTl (下文简称; the mention copies the abstract's next sentence)
    Cells(
        (
            (
                "1",
                "推动绿色发展",
                "《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》(下文简称《纲要》)",
            ),
            ("2", "《纲要》明确指出,要推动绿色发展,促进人与自然和谐共生", ""),
        ),
        {
            "1": ["《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"],
            "2": ["《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"],
        },
        name="real-outline-xiawen",
        source="https://scholarmate.com/S/WY6bTl",
    ),
    # http://www.fymate.net/html/text/lar/168301/16830174.html (晋政发[2004]15号; line breaks as printed)
    Cells(
        (
            ("1", "全面实施《安全生产法》,坚持以人为本", ""),
            ("2", "明确责任", "以贯彻落实《\n中华人民共和国安全生产法》(以下简称\n《安全生产法》)为主线"),
        ),
        {"1": [AQF], "2": [AQF]},
        name="real-shanxi-mention-above",
        source="http://www.fymate.net/html/text/lar/168301/16830174.html",
    ),
    Cells(
        (
            (
                "1",
                "推进规划实施",
                "《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，简称“十四五”规划纲要",
            ),
            ("2", "落实《“十四五”规划纲要》第三章", ""),
            ("3", "编制本市“十四五”规划", ""),
        ),
        {
            "1": ["《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"],
            "2": ["《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"],
            "3": [],
        },
        name="quoted-word-in-a-bare-name",
    ),
    Cells(
        (
            ("1", "落实国发〔2015〕11号（以下简称“意见”）", ""),
            ("2", "对照《意见》逐项落实", "意见"),
        ),
        {"1": ["国发〔2015〕11号"], "2": ["国发〔2015〕11号", "国发〔2015〕11号"]},
        name="quoted-name-and-a-bare-basis-segment",
    ),
    Cells(
        (
            (
                "1",
                "建设示范社区",
                "《国务院关于加强和规范事中事后监管的指导意见》（国发〔2019〕18号，以下简称《意见》）",
            ),
            ("2", "《意见》与《关于加强安全生产工作的意见》（以下简称《意见》）", ""),
            ("3", "落实《意见》", ""),
        ),
        {
            "1": [GUOFA],
            "2": [GUOFA, "《关于加强安全生产工作的意见》"],
            "3": ["《关于加强安全生产工作的意见》"],
        },
        name="nearest-earlier-declaration",
    ),
    Cells(
        (
            ("1", "《意见》与《关于加强安全生产工作的意见》（以下简称《意见》）", ""),
            ("2", "落实《意见》", ""),
        ),
        {"1": ["《意见》", "《关于加强安全生产工作的意见》"], "2": ["《关于加强安全生产工作的意见》"]},
        name="same-cell-mention-before-its-declaration-stays",
        source="as `extract` reads one text: a 《意见》 before the declaration is a title of its own",
    ),
    Cells(
        (
            ("1", "落实《意见》", ""),
            (
                "2",
                "建设示范社区",
                "《国务院关于加强和规范事中事后监管的指导意见》（国发〔2019〕18号，以下简称《意见》）",
            ),
        ),
        {"1": ["《意见》"], "2": [GUOFA]},
        name="hidden-declaration-counts-for-nothing",
        hidden=frozenset({3}),
    ),
    # http://law462.infoeach.com/view-NDYyfDExMTkwMw==.html (昆政办〔2008〕114号): a project's short
    # name, no document: nothing to carry.
    Cells(
        (
            (
                "1",
                "滇池北岸水环境综合治理工程(以下简称“滇池北岸工程”)是国家批准的利用日元贷款的滇池治理重点项目",
                "",
            ),
            ("2", "推进滇池北岸工程", ""),
        ),
        {"1": [], "2": []},
        name="real-project-short-name-is-no-document",
        source="http://law462.infoeach.com/view-NDYyfDExMTkwMw==.html",
    ),
    # http://law318.infoeach.com/view-MzE4fDY1NjEy.html (武汉 中考): a short name of an exam.
    Cells(
        (
            ("1", "本规定适用于本市高级中等学校招生和初中毕业统一考试(以下简称中考)", ""),
            ("2", "组织好中考", ""),
        ),
        {"1": [], "2": []},
        name="real-exam-short-name-is-no-document",
        source="http://law318.infoeach.com/view-MzE4fDY1NjEy.html",
    ),
]


@pytest.mark.parametrize("cells", CASES, ids=[c.name for c in CASES])
def test_short_names_across_cells(cells: Cells) -> None:
    form = _task_list(cells)
    got = {t.id: [b.key for b in t.basis] + [c.key for c in t.citations] for t in form.targets}
    assert got == cells.expected


def test_context_lines_declare_but_are_no_rows() -> None:
    """A table's context lines (a notice's preamble) declare short names; hidden columns do not."""
    rows = (
        Row(3, ("序号", "重点任务", "责任单位", "备注")),
        Row(4, ("1", "落实《意见》第三条", "市应急管理局", "国发〔2019〕18号，简称《意见》")),
    )
    table = Table("t.txt", None, rows, context=(Row(1, ("按照国发〔2022〕5号（以下简称《意见》）要求",)),))
    found = declarations(table)
    assert [(d.name, d.target.key, d.at[:2]) for d in found] == [
        ("意见", "国发〔2022〕5号", (1, 1)),
        ("意见", GUOFA, (4, 4)),
    ]
    hidden = Table("t.txt", None, rows, hidden_columns=frozenset({4}))
    assert [d.target.key for d in declarations(hidden)] == []


def test_a_form_without_short_names_is_returned_as_parsed() -> None:
    """No declaration: the form is the parser's own object (no copy, no cost)."""
    rows = (Row(1, ("序号", "重点任务", "责任单位")), Row(2, ("1", "落实《意见》", "市应急管理局")))
    form = parse_table(Table("t.txt", None, rows))
    assert [c.key for c in form.targets[0].citations] == ["《意见》"]


def test_cite_still_lists_a_texts_own_aliases() -> None:
    """`extract` (and `cite --json`) are unchanged: the aliases of one text, by key."""
    found = extract("（国发〔2015〕11号，以下简称《意见》）")
    assert [(a.name, a.key) for a in found.aliases] == [("意见", "国发〔2015〕11号")]
