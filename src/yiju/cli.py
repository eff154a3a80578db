"""The command line: the only place that reads argv, prints, and maps errors to exit codes.

Exit codes: 0 ok; 1 findings at or above `--fail-on`, or a query that matched nothing;
2 usage error or unreadable input (one line per file: `path: reason`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from yiju import __version__
from yiju._util import unique, weight_text
from yiju.audit import ProfileError, RuleSelectionError, load_profile, run_audit, select_rules
from yiju.batch import parse_files
from yiju.citations import canonical_key, extract
from yiju.dot import PREFERRED_FONTS, FontNotFoundError, GraphvizError, find_cjk_font, run_dot
from yiju.errors import NoMatchError, ReadError
from yiju.export import build_tables, csv_paths, write_csv, write_xlsx
from yiju.graph import Graph, build_graph, form_spaces, write_graph
from yiju.models import Citation, Finding, Form, Severity
from yiju.paths import OutputError, guard_outputs, write_atomic
from yiju.queries import (
    ROLE_NAMES,
    RoleError,
    Sources,
    Trace,
    Workload,
    derives_from,
    impact,
    resolve_targets,
    sources_of,
    workload,
)
from yiju.readers import expand_each
from yiju.readers._safety import ReadCaps
from yiju.readers.isolate import Limits
from yiju.render import (
    DEFAULT_MAX_NODES,
    MARK_CODES,
    TooManyNodesError,
    View,
    ViewError,
    marks_from_findings,
    to_dot,
)

__all__ = ["app", "main"]

app = typer.Typer(
    name="yiju",
    help="依据 yiju: trace performance-target forms back to the documents they cite.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

FilesArg = Annotated[
    list[str],
    typer.Argument(help="Form files (.xlsx, .txt, .tsv, .csv), directories of them, or glob patterns."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _dump(data: Any) -> str:
    """Return deterministic JSON: sorted keys are *not* used, field order is the schema's."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _usage(message: str) -> NoReturn:
    """Print a usage error as one line on stderr and exit 2."""
    _err(message)
    raise typer.Exit(2)


def _given(option: str, value: str | None) -> None:
    """Refuse an option given an empty value (`--doc ''`): it would match everything or nothing."""
    if value is not None and not value.strip():
        _usage(f"{option} needs a value")


class _Settings:
    """The reader limits the root options set for this run."""

    def __init__(self) -> None:
        self.limits = Limits()
        self.workers: int | None = None


_LIMITS = _Settings()


class _Run:
    """Collects unreadable-file errors of a multi-file run; the exit code is 2 if any."""

    def __init__(self) -> None:
        self.failed = False
        self.inputs: list[Path] = []

    def forms(self, args: Sequence[str]) -> Iterator[Form]:
        """Yield the forms of every readable input; report the others on stderr, one line each."""
        paths, errors = expand_each(args)  # one bad argument must not stop the others
        for error in errors:
            _err(str(error))
            self.failed = True
        self.inputs = paths
        show = len(paths) > 20 and sys.stderr.isatty()
        results = parse_files(paths, limits=_LIMITS.limits, workers=_LIMITS.workers)
        with (
            typer.progressbar(results, length=len(paths), label="reading", file=sys.stderr)
            if show
            else nullcontext(results) as bar
        ):
            for _, forms in bar:
                if isinstance(forms, ReadError):
                    _err(str(forms))
                    self.failed = True
                    continue
                yield from forms

    def guard(self, *outputs: Path) -> None:
        """Exit 2 before writing when an output is one of the inputs (by any name or link)."""
        try:
            guard_outputs(outputs, self.inputs)
        except OutputError as exc:
            _usage(str(exc))

    def exit_code(self, code: int = 0) -> int:
        """Return 2 when any input failed, else `code`."""
        return 2 if self.failed else code

    def read_forms(self, args: Sequence[str]) -> list[Form]:
        """Return the forms of every readable input; exit 2 when none could be read."""
        forms = list(self.forms(args))
        if not forms and self.failed:
            raise typer.Exit(2)  # nothing was read: any answer would be a lie
        return forms

    def graph(self, forms: Sequence[Form], include_hidden: bool) -> Graph:
        """Return the forms' graph; warn once per form kept apart from another of its unit and year."""
        warnings = [
            f"warning: {space.kept_apart_from} and {form.file} are both {form.form_id};"
            f" kept apart as {space.namespace}"
            for form, space in form_spaces(forms)
            if space.kept_apart_from is not None
        ]
        for line in unique(warnings):  # the sheets of one workbook warn once
            _err(line)
        return build_graph(forms, include_hidden=include_hidden)


# --------------------------------------------------------------------------- cite


def _citation_row(c: Citation) -> str:
    locs = "; ".join(loc.describe() for loc in c.locators) or "-"
    info = c.issuer_info
    decoded = f"{info.organ or '?'} ({info.level})" if info is not None else "-"
    title = c.title or "-"
    return f"{c.key}\t{locs}\t{title}\t{decoded}\t[{c.span[0]}:{c.span[1]}] {c.text}"


@app.command()
def cite(
    text: Annotated[str | None, typer.Argument(help="Text to read; '-' reads standard input.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the text from this file.")] = None,
    key: Annotated[
        bool, typer.Option("--key", help="Print only the canonical key (exit 1 if none).")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Find document citations (发文字号, 《titles》) in text and print their canonical keys."""
    if file is not None:
        try:
            source = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            _err(f"{file}: {exc.__class__.__name__}: {exc}")
            raise typer.Exit(2) from None
    elif text is None or text == "-":
        source = sys.stdin.read()
    else:
        source = text
    if key:
        found = canonical_key(source)
        if found is None:
            _err("no document number in the text")
            raise typer.Exit(1)
        typer.echo(found)
        return
    result = extract(source)
    if as_json:
        typer.echo(_dump(result.to_dict()))
        return
    if not result.citations and not result.unparsed:
        typer.echo("no citations")
        return
    typer.echo("key\tlocators\ttitle\tissuer\twritten")
    for c in result.citations:
        typer.echo(_citation_row(c))
    for u in result.unparsed:
        typer.echo(f"UNPARSED\t[{u.span[0]}:{u.span[1]}] {u.text}\t({u.reason})")


# --------------------------------------------------------------------------- parse


def _left_out(hidden: int) -> str:
    return f" (+{hidden} hidden, left out)" if hidden else ""


def _form_summary(form: Form, include_hidden: bool) -> list[str]:
    visible = [i for i in form.indicators if include_hidden or not i.hidden]
    targets = [t for t in form.targets if include_hidden or not t.hidden]
    lines = [
        f"{form.file}: {form.unit or '(unit unknown)'} {form.year or ''} — {form.title or ''}".rstrip(),
        f"  targets {len(targets)}{_left_out(len(form.targets) - len(targets))},"
        f" indicators {len(visible)}{_left_out(len(form.indicators) - len(visible))}",
    ]
    by_cat: dict[str, float] = {}
    for ind in visible:
        by_cat[ind.category] = by_cat.get(ind.category, 0.0) + (ind.weight or 0.0)
    for cat, weight in by_cat.items():
        declared = form.totals.get(cat)
        note = f" (合计 says {weight_text(declared)})" if declared is not None else ""
        lines.append(f"  {cat}: weight {weight_text(weight)}{note}")
    grand = sum(by_cat.values())
    declared_total = form.totals.get("总计")
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


@app.command()
def parse(
    files: FilesArg,
    as_json: JsonOpt = False,
    include_hidden: Annotated[
        bool, typer.Option("--include-hidden", help="Keep hidden rows in the output and totals.")
    ] = False,
) -> None:
    """Read forms and print a summary of each (or the structured form with --json)."""
    run = _Run()
    forms = run.read_forms(files)
    if as_json:
        typer.echo(_dump({"forms": [f.to_dict() for f in forms]}))
    else:
        for form in forms:
            typer.echo("\n".join(_form_summary(form, include_hidden)))
    raise typer.Exit(run.exit_code())


# --------------------------------------------------------------------------- trace, who, export

HiddenOpt = Annotated[
    bool, typer.Option("--include-hidden", help="Keep targets and indicators from hidden rows.")
]
_GRAPH_SUFFIXES = (".graphml", ".gexf", ".json")


def _graph_of(run: _Run, files: Sequence[str], include_hidden: bool) -> tuple[list[Form], Graph]:
    """Return the readable forms and their graph; exit 2 when no input could be read."""
    forms = run.read_forms(files)
    return forms, run.graph(forms, include_hidden)


def _hidden_hint(forms: Sequence[Form], query: str, find: Callable[[Graph], Sequence[str]]) -> str | None:
    """Return `1-16 is on hidden row 35; add --include-hidden` when only hidden rows match.

    `find` runs the query that matched nothing on the graph with hidden rows kept and
    returns the nodes it matched (raising NoMatchError when none).
    """
    if not any(t.hidden for f in forms for t in f.targets) and not any(
        i.hidden for f in forms for i in f.indicators
    ):
        return None
    graph = build_graph(forms, include_hidden=True)
    try:
        nodes = find(graph)
    except NoMatchError:
        return None
    hidden = [graph.nodes[n] for n in nodes if graph.nodes[n].get("hidden")]
    if not hidden:
        return None
    files = unique(str(a.get("file", "")) for a in hidden)
    rows = unique(
        str(a.get("row", "?")) for a in sorted(hidden, key=lambda a: (a.get("file", ""), a.get("row", 0)))
    )
    where = f" of {', '.join(files)}" if len({f.file for f in forms}) > 1 else ""
    plural = "s" if len(rows) > 1 else ""
    return f"{query} is on hidden row{plural} {', '.join(rows)}{where}; add --include-hidden"


def _no_match(run: _Run, exc: NoMatchError, hint: str | None = None) -> NoReturn:
    """Print why a query matched nothing (one line) and exit 1 (2 if an input failed)."""
    if isinstance(exc, RoleError):
        _err(f"{exc.name} is a {ROLE_NAMES[exc.found]}; use --{exc.found}")
    else:
        _err(hint or str(exc))
    raise typer.Exit(run.exit_code(1))


#: How `trace` writes each `via`: the 文件依据 cell, a pinned clause, a mention in the text.
_VIA_WORDS = {"basis": "文件依据", "mention": "文中提及"}


def _via_text(via: Sequence[str]) -> str:
    return "; ".join(_VIA_WORDS.get(v, v.replace("clause:", "clause ")) for v in via)


def _trace_lines(trace: Trace, form: str | None) -> list[str]:
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
            lines.extend(f"  via {link.key}: {_via_text(link.via)}" for link in target.links)
        else:
            lines.append(f"  via {_via_text(target.via)}")
        lines.extend(
            f"  {i.id}\t{weight_text(i.weight, '-')}\t{i.leader or '-'}\t{'、'.join(i.departments) or '-'}"
            f"\t{'、'.join(i.people) or '-'}"
            for i in target.indicators
        )
    return lines


def _sources_lines(src: Sources) -> list[str]:
    if src.indicator_text is not None:
        lines = [f"[{src.form}] {src.id} {src.indicator_text}", f"  target {src.target} {src.text}"]
    else:
        lines = [f"[{src.form}] {src.id} {src.text}"]
    lines.append("documents:")
    for d in src.documents:
        titles = [t for t in d.titles if not d.key.startswith("《")]
        if len(titles) == 1:
            lines.append(f"  {d.key}《{titles[0]}》  via {_via_text(d.via)}")
        else:  # several titles: one per line under the key
            lines.append(f"  {d.key}  via {_via_text(d.via)}")
            lines.extend(f"    《{title}》" for title in titles)
    if not src.documents:
        lines.append("  none")
    lines.append("clauses:")
    lines.extend(f"  {c.describe()}  ({c.where})" for c in src.clauses)
    if not src.clauses:
        lines.append("  none")
    return lines


@app.command()
def trace(
    files: FilesArg,
    *,
    doc: Annotated[
        str | None,
        typer.Option("--doc", help="A document number in any written form, or a fragment of its title."),
    ] = None,
    target: Annotated[
        str | None, typer.Option("--target", help="A target or indicator id (1-3, 1-3-1): list its sources.")
    ] = None,
    form: Annotated[
        str | None,
        typer.Option(
            "--form", help="Only this unit (or <unit>/<year>): with --doc, only its deriving targets."
        ),
    ] = None,
    as_json: JsonOpt = False,
    include_hidden: HiddenOpt = False,
) -> None:
    """Trace a document down to its deriving targets (--doc), or a target up to its sources (--target).

    A number matches exactly by canonical key (泉委办〔2021〕2号 is never 20号); a title fragment
    (two characters or more) matches fuzzily and every matching document is traced. --form
    keeps one unit's targets, with either. No match: the nearest candidates on stderr and
    exit 1.
    """
    if (doc is None) == (target is None):
        _usage("give exactly one of --doc or --target")
    for option, value in (("--doc", doc), ("--target", target), ("--form", form)):
        _given(option, value)
    run = _Run()
    forms, graph = _graph_of(run, files, include_hidden)
    if doc is not None:
        try:
            result = derives_from(graph, doc, form=form)
        except NoMatchError as exc:
            hint = None if include_hidden else _hidden_hint(forms, doc, lambda g: _deriving(g, doc, form))
            _no_match(run, exc, hint)
        typer.echo(_dump(result.to_dict()) if as_json else "\n".join(_trace_lines(result, form)))
        raise typer.Exit(run.exit_code())
    assert target is not None  # noqa: S101  # one of the two is set, checked above
    try:
        found = [sources_of(graph, node) for node in resolve_targets(graph, target, form=form)]
    except NoMatchError as exc:
        hint = (
            None
            if include_hidden
            else _hidden_hint(forms, target, lambda g: resolve_targets(g, target, form=form))
        )
        _no_match(run, exc, hint)
    if as_json:
        typer.echo(_dump({"query": target, "targets": [s.to_dict() for s in found]}))
    else:
        typer.echo("\n\n".join("\n".join(_sources_lines(s)) for s in found))
    raise typer.Exit(run.exit_code())


def _deriving(graph: Graph, doc: str, form: str | None) -> list[str]:
    """Return the target nodes deriving from `doc` (in `form`), for the hidden-row hint."""
    nodes = impact(graph, doc).targets
    return [
        n for n in nodes if form is None or form in (graph.nodes[n].get("form"), graph.nodes[n].get("unit"))
    ]


def _short_ids(graph: Graph, row: Workload) -> list[str]:
    """Return an owner's indicator numbers, prefixed by their form (less the unit) when several."""
    nodes = [graph.nodes[i] for i in row.indicators]
    forms = {str(a.get("form", "")) for a in nodes}
    if len(forms) == 1:
        return [str(a.get("number", "")) for a in nodes]
    return [f"{str(a.get('form', '')).removeprefix(row.unit + '/')}/{a.get('number', '')}" for a in nodes]


@app.command()
def who(
    files: FilesArg,
    *,
    person: Annotated[str | None, typer.Option("--person", help="Only this 责任人.")] = None,
    department: Annotated[str | None, typer.Option("--department", help="Only this 责任部门.")] = None,
    leader: Annotated[str | None, typer.Option("--leader", help="Only this 分管领导.")] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            help="Tabulate everyone by person (default), department or leader; not with a name option.",
        ),
    ] = None,
    as_json: JsonOpt = False,
    include_hidden: HiddenOpt = False,
) -> None:
    """Show who carries which indicators and how much weight, heaviest first.

    An indicator shared by several owners counts fully for each and is marked with *.
    --person, --department or --leader picks one name (and so the grouping); --by groups
    everyone and cannot be combined with them.
    """
    names = (("person", person), ("department", department), ("leader", leader))
    for kind_, value in names:
        _given(f"--{kind_}", value)
    chosen = [(k, v) for k, v in names if v is not None]
    if len(chosen) > 1:
        _usage("give at most one of --person, --department, --leader")
    if chosen and by is not None:
        _usage(
            f"--by tabulates everyone; leave it out with --{chosen[0][0]} (which groups by {chosen[0][0]})"
        )
    kind, name = chosen[0] if chosen else (by or "person", None)
    if kind not in ROLE_NAMES:
        _usage(f"--by must be person, department or leader, not {kind!r}")
    run = _Run()
    forms, graph = _graph_of(run, files, include_hidden)
    try:
        rows = workload(graph, kind, name=name)  # type: ignore[arg-type]  # checked above
    except NoMatchError as exc:
        hint = None
        if name is not None and not include_hidden and not isinstance(exc, RoleError):
            hint = _hidden_hint(
                forms,
                name,
                lambda g: [i for w in workload(g, kind, name=name) for i in w.indicators],  # type: ignore[arg-type]  # checked above
            )
        _no_match(run, exc, hint)
    if as_json:
        typer.echo(_dump({"by": kind, "workload": [w.to_dict() for w in rows]}))
    else:
        typer.echo(f"weight\tcount\t{kind}\tunit\tindicators (* shared)")
        for row in rows:
            marks = [
                f"{short}*" if full in row.shared else short
                for short, full in zip(_short_ids(graph, row), row.indicators, strict=True)
            ]
            cells = [
                weight_text(row.weight, "-"),
                str(len(row.indicators)),
                row.name,
                row.unit,
                " ".join(marks),
            ]
            typer.echo("\t".join(cells))
    raise typer.Exit(run.exit_code())


@app.command()
def export(
    files: FilesArg,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Graph file to write: .graphml, .gexf or node-link .json.")
    ],
    include_hidden: HiddenOpt = False,
) -> None:
    """Write the traceability graph of the forms as GraphML, GEXF or node-link JSON."""
    if output.suffix.lower() not in _GRAPH_SUFFIXES:
        _err(f"{output}: unsupported graph format (expected {', '.join(_GRAPH_SUFFIXES)})")
        raise typer.Exit(2)
    run = _Run()
    _, graph = _graph_of(run, files, include_hidden)
    run.guard(output)
    try:
        write_graph(graph, output)
    except OSError as exc:
        _err(f"{output}: {exc.__class__.__name__}: {exc}")
        raise typer.Exit(2) from None
    typer.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    raise typer.Exit(run.exit_code())


# --------------------------------------------------------------------------- audit

_FAIL_ON = ("error", "warning", "info", "never")


def _rule_names(value: str | None) -> list[str] | None:
    """Split a comma-separated `--select` / `--ignore` value; None when the option is absent."""
    if value is None:
        return None
    return [name for name in (part.strip() for part in value.split(",")) if name]


def _audit_lines(findings: Sequence[Finding]) -> list[str]:
    """Return findings grouped by severity (error, warning, info), each group in output order."""
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


@app.command()
def audit(
    files: FilesArg,
    *,
    as_json: JsonOpt = False,
    select: Annotated[
        str | None,
        typer.Option("--select", help="Rules to run: codes, families or slugs, comma-separated (A,D01)."),
    ] = None,
    ignore: Annotated[
        str | None,
        typer.Option("--ignore", help="Rules to leave out: codes, families or slugs, comma-separated."),
    ] = None,
    fail_on: Annotated[
        str,
        typer.Option("--fail-on", help="Exit 1 at findings this severe: error, warning, info or never."),
    ] = "error",
    profile: Annotated[
        Path | None, typer.Option("--profile", help="Rule profile (TOML) to use instead of the default one.")
    ] = None,
) -> None:
    """Check forms against the audit rules and the rule profile (the form's own 备注 rules)."""
    threshold = fail_on.strip().lower()
    if threshold not in _FAIL_ON:
        _usage(f"--fail-on: {fail_on!r} is not one of {', '.join(_FAIL_ON)}")
    selected, ignored = _rule_names(select), _rule_names(ignore) or []
    if selected == []:
        _usage(f"--select {select!r} names no rule; name codes, families or slugs (A,D01)")
    try:
        loaded = load_profile(profile)
        select_rules(selected, ignored)
    except (ProfileError, RuleSelectionError) as exc:
        _usage(str(exc))
    run = _Run()
    forms = run.read_forms(files)
    graph = run.graph(forms, include_hidden=False)
    findings = run_audit(forms, loaded, select=selected, ignore=ignored, graph=graph)
    if as_json:
        typer.echo(_dump({"findings": [f.to_dict() for f in findings]}))
    else:
        typer.echo("\n".join(_audit_lines(findings)))
    failing = threshold != "never" and any(f.severity.rank >= Severity(threshold).rank for f in findings)
    raise typer.Exit(run.exit_code(1 if failing else 0))


# --------------------------------------------------------------------------- report


@app.command()
def report(
    files: FilesArg,
    output: Annotated[Path, typer.Option("-o", "--output", help="The workbook to write (.xlsx).")],
    csv_dir: Annotated[
        Path | None,
        typer.Option("--csv", help="Also write each sheet as UTF-8 (with BOM) CSV into this directory."),
    ] = None,
    profile: Annotated[
        Path | None, typer.Option("--profile", help="Rule profile (TOML) for the 问题清单 sheet.")
    ] = None,
    include_hidden: HiddenOpt = False,
) -> None:
    """Write the Excel report: 追溯矩阵, 文件清单, 责任分解, 问题清单, 指标明细.

    The same forms give a byte-identical workbook. Text from the forms is never stored as
    a formula; in the CSV files such text is prefixed with ' so that Excel shows it.
    """
    if output.suffix.lower() != ".xlsx":
        _usage(f"{output}: the report is an .xlsx workbook")
    try:
        loaded = load_profile(profile)
    except ProfileError as exc:
        _usage(str(exc))
    run = _Run()
    forms = run.read_forms(files)
    run.guard(output, *(csv_paths(csv_dir) if csv_dir is not None else []))
    graph = run.graph(forms, include_hidden)
    # The rules read the visible rows only; with --include-hidden they get a graph of their own.
    findings = run_audit(forms, loaded, graph=None if include_hidden else graph)
    tables = build_tables(forms, graph, findings, include_hidden=include_hidden)
    try:
        write_xlsx(tables, output)
        written = write_csv(tables, csv_dir) if csv_dir is not None else []
    except OSError as exc:
        _err(f"{exc.filename or output}: {exc.__class__.__name__}: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    typer.echo(f"wrote {output}: " + ", ".join(f"{t.name} {len(t.rows)}" for t in tables))
    for path in written:
        typer.echo(f"wrote {path}")
    raise typer.Exit(run.exit_code())


# --------------------------------------------------------------------------- render

_PICTURE_FORMATS = ("svg", "png", "pdf", "dot")


@app.command()
def render(  # noqa: PLR0917  # typer maps each option to a parameter
    files: FilesArg,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="The picture to write; '-' writes it to standard output.")
    ],
    doc: Annotated[
        str | None,
        typer.Option("--doc", help="Only this document (number or title words) and what derives from it."),
    ] = None,
    target: Annotated[
        str | None,
        typer.Option("--target", help="Only this target (1-3, or a node id), its sources and indicators."),
    ] = None,
    department: Annotated[
        str | None,
        typer.Option("--department", help="Only the indicators this department owns, with their sources."),
    ] = None,
    person: Annotated[
        str | None,
        typer.Option("--person", help="Only the indicators this person owns or leads, with their sources."),
    ] = None,
    level: Annotated[
        str | None,
        typer.Option("--level", help="Stop at a rank: documents (linked to units), targets or indicators."),
    ] = None,
    cluster: Annotated[
        str | None, typer.Option("--cluster", help="Box nodes by category, department or unit.")
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="svg, png, pdf or dot. Default: the suffix of -o; svg when -o is '-'. Must agree with "
            "a known suffix; needed for another suffix.",
        ),
    ] = None,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", help="Refuse to draw more nodes than this (exit 1).")
    ] = DEFAULT_MAX_NODES,
    no_marks: Annotated[
        bool,
        typer.Option("--no-marks", help="Do not mark audit findings (red: unassigned, orange: duplicated)."),
    ] = False,
    profile: Annotated[
        Path | None, typer.Option("--profile", help="Rule profile (TOML) for the audit marks.")
    ] = None,
    include_hidden: HiddenOpt = False,
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", min=1, help="Graphviz 布局的时间上限（秒；默认 30 秒加每 100 行 1 秒）。"),
    ] = None,
) -> None:
    """Draw the dependency diagram: document → clause → target → indicator → department → person.

    Exit 1 when the filter matches nothing or the picture would exceed --max-nodes (narrow
    it, or use a higher --level); exit 2 for bad options, unreadable input, or no Chinese
    font / no Graphviz installed.
    """
    to_stdout = str(output) == "-"
    suffix = "" if to_stdout else output.suffix.lower().lstrip(".")
    chosen = (fmt or ("svg" if to_stdout else suffix)).lower()
    if chosen not in _PICTURE_FORMATS:
        if fmt is not None:
            _usage(f"--format must be one of {', '.join(_PICTURE_FORMATS)}, not {fmt!r}")
        _usage(f"cannot tell the format from {str(output)!r}; use --format {'|'.join(_PICTURE_FORMATS)}")
    if suffix in _PICTURE_FORMATS and suffix != chosen:
        _usage(f"--format {chosen} disagrees with {output}; give one or make them agree")
    for option, value in (
        ("--doc", doc),
        ("--target", target),
        ("--department", department),
        ("--person", person),
    ):
        _given(option, value)
    try:
        loaded = load_profile(profile)
    except ProfileError as exc:
        _usage(str(exc))
    try:
        view = View(
            doc=doc,
            target=target,
            department=department,
            person=person,
            level=level,
            cluster=cluster,
            max_nodes=max_nodes,
        )
        font = find_cjk_font()
    except ViewError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    except FontNotFoundError as exc:
        if chosen != "dot":
            _err(str(exc))
            raise typer.Exit(2) from None
        font = PREFERRED_FONTS[0]  # DOT text is drawn elsewhere; name the usual font
    run = _Run()
    forms = run.read_forms(files)
    if not to_stdout:
        run.guard(output)
    graph = run.graph(forms, include_hidden)
    marks: dict[str, str] = {}
    if not no_marks:  # only the rules that mark something; on the visible rows, as ever
        audit_graph = None if include_hidden else graph
        findings = run_audit(forms, loaded, select=list(MARK_CODES), graph=audit_graph)
        marks = marks_from_findings(graph, findings)
    try:
        text = to_dot(graph, view, font=font, marks=marks)
    except (NoMatchError, TooManyNodesError) as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    try:
        picture = run_dot(text, chosen, timeout=timeout)
    except GraphvizError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if to_stdout:
        sys.stdout.buffer.write(picture)
        sys.stdout.buffer.flush()
    else:
        try:
            write_atomic(output, picture)
        except OSError as exc:
            _err(f"{output}: {exc.__class__.__name__}: {exc.strerror or exc}")
            raise typer.Exit(2) from None
        typer.echo(f"wrote {output} ({chosen})")
    raise typer.Exit(run.exit_code())


def _version(value: bool) -> None:
    if value:
        typer.echo(f"yiju {__version__}")
        raise typer.Exit()


@app.callback()
def _root(  # noqa: PLR0917  # typer maps each option to a parameter
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    max_cells: Annotated[
        int, typer.Option("--max-cells", min=1, help="每个工作表（或文本文件）最多读取的单元格数。")
    ] = ReadCaps().max_cells,
    max_cell_chars: Annotated[
        int, typer.Option("--max-cell-chars", min=1, help="每个单元格最多的字符数。")
    ] = ReadCaps().max_cell_chars,
    reader_memory: Annotated[
        int, typer.Option("--reader-memory", min=256, help="读取每个文件的进程的内存上限（MB）。")
    ] = Limits().memory_mb,
    reader_cpu: Annotated[
        int, typer.Option("--reader-cpu", min=1, help="读取每个文件的 CPU 时间上限（秒）。")
    ] = Limits().cpu_seconds,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="并行读取文件的进程数（默认：CPU 数，最多 4）。")
    ] = None,
) -> None:
    """依据 yiju: trace performance-target forms back to the documents they cite."""
    caps = ReadCaps(max_cells=max_cells, max_cell_chars=max_cell_chars)
    _LIMITS.limits = Limits(memory_mb=reader_memory, cpu_seconds=reader_cpu, caps=caps)
    _LIMITS.workers = workers


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code (the console script's entry point)."""
    try:
        app(args=list(argv) if argv is not None else None, prog_name="yiju", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
