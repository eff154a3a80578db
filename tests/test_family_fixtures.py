"""The family fixtures (fixtures/families) check out on their own, without yiju's parser.

The build is deterministic and the committed files are what it writes; every truth file has the
shared format (keys, types, ids, sections); `nonempty_rows` is the count of the table sheet's
non-empty rows as openpyxl reads them; the text file carries the same grid as the workbook.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

FAMILY_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "families"
# Staged tables (fixtures/families/staged) wait there until the parser reads them; they are
# checked here all the same.
TRUTHS = sorted(FAMILY_DIR.glob("*.truth.json")) + sorted(FAMILY_DIR.glob("staged/*.truth.json"))
KINDS = {".xlsx", ".txt", ".json"}
FAMILIES = ("performance_form", "task_list", "project_list", "indicator_system", "kpi_evaluation")
TRUTH_KEYS = (
    "name",
    "family",
    "files",
    "unit",
    "title",
    "measure_unit",
    "sections",
    "items",
    "nonempty_rows",
    "quirks",
)
ITEM_KEYS = (
    "id",
    "text",
    "detail",
    "levels",
    "section",
    "leaders",
    "departments",
    "partners",
    "people",
    "deadline",
    "weight",
    "measure",
    "target_value",
    "nature",
    "note",
    "basis",
    "extra",
)
OPTIONAL_TEXT = ("detail", "section", "deadline", "measure", "target_value", "nature", "note", "basis")
TEXT_LISTS = ("levels", "leaders", "departments", "partners", "people")


def _builder() -> ModuleType:
    name = "_yiju_test_family_build"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, FAMILY_DIR / "build.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _grid(ws: Worksheet) -> list[list[str]]:
    """The sheet's cells as text, rows padded to the sheet's width (merged non-anchors are empty)."""
    return [
        ["" if value is None else str(value) for value in row]
        for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column, values_only=True)
    ]


def _workbook_content(path: Path) -> list[tuple[str, str, list[list[str]], list[str]]]:
    wb = openpyxl.load_workbook(path)
    return [
        (ws.title, ws.sheet_state, _grid(ws), sorted(str(r) for r in ws.merged_cells.ranges))
        for ws in wb.worksheets
    ]


def _nonempty(row: list[str]) -> bool:
    return any(cell.strip() for cell in row)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("families")
    _builder().build(out)
    return out


def test_committed_files_are_what_the_build_writes(rebuilt: Path) -> None:
    built = sorted(str(p.relative_to(rebuilt)) for p in rebuilt.rglob("*") if p.suffix in KINDS)
    committed = sorted(str(p.relative_to(FAMILY_DIR)) for p in FAMILY_DIR.rglob("*") if p.suffix in KINDS)
    assert committed == built
    for name in built:
        new, old = rebuilt / name, FAMILY_DIR / name
        if name.endswith(".xlsx"):
            assert _workbook_content(old) == _workbook_content(new), name
        else:
            assert old.read_bytes() == new.read_bytes(), name


def test_build_is_byte_identical_twice(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _builder().build(first)
    _builder().build(second)
    names = sorted(str(p.relative_to(first)) for p in first.rglob("*") if p.is_file())
    assert names == sorted(str(p.relative_to(second)) for p in second.rglob("*") if p.is_file())
    assert [n for n in names if (first / n).read_bytes() != (second / n).read_bytes()] == []


def test_every_family_has_two_tables_of_different_sizes_one_over_100_rows() -> None:
    sizes: dict[str, list[int]] = {}
    for path in TRUTHS:
        truth = _load(path)
        sizes.setdefault(truth["family"], []).append(truth["nonempty_rows"])
    assert sorted(sizes) == sorted(FAMILIES)
    for family, rows in sizes.items():
        if family == "performance_form":  # the seed (fixtures/) is the family's large table
            assert len(rows) >= 1
            continue
        assert len(rows) >= 2, family
        assert max(rows) > 100, family
        assert min(rows) < max(rows), family


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_has_the_shared_format(path: Path) -> None:
    truth = _load(path)
    assert tuple(truth) == TRUTH_KEYS
    name = truth["name"]
    assert path.name == f"{name}.truth.json"
    assert truth["family"] in FAMILIES
    assert truth["files"] == [f"{name}.xlsx", f"{name}.txt"]
    assert all((path.parent / f).is_file() for f in truth["files"])
    for key in ("unit", "title", "measure_unit"):
        assert truth[key] is None or (isinstance(truth[key], str) and truth[key].strip() == truth[key] != "")
    assert isinstance(truth["nonempty_rows"], int)
    assert truth["quirks"]
    assert all(isinstance(q, str) and q for q in truth["quirks"])
    section_ids = [s["id"] for s in truth["sections"]]
    assert len(section_ids) == len(set(section_ids))
    for section in truth["sections"]:
        assert tuple(section) == ("id", "text")
        assert isinstance(section["id"], str)
        assert isinstance(section["text"], str)
        assert section["text"]
    ids = [item["id"] for item in truth["items"]]
    assert len(ids) == len(set(ids))
    assert truth["items"]
    for item in truth["items"]:
        assert tuple(item) == ITEM_KEYS
        assert isinstance(item["id"], str)
        assert item["id"]
        assert isinstance(item["text"], str)
        assert item["text"] == item["text"].strip() != ""
        assert "\n" not in item["text"]
        for key in OPTIONAL_TEXT:
            assert item[key] is None or (isinstance(item[key], str) and item[key] == item[key].strip() != "")
        for key in TEXT_LISTS:
            assert isinstance(item[key], list)
            assert all(isinstance(v, str) and v == v.strip() != "" for v in item[key])
        for person in item["leaders"] + item["people"]:
            assert not any(ch.isspace() for ch in person), person
        assert item["weight"] is None or (
            isinstance(item["weight"], int | float) and not isinstance(item["weight"], bool)
        )
        assert item["section"] is None or item["section"] in section_ids
        assert isinstance(item["extra"], dict)
        assert all(isinstance(k, str) and isinstance(v, str) and k and v for k, v in item["extra"].items())


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_nonempty_rows_counts_the_table_sheet(path: Path) -> None:
    truth = _load(path)
    ws = openpyxl.load_workbook(path.parent / truth["files"][0]).worksheets[0]
    assert ws.sheet_state == "visible"
    assert sum(1 for row in _grid(ws) if _nonempty(row)) == truth["nonempty_rows"]


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_file_carries_the_table_sheet(path: Path) -> None:
    """Read as Excel's tab-delimited export: the same cells as the workbook's first sheet."""
    truth = _load(path)
    ws = openpyxl.load_workbook(path.parent / truth["files"][0]).worksheets[0]
    text = (path.parent / truth["files"][1]).read_text(encoding="utf-8")
    assert not text.endswith("\n")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    width = ws.max_column
    padded = [row + [""] * (width - len(row)) for row in rows]
    assert padded == _grid(ws)


@pytest.mark.parametrize(
    "path", [p for p in TRUTHS if _load(p)["family"] == "kpi_evaluation"], ids=lambda p: p.name
)
def test_kpi_weights_add_up_as_the_form_says(path: Path) -> None:
    """三级 分值 add to 100 inside each 一级 (per-level scales) or over the whole form (absolute)."""
    items = _load(path)["items"]
    assert all(isinstance(item["weight"], int | float) for item in items)
    per_section: dict[str, float] = {}
    for item in items:
        per_section[item["section"]] = per_section.get(item["section"], 0) + item["weight"]
    assert set(per_section.values()) == {100} or sum(per_section.values()) == 100
