"""The corpus index: every form of an office in one database, queried without re-reading files.

`update_index(store, paths)` reads new and changed files into the index (SQLite by default,
PostgreSQL through a URL) and drops removed ones; `open_index(db)` returns a `Corpus` whose
questions are answered from it, equal to the in-memory answers on the same files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from yiju.index.corpus import IndexCorpus
from yiju.index.store import IndexStoreError, Store, connect, is_url

if TYPE_CHECKING:
    from yiju.index.build import IndexReport, update_index

__all__ = [
    "DEFAULT_DB",
    "IndexCorpus",
    "IndexReport",
    "IndexStoreError",
    "Store",
    "connect",
    "find_index",
    "is_url",
    "open_index",
    "update_index",
]

#: The index `yiju index` writes when no `--db` is given, in the working directory.
DEFAULT_DB = "yiju.db"

# Where a query command looks for an index when given neither files nor --db, in this order.
_FOUND_AT = (Path(DEFAULT_DB), Path(".yiju") / DEFAULT_DB)


def __getattr__(name: str) -> Any:
    """Import the index's writer (`update_index`, `IndexReport`) on first use: a query only
    reads, and need not pay for hashing and the build's imports on every start."""
    if name in ("IndexReport", "update_index"):
        from yiju.index import build  # noqa: PLC0415  # lazy: see the docstring

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find_index(directory: Path | None = None) -> Path | None:
    """Return the index in `directory` (default: the working directory): `yiju.db`, else `.yiju/yiju.db`."""
    base = directory or Path()
    return next((base / p for p in _FOUND_AT if (base / p).is_file()), None)


def open_index(db: str | Path = DEFAULT_DB, *, include_hidden: bool = False) -> IndexCorpus:
    """Open an index built by `yiju index` (a SQLite file or a PostgreSQL URL) as a `Corpus`.

    Raises:
        IndexStoreError: No index there, or not one of this version.
    """
    from yiju.index import schema  # noqa: PLC0415

    store = connect(db)
    found = store.values("SELECT value FROM meta WHERE key = 'schema'") if _has_meta(store) else []
    if found != [schema.SCHEMA_VERSION]:
        store.close()
        raise IndexStoreError(f"{db}: 不是本版本的 yiju 索引；请用 yiju index 重新建立")
    return IndexCorpus(store, include_hidden=include_hidden)


def _has_meta(store: Store) -> bool:
    if store.dialect == "sqlite":
        return bool(store.values("SELECT COUNT(*) FROM sqlite_master WHERE name = 'meta'")[0])
    return bool(store.values("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'meta'")[0])
