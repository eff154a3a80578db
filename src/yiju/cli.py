"""The command line: the only place that reads argv, prints, and maps errors to exit codes.

Exit codes: 0 ok; 1 findings at or above `--fail-on`, or a query that matched nothing;
2 usage error or unreadable input (one line per file: `path: reason`).

No `from __future__ import annotations` here: typer reads every command's annotations on each
run, and string annotations cost it a `compile` each (40 ms of every command's start-up);
the few names imported only for type checking are quoted instead.
"""

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from yiju import __version__
from yiju.limits import (
    DEFAULT_MAX_CELL_CHARS,
    DEFAULT_MAX_CELLS,
    DEFAULT_MAX_NODES,
    DEFAULT_READER_CPU_SECONDS,
    DEFAULT_READER_MEMORY_MB,
)
from yiju.messages import LANGS, reason_text, set_lang, t

# Everything else is imported inside the command that needs it: `yiju --help` and
# `yiju cite` must not pay for networkx, openpyxl, the audit and the renderer.
if TYPE_CHECKING:
    from yiju.audit.profile import Profile
    from yiju.corpus import Corpus
    from yiju.cover import Coverage, Register
    from yiju.errors import NoMatchError, ReadError
    from yiju.forms import ParseOptions

__all__ = ["app", "main"]

app = typer.Typer(
    name="yiju",
    help="依据 yiju：把绩效目标考评表追溯到它引用的文件。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

FilesArg = Annotated[
    list[str],
    typer.Argument(
        help=("表格文件（.xlsx、.xls、.docx、.pdf、.html、.txt、.tsv、.csv 等）、其所在目录或通配模式。")
    ),
]
QueryFilesArg = Annotated[
    list[str] | None,
    typer.Argument(
        help=(
            "表格文件、其所在目录或通配模式；不给则读索引（--db，或当前目录下的 yiju.db、.yiju/yiju.db）。"
        ),
        show_default=False,
    ),
]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help=("读取索引（yiju index 建立的 SQLite 文件，或 postgresql:// URL），不读表格文件。"),
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="输出 JSON，而不是表格文字。")]


def _dump(data: Any) -> str:
    """Return deterministic JSON: sorted keys are *not* used, field order is the schema's."""
    from yiju.formatters import dump_json  # noqa: PLC0415  # lazy: see the imports

    return dump_json(data)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _text(exc: Exception) -> str:
    """Return an error's one line in the chosen language: its `said` sentence, a read error's
    reason through the catalogue, else its text."""
    said = getattr(exc, "said", None)
    if said is not None:
        return str(said.text())
    path, reason = getattr(exc, "path", None), getattr(exc, "reason", None)
    if isinstance(path, str) and isinstance(reason, str):
        return f"{path}: {reason_text(reason)}"
    return str(exc)


def _usage(message: str) -> NoReturn:
    """Print a usage error as one line on stderr and exit 2."""
    _err(message)
    raise typer.Exit(2)


def _given(option: str, value: str | None) -> None:
    """Refuse an option given an empty value (`--doc ''`): it would match everything or nothing."""
    if value is not None and not value.strip():
        _usage(t("cli.needs_value", option=option))


class _Settings:
    """The reader limits the root options set for this run (`yiju --max-cells …`)."""

    def __init__(self) -> None:
        self.max_cells = DEFAULT_MAX_CELLS
        self.max_cell_chars = DEFAULT_MAX_CELL_CHARS
        self.memory_mb = DEFAULT_READER_MEMORY_MB
        self.cpu_seconds = DEFAULT_READER_CPU_SECONDS
        self.workers: int | None = None


_SETTINGS = _Settings()

#: How many forms kept apart from another file of their unit and year each command names on
#: stderr; the rest are counted (an office's index may hold thousands of drafts and copies).
KEPT_APART_SHOWN = 10


class _Run:
    """One command's reading: unreadable inputs on stderr as met, a progress bar, the exit code."""

    def __init__(self) -> None:
        self.failed = False
        self._bar: Any = None

    def _error(self, exc: "ReadError") -> None:
        _err(f"{exc.path}: {reason_text(exc.reason)}")
        self.failed = True

    def _progress(self, done: int, total: int) -> None:
        """Draw a progress bar on a terminal when there are many files."""
        if total <= 20 or not sys.stderr.isatty():
            return
        if self._bar is None:
            self._bar = typer.progressbar(length=total, label="reading", file=sys.stderr)
            self._bar.__enter__()
        elif done:
            self._bar.update(1)
        if done == total:
            self._bar.__exit__(None, None, None)

    def _open_index(self, db: str | None, include_hidden: bool) -> "Corpus":
        """Return the index `db` names, or the one found in the working directory; exit 2 if none."""
        from yiju.index import IndexStoreError, find_index, open_index  # noqa: PLC0415

        found = find_index() if db is None else None
        if db is None and found is None:
            _usage(t("cli.files_or_db"))
        if found is not None:
            _err(f"使用索引 {found}（当前目录下自动发现）")
        try:
            return open_index(db if db is not None else str(found), include_hidden=include_hidden)
        except IndexStoreError as exc:
            _err(_text(exc))
            raise typer.Exit(2) from None

    def exit_code(self, code: int = 0) -> int:
        """Return 2 when any input failed, else `code`."""
        return 2 if self.failed else code

    def load(
        self,
        args: Sequence[str] | None,
        include_hidden: bool = False,
        *,
        graph: bool = True,
        db: str | None = None,
        options: "ParseOptions | None" = None,
    ) -> "Corpus":
        """Return the corpus of every readable input, or of the index; exit 2 when none could be read.

        Without files, the index `--db` names is read, else `yiju.db` (or `.yiju/yiju.db`) in
        the working directory, and stderr says which. With `graph` (every command but
        `parse`), warn once per form kept apart from another of its unit and year.
        """
        from yiju.formatters import kept_apart_line  # noqa: PLC0415

        if args and db is not None:
            _usage(t("cli.not_both"))
        if args:
            from yiju.corpus import load  # noqa: PLC0415
            from yiju.readers import skipped_message  # noqa: PLC0415  # not on the index's path
            from yiju.readers._safety import ReadCaps  # noqa: PLC0415
            from yiju.readers.isolate import Limits  # noqa: PLC0415

            given = _SETTINGS
            caps = ReadCaps(max_cells=given.max_cells, max_cell_chars=given.max_cell_chars)
            corpus = load(
                args,
                include_hidden=include_hidden,
                on_error=self._error,
                on_progress=self._progress,
                on_skipped=lambda files: _err(skipped_message(files)),
                options=options,
                limits=Limits(memory_mb=given.memory_mb, cpu_seconds=given.cpu_seconds, caps=caps),
                workers=given.workers,
            )
            if not corpus.forms and self.failed:
                raise typer.Exit(2)  # nothing was read: any answer would be a lie
        else:
            corpus = self._open_index(db, include_hidden)
        if graph:
            kept, count = corpus.kept_apart_head(KEPT_APART_SHOWN)  # a workbook's sheets warn once
            for form in kept:
                _err(kept_apart_line(form))
            if count > len(kept):
                _err(t("kept_apart_more", n=count - len(kept)))
        return corpus


# --------------------------------------------------------------------------- cite


@app.command()
def cite(
    text: Annotated[str | None, typer.Argument(help="要读取的文字；“-”表示读标准输入。")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="从此文件读取文字。")] = None,
    key: Annotated[bool, typer.Option("--key", help="只输出规范文号（没有则退出码为 1）。")] = False,
    as_json: JsonOpt = False,
) -> None:
    """在文字中找出文件引用（发文字号、令、《标题》），输出其规范文号。

    文件或标准输入不限大小，分段读取（内存有界），解码方式与文本表格相同
    （UTF-8、GB18030、带 BOM 的 UTF-16）。
    """
    from yiju.citation_stream import read_pieces  # noqa: PLC0415  # lazy: see the imports
    from yiju.citations import canonical_key, extract  # noqa: PLC0415
    from yiju.errors import ReadError  # noqa: PLC0415

    if file is not None or text is None or text == "-":
        try:
            if file is not None:
                with file.open("rb") as stream:
                    _cite_pieces(read_pieces(stream, str(file)), key=key, as_json=as_json)
            else:
                stdin = getattr(sys.stdin, "buffer", None)
                if stdin is None:  # a text stream (tests, embedding): already decoded
                    _cite_pieces(iter([sys.stdin.read()]), key=key, as_json=as_json)
                else:
                    _cite_pieces(read_pieces(stdin, "-"), key=key, as_json=as_json)
        except ReadError as exc:
            _usage(_text(exc))
        except BrokenPipeError:
            # `yiju cite --file big.txt | head`: the reader left; stop quietly, as `cat` does.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(1) from None
        except OSError as exc:
            _usage(f"{file}: 无法读取（{exc.strerror or exc}）")
        return
    if key:
        _print_key(canonical_key(text))
        return
    result = extract(text)
    if as_json:
        typer.echo(_dump(result.to_dict()))
        return
    from yiju.formatters import citation_lines  # noqa: PLC0415

    typer.echo("\n".join(citation_lines(result.citations, result.unparsed)))


def _print_key(found: str | None) -> None:
    if found is None:
        _err("no document number in the text")
        raise typer.Exit(1)
    typer.echo(found)


def _cite_pieces(pieces: Iterator[str], *, key: bool, as_json: bool) -> None:
    """Print the citations of a text read in pieces, as each piece is read."""
    from yiju.citation_stream import extract_pieces, json_parts, table_lines  # noqa: PLC0415
    from yiju.citations import canonical_key  # noqa: PLC0415

    if key:
        _print_key(next((k for k in map(canonical_key, pieces) if k is not None), None))
        return
    parts = json_parts if as_json else table_lines
    separator = "" if as_json else "\n"
    for part in parts(extract_pieces(pieces)):
        typer.echo(part + separator, nl=False)
    if as_json:
        typer.echo("")


# --------------------------------------------------------------------------- parse


@app.command()
def parse(
    files: FilesArg,
    *,
    as_json: JsonOpt = False,
    include_hidden: Annotated[
        bool, typer.Option("--include-hidden", help="隐藏行也计入输出和合计。")
    ] = False,
    family: Annotated[
        str | None,
        typer.Option(
            "--family",
            help=(
                "表格类型，不自动识别：performance_form、task_l"
                "ist、project_list、indicator_system、"
                "kpi_evaluation。"
            ),
        ),
    ] = None,
    columns: Annotated[
        str | None,
        typer.Option("--columns", help="指定列的角色：'项目名称=text,包联领导=leaders'（#3=id 指第3列）。"),
    ] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="表格所属单位（表内没有写明时）。")] = None,
) -> None:
    """读取表格，输出每份表的摘要（或用 --json 输出结构化的表）。

    摘要说明每个表格按哪种表格类型读取、每一列是什么。
    """
    from yiju.columns import parse_column_spec  # noqa: PLC0415  # lazy: see the imports
    from yiju.families import FAMILY_IDS  # noqa: PLC0415
    from yiju.formatters import form_lines  # noqa: PLC0415
    from yiju.forms import ParseOptions  # noqa: PLC0415

    _given("--family", family)
    _given("--columns", columns)
    _given("--unit", unit)
    if family is not None and family not in FAMILY_IDS:
        _usage(f"--family：未知的表格类型「{family}」；可用：{', '.join(FAMILY_IDS)}")
    try:
        given = parse_column_spec(columns) if columns is not None else None
    except ValueError as exc:
        _usage(f"--columns：{exc}")
    run = _Run()
    options = ParseOptions(family=family, columns=given, unit=unit)
    forms = run.load(files, graph=False, options=options).forms
    if as_json:
        typer.echo(_dump({"forms": [f.to_dict() for f in forms]}))
    else:
        for form in forms:
            typer.echo("\n".join(form_lines(form, include_hidden)))
    raise typer.Exit(run.exit_code())


# --------------------------------------------------------------------------- index


@app.command()
def index(
    paths: FilesArg,
    db: Annotated[
        str,
        typer.Option("--db", help="索引位置：SQLite 文件（默认 yiju.db）或 postgresql:// URL。"),
    ] = "yiju.db",
) -> None:
    """把表格读入索引，之后的查询不再重读文件。

    只重读新增或内容有变的文件，删去已不在 PATH 中的文件，并说明各有多少；读不了的文件连同原因
    记入索引，不影响其余文件（退出码 2）。查询命令用 --db 读索引，或在当前目录自动使用 yiju.db。
    """
    from yiju.index import IndexStoreError, connect, update_index  # noqa: PLC0415  # lazy: see the imports

    run = _Run()
    try:
        store = connect(db, create=True)
        try:
            done = update_index(store, paths, on_error=run._error, on_progress=run._progress)
        finally:
            store.close()
    except IndexStoreError as exc:
        _err(_text(exc))
        raise typer.Exit(2) from None
    typer.echo(
        f"索引 {done.db}：新增 {done.added} 个文件，重读 {done.changed} 个，删除 {done.removed} 个，"
        f"未变 {done.unchanged} 个，读取失败 {len(done.failed)} 个；共 {done.forms} 份表"
    )
    raise typer.Exit(run.exit_code())


# --------------------------------------------------------------------------- trace, who, export

HiddenOpt = Annotated[bool, typer.Option("--include-hidden", help="保留隐藏行中的目标和指标。")]

#: How many targets `trace` lists in text without `--limit` / `--all` (a document cited by
#: ten thousand targets is read as its count and first targets, not as a scroll).
TEXT_LIMIT = 50
_GRAPH_SUFFIXES = (".graphml", ".gexf", ".json")


def _hidden_hint(corpus: "Corpus", query: str, find: Callable[["Corpus"], Sequence[str]]) -> str | None:
    """Return `1-16 is on hidden row 35; add --include-hidden` when only hidden rows match.

    `find` runs the query that matched nothing on the corpus with hidden rows kept and
    returns the nodes it matched (raising NoMatchError when none).
    """
    from yiju._util import unique  # noqa: PLC0415  # lazy: see the imports
    from yiju.errors import NoMatchError  # noqa: PLC0415

    if not corpus.has_hidden:
        return None
    full = corpus.with_hidden()
    try:
        nodes = find(full)
    except NoMatchError:
        return None
    graph = full.graph
    hidden = [graph.nodes[n] for n in nodes if graph.nodes[n].get("hidden")]
    if not hidden:
        return None
    files = unique(str(a.get("file", "")) for a in hidden)
    rows = unique(
        str(a.get("row", "?")) for a in sorted(hidden, key=lambda a: (a.get("file", ""), a.get("row", 0)))
    )
    where = t("cli.hidden_where", files=t("cli.list_sep").join(files)) if len(corpus.files) > 1 else ""
    plural = "s" if len(rows) > 1 else ""
    return t("cli.hidden", query=query, rows=t("cli.list_sep").join(rows), where=where, s=plural)


def _namer(corpus: "Corpus") -> Callable[[str], str]:
    """Return how text output names a finding's subject: `naming.subject_text` on the graph."""
    from yiju.naming import subject_text  # noqa: PLC0415  # lazy: see the imports

    graph = corpus.graph
    return lambda subject: subject_text(graph, subject)


def _no_match(run: _Run, exc: "NoMatchError", hint: str | None = None) -> NoReturn:
    """Print why a query matched nothing (one line) and exit 1 (2 if an input failed)."""
    from yiju.queries import ROLE_NAMES, RoleError  # noqa: PLC0415  # lazy: see the imports

    if isinstance(exc, RoleError):
        _err(t("cli.role", name=exc.name, role=ROLE_NAMES[exc.found], option=exc.found))
    elif hint:
        _err(hint)
    elif exc.note:
        _err(exc.note)  # the query matched, just not as asked
    else:
        why = t("cli.no_match_why", reason=reason_text(exc.reason)) if exc.reason else ""
        hint = (
            t("cli.no_match_hint", candidates=t("cli.list_sep").join(exc.candidates))
            if exc.candidates
            else ""
        )
        _err(t("cli.no_match", query=exc.query, why=why, hint=hint))
    raise typer.Exit(run.exit_code(1))


@app.command()
def trace(
    files: QueryFilesArg = None,
    *,
    doc: Annotated[
        str | None,
        typer.Option("--doc", help="文号（任何写法），或文件标题的片段。"),
    ] = None,
    target: Annotated[
        str | None, typer.Option("--target", help="目标或指标序号（1-3、1-3-1）：列出它的来源。")
    ] = None,
    form: Annotated[
        str | None,
        typer.Option("--form", help=("只看这个单位（或 单位/年份）：与 --doc 同用时只列该单位的目标。")),
    ] = None,
    as_json: JsonOpt = False,
    include_hidden: HiddenOpt = False,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", min=1, help=f"最多列出多少个目标（文字输出默认 {TEXT_LIMIT} 个，JSON 默认全部）。"
        ),
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help="列出全部目标，不限数量。")] = False,
    db: DbOpt = None,
) -> None:
    """从文件追到来源于它的目标（--doc），或从目标追到它的来源（--target）。

    文号按规范文号精确匹配（泉委办〔2021〕2号 不会匹配 20号）；标题片段（两个字以上）模糊匹配，
    相符的文件全部追溯。--form 只保留一个单位的目标。没有相符的：在 stderr 列出最接近的，退出码为 1。
    文字输出最多列出 50 个目标（--limit 指定数量），并说明共有多少个；--all 全部列出。
    """
    from yiju.errors import NoMatchError  # noqa: PLC0415  # lazy: see the imports
    from yiju.formatters import sources_lines, trace_lines  # noqa: PLC0415

    if (doc is None) == (target is None):
        _usage(t("cli.doc_or_target"))
    for option, value in (("--doc", doc), ("--target", target), ("--form", form)):
        _given(option, value)
    if show_all and limit is not None:
        _usage(t("cli.limit_all"))
    shown = None if show_all or (as_json and limit is None) else (limit or TEXT_LIMIT)
    run = _Run()
    corpus = run.load(files, include_hidden, db=db)
    if doc is not None:
        try:
            result = corpus.trace(doc, form=form, limit=shown)
        except NoMatchError as exc:
            hint = None if include_hidden else _hidden_hint(corpus, doc, lambda c: c.deriving(doc, form=form))
            _no_match(run, exc, hint)
        typer.echo(_dump(result.to_dict()) if as_json else "\n".join(trace_lines(result, form)))
        raise typer.Exit(run.exit_code())
    assert target is not None  # noqa: S101  # one of the two is set, checked above
    try:
        found = corpus.sources(target, form=form, limit=shown)
    except NoMatchError as exc:
        hint = (
            None if include_hidden else _hidden_hint(corpus, target, lambda c: c.targets(target, form=form))
        )
        _no_match(run, exc, hint)
    cut = shown is not None and len(found) >= shown
    total = len(corpus.targets(target, form=form)) if cut else len(found)
    if as_json:
        listed: dict[str, Any] = {"query": target, "targets": [s.to_dict() for s in found]}
        typer.echo(_dump(listed | ({"total_targets": total} if total > len(found) else {})))
    else:
        typer.echo("\n\n".join("\n".join(sources_lines(s)) for s in found))
        if total > len(found):
            more = total - len(found)
            plural = "s" if more != 1 else ""
            typer.echo("\n" + t("sources.more", n=more, total=total, query=target, s=plural))
    raise typer.Exit(run.exit_code())


@app.command()
def who(
    files: QueryFilesArg = None,
    *,
    person: Annotated[str | None, typer.Option("--person", help="只看这位责任人。")] = None,
    department: Annotated[str | None, typer.Option("--department", help="只看这个责任部门。")] = None,
    leader: Annotated[str | None, typer.Option("--leader", help="只看这位分管领导。")] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            help=(
                "按 person（责任人，默认）、department（责任部门）或"
                " leader（分管领导）统计所有人；不能与指定姓名的选项同用。"
            ),
        ),
    ] = None,
    as_json: JsonOpt = False,
    include_hidden: HiddenOpt = False,
    db: DbOpt = None,
) -> None:
    """列出谁承担哪些指标、权重多少，从重到轻。

    多人共同承担的指标对每人都全额计算，并以 * 标出。--person、--department 或 --leader 指定一个
    姓名（也就决定了分组）；--by 统计所有人，不能与它们同用。
    """
    from yiju.errors import NoMatchError  # noqa: PLC0415  # lazy: see the imports
    from yiju.formatters import workload_lines  # noqa: PLC0415
    from yiju.queries import ROLE_NAMES, RoleError  # noqa: PLC0415

    names = (("person", person), ("department", department), ("leader", leader))
    for kind_, value in names:
        _given(f"--{kind_}", value)
    chosen = [(k, v) for k, v in names if v is not None]
    if len(chosen) > 1:
        _usage(t("cli.one_owner"))
    if chosen and by is not None:
        _usage(t("cli.by_with_name", option=chosen[0][0]))
    kind, name = chosen[0] if chosen else (by or "person", None)
    if kind not in ROLE_NAMES:
        _usage(t("cli.by_value", value=repr(kind)))
    run = _Run()
    corpus = run.load(files, include_hidden, db=db)
    if name is None:
        kind = _who_kind(corpus, kind, given=by is not None)
    try:
        rows = corpus.who(kind, name=name)  # type: ignore[arg-type]  # checked above
    except NoMatchError as exc:
        hint = None
        if name is not None and not include_hidden and not isinstance(exc, RoleError):
            hint = _hidden_hint(
                corpus,
                name,
                lambda c: [i for w in c.who(kind, name=name) for i in w.indicators],  # type: ignore[arg-type]  # checked above
            )
        _no_match(run, exc, hint)
    if as_json:
        typer.echo(_dump({"by": kind, "workload": [w.to_dict() for w in rows]}))
    else:
        typer.echo("\n".join(workload_lines(corpus.attrs, kind, rows)))
    raise typer.Exit(run.exit_code())


_OWNER_ROLE = {"person": "people", "department": "departments", "leader": "leaders"}
_OWNER_WORD = {"person": "责任人", "department": "责任单位/部门", "leader": "领导"}


def _who_kind(corpus: "Corpus", kind: str, *, given: bool) -> str:
    """Return the grouping `who` uses: the asked one, or one the tables have when they lack it.

    A task list names leaders and units but no 责任人: tabulating by person would print an
    empty table. Without `--by`, the first of person, leader, department the tables fill is
    used, and stderr says so; a `--by` the tables cannot answer is said to be so (exit 1).
    """
    from yiju.models import Indicator  # noqa: PLC0415  # lazy: see the imports

    def has(role: str, ind: Indicator) -> bool:
        return bool({"people": ind.people, "departments": ind.departments, "leaders": ind.leader}[role])

    filled = {
        k for k, role in _OWNER_ROLE.items() for f in corpus.forms for i in f.indicators if has(role, i)
    }
    if kind in filled or not corpus.forms:
        return kind
    others = [k for k in ("person", "leader", "department") if k in filled]
    if given or not others:
        hint = f"；可用 {'、'.join(f'--by {k}' for k in others)}" if others else ""
        _err(f"这些表格没有{_OWNER_WORD[kind]}（{kind}）{hint}")
        raise typer.Exit(1)
    _err(f"提示：这些表格没有{_OWNER_WORD[kind]}，按{_OWNER_WORD[others[0]]}统计（--by {others[0]}）")
    return others[0]


@app.command()
def export(
    files: QueryFilesArg = None,
    *,
    output: Annotated[
        Path,
        typer.Option("-o", "--output", help=("要写入的图文件：.graphml、.gexf 或 node-link 格式的 .json。")),
    ],
    include_hidden: HiddenOpt = False,
    db: DbOpt = None,
) -> None:
    """把表格的追溯图写成 GraphML、GEXF 或 node-link JSON 文件。"""
    if output.suffix.lower() not in _GRAPH_SUFFIXES:
        _err(t("cli.graph_suffix", output=output, allowed=", ".join(_GRAPH_SUFFIXES)))
        raise typer.Exit(2)
    from yiju.paths import OutputError  # noqa: PLC0415  # lazy: see the imports

    run = _Run()
    corpus = run.load(files, include_hidden, db=db)
    try:
        corpus.export(output)
    except OutputError as exc:
        _usage(_text(exc))
    except OSError as exc:
        _err(f"{output}: {exc.__class__.__name__}: {exc}")
        raise typer.Exit(2) from None
    graph = corpus.graph
    typer.echo(
        t("cli.wrote_graph", output=output, nodes=graph.number_of_nodes(), edges=graph.number_of_edges())
    )
    raise typer.Exit(run.exit_code())


# --------------------------------------------------------------------------- audit

_FAIL_ON = ("error", "warning", "info", "never")


def _rule_names(value: str | None) -> list[str] | None:
    """Split a comma-separated `--select` / `--ignore` value; None when the option is absent."""
    if value is None:
        return None
    return [name for name in (part.strip() for part in value.split(",")) if name]


@app.command()
def audit(
    files: QueryFilesArg = None,
    *,
    as_json: JsonOpt = False,
    select: Annotated[
        str | None,
        typer.Option("--select", help="要运行的规则：代码、类别或名称，逗号分隔（如 A,D01）。"),
    ] = None,
    ignore: Annotated[
        str | None,
        typer.Option("--ignore", help="不运行的规则：代码、类别或名称，逗号分隔。"),
    ] = None,
    fail_on: Annotated[
        str,
        typer.Option("--fail-on", help=("问题达到此级别时退出码为 1：error、warning、info 或 never。")),
    ] = "error",
    profile: Annotated[
        Path | None, typer.Option("--profile", help="规则配置（TOML），代替默认配置。")
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", min=1, help=f"最多列出多少个问题（文字输出默认 {TEXT_LIMIT} 个，JSON 默认全部）。"
        ),
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help="列出全部问题，不限数量。")] = False,
    db: DbOpt = None,
) -> None:
    """按审核规则和规则配置（表格自身的备注规则）检查表格。

    文字输出先列错误、再列警告和提示，最多列出 50 个问题（--limit 指定数量），并按级别说明共有多少个；
    --all 全部列出。
    """
    from yiju.codes import RuleSelectionError  # noqa: PLC0415  # lazy: see the imports
    from yiju.formatters import audit_lines  # noqa: PLC0415
    from yiju.models import Severity  # noqa: PLC0415

    threshold = fail_on.strip().lower()
    if threshold not in _FAIL_ON:
        _usage(t("cli.fail_on", value=repr(fail_on), allowed=t("cli.list_sep").join(_FAIL_ON)))
    selected, ignored = _rule_names(select), _rule_names(ignore) or []
    if selected == []:
        _usage(t("cli.select_none", value=repr(select)))
    loaded: Profile | None = None
    if files or profile is not None:
        # The rules themselves; an index under the default profile selects its stored
        # findings with the rule table it keeps, and never imports them.
        from yiju.audit import ProfileError, load_profile, select_rules  # noqa: PLC0415

        try:
            loaded = load_profile(profile)
            select_rules(selected, ignored)
        except (ProfileError, RuleSelectionError) as exc:
            _usage(_text(exc))
    if show_all and limit is not None:
        _usage(t("cli.limit_all"))
    shown = None if show_all or (as_json and limit is None) else (limit or TEXT_LIMIT)
    run = _Run()
    corpus = run.load(files, db=db)
    try:
        if shown is None:  # every finding, in audit order
            findings = corpus.audit(select=selected, ignore=ignored, profile=loaded)
            totals = {s: n for s in Severity if (n := sum(f.severity is s for f in findings))}
        else:  # the first ones as text lists them (errors first), and the count of each severity
            findings, totals = corpus.audit_head(shown, select=selected, ignore=ignored, profile=loaded)
    except RuleSelectionError as exc:
        _usage(_text(exc))
    if as_json:
        every = sum(totals.values())
        listed: dict[str, Any] = {"findings": [f.to_dict() for f in findings]}
        typer.echo(_dump(listed | ({"total_findings": every} if every > len(findings) else {})))
    else:
        typer.echo("\n".join(audit_lines(findings, corpus.namer(findings), totals=totals)))
    failing = threshold != "never" and any(s.rank >= Severity(threshold).rank for s in totals)
    raise typer.Exit(run.exit_code(1 if failing else 0))


# --------------------------------------------------------------------------- cover

RegisterOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--register",
        help=("任务分工表（责任分解表）文件，可给多个：每项任务写有牵头单位和配合单位。"),
    ),
]
RegisterKeyOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--register-key",
        help="任务表的文号（如 泉委办〔2021〕20号），与 --register 按顺序一一对应；"
        "缺省时取自表的标题或文件名。",
    ),
]
AliasesOpt = Annotated[
    Path | None,
    typer.Option("--aliases", help="单位别名文件（TOML：[aliases] 简称 = 全称）。"),
]


def _load_registers(paths: Sequence[Path], keys: Sequence[str]) -> list["Register"]:
    """Return the registers of `--register`, keyed by `--register-key`; exit 2 on a bad one."""
    from yiju.cover import RegisterError, load_register  # noqa: PLC0415  # lazy: see the imports
    from yiju.errors import ReadError  # noqa: PLC0415

    if keys and len(keys) != len(paths):
        _usage(f"--register-key 给了 {len(keys)} 个，--register 有 {len(paths)} 个：请一一对应")
    registers: list[Register] = []
    failed = False
    for n, path in enumerate(paths):
        try:
            registers.append(load_register(path, keys[n] if keys else None))
        except (ReadError, RegisterError) as exc:
            _err(_text(exc))
            failed = True
    if failed:
        raise typer.Exit(2)
    return registers


def _covered(
    run: _Run,
    files: Sequence[str] | None,
    *,
    registers: Sequence[Path],
    keys: Sequence[str],
    aliases: Path | None,
    profile: "Profile",
    include_hidden: bool = False,
    db: str | None = None,
) -> tuple["Corpus", "Coverage"]:
    """Return the corpus of the forms (the registers' own files left out) and its coverage."""
    from yiju.corpus import Corpus  # noqa: PLC0415  # lazy: see the imports
    from yiju.units import AliasError, load_aliases  # noqa: PLC0415

    loaded = _load_registers(registers, keys)
    try:
        alias_map = load_aliases(aliases) if aliases is not None else {}
    except AliasError as exc:
        _usage(_text(exc))
    corpus = run.load(files, include_hidden, db=db)
    own = {Path(r.file).resolve() for r in loaded}
    if any(Path(f.file).resolve() in own for f in corpus.forms):
        forms = [f for f in corpus.forms if Path(f.file).resolve() not in own]
        corpus = Corpus(forms, include_hidden=include_hidden, failures=corpus.failures)
    return corpus, corpus.cover(loaded, aliases=alias_map, profile=profile)


@app.command("cover")
def cover_command(  # typer maps each option to a parameter
    files: QueryFilesArg = None,
    registers: RegisterOpt = None,
    register_key: RegisterKeyOpt = None,
    aliases: AliasesOpt = None,
    *,
    as_json: JsonOpt = False,
    fail_on: Annotated[
        str,
        typer.Option("--fail-on", help="问题达到此级别时退出码为 1：error、warning、info 或 never。"),
    ] = "error",
    profile: Annotated[
        Path | None,
        typer.Option("--profile", help="规则配置（TOML）：[cover] 阈值与各代码的级别。"),
    ] = None,
    db: DbOpt = None,
) -> None:
    """覆盖检查：任务分工表（责任分解表）的每一项，牵头单位和配合单位的表里有没有覆盖它的目标。

    按项引用（第11项、第3-5项、第3、5项）或按文字对应；单位简称如何对应到全称逐一列出；
    报告 C01–C08。
    """
    from yiju.audit import ProfileError, load_profile  # noqa: PLC0415  # lazy: see the imports
    from yiju.formatters import cover_lines  # noqa: PLC0415
    from yiju.models import Severity  # noqa: PLC0415

    threshold = fail_on.strip().lower()
    if threshold not in _FAIL_ON:
        _usage(t("cli.fail_on", value=repr(fail_on), allowed=t("cli.list_sep").join(_FAIL_ON)))
    if not registers:
        _usage("yiju cover 需要 --register（任务分工表或责任分解表）")
    try:
        loaded = load_profile(profile)
    except ProfileError as exc:
        _usage(_text(exc))
    run = _Run()
    corpus, cov = _covered(
        run, files, registers=registers, keys=register_key or [], aliases=aliases, profile=loaded, db=db
    )
    findings = corpus.cover_findings(cov, profile=loaded)
    if as_json:
        typer.echo(_dump({**cov.to_dict(), "findings": [f.to_dict() for f in findings]}))
    else:
        typer.echo("\n".join(cover_lines(cov, findings, _namer(corpus))))
    failing = threshold != "never" and any(f.severity.rank >= Severity(threshold).rank for f in findings)
    raise typer.Exit(run.exit_code(1 if failing else 0))


# --------------------------------------------------------------------------- report


@app.command()
def report(
    files: QueryFilesArg = None,
    *,
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="要写入的报告：.xlsx（工作簿）或 .html（独立的单个网页）。",
        ),
    ],
    csv_dir: Annotated[
        Path | None,
        typer.Option("--csv", help=("同时把每个工作表写成 UTF-8（带 BOM）的 CSV，放入此目录。")),
    ] = None,
    profile: Annotated[
        Path | None, typer.Option("--profile", help="问题清单工作表所用的规则配置（TOML）。")
    ] = None,
    include_hidden: HiddenOpt = False,
    registers: RegisterOpt = None,
    register_key: RegisterKeyOpt = None,
    aliases: AliasesOpt = None,
    db: DbOpt = None,
) -> None:
    """写出报告：Excel 工作簿（.xlsx）或独立的单个 HTML 网页（.html）。

    工作簿含 追溯矩阵、文件清单、责任分解、问题清单、指标明细 工作表；同样的表格得到字节相同的工作簿，
    表格中的文字从不存为公式（CSV 文件中此类文字前加 '）。HTML 网页无需服务器和网络即可在任何浏览器中
    打开：概览、可搜索的追溯表、每个文件一节（含其关系图）、工作量、链接到所在行的问题。

    给出 --register 时另附覆盖矩阵工作表（或网页中的一节）
    （任务 × 单位：牵头✓ / 牵头✗ / 配合✓ / 未分配），覆盖问题（C01–C08）并入问题清单。
    """
    from yiju.audit import ProfileError, load_profile  # noqa: PLC0415  # lazy: see the imports
    from yiju.paths import OutputError  # noqa: PLC0415

    kind = output.suffix.lower()
    if kind not in (".xlsx", ".html", ".htm"):
        _usage(t("cli.report_suffix", output=output))
    if csv_dir is not None and kind != ".xlsx":
        _usage(t("cli.csv_xlsx"))
    try:
        loaded = load_profile(profile)
    except ProfileError as exc:
        _usage(_text(exc))
    font = ""
    if kind != ".xlsx":
        from yiju.dot import FontNotFoundError, find_cjk_font  # noqa: PLC0415  # lazy: see the imports

        try:
            font = find_cjk_font()
        except FontNotFoundError as exc:
            _err(_text(exc))
            raise typer.Exit(2) from None
    run = _Run()
    cov = None
    if registers:
        corpus, cov = _covered(
            run,
            files,
            registers=registers,
            keys=register_key or [],
            aliases=aliases,
            profile=loaded,
            include_hidden=include_hidden,
            db=db,
        )
    else:
        corpus = run.load(files, include_hidden, db=db)
    if kind != ".xlsx":
        from yiju.dot import GraphvizError  # noqa: PLC0415  # lazy: see the imports

        try:
            page = corpus.html(font=font, profile=loaded, coverage=cov)
            output.write_text(page, encoding="utf-8")
        except GraphvizError as exc:
            _err(_text(exc))
            raise typer.Exit(2) from None
        except OSError as exc:
            _err(f"{exc.filename or output}: {exc.__class__.__name__}: {exc.strerror or exc}")
            raise typer.Exit(2) from None
        typer.echo(t("cli.wrote_size", output=output, kb=len(page.encode("utf-8")) // 1024))
        raise typer.Exit(run.exit_code())
    try:
        # The rules read the visible rows only; with --include-hidden they get a graph of their own.
        written = corpus.report(output, csv_dir=csv_dir, profile=loaded, coverage=cov)
    except OutputError as exc:
        _usage(_text(exc))
    except OSError as exc:
        _err(f"{exc.filename or output}: {exc.__class__.__name__}: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    typer.echo(
        t(
            "cli.wrote_tables",
            output=output,
            tables=t("cli.list_sep").join(f"{tb.name} {len(tb.rows)}" for tb in written.tables),
        )
    )
    for path in written.csv_files:
        typer.echo(t("cli.wrote", output=path))
    raise typer.Exit(run.exit_code())


# --------------------------------------------------------------------------- render

_PICTURE_FORMATS = ("svg", "png", "pdf", "dot")


@app.command()
def render(
    files: QueryFilesArg = None,
    *,
    output: Annotated[Path, typer.Option("-o", "--output", help="要写入的图片；“-”表示写到标准输出。")],
    doc: Annotated[
        str | None,
        typer.Option("--doc", help="只画这个文件（文号或标题词）及来源于它的内容。"),
    ] = None,
    target: Annotated[
        str | None,
        typer.Option("--target", help="只画这个目标（1-3，或节点编号）、它的来源和指标。"),
    ] = None,
    department: Annotated[
        str | None,
        typer.Option("--department", help="只画这个部门承担的指标及其来源。"),
    ] = None,
    person: Annotated[
        str | None,
        typer.Option("--person", help="只画这个人承担或分管的指标及其来源。"),
    ] = None,
    level: Annotated[
        str | None,
        typer.Option(
            "--level",
            help=("画到哪一层为止：documents（文件，连到单位）、targets（目标）或 indicators（指标）。"),
        ),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster", help=("按 category（类别）、department（部门）或 unit（单位）把节点分组框起来。")
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help=(
                "图片格式：svg、png、pdf 或 dot。默认取 -o 的扩展名"
                "；-o 为“-”时为 svg。须与已知扩展名一致；其他扩展名须指定。"
            ),
        ),
    ] = None,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", help="节点超过此数则不画（退出码为 1）。")
    ] = DEFAULT_MAX_NODES,
    no_marks: Annotated[
        bool,
        typer.Option("--no-marks", help="不标出审核问题（红色：无人承担，橙色：重复）。"),
    ] = False,
    profile: Annotated[
        Path | None, typer.Option("--profile", help="审核标记所用的规则配置（TOML）。")
    ] = None,
    include_hidden: HiddenOpt = False,
    registers: RegisterOpt = None,
    register_key: RegisterKeyOpt = None,
    aliases: AliasesOpt = None,
    db: DbOpt = None,
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", min=1, help="Graphviz 布局的时间上限（秒；默认 30 秒加每 100 行 1 秒）。"),
    ] = None,
) -> None:
    """画依赖关系图：文件 → 条款 → 目标 → 指标 → 部门 → 人员。

    给出 --register 时改画覆盖图：任务分工表的任务 → 各单位，边按颜色区分（牵头已覆盖/遗漏、配合、
    未分配而自行认领）。

    筛选无结果或图超过 --max-nodes 时退出码为 1（请缩小范围，或用更高的 --level）；选项有误、
    输入读不了、没有中文字体或没有安装 Graphviz 时退出码为 2。
    """
    from yiju.audit import ProfileError, load_profile  # noqa: PLC0415  # lazy: see the imports
    from yiju.dot import PREFERRED_FONTS, FontNotFoundError, GraphvizError, find_cjk_font, run_dot  # noqa: PLC0415
    from yiju.errors import NoMatchError  # noqa: PLC0415
    from yiju.paths import OutputError, write_atomic  # noqa: PLC0415
    from yiju.render import TooManyNodesError, View, ViewError  # noqa: PLC0415

    to_stdout = str(output) == "-"
    suffix = "" if to_stdout else output.suffix.lower().lstrip(".")
    chosen = (fmt or ("svg" if to_stdout else suffix)).lower()
    if chosen not in _PICTURE_FORMATS:
        if fmt is not None:
            _usage(t("cli.format_value", allowed=", ".join(_PICTURE_FORMATS), value=repr(fmt)))
        _usage(t("cli.format_unknown", output=repr(str(output)), allowed="|".join(_PICTURE_FORMATS)))
    if suffix in _PICTURE_FORMATS and suffix != chosen:
        _usage(t("cli.format_clash", fmt=chosen, output=output))
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
        _usage(_text(exc))
    if registers:
        views = (("--doc", doc), ("--target", target), ("--department", department), ("--person", person))
        clash = [o for o, v in (*views, ("--level", level), ("--cluster", cluster)) if v is not None]
        if clash:
            _usage(f"--register 画覆盖图，不能与 {', '.join(clash)} 同用")
        picture, code = _cover_picture(
            files,
            chosen,
            registers=registers,
            keys=register_key or [],
            aliases=aliases,
            profile=loaded,
            db=db,
        )
        _write_picture(picture, output, chosen)
        raise typer.Exit(code)
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
        _err(_text(exc))
        raise typer.Exit(2) from None
    except FontNotFoundError as exc:
        if chosen != "dot":
            _err(_text(exc))
            raise typer.Exit(2) from None
        font = PREFERRED_FONTS[0]  # DOT text is drawn elsewhere; name the usual font
    run = _Run()
    corpus = run.load(files, include_hidden, db=db)
    if not to_stdout:
        try:
            corpus.guard_outputs(output)
        except OutputError as exc:
            _usage(_text(exc))
    try:
        # The marks come from the rules that mark something, on the visible rows as ever.
        text = corpus.render(view, font=font, marks=not no_marks, profile=loaded)
    except NoMatchError as exc:
        _no_match(run, exc)
    except TooManyNodesError as exc:
        _err(_text(exc))
        raise typer.Exit(1) from None
    try:
        picture = run_dot(text, chosen, timeout=timeout)
    except GraphvizError as exc:
        _err(_text(exc))
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
        typer.echo(t("cli.wrote_format", output=output, fmt=chosen))
    raise typer.Exit(run.exit_code())


def _cover_picture(
    files: Sequence[str] | None,
    fmt: str,
    *,
    registers: Sequence[Path],
    keys: Sequence[str],
    aliases: Path | None,
    profile: "Profile",
    db: str | None = None,
) -> tuple[bytes, int]:
    """Return the picture of `render --register` (`render_cover.cover_dot`) and the exit code."""
    from yiju.dot import PREFERRED_FONTS, FontNotFoundError, GraphvizError, find_cjk_font, run_dot  # noqa: PLC0415
    from yiju.render_cover import cover_dot  # noqa: PLC0415

    try:
        font = find_cjk_font()
    except FontNotFoundError as exc:
        if fmt != "dot":
            _err(_text(exc))
            raise typer.Exit(2) from None
        font = PREFERRED_FONTS[0]  # DOT text is drawn elsewhere; name the usual font
    run = _Run()
    _, cov = _covered(run, files, registers=registers, keys=keys, aliases=aliases, profile=profile, db=db)
    try:
        picture = run_dot(cover_dot(cov, font=font), fmt)
    except GraphvizError as exc:
        _err(_text(exc))
        raise typer.Exit(2) from None
    return picture, run.exit_code()


def _write_picture(picture: bytes, output: Path, fmt: str) -> None:
    """Write a picture to `output` ('-': standard output); exit 2 when it cannot be written."""
    if str(output) == "-":
        sys.stdout.buffer.write(picture)
        sys.stdout.buffer.flush()
        return
    try:
        output.write_bytes(picture)
    except OSError as exc:
        _err(f"{output}: {exc.__class__.__name__}: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    typer.echo(t("cli.wrote_format", output=output, fmt=fmt))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"yiju {__version__}")
        raise typer.Exit()


def _lang(value: str | None) -> str | None:
    """Choose the messages' language before any command runs (`--lang` is eager)."""
    if value is not None:
        chosen = value.strip().lower()
        if chosen not in LANGS:
            _usage(t("cli.lang", value=repr(value)))
        set_lang(chosen)
    return value


@app.callback()
def _root(  # noqa: PLR0917  # typer maps each option to a parameter
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="显示版本号后退出。")
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            callback=_lang,
            is_eager=True,
            help="输出语言：zh（默认）或 en；未给出时看 YIJU_LANG，再看语言环境（LANG 以 en 开头为英文）。",
        ),
    ] = None,
    max_cells: Annotated[
        int, typer.Option("--max-cells", min=1, help="每个工作表（或文本文件）最多读取的单元格数。")
    ] = DEFAULT_MAX_CELLS,
    max_cell_chars: Annotated[
        int, typer.Option("--max-cell-chars", min=1, help="每个单元格最多的字符数。")
    ] = DEFAULT_MAX_CELL_CHARS,
    reader_memory: Annotated[
        int, typer.Option("--reader-memory", min=256, help="读取每个文件的进程的内存上限（MB）。")
    ] = DEFAULT_READER_MEMORY_MB,
    reader_cpu: Annotated[
        int, typer.Option("--reader-cpu", min=1, help="读取每个文件的 CPU 时间上限（秒）。")
    ] = DEFAULT_READER_CPU_SECONDS,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="并行读取文件的进程数（默认：CPU 数，最多 4）。")
    ] = None,
) -> None:
    """依据 yiju：把绩效目标考评表追溯到它引用的文件。"""
    _SETTINGS.max_cells, _SETTINGS.max_cell_chars = max_cells, max_cell_chars
    _SETTINGS.memory_mb, _SETTINGS.cpu_seconds = reader_memory, reader_cpu
    _SETTINGS.workers = workers


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code (the console script's entry point).

    click runs in its non-standalone mode so that its usage errors come back here and are
    printed in the chosen language (`cli_frame`), with click's exit code (2).
    """
    from typer._click.exceptions import ClickException  # noqa: PLC0415  # typer's own click
    from typer.exceptions import Abort  # noqa: PLC0415

    from yiju.cli_frame import frame_group, show_usage_error  # noqa: PLC0415

    command = frame_group(app)  # makes only the subcommand it runs (or all, for --help)
    try:
        done = command.main(
            args=list(argv) if argv is not None else None, prog_name="yiju", standalone_mode=False
        )
    except ClickException as exc:
        return show_usage_error(exc)
    except Abort:
        _err(t("click.aborted"))
        return 1
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 2)
    return done if isinstance(done, int) else 0


if __name__ == "__main__":
    sys.exit(main())
