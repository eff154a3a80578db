"""Form records built without their dataclasses' generated `__init__` (the form reader's hot path).

A frozen dataclass's `__init__` sets each field through `object.__setattr__`: 4.3 µs for an
`Indicator` of 25 fields, 0.9 µs for a `SourceLocation`, paid for every row of every form read
(and a sheet's `Row`s, made by the xlsx reader).
Storing through the slot descriptors directly costs about half of that. Same classes, same
fields, still frozen and equal to what their constructors give: only the construction path is
shorter, as `citations._citation` does for citations. Every field is set, defaults included;
`tests/test_records.py` holds each builder to its class's constructor and to its field list,
so a field added to a class fails there until its builder sets it.
"""

from __future__ import annotations

from typing import Any

from yiju.models import Assignment, BasisDoc, Citation, Indicator, SourceLocation, Target
from yiju.readers.table import Row

__all__ = ["FIELDS_SET", "indicator", "location", "row", "target"]

_new = object.__new__


def _setters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    """Return the slot descriptors' `__set__` of `cls`'s fields `names`, in order."""
    return tuple(cls.__dict__[name].__set__ for name in names)


# The fields each builder sets, in the order the class declares them (checked by the tests).
FIELDS_SET: dict[type, tuple[str, ...]] = {
    Row: ("number", "values", "hidden"),
    SourceLocation: ("file", "sheet", "row", "column", "span"),
    Target: (
        "id", "category", "group", "text", "raw_text", "points", "basis", "citations", "location", "hidden",
    ),
    Indicator: (
        "id", "target", "category", "group", "text", "weight", "deadline", "leader", "departments",
        "people", "assignments", "hidden", "location", "leaders", "partners", "levels", "section",
        "detail", "measure", "target_value", "nature", "note", "extra", "basis_text", "leads",
    ),
}  # fmt: skip

_r_number, _r_values, _r_hidden = _setters(Row, FIELDS_SET[Row])


def row(number: int, values: tuple[str, ...], hidden: bool) -> Row:
    """Return `Row(number, values, hidden)`, for a reader making one for every row of a sheet."""
    r: Row = _new(Row)
    _r_number(r, number)
    _r_values(r, values)
    _r_hidden(r, hidden)
    return r


_l_file, _l_sheet, _l_row, _l_column, _l_span = _setters(SourceLocation, FIELDS_SET[SourceLocation])


def location(
    file: str, sheet: str | None = None, row: int | None = None, column: int | None = None
) -> SourceLocation:
    """Return `SourceLocation(file, sheet, row, column)` (no span)."""
    loc: SourceLocation = _new(SourceLocation)
    _l_file(loc, file)
    _l_sheet(loc, sheet)
    _l_row(loc, row)
    _l_column(loc, column)
    _l_span(loc, None)
    return loc


(_t_id, _t_category, _t_group, _t_text, _t_raw, _t_points, _t_basis, _t_citations, _t_location, _t_hidden) = (
    _setters(Target, FIELDS_SET[Target])
)


def target(  # noqa: PLR0917  # the fields in order, as `Target(...)` takes them
    id: str,
    category: str,
    group: str,
    text: str,
    raw_text: str,
    points: float | None,
    basis: tuple[BasisDoc, ...],
    citations: tuple[Citation, ...],
    location: SourceLocation,
    hidden: bool,
) -> Target:
    """Return `Target(id, category, group, text, raw_text, points, basis, citations, location, hidden)`."""
    t: Target = _new(Target)
    _t_id(t, id)
    _t_category(t, category)
    _t_group(t, group)
    _t_text(t, text)
    _t_raw(t, raw_text)
    _t_points(t, points)
    _t_basis(t, basis)
    _t_citations(t, citations)
    _t_location(t, location)
    _t_hidden(t, hidden)
    return t


(
    _i_id, _i_target, _i_category, _i_group, _i_text, _i_weight, _i_deadline, _i_leader, _i_departments,
    _i_people, _i_assignments, _i_hidden, _i_location, _i_leaders, _i_partners, _i_levels, _i_section,
    _i_detail, _i_measure, _i_target_value, _i_nature, _i_note, _i_extra, _i_basis_text, _i_leads,
) = _setters(Indicator, FIELDS_SET[Indicator])  # fmt: skip


def indicator(
    *,
    id: str,
    target: str,
    category: str,
    group: str,
    text: str,
    weight: float | None,
    deadline: str | None,
    leader: str | None,
    departments: tuple[str, ...],
    people: tuple[str, ...],
    assignments: tuple[Assignment, ...],
    hidden: bool,
    location: SourceLocation,
    leaders: tuple[str, ...],
    partners: tuple[str, ...],
    levels: tuple[str, ...],
    section: str | None,
    note: str | None,
    basis_text: str | None,
) -> Indicator:
    """Return `Indicator(...)` of these fields, the others (detail, measure, extra …) at their defaults."""
    i: Indicator = _new(Indicator)
    _i_id(i, id)
    _i_target(i, target)
    _i_category(i, category)
    _i_group(i, group)
    _i_text(i, text)
    _i_weight(i, weight)
    _i_deadline(i, deadline)
    _i_leader(i, leader)
    _i_departments(i, departments)
    _i_people(i, people)
    _i_assignments(i, assignments)
    _i_hidden(i, hidden)
    _i_location(i, location)
    _i_leaders(i, leaders)
    _i_partners(i, partners)
    _i_levels(i, levels)
    _i_section(i, section)
    _i_detail(i, None)
    _i_measure(i, None)
    _i_target_value(i, None)
    _i_nature(i, None)
    _i_note(i, note)
    _i_extra(i, ())
    _i_basis_text(i, basis_text)
    _i_leads(i, None)
    return i
