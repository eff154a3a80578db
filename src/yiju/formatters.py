"""The command line's text: one formatter per result type, each returning lines (never printing).

`cli.py` parses options, calls the library (`yiju.corpus`), and prints what these return;
JSON output is each result's own `to_dict()`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from yiju.messages import citation_reason, current, known, t

if TYPE_CHECKING:
    from yiju.corpus import KeptApart
    from yiju.cover import Coverage
    from yiju.models import Citation, Finding, Form, Severity, SourceLocation
    from yiju.queries import Sources, Trace, Workload

__all__ = [
    "audit_lines",
    "citation_lines",
    "cover_lines",
    "dump_json",
    "finding_text",
    "form_lines",
    "kept_apart_line",
    "place_text",
    "sources_lines",
    "subjects_text",
    "trace_lines",
    "via_text",
    "workload_lines",
]

#: How `trace` writes each `via`: the 文件依据 cell, a pinned clause, a mention in the text.
_VIA_WORDS = {"basis": "文件依据", "mention": "文中提及"}

#: Severity names as `audit` heads its groups, in Chinese (`codes.SEVERITY_ZH` without its import).
_SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


def dump_json(data: Any) -> str:
    """Return deterministic JSON: sorted keys are *not* used, field order is the schema's."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def kept_apart_line(kept: KeptApart) -> str:
    """Return the warning for a form kept apart from another file of its unit and year."""
    return t(
        "kept_apart", kept_by=kept.kept_by, file=kept.file, form_id=kept.form_id, namespace=kept.namespace
    )


def place_text(loc: SourceLocation) -> str:
    """Return where a finding is: `form.xlsx，工作表 表，第12行，D12单元格` (English: `describe()`)."""
    if current() == "en":
        return loc.describe()
    parts = [loc.file]
    if loc.sheet is not None:
        parts.append(f"工作表 {loc.sheet}")
    if loc.row is not None:
        parts.append(f"第{loc.row}行")
    if loc.column is not None:
        cell = loc.cell
        parts.append(f"{cell}单元格" if loc.sheet is not None and cell is not None else f"第{loc.column}列")
    return "，".join(parts)


# --------------------------------------------------------------------------- cite


def citation_lines(citations: Sequence[Citation], unparsed: Sequence[Any]) -> list[str]:
    """Return `yiju cite`'s table: one row per citation, then the numbers it could not read."""
    if not citations and not unparsed:
        return [t("cli.no_citations")]
    lines = [t("cite.header")]
    for c in citations:
        locs = "; ".join(loc.describe() for loc in c.locators) or "-"
        info = c.issuer_info
        decoded = f"{info.organ or '?'} ({_level_word(info.level)})" if info is not None else "-"
        title = c.title or "-"
        lines.append(f"{c.key}\t{locs}\t{title}\t{decoded}\t[{c.span[0]}:{c.span[1]}] {c.text}")
    unread = t("cite.unparsed")
    lines.extend(
        f"{unread}\t[{u.span[0]}:{u.span[1]}] {u.text}\t({citation_reason(u.reason).text()})"
        for u in unparsed
    )
    return lines


def _level_word(level: str | None) -> str:
    """Return an issuer's level as the reader's language names it (国家级, 省级 …)."""
    msg_id = f"level.{level}"
    return t(msg_id) if known(msg_id) else str(level)


# --------------------------------------------------------------------------- parse


def _left_out(hidden: int) -> str:
    return t("left_out", n=hidden) if hidden else ""


def form_lines(form: Form, include_hidden: bool) -> list[str]:
    """Return `yiju parse`'s summary of one form: counts, weights by category, documents, findings."""
    from yiju._util import weight_text  # noqa: PLC0415  # keeps `yiju --help` light

    visible = [i for i in form.indicators if include_hidden or not i.hidden]
    targets = [t for t in form.targets if include_hidden or not t.hidden]
    lines = [
        f"{form.file}: {form.unit or t('unknown_unit')} {form.year or ''} — {form.title or ''}".rstrip(),
        t(
            "parse.counts",
            targets=len(targets),
            t_left=_left_out(len(form.targets) - len(targets)),
            indicators=len(visible),
            i_left=_left_out(len(form.indicators) - len(visible)),
        ),
    ]
    lines.extend(family_lines(form))
    by_cat: dict[str, float] = {}
    for ind in visible:
        by_cat[ind.category] = by_cat.get(ind.category, 0.0) + (ind.weight or 0.0)
    weighed = form.family == "performance_form" or any(i.weight is not None for i in visible)
    for cat, weight in by_cat.items() if weighed else ():
        declared = form.totals.get(cat)
        note = t("parse.subtotal_says", declared=weight_text(declared)) if declared is not None else ""
        lines.append(t("parse.weight", cat=cat, weight=weight_text(weight), note=note))
    grand = sum(by_cat.values())
    declared_total = form.totals.get("总计")
    if weighed or declared_total is not None:
        says = (
            t("parse.total_says", declared=weight_text(declared_total)) if declared_total is not None else ""
        )
        lines.append(t("parse.total", weight=weight_text(grand), note=says))
    docs = sorted({b.key for t in targets for b in t.basis} | {c.key for t in targets for c in t.citations})
    lines.append(t("parse.docs", n=len(docs)))
    if form.findings:
        lines.append(t("parse.findings", n=len(form.findings)))
        lines.extend(
            f"    {_severity(f):7} {f.code} {finding_text(f)}"
            + (f"  @ {place_text(f.location)}" if f.location else "")
            for f in form.findings
        )
    return lines


_HOW = {"alias": "表头", "content": "内容", "given": "指定"}


def family_lines(form: Form) -> list[str]:
    """Return the family a table was read as and its column mapping, as `parse` prints them.

    `  表格类型：task_list（重点工作任务分工/责任清单）`, then one `  列：` line listing
    `header→role（how）` per column (`第3列` for a column without a header; the role as the
    language names it, `→一级指标`, `→levels1` in English as JSON keys it), then the
    sections and owners the table has.
    """
    from yiju.families import family  # noqa: PLC0415  # keeps `yiju --help` light

    lines = [f"  表格类型：{form.family}（{family(form.family).name}）"]
    if form.columns:
        cells = []
        for col in form.columns:
            role = col.to_dict()
            key = f"levels{role['level']}" if "level" in role else role["role"]
            name = t(f"role.{key}") if known(f"role.{key}") else key
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


def clause_word(ref: str) -> str:
    """Return how `trace` names a clause from its `via` ref: `27` → 第27项, `art20` → 第20条,
    `art20.2` → 第20条第2款, `art26..4` → 第26条第4项, `kuan3` → 第3款, `ch3` → 第3章, `annex2.3` → 附件2第3项
    (`graph.clause_item`'s prefixes)."""
    if ref.startswith("annex"):
        annex, _, inner = ref.removeprefix("annex").partition(".")
        if not inner:
            return t("trace.annex", item=annex)
        return t("trace.annex", item=annex) + ("" if current() != "en" else " ") + clause_word(inner)
    if ref.startswith("art"):
        # `art20`, `art20.2` (第20条第2款), `art23.1.1` (第23条第1款第1项), `art26..4` (第26条第4项).
        article, *rest = ref.removeprefix("art").split(".")
        if not rest:
            return t("trace.article", item=article)
        if len(rest) == 1:
            return t("trace.article_kuan", item=article, kuan=rest[0])
        if not rest[0]:
            return t("trace.article_xiang", item=article, xiang=rest[1])
        return t("trace.article_kuan_xiang", item=article, kuan=rest[0], xiang=rest[1])
    if ref.startswith("kuan"):
        return t("trace.kuan", item=ref.removeprefix("kuan"))
    if ref.startswith("ch"):
        return t("trace.chapter", item=ref.removeprefix("ch"))
    return t("trace.clause", item=ref)


def via_text(via: Sequence[str]) -> str:
    """Return how a target derives, as `trace` writes it: `文件依据; clause 27; 文中提及`."""
    zh = current() != "en"

    def word(v: str) -> str:
        if v.startswith("clause:"):
            return clause_word(v.removeprefix("clause:"))
        if v.startswith("basis:"):
            return v.removeprefix("basis:")  # the cell that named it: `工作措施`
        return _VIA_WORDS.get(v, v) if zh else {"basis": "文件依据", "mention": "文中提及"}.get(v, v)

    return ("；" if zh else "; ").join(word(v) for v in via)


def trace_lines(trace: Trace, form: str | None) -> list[str]:
    """Return `yiju trace --doc`'s text: the documents, then each deriving target and its indicators."""
    from yiju._util import weight_text  # noqa: PLC0415  # keeps `yiju --help` light

    lines: list[str] = []
    several = len(trace.documents) > 1
    if several:
        lines.append(t("trace.several", n=len(trace.documents), query=trace.query))
    for doc in trace.documents:
        lines.append(doc.key)
        lines.extend(f"  《{title}》" for title in doc.titles if f"《{title}》" != doc.key)
    count, units = trace.count, trace.units
    lines.append(
        t(
            "trace.count",
            n=count,
            units=units,
            s="s" if count != 1 else "",
            us="s" if units != 1 else "",
            vs="s" if count == 1 else "",
            which=t("trace.which_many" if several else "trace.which_one"),
            where=t("trace.in_form", form=form) if form is not None else "",
        )
        + (t("trace.columns") if count else "")
    )
    for target in trace.targets:
        lines.extend(["", f"[{target.form}] {target.id} {target.text}"])
        if several:  # each document's links on a line of their own
            lines.extend(t("trace.via_key", key=link.key, via=via_text(link.via)) for link in target.links)
        else:
            lines.append(t("trace.via", via=via_text(target.via)))
        lines.extend(
            f"  {i.id}\t{weight_text(i.weight, '-')}\t{i.leader or '-'}\t{'、'.join(i.departments) or '-'}"
            f"\t{'、'.join(i.people) or '-'}"
            for i in target.indicators
        )
    if count > len(trace.targets):
        more = count - len(trace.targets)
        lines.extend(["", t("trace.more", n=more, total=count, s="s" if more != 1 else "")])
    return lines


def sources_lines(src: Sources) -> list[str]:
    """Return `yiju trace --target`'s text for one target: its documents and clauses."""
    if src.indicator_text is not None:
        lines = [
            f"[{src.form}] {src.id} {src.indicator_text}",
            t("sources.target", id=src.target, text=src.text),
        ]
    else:
        lines = [f"[{src.form}] {src.id} {src.text}"]
    via = t("sources.via")
    lines.append(t("sources.documents"))
    for d in src.documents:
        titles = [t for t in d.titles if not d.key.startswith("《")]
        if len(titles) == 1:
            lines.append(f"  {d.key}《{titles[0]}》  {via}{via_text(d.via)}")
        else:  # several titles: one per line under the key
            lines.append(f"  {d.key}  {via}{via_text(d.via)}")
            lines.extend(f"    《{title}》" for title in titles)
    if not src.documents:
        lines.append(t("sources.none"))
    lines.append(t("sources.clauses"))
    lines.extend(f"  {c.describe()}  ({c.where})" for c in src.clauses)
    if not src.clauses:
        lines.append(t("sources.none"))
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

    lines = [t("who.head", kind=t(f"who.{kind}"))]
    for row in rows:
        marks = [
            f"{short}*" if full in row.shared else short
            for short, full in zip(_short_ids(attrs, row), row.indicators, strict=True)
        ]
        # A table without weights (a task list) sums to 0: say "no weight", not a weight of 0.
        weighed = any(attrs(i).get("weight") is not None for i in row.indicators)
        weight = weight_text(row.weight if weighed else None, "-")
        cells = [weight, str(len(row.indicators)), row.name, row.unit, " ".join(marks)]
        lines.append("\t".join(cells))
    return lines


# --------------------------------------------------------------------------- audit


def _severity(f: Finding) -> str:
    """Return a finding's severity as the language says it (`错误`, `error`)."""
    return f.severity.value if current() == "en" else _SEVERITY_ZH[f.severity.value]


def finding_text(f: Finding, name: Callable[[str], str] | None = None) -> str:
    """Return a finding's message for text output: `f.message` in English; in Chinese the
    code's Chinese title (codes.py) and the rule's Chinese sentence (`f.message_zh`: the same
    facts as the English), or, for a finding that has none, what it names (`subjects_text`).
    """
    if current() == "en":
        return f.message
    from yiju.codes import code_info  # noqa: PLC0415  # keeps `yiju --help` light

    title = code_info(f.code).title_zh
    said = f.message_zh or subjects_text(f, name)
    return f"{title}：{said}" if said else title


def subjects_text(f: Finding, name: Callable[[str], str] | None = None) -> str:
    """Return what a finding names, each by `name` (never a node id), the first six and a count."""
    named = "、".join(dict.fromkeys((name or _subject)(s) for s in f.subjects[:6]))
    more = f" 等 {len(f.subjects)} 项" if len(f.subjects) > 6 else ""
    return f"{named}{more}"


def _subject(subject: str) -> str:
    """Name a subject without a graph (from its id alone), as naming.subject_text would."""
    from yiju.graph import Graph  # noqa: PLC0415  # keeps `yiju --help` light
    from yiju.naming import subject_text  # noqa: PLC0415

    return subject_text(Graph(), subject)


def audit_lines(
    findings: Sequence[Finding],
    name: Callable[[str], str] | None = None,
    *,
    totals: Mapping[Severity, int] | None = None,
) -> list[str]:
    """Return findings grouped by severity (error, warning, info), each group in output order.

    `name` names a subject for a reader (`naming.subject_text` on the corpus graph); without
    it subjects are named from their ids alone. `totals` (`Corpus.audit_head`) counts every
    finding of each severity when `findings` are only the first of them: the counts say all,
    and a line says how many are not listed.
    """
    from yiju.models import Severity  # noqa: PLC0415  # keeps `yiju --help` light

    if not findings and not totals:
        return [t("audit.none")]
    en = current() == "en"
    lines: list[str] = []
    counts: list[str] = []
    for severity in Severity:
        group = [f for f in findings if f.severity is severity]
        total = totals.get(severity, 0) if totals is not None else len(group)
        said = severity.value if en else _SEVERITY_ZH[severity.value]
        if total:
            counts.append(t("audit.count", n=total, severity=said))
        if not group:
            continue
        lines.append(f"{said} ({total})" if en else f"{said}（{total}）")
        for f in group:
            slug = (
                f" {f.slug}" if en else ""
            )  # the slug is an English key: `--select` takes it, zh readers the title
            lines.append(f"  {f.code}{slug}  {place_text(f.location) if f.location else '-'}")
            lines.append(f"      {finding_text(f, name)}")
            if en and f.subjects:
                lines.append(t("audit.subjects", subjects=", ".join(f.subjects)))
            elif f.subjects and f.message_zh:  # without a sentence the line above names them
                lines.append(t("audit.subjects", subjects=subjects_text(f, name)))
    every = sum(totals.values()) if totals is not None else len(findings)
    if every > len(findings):
        more = every - len(findings)
        lines.append(t("audit.more", n=more, total=every, s="s" if more != 1 else ""))
    lines.append(
        t(
            "audit.total",
            n=every,
            s="s" if every > 1 else "",
            counts=("，" if not en else ", ").join(counts),
        )
    )
    return lines


# --------------------------------------------------------------------------- cover


def cover_lines(
    cov: Coverage, findings: Sequence[Finding], name: Callable[[str], str] | None = None
) -> list[str]:
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
    lines.append(f"覆盖：按项引用 {by_item}，按文字对应 {len(cov.covers) - by_item}")
    return [*lines, *audit_lines(findings, name)]
