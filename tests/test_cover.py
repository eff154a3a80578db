"""Mandate coverage: a register held against the units' forms (`yiju cover`).

The planted set (`fixtures/cover/planted`, built by `fixtures/cover/build_cover.py`) must give
exactly the hand-written `fixtures/cover/truth.toml`; the clean set must give nothing.
"""

from __future__ import annotations

import json
import shutil
import tomllib
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from yiju.citations import extract
from yiju.cli import main
from yiju.corpus import load
from yiju.cover import (
    MISMATCH_SIMILARITY,
    TEXT_SIMILARITY,
    Coverage,
    RegisterError,
    fold_text,
    item_refs,
    load_register,
    register_key,
    text_score,
)
from yiju.models import Finding

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

ROOT = Path(__file__).resolve().parent.parent
COVER = ROOT / "fixtures" / "cover"
PLANTED = COVER / "planted"
CLEAN = COVER / "clean"
KEY = "泉委办〔2021〕20号"
REGISTER = f"{KEY}附件.xlsx"


def _run(directory: Path) -> tuple[Coverage, list[Finding]]:
    register = load_register(directory / REGISTER)
    corpus = load(sorted(p for p in directory.iterdir() if p.name != REGISTER))
    coverage = corpus.cover([register])
    return coverage, corpus.audit(select=["C"], coverage=coverage)


@pytest.fixture(scope="module")
def planted() -> tuple[Coverage, list[Finding]]:
    """The planted set's coverage and findings."""
    return _run(PLANTED)


def _truth() -> list[tuple[str, tuple[str, ...]]]:
    data = tomllib.loads((COVER / "truth.toml").read_text(encoding="utf-8"))
    return sorted((f["code"], tuple(f["subjects"])) for f in data["finding"])


# ------------------------------------------------------------------------------ the fixtures


def test_planted_findings_equal_the_truth(planted: tuple[Coverage, list[Finding]]) -> None:
    """Every planted defect is found, and nothing else: findings == truth.toml exactly."""
    _, findings = planted
    assert _truth() == sorted((f.code, f.subjects) for f in findings)


def test_every_code_is_planted_at_least_twice() -> None:
    """The truth holds each of C01–C07 at least twice."""
    counts = Counter(code for code, _ in _truth())
    assert {f"C0{n}" for n in range(1, 8)} == set(counts)
    assert all(n >= 2 for n in counts.values())


def test_clean_set_gives_no_finding() -> None:
    """The same register and forms with the defects repaired: no finding at all."""
    _, findings = _run(CLEAN)
    expected: list[Finding] = []
    assert expected == findings


def test_register_shape(planted: tuple[Coverage, list[Finding]]) -> None:
    """The register: key from the file name, 32 tasks in four sections, leads and partners split."""
    cov, _ = planted
    (reg,) = cov.registers
    assert (KEY, 32) == (reg.key, len(reg.items))
    assert [str(n) for n in range(1, 33)] == [it.item for it in reg.items]
    item11 = reg.items[10]
    assert ("市应急局",) == item11.lead
    assert ("市住建局", "市交通局", "市工信局", "市水利局", "市消防支队") == item11.partners
    assert ((), ("市应急局", "市工信局")) == (reg.items[13].lead, reg.items[13].partners)
    assert 4 == len({it.section for it in reg.items})


@pytest.mark.parametrize(
    ("item", "target", "how"),
    [
        ("1", "泉州市应急管理局/2021/1-1", "item"),  # 第1-3项, a range
        ("3", "泉州市应急管理局/2021/1-1", "item"),
        ("13", "泉州市应急管理局/2021/1-3", "item"),  # 第13、15项, a 、-list
        ("15", "泉州市应急管理局/2021/1-3", "item"),
        ("11", "泉州市应急管理局/2021/1-2", "item"),  # 第14页第11项
        ("5", "泉州市住房和城乡建设局/2021/1-1", "text"),  # the number only, in 文件依据
        ("18", "泉州市住房和城乡建设局/2021/1-2", "text"),  # the title only
        ("12", "泉州市消防救援支队/2021/1-1", "text"),  # no citation, the task's own words
        ("9", "泉州市水利局/2021/1", "item"),  # 第9、10项 in a task list
        ("10", "泉州市水利局/2021/1", "item"),
        ("32", "泉州市水利局/2021/3", "text"),  # 依据《…分工方案》
        ("20", "泉州市交通运输局/2021/1-2", "item"),  # 第20-21项
        ("21", "泉州市交通运输局/2021/1-2", "item"),
        ("31", "泉州市工业和信息化局/2021/3", "text"),  # cites 第35项, its words are item 31's
    ],
)
def test_how_each_citation_style_covers(
    planted: tuple[Coverage, list[Finding]], item: str, target: str, how: str
) -> None:
    """Each way real forms cite a register covers the right task, by item or by text."""
    cov, _ = planted
    found = {(c.target, c.how) for c in cov.covers_of[(KEY, item)]}
    assert (f"target:{target}", how) in found


def test_thresholds_separate_the_fixture_scores(planted: tuple[Coverage, list[Finding]]) -> None:
    """The stated thresholds: text covers score 80–100, no non-covering pair reaches 70, and the
    two wrong numbers (C06) score 15 and 25, under 45 — while right item citations score ≥ 54."""
    cov, _ = planted
    (reg,) = cov.registers
    forms = load(sorted(p for p in PLANTED.iterdir() if p.name != REGISTER)).forms
    texts: dict[str, list[str]] = {}
    for form in forms:
        for t in form.targets:
            own = [i.text for i in form.indicators if i.target == t.id]
            texts[f"target:{form.unit}/2021/{t.id}"] = [fold_text(x) for x in (t.text, *own)]
    covered = {(c.target, c.item) for c in cov.covers}
    scores = {
        (node, it.item): max(text_score(x, fold_text(it.text)) for x in folded)
        for node, folded in texts.items()
        for it in reg.items
    }
    by_text = [c.score for c in cov.covers if c.how == "text" and c.score is not None]
    by_item = [scores[(c.target, c.item)] for c in cov.covers if c.how == "item"]
    others = [s for pair, s in scores.items() if pair not in covered]
    assert (80, 100) == (round(min(by_text)), round(max(by_text)))
    assert 67 == round(max(others))
    assert max(others) < TEXT_SIMILARITY <= min(by_text)
    assert [15, 25] == sorted(round(m.score or 0) for m in cov.mismatches)
    assert min(by_item) >= MISMATCH_SIMILARITY


# ------------------------------------------------------------------------------ pieces


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("属泉委办〔2021〕20号第11项", ["11"]),
        ("属泉委办〔2021〕20号第3-5项", ["3", "4", "5"]),
        ("属泉委办〔2021〕20号第3—5项", ["3", "4", "5"]),
        ("属泉委办〔2021〕20号第3至5项", ["3", "4", "5"]),
        ("属泉委办〔2021〕20号第3项至第5项", ["3", "4", "5"]),
        ("属泉委办〔2021〕20号第3、5、7项", ["3", "5", "7"]),
        ("属泉委办〔2021〕20号第3项、第5项", ["3", "5"]),
        ("属泉委办〔2021〕20号第14-15页第3-4项", ["3", "4"]),
        ("属泉委办〔2021〕20号附件第12项", ["12"]),
        ("属泉委办〔2021〕20号第（二）3项", ["2.3"]),
        ("属泉委办〔2021〕20号第1-300项", ["1", "300"]),
        ("属泉委办〔2021〕20号", []),
    ],
)
def test_item_refs(text: str, items: list[str]) -> None:
    """Items a citation pins: single, ranges (any dash, 至), 、-lists, after pages or 附件."""
    (citation,) = extract(text).citations
    assert items == item_refs(text, citation)


@pytest.mark.parametrize(
    ("given", "title", "path", "key"),
    [
        (None, None, "泉委办〔2021〕20号附件.xlsx", "泉委办〔2021〕20号"),
        (None, None, "泉委办[2021]20号 附件1.xlsx", "泉委办〔2021〕20号"),
        (None, "关于印发…分工方案的通知（泉政办〔2021〕3号）", "register.xlsx", "泉政办〔2021〕3号"),
        ("泉委办（2021）第20号", None, "register.xlsx", "泉委办〔2021〕20号"),
        (None, "泉州市2021年重点工作任务分工方案", "register.xlsx", None),
    ],
)
def test_register_key(given: str | None, title: str | None, path: str, key: str | None) -> None:
    """The key comes from the option, else the title, else the file name, else nowhere."""
    assert key == register_key(given, title, path)


def test_register_without_a_number_needs_a_key(tmp_path: Path) -> None:
    """A register whose title and file name carry no number cannot be keyed: RegisterError."""
    path = tmp_path / "register.xlsx"
    shutil.copy(PLANTED / REGISTER, path)
    with pytest.raises(RegisterError, match="--register-key"):
        load_register(path)
    assert KEY == load_register(path, KEY).key


# ------------------------------------------------------------------------------ the command


def _cover_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = main(["cover", "--register", str(PLANTED / REGISTER), str(PLANTED), "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_cover_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    """--json: registers with items and covered_by, units with how, findings; exit 1 on errors."""
    code, data = _cover_json(capsys)
    assert 1 == code
    assert ["registers", "units", "findings"] == list(data)
    (reg,) = data["registers"]  # type: ignore[misc]
    assert ["key", "file", "title", "items"] == list(reg)
    item6 = reg["items"][5]
    assert {"item": "6", "lead": ["市应急局"], "partners": [], "covered_by": []} == {
        k: item6[k] for k in ("item", "lead", "partners", "covered_by")
    }
    assert {"unit": "泉州市应急管理局", "target": "target:泉州市应急管理局/2021/1-1", "how": "item"} == (
        reg["items"][0]["covered_by"][0]
    )
    units = {u["name"]: (u["resolved"], u["how"]) for u in data["units"]}  # type: ignore[attr-defined]
    assert ("泉州市应急管理局", "rule") == units["市应急局"]
    assert (None, "unresolved") == units["市林业局"]
    assert (None, "collective") == units["各县（市、区）人民政府"]


def test_cover_output_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    """The same inputs give byte-identical JSON."""
    first = _cover_json(capsys)
    assert first == _cover_json(capsys)


def test_cover_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """The text output shows each resolution with how, and per unit assigned / covered / missing."""
    code = main(["cover", "--register", str(PLANTED / REGISTER), str(PLANTED), "--fail-on", "never"])
    out = capsys.readouterr().out
    assert 0 == code
    assert "  市应急局 → 泉州市应急管理局（规则）" in out
    assert "  市林业局 → ?（未对应）" in out
    assert "泉州市应急管理局\t10\t13\t" in out


def test_cover_needs_a_register(capsys: pytest.CaptureFixture[str]) -> None:
    """No --register: a usage error, exit 2."""
    assert 2 == main(["cover", str(PLANTED)])
    assert "--register" in capsys.readouterr().err


def test_cover_register_without_key_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A register file with no number in title or name: one line naming --register-key, exit 2."""
    path = tmp_path / "register.xlsx"
    shutil.copy(PLANTED / REGISTER, path)
    assert 2 == main(["cover", "--register", str(path), str(PLANTED / "水利局_2021.txt")])
    err = capsys.readouterr().err
    assert 1 == len(err.strip().splitlines())
    assert "--register-key" in err
    code = main(
        ["cover", "--register", str(path), "--register-key", KEY, str(PLANTED / "水利局_2021.txt"), "--json"]
    )
    assert 0 == code
    assert KEY == json.loads(capsys.readouterr().out)["registers"][0]["key"]


def test_report_has_the_coverage_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """report --register adds 覆盖矩阵: tasks × units with 牵头✓ / 牵头✗ / 配合✓ / 未分配."""
    out = tmp_path / "r.xlsx"
    assert 0 == main(["report", "--register", str(PLANTED / REGISTER), str(PLANTED), "-o", str(out)])
    capsys.readouterr()
    wb = openpyxl.load_workbook(out)
    ws = wb["覆盖矩阵"]
    header = [c.value for c in ws[1]]
    shorts = [c.value for c in ws[2]]
    col = header.index("泉州市应急管理局")
    assert "市应急局" == shorts[col]
    cells = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=col + 1).value for r in range(3, 35)}
    assert ("牵头✓", "牵头✗", "配合✓", "未分配", None) == (cells[1], cells[6], cells[5], cells[12], cells[10])
    findings = wb["问题清单"]
    assert any(row[1] == "C01" for row in findings.iter_rows(values_only=True))


def test_render_register_draws_the_coverage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """render --register: tasks → units, the left-out lead edge red and dashed; same DOT twice."""
    args = ["render", "--register", str(PLANTED / REGISTER), str(PLANTED), "-o"]
    assert 0 == main([*args, str(tmp_path / "a.dot")])
    assert 0 == main([*args, str(tmp_path / "b.dot")])
    capsys.readouterr()
    dot = (tmp_path / "a.dot").read_text(encoding="utf-8")
    assert dot == (tmp_path / "b.dot").read_text(encoding="utf-8")
    line = next(
        x for x in dot.splitlines() if x.strip().startswith(f'"item:{KEY}#6" -> "unit:泉州市应急管理局"')
    )
    assert 'color="#c62828"' in line
    assert 'style="dashed"' in line
    assert 2 == main([*args, str(tmp_path / "c.dot"), "--doc", KEY])


@pytest.mark.parametrize(
    ("cell", "lead", "partners"),
    [
        ("市发改委（牵头）、市工信局、市商务局", ("市发改委",), ("市工信局", "市商务局")),
        ("市发改委牵头，市财政局、市资源规划局配合", ("市发改委",), ("市财政局", "市资源规划局")),
        ("市发改委(牵头)、市应急局(牵头)、市财政局", ("市发改委", "市应急局"), ("市财政局",)),
        ("市发改委、市工信局", ("市发改委", "市工信局"), ()),
    ],
)
def test_one_unit_column_marking_the_roles(
    tmp_path: Path, cell: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    """A register with only 责任单位 may mark the lead (（牵头）, 牵头) and partners (配合) itself."""
    path = tmp_path / "register.txt"
    rows = [
        "泉州市2021年重点工作任务分工方案",
        "序号\t工作任务\t责任领导\t责任单位\t完成时限",
        f"1\t深化放管服改革\t张伟\t{cell}\t全年",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (item,) = load_register(path, "泉委办〔2021〕9号").items
    assert (lead, partners) == (item.lead, item.partners)


def test_a_form_without_a_unit_line_is_its_file_name(tmp_path: Path) -> None:
    """A form whose unit is unknown is named by its file (`应急管理局_2021`): names still resolve."""
    form = tmp_path / "应急管理局_2021.txt"
    text = (
        (PLANTED / "应急管理局_2021.txt")
        .read_text(encoding="utf-8")
        .replace("参评单位（盖章）：泉州市应急管理局", "")
    )
    form.write_text(text, encoding="utf-8")
    register = load_register(PLANTED / REGISTER)
    coverage = load([form]).cover([register])
    assert "应急管理局_2021" == coverage.resolved["市应急局"]


def test_register_numbered_per_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Items restart per section (1.1, 2.1): `第（二）1项` is 2.1, and a plain `第1项` is the
    section's task its words match; too few words to judge leave the citation standing."""
    register = tmp_path / "register.txt"
    register.write_text(
        "泉州市2021年重点工作任务分工方案\n序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限\n"
        "一、营商环境\n1\t深化放管服改革，推进一网通办\t张伟\t市发改委\t\t全年\n"
        "二、安全生产\n1\t开展危化品安全风险集中治理\t李军\t市应急局\t\t全年\n"
        "2\t推进消防救援站建设\t李军\t市应急局\t\t全年\n",
        encoding="utf-8",
    )
    form = tmp_path / "form.txt"
    head = "2021年度绩效目标考评表\n参评单位（盖章）：泉州市应急管理局\n"
    head += "项目\t序号\t文件依据\t一级指标\t二级指标\t权重\t完成时限\t分管领导\t责任部门\t责任人\n"
    rows = [
        "职能工作目标\t1-1-1\t三定方案\t开展危化品安全风险集中治理（属泉委办〔2021〕9号第1项）（2分）\t排查\t2\t12月\t王五\t危化科\t李明",
        "\t1-2-1\t三定方案\t消防站（属泉委办〔2021〕9号第（二）2项）（2分）\t建站\t2\t12月\t王五\t危化科\t李明",
    ]
    form.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    code = main(
        ["cover", "--register", str(register), "--register-key", "泉委办〔2021〕9号", str(form), "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    items = {it["item"]: [c["target"] for c in it["covered_by"]] for it in data["registers"][0]["items"]}
    expected = {
        "1.1": [],
        "2.1": ["target:泉州市应急管理局/2021/1-1"],
        "2.2": ["target:泉州市应急管理局/2021/1-2"],
    }
    assert expected == items
    assert ["C07"] == [f["code"] for f in data["findings"]]
    assert 0 == code


def test_several_registers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two --register options: each keyed by its own --register-key, each held against the forms."""
    second = tmp_path / "register2.txt"
    second.write_text(
        "泉州市2021年为民办实事项目责任分解\n序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限\n"
        "1\t建设城市应急避难场所\t陈明\t市应急局\t市住建局\t全年\n",
        encoding="utf-8",
    )
    main(
        [
            "cover",
            "--register",
            str(PLANTED / REGISTER),
            "--register",
            str(second),
            "--register-key",
            KEY,
            "--register-key",
            "泉委办〔2021〕2号",
            str(PLANTED),
            "--json",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert [KEY, "泉委办〔2021〕2号"] == [r["key"] for r in data["registers"]]
    c01 = [f["subjects"] for f in data["findings"] if f["code"] == "C01"]
    assert ["clause:泉委办〔2021〕2号#1", "unit:泉州市应急管理局"] in c01
    assert 2 == main(["cover", "--register", str(second), "--register-key", "a", "--register-key", "b", "x"])
    assert "一一对应" in capsys.readouterr().err


def test_docstring_examples_hold() -> None:
    """The examples in the units and cover docstrings are true."""
    import doctest  # noqa: PLC0415  # only this test needs it

    import yiju.cover  # noqa: PLC0415
    import yiju.units  # noqa: PLC0415

    expected = [0, 0]
    assert expected == [doctest.testmod(m).failed for m in (yiju.units, yiju.cover)]


def test_register_rows_are_kept_or_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A register row the reader cannot place is named in the output (R03), never dropped."""
    register = tmp_path / "register.txt"
    register.write_text(
        "泉州市2021年重点工作任务分工方案\n序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限\n"
        "1\t深化放管服改革\t张伟\t市发改委\t市工信局\t全年\n\t\t\t市商务局\t市财政局\t\n",
        encoding="utf-8",
    )
    main(
        ["cover", "--register", str(register), "--register-key", "泉委办〔2021〕9号", str(PLANTED), "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    named = [
        (f["code"], f["location"]["row"]) for f in data["findings"] if f["location"]["file"] == str(register)
    ]
    assert ("R03", 4) in named


def test_fixture_build_is_deterministic(tmp_path: Path) -> None:
    """Two builds of the coverage fixtures give byte-identical files."""
    import importlib.util  # noqa: PLC0415  # the builder is a script, not a module of the package

    spec = importlib.util.spec_from_file_location("build_cover", COVER / "build_cover.py")
    assert spec is not None
    assert spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    first = {p.name: p.read_bytes() for p in builder.build(tmp_path / "a", clean=False)}
    second = {p.name: p.read_bytes() for p in builder.build(tmp_path / "b", clean=False)}
    assert first == second
    assert 7 == len(first)
