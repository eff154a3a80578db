"""The audit: every rule's case table, the seed's findings, the clean form, docs, profile, CLI.

Rule cases live in `tests/audit_cases/<CODE>.toml`, one file per rule. A case is a small form
in the seed's tab-separated layout, written with `|` between cells for readability (the
harness turns it into a real `.txt` — or `.xlsx` — file and reads it with the real readers):

    [[case]]
    name = "what the case shows"
    rows = '''
    重点工作目标 | 1-1-1 | 文件依据 | 一级指标 | 二级指标 | 2 | 12月 | 王五 | 甲科 | 张三
    '''
    expect = [["target:测试局/2021/1-1"]]     # subjects of each finding, in output order
    messages = ["…"]                          # optional: the exact messages

The harness puts a title (year 2021), the unit line (`测试局` unless `unit` says otherwise) and
the one-row header (项目 | 序号 | 文件依据 | 一级指标 | 二级指标 | 权重 | 完成时限 | 分管领导 |
责任部门 | 责任人) above the rows, so the first row is line/row 4. `[[case.form]]` entries
(each with `unit` and `rows`) give several forms; `format = "xlsx"` with `hidden_rows` and
`hidden_columns` builds a workbook; `[case.profile]` replaces whole sections of the default
profile. Only the case's own rule runs. `expect = []` is a passing case. A C rule's case also
has `register` rows (序号 | 重点工作 | 责任领导 | 牵头单位 | 配合单位 | 完成时限), read as the
register `泉委办〔2021〕20号` (or `register_key`) and held against the case's forms.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import tomllib
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from yiju.audit import (
    RULES,
    ProfileError,
    RuleSelectionError,
    load_profile,
    profile_from_data,
    rules_markdown,
    run_audit,
    select_rules,
)
from yiju.cli import main
from yiju.cover import Coverage, cover, load_register
from yiju.forms import parse_table
from yiju.graph import build_graph
from yiju.models import Finding, Form, Severity
from yiju.readers import read

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SEED_XLSX = FIXTURES / "seed_2021_quanzhou_yingji.xlsx"
SECOND = FIXTURES / "second_unit_2021.txt"
CLEAN = FIXTURES / "clean_form.txt"
CASES_DIR = Path(__file__).resolve().parent / "audit_cases"
DOCS = ROOT / "docs" / "rules.md"

NS = "泉州市应急管理局/2021"
HEADER = "项目 | 序号 | 文件依据 | 一级指标 | 二级指标 | 权重 | 完成时限 | 分管领导 | 责任部门 | 责任人"


# ------------------------------------------------------------------------------ helpers


def _forms(*paths: Path) -> list[Form]:
    return [parse_table(t) for p in paths for t in read(p)]


def _t(ident: str) -> str:
    return f"target:{NS}/{ident}"


def _i(ident: str) -> str:
    return f"indicator:{NS}/{ident}"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def _grid(unit: str, rows: str, *, header: bool = True) -> list[list[str]]:
    grid = [["2021年度绩效目标考评表"], [f"参评单位（盖章）：{unit}"]]
    if header:
        grid.append(_cells(HEADER))
    grid += [_cells(line) for line in rows.strip("\n").split("\n") if line.strip()]
    return grid


def _write_text(path: Path, grid: list[list[str]]) -> Path:
    path.write_text("\n".join("\t".join(row) for row in grid), encoding="utf-8")
    return path


def _write_xlsx(path: Path, grid: list[list[str]], case: dict[str, Any]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "考评表"
    for r, row in enumerate(grid, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                sheet.cell(row=r, column=c, value=value)
    for r in case.get("hidden_rows", []):
        sheet.row_dimensions[r].hidden = True
    for letter in case.get("hidden_columns", []):
        sheet.column_dimensions[letter].hidden = True
    workbook.save(path)
    return path


def _default_profile_data() -> dict[str, Any]:
    text = resources.files("yiju").joinpath("data/profile_default.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _case_forms(case: dict[str, Any], tmp_path: Path) -> list[Form]:
    specs = case.get("form") or [{"unit": case.get("unit", "测试局"), "rows": case["rows"]}]
    paths = []
    for n, spec in enumerate(specs):
        grid = _grid(spec["unit"], spec["rows"], header=case.get("header", True))
        if case.get("format") == "xlsx":
            paths.append(_write_xlsx(tmp_path / f"form{n}.xlsx", grid, case))
        else:
            paths.append(_write_text(tmp_path / f"form{n}.txt", grid))
    return _forms(*paths)


REGISTER_HEADER = "序号 | 重点工作 | 责任领导 | 牵头单位 | 配合单位 | 完成时限"


def _case_coverage(case: dict[str, Any], forms: list[Form], tmp_path: Path) -> Coverage | None:
    """Return the coverage of a case's `register` rows (C rules), keyed `register_key`."""
    if "register" not in case:
        return None
    grid = [["泉州市2021年重点工作任务分工方案"], _cells(REGISTER_HEADER)]
    grid += [_cells(line) for line in case["register"].strip("\n").split("\n") if line.strip()]
    path = _write_text(tmp_path / "register.txt", grid)
    register = load_register(path, case.get("register_key", "泉委办〔2021〕20号"))
    return cover([register], forms)


def _load_cases() -> list[tuple[str, dict[str, Any]]]:
    cases: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        cases.extend((path.stem, case) for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"])
    return cases


CASES = _load_cases()


def _by_code(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f)
    return out


@pytest.fixture(scope="module")
def seed() -> list[Finding]:
    """The seed text's findings under the default profile."""
    return run_audit(_forms(SEED))


# ------------------------------------------------------------------------------ rule cases


def _facts(text: str) -> list[str]:
    """Return the numbers a sentence states (counts, weights, ids, pages), sorted."""
    return sorted(re.findall(r"\d+(?:\.\d+)?", text))


@pytest.mark.parametrize(("code", "case"), CASES, ids=[f"{code}:{case['name']}" for code, case in CASES])
def test_rule_case(code: str, case: dict[str, Any], tmp_path: Path) -> None:
    """Each case of a rule's data file gives exactly the findings it lists (subjects, messages)."""
    forms = _case_forms(case, tmp_path)
    data = {**_default_profile_data(), **case.get("profile", {})}
    coverage = _case_coverage(case, forms, tmp_path)
    findings = run_audit(forms, profile_from_data(data), select=[code], coverage=coverage)
    assert case["expect"] == [list(f.subjects) for f in findings]
    if "messages" in case:
        assert case["messages"] == [f.message for f in findings]
    if "messages_zh" in case:  # the Chinese sentence, from the same facts (messages.say)
        assert case["messages_zh"] == [f.message_zh for f in findings]
    # Every finding says in Chinese what it says in English: the same numbers, as often.
    assert [_facts(f.message) for f in findings] == [_facts(f.message_zh) for f in findings]
    assert all(f.code == code and f.slug == RULES[code].slug for f in findings)


def test_every_rule_has_docs_and_cases() -> None:
    """Every registered rule has a summary, a Bad and a Good example, and failing and passing cases."""
    problems = []
    for code, registered in RULES.items():
        if not registered.summary or not registered.example("Bad") or not registered.example("Good"):
            problems.append(f"{code}: docstring lacks a summary, Bad: or Good:")
        mine = [case for c, case in CASES if c == code]
        if not any(case["expect"] for case in mine) or not any(not case["expect"] for case in mine):
            problems.append(f"{code}: needs failing and passing cases in audit_cases/{code}.toml")
    expected = []
    assert expected == problems


def test_case_files_name_registered_rules() -> None:
    """No case file is orphaned: each is named after a registered rule."""
    expected = []
    assert expected == sorted({code for code, _ in CASES} - set(RULES))


def test_docs_list_every_rule() -> None:
    """docs/rules.md is the registry rendered (YIJU_UPDATE_DOCS=1 rewrites it)."""
    expected = rules_markdown()
    if os.environ.get("YIJU_UPDATE_DOCS"):
        DOCS.parent.mkdir(exist_ok=True)
        DOCS.write_text(expected, encoding="utf-8")
    actual = DOCS.read_text(encoding="utf-8")
    assert expected == actual
    for code, registered in RULES.items():
        row = f"| {code} | `{registered.slug}` | {registered.info.title_zh} | {registered.severity.value} |"
        assert row in actual


def test_registry_codes_and_slugs_are_stable() -> None:
    """The rule table: codes, slugs and default severities (codes never change meaning)."""
    expected = {
        "A01": ("no-person", "error"),
        "A02": ("no-department", "error"),
        "A03": ("no-leader", "error"),
        "A04": ("shared-owner", "warning"),
        "A05": ("person-in-several-departments", "warning"),
        "C01": ("unassigned-mandate", "error"),
        "C02": ("no-lead", "warning"),
        "C03": ("claim-unassigned", "warning"),
        "C04": ("several-leads", "warning"),
        "C05": ("item-missing", "error"),
        "C06": ("item-text-mismatch", "warning"),
        "C07": ("unit-without-form", "warning"),
        "C08": ("annex-mismatch", "warning"),
        "D01": ("clause-shared", "info"),
        "D02": ("twin-targets", "warning"),
        "D03": ("near-duplicate-text", "warning"),
        "R01": ("hidden-content", "warning"),
        "R02": ("formula-error", "error"),
        "R03": ("row-not-understood", "warning"),
        "R04": ("citation-unparsed", "warning"),
        "S01": ("unsourced-target", "error"),
        "S02": ("basis-not-pinned", "warning"),
        "S03": ("pinned-not-in-basis", "warning"),
        "S04": ("title-variants", "info"),
        "S05": ("page-mismatch", "warning"),
        "W01": ("points-mismatch", "error"),
        "W02": ("category-total", "error"),
        "W03": ("grand-total", "error"),
        "W04": ("too-few-targets", "error"),
        "W05": ("dynamic-targets", "error"),
        "W06": ("admin-structure", "error"),
        "W07": ("admin-topic-in-function", "warning"),
    }
    assert expected == {c: (r.slug, r.severity.value) for c, r in RULES.items()}


# ------------------------------------------------------------------------------ the seed


def test_seed_summary(seed: list[Finding]) -> None:
    """The seed's findings by code: what a reviewer of the seed is told, and nothing else."""
    expected = {
        "A04": 1,
        "A05": 1,
        "D01": 5,
        "D02": 1,
        "R02": 9,
        "S01": 1,
        "S02": 2,
        "S04": 2,
        "S05": 1,
        "W05": 1,
        "W07": 1,
    }
    assert expected == dict(sorted(Counter(f.code for f in seed).items()))


def test_seed_person_in_two_departments(seed: list[Finding]) -> None:
    """A05: 林永源 is under 火灾科 on 1-9-1 and 防火科 on 1-9-2."""
    (found,) = _by_code(seed)["A05"]
    expected = "林永源 is listed under 2 departments: 火灾科 (1-9-1), 防火科 (1-9-2)"
    assert expected == found.message
    assert (
        "person:泉州市应急管理局/林永源",
        "dept:泉州市应急管理局/火灾科",
        "dept:泉州市应急管理局/防火科",
        _i("1-9-1"),
        _i("1-9-2"),
    ) == found.subjects
    assert found.location is not None
    expected = 30
    assert expected == found.location.row


def test_seed_shared_owner(seed: list[Finding]) -> None:
    """A04: only 1-3-1 is shared (基础科 协调科 / 李志福 陈梓平)."""
    (found,) = _by_code(seed)["A04"]
    expected = "1-3-1 is shared by 2 departments (基础科, 协调科) and 2 people (李志福, 陈梓平)"
    assert expected == found.message
    assert _i("1-3-1") == found.subjects[0]


def test_seed_unsourced_is_only_1_15(seed: list[Finding]) -> None:
    """S01: 1-15 names no source; 常规 (三定方案) and 行政能力 targets are not reported."""
    assert [(_t("1-15"),)] == [f.subjects for f in _by_code(seed)["S01"]]


def test_seed_title_variants(seed: list[Finding]) -> None:
    """S04: 泉府督〔2020〕DC-009号 under three titles, in order of first use.

    泉政办〔2021〕3号 is reported too: the seed writes it `2021年市《政府工作报告》目标任务责任分解表`,
    `市《政府工作报告》责任分解` and `市《政府工作报告》目标任务责任分解表`.
    """
    found = _by_code(seed)["S04"]
    expected = ["doc:泉府督〔2020〕DC-009号", "doc:泉政办〔2021〕3号"]
    assert expected == sorted(f.subjects[0] for f in found)
    dc = next(f for f in found if f.subjects[0] == "doc:泉府督〔2020〕DC-009号")
    expected = (
        "泉府督〔2020〕DC-009号 is cited under 3 titles: "
        "国务院政府工作报告涉及我市主要任务责任分工 (1-1, 1-2, 1-6, 1-7); "
        "国务院政府工作报告责任分工 (1-10, 1-11); "
        "2020年国务院政府工作报告涉及我市主要任务责任分工 (1-12)"
    )
    assert expected == dc.message


def test_seed_page_mismatch(seed: list[Finding]) -> None:
    """S05: item 11 of 泉委办〔2021〕20号 is cited as 第14-15页 and 第14页."""
    (found,) = _by_code(seed)["S05"]
    expected = (
        "泉委办〔2021〕20号 第11项 is cited with 2 different pages: "
        "第14-15页 (1-2, 1-3, 1-4, 1-5, 1-8, 1-12); 第14页 (1-6, 1-7, 1-10, 1-11, 1-13)"
    )
    assert expected == found.message
    expected = "clause:泉委办〔2021〕20号#11"
    assert expected == found.subjects[0]


def test_seed_clause_shared_lists_its_eleven_targets(seed: list[Finding]) -> None:
    """D01: clause 11 of 泉委办〔2021〕20号 lists its 11 targets with their owners."""
    found = {f.subjects[0]: f for f in _by_code(seed)["D01"]}
    expected = [
        "clause:泉委办〔2021〕20号#11",
        "clause:泉委发〔2021〕5号#27",
        "clause:泉府督〔2020〕DC-009号#41",
        "clause:泉政办〔2021〕3号#119",
        "clause:泉政办明传〔2021〕6号#121",
    ]
    assert expected == sorted(found)
    clause = found["clause:泉委办〔2021〕20号#11"]
    ids = ["1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-10", "1-11", "1-12", "1-13"]
    assert ("clause:泉委办〔2021〕20号#11", *(_t(i) for i in ids)) == clause.subjects
    expected = (
        "泉委办〔2021〕20号 第11项 is cited by 11 targets: 1-2 (危化科 陈庆超; 矿山科 吴建华), "
        "1-3 (基础科、协调科 李志福、陈梓平; 减灾科 王伟雄), 1-4 (基础科 李志福; 危化科 陈庆超), "
        "1-5 (办公室 黄荣秀; 协调科 陈梓平), 1-6 (基础科 李志福), 1-7 (基础科 李志福), 1-8 (减灾科 王伟雄), "
        "1-10 (防汛科 陈国材; 减灾科 王伟雄), 1-11 (减灾科 王伟雄), 1-12 (指挥中心 游劲汉), "
        "1-13 (应急中心 谢桂才; 指挥中心 戴振生)"
    )
    assert expected == clause.message


def test_seed_twin_targets(seed: list[Finding]) -> None:
    """D02: 1-6 and 1-7 cite the same three documents and both belong to 基础科 李志福."""
    (found,) = _by_code(seed)["D02"]
    assert (_t("1-6"), _t("1-7")) == found.subjects


def test_seed_single_dynamic_item(seed: list[Finding]) -> None:
    """W05: 3-1 is the only 动态目标 item and declares 4 points, not the 5 it is scored at."""
    (found,) = _by_code(seed)["W05"]
    assert (_t("3-1"),) == found.subjects
    expected = (
        "动态目标 has 1 item, 3-1 (4 points); 备注(2) asks for at least 2,"
        " and a single item is scored as 5 points, not 4"
    )
    assert expected == found.message


def test_seed_admin_topic_is_1_15_not_1_11_1(seed: list[Finding]) -> None:
    """W07: 1-15 城市创建工作 (机关党委) is reported; 1-11-1 创建…示范社区 is disaster work."""
    found = _by_code(seed)["W07"]
    assert [(_t("1-15"), "dept:泉州市应急管理局/机关党委")] == [f.subjects for f in found]
    assert not any("1-11" in s for f in found for s in f.subjects)


def test_seed_unpinned_basis_is_3_1(seed: list[Finding]) -> None:
    """S02: 3-1's two documents are never pinned to a clause; 三定方案 needs no pin."""
    assert [
        (_t("3-1"), "doc:应急厅〔2021〕27号"),
        (_t("3-1"), "doc:闽应急厅办〔2021〕8号"),
    ] == [f.subjects for f in _by_code(seed)["S02"]]


@pytest.mark.parametrize("code", ["A01", "A02", "A03", "W01", "W02", "W03", "W04", "W06"])
def test_seed_is_clean_on(seed: list[Finding], code: str) -> None:
    """Everything is assigned, and every weight, total and structure rule holds on the seed."""
    expected = []
    assert expected == _by_code(seed).get(code, [])


# ------------------------------------------------------------------------------ the xlsx


@pytest.fixture(scope="module")
def xlsx() -> list[Finding]:
    """The xlsx seed's findings under the default profile."""
    return run_audit(_forms(SEED_XLSX))


def test_xlsx_hidden_row_and_column(xlsx: list[Finding]) -> None:
    """R01: hidden column L (helper data) and hidden row 35 (withdrawn 1-16)."""
    found = _by_code(xlsx)["R01"]
    expected = [(("L:L",), "L4"), (("35:35",), None)]
    assert expected == [(f.subjects, f.location.cell if f.location else "?") for f in found]
    expected_message = "row 35 is hidden but holds data: 1-16 （已撤回）推进应急广播体系建设（2分） 2 12月 …"
    assert expected_message == found[1].message
    assert all(f.severity is Severity.WARNING for f in found)


def test_xlsx_formula_errors(xlsx: list[Finding]) -> None:
    """R02: each #REF! cell of the score block, by address, as errors."""
    found = _by_code(xlsx)["R02"]
    expected = ["B74", "B75", "D75", "B76", "D76", "D77", "D78", "D79", "D80"]
    assert expected == [f.location.cell for f in found if f.location]
    assert all(
        f.severity is Severity.ERROR and f.location.sheet == "绩效目标考评表" for f in found if f.location
    )


def test_xlsx_hidden_target_is_left_out(xlsx: list[Finding]) -> None:
    """Beyond reading findings, the xlsx and the text seed give the same findings: 1-16 stays out."""

    def content(findings: list[Finding]) -> list[tuple[str, tuple[str, ...], str]]:
        return sorted((f.code, f.subjects, f.message) for f in findings if f.code[0] != "R")

    assert content(run_audit(_forms(SEED))) == content(xlsx)


# ------------------------------------------------------------------------------ clean form, other units


def test_clean_form_gives_no_findings() -> None:
    """fixtures/clean_form.txt satisfies every rule: 16 first-level targets, 70/30/100, all pinned."""
    forms = _forms(CLEAN)
    expected = []
    assert expected == run_audit(forms)
    expected = 16
    assert expected == sum(1 for t in forms[0].targets if t.group in ("重点工作目标", "常规工作目标"))


def test_clause_shared_across_units() -> None:
    """D01 looks across forms: 泉政办明传〔2021〕6号 item 121 links the seed and the second unit."""
    findings = run_audit(_forms(SEED, SECOND), select=["D01"])
    clause = next(f for f in findings if f.subjects[0] == "clause:泉政办明传〔2021〕6号#121")
    expected = (
        "泉政办明传〔2021〕6号 第121项 is cited by 5 targets: 泉州市应急管理局/2021 1-8 (减灾科 王伟雄), "
        "泉州市应急管理局/2021 1-9 (火灾科 林永源; 防火科 林永源), "
        "泉州市应急管理局/2021 1-10 (防汛科 陈国材; 减灾科 王伟雄), "
        "泉州市消防救援支队/2021 1-3 (灭火救援指挥处 黄晓东; 后勤装备处 王建福), "
        "泉州市消防救援支队/2021 3-2 (灭火救援指挥处 施文彬)"
    )
    assert expected == clause.message


def test_second_unit_breaks_rule_1() -> None:
    """W04: the second unit has 6 重点+常规 first-level targets, fewer than 15."""
    (found,) = run_audit(_forms(SECOND), select=["W04"])
    expected_message = "重点工作目标 + 常规工作目标 hold 6 first-level targets; 备注(1) asks for at least 15"
    assert expected_message == found.message
    expected = ("form:泉州市消防救援支队/2021",)
    assert expected == found.subjects


# ------------------------------------------------------------------------------ order, selection


def test_findings_are_sorted_by_place_then_code() -> None:
    """Output order is file, sheet, row, code, subjects."""
    findings = run_audit(_forms(SEED, SECOND, SEED_XLSX))

    def key(f: Finding) -> tuple[str, str, int, str, tuple[str, ...]]:
        loc = f.location
        assert loc is not None
        return (loc.file, loc.sheet or "", loc.row or 0, f.code, f.subjects)

    keys = [key(f) for f in findings]
    assert sorted(keys) == keys


def test_form_order_does_not_change_the_output() -> None:
    """Any order of the input forms gives the same findings (determinism)."""
    forms = _forms(SEED, SECOND, CLEAN)
    outputs = {json.dumps([f.to_dict() for f in run_audit(list(p))]) for p in itertools.permutations(forms)}
    expected = 1
    assert expected == len(outputs)


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (None, [], sorted(RULES)),
        (["A"], [], ["A01", "A02", "A03", "A04", "A05"]),
        (["A", "D01"], ["A04"], ["A01", "A02", "A03", "A05", "D01"]),
        (["clause-shared", "w07"], [], ["D01", "W07"]),
        (None, ["R", "S", "W", "D", "C"], ["A01", "A02", "A03", "A04", "A05"]),
    ],
)
def test_select_and_ignore(select: list[str] | None, ignore: list[str], expected: list[str]) -> None:
    """--select / --ignore take codes, families and slugs."""
    assert expected == [r.code for r in select_rules(select, ignore)]


def test_unknown_rule_name_is_refused() -> None:
    """A name that matches no rule is a usage error, not an empty selection."""
    with pytest.raises(RuleSelectionError, match="unknown rule 'X01'"):
        select_rules(["X01"])


# ------------------------------------------------------------------------------ profile


def test_default_profile_is_the_seed_rules() -> None:
    """The default profile holds the seed's 备注: 15 targets, 动态 ≤ 10 / ≥ 2 / single = 5, 70/30/100."""
    profile = load_profile()
    expected = (15, ("重点工作目标", "常规工作目标"))
    assert expected == (profile.min_targets, profile.target_groups)
    expected = (10.0, 2, 5.0)
    assert expected == (
        profile.dynamic_max_points,
        profile.dynamic_min_items,
        profile.dynamic_single_item_points,
    )
    expected = ({"职能工作目标": 70.0, "行政能力目标": 30.0}, 100.0)
    assert expected == (
        profile.category_totals,
        profile.grand_total,
    )
    assert {"科学行政", "依法行政", "高效行政", "廉洁行政", "管理创新"} == set(profile.admin_groups)
    assert "机关党委" in profile.admin_departments
    assert "创建" not in profile.admin_keywords


def test_swapped_profile_replaces_the_default(tmp_path: Path) -> None:
    """A profile file is taken whole: a section it leaves out switches its checks off."""
    path = tmp_path / "lenient.toml"
    path.write_text(
        'name = "lenient"\n[targets]\ngroups = ["重点工作目标"]\nminimum = 20\n', encoding="utf-8"
    )
    findings = run_audit(_forms(SEED), load_profile(path), select=["W"])
    expected = [("W04", "重点工作目标 hold 15 first-level targets; the profile asks for at least 20")]
    assert expected == [(f.code, f.message) for f in findings]


def test_profile_severity_override(tmp_path: Path) -> None:
    """[severity] in a profile changes a rule's severity in its findings."""
    data = {**_default_profile_data(), "severity": {"D01": "error"}}
    findings = run_audit(_forms(SEED), profile_from_data(data), select=["D01"])
    assert {Severity.ERROR} == {f.severity for f in findings}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[targets]\nminimun = 15\n", "unknown key 'minimun' in [targets]"),
        (
            "[targets]\nminimum = 'fifteen'\n",
            "targets.minimum must be a whole number, 0 or more, not 'fifteen'",
        ),
        ("[totals.categories]\n'职能' = 'x'\n", "totals.categories must be a table of numbers"),
        ("[admin_topics]\nkeywords = '党建'\n", "admin_topics.keywords must be a list of strings"),
        ("[severity]\nD01 = 'fatal'\n", "D01 must be error, warning or info"),
        ("[sources.required]\n'重点工作目标' = 'maybe'\n", "values must be one of document, any"),
        ("[colours]\nred = 1\n", "unknown key 'colours'"),
        ("name = \n", "not valid TOML"),
    ],
)
def test_bad_profiles_are_refused(tmp_path: Path, text: str, message: str) -> None:
    """A profile with a typo or a wrong type stops the run (it must not switch checks off silently)."""
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=re.escape(message)):
        load_profile(path)


def test_severity_override_of_unknown_rule_is_refused() -> None:
    """[severity] naming no rule is refused when the profile is loaded, not later."""
    with pytest.raises(ProfileError) as caught:
        profile_from_data({"severity": {"Z99": "info", "A01": "info"}}, source="p.toml")
    expected = "p.toml: [severity] names unknown rules Z99"
    assert expected == str(caught.value)


def test_cli_unknown_severity_code_is_one_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`audit --profile` with an unknown [severity] code: one line, exit 2, nothing audited."""
    path = tmp_path / "p.toml"
    path.write_text("[severity]\nZ99 = 'info'\n", encoding="utf-8")
    expected = (2, "", f"{path}: [severity] names unknown rules Z99\n")
    assert expected == _run(capsys, "audit", str(SEED), "--profile", str(path))


# ------------------------------------------------------------------------------ CLI


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_groups_by_severity(capsys: pytest.CaptureFixture[str]) -> None:
    """Text output: one block per severity, each finding with code, slug, place, message, subjects."""
    code, out, err = _run(capsys, "audit", str(SEED), "--select", "A,S01")
    expected = f"""error (1)
  S01 unsourced-target  {SEED}, line 49, column 5
      1-15 (重点工作目标) names no source: its 文件依据 is empty and its 一级指标 cites no document
      subjects: target:{NS}/1-15
warning (2)
  A04 shared-owner  {SEED}, line 15, column 5
      1-3-1 is shared by 2 departments (基础科, 协调科) and 2 people (李志福, 陈梓平)
      subjects: indicator:{NS}/1-3-1, dept:泉州市应急管理局/基础科, dept:泉州市应急管理局/协调科, \
person:泉州市应急管理局/李志福, person:泉州市应急管理局/陈梓平
  A05 person-in-several-departments  {SEED}, line 30, column 5
      林永源 is listed under 2 departments: 火灾科 (1-9-1), 防火科 (1-9-2)
      subjects: person:泉州市应急管理局/林永源, dept:泉州市应急管理局/火灾科, dept:泉州市应急管理局/防火科, \
indicator:{NS}/1-9-1, indicator:{NS}/1-9-2
3 findings: 1 error, 2 warning
"""
    assert (1, expected, "") == (code, out, err)


def test_cli_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    """JSON: {"findings": [{code, slug, severity, message, subjects, location}]}, sorted by place."""
    code, out, _ = _run(capsys, "audit", str(SEED_XLSX), "--json", "--select", "R02", "--fail-on", "never")
    data = json.loads(out)
    expected = 0
    assert expected == code
    first = data["findings"][0]
    assert {
        "code": "R02",
        "slug": "formula-error",
        "severity": "error",
        "message": "cell B74 holds the error value #REF!",
        "subjects": ["B74"],
        "location": {
            "file": str(SEED_XLSX),
            "sheet": "绩效目标考评表",
            "row": 74,
            "column": 2,
            "cell": "B74",
        },
    } == first
    expected = ["findings"]
    assert expected == list(data)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "A04"], 0),  # warnings only, default --fail-on error
        (["--select", "A04", "--fail-on", "warning"], 1),
        (["--select", "D01", "--fail-on", "warning"], 0),  # D01 is info
        (["--select", "D01", "--fail-on", "info"], 1),
        (["--fail-on", "never"], 0),
        ([], 1),  # R02, S01, W05 are errors
    ],
)
def test_cli_fail_on(capsys: pytest.CaptureFixture[str], args: list[str], expected: int) -> None:
    """--fail-on sets the lowest severity that makes the exit code 1."""
    assert expected == _run(capsys, "audit", str(SEED), *args)[0]


def test_cli_clean_form_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """A clean form prints `no findings` and exits 0, even with --fail-on info."""
    expected = (0, "no findings\n", "")
    assert expected == _run(capsys, "audit", str(CLEAN), "--fail-on", "info")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "Q"], "unknown rule 'Q'"),
        (["--ignore", "A09"], "unknown rule 'A09'"),
        (["--fail-on", "fatal"], "--fail-on: 'fatal' is not one of error, warning, info, never"),
        (["--fail-on", "bogus"], "--fail-on: 'bogus' is not one of error, warning, info, never"),
        (["--select", ""], "--select '' names no rule; name codes, families or slugs (A,D01)"),
        (["--select", ","], "--select ',' names no rule; name codes, families or slugs (A,D01)"),
        (["--profile", "/nonexistent/profile.toml"], "/nonexistent/profile.toml: cannot read profile"),
    ],
)
def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    """Bad options are usage errors: exit 2 and one line on stderr that starts with the reason."""
    code, out, err = _run(capsys, "audit", str(SEED), *args)
    expected = (2, "", True, 1)
    assert expected == (code, out, err.startswith(message), err.count("\n"))


def test_cli_unreadable_input_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An unreadable file exits 2; the readable ones are still audited; nothing read, nothing printed."""
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    code, out, err = _run(capsys, "audit", str(bad), str(CLEAN))
    assert (2, "no findings\n", f"{bad}: not an xlsx workbook (not a zip archive)\n") == (code, out, err)
    missing = tmp_path / "missing.txt"
    assert (2, "", f"{missing}: no such file\n") == _run(capsys, "audit", str(missing))


def test_cli_profile_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--profile swaps the rules: with no [dynamic] section 3-1 is not reported."""
    data = (ROOT / "src" / "yiju" / "data" / "profile_default.toml").read_text(encoding="utf-8")
    start = data.index("[dynamic]")
    path = tmp_path / "no_dynamic.toml"
    path.write_text(data[:start] + data[data.index("[admin]") :], encoding="utf-8")
    expected = (0, "no findings\n")
    assert expected == _run(capsys, "audit", str(SEED), "--select", "W05", "--profile", str(path))[:2]
    expected = 1
    assert expected == _run(capsys, "audit", str(SEED), "--select", "W05")[0]


def test_audit_command_is_registered(capsys: pytest.CaptureFixture[str]) -> None:
    """`yiju audit --help` documents every option."""
    code, out, _ = _run(capsys, "audit", "--help")
    expected = 0
    assert expected == code
    for option in ("--json", "--select", "--ignore", "--fail-on", "--profile"):
        assert option in out


def test_two_files_of_one_unit_and_year_are_audited_apart() -> None:
    """The seed as text and as xlsx are kept apart: own node ids, own weights, labels by form."""
    findings = run_audit(_forms(SEED, SEED_XLSX), select=["W05", "D02"])
    kept = f"{NS}~{SEED_XLSX.name}"
    expected = [
        ("D02", str(SEED), (f"target:{NS}/1-6", f"target:{NS}/1-7")),
        ("W05", str(SEED), (f"target:{NS}/3-1",)),
        ("D02", str(SEED_XLSX), (f"target:{kept}/1-6", f"target:{kept}/1-7")),
        ("W05", str(SEED_XLSX), (f"target:{kept}/3-1",)),
    ]
    assert expected == [(f.code, f.location.file if f.location else "", f.subjects) for f in findings]
    (w05,) = [f for f in findings if f.code == "W05" and f.location and f.location.file == str(SEED_XLSX)]
    expected_message = (
        f"动态目标 has 1 item, {kept} 3-1 (4 points); 备注(2) asks for at least 2,"
        " and a single item is scored as 5 points, not 4"
    )
    assert expected_message == w05.message


def test_audit_reuses_the_callers_graph() -> None:
    """run_audit(graph=…) gives what it gives when it builds the graph itself; hidden rows are refused."""
    forms = _forms(SEED, SECOND)
    expected = run_audit(forms)
    assert expected == run_audit(forms, graph=build_graph(forms))
    with pytest.raises(ValueError, match="without hidden rows"):
        run_audit(_forms(SEED_XLSX), graph=build_graph(_forms(SEED_XLSX), include_hidden=True))


def test_text_findings_have_no_cell_name(capsys: pytest.CaptureFixture[str]) -> None:
    """`audit --json` names a cell (`D11`) for workbooks only; a text file has lines and columns."""
    _, out, _ = _run(capsys, "audit", str(SEED), "--json", "--select", "S01")
    (found,) = json.loads(out)["findings"]
    expected = {"file": str(SEED), "row": 49, "column": 5}
    assert expected == found["location"]
