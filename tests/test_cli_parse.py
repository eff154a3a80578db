"""`yiju parse` and `yiju cite` as a user runs them: output, JSON shape, exit codes."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.test_readers import REFUSALS
from yiju.cli import main

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# A directory argument means "every form inside it" on the command line (tested below).
FILE_REFUSALS = [c for c in REFUSALS if c[0] != "directory"]


@pytest.mark.parametrize(
    ("build", "reason"), [c[1:] for c in FILE_REFUSALS], ids=[c[0] for c in FILE_REFUSALS]
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, build: Callable[[Path], Path], reason: str
) -> None:
    """Each unreadable file gives one line `path: reason` on stderr, exit 2, no traceback."""
    path = build(tmp_path)
    code, out, err = _run(capsys, "parse", str(path))
    assert (2, "", f"{path}: {reason}\n") == (code, out, err)


def test_other_files_are_still_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """In a multi-file run the readable files are processed and the exit code is still 2."""
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    code, out, err = _run(capsys, "parse", str(bad), str(SEED))
    assert code == 2
    assert f"{bad}: not an xlsx workbook (not a zip archive)\n" == err
    assert "targets 39, indicators 57" in out


def test_missing_file_does_not_stop_the_others(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing file is named and the next argument is still read."""
    missing = tmp_path / "missing.txt"
    code, out, err = _run(capsys, "parse", str(missing), str(SEED))
    assert (2, f"{missing}: no such file\n") == (code, err)
    assert "targets 39, indicators 57" in out


def test_directory_without_forms(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory holding no form files is named with the reason, exit 2."""
    (tmp_path / "notes.md").write_text("# nothing", encoding="utf-8")
    code, out, err = _run(capsys, "parse", str(tmp_path))
    assert (code, out) == (2, "")
    assert err.startswith(f"{tmp_path}: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("command", ["parse", "audit", "who"])
def test_text_without_a_form_table_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    """A text file naming no columns is not read as an empty form: one line, exit 2, no findings."""
    junk = tmp_path / "junk.txt"
    junk.write_text("hello\n", encoding="utf-8")
    reason = "no recognisable table (no header row naming 序号, 文件依据, 一级指标, 责任部门 …)"
    assert (2, "", f"{junk}: {reason}\n") == _run(capsys, command, str(junk))


def test_parse_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --json` gives the documented keys and values for the seed."""
    code, out, _ = _run(capsys, "parse", str(SEED), "--json")
    data = json.loads(out)
    form = data["forms"][0]
    assert code == 0
    assert list(form)[:8] == ["file", "unit", "year", "title", "date", "targets", "indicators", "totals"]
    ind = next(i for i in form["indicators"] if i["id"] == "1-3-1")
    assert {
        "id": "1-3-1",
        "target": "1-3",
        "category": "职能工作目标",
        "weight": 2.0,
        "deadline": "12月",
        "leader": "王夏阳",
        "departments": ["基础科", "协调科"],
        "people": ["李志福", "陈梓平"],
        "hidden": False,
        "location": {"file": str(SEED), "sheet": None, "row": 15},
        "leaders": ["王夏阳"],
        "partners": [],
        "levels": [
            "完善安全监管体系建设，推进安全生产问题“网格化”监管，做好安全事故数据分析，提升应急管理能力和应急处置能力。"
        ],
        "section": "1",
        "detail": None,
        "measure": None,
        "target_value": None,
        "nature": None,
        "note": None,
        "extra": {},
    } == {k: v for k, v in ind.items() if k not in ("text", "basis_text")}
    assert "performance_form" == form["family"]
    target = next(t for t in form["targets"] if t["id"] == "1-3")
    assert target["basis"] == [
        {"key": "泉委办〔2021〕20号", "title": "泉州市“强基促稳”三年行动2021年实施方案"},
        {"key": "泉政办〔2021〕6号", "title": "城乡建设品质提升实施方案"},
        {"key": "泉政办〔2020〕18号", "title": "中国快递示范城市实施方案"},
    ]
    assert target["points"] == 4.0


def test_parse_hidden_rows(capsys: pytest.CaptureFixture[str]) -> None:
    """Hidden rows stay in the JSON marked hidden; the summary leaves them out of totals."""
    xlsx = FIXTURES / "seed_2021_quanzhou_yingji.xlsx"
    _, out, _ = _run(capsys, "parse", str(xlsx), "--json")
    hidden = [i["id"] for i in json.loads(out)["forms"][0]["indicators"] if i["hidden"]]
    assert hidden == ["1-16"]
    _, summary, _ = _run(capsys, "parse", str(xlsx))
    assert "\n  targets 39 (+1 hidden, left out), indicators 57 (+1 hidden, left out)\n" in summary
    assert "total weight 100 (form says 100)" in summary
    _, summary, _ = _run(capsys, "parse", str(xlsx), "--include-hidden")
    assert "\n  targets 40, indicators 58\n" in summary


def test_cite_example_from_the_issue(capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's example prints one document with locators (14–15, 4.1) and (16, 3)."""
    code, out, _ = _run(capsys, "cite", "（属泉委发[2021]第05号第14-15页第（四）1项、第16页第3项）", "--json")
    data = json.loads(out)
    assert code == 0
    assert [c["key"] for c in data["citations"]] == ["泉委发〔2021〕5号"]
    assert data["citations"][0]["locators"] == [
        {"pages": [14, 15], "item": "4.1", "unit": "项", "kind": "item", "label": "第14-15页第（四）1项"},
        {"pages": [16, 16], "item": "3", "unit": "项", "kind": "item", "label": "第16页第3项"},
    ]


@pytest.mark.parametrize(
    ("text", "code", "out"),
    [
        ("泉委办（2021）第02号", 0, "泉委办〔2021〕2号\n"),
        ("泉委办[2021]2号", 0, "泉委办〔2021〕2号\n"),
        ("國發〔2019〕7號", 0, "国发〔2019〕7号\n"),
        ("2021年第3号台风", 1, ""),
    ],
)
def test_cite_key(capsys: pytest.CaptureFixture[str], text: str, code: int, out: str) -> None:
    """`cite --key` prints the canonical key, or exits 1 when the text holds no number."""
    got_code, got_out, _ = _run(capsys, "cite", "--key", text)
    assert (code, out) == (got_code, got_out)


def test_cite_reads_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`cite -` reads standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO("根据国发〔2019〕7号文件"))
    code, out, _ = _run(capsys, "cite", "-")
    assert code == 0
    assert "国发〔2019〕7号" in out
