"""Every family's fixtures read to their truth: items, owners, levels, extra columns, row ledger.

The truths (`fixtures/families/*.truth.json`) are written by `fixtures/families/build.py` from
its own records, never by running yiju; both the workbook and the text copy of each table must
read to them exactly. The adapter below only renames: it maps yiju's form to the truth format.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from yiju.forms import parse_table
from yiju.models import Form, Indicator
from yiju.readers import read

FAMILIES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "families"
TRUTHS = sorted(FAMILIES_DIR.glob("*.truth.json"))
CASES = [(truth, name) for truth in TRUTHS for name in json.loads(truth.read_text(encoding="utf-8"))["files"]]


def _form(path: Path) -> Form:
    """Parse the first table of a file (the table sheet of a workbook)."""
    return parse_table(read(path)[0])


def item_truth(ind: Indicator) -> dict[str, Any]:
    """Return an indicator in the truth format of `fixtures/families`."""
    return {
        "id": ind.id,
        "text": ind.text,
        "detail": ind.detail,
        "levels": list(ind.levels),
        "section": ind.section,
        "leaders": list(ind.leaders),
        "departments": list(ind.lead_departments),
        "partners": list(ind.partners),
        "people": list(ind.people),
        "deadline": ind.deadline,
        "weight": ind.weight,
        "measure": ind.measure,
        "target_value": ind.target_value,
        "nature": ind.nature,
        "note": ind.note,
        "basis": ind.basis_text,
        "extra": dict(ind.extra),
    }


def form_truth(form: Form) -> dict[str, Any]:
    """Return a form's table-level facts in the truth format."""
    return {
        "family": form.family,
        "unit": form.unit,
        "title": form.title,
        "measure_unit": form.measure_unit,
        "sections": [{"id": s.id, "text": s.text} for s in form.sections],
    }


@pytest.mark.parametrize(("truth_path", "name"), CASES, ids=[c[1] for c in CASES])
def test_fixture_reads_to_its_truth(truth_path: Path, name: str) -> None:
    """Each fixture file reads to exactly the items and table facts its truth lists."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    form = _form(FAMILIES_DIR / name)
    expected_items = truth["items"]
    actual_items = [item_truth(i) for i in form.indicators]
    for expected, actual in zip(expected_items, actual_items, strict=False):
        assert expected == actual
    assert len(expected_items) == len(actual_items)
    keys = ("family", "unit", "title", "measure_unit", "sections")
    assert {k: truth[k] for k in keys} == form_truth(form)


@pytest.mark.parametrize("truth_path", TRUTHS, ids=[t.name for t in TRUTHS])
def test_row_ledger_accounts_for_every_nonempty_row(truth_path: Path) -> None:
    """Every non-empty row of the workbook's table sheet is in the ledger, once."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    xlsx = next(FAMILIES_DIR / n for n in truth["files"] if n.endswith(".xlsx"))
    table = read(xlsx)[0]
    form = parse_table(table)
    nonempty = [r.number for r in table.rows if not r.empty]
    assert truth["nonempty_rows"] == len(nonempty)
    assert nonempty == [number for number, _ in form.ledger]
