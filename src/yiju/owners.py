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
from yiju.families import header_role, surnames
from yiju.normalize import clean_name

__all__ = [
    "is_organ",
    "is_person_name",
    "owners_in_text",
    "split_lead_units",
    "split_outside_brackets",
    "split_people",
    "split_units",
    "strip_duty",
]

# `〈〉` too: a unit's gloss is sometimes printed in angle brackets (`各区人民政府〈含开发区、风景区〉`).
_OPEN = "（(【[〔〈<"
_CLOSE = "）)】]〕〉>"


def split_outside_brackets(text: str, separators: str) -> list[str]:
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
    if pat.NO_OWNER.match("".join(text.split())):
        return ()
    names: list[str] = []
    for part in split_outside_brackets(text, "、，,/／;；\n"):
        names.extend(clean_name(t) for t in _glue_padding(part.split()))
    names = [n for n in names if n and not pat.NO_OWNER.match(n) and not pat.PHONE.match(n)]
    names = [pat.TRAILING_PHONE.sub("", n) or n for n in names]
    return tuple(_without_posts(names))


def _without_posts(names: list[str]) -> list[str]:
    """Drop leaders' posts beside their names (`副市长 张伟`, `张伟（副区长）`, `副市长张伟` → 张伟).

    A cell that names posts only (`分管副区长`) keeps them: the post is then who is meant.
    """
    out: list[str] = []
    for name in names:
        body = pat.TRAILING_PARENTHETICAL.sub("", name)
        posts = [p for p in pat.NAME_SPLIT.split(name[len(body) :].strip("（()）")) if p]
        if body != name and is_person_name(body) and posts and all(pat.LEADER_POST.match(p) for p in posts):
            name = body  # noqa: PLW2901  # 张伟（副区长）, 张伟（区委常委、常务副区长） are 张伟
        for cut in range(len(name) - 2, 0, -1):
            if pat.LEADER_POST.match(name[:cut]) and is_person_name(name[cut:]):
                name = name[cut:]  # noqa: PLW2901  # 副市长张伟 is 张伟
                break
        out.append(name)
    people = [n for n in out if not pat.LEADER_POST.match(n)]
    return people or out


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
    if pat.NO_OWNER.match("".join(text.split())):
        return ()
    units: list[str] = []
    for part in split_outside_brackets(text, "、，,；;/／"):
        lines = [line.strip() for line in split_outside_brackets(part, "\n") if line.strip()]
        joined: list[str] = []
        for line in lines:
            if joined and _continues(joined[-1], line):
                joined[-1] += line
            else:
                joined.append(line)
        for piece in joined:
            units.extend(clean_name(t) for t in _glue_padding(_split_words(piece)))
    out: list[str] = []
    for unit in units:
        name = strip_duty(unit)[0]
        if name and not pat.NO_OWNER.match(name):
            out.extend(_split_joined(name))
    return tuple(out)


def _split_joined(unit: str) -> list[str]:
    """Split `市级各有关部门及各县市区政府` at 及 (和, 与, 以及) where both sides are units."""
    for found in pat.UNIT_AND.finditer(unit):
        before, after = unit[: found.start()], unit[found.end() :]
        if before and after and is_organ(before) and is_organ(after) and len(before) >= 2 and len(after) >= 2:
            return [strip_duty(before)[0], *_split_joined(after)]
    return [unit]


def strip_duty(unit: str) -> tuple[str, bool]:
    """Return a unit without the duty written after it, and whether the duty was to lead.

    >>> strip_duty("市场监管总局牵头"), strip_duty("自然资源部等按职责分工负责")
    (('市场监管总局', True), ('自然资源部', False))
    >>> strip_duty("市发改委（牵头）")
    ('市发改委', True)
    """
    found = pat.UNIT_DUTY.search(unit)
    if found is None or found.start() == 0:
        return unit, False
    return unit[: found.start()], bool(found.group("lead") or found.group("blead"))


def _duty(part: str) -> str | None:
    """Return what a part of a units cell says its units do: lead, partner, share, or None."""
    found = pat.UNIT_DUTY.search(part.strip())
    if found is None or found.start() == 0:
        return None
    if found.group("lead") or found.group("blead"):
        return "lead"
    if found.group("partner") or found.group("bpartner"):
        return "partner"
    return "share"


@lru_cache(maxsize=8192)
def split_lead_units(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a units cell that says who leads: (lead units, the others), else ((all), ()).

    `X牵头，Y按职责分工负责`: X leads, Y shares; `X负责，Y配合`: X leads, Y assists;
    `X（牵头）、Y`: X leads; `X、Y配合`: no lead, X and Y assist. Without a word of who leads or
    assists, every unit is a lead.

    >>> split_lead_units("市场监管总局牵头，国务院有关部门按职责分工负责")
    (('市场监管总局',), ('国务院有关部门',))
    >>> split_lead_units("区发改局负责，区财政局、区商务局配合")
    (('区发改局',), ('区财政局', '区商务局'))
    >>> split_lead_units("市发改委（牵头）、市财政局")
    (('市发改委',), ('市财政局',))
    """
    if pat.UNIT_LABEL.search(text) is not None:
        return _labelled_units(text)
    if pat.UNIT_DUTY.search(text) is None and "牵头" not in text and "配合" not in text:
        return split_units(text), ()
    marked = pat.UNIT_MARKED.sub(lambda m: f"，{m.group(1)}，", text)
    kinds: dict[str, list[str]] = {"lead": [], "partner": [], "share": []}
    for part in split_outside_brackets(marked, "，,；;。\n"):
        if not part.strip():
            continue
        kind = _duty(part) or "share"
        kinds[kind].extend(n for n in split_units(part) if n not in kinds[kind])
    leads, partners, shared = kinds["lead"], kinds["partner"], kinds["share"]
    if leads:
        return tuple(leads), tuple(dict.fromkeys(partners + shared))
    if partners:
        # `X负责，Y配合`: X leads; `X、Y配合` alone: they help, nobody named leads.
        return tuple(shared), tuple(partners)
    return split_units(text), ()


def _labelled_units(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split `牵头单位：X；配合单位：Y` (or `主办：X 协办：Y`) into (leads, partners).

    A 责任单位 label beside a lead names those who share its work (partners); alone, it leads.
    """
    labels = list(pat.UNIT_LABEL.finditer(text))
    kinds: dict[str, list[str]] = {"lead": [], "partner": [], "share": []}
    head = text[: labels[0].start()]
    if head.strip():
        kinds["share"].extend(split_units(head))
    for index, found in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        kind = next(k for k, v in found.groupdict().items() if v is not None)
        kinds[kind].extend(u for u in split_units(text[found.end() : end]) if u not in kinds[kind])
    if kinds["lead"]:
        return tuple(kinds["lead"]), tuple(dict.fromkeys(kinds["partner"] + kinds["share"]))
    return tuple(kinds["share"]), tuple(kinds["partner"])


def _split_words(piece: str) -> list[str]:
    """Split one line at spaces outside brackets; a parenthetical after a space stays attached."""
    words = [w for w in split_outside_brackets(piece, " \t") if w]
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


# Roles a label inside a task's text may give (`牵头单位：…`, `完成时限：…`).
_TEXT_ROLES = frozenset({"departments", "partners", "leaders", "people", "deadline"})


def owners_in_text(text: str) -> tuple[str, dict[str, list[str]]]:
    """Return a task's text without the owners written into it, and those owners by role.

    National and provincial lists put the owners at the end of the task, in brackets
    (`…清单管理。（国务院办公厅牵头，各有关部门按职责分工负责）`); county lists write labelled
    clauses or lines (`…增长6%。\\n牵头单位：区发改局\\n责任单位：各街道`). A bracketed tail is
    owners only when it reads so: a duty word (牵头, 负责, 配合), or units that are plainly
    organs (two or more, or one with a region before it): `（医院）` stays in the text.

    >>> owners_in_text("推进政务服务“跨省通办”（国务院办公厅牵头，各有关部门按职责分工负责）")
    ('推进政务服务“跨省通办”', {'departments': ['国务院办公厅牵头，各有关部门按职责分工负责']})
    >>> owners_in_text("地区生产总值增长6%。\\n牵头单位：区发改局\\n责任单位：各街道")
    ('地区生产总值增长6%。', {'departments': ['区发改局'], 'partners': ['各街道']})
    """
    labels = [m for m in pat.OWNER_LABEL.finditer(text) if header_role(m.group("label")) in _TEXT_ROLES]
    found: dict[str, list[str]] = {}
    if labels:
        roles = [header_role(m.group("label")) or "" for m in labels]
        for index, m in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
            value = text[m.end() : end].strip().rstrip("。；;，,）)").strip()
            role = roles[index]
            if role == "departments" and "departments" in roles[:index]:
                role = "partners"  # 牵头单位：X 责任单位：Y — Y shares the lead's work
            if value:
                found.setdefault(role, []).append(value)
        head = text[: labels[0].start()].rstrip()
        return head.removesuffix("（").removesuffix("(").rstrip(), found
    tail = pat.OWNER_TAIL.search(text)
    if tail is not None and _reads_as_owners(tail.group("body")):
        return text[: tail.start()].rstrip(), {"departments": [tail.group("body").strip()]}
    return text, {}


def _reads_as_owners(body: str) -> bool:
    leads, others = split_lead_units(body)
    units = leads + others
    if not units or not all(is_organ(u) for u in units):
        return False
    if pat.UNIT_DUTY.search(body) is not None or "牵头" in body:
        return True
    # Without a duty word: units of three characters or more (`（市、县）` is no owner), each
    # starting with a region (`各街道`, `市住建局`) or ending like an office (`国家发展改革委`).
    return all(
        len(u) >= 3 and (pat.REGION_START.match(u) is not None or pat.OWNER_ALONE.match(u) is not None)
        for u in units
    )
