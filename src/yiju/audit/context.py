"""What every rule reads: the forms, their graph, the profile, and small shared helpers.

Rules see *visible* rows only: a hidden row is reported once, by R01, and is otherwise left
out — of totals, of sources, of owners — as the graph leaves it out (`build_graph`'s
default). Subjects are graph node ids (`target:<unit>/<year>/1-3`, `doc:<key>`, …) so a
finding can be joined to the graph, the exports and the queries; what the graph has no
node for uses the same shape (`form:<unit>/<year>`, `category:<unit>/<year>/职能工作目标`,
`group:<unit>/<year>/科学行政`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from yiju._util import natural_key
from yiju.audit.profile import Profile
from yiju.graph import FormSpace, Graph, dept_id, form_spaces, indicator_id, person_id, target_id
from yiju.messages import Listed, listed
from yiju.models import Form, Indicator, SourceLocation, Target

if TYPE_CHECKING:
    from yiju.cover import Coverage

__all__ = [
    "AuditContext",
    "form_location",
    "is_standing",
    "location_from_attrs",
    "owners_text",
    "short",
    "visible_indicators",
    "visible_targets",
]


@dataclass(frozen=True)
class AuditContext:
    """The input of every rule: forms (in graph order), their graph, and the profile.

    Node ids come from the context (`ctx.target_node(form, target)` …), not from the form
    alone: two files of one unit and year are kept apart in the graph (`form_spaces`), and
    the context knows which namespace each form was given.
    """

    forms: tuple[Form, ...]
    graph: Graph
    profile: Profile
    coverage: Coverage | None = None  # a register held against the forms (the C rules)

    @cached_property
    def _spaces(self) -> Mapping[int, FormSpace]:
        # Forms hold dicts and cannot be hashed; they live as long as the context does.
        return {id(form): space for form, space in form_spaces(self.forms)}

    def namespace(self, form: Form) -> str:
        """Return the namespace of a form's targets and indicators (`<unit>/<year>[~<file>]`)."""
        return self._spaces[id(form)].namespace

    def owners(self, form: Form) -> str:
        """Return the unit a form's departments and people are namespaced by."""
        return self._spaces[id(form)].owners

    @cached_property
    def several_forms(self) -> bool:
        """Return True when the forms span more than one namespace (labels then name the form)."""
        return len({space.namespace for space in self._spaces.values()}) > 1

    @cached_property
    def targets(self) -> Mapping[str, tuple[Form, Target]]:
        """Return every visible target by node id."""
        return {self.target_node(f, t): (f, t) for f in self.forms for t in visible_targets(f)}

    @cached_property
    def _children(self) -> Mapping[str, tuple[Indicator, ...]]:
        # Keyed by the target's node id: forms kept apart in the graph have their own ids,
        # so two files of one unit and year never add up each other's weights.
        out: dict[str, list[Indicator]] = {}
        for form in self.forms:
            namespace = self.namespace(form)
            for ind in visible_indicators(form):
                out.setdefault(target_id(namespace, ind.target), []).append(ind)
        return {k: tuple(v) for k, v in out.items()}

    def indicators_of(self, form: Form, target: str) -> tuple[Indicator, ...]:
        """Return the visible indicators of target id `target` in `form`, in form order."""
        return self._children.get(target_id(self.namespace(form), target), ())

    def node_indicators(self, node: str) -> tuple[Indicator, ...]:
        """Return the visible indicators of a target node."""
        return self._children.get(node, ())

    def label(self, form: Form, ident: str) -> str:
        """Return how a message names a row: `1-3`, or `<unit>/<year> 1-3` across forms."""
        return f"{self.namespace(form)} {ident}" if self.several_forms else ident

    def target_label(self, node: str) -> str:
        """Return the message label of a target node."""
        form, target = self.targets[node]
        return self.label(form, target.id)

    def order(self, node: str) -> tuple[Any, ...]:
        """Return the sort key of a target node: its form's namespace, then its id."""
        form, target = self.targets[node]
        return (self.namespace(form), natural_key(target.id))

    def target_node(self, form: Form, target: Target) -> str:
        """Return a target's graph node id."""
        return target_id(self.namespace(form), target.id)

    def indicator_node(self, form: Form, indicator: Indicator) -> str:
        """Return an indicator's graph node id."""
        return indicator_id(self.namespace(form), indicator.id)

    def person_node(self, form: Form, name: str) -> str:
        """Return a person's graph node id."""
        return person_id(self.owners(form), name)

    def dept_node(self, form: Form, name: str) -> str:
        """Return a department's graph node id."""
        return dept_id(self.owners(form), name)

    def form_node(self, form: Form) -> str:
        """Return the subject id of a whole form."""
        return f"form:{self.namespace(form)}"

    def category_node(self, form: Form, category: str) -> str:
        """Return the subject id of a category of a form."""
        return f"category:{self.namespace(form)}/{category}"

    def group_node(self, form: Form, group: str) -> str:
        """Return the subject id of a sub-category (group) of a form."""
        return f"group:{self.namespace(form)}/{group}"


def visible_targets(form: Form) -> list[Target]:
    """Return the targets not on hidden rows, in form order."""
    return [t for t in form.targets if not t.hidden]


def visible_indicators(form: Form) -> list[Indicator]:
    """Return the indicators not on hidden rows, in form order."""
    return [i for i in form.indicators if not i.hidden]


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


def owners_text(indicators: Iterable[Indicator]) -> Listed:
    """Return the owners of indicators as `dept person; dept person` (`；` in Chinese), each pair once."""
    pairs: list[str] = []
    for ind in indicators:
        text = f"{'、'.join(ind.departments) or '—'} {'、'.join(ind.people) or '—'}"
        if text not in pairs:
            pairs.append(text)
    return listed(pairs, ";")


def short(text: str, limit: int = 30) -> str:
    """Return text cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
