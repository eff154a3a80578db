"""Value objects shared by every stage: citations, forms, findings.

Everything extracted keeps where it came from: a `SourceLocation` for cells and rows,
a `(start, end)` span into the text it was read from for citations and locators.
All classes are frozen and slotted; `to_dict()` is the one serialisation that every
output format (JSON, xlsx, CSV) is built from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "Alias",
    "Assignment",
    "BasisDoc",
    "Citation",
    "ColumnRole",
    "Extraction",
    "Finding",
    "Form",
    "Indicator",
    "IssuerInfo",
    "Locator",
    "Section",
    "Severity",
    "SourceLocation",
    "Target",
    "Unparsed",
]

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """Where a value was read: file, sheet (xlsx), row or line (1-based), column (1-based), span."""

    file: str
    sheet: str | None = None
    row: int | None = None
    column: int | None = None
    span: Span | None = None

    @property
    def cell(self) -> str | None:
        """Return the spreadsheet cell name (`C12`) when row and column are known."""
        if self.row is None or self.column is None:
            return None
        return f"{column_letter(self.column)}{self.row}"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping; absent parts are omitted except file."""
        out: dict[str, Any] = {"file": self.file}
        if self.sheet is not None:
            out["sheet"] = self.sheet
        if self.row is not None:
            out["row"] = self.row
        if self.column is not None:
            out["column"] = self.column
            cell = self.cell
            if cell is not None and self.sheet is not None:  # text files have lines, not cells
                out["cell"] = cell
        if self.span is not None:
            out["span"] = list(self.span)
        return out

    def describe(self) -> str:
        """Return a one-line human description: `form.xlsx, sheet 表, row 12, cell D12`."""
        parts = [self.file]
        if self.sheet is not None:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"{'line' if self.sheet is None else 'row'} {self.row}")
        if self.column is not None:
            cell = self.cell
            if self.sheet is not None and cell is not None:
                parts.append(f"cell {cell}")
            else:
                parts.append(
                    f"column {column_letter(self.column) if self.sheet is not None else self.column}"
                )
        return ", ".join(parts)


def column_letter(column: int) -> str:
    """Return the spreadsheet letter(s) of a 1-based column number (1 → A, 28 → AB)."""
    letters = ""
    while column > 0:
        column, rem = divmod(column - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


# ---------------------------------------------------------------------------- citations


@dataclass(frozen=True, slots=True)
class IssuerInfo:
    """An issuer code decoded by the gazetteer; parts it does not know stay None."""

    region: str | None
    organ: str | None
    kind: str | None
    level: str | None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {"region": self.region, "organ": self.organ, "kind": self.kind, "level": self.level}


@dataclass(frozen=True, slots=True)
class Locator:
    """A page and/or item pinned after a document number (`第14-15页第11项`)."""

    pages: tuple[int, int] | None
    item: str | None
    unit: str | None
    label: str
    span: Span
    # What the item counts: `item` (项, 点), `article` (条; `26..4`, unit 项, is 第二十六条第（四）项,
    # the 款's place empty), `clause` (款; `20.2` is 第二十条第二款, `23.1.1` unit 项 a 项 of it),
    # `chapter` (章, 节, 部分 written alone), `page` for a page with no item, or `annex` for what
    # lies in an annex: the item leads with the annex's number (`2` is 附件2, unit 附件; `2.3`
    # is 附件2第3项, with the unit of what is counted inside it).
    kind: str = "item"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "pages": list(self.pages) if self.pages is not None else None,
            "item": self.item,
            "unit": self.unit,
            "kind": self.kind,
            "label": self.label,
        }

    def describe(self) -> str:
        """Return a normalised short label: `第14-15页第11项`, `第4.1项`, `第20条第2款`,
        `第26条第4项`, `附件2第3项`."""
        out = ""
        item = self.item
        if self.kind == "annex" and item is not None:
            annex, _, item = item.partition(".")
            out += f"附件{annex}"
            item = item or None
        if self.pages is not None:
            lo, hi = self.pages
            out += f"第{lo}页" if lo == hi else f"第{lo}-{hi}页"
        if item is not None:
            parts = item.split(".")
            if len(parts) > 1 and (self.kind == "clause" or self.unit == "款" or not parts[1]):
                # 第20条第2款 (20.2), 第23条第1款第1项 (23.1.1), 第26条第4项 (26..4: no 款 written).
                out += f"第{parts[0]}条" + (f"第{parts[1]}款" if parts[1] else "")
                out += "".join(f"第{p}项" for p in parts[2:])
            else:
                out += f"第{item}{self.unit or '项'}"
        return out


@dataclass(frozen=True, slots=True)
class Citation:
    """One cited document: a numbered 发文字号 or a title-only regulation (`《信访条例》`).

    `key` is canonical (`泉委发〔2021〕5号`, or `《信访条例》` for a title-only document);
    `issuer`, `year` and `serial` are None for title-only documents.
    """

    key: str
    issuer: str | None
    year: int | None
    serial: str | None
    title: str | None
    issuer_info: IssuerInfo | None
    locators: tuple[Locator, ...]
    span: Span
    text: str

    @property
    def numbered(self) -> bool:
        """Return True for a 发文字号 citation, False for a title-only one."""
        return self.serial is not None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of `yiju cite --json`."""
        return {
            "key": self.key,
            "issuer": self.issuer,
            "year": self.year,
            "serial": self.serial,
            "title": self.title,
            "issuer_info": self.issuer_info.to_dict() if self.issuer_info is not None else None,
            "locators": [loc.to_dict() for loc in self.locators],
            "span": list(self.span),
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Unparsed:
    """Citation-like text that did not parse; reported, never dropped."""

    span: Span
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {"span": list(self.span), "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Alias:
    """A short name a text gives a document (`（国发〔2015〕11号，以下简称《意见》）`).

    Later `《name》` mentions in the same text resolve to `key`; `span` is the name as written
    in the declaration (its 《》 or quotes included).
    """

    name: str
    key: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {"name": self.name, "key": self.key, "span": list(self.span)}


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of reading one text: citations in order of appearance, unparsed spans, aliases."""

    citations: tuple[Citation, ...]
    unparsed: tuple[Unparsed, ...]
    aliases: tuple[Alias, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of `yiju cite --json`."""
        return {
            "citations": [c.to_dict() for c in self.citations],
            "unparsed": [u.to_dict() for u in self.unparsed],
            "aliases": [a.to_dict() for a in self.aliases],
        }


# ---------------------------------------------------------------------------- findings


class Severity(StrEnum):
    """How bad a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Return 3 for error, 2 for warning, 1 for info."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    """Something odd about the data: a stable code, a severity, a message, subjects, a location.

    `message` is the English sentence (JSON's `message`); `message_zh` the same facts in
    Chinese (`messages.say` makes both), empty for a finding made before it had one.
    """

    code: str
    slug: str
    severity: Severity
    message: str
    subjects: tuple[str, ...] = ()
    location: SourceLocation | None = None
    message_zh: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape used by `yiju audit --json`."""
        return {
            "code": self.code,
            "slug": self.slug,
            "severity": self.severity.value,
            "message": self.message,
            "subjects": list(self.subjects),
            "location": self.location.to_dict() if self.location is not None else None,
        }

    def sort_key(self) -> tuple[Any, ...]:
        """Return a total order: severity first, then code, location and subjects."""
        loc = self.location
        return (
            -self.severity.rank,
            self.code,
            loc.file if loc else "",
            loc.sheet or "" if loc else "",
            loc.row or 0 if loc else 0,
            loc.column or 0 if loc else 0,
            self.subjects,
            self.message,
        )


# ---------------------------------------------------------------------------- forms


@dataclass(frozen=True, slots=True)
class BasisDoc:
    """A document named in a target's 文件依据 cell, with the title bound to it there."""

    key: str
    title: str | None
    citation: Citation
    location: SourceLocation
    # The header of the cell that named it when that is not the 文件依据 column (a task's
    # `工作措施`): `yiju trace` says where the basis was read. None for the 文件依据 cell.
    cell: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape `{"key", "title"}`, with `"cell"` when not read in the 文件依据.

        `"cell": "前言"` marks a basis the whole list states in its preamble (every task
        inherits it), `"cell": "工作措施"` one the task's measures name.
        """
        out: dict[str, Any] = {"key": self.key, "title": self.title}
        if self.cell:
            out["cell"] = self.cell
        return out


@dataclass(frozen=True, slots=True)
class Assignment:
    """One department/person pair on an indicator (the n-th person with the n-th department)."""

    department: str | None
    person: str | None


@dataclass(frozen=True, slots=True)
class Target:
    """A first-level target (一级指标), e.g. `1-3`, with its sources and declared points."""

    id: str
    category: str
    group: str
    text: str
    raw_text: str
    points: float | None
    basis: tuple[BasisDoc, ...]
    citations: tuple[Citation, ...]
    location: SourceLocation
    hidden: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of a target in `yiju parse --json`."""
        return {
            "id": self.id,
            "category": self.category,
            "group": self.group,
            "text": self.text,
            "points": self.points,
            "basis": [b.to_dict() for b in self.basis],
            "citations": [c.to_dict() for c in self.citations],
            "hidden": self.hidden,
        }


@dataclass(frozen=True, slots=True)
class Indicator:
    """A second-level indicator (二级指标) row, e.g. `1-3-1`; a childless target is its own."""

    id: str
    target: str
    category: str
    group: str
    text: str
    weight: float | None
    deadline: str | None
    leader: str | None
    departments: tuple[str, ...]
    people: tuple[str, ...]
    assignments: tuple[Assignment, ...]
    hidden: bool
    location: SourceLocation
    # What tables of other families carry (docs/families.md); the fields above stay as they
    # were: `leader` joins `leaders` with 、, and `departments` lists every unit that owns
    # the work, lead units first, then the `partners` (配合单位, 协办单位 …) among them.
    leaders: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    section: str | None = None
    detail: str | None = None
    measure: str | None = None
    target_value: str | None = None
    nature: str | None = None
    note: str | None = None
    extra: tuple[tuple[str, str], ...] = ()
    basis_text: str | None = None

    leads: tuple[str, ...] | None = None

    @property
    def lead_departments(self) -> tuple[str, ...]:
        """Return the lead or responsible units (without the partners, unless also leading)."""
        if self.leads is not None:
            return self.leads
        return tuple(d for d in self.departments if d not in self.partners)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of an indicator in `yiju parse --json`."""
        loc = {"file": self.location.file, "sheet": self.location.sheet, "row": self.location.row}
        return {
            "id": self.id,
            "target": self.target,
            "category": self.category,
            "text": self.text,
            "weight": self.weight,
            "deadline": self.deadline,
            "leader": self.leader,
            "departments": list(self.departments),
            "people": list(self.people),
            "hidden": self.hidden,
            "location": loc,
            "leaders": list(self.leaders),
            "partners": list(self.partners),
            "levels": list(self.levels),
            "section": self.section,
            "detail": self.detail,
            "measure": self.measure,
            "target_value": self.target_value,
            "nature": self.nature,
            "note": self.note,
            "extra": dict(self.extra),
            "basis_text": self.basis_text,
        }


@dataclass(frozen=True, slots=True)
class ColumnRole:
    """What one column of a table holds: 1-based `column`, folded `header` text, `role`, `how`.

    `role` is one of `yiju.families.ROLES` (`level1` … for the levels of a hierarchy);
    `how` says how it was decided: `alias` (the header names it), `content` (its cells read
    so), `given` (`--columns`).
    """

    column: int
    header: str
    role: str
    how: str

    def to_dict(self) -> dict[str, Any]:
        """Return `{"column", "header", "role", "how"}`; a level column has role `levels` and a `level`."""
        out: dict[str, Any] = {"column": self.column, "header": self.header}
        if self.role.startswith("level") and self.role[5:].isdigit():
            out["role"] = "levels"
            out["level"] = int(self.role[5:])
        else:
            out["role"] = self.role
        out["how"] = self.how
        return out


@dataclass(frozen=True, slots=True)
class Section:
    """A section or top-level group row of a table (`一、营商环境方面（共6项）` → 一, 营商环境方面)."""

    id: str
    text: str
    location: SourceLocation

    def to_dict(self) -> dict[str, Any]:
        """Return `{"id", "text", "row"}`."""
        return {"id": self.id, "text": self.text, "row": self.location.row}


@dataclass(frozen=True, slots=True)
class Form:
    """One parsed form: header facts, targets, indicators, declared totals and reading findings.

    `totals` maps a category (or `总计` for the grand total) to the number the form declares
    in its 合计 rows; `group_points` maps a group (`科学行政`) to the points its label declares
    (`科学行政（6分）`); `signature` maps a role (`单位主要领导`, `分管领导`, …) to the name written.
    `ledger` accounts for every non-empty row read: (row or line, what it became — `title`,
    `header`, `indicator 1-3-1`, `total 职能工作目标`, `finding R03`, …), so nothing is
    silently dropped.
    """

    file: str
    unit: str | None
    year: int | None
    title: str | None
    date: str | None
    categories: tuple[str, ...]
    targets: tuple[Target, ...]
    indicators: tuple[Indicator, ...]
    totals: dict[str, float] = field(default_factory=dict)
    signature: dict[str, str] = field(default_factory=dict)
    notes: str | None = None
    findings: tuple[Finding, ...] = ()
    ledger: tuple[tuple[int, str], ...] = ()
    group_points: dict[str, float] = field(default_factory=dict)
    family: str = "performance_form"
    columns: tuple[ColumnRole, ...] = ()
    sections: tuple[Section, ...] = ()
    measure_unit: str | None = None

    @property
    def form_id(self) -> str:
        """Return the namespace used in graph node ids: `<unit>/<year>`."""
        return f"{self.unit or self.file}/{self.year or '?'}"

    def to_dict(self, *, include_hidden: bool = True) -> dict[str, Any]:
        """Return the JSON shape of one form in `yiju parse --json`."""
        return {
            "file": self.file,
            "unit": self.unit,
            "year": self.year,
            "title": self.title,
            "date": self.date,
            "targets": [t.to_dict() for t in self.targets],
            "indicators": [i.to_dict() for i in self.indicators if include_hidden or not i.hidden],
            "totals": dict(self.totals),
            "group_points": dict(self.group_points),
            "signature": dict(self.signature),
            "notes": self.notes,
            "findings": [f.to_dict() for f in self.findings],
            "rows": [[number, role] for number, role in self.ledger],
            "family": self.family,
            "columns": [c.to_dict() for c in self.columns],
            "sections": [s.to_dict() for s in self.sections],
            "measure_unit": self.measure_unit,
        }
