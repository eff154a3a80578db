"""The command line's text: one formatter per result type, each returning lines (never printing).

`cli.py` parses options, calls the library (`yiju.corpus`), and prints what these return;
JSON output is each result's own `to_dict()`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from yiju.corpus import KeptApart
    from yiju.cover import Coverage
    from yiju.models import Citation, Finding, Form
    from yiju.queries import Sources, Trace, Workload

__all__ = [
    "audit_lines",
    "citation_lines",
    "cover_lines",
    "dump_json",
    "form_lines",
    "kept_apart_line",
    "sources_lines",
    "trace_lines",
    "via_text",
    "workload_lines",
]

#: How `trace` writes each `via`: the 文件依据 cell, a pinned clause, a mention in the text.
_VIA_WORDS = {"basis": "文件依据", "mention": "文中提及"}


def dump_json(data: Any) -> str:
    """Return deterministic JSON: sorted keys are *not* used, field order is the schema's."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def kept_apart_line(kept: KeptApart) -> str:
    """Return the warning for a form kept apart from another file of its unit and year."""
    return f"warning: {kept.kept_by} and {kept.file} are both {kept.form_id}; kept apart as {kept.namespace}"


# --------------------------------------------------------------------------- cite


def citation_lines(citations: Sequence[Citation], unparsed: Sequence[Any]) -> list[str]:
    """Return `yiju cite`'s table: one row per citation, then the numbers it could not read."""
    if not citations and not unparsed:
        return ["no citations"]
    lines = ["key\tlocators\ttitle\tissuer\twritten"]
    for c in citations:
        locs = "; ".join(loc.describe() for loc in c.locators) or "-"
        info = c.issuer_info
        decoded = f"{info.organ or '?'} ({info.level})" if info is not None else "-"
        title = c.title or "-"
        lines.append(f"{c.key}\t{locs}\t{title}\t{decoded}\t[{c.span[0]}:{c.span[1]}] {c.text}")
    lines.extend(f"UNPARSED\t[{u.span[0]}:{u.span[1]}] {u.text}\t({u.reason})" for u in unparsed)
    return lines


# --------------------------------------------------------------------------- parse


def _left_out(hidden: int) -> str:
    return f" (+{hidden} hidden, left out)" if hidden else ""


def form_lines(form: Form, include_hidden: bool) -> list[str]:
    """Return `yiju parse`'s summary of one form: counts, weights by category, documents, findings."""
    from yiju._util import weight_text  # noqa: PLC0415  # keeps `yiju --help` light

    visible = [i for i in form.indicators if include_hidden or not i.hidden]
    targets = [t for t in form.targets if include_hidden or not t.hidden]
    lines = [
        f"{form.file}: {form.unit or '(unit unknown)'} {form.year or ''} — {form.title or ''}".rstrip(),
        f"  targets {len(targets)}{_left_out(len(form.targets) - len(targets))},"
        f" indicators {len(visible)}{_left_out(len(form.indicators) - len(visible))}",
    ]
    lines.extend(family_lines(form))
    by_cat: dict[str, float] = {}
    for ind in visible:
        by_cat[ind.category] = by_cat.get(ind.category, 0.0) + (ind.weight or 0.0)
    weighed = form.family == "performance_form" or any(i.weight is not None for i in visible)
    for cat, weight in by_cat.items() if weighed else ():
        declared = form.totals.get(cat)
        note = f" (合计 says {weight_text(declared)})" if declared is not None else ""
        lines.append(f"  {cat}: weight {weight_text(weight)}{note}")
    grand = sum(by_cat.values())
    declared_total = form.totals.get("总计")
    if weighed or declared_total is not None:
        lines.append(
            f"  total weight {weight_text(grand)}"
            + (f" (form says {weight_text(declared_total)})" if declared_total is not None else "")
        )
    docs = sorted({b.key for t in targets for b in t.basis} | {c.key for t in targets for c in t.citations})
    lines.append(f"  documents cited {len(docs)}")
    if form.findings:
        lines.append(f"  reading findings {len(form.findings)}:")
        lines.extend(
            f"    {f.severity.value:7} {f.code} {f.message}"
            + (f"  @ {f.location.describe()}" if f.location else "")
            for f in form.findings
        )
    return lines


_HOW = {"alias": "表头", "content": "内容", "given": "指定"}


def family_lines(form: Form) -> list[str]:
    """Return the family a table was read as and its column mapping, as `parse` prints them.

    `  表格类型：task_list（重点工作任务分工/责任清单）`, then one `  列：` line listing
    `header→role（how）` per column (`第3列` for a column without a header), then the
    sections and owners the table has.
    """
    from yiju.families import family  # noqa: PLC0415  # keeps `yiju --help` light

    lines = [f"  表格类型：{form.family}（{family(form.family).name}）"]
    if form.columns:
        cells = []
        for col in form.columns:
            role = col.to_dict()
            name = f"levels{role['level']}" if "level" in role else role["role"]
            cells.append(f"{col.header or f'第{col.column}列'}→{name}（{_HOW.get(col.how, col.how)}）")
        lines.append("  列：" + "  ".join(cells))
    if form.sections:
        lines.append(
            f"  分组 {len(form.sections)}："
            + "、".join(f"{s.id} {s.text}" for s in form.sections[:8])
            + ("…" if len(form.sections) > 8 else "")
        )
    if form.measure_unit:
        lines.append(f"  计量单位：{form.measure_unit}")
    return lines


# --------------------------------------------------------------------------- trace


def via_text(via: Sequence[str]) -> str:
    """Return how a target derives, as `trace` writes it: `文件依据; clause 27; 文中提及`."""
    return "; ".join(_VIA_WORDS.get(v, v.replace("clause:", "clause ")) for v in via)


def trace_lines(trace: Trace, form: str | None) -> list[str]:
    """Return `yiju trace --doc`'s text: the documents, then each deriving target and its indicators."""
    from yiju._util import weight_text  # noqa: PLC0415  # keeps `yiju --help` light

    lines: list[str] = []
    several = len(trace.documents) > 1
    if several:
        lines.append(f"{len(trace.documents)} documents match 「{trace.query}」; all are traced:")
    for doc in trace.documents:
        lines.append(doc.key)
        lines.extend(f"  《{title}》" for title in doc.titles if f"《{title}》" != doc.key)
    count, units = len(trace.targets), len({t.unit for t in trace.targets})
    lines.append(
        f"{count} target{'s' if count != 1 else ''} ({units} unit{'s' if units != 1 else ''}) "
        f"derive{'s' if count == 1 else ''} from {'them' if several else 'it'}"
        + (f" in {form}" if form is not None else "")
        + (" (indicator, weight, 分管领导, 责任部门, 责任人):" if count else "")
    )
    for target in trace.targets:
        lines.extend(["", f"[{target.form}] {target.id} {target.text}"])
        if several:  # each document's links on a line of their own
            lines.extend(f"  via {link.key}: {via_text(link.via)}" for link in target.links)
        else:
            lines.append(f"  via {via_text(target.via)}")
        lines.extend(
            f"  {i.id}\t{weight_text(i.weight, '-')}\t{i.leader or '-'}\t{'、'.join(i.departments) or '-'}"
            f"\t{'、'.join(i.people) or '-'}"
            for i in target.indicators
        )
    return lines


def sources_lines(src: Sources) -> list[str]:
    """Return `yiju trace --target`'s text for one target: its documents and clauses."""
    if src.indicator_text is not None:
        lines = [f"[{src.form}] {src.id} {src.indicator_text}", f"  target {src.target} {src.text}"]
    else:
        lines = [f"[{src.form}] {src.id} {src.text}"]
    lines.append("documents:")
    for d in src.documents:
        titles = [t for t in d.titles if not d.key.startswith("《")]
        if len(titles) == 1:
            lines.append(f"  {d.key}《{titles[0]}》  via {via_text(d.via)}")
        else:  # several titles: one per line under the key
            lines.append(f"  {d.key}  via {via_text(d.via)}")
            lines.extend(f"    《{title}》" for title in titles)
    if not src.documents:
        lines.append("  none")
    lines.append("clauses:")
    lines.extend(f"  {c.describe()}  ({c.where})" for c in src.clauses)
    if not src.clauses:
        lines.append("  none")
    return lines


# --------------------------------------------------------------------------- who


def _short_ids(attrs: Callable[[str], Mapping[str, Any]], row: Workload) -> list[str]:
    """Return an owner's indicator numbers, prefixed by their form (less the unit) when several."""
    nodes = [attrs(i) for i in row.indicators]
    forms = {str(a.get("form", "")) for a in nodes}
    if len(forms) == 1:
        return [str(a.get("number", "")) for a in nodes]
    return [f"{str(a.get('form', '')).removeprefix(row.unit + '/')}/{a.get('number', '')}" for a in nodes]


def workload_lines(
    attrs: Callable[[str], Mapping[str, Any]], kind: str, rows: Sequence[Workload]
) -> list[str]:
    """Return `yiju who`'s table: weight, count, name, unit, indicators (shared ones marked *).

    `attrs` gives the graph attributes of an indicator node (`Corpus.attrs`).
    """
    from yiju._util import weight_text  # noqa: PLC0415  # keeps `yiju --help` light

    lines = [f"weight\tcount\t{kind}\tunit\tindicators (* shared)"]
    for row in rows:
        marks = [
            f"{short}*" if full in row.shared else short
            for short, full in zip(_short_ids(attrs, row), row.indicators, strict=True)
        ]
        cells = [weight_text(row.weight, "-"), str(len(row.indicators)), row.name, row.unit, " ".join(marks)]
        lines.append("\t".join(cells))
    return lines


# --------------------------------------------------------------------------- audit


def audit_lines(findings: Sequence[Finding]) -> list[str]:
    """Return findings grouped by severity (error, warning, info), each group in output order."""
    from yiju.models import Severity  # noqa: PLC0415  # keeps `yiju --help` light

    if not findings:
        return ["no findings"]
    lines: list[str] = []
    counts: list[str] = []
    for severity in Severity:
        group = [f for f in findings if f.severity is severity]
        if not group:
            continue
        counts.append(f"{len(group)} {severity.value}")
        lines.append(f"{severity.value} ({len(group)})")
        for f in group:
            lines.append(f"  {f.code} {f.slug}  {f.location.describe() if f.location else '-'}")
            lines.append(f"      {f.message}")
            if f.subjects:
                lines.append(f"      subjects: {', '.join(f.subjects)}")
    lines.append(f"{len(findings)} finding{'s' if len(findings) > 1 else ''}: {', '.join(counts)}")
    return lines


# --------------------------------------------------------------------------- cover


def cover_lines(cov: Coverage, findings: Sequence[Finding]) -> list[str]:
    """Return `yiju cover`'s text: registers, how each unit name resolved, per unit assigned /
    covered / missing, how tasks were covered, then the findings as `audit` prints them."""
    lines = [
        f"{reg.key}（{reg.file}）：任务 {len(reg.items)} 项，{reg.title or '无标题'}" for reg in cov.registers
    ]
    lines.append("单位对应：")
    lines.extend(f"  {res.describe()}" for res in cov.units)
    rows = cov.unit_rows()
    if rows:
        lines.append("单位\t牵头\t配合\t已覆盖\t牵头缺失")
        lines.extend("\t".join(str(v) for v in row) for row in rows)
    by_item = sum(c.how == "item" for c in cov.covers)
    lines.append(f"覆盖：按项引用 {by_item}，按文字（by text）{len(cov.covers) - by_item}")
    return [*lines, *audit_lines(findings)]
