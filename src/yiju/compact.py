"""One object for each value that thousands of forms repeat: the memory of a whole corpus.

Forms arrive from the reader processes (and back from the index) unpickled, every string
a new object: a unit's name, its departments and people, a category (`重点工作目标`), a
deadline (`2021年12月`), a document's key, title and issuer — once per row of every form.
Read back from an index of 10,000 generated forms, 70 % of the bytes of the forms' strings
were such repeats (bench/README.md, "Memory of the in-memory path"). A `Compactor` walks
each form as it arrives and makes every equal string, and every equal small value object
(an issuer, a locator, a citation, a department–person pair, a column's role), one object.

Values stay equal, so nothing that reads them can tell, except by identity: the objects
are frozen, and no code compares them with `is`. The walk rewrites the fields of objects
only it holds (fresh from unpickling), through `object.__setattr__` as the dataclasses'
own `__init__` does; a tuple whose items changed is a new tuple.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from operator import is_
from typing import Any, TypeVar

from yiju.models import Assignment, Citation, ColumnRole, Form, IssuerInfo, Locator

__all__ = ["Compactor", "compact_forms"]

T = TypeVar("T")

# Value objects that many forms hold equal (whole citations too: the same citation written
# the same way in a unit's form of each year); rows' locations, targets and indicators are
# each their own and are not looked up.
_SHARED = frozenset({Assignment, Citation, ColumnRole, IssuerInfo, Locator})
_SCALARS = frozenset({str, int, type(None)})  # not float: (1, 2) == (1.0, 2.0)


class Compactor:
    """A table of the values seen so far; `form` makes a form's repeats the table's objects.

    One compactor for all the forms of a corpus; drop it when they are read (the forms keep
    the shared objects, the table itself is not needed again).
    """

    def __init__(self) -> None:
        """Start with an empty table."""
        self._values: dict[Any, Any] = {}
        self._fields: dict[type, tuple[str, ...]] = {}

    def form(self, form: Form) -> Form:
        """Return `form` (the same object) with its values shared with the forms before it."""
        return self.value(form)

    def value(self, value: T) -> T:
        """Return `value` with its parts shared: the table's equal object for a string or a
        value object, a tuple or dict of shared items, a dataclass with shared fields."""
        kind = type(value)
        if kind is str:
            return self._values.setdefault(value, value)  # type: ignore[no-any-return]
        if kind is tuple:
            return self._tuple(value)  # type: ignore[arg-type,return-value]
        if kind is dict:
            return {self.value(k): self.value(v) for k, v in value.items()}  # type: ignore[attr-defined,return-value]
        names = self._fields.get(kind)
        if names is None:
            # Numbers, None, booleans, enums (a Severity is not a plain str): () and left as they are.
            fields = dataclasses.fields(value) if dataclasses.is_dataclass(value) else ()
            names = self._fields[kind] = tuple(f.name for f in fields)
        if not names:
            return value
        values = self._values
        for name in names:
            old = getattr(value, name)
            new = values.setdefault(old, old) if type(old) is str else self.value(old)
            if new is not old:
                object.__setattr__(value, name, new)
        if kind in _SHARED:
            return values.setdefault(value, value)  # type: ignore[no-any-return]
        return value

    def _tuple(self, items: tuple[Any, ...]) -> tuple[Any, ...]:
        values = self._values
        shared = [values.setdefault(item, item) if type(item) is str else self.value(item) for item in items]
        if all(map(is_, shared, items)):
            if all(type(item) in _SCALARS for item in items):  # names, spans: hashable, often repeated
                return values.setdefault(items, items)  # type: ignore[no-any-return]
            return items
        out = tuple(shared)
        if all(type(item) in _SCALARS for item in out):
            return values.setdefault(out, out)  # type: ignore[no-any-return]
        return out


def compact_forms(forms: Iterable[Form], compactor: Compactor | None = None) -> Iterator[Form]:
    """Yield each form with its values shared with the forms before it (`Compactor`)."""
    table = compactor if compactor is not None else Compactor()
    for form in forms:
        yield table.form(form)
