"""Short names carried across a form's cells: `以下简称《意见》` in one cell, `《意见》` in another.

`citations.extract` resolves a short name within one text. A form is many texts: row 2's
文件依据 writes `《国务院关于…的意见》（国发〔2015〕11号，以下简称《意见》）` and row 5's 一级指标
`落实《意见》第三条`. After a form is parsed, `resolve` reads the short names declared in any
cell of its table (title and preamble lines, 文件依据, 一级指标, 二级指标, 备注 …, and the
preamble of a notice read as prose, `Table.context`) and rebinds each title-only citation
of its targets that is such a name (`《意见》`, or a bare 文件依据 segment `意见`) to the
document the name stands for: its key, issuer and title, the mention's own span, text and
locators (`《意见》第三条` is article 3 of 国发〔2015〕11号).

Which declaration a mention takes, in reading order (rows top to bottom, cells left to
right, text within a cell): the nearest declaration before it; with none before it, the
first one in another cell (a form declares a name in whichever row first cites the
document, and its rows are not read in order; within one text a `《意见》` written before
the declaration stays a title of its own, as `extract` reads it). A name declared for
two different documents is ambiguous: each mention still takes the nearest declaration
before it, and an R08 finding names the declarations, so the choice is never silent.

The cell memo (`citations.extract_cell`) is keyed on a cell's text alone and never sees
a form's names: rebinding happens here, on the form's own copies, so one form's short
names cannot leak into another form's cells.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from yiju.citations import extract, extract_cell, rebind, title_key
from yiju.codes import finding
from yiju.messages import listed, say
from yiju.models import BasisDoc, Citation, Finding, Form, SourceLocation, Target
from yiju.readers.table import Table

__all__ = ["Declaration", "declarations", "resolve"]

# Cells up to this long go through the per-process cell memo (as `citations.basis_documents`).
_MEMO_TEXT = 2000
# A reading position: (row or line, column, offset in the cell).
_At = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Declaration:
    """A short name declared in one cell: the name's key (`《意见》`), the document it stands
    for (the citation that declared it) and where the name is written."""

    name: str
    key: str
    target: Citation
    at: _At
    location: SourceLocation


def declarations(table: Table) -> list[Declaration]:
    """Return every short name declared in `table`'s cells and context lines, in reading order.

    Hidden rows and columns are skipped: a reader of the printed form does not see them.
    """
    found: list[Declaration] = []
    rows = sorted((*table.context, *table.rows), key=lambda r: r.number)
    for row in rows:
        joined = "".join(row.values)
        if row.hidden or ("称" not in joined and "稱" not in joined):
            continue  # no cell of the row names anything short: one test for the row
        for column, value in enumerate(row.values, start=1):
            if column in table.hidden_columns or ("称" not in value and "稱" not in value):
                continue  # no 简称, 以下称 or 簡稱: the common case costs one `in`
            reading = extract_cell(value) if len(value) <= _MEMO_TEXT else extract(value)
            for alias in reading.aliases:
                target = _declaring(reading.citations, alias.key, alias.span[0])
                if target is None:
                    continue
                loc = SourceLocation(table.file, table.sheet, row.number, column, alias.span)
                at = (row.number, column, alias.span[0])
                found.append(Declaration(alias.name, title_key(alias.name), target, at, loc))
    return found


def _declaring(citations: Iterable[Citation], key: str, before: int) -> Citation | None:
    """Return the citation of `key` nearest before `before` (the one the name follows)."""
    best: Citation | None = None
    for citation in citations:
        if citation.key != key:
            continue
        if best is None or citation.span[0] <= before:
            best = citation
    return best


class _Names:
    """The declarations of a form by name key, each list in reading order."""

    def __init__(self, found: list[Declaration]) -> None:
        self.by_key: dict[str, list[Declaration]] = {}
        for declaration in found:
            self.by_key.setdefault(declaration.key, []).append(declaration)
        self.starts = {k: [d.at for d in v] for k, v in self.by_key.items()}

    def target(self, citation: Citation, row: int | None, column: int | None) -> Citation | None:
        """Return the document a title-only mention at (row, column) stands for, or None."""
        if citation.serial is not None or citation.issuer is not None:
            return None
        declared = self.by_key.get(citation.key)
        if declared is None:
            return None
        at = (row or 0, column or 0, citation.span[0])
        i = bisect_right(self.starts[citation.key], at) - 1
        if i >= 0:
            return declared[i].target
        cell = at[:2]
        later = next((d for d in declared if d.at[:2] != cell), None)
        return later.target if later is not None else None


def resolve(form: Form, table: Table) -> Form:
    """Return `form` with the short names its table declares resolved in its targets.

    Args:
        form: The form parsed from `table`.
        table: The table it was parsed from (its rows, and the preamble of a prose notice).

    Returns:
        `form` itself when the table declares no short name; otherwise a copy whose targets'
        文件依据 documents and 一级指标 citations name the documents the short names stand
        for, with an R08 finding per name declared for two different documents.
    """
    found = declarations(table)
    if not found:
        return form
    names = _Names(found)
    targets = tuple(_resolve_target(names, target) for target in form.targets)
    ambiguous = list(_ambiguities(names))
    if not ambiguous and all(a is b for a, b in zip(targets, form.targets, strict=True)):
        return form
    findings = tuple(sorted((*form.findings, *ambiguous), key=Finding.sort_key))
    return replace(form, targets=targets, findings=findings)


def _resolve_target(names: _Names, target: Target) -> Target:
    basis: list[BasisDoc] = []
    seen: set[str] = set()
    changed = False
    for doc in target.basis:
        loc = doc.location
        aliased = names.target(doc.citation, loc.row, loc.column)
        if aliased is not None:
            changed = True
            citation = rebind(doc.citation, aliased)
            doc = BasisDoc(citation.key, aliased.title, citation, loc, doc.cell)  # noqa: PLW2901
        if doc.key not in seen:  # `《意见》` after its document's full name is one document
            seen.add(doc.key)
            basis.append(doc)
    cited: list[Citation] = []
    loc = target.location
    for citation in target.citations:
        aliased = names.target(citation, loc.row, loc.column)
        if aliased is not None:
            changed = True
            cited.append(rebind(citation, aliased))
        else:
            cited.append(citation)
    if not changed:
        return target
    return replace(target, basis=tuple(basis), citations=tuple(cited))


def _ambiguities(names: _Names) -> Iterator[Finding]:
    """Yield one R08 finding per short name declared for two or more documents."""
    for declared in names.by_key.values():
        documents = dict.fromkeys(_document(d.target) for d in declared)
        if len(documents) < 2:
            continue
        firsts = {_document(d.target): d for d in reversed(declared)}  # each one's first declaration
        places = [
            say("R08.place", row=firsts[k].location.row or "?", key=firsts[k].target.key) for k in documents
        ]
        second = firsts[list(documents)[1]]
        yield finding(
            "R08",
            say("R08.ambiguous", name=second.name, places=listed(places, "and")),
            (f"《{second.name}》",),
            second.location,
        )


def _document(citation: Citation) -> str:
    """Return what tells documents apart in R08: the title when bound, else the key.

    `《X》（以下简称《意见》）` and `《X》（国发〔2015〕11号，以下简称《意见》）` declare one name for
    one document written twice, once without its number: no ambiguity.
    """
    return title_key(citation.title) if citation.title else citation.key
