"""The HTML report: one self-contained page a clerk mails or puts on an intranet.

`html_report(forms, G, findings, svgs=...)` returns the page as text. It needs nothing but a
browser: the CSS and a small vanilla script are inlined, the diagrams are inline SVG, the
fonts are the reader's own (a CSS stack of the usual Chinese faces), and a
Content-Security-Policy forbids every request, so the page works from `file://` with no
network at all. The same input gives the same bytes (no clock, sorted everything).

Sections, in order: 概览 (forms, targets, indicators, documents, findings by severity); 追溯表
(one row per target: its documents with the clauses as the form writes them, its owners
and its findings; searchable, sortable by clicking a header); 文件 (one section per
document: its title and other titles, issuer, clauses, the targets deriving from it, its
diagram); 责任 (workload per unit, department and person); 问题 (every finding, with its
rule's Chinese title and explanation, its subjects linked to their rows); then any extra
tables (`extra`, e.g. the coverage matrix of a register: the `SheetTable`s a caller passes
are laid out as they would be in the workbook).

Rendering diagrams (running Graphviz) is separate: `document_pictures` does it with
`yiju.render` and `yiju.dot`, and `html_report` takes its result, so the page itself is a
pure function of its input.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from yiju._util import lines, natural_key, unique, weight_text
from yiju.codes import SEVERITY_ZH, code_info
from yiju.dot import run_dot
from yiju.export.tables import SheetTable, Value
from yiju.graph import Graph
from yiju.graphread import (
    EdgeKind,
    NodeKind,
    clauses_of,
    documents_by_level,
    indicators_of,
    kind_of,
    level_of,
    nodes_of,
    predecessors,
    successors,
    target_of,
)
from yiju.models import Finding, Form, Severity
from yiju.naming import clause_text, document_label, document_title, form_text, subject_text, title_variants
from yiju.patterns import SVG_NAME_TITLE
from yiju.queries import links_of, workload
from yiju.render import TooManyNodesError, View, to_dot

__all__ = ["REPORT_TITLE", "DocumentPicture", "document_pictures", "html_report", "svg_fragment"]

REPORT_TITLE = "依据追溯报告"

_WORKLOAD = (("department", "责任部门"), ("person", "责任人"), ("leader", "分管领导"))
_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True, slots=True)
class DocumentPicture:
    """A document's diagram for the report: inline SVG text, or why there is none."""

    svg: str = ""
    note: str = ""


def document_pictures(
    G: Graph,  # noqa: N803  # networkx convention
    *,
    font: str,
    marks: Mapping[str, str] | None = None,
) -> dict[str, DocumentPicture]:
    """Return each document's diagram (`yiju render --doc KEY`) as inline SVG, by node id.

    A document whose full diagram is over the node limit is drawn at level `targets`; one
    still over it gets a note saying so instead of a picture.

    Raises:
        GraphvizError: `dot` is missing or fails.
    """
    out: dict[str, DocumentPicture] = {}
    for index, doc in enumerate(documents_by_level(G), start=1):
        picture = DocumentPicture(note="关系图过大，未绘制；请用 yiju render --doc 按文件单独绘制。")
        for level in (None, "targets"):
            try:
                dot_text = to_dot(G, View(doc=doc, level=level), font=font, marks=marks)
            except TooManyNodesError:
                continue
            picture = DocumentPicture(svg=svg_fragment(run_dot(dot_text, "svg").decode("utf-8"), f"g{index}"))
            break
        out[doc] = picture
    return out


# --------------------------------------------------------------------------- helpers


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def svg_fragment(svg: str, prefix: str) -> str:
    """Return Graphviz SVG ready to inline: no XML prolog, ids prefixed to stay unique, and
    no `<title>` naming nodes by id (a reader hovering sees the nodes' own tooltips).

    >>> svg = '<?xml version="1.0"?>\\n<!DOCTYPE svg>\\n<svg><g id="node1"><title>doc:x</title></g></svg>'
    >>> svg_fragment(svg, "d1")
    '<svg><g id="d1-node1"></g></svg>'
    """
    start = svg.find("<svg")
    body = SVG_NAME_TITLE.sub("", svg[start:] if start >= 0 else svg)
    body = body.replace(' id="', f' id="{prefix}-').replace('href="#', f'href="#{prefix}-')
    return body.strip()


def _targets(g: Graph) -> list[str]:
    nodes = nodes_of(g, NodeKind.TARGET)
    return sorted(
        nodes,
        key=lambda n: (
            str(g.nodes[n].get("unit", "")),
            int(g.nodes[n].get("year", 0)),
            natural_key(str(g.nodes[n].get("number", ""))),
        ),
    )


def _target_of(g: Graph, node: str) -> str | None:
    """Return the target row a subject belongs to: a target itself, an indicator's target."""
    kind = kind_of(g, node)
    if kind == NodeKind.TARGET:
        return node
    return target_of(g, node) if kind == NodeKind.INDICATOR else None


def _table(
    head: Sequence[str],
    rows: Iterable[str],
    *,
    table_id: str = "",
    numeric: Iterable[int] = (),
    classes: str = "sortable",
) -> str:
    numbers = set(numeric)
    ths = "".join(
        f'<th data-col="{i}"{" class=num" if i in numbers else ""}>{_e(h)}</th>' for i, h in enumerate(head)
    )
    ident = f' id="{table_id}"' if table_id else ""
    return (
        f'<table class="{classes}"{ident}><thead><tr>{ths}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _cell(value: Value) -> str:
    if value is None:
        return "<td></td>"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<td class="num">{_e(weight_text(float(value)))}</td>'
    return f"<td>{_e(value).replace(chr(10), '<br>')}</td>"


def _row_anchors(tables: Sequence[SheetTable]) -> dict[str, str]:
    """Return each keyed row's subject → the id of its row on the page (`x1-r6`)."""
    anchors: dict[str, str] = {}
    for t, table in enumerate(tables):
        for r, key in enumerate(table.keys):
            anchors.setdefault(key, f"x{t + 1}-r{r + 1}")
    return anchors


def _sheet_html(
    table: SheetTable,
    anchor: str,
    concerning: Mapping[str, Sequence[Finding]] | None = None,
    finding_anchor: Mapping[Finding, str] | None = None,
) -> str:
    """Lay out a report sheet as an HTML table (header rows, data, footer).

    A table with `keys` gets an id per row (`x1-r6`) and a last column 问题 linking each row
    to the findings that name its subject (`concerning`).
    """
    heads = [c.header + (f"\n{c.subheader}" if c.subheader else "") for c in table.columns]
    numeric = [i for i, c in enumerate(table.columns) if c.kind == "number"]
    if table.keys and concerning is not None and finding_anchor is not None:
        heads.append("问题")
        rows = []
        for r, (row, key) in enumerate(zip(table.rows, table.keys, strict=True)):
            codes = " ".join(
                f'<a class="code sev-{f.severity.value}" href="#{finding_anchor[f]}"'
                f' title="{_e(code_info(f.code).title_zh)}">{_e(f.code)}</a>'
                for f in concerning.get(key, ())
            )
            cells = "".join(_cell(v) for v in row)
            rows.append(f'<tr id="{anchor}-r{r + 1}" data-key="{_e(key)}">{cells}<td>{codes}</td></tr>')
    else:
        rows = ["<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in table.rows]
    # A keyed table is a matrix (task × unit): long unit headers wrap, the task text keeps its width.
    classes = "sortable matrix" if table.keys else "sortable"
    body = _table(
        [h.replace("\n", " ") for h in heads],
        rows,
        table_id=f"{anchor}-table",
        numeric=numeric,
        classes=classes,
    )
    if table.footer:
        last = "<td></td>" if len(heads) > len(table.columns) else ""  # under 问题
        foot = "".join("<tr>" + "".join(_cell(v) for v in row) + last + "</tr>" for row in table.footer)
        body = body.replace("</tbody></table>", f"</tbody><tfoot>{foot}</tfoot></table>")
    return f'<section id="{anchor}"><h2>{_e(table.name)}</h2><div class="scroll">{body}</div></section>'


# --------------------------------------------------------------------------- page


def html_report(
    forms: Sequence[Form],
    G: Graph,  # noqa: N803  # networkx convention
    findings: Iterable[Finding],
    *,
    pictures: Mapping[str, DocumentPicture] | None = None,
    extra: Sequence[SheetTable] = (),
    title: str = REPORT_TITLE,
) -> str:
    """Return the self-contained HTML report of the forms, their graph and their findings.

    Args:
        forms: The parsed forms the graph was built from.
        G: `yiju.graph.build_graph(forms)`.
        findings: What `yiju audit` reports for the forms.
        pictures: Document node id → its diagram (`document_svgs` makes them); a document
            without one gets a note instead.
        extra: More tables laid out after the findings (a register's coverage matrix).
        title: The page title.

    Returns:
        The page, UTF-8 text; the same input gives the same text.
    """
    pictures = pictures or {}
    found = sorted(dict.fromkeys(findings), key=Finding.sort_key)
    targets = _targets(G)
    documents = documents_by_level(G)
    target_row = {t: f"t{i + 1}" for i, t in enumerate(targets)}
    doc_anchor = {d: f"d{i + 1}" for i, d in enumerate(documents)}
    finding_anchor = {f: f"f{i + 1}" for i, f in enumerate(found)}
    extra_rows = _row_anchors(extra)
    by_target: dict[str, list[Finding]] = {}
    by_key: dict[str, list[Finding]] = {}
    for f in found:
        for subject in f.subjects:
            row = _target_of(G, subject)
            if row is not None and f not in by_target.get(row, []):
                by_target.setdefault(row, []).append(f)
            if subject in extra_rows and f not in by_key.get(subject, []):
                by_key.setdefault(subject, []).append(f)

    def subject_link(subject: str) -> str:
        text = _e(subject_text(G, subject))
        row = _target_of(G, subject)
        if row is not None:
            return f'<a href="#{target_row[row]}">{text}</a>'
        if subject in doc_anchor:
            return f'<a href="#{doc_anchor[subject]}">{text}</a>'
        if subject in extra_rows:  # a register's task: its row of the coverage matrix
            return f'<a href="#{extra_rows[subject]}">{text}</a>'
        clause_doc = (
            next(iter(successors(G, subject, EdgeKind.PART_OF)), None)
            if kind_of(G, subject) == NodeKind.CLAUSE
            else None
        )
        if clause_doc is not None and clause_doc in doc_anchor:
            return f'<a href="#{doc_anchor[clause_doc]}">{text}</a>'
        return text

    indicators = nodes_of(G, NodeKind.INDICATOR)
    severities = Counter(f.severity for f in found)
    parts = [
        _overview(forms, len(targets), len(indicators), len(documents), severities),
        _trace_section(G, targets, target_row, doc_anchor, by_target, finding_anchor),
        _documents_section(G, documents, doc_anchor, target_row, pictures),
        _workload_section(G, targets),
        _findings_section(found, finding_anchor, subject_link),
        *(_sheet_html(table, f"x{i + 1}", by_key, finding_anchor) for i, table in enumerate(extra)),
    ]
    nav = [
        ("overview", "概览"),
        ("trace", "追溯表"),
        ("documents", "文件"),
        ("workload", "责任"),
        ("findings", "问题"),
    ]
    nav += [(f"x{i + 1}", t.name) for i, t in enumerate(extra)]
    links = "".join(f'<a href="#{a}">{_e(n)}</a>' for a, n in nav)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>\n"
        f"<body><header><h1>{_e(title)}</h1><nav>{links}</nav></header><main>\n"
        + "\n".join(parts)
        + f"\n</main><script>{_JS}</script></body></html>\n"
    )


def _overview(
    forms: Sequence[Form], targets: int, indicators: int, documents: int, severities: Counter[Severity]
) -> str:
    cards = [
        ("", "表格", len(forms)),
        ("", "一级指标（目标）", targets),
        ("", "二级指标", indicators),
        ("", "依据文件", documents),
    ]
    cards += [(f" sev-{s.value}", f"问题·{SEVERITY_ZH[s]}", severities.get(s, 0)) for s in _SEVERITIES]
    tiles = "".join(
        f'<div class="card{css}"><b>{n}</b><span>{_e(label)}</span></div>' for css, label, n in cards
    )
    rows = [
        "<tr>"
        + "".join(
            _cell(v)
            for v in (
                form.unit or "（未写单位）",
                form.year,
                form.title or "",
                len([t for t in form.targets if not t.hidden]),
                len([i for i in form.indicators if not i.hidden]),
                form.file,
            )
        )
        + "</tr>"
        for form in forms
    ]
    table = _table(
        ["单位", "年度", "表名", "目标数", "指标数", "文件"], rows, table_id="forms", numeric=(1, 3, 4)
    )
    return f'<section id="overview"><h2>概览</h2><div class="cards">{tiles}</div>{table}</section>'


def _trace_section(  # noqa: PLR0917  # the page's shared anchors, passed down once
    g: Graph,
    targets: Sequence[str],
    target_row: Mapping[str, str],
    doc_anchor: Mapping[str, str],
    by_target: Mapping[str, Sequence[Finding]],
    finding_anchor: Mapping[Finding, str],
) -> str:
    rows = []
    for target in targets:
        attrs = g.nodes[target]
        sources = []
        search = []
        for link in links_of(g, target):
            # Each clause as the form writes it (`第14-15页第11项`); the item alone when unwritten.
            where = unique(lbl for cl in link.clauses for lbl in (cl.labels or (f"第{cl.item}{cl.unit}",)))
            how = "、".join(where) if where else ("依据" if link.basis else "提及")
            anchor = doc_anchor.get(link.document, "")
            sources.append(f'<a href="#{anchor}">{_e(link.key)}</a> <small>{_e(how)}</small>')
            search.append(document_title(g, link.document))
        inds = indicators_of(g, target)
        owners = [
            "、".join(unique(name for i in inds for name in lines(g.nodes[i].get(attr))))
            for attr in ("departments", "people")
        ]
        leaders = "、".join(
            unique(str(g.nodes[i].get("leader", "")) for i in inds if g.nodes[i].get("leader"))
        )
        issues = " ".join(
            f'<a class="code sev-{f.severity.value}" href="#{finding_anchor[f]}"'
            f' title="{_e(code_info(f.code).title_zh)}">{_e(f.code)}</a>'
            for f in by_target.get(target, ())
        )
        points = attrs.get("points")
        rows.append(
            f'<tr id="{target_row[target]}" data-search="{_e(" ".join(search))}">'
            f"<td>{_e(form_text(str(attrs.get('form', ''))))}</td>"
            f"<td>{_e(attrs.get('number', ''))}</td>"
            f"<td>{_e(attrs.get('text', ''))}</td>"
            f'<td class="num">{_e(weight_text(float(points)) if points is not None else "")}</td>'
            f"<td>{'<br>'.join(sources)}</td>"
            f"<td>{_e(leaders)}</td><td>{_e(owners[0])}</td><td>{_e(owners[1])}</td>"
            f"<td>{issues}</td></tr>"
        )
    head = ["表格", "序号", "一级指标", "分值", "依据文件与条款", "分管领导", "责任部门", "责任人", "问题"]
    return (
        '<section id="trace"><h2>追溯表</h2>'
        '<p class="tools"><label>搜索 <input id="q" type="search"'
        ' placeholder="文号、标题、单位、部门、责任人…" autocomplete="off"></label>'
        ' <span id="count"></span></p>'
        '<p class="hint">点击表头排序；文号可按任意括号写法输入（如 泉委办[2021]20号）。</p>'
        f'<div class="scroll">{_table(head, rows, table_id="trace-table", numeric=(3,))}</div></section>'
    )


def _documents_section(
    g: Graph,
    documents: Sequence[str],
    doc_anchor: Mapping[str, str],
    target_row: Mapping[str, str],
    pictures: Mapping[str, DocumentPicture],
) -> str:
    out = ['<section id="documents"><h2>文件</h2><ol class="toc">']
    out += [f'<li><a href="#{doc_anchor[d]}">{_e(document_label(g, d))}</a></li>' for d in documents]
    out.append("</ol>")
    for doc in documents:
        attrs = g.nodes[doc]
        key = str(attrs.get("key", doc))
        title = document_title(g, doc)
        variants = title_variants(g, doc)
        level = level_of(g, doc).chinese
        issuer = " ".join(str(attrs.get(a, "")) for a in ("issuer_organ", "issuer_kind") if attrs.get(a))
        facts = [f"层级：{level}"] + ([f"发文机关：{issuer}"] if issuer else [])
        clause_items = []
        for clause in clauses_of(g, doc):
            citing = sorted(
                (u for u in predecessors(g, clause, EdgeKind.CITES) if u in target_row),
                key=lambda t: natural_key(target_row[t]),
            )
            links = "、".join(
                f'<a href="#{target_row[t]}">{_e(form_text(str(g.nodes[t].get("form", ""))))} '
                f"{_e(g.nodes[t].get('number', ''))}</a>"
                for t in citing
            )
            clause_items.append(f"<li>{_e(clause_text(g, clause))}：{links}</li>")
        deriving = sorted(
            {t for t in target_row if any(link.document == doc for link in links_of(g, t))},
            key=lambda t: natural_key(target_row[t]),
        )
        target_items = [f'<li><a href="#{target_row[t]}">{_e(subject_text(g, t))}</a></li>' for t in deriving]
        picture = pictures.get(doc)
        figure = (
            f'<figure class="diagram">{picture.svg}</figure>'
            if picture is not None and picture.svg
            else f'<p class="note">{_e(picture.note if picture is not None else "（本报告未附图）")}</p>'
        )
        out.append(
            f'<section class="doc" id="{doc_anchor[doc]}" data-key="{_e(key)}">'
            f"<h3>{_e(key)}{f'《{_e(title)}》' if title else ''}</h3>"
            + (f'<p class="variants">其他写法：{"；".join(_e(v) for v in variants)}</p>' if variants else "")
            + f"<p>{_e('；'.join(facts))}；引用目标 {len(deriving)} 个</p>"
            + (f"<h4>条款</h4><ul>{''.join(clause_items)}</ul>" if clause_items else "")
            + f"<h4>由此派生的目标</h4><ul>{''.join(target_items)}</ul>"
            + f"<h4>关系图</h4>{figure}</section>"
        )
    out.append("</section>")
    return "\n".join(out)


def _workload_section(g: Graph, targets: Sequence[str]) -> str:
    units: dict[str, list[str]] = {}
    for t in targets:
        units.setdefault(str(g.nodes[t].get("unit", "")), []).append(t)
    unit_rows = []
    for unit, ts in sorted(units.items()):
        inds = [i for t in ts for i in indicators_of(g, t)]
        weight = sum(float(g.nodes[i].get("weight", 0) or 0) for i in inds)
        unit_rows.append(
            "<tr>" + "".join(_cell(v) for v in (unit, len(ts), len(inds), round(weight, 6))) + "</tr>"
        )
    out = [
        '<section id="workload"><h2>责任</h2><h3>按单位</h3>',
        _table(["单位", "目标数", "指标数", "权重合计"], unit_rows, table_id="units", numeric=(1, 2, 3)),
    ]
    for by, label in _WORKLOAD:
        rows = []
        for load in workload(g, by):  # type: ignore[arg-type]
            numbers = "、".join(str(g.nodes[i].get("number", "")) for i in load.indicators)
            shared = "、".join(str(g.nodes[i].get("number", "")) for i in load.shared)
            rows.append(
                "<tr>"
                + "".join(
                    _cell(v)
                    for v in (
                        load.unit,
                        load.name,
                        len(load.indicators),
                        load.weight,
                        numbers,
                        shared or None,
                    )
                )
                + "</tr>"
            )
        out.append(f"<h3>按{_e(label)}</h3>")
        out.append(
            _table(
                ["单位", label, "指标数", "权重合计", "指标", "共担指标"],
                rows,
                table_id=f"by-{by}",
                numeric=(2, 3),
            )
        )
    out.append("</section>")
    return "\n".join(out)


def _findings_section(
    found: Sequence[Finding], finding_anchor: Mapping[Finding, str], link: Callable[[str], str]
) -> str:
    out = ['<section id="findings"><h2>问题</h2>']
    if not found:
        out.append("<p>未发现问题。</p>")
    codes = Counter(f.code for f in found)
    legend = "".join(
        f"<dt>{_e(code)} {_e(code_info(code).title_zh)}（{n}）</dt><dd>{_e(code_info(code).explain_zh)}</dd>"
        for code, n in sorted(codes.items())
    )
    if legend:
        out.append(f'<details><summary>规则说明</summary><dl class="rules">{legend}</dl></details>')
    rows = []
    for f in found:
        info = code_info(f.code)
        loc = f.location
        where = ""
        if loc is not None:
            where = loc.file + (f" {loc.sheet}" if loc.sheet else "") + (f" 第{loc.row}行" if loc.row else "")
        subjects = "<br>".join(link(s) for s in unique(f.subjects))
        detail = f"<br>{_e(f.message_zh)}" if f.message_zh else ""
        rows.append(
            f'<tr id="{finding_anchor[f]}" class="sev-{f.severity.value}">'
            f"<td>{_e(SEVERITY_ZH[f.severity])}</td><td>{_e(f.code)}</td>"
            f"<td><b>{_e(info.title_zh)}</b>{detail}<br><small>{_e(info.explain_zh)}</small></td>"
            f"<td>{subjects}</td><td>{_e(where)}</td></tr>"
        )
    out.append(_table(["级别", "代码", "规则与说明", "涉及", "位置"], rows, table_id="findings-table"))
    out.append("</section>")
    return "\n".join(out)


_CSS = """
:root{--fg:#1f2328;--mute:#59636e;--line:#d1d9e0;--head:#eef2f7;--err:#fbd5d5;--warn:#ffe3c7;--info:#dbe9f7}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);font:14px/1.6 "PingFang SC","Hiragino Sans GB","Microsoft YaHei",
"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","WenQuanYi Micro Hei",sans-serif}
header{position:sticky;top:0;z-index:2;background:#24476b;color:#fff;padding:.5em 1.2em}
header h1{display:inline;font-size:1.25em;margin:0 1em 0 0}
nav a{color:#fff;margin-right:1em;text-decoration:none}
main{padding:0 1.2em 3em}
h2{border-bottom:2px solid #24476b;padding-top:.6em}
.cards{display:flex;flex-wrap:wrap;gap:.6em;margin:.6em 0}
.card{border:1px solid var(--line);border-radius:6px;padding:.5em 1em;min-width:8em;background:#fafbfc}
.card b{display:block;font-size:1.6em}.card span{color:var(--mute)}
.sev-error{background:var(--err)}.sev-warning{background:var(--warn)}.sev-info{background:var(--info)}
table{border-collapse:collapse;margin:.4em 0 1em;width:100%}
th,td{border:1px solid var(--line);padding:.25em .45em;vertical-align:top;text-align:left}
th{background:var(--head);cursor:pointer;user-select:none;white-space:nowrap}
.matrix th{white-space:normal;min-width:4.5em}.matrix td:nth-child(1){white-space:nowrap}
.matrix td:nth-child(3){min-width:16em}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num,th.num{text-align:right}
tr:target{outline:3px solid #d4a017;background:#fff8d6}
[id]{scroll-margin-top:4.5em}
#trace-table td:nth-child(5){min-width:17em}
.scroll{overflow-x:auto}
a.code{display:inline-block;padding:0 .3em;border-radius:3px;color:var(--fg);
text-decoration:none;font-size:.85em}
small{color:var(--mute)}
.tools input{font:inherit;width:28em;max-width:90vw;padding:.2em .4em}
.hint,.note,.variants{color:var(--mute)}
section.doc{border-top:1px solid var(--line);margin-top:1.5em}
section.doc:target h3{background:#fff8d6}
figure.diagram{margin:0;overflow-x:auto;border:1px solid var(--line);padding:.4em}
figure.diagram svg{max-width:100%;height:auto}
ol.toc{columns:2}
dl.rules dt{font-weight:bold}dl.rules dd{margin:0 0 .4em 1.5em;color:var(--mute)}
@media print{header{position:static}.tools,.hint{display:none}}
"""

_JS = r"""
(function(){
"use strict";
function fold(s){
  s=s.replace(/[\uff01-\uff5e]/g,function(c){return String.fromCharCode(c.charCodeAt(0)-0xfee0);});
  s=s.replace(/[\[【（(［〖〔]\s*(\d{4})\s*[\]】）)］〗〕]/g,"〔$1〕");
  s=s.replace(/〕第?0*(\d)/g,"〕$1");
  return s.replace(/\s+/g,"").toLowerCase();
}
var q=document.getElementById("q"),table=document.getElementById("trace-table");
var count=document.getElementById("count");
var rows=table?Array.prototype.slice.call(table.tBodies[0].rows):[];
var texts=rows.map(function(r){return fold(r.textContent+" "+(r.getAttribute("data-search")||""));});
function filter(){
  var want=fold(q.value),shown=0;
  rows.forEach(function(r,i){var ok=!want||texts[i].indexOf(want)>=0;r.hidden=!ok;if(ok){shown++;}});
  count.textContent=want?("显示 "+shown+" / "+rows.length+" 个目标"):("共 "+rows.length+" 个目标");
}
if(q){q.addEventListener("input",filter);filter();}
var collator=new Intl.Collator("zh-CN",{numeric:true});
function key(cell){return cell?cell.textContent.trim():"";}
Array.prototype.forEach.call(document.querySelectorAll("table.sortable"),function(t){
  Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,col){
    th.addEventListener("click",function(){
      var dir=th.getAttribute("aria-sort")==="ascending"?"descending":"ascending";
      Array.prototype.forEach.call(t.tHead.rows[0].cells,function(o){o.removeAttribute("aria-sort");});
      th.setAttribute("aria-sort",dir);
      var num=th.classList.contains("num"),body=t.tBodies[0],list=Array.prototype.slice.call(body.rows);
      list.sort(function(a,b){
        var x=key(a.cells[col]),y=key(b.cells[col]),c;
        if(num){c=(parseFloat(x)||0)-(parseFloat(y)||0);}else{c=collator.compare(x,y);}
        return dir==="ascending"?c:-c;
      });
      list.forEach(function(r){body.appendChild(r);});
    });
  });
});
function reveal(){
  var id=decodeURIComponent(location.hash.slice(1)),el=id&&document.getElementById(id);
  if(el&&el.hidden&&q){q.value="";filter();el.scrollIntoView();}
}
window.addEventListener("hashchange",reveal);reveal();
})();
"""
