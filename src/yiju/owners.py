"""Owner cells as people write them: leaders' names and units' names.

A leaders cell holds one or two names separated by a line break, a run of spaces, 、 or a
comma, and two-character names are padded to the width of three (`李  军`, `王\\xa0\\xa0\\xa0平`:
the same people as 李军 and 王平). A units cell lists organs joined by 、 or line breaks,
where a line break may also fall inside one long name (`区自然\\n资源局`), and a unit may
carry a parenthetical (`古城保护项目协调服务指挥部（办公室设在东街街办）`) that belongs to it.
Readers have already turned NBSP and ideographic spaces into plain ones and stripped each
line of a cell (`normalize.clean_cell`), so these functions work from what is left: the
words themselves.
"""

from __future__ import annotations

from functools import lru_cache

from yiju import patterns as pat
from yiju.families import surnames
from yiju.normalize import clean_name

__all__ = ["is_organ", "is_person_name", "split_lead_units", "split_people", "split_units", "strip_duty"]

# `〈〉` too: a unit's gloss is sometimes printed in angle brackets (`各区人民政府〈含开发区、风景区〉`).
_OPEN = "（(【[〔〈<"
_CLOSE = "）)】]〕〉>"


def _split_outside_brackets(text: str, separators: str) -> list[str]:
    """Split at any of `separators` that is not inside brackets (`各县（市、区）政府` is one)."""
    parts: list[str] = []
    depth = start = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in separators:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _glue_padding(tokens: list[str]) -> list[str]:
    """Glue single characters a padded name was cut into: `李 军` → 李军, `李 军 王 平` → 李军, 王平.

    Two-character names are padded, so a run of single characters pairs up; an odd run of
    three is one three-character name written spaced out (`张 小 明`).
    """
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        if len(run) % 2 == 0:
            out.extend("".join(run[i : i + 2]) for i in range(0, len(run), 2))
        elif len(run) == 3:
            out.append("".join(run))
        else:
            out.append("".join(run))
        run.clear()

    for token in tokens:
        if len(token) == 1:
            run.append(token)
            continue
        flush()
        out.append(token)
    flush()
    return out


@lru_cache(maxsize=8192)
def split_people(text: str) -> tuple[str, ...]:
    """Split a leaders or persons cell into names.

    >>> split_people("李  军\\n王   平")
    ('李军', '王平')
    >>> split_people("张伟、刘洋")
    ('张伟', '刘洋')
    >>> split_people("李 军 王 平")
    ('李军', '王平')
    """
    names: list[str] = []
    for part in _split_outside_brackets(text, "、，,/／;；\n"):
        names.extend(clean_name(t) for t in _glue_padding(part.split()))
    return tuple(n for n in names if n)


def is_organ(text: str) -> bool:
    """Return True when a name reads as an organ or unit (ends 局, 办, 委, 中心, 街道 …)."""
    squeezed = "".join(text.split())
    body = pat.TRAILING_PARENTHETICAL.sub("", squeezed) or squeezed
    return pat.ORGAN_END.search(body) is not None


def is_person_name(text: str) -> bool:
    """Return True for a short Han name that starts with a family name and is not an organ.

    >>> is_person_name("张伟"), is_person_name("欧阳小明"), is_person_name("逐步提高")
    (True, True, False)
    """
    squeezed = "".join(text.split())
    if pat.PERSON_NAME.fullmatch(squeezed) is None or is_organ(squeezed):
        return False
    single, compound = surnames()
    if squeezed.startswith(compound):
        return len(squeezed) >= 3
    return (squeezed[0] in single and len(squeezed) <= 3) or (len(squeezed) == 4 and squeezed[:2] in compound)


@lru_cache(maxsize=8192)
def split_units(text: str) -> tuple[str, ...]:
    """Split a units cell into units.

    Units are separated by 、，,；; and spaces; a line break separates two units unless the
    line before it does not end like an organ (`区自然\\n资源局` is one unit) or the line
    after it is a parenthetical (`（办公室设在东街街办）`) or a short tail (`区委\\n组织部`).

    >>> split_units("区自然\\n资源局")
    ('区自然资源局',)
    >>> split_units("区文旅局\\n古城保护项目协调服务指挥部（办公室设在东街街办）")
    ('区文旅局', '古城保护项目协调服务指挥部（办公室设在东街街办）')
    >>> split_units("区发改局、区财政局")
    ('区发改局', '区财政局')
    """
    units: list[str] = []
    for part in _split_outside_brackets(text, "、，,；;/／"):
        lines = [line.strip() for line in _split_outside_brackets(part, "\n") if line.strip()]
        joined: list[str] = []
        for line in lines:
            if joined and _continues(joined[-1], line):
                joined[-1] += line
            else:
                joined.append(line)
        for piece in joined:
            units.extend(clean_name(t) for t in _glue_padding(_split_words(piece)))
    return tuple(u for u in (strip_duty(u)[0] for u in units) if u)


def strip_duty(unit: str) -> tuple[str, bool]:
    """Return a unit without the duty written after it, and whether the duty was to lead.

    >>> strip_duty("市场监管总局牵头"), strip_duty("自然资源部等按职责分工负责")
    (('市场监管总局', True), ('自然资源部', False))
    """
    found = pat.UNIT_DUTY.search(unit)
    if found is None or found.start() == 0:
        return unit, False
    return unit[: found.start()], found.group("lead") is not None


@lru_cache(maxsize=8192)
def split_lead_units(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a units cell that says who leads: (lead units, the others), else ((all), ()).

    `市场监管总局牵头，国务院有关部门按职责分工负责`: 市场监管总局 leads, the others share.

    >>> split_lead_units("市场监管总局牵头，国务院有关部门按职责分工负责")
    (('市场监管总局',), ('国务院有关部门',))
    """
    if "牵头" not in text:
        return split_units(text), ()
    leads: list[str] = []
    others: list[str] = []
    for part in _split_outside_brackets(text, "，,；;。\n"):
        names = split_units(part)
        if "牵头" in part:
            leads.extend(names)
        else:
            others.extend(names)
    return (tuple(leads), tuple(others)) if leads else (split_units(text), ())


def _split_words(piece: str) -> list[str]:
    """Split one line at spaces outside brackets; a parenthetical after a space stays attached."""
    words = [w for w in _split_outside_brackets(piece, " \t") if w]
    out: list[str] = []
    for word in words:
        if out and word[0] in _OPEN:
            out[-1] += word
        else:
            out.append(word)
    return out


def _continues(before: str, line: str) -> bool:
    """Return True when `line` continues the unit `before` broke off."""
    if line[0] in _OPEN:
        return True  # `（办公室设在…）` belongs to the unit above it
    if not is_organ(before):
        return True  # `区自然` is no unit yet: the name goes on
    return len(line) <= 3 and not pat.REGION_START.match(line) and is_organ(line)
