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

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from yiju import patterns as pat
from yiju.brackets import matching_open
from yiju.families import header_role, surnames
from yiju.normalize import clean_name

if TYPE_CHECKING:
    import regex

__all__ = [
    "first_listed_leads",
    "is_deadline",
    "is_organ",
    "is_person_name",
    "label_role",
    "owners_in_text",
    "partners_in_note",
    "says_first_listed_leads",
    "split_lead_units",
    "split_leaders_cell",
    "split_outside_brackets",
    "split_people",
    "split_units",
    "starts_with_owner_label",
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
    >>> split_units("滁州经开区管委会等，各县、市、区政府")
    ('滁州经开区管委会', '各县、市、区政府')
    """
    if pat.NO_OWNER.match("".join(text.split())):
        return ()
    # `各县、市、区政府` is one unit: its 、 are kept from the split (and given back below).
    text = pat.UNIT_LEVEL_LIST.sub(lambda m: m.group().replace("、", _LEVEL_JOIN), text)
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
        # A list closing a sentence (`…各县、市、区政府。`): the 。 ends the sentence, not the name.
        name = strip_duty(unit.strip(pat.LEAD_STAR_MARKS).rstrip("。"))[0]
        name = pat.BUDGET_CODE.sub("", name)  # `820001-井研县马踏镇人民政府`: a budget code, no name
        if name and not pat.NO_OWNER.match(name):
            out.extend(u.replace(_LEVEL_JOIN, "、") for j in _split_joined(name) for u in _split_glued(j))
    return tuple(out)


def _split_glued(unit: str) -> list[str]:
    """Split two units run together with nothing between them: `市行政审批局市司法局`.

    A copy that lost the line break between two lines of a units cell writes them as one word.
    Split after a unit's closing word where what follows starts with the jurisdiction word the
    cell starts with and both sides are units of four characters or more.

    >>> _split_glued("市行政审批局市司法局"), _split_glued("市委组织部"), _split_glued("县委县政府")
    (['市行政审批局', '市司法局'], ['市委组织部'], ['县委县政府'])
    """
    for found in pat.GLUED_UNIT.finditer(unit):
        before, after = unit[: found.start()], unit[found.start() :]
        if (
            len(before) >= 4
            and len(after) >= 4
            and after[0] == before[0]
            and is_organ(before)
            and is_organ(after)
        ):
            return [before, *_split_glued(after)]
    return [unit]


# Stands for the 、 inside `各县、市、区政府` while a units cell is split (a private-use character).
_LEVEL_JOIN = "\ue000"


def _split_joined(unit: str) -> list[str]:
    """Split `市级各有关部门及各县市区政府` at 及 (和, 与, 以及) where both sides are units; and
    `市自然资源规划局等市级有关部门` at 等 before the others concerned."""
    joins = sorted([*pat.UNIT_AND_OTHERS.finditer(unit), *pat.UNIT_AND.finditer(unit)], key=_start)
    for found in joins:
        before, after = unit[: found.start()], unit[found.end() :]
        if before and after and is_organ(before) and is_organ(after) and len(before) >= 2 and len(after) >= 2:
            return [strip_duty(before)[0], *_split_joined(after)]
    return [unit]


def _start(found: regex.Match[str]) -> int:
    return found.start()


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
    if any(mark in text for mark in pat.LEAD_STAR_MARKS):
        text = _stars_as_leads(text)
    if pat.UNIT_LABEL.search(text) is not None:
        return _labelled_units(text)
    if pat.UNIT_DUTY.search(text) is None and "牵头" not in text and "配合" not in text:
        return split_units(text), ()
    marked = _cut_marked(text)
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


def _cut_marked(text: str) -> str:
    """Set a unit with its own bracketed duty apart with commas: `X（牵头）、Y` → `，X（牵头），Y`.

    >>> _cut_marked("各县（市、区）人民政府（牵头）、市财政局")
    '，各县（市、区）人民政府（牵头），市财政局'
    """
    out: list[str] = []
    depth = start = 0
    for i, ch in enumerate(f"{text}\n"):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "、，,；;\n":
            piece = text[start:i]
            if pat.UNIT_MARKED.search(piece):
                out.append(f"，{piece.strip()}，")
            else:
                out.append(piece + (ch if i < len(text) else ""))
            start = i + 1
    return "".join(out)


def _stars_as_leads(text: str) -> str:
    """Write a star or asterisk beside a unit (`区教育局★`, `★区住建局`, `区城管局*`) as `（牵头）`.

    >>> _stars_as_leads("★区住建局、各街道办事处")
    '区住建局（牵头）、各街道办事处'
    """
    text = pat.LEAD_STAR_AFTER.sub("（牵头）", text)
    return pat.LEAD_STAR_BEFORE.sub(lambda m: f"{m.group('name').rstrip()}（牵头）", text)


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


# ------------------------------------------------------------------ owners written in text
# One reader for owners written into a task's text, used by the table reader (`yiju.items`, for a
# row whose owner columns are empty or missing) and by the prose reader (`readers/prose.py`,
# for a task list printed as the notice's own paragraphs).

# Roles a label inside a task's text may give (`牵头单位：…`, `完成时限：…`).
_TEXT_ROLES = frozenset({"departments", "partners", "leaders", "people", "deadline"})
# The brackets an owners' tail is written in; typists mix full-width and ASCII ones, and
# some lists close each task with `〔责任单位：…〕` (四川 2022) or `【责任单位：…】`.
_TAIL_OPEN = "（(〔【"
_TAIL_CLOSE = "）)〕】"
# Roles whose labelled value is a list of units or people (a sentence after it is a note).
_LISTED_ROLES = frozenset({"departments", "partners", "lead", "leaders", "people"})
# What may stand after the owners' bracket at a task's end, and after a label's value.
_TAIL_PUNCTUATION = " \t\n。；;，,."


def label_role(label: str) -> str | None:
    """Return the role a label in a task's text gives (`lead` for 牵头单位, 主办单位), else None.

    A label counts when it is a column alias of an owner or a deadline (`yiju.families`), so
    the words a table may head its columns with are the words its cells may label with.

    >>> label_role("牵头单位"), label_role("责任单位"), label_role("完成时限"), label_role("电话")
    ('lead', 'departments', 'deadline', None)
    """
    role = header_role(label)
    if role == "departments" and pat.OWNER_LEAD_LABEL.match(label):
        return "lead"
    return role if role in _TEXT_ROLES else None


def starts_with_owner_label(text: str) -> bool:
    """Return True when `text` opens with a label of owners or a deadline (`责任单位：…`)."""
    found = pat.OWNER_LABEL.match(text.lstrip())
    return found is not None and label_role(found.group("label")) is not None


def owners_in_text(text: str, more: Sequence[str] = ()) -> tuple[str, dict[str, list[str]]]:
    """Return a task's text without the owners written into it, and those owners by role.

    National and provincial lists put the owners at the end of the task, in brackets
    (`…清单管理。（国务院办公厅牵头，各有关部门按职责分工负责）`), possibly with a deadline
    (`（市发改委牵头，2022年底前完成）`) or in brackets of their own; county lists write labelled
    clauses or lines (`…增长6%。\\n牵头单位：区发改局\\n责任单位：各街道`). `more` are labelled
    lines printed after the task (a prose list's `责任单位：…` lines), read like the text's own.

    Roles: `departments` (as written, for `split_lead_units`), `partners`, `leaders`, `people`,
    `deadline`, `note`. Beside a lead label (`牵头单位：X；责任单位：Y`) the 责任单位 are partners.
    A bracketed tail is owners only when it reads so (`_reads_as_owners`): `（医院）`,
    `（含个体工商户）`, `（试行）` stay in the text.

    >>> owners_in_text("推进政务服务“跨省通办”（国务院办公厅牵头，各有关部门按职责分工负责）")
    ('推进政务服务“跨省通办”', {'departments': ['国务院办公厅牵头，各有关部门按职责分工负责']})
    >>> owners_in_text("地区生产总值增长6%。\\n牵头单位：区发改局\\n责任单位：各街道")
    ('地区生产总值增长6%。', {'departments': ['区发改局'], 'partners': ['各街道']})
    >>> owners_in_text("推广电子证照（市数据局牵头，2022年底前完成）")
    ('推广电子证照', {'deadline': ['2022年底前完成'], 'departments': ['市数据局牵头']})
    """
    rest, owners = _peel_brackets(text)
    body, inline = _labels(rest)
    for line in more:
        for role, values in _labels(line)[1].items():
            inline.setdefault(role, []).extend(values)
    for role, values in inline.items():
        owners.setdefault(role, values)  # a bracket's owners win over a label's of one role
    return body.rstrip(), _fold_lead(owners)


def _labels(text: str) -> tuple[str, dict[str, list[str]]]:
    """Split `…。责任单位：X；完成时限：Y` into the text before the labels and role → values.

    After an owner's label, a progress label (`项目责任人:尹文德 实际完成情况:…已通车试运营。`,
    宁波 2014) ends the value before it and gives the task's note; before any, it is text.
    """
    found: list[tuple[regex.Match[str], str]] = []
    for m in pat.OWNER_LABEL.finditer(text):
        role = label_role(m.group("label"))
        if role is None and found and header_role(m.group("label")) == "note":
            role = "note"
        if role is not None:
            found.append((m, role))
    if not found:
        return text, {}
    out: dict[str, list[str]] = {}
    for index, (match, role) in enumerate(found):
        stop = found[index + 1][0].start() if index + 1 < len(found) else len(text)
        value = _trim_value(text[match.end() : stop])
        if role in _LISTED_ROLES:
            value, remark = _value_and_remark(value)
            if remark:
                out.setdefault("note", []).append(remark)
        if role in _UNIT_ROLES:
            value, figures = _units_and_figures(value)
            if figures:
                out.setdefault("note", []).append(figures)
        if value:
            out.setdefault(role, []).append(value)
    head = text[: found[0][0].start()].rstrip()
    # `…（牵头单位：X；责任单位：Y` whose bracket did not close: the bracket is the labels'.
    return head.removesuffix("（").removesuffix("(").rstrip(), out


def _value_and_remark(value: str) -> tuple[str, str]:
    """Split a labelled owners' value at a sentence's end when what follows names no owners.

    `省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同`:
    the units end at the 。; the sentence after it is a remark on them, kept as the task's note.

    >>> _value_and_remark("省市场监管局按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同")
    ('省市场监管局按职责分工负责', '具体任务均涉及相关市(州)人民政府,不再做分工,下同')
    >>> _value_and_remark("区发改局。区财政局")
    ('区发改局。区财政局', '')
    """
    parts = split_outside_brackets(value, "。")
    if len(parts) < 2:
        return value, ""
    head, rest = parts[0].rstrip(), "。".join(parts[1:]).strip()
    if not head or not rest:
        return value, ""
    units = split_units(rest)
    if units and all(is_organ(u) for u in units):
        return value, ""
    return head, rest


# Roles whose labelled value is a list of units.
_UNIT_ROLES = frozenset({"departments", "partners", "lead"})
# Bare numbers after a units' label that make the words after the units a table's figures.
_FIGURES = 3


def _units_and_figures(value: str) -> tuple[str, str]:
    """Split a labelled units' value where a table of figures flattened into it begins.

    `市公安局、市城管局,各区政府 鄞州 海曙、江东、江北 … 合计 新辟线路年度目标 2 5 1 2 10 …`
    (宁波 2014: the districts' figures printed under the partners): the units end at the first
    word, after a space, that is no organ, when bare numbers follow; the rest is the task's note.

    >>> _units_and_figures("市公安局、市城管局,各区政府 鄞州 镇海 合计 新辟线路年度目标 2 1 3")
    ('市公安局、市城管局,各区政府', '鄞州 镇海 合计 新辟线路年度目标 2 1 3')
    >>> _units_and_figures("市发改委 市财政局")
    ('市发改委 市财政局', '')
    """
    words = [w for w in split_outside_brackets(value, " \t\n") if w]
    if len(words) <= _FIGURES or sum(1 for w in words if pat.PLAIN_NUMBER.match(w)) < _FIGURES:
        return value, ""
    for index, word in enumerate(words):
        units = split_units(word)
        if not units or not all(is_organ(u) for u in units):
            if index == 0:
                return value, ""
            return " ".join(words[:index]), " ".join(words[index:])
    return value, ""


def _trim_value(value: str) -> str:
    """Return a label's value without the punctuation after it and a bracket left unclosed."""
    value = value.strip().rstrip(_TAIL_PUNCTUATION)
    while value and value[-1] in _TAIL_CLOSE:
        if matching_open(value, len(value) - 1, _TAIL_OPEN, _TAIL_CLOSE) is not None:
            break
        value = value[:-1].rstrip(_TAIL_PUNCTUATION)
    return value


def _peel_brackets(text: str) -> tuple[str, dict[str, list[str]]]:
    """Peel the brackets naming owners or a deadline off the end of a task's text.

    `…清单管理。（市政府办公室牵头，2022年10月底前完成）` → the text, {departments: [市政府办公室牵头],
    deadline: [2022年10月底前完成]}. A bracket of anything else (`（试行）`, a citation) stops the
    peeling and stays in the text. Brackets nest (`各县（市、区）政府负责`).
    """
    owners: dict[str, list[str]] = {}
    rest = text
    while True:
        stripped = rest.rstrip(_TAIL_PUNCTUATION)
        if not stripped or stripped[-1] not in _TAIL_CLOSE:
            break
        opener = matching_open(stripped, len(stripped) - 1, _TAIL_OPEN, _TAIL_CLOSE)
        if opener is None:
            break
        read = _bracket(stripped[opener + 1 : -1].strip())
        if read is None:
            break
        for role, values in read.items():
            owners[role] = values + owners.get(role, [])
        rest = stripped[:opener]
    return (rest if owners else text), owners


def _bracket(content: str) -> dict[str, list[str]] | None:
    """Return what a closing bracket names (owners, deadline), or None for anything else."""
    if not content:
        return None
    before, labelled = _labels(content)
    if labelled:
        # `（预期性指标，牵头单位：市发改委；责任单位：…）`: the words before the labels are a
        # deadline when they read as one, else a note on the task.
        lead_in = before.strip("，,；;。 ")
        if lead_in:
            labelled.setdefault("deadline" if is_deadline(lead_in) else "note", [lead_in])
        return labelled
    pieces = [p.strip() for p in split_outside_brackets(content, "，,；;") if p.strip()]
    deadlines = [p for p in pieces if is_deadline(p)]
    others = [p for p in pieces if p not in deadlines]
    read: dict[str, list[str]] = {}
    if deadlines:
        read["deadline"] = ["，".join(deadlines)]
    if others:
        owners = "，".join(others)
        if not _reads_as_owners(owners):
            return None
        # `（市应急局、市工信局配合）` names partners only: the task has no lead (C02 says so).
        helps = pat.OWNER_PARTNER_WORD.search(owners) is not None
        helps = helps and pat.OWNER_LEAD_WORD.search(owners) is None
        read["partners" if helps else "departments"] = [owners]
    return read


def is_deadline(piece: str) -> bool:
    """Return True for `2022年6月底前完成`, `持续推进`, `年底前` — not for a bare `完成`.

    >>> is_deadline("2022年6月底前完成"), is_deadline("持续推进"), is_deadline("完成")
    (True, True, False)
    """
    squeezed = "".join(piece.split())
    found = pat.OWNER_DEADLINE.match(squeezed)
    return found is not None and bool(squeezed.removesuffix(found.group("verb") or ""))


def _reads_as_owners(body: str) -> bool:
    """Return True when a bracket's words are owners: organs, with a duty word or plainly so.

    With a duty word (牵头, 负责, 配合 …) every name must read as an organ. Without one, the
    names must be organs of three characters or more that open no aside (`（市、县）`,
    `（含开发区）` are no owners), and either two or more of them or each starting with a
    region (`各街道`, `市住建局`) or ending like an office (`国家发展改革委`): `（试点县）` stays.
    """
    leads, others = split_lead_units(body)
    units = leads + others
    if not units or not all(is_organ(u) for u in units):
        return False
    if pat.OWNER_DUTY.search(body) is not None:
        return True
    if not all(len(u) >= 3 and pat.OWNER_ASIDE.match(u) is None for u in units):
        return False
    return len(units) >= 2 or all(
        pat.REGION_START.match(u) is not None or pat.OWNER_OFFICE_END.search(u) is not None for u in units
    )


def _fold_lead(owners: dict[str, list[str]]) -> dict[str, list[str]]:
    """Name the lead units `departments`; beside a lead, the responsible units are partners."""
    lead = owners.pop("lead", None)
    if lead is None:
        return owners
    shared = owners.pop("departments", None)
    if shared:
        owners["partners"] = shared + owners.get("partners", [])
    return {"departments": lead, **owners}


# ------------------------------------------------------------------ owners in other columns


def split_leaders_cell(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a leaders cell into its people and the units written with them.

    A column headed `责任领导及单位` (or a leaders column a typist filled so) puts each leader and
    the unit they answer for in one cell: `张伟\\n县住建局`, `李军、王平\\n县商务局、县交通运输局`,
    `陈刚 县财政局`, `常务副县长 郑宏\\n县应急管理局`. A name that reads as an organ (`县住建局`,
    four characters or more, or a region before it, or an office's ending) is a unit; the rest
    are people, their posts dropped as `split_people` drops them.

    >>> split_leaders_cell("刘洋（副县长）\\n县农业农村局")
    (('刘洋',), ('县农业农村局',))
    >>> split_leaders_cell("张伟、李军")
    (('张伟', '李军'), ())
    """
    names = split_people(text)
    units = tuple(n for n in names if _names_a_unit(n))
    if not units:
        return names, ()
    return tuple(n for n in names if n not in units), units


def _names_a_unit(name: str) -> bool:
    if not is_organ(name) or is_person_name(name):
        return False
    return (
        len(name) >= 4
        or pat.REGION_START.match(name) is not None
        or pat.OWNER_OFFICE_END.search(name) is not None
    )


def partners_in_note(text: str) -> tuple[str, ...]:
    """Return the units a 备注 cell names as helping (`县发改局配合`), else ().

    Only a note that is nothing but units and a partner's duty counts: `需市财政局配合资金`
    or `已列入省重点项目` names no partners.

    >>> partners_in_note("县公安局、县交通运输局配合。"), partners_in_note("已列入省重点项目")
    (('县公安局', '县交通运输局'), ())
    """
    body = text.strip().rstrip(_TAIL_PUNCTUATION)
    if (
        not body
        or pat.OWNER_PARTNER_WORD.search(body) is None
        or pat.OWNER_LEAD_WORD.search(body) is not None
        or not _reads_as_owners(body)
    ):
        return ()
    leads, partners = split_lead_units(body)
    return () if leads else partners


# ------------------------------------------------------------------ the first listed unit leads


def says_first_listed_leads(texts: Iterable[str]) -> bool:
    """Return True when a text states that the unit listed first leads (`列第一位的为牵头单位`).

    A notice says so once, above or below its table (杭州市 2020: "责任分解中，列第一位的责任
    单位为牵头单位"); the cheap test for 第一/首位/最前 comes before the pattern.
    """
    cheap = ("第一", "首位", "最前")
    return any(any(w in v for w in cheap) and pat.FIRST_LISTED_LEADS.search(v) is not None for v in texts)


def first_listed_leads(
    leads: tuple[str, ...], partners: tuple[str, ...], cells: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Apply the notice's rule that the first listed unit leads to one task's owners.

    Only where the owners' cells mark no lead (`牵头`) and name no partners: the first unit
    leads and the others assist. Else the owners stay as read.

    >>> first_listed_leads(("市建委", "市规划资源局"), (), ["市建委、市规划资源局"])
    (('市建委',), ('市规划资源局',))
    """
    if len(leads) > 1 and not partners and not any("牵头" in c for c in cells):
        return leads[:1], leads[1:]
    return leads, partners
