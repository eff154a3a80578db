"""The corpus index: every question answered from it equals the in-memory answer, on every fixture.

Each query runs twice — `yiju.load(files)` and `yiju.open_index(db)` over the same files —
on SQLite and on a real PostgreSQL (a throwaway cluster started here from Debian's
package; skipped, saying why, only where none is installed). Then the incremental
re-index: a touched file is read again, a deleted one is dropped, a corrupt one is recorded
with its reason while the others stay queryable.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import yiju
from yiju.citations import canonical_key
from yiju.cli import main
from yiju.corpus import Corpus
from yiju.graph import to_node_link
from yiju.graphread import NodeKind, documents, nodes_of
from yiju.index import IndexCorpus, connect, open_index, update_index
from yiju.render import TooManyNodesError, View

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
FONT = "WenQuanYi Zen Hei"


def _fixture_files() -> list[Path]:
    top = [p for p in sorted(FIXTURES.iterdir()) if p.suffix in (".txt", ".xlsx")]
    return top + sorted(p for p in (FIXTURES / "families").iterdir() if p.suffix in (".txt", ".xlsx"))


def _hidden_copy(directory: Path) -> Path:
    """Write the seed workbook with targets 1-16 and 2-3 and indicator 1-3-1 hidden."""
    book = openpyxl.load_workbook(FIXTURES / "seed_2021_quanzhou_yingji.xlsx")
    sheet = book["绩效目标考评表"]
    for row in sheet.iter_rows(min_col=2, max_col=2):
        if str(row[0].value or "").strip() in ("1-16", "2-3", "1-3-1"):
            sheet.row_dimensions[row[0].row].hidden = True
    path = directory / "hidden_rows.xlsx"
    book.save(path)
    return path


# --------------------------------------------------------------------------- PostgreSQL


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """Start a throwaway PostgreSQL cluster (as the `postgres` user when run as root); yield its URL."""
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not bins:
        pytest.skip("PostgreSQL is not installed (Debian package postgresql; `make test` installs it)")
    bindir = bins[-1].parent
    base = Path(tempfile.mkdtemp(prefix="yiju-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:  # postgres refuses to run as root
        shutil.chown(base, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = base / "data"

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True)

    run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
    options = f"-k {base} -p {port} -c listen_addresses='' -c fsync=off"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start")
    try:
        yield f"postgresql://postgres@/postgres?host={base}&port={port}"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


def _fresh_pg(url: str, name: str) -> str:
    """Return the URL of a new, empty database `name` on the server at `url`."""
    import psycopg  # noqa: PLC0415  # only the PostgreSQL runs need it

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.replace("/postgres?", f"/{name}?")


# --------------------------------------------------------------------------- the two corpora


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Every fixture form, and a copy of the seed workbook with hidden rows."""
    extra = _hidden_copy(tmp_path_factory.mktemp("hidden"))
    return [str(p) for p in [*_fixture_files(), extra]]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, files: list[str], tmp_path_factory: pytest.TempPathFactory) -> str:
    """An index of `files`: a SQLite file, or a database on the throwaway PostgreSQL server."""
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("index") / "yiju.db")
    else:
        target = _fresh_pg(request.getfixturevalue("postgres_url"), "yiju_fixtures")
    store = connect(target, create=True)
    report = update_index(store, files)
    store.close()
    assert len(files) == report.added
    return target


@pytest.fixture(scope="module", params=[False, True], ids=["visible", "with-hidden"])
def pair(request: pytest.FixtureRequest, files: list[str], db: str) -> tuple[Corpus, Corpus]:
    """(in memory, from the index), with hidden rows left out or kept."""
    return yiju.load(files, include_hidden=request.param), open_index(db, include_hidden=request.param)


def _answer(ask: Callable[[Corpus], Any], corpus: Corpus) -> Any:
    """Return a question's answer as plain data, or the error it raised (type and message)."""
    try:
        found = ask(corpus)
    except Exception as exc:  # the error itself is the answer compared
        return ("error", type(exc).__name__, str(exc))
    if isinstance(found, list):
        return [x.to_dict() if hasattr(x, "to_dict") else x for x in found]
    return found.to_dict() if hasattr(found, "to_dict") else found


def _same(pair: tuple[Corpus, Corpus], asks: list[Callable[[Corpus], Any]]) -> list[int]:
    """Return the positions of the questions answered differently (none, when all agree)."""
    memory, index = pair
    return [i for i, ask in enumerate(asks) if _answer(ask, memory) != _answer(ask, index)]


# --------------------------------------------------------------------------- every query, both ways


def test_index_holds_the_same_forms_and_graph(pair: tuple[Corpus, Corpus]) -> None:
    """The index gives back equal forms, kept-apart copies, unreadable files, and an equal graph."""
    memory, index = pair
    failures = sorted(str(e) for e in memory.failures)
    expected = (memory.forms, memory.kept_apart, failures, to_node_link(memory.graph))
    found = (index.forms, index.kept_apart, sorted(str(e) for e in index.failures), to_node_link(index.graph))
    assert expected == found


def _document_queries(memory: Corpus) -> list[str]:
    graph = memory.graph
    keys = [str(graph.nodes[d]["key"]) for d in documents(graph)]
    fragments = []
    for doc in documents(graph)[::3]:
        title = str(graph.nodes[doc].get("titles", "")).split("\n")[0]
        fragments += [title[2:4], title[1:7]] if len(title) > 7 else []
    junk = ["泉委办〔2099〕1号", "强基促温", "泉委发〔21〕5号", "的", "  ", "doc:泉委办〔2021〕20号"]
    return keys + fragments + junk


def test_trace_every_document_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """`trace` of every document key, title fragments, and queries matching nothing agree."""
    queries = _document_queries(pair[0])
    asks = [lambda c, q=q: c.trace(q) for q in queries]
    assert ([], True) == (_same(pair, asks), len(asks) > 25)


def test_trace_with_a_form_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """`trace --form` with each form, each unit, and a unit that does not exist agree."""
    memory, _ = pair
    spaces = [space for _, space in memory.spaces]
    forms = sorted(
        {s.namespace for s in spaces} | {s.owners for s in spaces} | {"泉州市应急管理局", "无此单位"}
    )
    asks = [lambda c, f=f: c.trace("泉委办〔2021〕20号", form=f) for f in forms]
    asks += [lambda c, f=f: c.trace("三定方案", form=f) for f in forms[:5]]
    assert [] == _same(pair, asks)


def test_sources_of_every_number_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """`trace --target` of every target and indicator number (and node id, and junk) agrees."""
    memory, _ = pair
    graph = memory.graph
    nodes = nodes_of(graph, NodeKind.TARGET) + nodes_of(graph, NodeKind.INDICATOR)
    numbers = sorted({str(graph.nodes[n]["number"]) for n in nodes})
    asks = [lambda c, q=q: c.sources(q) for q in [*numbers[::2], "9-99", "１－３", "x"]]
    asks += [lambda c, q=q: c.sources(q) for q in nodes[::7]]
    asks += [lambda c, q=q: c.sources(q, form="泉州市应急管理局") for q in numbers[:40:2]]
    asks += [lambda c: c.sources("1-3", form="无此单位")]
    # Numbers no form has: the nearest ones named, in every form and in one.
    missing = ["9-99", "1-99", "1-3-99", "0", "99-1-1", "一.99", "1-3/9", "target:泉州市应急管理局/2021/9-9"]
    asks += [lambda c, q=q: c.targets(q) for q in missing]
    asks += [lambda c, q=q: c.sources(q, form="泉州市应急管理局") for q in missing]
    asks += [lambda c, q=q: c.targets(q, form="泉州市应急管理局/2021") for q in missing[:3]]
    assert ([], True) == (_same(pair, asks), len(numbers) > 50)


def test_who_every_name_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """`who` by each role, for every name in it, a name in another role and an unknown one agree."""
    memory, _ = pair
    roles = ("person", "department", "leader")
    asks: list[Callable[[Corpus], Any]] = [lambda c, r=r: c.who(r) for r in roles]
    for role in roles:
        names = sorted({w.name for w in memory.who(role)})  # type: ignore[arg-type]
        asks += [lambda c, r=role, n=n: c.who(r, name=n) for n in names]
        asks += [lambda c, r=role: c.who(r, name="王夏阳"), lambda c, r=role: c.who(r, name="无此人")]
    assert [] == _same(pair, asks)


def test_audit_and_report_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """The audit (whole, per family, per code, ignoring some; its first findings as text lists
    them, with the count of each severity) and the report's tables agree."""
    selections: list[tuple[list[str] | None, list[str]]] = [
        (None, []),
        (["A"], []),
        (["S", "D01"], []),
        (["W"], []),
        (["R"], []),
        (None, ["D", "W01"]),
    ]
    asks: list[Callable[[Corpus], Any]] = [
        lambda c, s=s, i=i: [f.to_dict() for f in c.audit(select=s, ignore=i)] for s, i in selections
    ]
    asks += [
        lambda c, s=s, i=i, n=n: c.audit_head(n, select=s, ignore=i)
        for s, i in selections
        for n in (1, 3, 50, None)
    ]
    asks.append(lambda c: c.tables())
    assert [] == _same(pair, asks)


def test_render_views_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """Diagrams of a document, a target, a department, a person and whole levels agree (DOT text)."""
    views = [
        View(doc="泉委办〔2021〕20号"),
        View(doc="强基促稳", cluster="department"),
        View(doc="三定方案", level="targets"),
        View(target="1-3"),
        View(target="1-1", cluster="unit"),
        View(department="基础科"),
        View(person="王夏阳", cluster="department"),
        View(person="李志福"),
        View(level="documents", max_nodes=2000),
        View(level="documents", max_nodes=5),
        View(level="targets", max_nodes=3),
        View(level="indicators", max_nodes=3),
        View(max_nodes=3),
        View(doc="泉委办〔2099〕1号"),
    ]
    asks = [lambda c, v=v: c.render(v, font=FONT) for v in views]
    assert [] == _same(pair, asks)


def test_render_refuses_a_whole_picture_before_reading_a_form(files: list[str], db: str) -> None:
    """Over `--max-nodes`, a whole picture at any level is refused from the stored counts,
    naming the number the in-memory refusal names, without reading a form or building a graph."""
    memory = yiju.load(files)
    memory_errors = []
    for level in (None, "indicators", "targets", "documents"):
        with pytest.raises(TooManyNodesError) as caught:
            memory.render(View(level=level, max_nodes=3), font=FONT)
        memory_errors.append(str(caught.value))
    index = open_index(db)
    read: list[str] = []

    def no_reading(self: object) -> None:
        read.append("forms")
        raise AssertionError("read every form")

    found = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(index), "_all", property(no_reading))
        for level in (None, "indicators", "targets", "documents"):
            with pytest.raises(TooManyNodesError) as caught:
                index.render(View(level=level, max_nodes=3), font=FONT)
            found.append(str(caught.value))
    assert (memory_errors, []) == (found, read)


def test_trace_and_sources_with_a_limit_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """A limited `trace` / `sources` lists the same first answers and counts the same totals."""
    asks: list[Callable[[Corpus], Any]] = []
    for limit in (1, 3, 40, 10_000):
        asks += [
            lambda c, n=limit: c.trace("泉委办〔2021〕20号", limit=n),
            lambda c, n=limit: c.trace("三定方案", limit=n),
            lambda c, n=limit: c.trace("泉委办〔2021〕20号", form="泉州市应急管理局", limit=n),
            lambda c, n=limit: c.sources("1-3", limit=n),
            lambda c, n=limit: c.sources("1-1-1", limit=n),
        ]
    asks += [lambda c, q=q: c.targets(q) for q in ("1-3", "1-1-1", "1-15", "9-99")]
    cut = pair[0].trace("泉委办〔2021〕20号", limit=3)
    assert ([], 3, True) == (_same(pair, asks), len(cut.targets), cut.count > 3)


def test_every_stored_key_is_its_own_canonical_key(pair: tuple[Corpus, Corpus]) -> None:
    """A key as the index stores it reads back to itself (the index finds it without the citation reader)."""
    keys = [str(pair[0].graph.nodes[d]["key"]) for d in documents(pair[0].graph)]
    assert ([], True) == ([k for k in keys if canonical_key(k) != k], len(keys) > 20)


HEAVY = ("networkx", "openpyxl", "yiju.audit", "yiju.render", "yiju.forms", "yiju.readers", "rapidfuzz")


def _modules_after_cli(args: list[str], heavy: tuple[str, ...] = HEAVY) -> tuple[int, list[str]]:
    """Run the CLI in a fresh interpreter; return its exit code and the heavy modules it imported."""
    probe = (
        "import contextlib, io, sys\nfrom yiju.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    code = main({args!r})\n"
        f"print(code, *(m for m in {heavy!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    code, *modules = done.stdout.split()
    return int(code), modules


def test_index_queries_import_no_graph_library(tmp_path: Path) -> None:
    """trace, who and audit on an index import neither networkx, the audit's rules nor any reader
    (nor rapidfuzz: only a near miss is scored)."""
    db = str(tmp_path / "x.db")
    store = connect(db, create=True)
    update_index(store, [FIXTURES / "seed_2021_quanzhou_yingji.txt", FIXTURES / "second_unit_2021.txt"])
    store.close()
    commands = [
        ["trace", "--doc", "泉委办〔2021〕20号"],
        ["trace", "--doc", "泉委办[2021]20号", "--json"],
        ["trace", "--target", "1-3"],
        ["who", "--person", "李志福"],
        ["audit", "--select", "A,D01"],
    ]
    found = [_modules_after_cli([*command, "--db", db]) for command in commands]
    assert [(0, [])] * len(commands) == found


def test_kept_apart_head_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """The first forms kept apart that a query names, and their count, agree at every cut."""
    asks = [lambda c, n=n: c.kept_apart_head(n) for n in (0, 1, 2, 5, 10, 11, 1000)]
    assert ([], True) == (_same(pair, asks), pair[0].kept_apart_head(1000)[1] > 10)


def test_numbers_written_plainly_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """A number typed another way (brackets, 第, zeros, full-width digits; or not plainly) agrees."""
    texts = [
        "泉委办[2021]20号", "泉委办（２０２１）第020号", "泉委办【2021】2号", "泉委办〔2021]20号",
        "泉委办[2021]20号文件", "泉委办 [2021]20号", "根据泉委办[2021]20号", "泉委办[2099]20号",
    ]  # fmt: skip
    asks = [lambda c, q=q: c.trace(q) for q in texts]
    assert [] == _same(pair, asks)


def test_a_number_written_plainly_is_found_without_the_citation_reader(tmp_path: Path) -> None:
    """`trace --doc 泉委办[2021]20号` on an index finds the key without importing the citation reader."""
    db = str(tmp_path / "x.db")
    store = connect(db, create=True)
    update_index(store, [FIXTURES / "seed_2021_quanzhou_yingji.txt"])
    store.close()
    plain = [
        ["trace", "--doc", "泉委办[2021]20号"],
        ["trace", "--doc", "泉委办（２０２１）第020号", "--json"],
    ]
    other = ["trace", "--doc", "泉委办 [2021]20号"]  # not plainly: the reader reads it
    found = [_modules_after_cli([*c, "--db", db], ("yiju.citations",)) for c in [*plain, other]]
    assert [(0, []), (0, []), (0, ["yiju.citations"])] == found


def test_impact_both_ways(pair: tuple[Corpus, Corpus]) -> None:
    """`impact` (what the hidden-row hint reads) agrees."""
    asks = [
        lambda c, q=q: c.impact(q) for q in ("泉委办〔2021〕20号", "三定方案", "强基", "泉委办〔2099〕1号")
    ]
    assert [] == _same(pair, asks)


# --------------------------------------------------------------------------- incremental re-index


@pytest.fixture(params=["sqlite", "postgresql"])
def target_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty index location on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "yiju.db")
    return _fresh_pg(request.getfixturevalue("postgres_url"), "yiju_incremental")


def _counts(store_db: str, paths: list[Path]) -> tuple[int, int, int, int, int, int]:
    store = connect(store_db, create=True)
    try:
        r = update_index(store, paths)
    finally:
        store.close()
    return (r.added, r.changed, r.removed, r.unchanged, len(r.failed), r.forms)


def test_reindex_reads_only_what_changed(tmp_path: Path, target_db: str) -> None:
    """Touch one file → one re-read; delete one → gone; corrupt one → recorded, others fine."""
    folder = tmp_path / "forms"
    folder.mkdir()
    names = ["seed_2021_quanzhou_yingji.txt", "second_unit_2021.txt", "clean_form.txt"]
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    paths = [folder / n for n in names]
    first = _counts(target_db, paths)
    again = _counts(target_db, paths)
    later = time.time() + 5
    os.utime(paths[2], (later, later))
    touched = _counts(target_db, paths)
    paths[1].unlink()
    deleted = _counts(target_db, [paths[0], paths[2]])
    paths[0].write_bytes(b"\x00\x01 not a form \xff" * 50)
    corrupt = _counts(target_db, [paths[0], paths[2]])
    index = open_index(target_db)
    failures = [(e.path, bool(e.reason)) for e in index.failures]
    expected = (
        (3, 0, 0, 0, 0, 3),
        (0, 0, 0, 3, 0, 3),
        (0, 1, 0, 2, 0, 3),
        (0, 0, 1, 2, 0, 2),
        (0, 1, 0, 1, 1, 1),
        [(str(paths[0]), True)],
        [str(paths[2])],
    )
    assert expected == (first, again, touched, deleted, corrupt, failures, [f.file for f in index.forms])


# --------------------------------------------------------------------------- the command line


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_queries_read_the_index_as_they_read_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`yiju index` then trace/who/audit/render --db print what the same commands print on the files."""
    seed, second = str(FIXTURES / "seed_2021_quanzhou_yingji.txt"), str(FIXTURES / "second_unit_2021.txt")
    db = str(tmp_path / "x.db")
    code, out, _ = _cli(capsys, "index", seed, second, "--db", db)
    assert (0, True) == (code, "新增 2 个文件" in out)
    commands = [
        ["trace", "--doc", "泉委办〔2021〕20号"],
        ["trace", "--target", "1-3", "--json"],
        ["who", "--person", "李志福"],
        ["who", "--person", "王夏阳"],
        ["audit", "--select", "A,D01"],
        ["audit", "--select", "a", "--ignore", "A01", "--json"],
        ["audit", "--select", "no-such-rule"],
        ["render", "--doc", "强基促稳", "-o", "-", "--format", "dot"],
        ["trace", "--doc", "泉委办〔2021〕20号", "--limit", "2"],
        ["trace", "--doc", "泉委办〔2021〕20号", "--limit", "2", "--json"],
        ["trace", "--target", "1-3", "--limit", "1"],
        ["trace", "--target", "1-3", "--limit", "1", "--json"],
        ["trace", "--target", "1-3", "--all"],
        ["audit", "--limit", "1"],
        ["audit", "--select", "A,D01", "--limit", "2", "--json"],
        ["audit", "--all", "--fail-on", "warning"],
    ]
    for command in commands:
        assert _cli(capsys, *command, seed, second) == _cli(capsys, *command, "--db", db)
    monkeypatch.chdir(tmp_path)
    shutil.copy(db, tmp_path / "yiju.db")
    code, out, err = _cli(capsys, "who", "--department", "基础科")
    assert (0, "使用索引 yiju.db（当前目录下自动发现）\n") == (code, err)


def test_cli_names_ten_forms_kept_apart_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], files: list[str], db: str
) -> None:
    """Over every fixture, a query names the first ten forms kept apart and counts the others,
    from the files and from the index alike."""
    if not Path(db).is_file():
        pytest.skip("the files' output is compared with one index only (SQLite)")
    command = ["--lang", "zh", "trace", "--doc", "泉委办〔2021〕20号"]
    from_files = _cli(capsys, *command, *files)
    warnings = [line for line in from_files[2].splitlines() if line.startswith("警告：")]
    assert (from_files, 11, True) == (
        _cli(capsys, *command, "--db", db),
        len(warnings),
        warnings[-1].startswith("警告：另有 "),
    )


def test_cli_index_records_a_bad_file_and_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that cannot be read is named on stderr and recorded; the others are indexed (exit 2)."""
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 broken")
    db = str(tmp_path / "x.db")
    code, out, err = _cli(capsys, "index", str(FIXTURES / "clean_form.txt"), str(junk), "--db", db)
    recorded = [e.path for e in open_index(db).failures]
    assert (2, True, True, [str(junk)]) == (
        code,
        err.startswith(f"{junk}: "),
        "读取失败 1 个" in out,
        recorded,
    )


def test_open_index_is_a_corpus(db: str) -> None:
    """`yiju.open_index` returns a Corpus (the facade's other entry point)."""
    corpus = yiju.open_index(db)
    assert (True, True) == (isinstance(corpus, Corpus), isinstance(corpus, IndexCorpus))


def test_cli_cover_reads_the_index_as_it_reads_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`cover --register R --db` prints what `cover --register R FILES` prints."""
    planted = FIXTURES / "cover" / "planted"
    register = str(planted / "泉委办〔2021〕20号附件.xlsx")
    db = str(tmp_path / "x.db")
    _cli(capsys, "index", str(planted), "--db", db)
    expected = _cli(capsys, "cover", "--register", register, str(planted), "--json")
    assert expected == _cli(capsys, "cover", "--register", register, "--db", db, "--json")
