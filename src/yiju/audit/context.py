"""What every rule reads: the forms, their graph, the profile, and small shared helpers.

Rules see *visible* rows only: a hidden row is reported once, by R01, and is otherwise left
out — of totals, of sources, of owners — as the graph leaves it out (`build_graph`'s
default). Subjects are graph node ids (`target:<unit>/<year>/1-3`, `doc:<key>`, …) so a
finding can be joined to the graph, the exports and the queries; what the graph has no
node for uses the same shape (`form:<unit>/<year>`, `category:<unit>/<year>/职能工作目标`,
`group:<unit>/<year>/科学行政`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from yiju.audit.profile import Profile
from yiju.graph import Graph, dept_id, indicator_id, person_id, target_id, unit_of
from yiju.models import Form, Indicator, SourceLocation, Target

__all__ = [
    "AuditContext",
    "category_node",
    "dept_node",
    "form_location",
    "form_node",
    "group_node",
    "id_key",
    "indicator_node",
    "is_standing",
    "location_from_attrs",
    "owners_text",
    "person_node",
    "short",
    "target_node",
    "unique",
    "visible_indicators",
    "visible_targets",
    "weight_text",
]


@dataclass(frozen=True)
class AuditContext:
    """The input of every rule: forms (in graph order), their graph, and the profile."""

    forms: tuple[Form, ...]
    graph: Graph
    profile: Profile

    @cached_property
    def several_forms(self) -> bool:
        """Return True when the forms span more than one namespace (labels then name the form)."""
        return len({f.form_id for f in self.forms}) > 1

    @cached_property
    def targets(self) -> Mapping[str, tuple[Form, Target]]:
        """Return every visible target by node id."""
        return {target_node(f, t): (f, t) for f in self.forms for t in visible_targets(f)}

    @cached_property
    def _children(self) -> Mapping[tuple[int, str], tuple[Indicator, ...]]:
        # Keyed by the form object, not the node id: two files of one unit and year (the seed
        # as text and as xlsx) share node ids but must not add up each other's weights.
        out: dict[tuple[int, str], list[Indicator]] = {}
        for form in self.forms:
            for ind in visible_indicators(form):
                out.setdefault((id(form), ind.target), []).append(ind)
        return {k: tuple(v) for k, v in out.items()}

    def indicators_of(self, form: Form, target: str) -> tuple[Indicator, ...]:
        """Return the visible indicators of target id `target` in `form`, in form order."""
        return self._children.get((id(form), target), ())

    def node_indicators(self, node: str) -> tuple[Indicator, ...]:
        """Return the visible indicators of a target node (of the form that holds it)."""
        form, target = self.targets[node]
        return self.indicators_of(form, target.id)

    def label(self, form_namespace: str, ident: str) -> str:
        """Return how a message names a row: `1-3`, or `<unit>/<year> 1-3` across forms."""
        return f"{form_namespace} {ident}" if self.several_forms else ident

    def target_label(self, node: str) -> str:
        """Return the message label of a target node."""
        form, target = self.targets[node]
        return self.label(form.form_id, target.id)


def id_key(ident: str) -> tuple[int, ...]:
    """Return a numeric sort key for a row id (`1-10` after `1-9`)."""
    return tuple(int(p) if p.isdigit() else 0 for p in ident.split("-"))


def visible_targets(form: Form) -> list[Target]:
    """Return the targets not on hidden rows, in form order."""
    return [t for t in form.targets if not t.hidden]


def visible_indicators(form: Form) -> list[Indicator]:
    """Return the indicators not on hidden rows, in form order."""
    return [i for i in form.indicators if not i.hidden]


def target_node(form: Form, target: Target) -> str:
    """Return a target's graph node id."""
    return target_id(form.form_id, target.id)


def indicator_node(form: Form, indicator: Indicator) -> str:
    """Return an indicator's graph node id."""
    return indicator_id(form.form_id, indicator.id)


def person_node(form: Form, name: str) -> str:
    """Return a person's graph node id."""
    return person_id(unit_of(form), name)


def dept_node(form: Form, name: str) -> str:
    """Return a department's graph node id."""
    return dept_id(unit_of(form), name)


def form_node(form: Form) -> str:
    """Return the subject id of a whole form."""
    return f"form:{form.form_id}"


def category_node(form: Form, category: str) -> str:
    """Return the subject id of a category of a form."""
    return f"category:{form.form_id}/{category}"


def group_node(form: Form, group: str) -> str:
    """Return the subject id of a sub-category (group) of a form."""
    return f"group:{form.form_id}/{group}"


def form_location(form: Form) -> SourceLocation:
    """Return where a whole form lives: its file and (xlsx) sheet, no row."""
    sheet = next((t.location.sheet for t in form.targets), None)
    return SourceLocation(form.file, sheet)


def location_from_attrs(attrs: Mapping[str, Any]) -> SourceLocation:
    """Return the source location stored on a graph node or edge."""
    return SourceLocation(attrs["file"], attrs.get("sheet"), attrs.get("row"), attrs.get("column"))


def is_standing(profile: Profile, key: str, title: str | None) -> bool:
    """Return True for a standing mandate (the unit's 三定方案), by key or title."""
    return any(word in key or (title is not None and word in title) for word in profile.standing_documents)


def weight_text(value: float | None) -> str:
    """Return a weight as the form writes it (`1.5`, `2`; `—` when absent)."""
    return "—" if value is None else f"{value:g}"


def owners_text(indicators: Iterable[Indicator]) -> str:
    """Return the owners of indicators as `dept person; dept person`, each pair once."""
    pairs: list[str] = []
    for ind in indicators:
        text = f"{'、'.join(ind.departments) or '—'} {'、'.join(ind.people) or '—'}"
        if text not in pairs:
            pairs.append(text)
    return "; ".join(pairs)


def short(text: str, limit: int = 30) -> str:
    """Return text cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def unique(items: Sequence[str]) -> list[str]:
    """Return items without repeats, first occurrence first."""
    return list(dict.fromkeys(items))
