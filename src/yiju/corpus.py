"""The library facade: read forms once, then ask them anything.

```python
import yiju

corpus = yiju.load(["forms/"])            # every readable form under forms/
corpus.trace("泉委办〔2021〕20号")          # targets deriving from a document
corpus.sources("1-3")                      # what a target rests on
corpus.who("department", name="基础科")    # who carries what
corpus.audit(select=["A", "D01"])         # findings
corpus.report("report.xlsx")               # the Excel workbook
corpus.render(View(doc="强基促稳"), font="WenQuanYi Zen Hei")  # DOT text
```

A `Corpus` holds the parsed forms, the files that could not be read (`failures`, never
raised: one bad file must not stop the others), and builds the graph on first use. Each
method is the library function of the same question (`queries.derives_from`,
`audit.run_audit` …) applied to that graph; the command line is a thin layer over these
methods. Nothing here prints.

Reading goes through one function, `read_forms`, so that a parallel reader can take its
place without the callers noticing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yiju.errors import ReadError

if TYPE_CHECKING:
    from yiju.audit.profile import Profile
    from yiju.cover import Coverage, Register
    from yiju.export.tables import SheetTable
    from yiju.forms import ParseOptions
    from yiju.graph import FormSpace, Graph
    from yiju.graphread import Role
    from yiju.models import Finding, Form, Severity
    from yiju.queries import Impact, Sources, Trace, Workload
    from yiju.readers.isolate import Limits
    from yiju.render import View

__all__ = [
    "PARALLEL_MIN",
    "Corpus",
    "KeptApart",
    "Report",
    "expand_paths",
    "load",
    "read_files",
    "read_forms",
]

#: Called with each input that cannot be read (or expanded), as it is met.
OnError = Callable[[ReadError], None]
#: Called after each file is read with (files read, files in all).
OnProgress = Callable[[int, int], None]
#: Called once with the files of no supported kind that directories or patterns held.
OnSkipped = Callable[[list[Path]], None]


@dataclass(frozen=True, slots=True)
class KeptApart:
    """A form kept apart from another file of its unit and year (`graph.form_spaces`).

    Attributes:
        file: The file kept apart.
        form_id: The `<unit>/<year>` both files claim.
        kept_by: The file that keeps the plain namespace.
        namespace: Where this file's targets went (`<unit>/<year>~<file name>`).
    """

    file: str
    form_id: str
    kept_by: str
    namespace: str


@dataclass(frozen=True, slots=True)
class Report:
    """What `Corpus.report` wrote: the workbook, its sheets, and any CSV files."""

    path: Path
    tables: tuple[SheetTable, ...]
    csv_files: tuple[Path, ...] = ()


def expand_paths(
    args: Iterable[str | Path], on_error: OnError | None = None, on_skipped: OnSkipped | None = None
) -> tuple[list[Path], list[ReadError]]:
    """Return the files that arguments (files, directories, glob patterns) name, in order, once each.

    An argument that names nothing is a `ReadError`, returned (and passed to `on_error`);
    the other arguments are still expanded. Files of no supported kind inside directories
    or matched by patterns (`a.doc`, `c.jpg`) are passed to `on_skipped` once, together. A
    file is known by its device and inode, so `x/a.txt`, `/x/../x/a.txt` and a link to it are
    one file; walks and `**` globs enter a linked folder once (`paths.expand`).
    """
    from yiju.readers import expand_each  # noqa: PLC0415  # keeps `import yiju` light

    skipped: list[Path] = []
    paths, failures = expand_each([str(arg) for arg in args], skipped)
    if on_error is not None:
        for failure in failures:
            on_error(failure)
    if skipped and on_skipped is not None:
        on_skipped(list(dict.fromkeys(skipped)))
    return paths, failures


#: Fewer files than this are read in this process: a worker pool costs more than it saves.
PARALLEL_MIN = 16


def read_files(
    paths: Sequence[Path],
    *,
    on_progress: OnProgress | None = None,
    workers: int | None = None,
    options: ParseOptions | None = None,
    limits: Limits | None = None,
) -> Iterator[tuple[Path, list[Form] | ReadError]]:
    """Yield each file with its forms (or why it cannot be read), in path order.

    This is the one place files become forms. Each file is read and parsed in a worker process
    capped in memory and CPU time (`readers.isolate`, `batch.parse_files`), so a file that
    aborts its reader, exhausts it or crashes the parser is one `ReadError` and the others
    are still read; one worker per core (at most 4; `workers` to choose) reads many files in
    parallel, their forms sent back in order. With fewer than `PARALLEL_MIN` files, small
    text files (whose reader cannot abort) are read here: a worker costs more than it saves.
    `on_progress` is called with (0, files) first, then after each file.
    """
    from yiju.batch import parse_files  # noqa: PLC0415  # keeps `import yiju` light

    total = len(paths)
    if on_progress is not None and total:
        on_progress(0, total)
    results = parse_files(
        paths, limits=limits, workers=workers, options=options, isolate_all=total >= PARALLEL_MIN
    )
    for done, (path, result) in enumerate(results, 1):
        yield path, result
        if on_progress is not None:
            on_progress(done, total)


def read_forms(
    paths: Sequence[Path],
    *,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
    options: ParseOptions | None = None,
    limits: Limits | None = None,
    workers: int | None = None,
) -> Iterator[Form]:
    """Yield the forms of every readable file, in path order; pass each failure to `on_error`.

    `on_progress` is called with (0, files) first, then after each file. `options` are what
    the user says about the tables (`parse --family/--columns/--unit`). Values the forms
    repeat (names, categories, document keys …) are one object each (`compact.Compactor`).
    """
    from yiju.compact import Compactor  # noqa: PLC0415  # keeps `import yiju` light

    compactor = Compactor()
    for _, result in read_files(
        paths, on_progress=on_progress, options=options, limits=limits, workers=workers
    ):
        if isinstance(result, ReadError):
            if on_error is not None:
                on_error(result)
        else:
            yield from (compactor.form(form) for form in result)


def load(
    paths: Iterable[str | Path],
    *,
    include_hidden: bool = False,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
    on_skipped: OnSkipped | None = None,
    options: ParseOptions | None = None,
    limits: Limits | None = None,
    workers: int | None = None,
) -> Corpus:
    """Read forms from files, directories or glob patterns into a `Corpus`.

    Args:
        paths: Form files (.xlsx, .xls, .xlsb, .ods, .docx, .pdf, .html, .txt, .tsv, .csv),
            directories of them, or glob patterns.
        include_hidden: Keep targets and indicators from hidden rows in the graph.
        on_error: Called with each input that cannot be read, as it is met (the failures
            are also in `Corpus.failures`).
        on_progress: Called after each file with (files read, files in all).
        on_skipped: Called once with the unsupported files directories or patterns held.
        options: The tables' family, column roles or unit, when the user gives them.
        limits: Memory, CPU and cell caps of the readers (`readers.isolate.Limits`).
        workers: Reader processes (default: the CPUs, at most 4).

    Returns:
        The corpus of every readable form; unreadable inputs are in `failures`, not raised.

    Example:
        >>> corpus = load(["fixtures/seed_2021_quanzhou_yingji.txt"])  # doctest: +SKIP
        >>> corpus.trace("泉委办〔2021〕20号").targets[0].id  # doctest: +SKIP
        '1-2'
    """
    failures: list[ReadError] = []

    def failed(exc: ReadError) -> None:
        failures.append(exc)
        if on_error is not None:
            on_error(exc)

    files, _ = expand_paths(paths, failed, on_skipped)
    forms = list(
        read_forms(
            files, on_error=failed, on_progress=on_progress, options=options, limits=limits, workers=workers
        )
    )
    return Corpus(forms, include_hidden=include_hidden, failures=failures, inputs=files)


class Corpus:
    """Parsed forms and their graph, with one method per question.

    Args:
        forms: Parsed forms (`yiju.forms.parse_table`).
        include_hidden: Keep hidden rows in the graph the queries, report and render read
            (the audit always reads the visible rows only).
        failures: The inputs that could not be read.
        inputs: Every input file (read or not), which no output may overwrite; the forms'
            own files when not given.
    """

    def __init__(
        self,
        forms: Iterable[Form],
        *,
        include_hidden: bool = False,
        failures: Iterable[ReadError] = (),
        inputs: Iterable[Path] = (),
    ) -> None:
        """Hold the forms; nothing is built until asked for."""
        self._forms: tuple[Form, ...] = tuple(forms)
        self.include_hidden = include_hidden
        self._failures: tuple[ReadError, ...] = tuple(failures)
        # Every input file, read or not: no output may overwrite one.
        self._inputs: tuple[Path, ...] = tuple(inputs)

    @property
    def forms(self) -> tuple[Form, ...]:
        """Return the parsed forms, in the order they were read."""
        return self._forms

    @property
    def failures(self) -> tuple[ReadError, ...]:
        """Return the inputs that could not be read, each with its reason."""
        return self._failures

    @property
    def files(self) -> tuple[str, ...]:
        """Return the files the forms were read from, each once, in order."""
        return tuple(dict.fromkeys(form.file for form in self.forms))

    def guard_outputs(self, *outputs: Path) -> None:
        """Refuse outputs that are inputs of this corpus, under any name or link.

        Raises:
            OutputError: Naming the output and the input it would overwrite.
        """
        from yiju.paths import guard_outputs  # noqa: PLC0415  # keeps `import yiju` light

        guard_outputs(outputs, self._inputs or tuple(Path(f) for f in self.files))

    def attrs(self, node: str) -> Mapping[str, Any]:
        """Return the attributes of a graph node an answer names (a workload's indicators …)."""
        return self.graph.nodes[node]

    def __repr__(self) -> str:
        """Return `<Corpus: 2 forms, 1 unreadable>`."""
        return f"<Corpus: {len(self.forms)} forms, {len(self.failures)} unreadable>"

    # ------------------------------------------------------------------ the graph

    @cached_property
    def spaces(self) -> tuple[tuple[Form, FormSpace], ...]:
        """Return each form with its namespaces, in graph order (`graph.form_spaces`)."""
        from yiju.graph import form_spaces  # noqa: PLC0415  # keeps `import yiju` light

        return tuple(form_spaces(self.forms))

    @property
    def kept_apart(self) -> list[KeptApart]:
        """Return the forms kept apart from another file of their unit and year, in graph order."""
        return [
            KeptApart(form.file, form.form_id, space.kept_apart_from, space.namespace)
            for form, space in self.spaces
            if space.kept_apart_from is not None
        ]

    def kept_apart_head(self, limit: int) -> tuple[list[KeptApart], int]:
        """Return the first `limit` forms kept apart (a workbook's sheets once) and how many there are."""
        kept = list(dict.fromkeys(self.kept_apart))
        return kept[:limit], len(kept)

    @cached_property
    def graph(self) -> Graph:
        """Return the traceability graph (hidden rows only with `include_hidden`)."""
        from yiju.graph import build_graph  # noqa: PLC0415

        return build_graph(self.forms, include_hidden=self.include_hidden)

    @cached_property
    def visible_graph(self) -> Graph:
        """Return the graph without hidden rows, as the audit reads it."""
        if not self.include_hidden:
            return self.graph
        from yiju.graph import build_graph  # noqa: PLC0415

        return build_graph(self.forms)

    def with_hidden(self) -> Corpus:
        """Return this corpus with hidden rows kept (itself when they already are)."""
        if self.include_hidden:
            return self
        return Corpus(self.forms, include_hidden=True, failures=self.failures)

    @property
    def has_hidden(self) -> bool:
        """Return True when any form has a hidden target or indicator."""
        return any(t.hidden for f in self.forms for t in f.targets) or any(
            i.hidden for f in self.forms for i in f.indicators
        )

    # ------------------------------------------------------------------ questions

    def trace(self, doc: str, *, form: str | None = None, limit: int | None = None) -> Trace:
        """Return the targets deriving from the documents `doc` names (`queries.derives_from`).

        With `limit`, only the first `limit` targets are listed; the answer counts them all.
        """
        from yiju.queries import derives_from  # noqa: PLC0415

        return derives_from(self.graph, doc, form=form, limit=limit)

    def deriving(self, doc: str, *, form: str | None = None) -> list[str]:
        """Return the target nodes deriving from `doc` (in `form`: its namespace or unit)."""
        graph = self.graph
        return [
            n
            for n in self.impact(doc).targets
            if form is None or form in (graph.nodes[n].get("form"), graph.nodes[n].get("unit"))
        ]

    def targets(self, target: str, *, form: str | None = None) -> list[str]:
        """Return the target or indicator nodes a number or node id names (`queries.resolve_targets`)."""
        from yiju.queries import resolve_targets  # noqa: PLC0415

        return resolve_targets(self.graph, target, form=form)

    def sources(self, target: str, *, form: str | None = None, limit: int | None = None) -> list[Sources]:
        """Return what each target the number names rests on, one per form (`queries.sources_of`).

        With `limit`, only the first `limit` (in the order of `targets`, which lists them all).
        """
        from yiju.queries import sources_of  # noqa: PLC0415

        return [sources_of(self.graph, node) for node in self.targets(target, form=form)[:limit]]

    def who(self, by: Role = "person", *, name: str | None = None) -> list[Workload]:
        """Return what each person, department or leader carries (`queries.workload`)."""
        from yiju.queries import workload  # noqa: PLC0415

        return workload(self.graph, by, name=name)

    def impact(self, doc: str) -> Impact:
        """Return everything a change to the documents `doc` names would touch (`queries.impact`)."""
        from yiju.queries import impact  # noqa: PLC0415

        return impact(self.graph, doc)

    def audit(
        self,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        profile: Profile | None = None,
        coverage: Coverage | None = None,
    ) -> list[Finding]:
        """Return the findings of the selected rules on the visible rows (`audit.run_audit`).

        With `coverage` (`Corpus.cover`), the C rules report on it too.
        """
        from yiju.audit import run_audit  # noqa: PLC0415

        return run_audit(
            self.forms, profile, select=select, ignore=ignore, graph=self.visible_graph, coverage=coverage
        )

    def audit_head(
        self,
        limit: int | None,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        profile: Profile | None = None,
    ) -> tuple[list[Finding], dict[Severity, int]]:
        """Return the first `limit` findings as text lists them (errors, warnings, then infos,
        each in audit order) and how many findings of each severity there are in all.

        The index answers this from its tables without reading back the findings it leaves out.
        """
        from yiju.models import Severity  # noqa: PLC0415

        found = self.audit(select=select, ignore=ignore, profile=profile)
        ordered = [f for severity in Severity for f in found if f.severity is severity]
        counts = {severity: sum(f.severity is severity for f in found) for severity in Severity}
        return ordered[:limit], {severity: n for severity, n in counts.items() if n}

    def namer(self, findings: Iterable[Finding] = ()) -> Callable[[str], str]:
        """Return how outputs name a finding's subject: `naming.subject_text` on the graph.

        `findings` are those to be named: the index reads their subjects' names from its
        tables instead of building the graph of every form.
        """
        from yiju.naming import subject_text  # noqa: PLC0415

        del findings  # every subject is in the graph
        graph = self.graph
        return lambda subject: subject_text(graph, subject)

    def cover(
        self,
        registers: Sequence[Register],
        *,
        aliases: Mapping[str, str] | None = None,
        profile: Profile | None = None,
    ) -> Coverage:
        """Return how the forms cover the registers' tasks (`cover.cover`), thresholds from `profile`.

        Forms read from a register's own file are left out: a register is no unit's form.
        """
        from yiju.audit import load_profile  # noqa: PLC0415
        from yiju.audit.coverage import cover_settings  # noqa: PLC0415
        from yiju.cover import cover  # noqa: PLC0415

        own = {Path(r.file).resolve() for r in registers}
        forms = [f for f in self.forms if Path(f.file).resolve() not in own]
        settings = cover_settings(profile if profile is not None else load_profile())
        return cover(registers, forms, aliases, settings)

    def cover_findings(self, coverage: Coverage, *, profile: Profile | None = None) -> list[Finding]:
        """Return the C01–C08 findings of a coverage (`Corpus.cover`), severities from `profile`,
        and what reading each register's table found (a row it could not place is named).

        The C rules read the coverage, not the graph: no graph is built for them.
        """
        import networkx as nx  # noqa: PLC0415

        from yiju.audit import finding_order, run_audit  # noqa: PLC0415

        found = run_audit(self.forms, profile, select=["C"], graph=nx.MultiDiGraph(), coverage=coverage)
        read = [f for reg in coverage.registers for f in reg.findings]
        return sorted(dict.fromkeys([*found, *read]), key=finding_order)

    # ------------------------------------------------------------------ outputs

    def tables(
        self, *, profile: Profile | None = None, coverage: Coverage | None = None
    ) -> tuple[SheetTable, ...]:
        """Return the report's sheets (`export.build_tables`), findings from `audit`.

        With `coverage`, the 覆盖矩阵 sheet follows and its C findings join 问题清单.
        """
        from yiju.export import build_tables  # noqa: PLC0415
        from yiju.export.coverage import coverage_table  # noqa: PLC0415

        findings = self.audit(profile=profile, coverage=coverage)
        tables = build_tables(self.forms, self.graph, findings, include_hidden=self.include_hidden)
        return (*tables, coverage_table(coverage)) if coverage is not None else tables

    def report(
        self,
        path: Path,
        *,
        csv_dir: Path | None = None,
        profile: Profile | None = None,
        coverage: Coverage | None = None,
    ) -> Report:
        """Write the Excel report (and, given `csv_dir`, each sheet as CSV); return what was written.

        Raises:
            OSError: A file could not be written.
        """
        from yiju.export import csv_paths, write_csv, write_xlsx  # noqa: PLC0415

        self.guard_outputs(path, *(csv_paths(csv_dir) if csv_dir is not None else ()))

        tables = self.tables(profile=profile, coverage=coverage)
        write_xlsx(tables, path)
        written = write_csv(tables, csv_dir) if csv_dir is not None else []
        return Report(path, tables, tuple(written))

    def html(
        self,
        *,
        font: str,
        profile: Profile | None = None,
        coverage: Coverage | None = None,
    ) -> str:
        """Return the self-contained HTML report (`export.html.html_report`), diagrams included.

        Args:
            font: A font family with Chinese glyphs for the diagrams (`yiju.dot.find_cjk_font()`).
            profile: The rule profile for the findings and the diagrams' marks.
            coverage: A register held against the forms (`Corpus.cover`): its 覆盖矩阵 follows
                the findings, and its C findings join them.

        Raises:
            GraphvizError: `dot` is missing or fails.
        """
        from yiju.export.coverage import coverage_table  # noqa: PLC0415
        from yiju.export.html import document_pictures, html_report  # noqa: PLC0415

        findings = self.audit(profile=profile, coverage=coverage)
        pictures = document_pictures(self.graph, font=font, marks=self.marks(profile=profile))
        extra = (coverage_table(coverage),) if coverage is not None else ()
        return html_report(self.forms, self.graph, findings, pictures=pictures, extra=extra)

    def marks(self, *, profile: Profile | None = None) -> dict[str, str]:
        """Return node id → audit mark (`render.marks_from_findings`) from the marking rules only."""
        from yiju.render import MARK_CODES, marks_from_findings  # noqa: PLC0415

        return marks_from_findings(self.graph, self.audit(select=list(MARK_CODES), profile=profile))

    def render(
        self,
        view: View | None = None,
        *,
        font: str,
        marks: bool | Mapping[str, str] = True,
        profile: Profile | None = None,
    ) -> str:
        """Return the DOT text of a view of the graph (`render.to_dot`).

        Args:
            view: What to draw; everything by default.
            font: A font family with Chinese glyphs (`yiju.dot.find_cjk_font()`).
            marks: True to mark audit findings, False for none, or the marks themselves.
            profile: The rule profile for the marks.
        """
        from yiju.render import to_dot  # noqa: PLC0415

        if marks is True:
            chosen: Mapping[str, str] = self.marks(profile=profile)
        elif marks is False:
            chosen = {}
        else:
            chosen = marks
        return to_dot(self.graph, view, font=font, marks=chosen)

    def export(self, path: Path) -> None:
        """Write the graph as `.graphml`, `.gexf` or node-link `.json` (`graph.write_graph`)."""
        from yiju.graph import write_graph  # noqa: PLC0415

        self.guard_outputs(path)

        write_graph(self.graph, path)
