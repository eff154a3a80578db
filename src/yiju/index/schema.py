"""The index's tables, and a restricted codec for the parsed objects it keeps.

One row per file (path, size, mtime, content hash, or why it could not be read), per form
(its header, unit, year and the namespaces `graph.form_spaces` chose over all forms), and
per *group* — a target with its indicators, the unit a query pulls out of the index to
build its subgraph. Beside them, the columns the queries select on, each indexed: the
numbers of targets and indicators, owners by role and name, the documents each group
cites, the documents with their titles (folded for fragment search: an FTS5 trigram table
in SQLite, a `pg_trgm` index in PostgreSQL), and the audit's findings with how outputs
name their subjects.

Parsed objects are stored pickled, and read back through an unpickler that only builds
`yiju.models` classes and plain containers: an index shared on a server must not be able
to run code in the reader.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import pickle
from typing import Any

from yiju.index.store import IndexStoreError, Store

__all__ = ["SCHEMA_VERSION", "create", "dumps", "loads"]

#: Bumped when the tables change; an index of another version is rebuilt from its files.
SCHEMA_VERSION = "2"

_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS files (
        id BIGINT PRIMARY KEY, path TEXT NOT NULL UNIQUE, size BIGINT NOT NULL,
        mtime_ns BIGINT NOT NULL, sha256 TEXT NOT NULL, error TEXT)""",
    """CREATE TABLE IF NOT EXISTS forms (
        id BIGINT PRIMARY KEY, file BIGINT NOT NULL, seq INTEGER NOT NULL, path TEXT NOT NULL,
        form_id TEXT NOT NULL, owner_unit TEXT NOT NULL, sheet TEXT NOT NULL,
        namespace TEXT NOT NULL, owners TEXT NOT NULL, kept_apart_from TEXT,
        has_target INTEGER NOT NULL, has_visible_target INTEGER NOT NULL, header BLOB NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS groups (
        id BIGINT PRIMARY KEY, form BIGINT NOT NULL, target TEXT NOT NULL, data BLOB NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS numbers (
        grp BIGINT NOT NULL, kind TEXT NOT NULL, number TEXT NOT NULL, hidden INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS owners (
        grp BIGINT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL, hidden INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS citations (
        grp BIGINT NOT NULL, doc TEXT NOT NULL, title TEXT, hidden INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS documents (
        key TEXT PRIMARY KEY, attrs BLOB NOT NULL, visible INTEGER NOT NULL,
        titles_visible TEXT NOT NULL, titles_all TEXT NOT NULL,
        folded_visible TEXT NOT NULL, folded TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS findings (
        seq INTEGER PRIMARY KEY, code TEXT NOT NULL, family TEXT NOT NULL, severity TEXT NOT NULL,
        data BLOB NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS subjects (subject TEXT PRIMARY KEY, name TEXT NOT NULL)",
)

_INDEXES = (
    "CREATE INDEX IF NOT EXISTS forms_file ON forms (file)",
    "CREATE INDEX IF NOT EXISTS forms_namespace ON forms (namespace)",
    "CREATE INDEX IF NOT EXISTS forms_owners ON forms (owners)",
    # Every query names the forms kept apart: covered, so that no header is read for it.
    "CREATE INDEX IF NOT EXISTS forms_kept ON forms (kept_apart_from, form_id, path, sheet, namespace)",
    # … and names the first ten in form order and counts them all: read in that order here,
    # and counted on it, without a sort (7,912 such forms at 10,000: 30 ms a query before).
    "CREATE INDEX IF NOT EXISTS forms_kept_first ON forms (form_id, path, kept_apart_from, namespace, sheet)"
    " WHERE kept_apart_from IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS groups_form ON groups (form)",
    # A query joins thousands of matches to their group's form and the form's namespace:
    # covered here, it never reads a row holding a pickled group or header.
    "CREATE INDEX IF NOT EXISTS groups_of ON groups (id, form, target)",
    "CREATE INDEX IF NOT EXISTS forms_of ON forms (id, namespace, owners)",
    "CREATE INDEX IF NOT EXISTS numbers_number ON numbers (number)",
    "CREATE INDEX IF NOT EXISTS numbers_find ON numbers (number, hidden, grp, kind)",
    "CREATE INDEX IF NOT EXISTS numbers_grp ON numbers (grp)",
    "CREATE INDEX IF NOT EXISTS owners_role_name ON owners (role, name)",
    "CREATE INDEX IF NOT EXISTS owners_grp ON owners (grp)",
    "CREATE INDEX IF NOT EXISTS citations_doc ON citations (doc)",
    "CREATE INDEX IF NOT EXISTS citations_find ON citations (doc, hidden, grp)",
    "CREATE INDEX IF NOT EXISTS citations_grp ON citations (grp)",
    "CREATE INDEX IF NOT EXISTS findings_code ON findings (code)",
    # `audit --select` counts and orders the findings of some codes on this alone (covering).
    "CREATE INDEX IF NOT EXISTS findings_select ON findings (code, severity, seq)",
)


def create(store: Store) -> None:
    """Create the tables and indexes that are missing; refuse an index of another schema.

    Raises:
        IndexStoreError: The database holds an index of another schema version.
    """
    for sql in _TABLES:
        store.execute(sql)
    for sql in _INDEXES:
        store.execute(sql)
    _forget_statistics_if_indexes_changed(store)
    if store.dialect == "sqlite":
        fts = "fts5(folded, key UNINDEXED, tokenize='trigram')"
        store.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS titles_fts USING {fts}")
    else:
        # The trigram index speeds up title fragments; a server where this user may not create
        # the extension still works, by a scan of the documents table.
        store.execute("SAVEPOINT trigram")
        try:
            store.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            store.execute(
                "CREATE INDEX IF NOT EXISTS documents_folded ON documents USING gin (folded gin_trgm_ops)"
            )
        except Exception:  # psycopg's error types are not imported here
            store.execute("ROLLBACK TO SAVEPOINT trigram")
        else:
            store.execute("RELEASE SAVEPOINT trigram")
    found = store.values("SELECT value FROM meta WHERE key = 'schema'")
    if not found:
        store.execute("INSERT INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
    elif found[0] != SCHEMA_VERSION:
        raise IndexStoreError(
            f"{store.name}: 索引格式 {found[0]} 已过时（现为 {SCHEMA_VERSION}）；请删除后重新建立索引"
        )
    store.commit()


def _forget_statistics_if_indexes_changed(store: Store) -> None:
    """Drop the mark that the planner's statistics are fresh when this yiju's indexes differ
    from the ones the statistics were gathered with (an index made before a new index
    was added): `update_index` gathers them again, even when no file changed."""
    import hashlib  # noqa: PLC0415  # only when indexing

    digest = hashlib.sha256("\n".join(_INDEXES).encode()).hexdigest()
    if store.values("SELECT value FROM meta WHERE key = 'indexes'") != [digest]:
        store.execute("DELETE FROM meta WHERE key IN ('indexes', 'analyzed')")
        store.execute("INSERT INTO meta (key, value) VALUES ('indexes', ?)", (digest,))


def _reducer(cls: type) -> Any:
    """Return a reducer of a frozen value object to (class, field values), rebuilt by calling it.

    A slotted dataclass's own pickling state goes through `dataclasses.fields()` for every
    object read back, which made that the most of reading a thousand targets.
    """
    names = tuple(f.name for f in dataclasses.fields(cls))

    def reduce(value: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, tuple(getattr(value, name) for name in names)

    return reduce


def _dispatch_table() -> dict[Any, Any]:
    from yiju import models  # noqa: PLC0415  # the value objects the index keeps

    table: dict[Any, Any] = dict(copyreg.dispatch_table)
    for value in vars(models).values():
        if (
            isinstance(value, type)
            and dataclasses.is_dataclass(value)
            and value.__module__ == models.__name__
        ):
            table[value] = _reducer(value)
    return table


_DISPATCH: dict[str, dict[Any, Any]] = {}


def dumps(value: Any) -> bytes:
    """Return the stored form of a parsed object."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH.get("table") or _DISPATCH.setdefault("table", _dispatch_table())
    pickler.dump(value)
    return buffer.getvalue()


# What an index may rebuild: the value objects, and the containers they are made of.
_ALLOWED_MODULES = frozenset({"yiju.models"})
_ALLOWED_BUILTINS = frozenset({"tuple", "list", "dict", "set", "frozenset"})


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module in _ALLOWED_MODULES or (module == "builtins" and name in _ALLOWED_BUILTINS):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"the index may not build {module}.{name}")


def loads(data: bytes) -> Any:
    """Return a parsed object from its stored form; only `yiju.models` classes are built.

    Raises:
        pickle.UnpicklingError: The data names any other class.
    """
    return _Unpickler(io.BytesIO(bytes(data))).load()
