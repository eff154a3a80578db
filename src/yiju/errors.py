"""Exceptions that stop a run. Odd data is never an exception: it is a `Finding`."""

from __future__ import annotations

__all__ = ["NoMatchError", "ReadError", "YijuError"]


class YijuError(Exception):
    """Base of every error the CLI turns into a one-line message."""


class ReadError(YijuError):
    """A file that cannot be read as a form; the CLI prints `path: reason` and exits 2."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NoMatchError(YijuError):
    """A query that matched nothing; carries the nearest candidates for the message (exit 1)."""

    def __init__(self, query: str, candidates: tuple[str, ...] = ()) -> None:
        hint = f"; nearest: {', '.join(candidates)}" if candidates else ""
        super().__init__(f"nothing matches {query!r}{hint}")
        self.query = query
        self.candidates = candidates
