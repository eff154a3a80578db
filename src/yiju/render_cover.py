"""The coverage diagram (`yiju render --register`): register tasks → units, edges coloured.

Left, the register's tasks, boxed by section; right, the units (full name, the register's
short name under it). One edge per task and unit the register names or that claims it:

- green solid: the lead covers the task; red bold dashed: the lead left it out (C01) or
  handed in no form (C07);
- green thin: a partner carries it; grey dotted: a partner that does not (no fault);
- orange: a unit covers a task it was not given (C03).

Pure and deterministic: the same coverage gives the same DOT text; `yiju.dot.run_dot`
draws it. Kept apart from `render.py` (the form graph's views): the two share no scene.
"""

from __future__ import annotations

from collections.abc import Iterable

from yiju._util import natural_key
from yiju.cover import Coverage, RegisterItem

__all__ = ["EDGE_STYLES", "cover_dot"]

#: Edge kind → (DOT attributes, legend text).
EDGE_STYLES: dict[str, tuple[dict[str, str], str]] = {
    "lead_covered": ({"color": "#2e7d32", "penwidth": "1.6"}, "牵头 已覆盖"),
    "lead_missing": ({"color": "#c62828", "penwidth": "2.2", "style": "dashed"}, "牵头 未覆盖"),
    "partner_covered": ({"color": "#66bb6a", "penwidth": "1.0"}, "配合 已覆盖"),
    "partner_missing": ({"color": "#9e9e9e", "penwidth": "0.8", "style": "dotted"}, "配合 未覆盖"),
    "unassigned": ({"color": "#ef6c00", "penwidth": "1.6"}, "未分配却认领"),
}

_WRAP = 13  # Chinese characters per line of a task label


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _attrs(attrs: dict[str, str], html_label: str | None = None) -> str:
    parts = [f"{k}={_quote(v)}" for k, v in sorted(attrs.items())]
    if html_label is not None:
        parts.append(f"label=<{html_label}>")
    return "[" + ", ".join(parts) + "]"


def _lines(text: str, width: int = _WRAP, limit: int = 3) -> list[str]:
    flat = "".join(text.split())
    lines = [flat[i : i + width] for i in range(0, len(flat), width)] or [""]
    if len(lines) > limit:
        lines = lines[:limit]
        lines[-1] = lines[-1][:-1] + "…"
    return lines


def _item_id(it: RegisterItem) -> str:
    return f"item:{it.key}#{it.item}"


def _unit_id(unit: str) -> str:
    return f"unit:{unit}"


def _edges(cov: Coverage, it: RegisterItem) -> Iterable[tuple[str, str]]:
    """Yield (unit, edge kind) for one task, each unit once, lead before partner."""
    covering = {c.unit for c in cov.covers_of.get((it.key, it.item), [])}
    seen: set[str] = set()
    for names, role in ((it.lead, "lead"), (it.partners, "partner")):
        for name in names:
            res = cov.resolution.get(name)
            if res is None or res.how == "collective":
                continue
            unit = cov.resolved.get(name, name)
            if unit in seen:
                continue
            seen.add(unit)
            yield unit, f"{role}_{'covered' if unit in covering else 'missing'}"
    for unit in sorted(covering - seen, key=natural_key):
        yield unit, "unassigned"


_NODE = {
    "fontsize": "10",
    "shape": "box",
    "style": "rounded,filled",
    "fillcolor": "#ffffff",
    "margin": "0.08,0.04",
}


def _graph_lines(caption: str, font: str) -> list[str]:
    graph = {
        "charset": "UTF-8",
        "fontname": font,
        "fontsize": "16",
        "labeljust": "l",
        "labelloc": "t",
        "nodesep": "0.1",
        "rankdir": "LR",
        "ranksep": "2.2",
    }
    return [
        "digraph cover {",
        f"  graph {_attrs(graph, f'<B>{_html(caption)}</B>')};",
        f"  node {_attrs(_NODE | {'fontname': font})};",
        f"  edge {_attrs({'fontname': font, 'arrowsize': '0.6'})};",
    ]


def _item_lines(cov: Coverage, missing: set[tuple[str, str]]) -> list[str]:
    """Return the task nodes in register order, each section led by a heading node.

    An invisible root's edges (`ordering=out`) keep the column in register order, 一, 二, 三 …
    top down; clusters would let Graphviz reorder the sections.
    """
    lines: list[str] = []
    column: list[str] = []
    for r, reg in enumerate(cov.registers):
        section: str | None = None
        for it in reg.items:
            heading = it.section or ""
            if heading != section or not column:
                section = heading
                node = f"_section{r}_{len(column)}"
                label = f"<B>{_html(f'{reg.key} {heading}'.strip())}</B>"
                plain = {"shape": "plaintext", "style": "", "fontsize": "12"}
                lines.append(f"  {_quote(node)} {_attrs(plain, label)};")
                column.append(node)
            left_out = (it.key, it.item) in missing
            fill = "#fdecea" if left_out else ("#fff4e5" if not it.lead else "#ffffff")
            text = "<BR/>".join(_html(line) for line in _lines(it.text))
            label = f"<B>第{_html(it.item)}项</B><BR/>{text}"
            lines.append(f"  {_quote(_item_id(it))} {_attrs({'fillcolor': fill}, label)};")
            column.append(_item_id(it))
    lines.append('  "_order" [label="", ordering="out", shape="point", style="invis", width="0"];')
    lines.extend(f'  "_order" -> {_quote(node)} [style="invis"];' for node in column)
    return lines


def _unit_lines(units: dict[str, set[str]], has_form: set[str]) -> list[str]:
    lines: list[str] = []
    for unit in sorted(units, key=lambda u: (u not in has_form, natural_key(u))):
        short = "、".join(sorted(n for n in units[unit] if n != unit))
        foot = f"<BR/><FONT POINT-SIZE='9'>{_html(short)}</FONT>" if short else ""
        attrs = {"shape": "box", "style": "filled", "fillcolor": "#e3f2fd"}
        if unit not in has_form:
            attrs |= {"style": "filled,dashed", "fillcolor": "#eeeeee"}
            foot += "<BR/><FONT POINT-SIZE='9'>（无表）</FONT>"
        lines.append(f"  {_quote(_unit_id(unit))} {_attrs(attrs, f'<B>{_html(unit)}</B>{foot}')};")
    return lines


def _legend(kinds: set[str]) -> list[str]:
    if not kinds:
        return []
    rows = []
    for kind in (k for k in EDGE_STYLES if k in kinds):
        style, text = EDGE_STYLES[kind]
        arrow = "╍╍▶" if "style" in style else "━━▶"
        rows.append(
            f"<TR><TD><FONT COLOR='{style['color']}'>{arrow}</FONT></TD>"
            f"<TD ALIGN='LEFT'>{_html(text)}</TD></TR>"
        )
    table = (
        "<TABLE BORDER='1' COLOR='#bbbbbb' CELLBORDER='0' CELLSPACING='2'>"
        f"<TR><TD COLSPAN='2'><B>图例</B></TD></TR>{''.join(rows)}</TABLE>"
    )
    return [f'  "_legend" {_attrs({"shape": "plaintext", "style": "", "fillcolor": "none"}, table)};']


def cover_dot(cov: Coverage, *, font: str, title: str | None = None) -> str:
    """Return the DOT text of the coverage diagram (see the module docstring).

    Args:
        cov: What `yiju.cover.cover` returned.
        font: A font family with Chinese glyphs (`yiju.dot.find_cjk_font()`).
        title: The caption; by default the registers' keys and the counts.
    """
    edges: list[tuple[RegisterItem, str, str]] = []
    units: dict[str, set[str]] = {}
    for reg in cov.registers:
        for it in reg.items:
            for unit, kind in _edges(cov, it):
                edges.append((it, unit, kind))
                units.setdefault(unit, set())
    for res in cov.units:
        if res.how != "collective":
            units.setdefault(cov.resolved.get(res.name, res.name), set()).add(res.name)
    missing = {(it.key, it.item) for it, _, kind in edges if kind == "lead_missing"}
    items = sum(len(reg.items) for reg in cov.registers)
    keys = "、".join(reg.key for reg in cov.registers)
    counts = f"任务 {items} 项 → 单位 {len(units)} 个 · 牵头未覆盖 {len(missing)} 项"
    caption = title or f"{keys} · {counts}"
    lines = _graph_lines(caption, font)
    lines += _item_lines(cov, missing)
    lines += _unit_lines(units, set(cov.form_units))
    for it, unit, kind in edges:
        style = dict(EDGE_STYLES[kind][0])
        if kind == "partner_missing":
            style["constraint"] = "false"  # partners' dotted edges do not pull the layout
        lines.append(f"  {_quote(_item_id(it))} -> {_quote(_unit_id(unit))} {_attrs(style)};")
    lines += _legend({kind for _, _, kind in edges})
    lines.append("}")
    return "\n".join(lines) + "\n"
