"""The command line: the only place that reads argv, prints, and maps errors to exit codes.

Exit codes: 0 ok; 1 findings at or above `--fail-on`, or a query that matched nothing;
2 usage error or unreadable input (one line per file: `path: reason`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from yiju import __version__
from yiju.citations import canonical_key, extract
from yiju.errors import ReadError
from yiju.forms import parse_table
from yiju.models import Citation, Form
from yiju.readers import expand_inputs, read

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


class _Run:
    """Collects unreadable-file errors of a multi-file run; the exit code is 2 if any."""

    def __init__(self) -> None:
        self.failed = False

    def forms(self, args: Sequence[str]) -> Iterator[Form]:
        """Yield the forms of every readable input; report the others on stderr."""
        try:
            paths = expand_inputs(args)
        except ReadError as exc:
            _err(str(exc))
            self.failed = True
            return
        show = len(paths) > 20 and sys.stderr.isatty()
        with typer.progressbar(paths, label="reading", file=sys.stderr) if show else _nullbar(paths) as bar:
            for path in bar:
                try:
                    tables = read(path)
                except ReadError as exc:
                    _err(str(exc))
                    self.failed = True
                    continue
                for table in tables:
                    yield parse_table(table)

    def exit_code(self, code: int = 0) -> int:
        """Return 2 when any input failed, else `code`."""
        return 2 if self.failed else code


class _nullbar:  # noqa: N801  # a stand-in for typer.progressbar's context manager
    def __init__(self, items: Sequence[Path]) -> None:
        self.items = items

    def __enter__(self) -> Sequence[Path]:
        return self.items

    def __exit__(self, *exc: object) -> None:
        return None


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


def _form_summary(form: Form, include_hidden: bool) -> list[str]:
    visible = [i for i in form.indicators if include_hidden or not i.hidden]
    hidden = len(form.indicators) - len(visible)
    lines = [
        f"{form.file}: {form.unit or '(unit unknown)'} {form.year or ''} — {form.title or ''}".rstrip(),
        f"  targets {len(form.targets)}, indicators {len(visible)}"
        + (f" (+{hidden} hidden, left out)" if hidden else ""),
    ]
    by_cat: dict[str, float] = {}
    for ind in visible:
        by_cat[ind.category] = by_cat.get(ind.category, 0.0) + (ind.weight or 0.0)
    for cat, weight in by_cat.items():
        declared = form.totals.get(cat)
        note = f" (合计 says {declared:g})" if declared is not None else ""
        lines.append(f"  {cat}: weight {weight:g}{note}")
    grand = sum(by_cat.values())
    declared_total = form.totals.get("总计")
    lines.append(
        f"  total weight {grand:g}"
        + (f" (form says {declared_total:g})" if declared_total is not None else "")
    )
    docs = sorted(
        {b.key for t in form.targets for b in t.basis} | {c.key for t in form.targets for c in t.citations}
    )
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
    forms = list(run.forms(files))
    if as_json:
        typer.echo(_dump({"forms": [f.to_dict() for f in forms]}))
    else:
        for form in forms:
            typer.echo("\n".join(_form_summary(form, include_hidden)))
    raise typer.Exit(run.exit_code())


def _version(value: bool) -> None:
    if value:
        typer.echo(f"yiju {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """依据 yiju: trace performance-target forms back to the documents they cite."""


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
