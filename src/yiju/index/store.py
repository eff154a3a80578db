"""One connection to an index database: SQLite (a file, the default) or PostgreSQL (a URL).

The index's SQL is written once, with `?` placeholders and portable types; `Store` turns it
into each database's dialect (`%s` placeholders, `BYTEA` for `BLOB`) and adds what only one
of them has: SQLite's WAL journal and FTS5 trigram table, PostgreSQL's `pg_trgm` index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from yiju.errors import YijuError

__all__ = ["IndexStoreError", "Store", "connect", "is_url"]


class IndexStoreError(YijuError):
    """An index that cannot be opened or written (wrong file, server refusing, old schema)."""


def is_url(db: str | Path) -> bool:
    """Return True for a PostgreSQL URL (`postgresql://…`, `postgres://…`)."""
    return str(db).startswith(("postgresql://", "postgres://"))


class Store:
    """A connection with the index's dialect; every statement is written SQLite-style."""

    def __init__(self, connection: Any, dialect: str, name: str) -> None:
        """Wrap an open DB-API connection of `dialect` (`sqlite` or `postgresql`)."""
        self.connection = connection
        self.dialect = dialect
        self.name = name

    def _sql(self, sql: str) -> str:
        if self.dialect == "postgresql":
            return sql.replace("?", "%s").replace(" BLOB", " BYTEA")
        return sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; return its cursor."""
        cursor = self.connection.cursor()
        cursor.execute(self._sql(sql), tuple(params))
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each row."""
        cursor = self.connection.cursor()
        cursor.executemany(self._sql(sql), [tuple(r) for r in rows])

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Return every row of a query."""
        return [tuple(r) for r in self.execute(sql, params).fetchall()]

    def values(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Return the first column of every row of a query."""
        return [r[0] for r in self.execute(sql, params).fetchall()]

    def ordered(self, column: str) -> str:
        """Return `column` for ORDER BY in code-point order, as Python sorts strings.

        SQLite compares text byte by byte (UTF-8 keeps code-point order); PostgreSQL by the
        database's collation unless told `COLLATE "C"`.
        """
        return f'{column} COLLATE "C"' if self.dialect == "postgresql" else column

    def in_list(self, values: Sequence[Any]) -> str:
        """Return `(?, ?, …)` for `values` (at least one placeholder, so `IN ()` is never written)."""
        return "(" + ", ".join("?" for _ in values or [None]) + ")"

    def commit(self) -> None:
        """Commit the open transaction."""
        self.connection.commit()

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()


def connect(db: str | Path, *, create: bool = False) -> Store:
    """Open an index: a SQLite file path, or a PostgreSQL URL.

    Args:
        db: `yiju.db`, `.yiju/yiju.db`, or `postgresql://user@host/dbname`.
        create: Create the SQLite file if missing (when indexing); a query on a missing
            file is an error instead.

    Raises:
        IndexStoreError: The file is missing (and not to be created), is not a database, or the
            server refuses the connection.
    """
    if is_url(db):
        try:
            import psycopg  # noqa: PLC0415  # only PostgreSQL users need it
        except ImportError:
            raise IndexStoreError(
                f"{db}: 需要 psycopg 才能连接 PostgreSQL（pip install 'yiju[postgres]'）"
            ) from None
        try:
            server = psycopg.connect(str(db))
        except psycopg.Error as exc:
            raise IndexStoreError(f"{db}: 无法连接 PostgreSQL：{str(exc).strip().splitlines()[0]}") from None
        return Store(server, "postgresql", str(db))
    path = Path(db)
    if not create and not path.is_file():
        raise IndexStoreError(f"{path}: 索引不存在（先运行 yiju index PATH... --db {path}）")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as exc:
        raise IndexStoreError(f"{path}: 不是 yiju 索引（{exc}）") from None
    return Store(connection, "sqlite", str(path))
