"""Matching brackets, for readers that peel a bracket off the end of a text.

A citation's title ends with 》 and a task's owners with ）; either may hold brackets of its
own (`《关于〈条例〉的说明》`, `（各县（市、区）政府负责）`), so the opening bracket is found by
counting nesting from the end, not by the last opening bracket in the text.
"""

from __future__ import annotations

__all__ = ["matching_open"]


def _rfind_any(text: str, chars: str, end: int) -> int:
    """Return the last index before `end` of any of `chars`, -1 when there is none."""
    if len(chars) == 1:
        return text.rfind(chars, 0, end)
    return max(text.rfind(c, 0, end) for c in chars)


def matching_open(text: str, close_pos: int, opening: str = "《", closing: str = "》") -> int | None:
    """Return the index of the bracket that opens the one at `close_pos`, None if unbalanced.

    `opening` and `closing` are the characters that count as opening and closing brackets
    (`"（("` and `"）)"` let a full-width bracket close an ASCII one, as typists mix them).

    >>> matching_open("《关于〈条例〉的说明》", 10, "《〈", "》〉")
    0
    >>> matching_open("推进（各县（市、区）政府负责）", 14, "（(", "）)")
    2
    >>> matching_open("推进市、区）", 5, "（(", "）)") is None
    True
    """
    # Jump from bracket to bracket with `str.rfind` (C), not character by character.
    depth = 0
    close_at, open_at = close_pos, _rfind_any(text, opening, close_pos)
    while open_at != -1:
        if close_at != -1 and close_at > open_at:
            depth += 1
            close_at = _rfind_any(text, closing, close_at)
        else:
            depth -= 1
            if depth == 0:
                return open_at
            open_at = _rfind_any(text, opening, open_at)
    return None
