"""Exceptions that stop a run. Odd data is never an exception: it is a `Finding`."""

from __future__ import annotations

from yiju.messages import Said

__all__ = ["NoMatchError", "ReadError", "YijuError"]


class YijuError(Exception):
    """Base of every error the CLI turns into a one-line message.

    Given a `messages.Said`, the error's text is its English sentence and `said` keeps both
    (the CLI prints the chosen language's); given a str, `said` is None.
    """

    def __init__(self, *args: object) -> None:
        said = args[0] if args and isinstance(args[0], Said) else None
        super().__init__(*((said.en, *args[1:]) if said is not None else args))
        self.said = said


class ReadError(YijuError):
    """A file that cannot be read as a form; the CLI prints `path: reason` and exits 2."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NoMatchError(YijuError):
    """A query that matched nothing; carries the nearest candidates for the message (exit 1).

    The message quotes the query as written, in 「」 (no escapes for full-width spaces):
    `nothing matches 「泉委办〔2021〕3号」; nearest: 泉委办〔2021〕2号, …`. `reason` says why,
    when known (`not read as a document number: 2-digit year`); `note` replaces the whole
    message when the query did match, just not as asked (`王夏阳 is a 分管领导, not a 责任人`).
    """

    def __init__(
        self, query: str, candidates: tuple[str, ...] = (), *, reason: str | None = None, note: str = ""
    ) -> None:
        why = f" ({reason})" if reason else ""
        hint = f"; nearest: {', '.join(candidates)}" if candidates else ""
        super().__init__(note or f"nothing matches 「{query}」{why}{hint}")
        self.query = query
        self.candidates = candidates
        self.reason = reason
        self.note = note
