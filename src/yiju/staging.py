"""The graph while `graph.build_spaced_graph` adds forms to it, before it is sorted.

The build adds nodes and edges in the forms' order, then writes them in sorted order into
the graph it returns (`graph._sorted_move`), taking this one apart as it goes. Whatever
this one holds at its fullest stays the process's memory after (freed blocks are reused,
rarely given back), so it holds no more than the sorted move reads: each node's attributes
and its out-edges — no in-edges — and edges that carry nothing but their kind (82 % of them
at 10,000 forms) share one attribute dict per kind, and a node pair holding one such edge
one key dict per kind. Writes copy a shared dict before changing it.

The methods are those of networkx's `MultiDiGraph` that the build calls, with its meaning:
adding an edge adds its missing end nodes, adding an existing node or edge updates its
attributes.
"""

from __future__ import annotations

from typing import Any

__all__ = ["StagingGraph"]

Attrs = dict[str, Any]


class StagingGraph:
    """Nodes with their attributes and out-edges (`_node`, `_succ`, as networkx names them)."""

    __slots__ = ("_bare_attrs", "_bare_keys", "_node", "_succ")

    def __init__(self) -> None:
        """Start empty."""
        self._node: dict[str, Attrs] = {}
        self._succ: dict[str, dict[str, dict[Any, Attrs]]] = {}
        self._bare_attrs: dict[Any, Attrs] = {}
        self._bare_keys: dict[tuple[Any, Any], dict[Any, Attrs]] = {}

    @property
    def nodes(self) -> dict[str, Attrs]:
        """Return node → attributes (the dicts themselves: the build updates them)."""
        return self._node

    def __contains__(self, node: object) -> bool:
        """Return True when `node` is a node."""
        return node in self._node

    def add_node(self, node: str, /, **attrs: Any) -> None:
        """Add a node with `attrs`, or update an existing node's attributes."""
        found = self._node.get(node)
        if found is None:
            self._node[node] = attrs
            self._succ[node] = {}
        else:
            found.update(attrs)

    def add_edge(self, u: str, v: str, /, key: Any, **attrs: Any) -> None:
        """Add the edge u → v under `key` with `attrs` (missing nodes too), or update its attributes."""
        for node in (u, v):
            if node not in self._node:
                self._node[node] = {}
                self._succ[node] = {}
        row = self._succ[u]
        keys = row.get(v)
        old = keys.get(key) if keys is not None else None
        data = self._shared(attrs if old is None else {**old, **attrs})
        if keys is None or (len(keys) == 1 and key in keys):
            if data is self._bare_attrs.get(data.get("kind")):
                shape = (key, data["kind"])
                shared = self._bare_keys.get(shape)
                if shared is None:
                    shared = self._bare_keys[shape] = {key: data}
                row[v] = shared
            else:
                row[v] = {key: data}
        else:  # a pair with several edges: its own key dict (a copy, if it was a shared one)
            row[v] = {**keys, key: data}

    def get_edge_data(self, u: str, v: str, key: Any) -> Attrs | None:
        """Return the attributes of the edge u → v under `key` (do not change them), or None."""
        keys = self._succ.get(u, {}).get(v)
        return keys.get(key) if keys is not None else None

    def _shared(self, attrs: Attrs) -> Attrs:
        """Return the shared dict of an edge's attributes that are only its kind, else `attrs`."""
        if len(attrs) != 1 or "kind" not in attrs:
            return attrs
        kind = attrs["kind"]
        shared = self._bare_attrs.get(kind)
        if shared is None:
            shared = self._bare_attrs[kind] = attrs
        return shared
