"""Build and refresh an index: read only new or changed files, drop removed ones, say how many.

A file is unchanged when its size and mtime are those recorded (a touched file is read
again; its content hash is recorded with it). Changed and new files are read (in worker
processes when there are many); a file that cannot be read is recorded with its reason and
its old forms are dropped.
After any change the index's derived tables are brought up to date: the namespaces of forms
kept apart (chosen over all forms, as `graph.form_spaces` does), each document's titles,
and the audit's findings under the default profile.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yiju.errors import ReadError
from yiju.index import schema
from yiju.index.store import Store

if TYPE_CHECKING:
    from yiju.corpus import OnError, OnProgress
    from yiju.graph import Graph
    from yiju.models import Form, Indicator, Target

__all__ = ["NAMED_SUBJECTS", "IndexReport", "profile_fingerprint", "update_index"]

#: How many of a finding's subjects its text names (`formatters.finding_text`); the index
#: stores the names of these.
NAMED_SUBJECTS = 6


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What one `update_index` run did.

    Attributes:
        db: The index (file path or URL).
        added: Files read for the first time.
        changed: Files read again because their content changed.
        removed: Files dropped because they are no longer among the inputs.
        unchanged: Files left as they were.
        failed: The inputs that could not be read (recorded in the index with their reason).
        forms: Forms in the index after the run.
    """

    db: str
    added: int
    changed: int
    removed: int
    unchanged: int
    failed: tuple[ReadError, ...]
    forms: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def profile_fingerprint() -> str:
    """Return a fingerprint of what the stored findings follow: yiju's version, the default
    rule profile's text and the code table (each code's slug and severity).

    Read without importing the rules (which import every reader): a query checks it before
    it trusts the stored findings, and must not pay a second for that.
    """
    from importlib import resources  # noqa: PLC0415

    from yiju import __version__  # noqa: PLC0415
    from yiju.codes import CODES  # noqa: PLC0415

    profile = resources.files("yiju").joinpath("data/profile_default.toml").read_bytes()
    table = sorted((c.code, c.slug, c.severity.value) for c in CODES.values())
    return hashlib.sha256(f"{__version__}\n{table}\n".encode() + profile).hexdigest()


def _next_id(store: Store, table: str) -> int:
    found = store.values(f"SELECT MAX(id) FROM {table}")
    return int(found[0] or 0) + 1


def _drop_file(store: Store, file_id: int) -> None:
    """Delete a file's forms, groups and what was selected from them (the file row stays)."""
    groups = "SELECT g.id FROM groups g JOIN forms f ON g.form = f.id WHERE f.file = ?"
    for table in ("numbers", "owners", "citations"):
        store.execute(f"DELETE FROM {table} WHERE grp IN ({groups})", (file_id,))
    store.execute("DELETE FROM groups WHERE form IN (SELECT id FROM forms WHERE file = ?)", (file_id,))
    store.execute("DELETE FROM forms WHERE file = ?", (file_id,))


def _groups(form: Form) -> list[tuple[str, int | None, Target | None, list[tuple[int, Indicator]]]]:
    """Return a form's targets with their indicators (by position), and indicators without a target."""
    out: dict[str, tuple[int | None, Target | None, list[tuple[int, Indicator]]]] = {}
    for pos, target in enumerate(form.targets):
        out.setdefault(target.id, (pos, target, []))
    for pos, indicator in enumerate(form.indicators):
        out.setdefault(indicator.target, (None, None, []))[2].append((pos, indicator))
    return [(ident, pos, target, inds) for ident, (pos, target, inds) in out.items()]


def _source_sheet(form: Form) -> str:
    locations = [i.location for i in form.indicators] + [t.location for t in form.targets]
    return (locations[0].sheet or "") if locations else ""


def _insert_form(
    store: Store, file_id: int, seq: int, form: Form, *, ids: dict[str, int], documents: dict[str, Any]
) -> None:
    """Insert one form: its header, its groups and the columns queries select them by."""
    from dataclasses import replace  # noqa: PLC0415

    from yiju.graph import document_attrs, target_documents, unit_of  # noqa: PLC0415

    form_id = ids["forms"]
    ids["forms"] += 1
    header = replace(form, targets=(), indicators=())
    has_target = bool(form.targets)
    has_visible = any(not t.hidden for t in form.targets)
    store.execute(
        "INSERT INTO forms (id, file, seq, path, form_id, owner_unit, sheet, namespace, owners,"
        " kept_apart_from, has_target, has_visible_target, header)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
        (
            form_id,
            file_id,
            seq,
            form.file,
            form.form_id,
            unit_of(form),
            _source_sheet(form),
            form.form_id,
            unit_of(form),
            int(has_target),
            int(has_visible),
            schema.dumps(header),
        ),
    )
    numbers: list[tuple[Any, ...]] = []
    owners: list[tuple[Any, ...]] = []
    citations: list[tuple[Any, ...]] = []
    rows: list[tuple[Any, ...]] = []
    for ident, pos, target, indicators in _groups(form):
        group = ids["groups"]
        ids["groups"] += 1
        rows.append((group, form_id, ident, schema.dumps((pos, target, tuple(indicators)))))
        if target is not None:
            numbers.append((group, "target", target.id, int(target.hidden)))
            for citation, title in target_documents(target):
                citations.append((group, citation.key, title or None, int(target.hidden)))
                documents.setdefault(citation.key, document_attrs(citation))
        for _, ind in indicators:
            numbers.append((group, "indicator", ind.id, int(ind.hidden)))
            owners.extend((group, "person", name, int(ind.hidden)) for name in ind.people)
            owners.extend((group, "department", name, int(ind.hidden)) for name in ind.departments)
            if ind.leader:
                owners.extend((group, "leader", name, int(ind.hidden)) for name in ind.leader.split("、"))
    store.executemany("INSERT INTO groups (id, form, target, data) VALUES (?, ?, ?, ?)", rows)
    store.executemany("INSERT INTO numbers (grp, kind, number, hidden) VALUES (?, ?, ?, ?)", numbers)
    store.executemany("INSERT INTO owners (grp, role, name, hidden) VALUES (?, ?, ?, ?)", owners)
    store.executemany("INSERT INTO citations (grp, doc, title, hidden) VALUES (?, ?, ?, ?)", citations)


def _refresh_spaces(store: Store) -> None:
    """Choose every form's namespaces over all forms (`graph.plan_spaces`) and store them."""
    from yiju.graph import plan_spaces  # noqa: PLC0415

    rows = store.rows("SELECT id, form_id, path, sheet, owner_unit FROM forms ORDER BY file, seq")
    spaces = plan_spaces([(r[1], r[2], r[3], r[4]) for r in rows])
    store.executemany(
        "UPDATE forms SET namespace = ?, owners = ?, kept_apart_from = ? WHERE id = ?",
        [(s.namespace, s.owners, s.kept_apart_from, r[0]) for r, s in zip(rows, spaces, strict=True)],
    )


def _refresh_documents(store: Store, new_attrs: dict[str, Any]) -> None:
    """Recompute every document's titles (visible rows, all rows) and its folded search text."""
    from yiju.queries import fold_title  # noqa: PLC0415

    old = {key: bytes(data) for key, data in store.rows("SELECT key, attrs FROM documents")}
    titles: dict[str, tuple[set[str], set[str]]] = {}
    visible: set[str] = set()
    for doc, title, hidden in store.rows("SELECT DISTINCT doc, title, hidden FROM citations"):
        seen = titles.setdefault(doc, (set(), set()))
        if not hidden:
            visible.add(doc)
        if title:
            seen[1].add(title)
            if not hidden:
                seen[0].add(title)
    store.execute("DELETE FROM documents")
    if store.dialect == "sqlite":
        store.execute("DELETE FROM titles_fts")
    rows = []
    for key in sorted(titles):
        attrs = schema.loads(old[key]) if key not in new_attrs and key in old else new_attrs[key]
        # As `queries` folds them: every title, and a title-only key as a title of its own.
        own = {key} if not attrs.get("numbered", True) else set()
        folded = ["\n".join(sorted({fold_title(n) for n in names | own} - {""})) for names in titles[key]]
        rows.append(
            (
                key,
                schema.dumps(attrs),
                int(key in visible),
                "\n".join(sorted(titles[key][0])),
                "\n".join(sorted(titles[key][1])),
                folded[0],
                folded[1],
            )
        )
    store.executemany(
        "INSERT INTO documents (key, attrs, visible, titles_visible, titles_all, folded_visible, folded)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    if store.dialect == "sqlite":
        store.executemany("INSERT INTO titles_fts (folded, key) VALUES (?, ?)", [(r[6], r[0]) for r in rows])


def _scene_sizes(graph: Graph) -> str:
    """Return, as JSON, how many boxes the whole picture of every form has at each level.

    `render --db` without a filter reads it to refuse a picture over `--max-nodes` before it
    reads every form (`render.scene_count`: the number the in-memory refusal names). Kept with
    the findings: both follow this yiju's graph and are rebuilt whenever a form changes.
    """
    from yiju.render import whole_picture_counts  # noqa: PLC0415

    sizes = whole_picture_counts(graph)
    return json.dumps(sizes, sort_keys=True)


def refresh_findings(store: Store) -> None:
    """Run the whole audit (default profile) over the index's forms and store its findings.

    Beside them: the rule table they were selected from (code and slug of every rule, so
    that `--select` is read without importing the rules), and how outputs name each
    finding's subjects (`naming.subject_text` on the graph of every form, as the in-memory
    `audit` names them).
    """
    from yiju.audit import RULES, run_audit  # noqa: PLC0415
    from yiju.graph import build_graph  # noqa: PLC0415
    from yiju.index.corpus import IndexCorpus  # noqa: PLC0415
    from yiju.naming import subject_text  # noqa: PLC0415

    forms = IndexCorpus(store).forms
    graph = build_graph(forms)
    findings = run_audit(forms, graph=graph)
    names = {s: subject_text(graph, s) for f in findings for s in f.subjects[:NAMED_SUBJECTS]}
    sizes = _scene_sizes(graph)
    del graph, forms
    store.execute("DELETE FROM findings")
    store.executemany(
        "INSERT INTO findings (seq, code, family, severity, data) VALUES (?, ?, ?, ?, ?)",
        [(seq, f.code, f.code[:1], f.severity.value, schema.dumps(f)) for seq, f in enumerate(findings)],
    )
    store.execute("DELETE FROM subjects")
    store.executemany("INSERT INTO subjects (subject, name) VALUES (?, ?)", sorted(names.items()))
    rules = json.dumps([[code, rule.slug] for code, rule in RULES.items()], ensure_ascii=False)
    store.execute("DELETE FROM meta WHERE key IN ('audit', 'rules', 'scene_sizes')")
    store.execute("INSERT INTO meta (key, value) VALUES ('rules', ?)", (rules,))
    store.execute("INSERT INTO meta (key, value) VALUES ('scene_sizes', ?)", (sizes,))
    store.execute("INSERT INTO meta (key, value) VALUES ('audit', ?)", (profile_fingerprint(),))


def update_index(
    store: Store,
    args: Iterable[str | Path],
    *,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
) -> IndexReport:
    """Bring an index up to date with the files that `args` name (files, directories, patterns).

    The index afterwards holds exactly those files: new and changed ones are read, removed
    ones dropped, unchanged ones left alone. Unreadable inputs are recorded with their reason
    (and passed to `on_error`); they do not stop the run.
    """
    from yiju.corpus import expand_paths, read_files  # noqa: PLC0415

    schema.create(store)
    failed: list[ReadError] = []

    def failure(exc: ReadError) -> None:
        failed.append(exc)
        if on_error is not None:
            on_error(exc)

    paths, _ = expand_paths(args, failure)
    known = {
        str(row[1]): row for row in store.rows("SELECT id, path, size, mtime_ns, sha256, error FROM files")
    }
    wanted = {str(p) for p in paths}
    removed = [row for path, row in known.items() if path not in wanted]
    to_read: list[tuple[Path, int, int, str]] = []
    unchanged = 0
    for path in paths:
        stat = path.stat()
        row = known.get(str(path))
        if row is not None and (row[2], row[3]) == (stat.st_size, stat.st_mtime_ns) and row[5] is None:
            unchanged += 1
            continue
        to_read.append((path, stat.st_size, stat.st_mtime_ns, _sha256(path)))
    for row in removed:
        _drop_file(store, row[0])
        store.execute("DELETE FROM files WHERE id = ?", (row[0],))
    ids = {
        "files": _next_id(store, "files"),
        "forms": _next_id(store, "forms"),
        "groups": _next_id(store, "groups"),
    }
    documents: dict[str, Any] = {}
    added = changed = 0
    stats = {path: (size, mtime, digest) for path, size, mtime, digest in to_read}
    for path, result in read_files([p for p, *_ in to_read], on_progress=on_progress):
        size, mtime, digest = stats[path]
        row = known.get(str(path))
        if row is not None:
            _drop_file(store, row[0])
            file_id = int(row[0])
            changed += 1
        else:
            file_id = ids["files"]
            ids["files"] += 1
            added += 1
        error = result.reason if isinstance(result, ReadError) else None
        if isinstance(result, ReadError):
            failure(result)
        store.execute("DELETE FROM files WHERE id = ?", (file_id,))
        store.execute(
            "INSERT INTO files (id, path, size, mtime_ns, sha256, error) VALUES (?, ?, ?, ?, ?, ?)",
            (file_id, str(path), size, mtime, digest, error),
        )
        if not isinstance(result, ReadError):
            for seq, form in enumerate(result):
                _insert_form(store, file_id, seq, form, ids=ids, documents=documents)
    stale = store.values("SELECT value FROM meta WHERE key = 'audit'") != [profile_fingerprint()]
    if to_read or removed or stale:
        _refresh_spaces(store)
        _refresh_documents(store, documents)
        refresh_findings(store)
    if to_read or removed or stale or not store.values("SELECT value FROM meta WHERE key = 'analyzed'"):
        # The planner's statistics: without them it reaches a match's form through the rows
        # that hold pickled groups instead of the covering indexes (3x slower at 10,000 forms).
        store.execute("ANALYZE")
        store.execute("DELETE FROM meta WHERE key = 'analyzed'")
        store.execute("INSERT INTO meta (key, value) VALUES ('analyzed', '1')")
    store.commit()
    forms = int(store.values("SELECT COUNT(*) FROM forms")[0])
    return IndexReport(store.name, added, changed, len(removed), unchanged, tuple(failed), forms)
