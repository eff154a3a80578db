"""The form reader's record builders give what the dataclasses' own constructors give (issue 10)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yiju import records
from yiju.citations import extract
from yiju.models import Assignment, BasisDoc, Indicator, SourceLocation, Target
from yiju.readers.table import Row

_TEXT = st.text(max_size=6)
_OPT_TEXT = st.none() | _TEXT
_NAMES = st.lists(_TEXT, max_size=3).map(tuple)
_LOCATIONS = st.builds(
    SourceLocation, _TEXT, _OPT_TEXT, st.none() | st.integers(1, 99), st.none() | st.integers(1, 9)
)


@pytest.mark.parametrize("cls", [Row, SourceLocation, Target, Indicator])
def test_each_builder_sets_every_field_of_its_class_in_order(cls: type) -> None:
    """A field added to a class fails here until its builder sets it."""
    assert tuple(f.name for f in dataclasses.fields(cls)) == records.FIELDS_SET[cls]


@given(_TEXT, _OPT_TEXT, st.none() | st.integers(), st.none() | st.integers())
def test_a_location_is_the_constructor_s(
    file: str, sheet: str | None, row: int | None, column: int | None
) -> None:
    built = records.location(file, sheet, row, column)
    assert SourceLocation(file, sheet, row, column) == built
    assert hash(SourceLocation(file, sheet, row, column)) == hash(built)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.row = 3  # type: ignore[misc]


_CITATIONS = tuple(extract("（属泉委发〔2021〕5号第14页第27项、《信访条例》）").citations)


@given(
    _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, st.none() | st.floats(allow_nan=False), _LOCATIONS, st.booleans(),
    st.integers(0, len(_CITATIONS)),
)  # fmt: skip
def test_a_target_is_the_constructor_s(  # noqa: PLR0917
    ident: str, category: str, group: str, text: str, raw: str, points: float | None,
    loc: SourceLocation, hidden: bool, n: int,
) -> None:  # fmt: skip
    basis = tuple(BasisDoc(c.key, c.title, c, loc) for c in _CITATIONS[:n])
    cited = _CITATIONS[n:]
    built = records.target(ident, category, group, text, raw, points, basis, cited, loc, hidden)
    assert Target(ident, category, group, text, raw, points, basis, cited, loc, hidden) == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.text = "x"  # type: ignore[misc]


@given(
    st.fixed_dictionaries({
        "id": _TEXT, "target": _TEXT, "category": _TEXT, "group": _TEXT, "text": _TEXT,
        "weight": st.none() | st.floats(allow_nan=False), "deadline": _OPT_TEXT, "leader": _OPT_TEXT,
        "departments": _NAMES, "people": _NAMES,
        "assignments": st.lists(st.builds(Assignment, _OPT_TEXT, _OPT_TEXT), max_size=2).map(tuple),
        "hidden": st.booleans(), "location": _LOCATIONS, "leaders": _NAMES, "partners": _NAMES,
        "levels": _NAMES, "section": _OPT_TEXT, "note": _OPT_TEXT, "basis_text": _OPT_TEXT,
    })
)  # fmt: skip
def test_an_indicator_is_the_constructor_s(fields: dict[str, object]) -> None:
    """The fields the form reader gives, and every other at its class default."""
    built = records.indicator(**fields)  # type: ignore[arg-type]
    assert Indicator(**fields) == built  # type: ignore[arg-type]
    assert hash(Indicator(**fields)) == hash(built)  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.text = "x"  # type: ignore[misc]


@given(st.integers(), st.lists(_TEXT, max_size=4).map(tuple), st.booleans())
def test_a_row_is_the_constructor_s(number: int, values: tuple[str, ...], hidden: bool) -> None:
    built = records.row(number, values, hidden)
    assert Row(number, values, hidden) == built
    assert hash(Row(number, values, hidden)) == hash(built)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.hidden = True  # type: ignore[misc]
