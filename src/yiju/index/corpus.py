"""A `Corpus` read from an index: SQL picks what a question needs, a graph is built of that only.

Every question answers exactly what the in-memory `Corpus` answers on the same files (the
tests ask each one both ways). The index finds the groups (a target with its indicators)
a question touches — by document key or title fragment, by target number, by owner name —
and builds the graph of those groups with the namespaces chosen over all forms; the
documents' titles are the index's, gathered over all forms. When SQL finds nothing, the
library's own query runs on a small graph of the whole index's names (documents, numbers,
owners), so that "nothing matches" names the same nearest candidates. Whole-corpus answers
(the report, a full picture, `who` of everyone) read every form back, without parsing.
"""

from __future__ import annotations

import heapq
import itertools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, NoReturn

from yiju.corpus import Corpus, KeptApart
from yiju.errors import ReadError
from yiju.index import schema
from yiju.index.store import Store

if TYPE_CHECKING:
    from yiju.audit.profile import Profile
    from yiju.cover import Coverage
    from yiju.graph import FormSpace, Graph
    from yiju.graphread import Role
    from yiju.models import Finding, Form, Severity
    from yiju.queries import Impact, Sources, Trace, Workload
    from yiju.render import View

__all__ = ["IndexCorpus"]

# Ids per IN (…) list: well under SQLite's limit of bound parameters.
_CHUNK = 5000
# Forms read back at once when the whole corpus is read: the rows fetched stand whole
# until they are unpickled.
_FORMS_AT_ONCE = 100


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _is_default(profile: Profile) -> bool:
    """Return True when `profile` is the default one (the stored findings are its)."""
    from yiju.audit import load_profile  # noqa: PLC0415  # only when a profile is given

    return profile == load_profile()


def _in_form(namespace: str, owners: str, form: str) -> bool:
    """Return True when a form is `form` (as `queries` reads a --form value)."""
    return form in (namespace, owners) or owners.startswith(f"{form}~")


class IndexCorpus(Corpus):
    """The forms of an index, queried through SQL; see the module docstring."""

    def __init__(self, store: Store, *, include_hidden: bool = False) -> None:
        """Query the index behind `store` (its tables must exist: `update_index` made them)."""
        super().__init__((), include_hidden=include_hidden)
        self.store = store
        self._graphs: list[Graph] = []
        # `trace --target` asks for the nodes twice (to list the first, to count them all).
        self._target_memo: dict[tuple[str, str | None], list[tuple[str, list[int]]]] = {}

    def __repr__(self) -> str:
        """Return `<IndexCorpus yiju.db: 1000 forms>`."""
        count = self.store.values("SELECT COUNT(*) FROM forms")[0]
        return f"<IndexCorpus {self.store.name}: {count} forms>"

    def _hidden(self, column: str = "hidden") -> str:
        """Return an SQL condition keeping visible rows only (or every row with hidden ones kept)."""
        return "1 = 1" if self.include_hidden else f"{column} = 0"

    # ------------------------------------------------------------------ the whole corpus

    @cached_property
    def _all(self) -> tuple[tuple[Form, FormSpace], ...]:
        # A few forms at a time, each made to share the values the others repeat
        # (`compact.Compactor`): 10,000 forms read back whole hold a third of the memory,
        # and no fetch holds thousands of pickled groups at once.
        from yiju.compact import Compactor  # noqa: PLC0415

        compactor = Compactor()
        ids = [r[0] for r in self.store.rows("SELECT id FROM forms ORDER BY file, seq")]
        out: list[tuple[Form, FormSpace]] = []
        for start in range(0, len(ids), _FORMS_AT_ONCE):
            for form, space in self._forms_of_groups(None, ids[start : start + _FORMS_AT_ONCE]):
                out.append((compactor.form(form), compactor.value(space)))
        return tuple(out)

    @property
    def forms(self) -> tuple[Form, ...]:
        """Return every form of the index (read back whole: no file is parsed again)."""
        return tuple(form for form, _ in self._all)

    @property
    def spaces(self) -> tuple[tuple[Form, FormSpace], ...]:
        """Return each form with its namespaces as the index chose them."""
        return self._all

    @property
    def failures(self) -> tuple[ReadError, ...]:
        """Return the files the index could not read, each with its recorded reason."""
        rows = self.store.rows("SELECT path, error FROM files WHERE error IS NOT NULL ORDER BY path")
        return tuple(ReadError(path, error) for path, error in rows)

    @property
    def files(self) -> tuple[str, ...]:
        """Return the files the index holds forms of."""
        return tuple(self.store.values("SELECT DISTINCT path FROM forms ORDER BY path"))

    @property
    def kept_apart(self) -> list[KeptApart]:
        """Return the forms kept apart from another file of their unit and year."""
        rows = self.store.rows(
            "SELECT path, form_id, kept_apart_from, namespace, sheet FROM forms"
            " WHERE kept_apart_from IS NOT NULL ORDER BY form_id, path, sheet"
        )
        return [KeptApart(path, form_id, kept, namespace) for path, form_id, kept, namespace, _ in rows]

    def kept_apart_head(self, limit: int) -> tuple[list[KeptApart], int]:
        """Return the first `limit` forms kept apart (a workbook's sheets once) and how many there are.

        In the order `form_spaces` gives forms: unit and year, file, first sheet. Read in
        index order (`forms_kept_first`: a file's forms together, each form's sheets in order)
        until `limit` are found, and counted on the same index: an index of thousands of
        copies and drafts names ten of them on every query.
        """
        where = "FROM forms WHERE kept_apart_from IS NOT NULL"
        columns = ("form_id", "path", "kept_apart_from", "namespace", "sheet")
        order = ", ".join(self.store.ordered(c) for c in columns)
        found: list[KeptApart] = []
        block: dict[KeptApart, str] = {}  # one file's forms of one unit and year, with their first sheet
        cursor = self.store.execute(f"SELECT {', '.join(columns)} {where} ORDER BY {order}")
        try:
            for form_id, path, by, namespace, sheet in cursor:
                if block and (form_id, path) != (next(iter(block)).form_id, next(iter(block)).file):
                    found.extend(sorted(block, key=lambda k: (block[k], k.kept_by, k.namespace)))
                    block.clear()
                    if len(found) >= limit:
                        break
                block.setdefault(KeptApart(path, form_id, by, namespace), sheet)
        finally:
            cursor.close()
        found.extend(sorted(block, key=lambda k: (block[k], k.kept_by, k.namespace)))
        count = self.store.values(
            f"SELECT COUNT(*) FROM (SELECT DISTINCT {', '.join(columns[:4])} {where}) AS k"
        )
        return found[:limit], int(count[0])

    @property
    def has_hidden(self) -> bool:
        """Return True when any form has a hidden target or indicator."""
        return bool(self.store.values("SELECT COUNT(*) FROM numbers WHERE hidden = 1")[0])

    @cached_property
    def graph(self) -> Graph:
        """Return the graph of every form (hidden rows only with `include_hidden`)."""
        from yiju.graph import build_spaced_graph  # noqa: PLC0415

        return build_spaced_graph(self._all, include_hidden=self.include_hidden)

    @cached_property
    def visible_graph(self) -> Graph:
        """Return the graph of every form without hidden rows."""
        if not self.include_hidden:
            return self.graph
        from yiju.graph import build_spaced_graph  # noqa: PLC0415

        return build_spaced_graph(self._all)

    def with_hidden(self) -> IndexCorpus:
        """Return this index with hidden rows kept."""
        return self if self.include_hidden else IndexCorpus(self.store, include_hidden=True)

    def attrs(self, node: str) -> Mapping[str, Any]:
        """Return a node's attributes from the graphs the answers were built of."""
        for graph in reversed(self._graphs):  # the full graph only when no answer's has it
            if node in graph:
                found: Mapping[str, Any] = graph.nodes[node]
                return found
        whole: Mapping[str, Any] = self.graph.nodes[node]
        return whole

    # ------------------------------------------------------------------ subgraphs

    def _forms_of_groups(
        self, groups: Sequence[int] | None, forms: Sequence[int] = ()
    ) -> list[tuple[Form, FormSpace]]:
        """Return the forms holding `groups` (only those groups), or whole `forms`, with their spaces."""
        from yiju.graph import FormSpace  # noqa: PLC0415

        select = (
            "SELECT f.id, f.header, f.namespace, f.owners, f.kept_apart_from, g.data"
            " FROM groups g JOIN forms f ON g.form = f.id WHERE {} IN {} ORDER BY f.file, f.seq, g.id"
        )
        column, ids = ("g.id", list(groups)) if groups is not None else ("f.id", list(forms))
        found: dict[int, tuple[Any, FormSpace, list[Any], list[Any]]] = {}
        for chunk in _chunks(ids):
            for form_id, header, namespace, owners, kept, data in self.store.rows(
                select.format(column, self.store.in_list(chunk)), chunk
            ):
                entry = found.get(form_id)
                if entry is None:
                    entry = (header, FormSpace(namespace, owners, kept), [], [])
                    found[form_id] = entry
                pos, target, indicators = schema.loads(data)
                if target is not None:
                    entry[2].append((pos, target))
                entry[3].extend(indicators)
        headers = {form_id: schema.loads(entry[0]) for form_id, entry in found.items()}
        if groups is None:  # forms with no group at all still belong to the corpus
            missing = [i for i in ids if i not in found]
            for chunk in _chunks(missing):
                for form_id, header, namespace, owners, kept in self.store.rows(
                    "SELECT id, header, namespace, owners, kept_apart_from FROM forms WHERE id IN "
                    + self.store.in_list(chunk),
                    chunk,
                ):
                    found[form_id] = (header, FormSpace(namespace, owners, kept), [], [])
                    headers[form_id] = schema.loads(header)
            order = {form_id: index for index, form_id in enumerate(ids)}
        else:
            order = {form_id: index for index, form_id in enumerate(found)}
        out = []
        for form_id in sorted(found, key=order.__getitem__):
            _, space, targets, indicators = found[form_id]
            form = replace(
                headers[form_id],
                targets=tuple(t for _, t in sorted(targets, key=lambda pt: pt[0])),
                indicators=tuple(i for _, i in sorted(indicators, key=lambda pi: pi[0])),
            )
            out.append((form, space))
        return out

    def _subgraph(
        self, groups: Iterable[int], *, whole_forms: bool = False, documents: bool = False
    ) -> Graph:
        """Return the graph of some groups (or of the whole forms holding them), titles as the index's.

        With `documents`, every document node of the corpus is added (for a query that
        resolves a title fragment on the graph it is given).
        """
        from yiju.graph import build_spaced_graph  # noqa: PLC0415

        ids = sorted(set(groups))
        if whole_forms:
            forms = sorted(
                {
                    row[0]
                    for chunk in _chunks(ids)
                    for row in self.store.rows(
                        "SELECT DISTINCT form FROM groups WHERE id IN " + self.store.in_list(chunk), chunk
                    )
                }
            )
            spaced = self._forms_of_groups(None, forms)
        else:
            spaced = self._forms_of_groups(ids)
        graph = build_spaced_graph(spaced, include_hidden=self.include_hidden, light=True)
        self._set_titles(graph)
        if documents:
            graph = self._with_documents(graph)
        self._graphs.append(graph)
        return graph

    def _set_titles(self, graph: Graph) -> None:
        """Give each document node the titles gathered over all forms (as the full graph has)."""
        from yiju.graphread import documents  # noqa: PLC0415

        keys = [str(graph.nodes[d].get("key", d.removeprefix("doc:"))) for d in documents(graph)]
        column = "titles_all" if self.include_hidden else "titles_visible"
        for chunk in _chunks(keys):
            for key, titles in self.store.rows(
                f"SELECT key, {column} FROM documents WHERE key IN {self.store.in_list(chunk)}",
                chunk,
            ):
                attrs = graph.nodes[f"doc:{key}"]
                if titles:
                    attrs["titles"] = titles
                else:
                    attrs.pop("titles", None)

    def _with_documents(self, graph: Graph) -> Graph:
        """Return the graph with every document node of the corpus added, in sorted order."""
        from yiju.graph import new_graph  # noqa: PLC0415

        docs = self._documents_graph
        out = new_graph(light=True)
        for node in sorted(set(graph.nodes) | set(docs.nodes)):
            out.add_node(node, **(graph.nodes[node] if node in graph else docs.nodes[node]))
        for u, v, key, data in graph.edges(keys=True, data=True):
            out.add_edge(u, v, key=key, **data)
        return out

    @cached_property
    def _documents_graph(self) -> Graph:
        """Return a graph of every document node (attributes and titles as the full graph's)."""
        from yiju.graph import new_graph  # noqa: PLC0415

        column = "titles_all" if self.include_hidden else "titles_visible"
        graph = new_graph(light=True)
        rows = self.store.rows(
            f"SELECT key, attrs, {column} FROM documents WHERE {self._hidden('1 - visible')} ORDER BY key"
        )
        for key, attrs, titles in rows:
            data = dict(schema.loads(attrs))
            if titles:
                data["titles"] = titles
            graph.add_node(f"doc:{key}", **dict(sorted(data.items())))
        return graph

    def _groups_citing(self, docs: Sequence[str]) -> list[int]:
        keys = [d.removeprefix("doc:") for d in docs]
        return [
            row[0]
            for chunk in _chunks(keys)
            for row in self.store.rows(
                f"SELECT DISTINCT grp FROM citations WHERE doc IN {self.store.in_list(chunk)}"
                f" AND {self._hidden()}",
                chunk,
            )
        ]

    # ------------------------------------------------------------------ resolving

    def _resolve_documents(self, query: str) -> list[str]:
        """Return the document nodes `query` names, as `queries.resolve_documents` on the full graph."""
        text = query.strip()
        visible = "1 = 1" if self.include_hidden else "visible = 1"
        if text and not text.startswith("doc:"):
            # A key as the index stores it (copied from an answer) is its own canonical key
            # (`canonical_key` reads a key back to itself; the tests check every key): found
            # without the citation reader, whose patterns cost more to compile than a query.
            # So is a number written plainly (`泉应急[2020]第159号`): `plain_number_key` writes
            # its key, trusted only when the index holds it (held to the reader by a property test).
            from yiju.number_key import plain_number_key  # noqa: PLC0415

            for stored in dict.fromkeys((text, plain_number_key(text) or text)):
                found = self.store.values(f"SELECT key FROM documents WHERE key = ? AND {visible}", (stored,))
                if found:
                    return [f"doc:{found[0]}"]

        from yiju._util import natural_key  # noqa: PLC0415
        from yiju.citations import canonical_key  # noqa: PLC0415
        from yiju.queries import MIN_FRAGMENT, fold_title, resolve_documents  # noqa: PLC0415

        key = text.removeprefix("doc:") if text.startswith("doc:") else canonical_key(text) if text else None
        if key is not None:
            found = self.store.values(f"SELECT key FROM documents WHERE key = ? AND {visible}", (key,))
            if found:
                return [f"doc:{found[0]}"]
        elif len(folded := fold_title(text)) >= MIN_FRAGMENT:
            column = "folded" if self.include_hidden else "folded_visible"
            if self.store.dialect == "sqlite" and len(folded) >= 3:
                phrase = '"' + folded.replace('"', '""') + '"'
                keys = self.store.values("SELECT key FROM titles_fts WHERE folded MATCH ?", (phrase,))
            else:
                pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                keys = self.store.values(
                    "SELECT key FROM documents WHERE folded LIKE ? ESCAPE '\\'", (pattern,)
                )
            containing = []
            for chunk in _chunks(keys):
                for doc, titles in self.store.rows(
                    f"SELECT key, {column} FROM documents WHERE key IN {self.store.in_list(chunk)}"
                    f" AND {visible}",
                    chunk,
                ):
                    if any(folded in line for line in titles.split("\n")):
                        containing.append(f"doc:{doc}")
            if containing:
                return sorted(containing, key=natural_key)
        # Fuzzy matching, and every "nothing matches": the library on all documents.
        return resolve_documents(self._documents_graph, query)

    @cached_property
    def _forms_graph(self) -> Graph:
        """Return a graph with one target node per form that has targets (for --form checks)."""
        from yiju.graph import new_graph  # noqa: PLC0415

        column = "has_target" if self.include_hidden else "has_visible_target"
        graph = new_graph(light=True)
        for namespace, owners in self.store.rows(f"SELECT namespace, owners FROM forms WHERE {column} = 1"):
            graph.add_node(f"target:{namespace}/", kind="target", form=namespace, unit=owners)
        return graph

    # ------------------------------------------------------------------ questions

    def trace(self, doc: str, *, form: str | None = None, limit: int | None = None) -> Trace:
        """Return the targets deriving from the documents `doc` names (`queries.derives_from`).

        SQL lists the deriving targets (a group cites the document exactly when its target
        derives from it) in answer order; only the listed ones are read back and built.
        """
        from yiju._util import natural_key  # noqa: PLC0415
        from yiju.queries import check_form, trace_documents  # noqa: PLC0415

        if form is not None:
            check_form(self._forms_graph, form)
        docs = self._resolve_documents(doc)
        keys = [d.removeprefix("doc:") for d in docs]
        # Each deriving target as `queries` sorts them (form, number, node: in one form the
        # node is its number), with its group and unit: (namespace, key, number, group, unit).
        found: list[tuple[str, Any, str, int, str]] = []
        seen: set[int] = set()
        for chunk in _chunks(keys):
            for grp, namespace, owners, number in self.store.rows(
                "SELECT g.id, f.namespace, f.owners, g.target FROM groups g JOIN forms f ON g.form = f.id"
                f" WHERE g.id IN (SELECT grp FROM citations WHERE doc IN {self.store.in_list(chunk)}"
                f" AND {self._hidden()})",
                chunk,
            ):
                if grp not in seen and (form is None or _in_form(namespace, owners, form)):
                    seen.add(grp)
                    found.append((namespace, natural_key(number), number, grp, owners))
        listed = sorted(found) if limit is None else heapq.nsmallest(limit, found)
        shown = [row[3] for row in listed]
        graph = self._subgraph(shown)
        column = "titles_all" if self.include_hidden else "titles_visible"
        for key in keys:  # a document no listed target cites (all left out by --form or limit)
            if f"doc:{key}" not in graph:
                for attrs, titles in self.store.rows(
                    f"SELECT attrs, {column} FROM documents WHERE key = ?", (key,)
                ):
                    graph.add_node(
                        f"doc:{key}", **dict(schema.loads(attrs)), **({"titles": titles} if titles else {})
                    )
        answer = trace_documents(graph, doc, docs, form=form)
        if len(shown) == len(found):
            return answer
        return replace(answer, total_targets=len(found), total_units=len({row[4] for row in found}))

    def impact(self, doc: str) -> Impact:
        """Return everything a change to the documents `doc` names would touch (`queries.impact`)."""
        from yiju.queries import impact  # noqa: PLC0415

        docs = self._resolve_documents(doc)
        return impact(self._subgraph(self._groups_citing(docs), documents=True), doc)

    def _target_groups(self, target: str, form: str | None) -> list[int]:
        """Return the groups holding a target or indicator by node id (`kind:<namespace>/<number>`)."""
        kind, _, rest = target.strip().partition(":")
        namespace, _, number = rest.rpartition("/")
        return self.store.values(
            "SELECT n.grp FROM numbers n JOIN groups g ON n.grp = g.id JOIN forms f ON g.form = f.id"
            f" WHERE n.kind = ? AND n.number = ? AND f.namespace = ? AND {self._hidden('n.hidden')}",
            (kind, number, namespace),
        )

    def _target_nodes(self, target: str, form: str | None) -> list[tuple[str, list[int]]]:
        """Return the nodes a number or node id names, in answer order, each with its groups.

        As `queries.resolve_targets` on the full graph: a node id names itself; a number, the
        target or indicator of that number in each form (of `form`), a target answering for
        an indicator of its own number. Empty when nothing matches.
        """
        memo = self._target_memo.get((target, form))
        if memo is None:
            memo = self._target_memo[target, form] = self._find_target_nodes(target, form)
        return memo

    def _find_target_nodes(self, target: str, form: str | None) -> list[tuple[str, list[int]]]:
        from yiju.queries import folded_number  # noqa: PLC0415

        text = target.strip()
        kind, _, rest = text.partition(":")
        if kind in ("target", "indicator") and "/" in rest:
            groups = self._target_groups(text, form)
            return [(text, groups)] if groups else []
        number = folded_number(text)
        found: dict[tuple[str, bool], str] = {}
        groups_of: dict[str, list[int]] = {}
        for grp, node_kind, namespace, owners in self.store.rows(
            "SELECT n.grp, n.kind, f.namespace, f.owners FROM numbers n JOIN groups g ON n.grp = g.id"
            f" JOIN forms f ON g.form = f.id WHERE n.number = ? AND {self._hidden('n.hidden')}",
            (number,),
        ):
            if form is None or _in_form(namespace, owners, form):
                node = f"{node_kind}:{namespace}/{number}"
                found[namespace, node_kind == "indicator"] = node
                groups_of.setdefault(node, []).append(grp)
        # A childless target (`1-15`) is its own indicator: the target answers for both.
        keep = [(ns, node) for (ns, ind), node in found.items() if not ind or (ns, False) not in found]
        keep.sort()  # form, then node, as `queries` sorts targets (their number is one: `number`)
        return [(node, groups_of[node]) for _, node in keep]

    def _no_target(self, target: str, form: str | None) -> NoReturn:
        """Raise what `queries.resolve_targets` raises on the graph of every number of the index
        when no target or indicator has the number `target` names (in `form`).

        It names the nearest `<form>/<number>` labels: ranked by the distance of their number
        (`queries.number_distance` reads the part after a label's last `/`: the number's),
        then in natural order. So SQL lists the distinct numbers (of `form`), they are ranked
        here, the labels of the nearest (at least `NEAREST`, and every label as near as the
        last) are read, and `resolve_targets` runs on a graph of the `NEAREST` first of them
        (a graph of every number was 600,000 nodes at 10,000 forms: 19 s). When `form` has
        no number at all, it runs on the graph of forms, and names the first forms.
        """
        from yiju._util import natural_key  # noqa: PLC0415
        from yiju.graph import new_graph  # noqa: PLC0415
        from yiju.queries import NEAREST, folded_number, number_distance, resolve_targets  # noqa: PLC0415

        hidden = self._hidden("n.hidden")
        forms: list[Any] | None = None
        if form is not None:
            rows = self.store.rows("SELECT id, namespace, owners FROM forms")
            forms = [form_id for form_id, namespace, owners in rows if _in_form(namespace, owners, form)]
        numbers: set[str] = set()
        for chunk in _chunks(forms) if forms is not None else [None]:
            where = hidden if chunk is None else f"{hidden} AND g.form IN {self.store.in_list(chunk)}"
            numbers.update(
                self.store.values(
                    f"SELECT DISTINCT n.number FROM numbers n JOIN groups g ON n.grp = g.id WHERE {where}",
                    chunk or (),
                )
            )
        if not numbers:  # no target or indicator in that form
            resolve_targets(self._forms_graph, target, form=form)
            raise AssertionError(target)  # pragma: no cover  # resolve_targets raised
        wanted = folded_number(target.strip())
        by_distance: dict[tuple[Any, ...], list[str]] = {}
        for number in numbers:
            by_distance.setdefault(number_distance(wanted, f"/{number}")[:-1], []).append(number)
        near: dict[str, tuple[tuple[Any, ...], str, str, str, str]] = {}  # label: distance, one node's
        for distance in sorted(by_distance):
            chosen = by_distance[distance]
            for kind, number, namespace, owners in self.store.rows(
                "SELECT n.kind, n.number, f.namespace, f.owners FROM numbers n JOIN groups g ON n.grp = g.id"
                f" JOIN forms f ON g.form = f.id WHERE n.number IN {self.store.in_list(chosen)} AND {hidden}",
                chosen,
            ):
                if form is None or _in_form(namespace, owners, form):
                    near.setdefault(f"{namespace}/{number}", (distance, kind, namespace, owners, number))
            if len(near) >= NEAREST:
                break
        graph = new_graph(light=True)
        for label in heapq.nsmallest(NEAREST, near, key=lambda lab: (near[lab][0], natural_key(lab))):
            _, kind, namespace, owners, number = near[label]
            graph.add_node(f"{kind}:{label}", kind=kind, form=namespace, unit=owners, number=number)
        resolve_targets(graph, target, form=form)
        raise AssertionError(target)  # pragma: no cover  # resolve_targets raised

    def _targets_in(self, target: str, form: str | None, limit: int | None = None) -> tuple[Graph, list[str]]:
        """Return the subgraph of the first `limit` nodes a number names, and those nodes."""
        from yiju.queries import resolve_targets  # noqa: PLC0415

        nodes = self._target_nodes(target, form)
        if not nodes:  # raises as the full graph would, naming the nearest numbers
            self._no_target(target, form)
        graph = self._subgraph([grp for _, groups in nodes[:limit] for grp in groups])
        return graph, resolve_targets(graph, target, form=form)

    def targets(self, target: str, *, form: str | None = None) -> list[str]:
        """Return the target or indicator nodes a number or node id names (`queries.resolve_targets`)."""

        nodes = self._target_nodes(target, form)
        if not nodes:
            self._no_target(target, form)  # raises as the full graph would
        return [node for node, _ in nodes]

    def sources(self, target: str, *, form: str | None = None, limit: int | None = None) -> list[Sources]:
        """Return what each target the number names rests on, one per form (`queries.sources_of`).

        SQL finds the nodes in answer order; only the first `limit` are read back and built.
        """
        from yiju.queries import sources_of  # noqa: PLC0415

        graph, nodes = self._targets_in(target, form, limit)
        return [sources_of(graph, node) for node in nodes]

    def _owner_names_graph(self, by: Role, name: str) -> Graph:
        """Return a graph on which `queries.workload(by, name=name)` raises as on the graph of
        every form when `name` carries nothing as `by`: every name owning something as `by`
        (the nearest are named), and `name` in each other role it has (a role hint).

        Names only: the answer names no unit (a graph of every owner in every unit was
        166,000 edges and 8 s of SQL at 10,000 forms).
        """
        from yiju.graph import new_graph  # noqa: PLC0415
        from yiju.graphread import ROLE_EDGES  # noqa: PLC0415

        hidden = self._hidden()
        names = [
            (by, n)
            for n in self.store.values(f"SELECT DISTINCT name FROM owners WHERE role = ? AND {hidden}", (by,))
        ]
        names += [
            (role, name)
            for role in self.store.values(
                f"SELECT DISTINCT role FROM owners WHERE name = ? AND {hidden}", (name,)
            )
            if role != by and role in ROLE_EDGES
        ]
        graph = new_graph(light=True)
        for index, (role, owner_name) in enumerate(names):
            indicator = f"indicator:~/{index}"
            kind = "department" if role == "department" else "person"
            owner = f"{'dept' if role == 'department' else 'person'}:~{role}/{owner_name}"
            graph.add_node(indicator, kind="indicator", number=str(index))
            graph.add_node(owner, kind=kind, unit=f"~{role}", name=owner_name)
            graph.add_edge(indicator, owner, key=ROLE_EDGES[role], kind=ROLE_EDGES[role].value)
        return graph

    def who(self, by: Role = "person", *, name: str | None = None) -> list[Workload]:
        """Return what each person, department or leader carries (`queries.workload`)."""
        from yiju.normalize import clean_name  # noqa: PLC0415
        from yiju.queries import workload  # noqa: PLC0415

        if name is None or by not in ("person", "department", "leader"):
            return workload(self.graph, by, name=name)
        groups = self.store.values(
            f"SELECT DISTINCT grp FROM owners WHERE role = ? AND name = ? AND {self._hidden()}",
            (by, clean_name(name)),
        )
        if not groups:  # raises as the full graph would
            return workload(self._owner_names_graph(by, clean_name(name)), by, name=name)
        return workload(self._subgraph(groups), by, name=name)

    @cached_property
    def _findings_current(self) -> bool:
        """Return True when the stored findings follow this yiju's rules and default profile."""
        from yiju.index.build import profile_fingerprint  # noqa: PLC0415

        found = self.store.values("SELECT value FROM meta WHERE key = 'audit'")
        return found == [profile_fingerprint()]

    def _stored_where(
        self, select: Iterable[str] | None, ignore: Iterable[str]
    ) -> list[tuple[str, list[str]]] | None:
        """Return SQL conditions (each with its values) that together pick the stored findings of
        the selected rules, or None when the stored findings are stale.

        The rules are selected from the rule table stored with the findings
        (`codes.select_codes`): no rule is imported, nothing is audited again. The conditions
        are disjoint, and each is one range of the `findings_select` index: the selected
        codes, and the codes no rule has (a reader's R findings) that go with a selected
        family, as the ranges between the family's known codes.

        Raises:
            RuleSelectionError: A name in `select` or `ignore` matches no rule.
        """
        from yiju.codes import select_codes  # noqa: PLC0415

        table = self.store.values("SELECT value FROM meta WHERE key = 'rules'")
        if not self._findings_current or not table:
            return None
        rules: dict[str, str] = dict(json.loads(table[0]))
        codes = select_codes(rules, select, ignore)
        code = self.store.ordered("code")  # code-point order, as Python sorts the known codes
        where = [(f"code IN {self.store.in_list(codes)}", list(codes))]
        for family in sorted({c[:1] for c in codes}):
            bounds = [family, *sorted(c for c in rules if c[:1] == family), chr(ord(family) + 1)]
            for low, high in itertools.pairwise(bounds):
                above = ">=" if low == family else ">"
                where.append((f"{code} {above} ? AND {code} < ?", [low, high]))
        return where

    def _stored_findings(self, select: Iterable[str] | None, ignore: Iterable[str]) -> list[Finding] | None:
        """Return the stored findings of the selected rules, or None when they are stale."""
        found = self._stored_where(select, ignore)
        if found is None:
            return None
        where = " OR ".join(f"({condition})" for condition, _ in found)
        values = [value for _, part in found for value in part]
        rows = self.store.rows(f"SELECT data FROM findings WHERE {where} ORDER BY seq", values)
        return [schema.loads(data) for (data,) in rows]

    def audit_head(
        self,
        limit: int | None,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        profile: Profile | None = None,
    ) -> tuple[list[Finding], dict[Severity, int]]:
        """Return the first `limit` findings as text lists them and how many of each severity.

        From the stored findings: SQL counts them per code and severity (each condition one
        range of a covering index), and lists each code's first `limit` of a severity in
        order; only the listed ones are read back.
        """
        from yiju.models import Severity  # noqa: PLC0415

        found = self._stored_where(select, ignore) if profile is None or _is_default(profile) else None
        if found is None:
            return super().audit_head(limit, select=select, ignore=ignore, profile=profile)
        counts: dict[tuple[str, str], int] = {}
        for condition, values in found:
            for code, severity, count in self.store.rows(
                f"SELECT code, severity, COUNT(*) FROM findings WHERE {condition} GROUP BY code, severity",
                values,
            ):
                counts[code, severity] = int(count)
        rank = {"error": 0, "warning": 1}  # then info: as text lists them
        first = "SELECT seq FROM findings WHERE code = ? AND severity = ? ORDER BY seq"
        listed: list[tuple[int, int]] = []  # (rank of the severity, errors first; seq)
        for code, severity in counts:
            seqs = (
                self.store.values(first + " LIMIT ?", (code, severity, limit))
                if limit is not None
                else self.store.values(first, (code, severity))
            )
            listed += [(rank.get(severity, 2), int(seq)) for seq in seqs]
        listed.sort()
        seqs = [seq for _, seq in (listed if limit is None else listed[:limit])]
        data: dict[int, Any] = {}
        for chunk in _chunks(seqs):  # the findings' bodies only for the ones listed
            data.update(
                self.store.rows(
                    f"SELECT seq, data FROM findings WHERE seq IN {self.store.in_list(chunk)}", chunk
                )
            )
        totals: dict[str, int] = {}
        for (_, severity), count in counts.items():
            totals[severity] = totals.get(severity, 0) + count
        return [schema.loads(data[seq]) for seq in seqs], {
            severity: totals[severity.value] for severity in Severity if severity.value in totals
        }

    def audit(
        self,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        profile: Profile | None = None,
        coverage: Coverage | None = None,
    ) -> list[Finding]:
        """Return the findings of the selected rules: stored ones under the default profile.

        With another profile, or with `coverage` (the C rules read it), the audit runs on the
        forms as in memory.
        """
        select = list(select) if select is not None else None
        ignore = list(ignore)
        if coverage is None and (profile is None or _is_default(profile)):
            stored = self._stored_findings(select, ignore)
            if stored is not None:
                return stored
        return super().audit(select=select, ignore=ignore, profile=profile, coverage=coverage)

    def namer(self, findings: Iterable[Finding] = ()) -> Callable[[str], str]:
        """Return how outputs name the subjects of `findings`: the names stored with them.

        A subject the index has no stored name for is named on the graph of every form.
        """
        from yiju.naming import subject_text  # noqa: PLC0415

        subjects = sorted({s for f in findings for s in f.subjects})
        names: dict[str, str] = {}
        if self._findings_current:
            for chunk in _chunks(subjects):
                names.update(
                    self.store.rows(
                        f"SELECT subject, name FROM subjects WHERE subject IN {self.store.in_list(chunk)}",
                        chunk,
                    )
                )

        def name(subject: str) -> str:
            found = names.get(subject)
            return found if found is not None else subject_text(self.graph, subject)

        return name

    def _view_graph(self, view: View) -> Graph | None:
        """Return the subgraph a filtered view draws from (whole forms), or None for the full graph."""
        from yiju.normalize import clean_name  # noqa: PLC0415

        groups: list[int] = []
        if view.doc is not None:
            groups = self._groups_citing(self._resolve_documents(view.doc))
        elif view.target is not None:
            groups = [grp for _, found in self._target_nodes(view.target, None) for grp in found]
        elif view.department is not None or view.person is not None:
            roles = ("department",) if view.department is not None else ("person", "leader")
            name = clean_name(str(view.department if view.department is not None else view.person))
            groups = self.store.values(
                f"SELECT DISTINCT grp FROM owners WHERE role IN {self.store.in_list(roles)} AND name = ?"
                f" AND {self._hidden()}",
                (*roles, name),
            )
        if not groups:
            return None  # no filter, or one SQL cannot answer: the full graph decides
        return self._subgraph(groups, whole_forms=True, documents=view.doc is not None)

    def _check_size(self, view: View) -> None:
        """Refuse a whole-corpus picture the index can already tell is too big, before reading it.

        The boxes of the whole picture at each level are counted when the findings are
        stored (`render.scene_count` on the graph of every form, the number `to_dot` would
        name); with hidden rows kept, or on an index whose stored counts are stale, level
        `documents` is counted here (documents and the units citing them) and the other
        levels are left to `to_dot`.
        """
        from yiju.render import TooManyNodesError  # noqa: PLC0415

        if any(getattr(view, name) is not None for name in ("doc", "target", "department", "person")):
            return
        count = self._stored_size(view.level) if not self.include_hidden else None
        if count is None and view.level == "documents":
            docs = int(
                self.store.values(f"SELECT COUNT(*) FROM documents WHERE {self._hidden('1 - visible')}")[0]
            )
            units = self.store.values(
                "SELECT COUNT(DISTINCT f.owners) FROM citations c JOIN groups g ON c.grp = g.id"
                f" JOIN forms f ON g.form = f.id WHERE {self._hidden('c.hidden')}"
            )
            count = docs + int(units[0])
        if count is not None and count > view.max_nodes:
            raise TooManyNodesError(count, view.max_nodes, view.level)

    def _stored_size(self, level: str | None) -> int | None:
        """Return the stored box count of the whole picture at `level`, or None if stale or absent."""
        if not self._findings_current:
            return None
        found = self.store.values("SELECT value FROM meta WHERE key = 'scene_sizes'")
        if not found:
            return None
        size = json.loads(found[0]).get(level or "people")
        return int(size) if size is not None else None

    def render(
        self,
        view: View | None = None,
        *,
        font: str,
        marks: bool | Mapping[str, str] = True,
        profile: Profile | None = None,
    ) -> str:
        """Return the DOT text of a view, read from the forms the view touches (`render.to_dot`)."""
        from yiju.render import MARK_CODES, View, marks_from_findings, to_dot  # noqa: PLC0415

        view = view or View()
        self._check_size(view)
        graph = self._view_graph(view) or self.graph
        if marks is True:
            chosen: Mapping[str, str] = marks_from_findings(
                graph, self.audit(select=list(MARK_CODES), profile=profile)
            )
        elif marks is False:
            chosen = {}
        else:
            chosen = marks
        return to_dot(graph, view, font=font, marks=chosen)
