"""The families of responsibility tables, read from `data/families.toml`.

A performance office receives tables of several families (docs/families.md): the
performance-target form of the seed, task lists (分工方案), key-project lists, indicator
systems and KPI evaluation forms. Each names its columns its own way; which header words
mean which role, and which words in a title or a header row point to which family, is data.
This module loads it and answers two questions: which role a header cell names, and which
family a table belongs to.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from yiju import patterns as pat
from yiju.normalize import fold_width, to_simplified

__all__ = [
    "FAMILY_IDS",
    "GENERIC_ROLES",
    "HIERARCHY_FAMILIES",
    "LEVEL_ROLES",
    "ROLES",
    "Family",
    "detect_family",
    "families",
    "family",
    "fold_header",
    "header_role",
    "header_words",
    "role_by_ending",
    "surnames",
]

#: The family ids, in the order of docs/families.md (stable: JSON and truth files use them).
FAMILY_IDS: tuple[str, ...] = (
    "performance_form",
    "task_list",
    "project_list",
    "indicator_system",
    "kpi_evaluation",
)

#: Families whose value is the indicator hierarchy itself: the row's own cell is the item, the
#: cells merged over several rows are the levels above it.
HIERARCHY_FAMILIES: frozenset[str] = frozenset({"kpi_evaluation", "indicator_system"})

#: Level roles, top-down.
LEVEL_ROLES: tuple[str, ...] = ("level1", "level2", "level3", "level4")

#: Every column role; `extra` is what a column with no other role becomes.
ROLES: tuple[str, ...] = (
    "id",
    "category",
    *LEVEL_ROLES,
    "text",
    "detail",
    "basis",
    "weight",
    "deadline",
    "leaders",
    "departments",
    "partners",
    "people",
    "measure",
    "target_value",
    "nature",
    "note",
    "extra",
)

#: Roles a user may give with `--columns` (levels as `levels`, numbered in column order).
GENERIC_ROLES: tuple[str, ...] = (*(r for r in ROLES if not r.startswith("level")), "levels")

_DATA = "data/families.toml"


@dataclass(frozen=True, slots=True)
class Family:
    """One family: its name, how it is recognised, its own aliases and labels."""

    id: str
    name: str
    title_words: tuple[str, ...]
    header_words: tuple[str, ...]
    reader: str
    profile: str | None
    aliases: Mapping[str, tuple[str, ...]]
    groups: Mapping[str, str]
    group_aliases: Mapping[str, str]
    default_groups: Mapping[str, str]
    categories: tuple[str, ...]
    uncategorised: str
    score_words: tuple[str, ...]
    text_endings: tuple[str, ...] = ()


def fold_header(text: str) -> str:
    """Return a header cell's text as aliases are compared: no spaces or breaks, ASCII width.

    >>> fold_header("包联\\n领导"), fold_header("主 要 内 容"), fold_header("目标值（标准）")
    ('包联领导', '主要内容', '目标值(标准)')
    """
    return fold_width(to_simplified("".join(text.split())))


@cache
def _load() -> tuple[dict[str, tuple[str, ...]], dict[str, Family]]:
    raw: dict[str, Any] = tomllib.loads(resources.files("yiju").joinpath(_DATA).read_text(encoding="utf-8"))
    common = {role: tuple(fold_header(a) for a in aliases) for role, aliases in raw["aliases"].items()}
    out: dict[str, Family] = {}
    for fid in FAMILY_IDS:
        data = raw["families"][fid]
        out[fid] = Family(
            id=fid,
            name=data["name"],
            title_words=tuple(data.get("title_words", ())),
            header_words=tuple(fold_header(w) for w in data.get("header_words", ())),
            reader=data.get("reader", "items"),
            profile=data.get("profile"),
            aliases={r: tuple(fold_header(a) for a in v) for r, v in data.get("aliases", {}).items()},
            groups=dict(data.get("groups", {})),
            group_aliases=dict(data.get("group_aliases", {})),
            default_groups=dict(data.get("default_groups", {})),
            categories=tuple(data.get("categories", ())),
            uncategorised=data.get("uncategorised", "未分类"),
            score_words=tuple(data.get("score_words", ())),
            text_endings=tuple(data.get("text_endings", ())),
        )
    return common, out


def families() -> dict[str, Family]:
    """Return every family by id, in the order of `FAMILY_IDS`."""
    return dict(_load()[1])


def family(family_id: str) -> Family:
    """Return one family by id.

    Raises:
        KeyError: For an id that is not one of `FAMILY_IDS`.
    """
    return _load()[1][family_id]


@cache
def surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    """Return the single-character family names and the compound ones (`[people]`)."""
    raw: dict[str, Any] = tomllib.loads(resources.files("yiju").joinpath(_DATA).read_text(encoding="utf-8"))
    people = raw.get("people", {})
    single = frozenset("".join(str(people.get("surnames", "")).split()))
    return single, tuple(people.get("compound", ()))


@cache
def header_words() -> frozenset[str]:
    """Return every family's header words, folded."""
    return frozenset(w for fam in _load()[1].values() for w in fam.header_words)


@cache
def _lookup(family_id: str | None) -> dict[str, str]:
    """Return alias → role, the family's own aliases winning over the shared ones."""
    common, fams = _load()
    table: dict[str, str] = {}
    for role, aliases in common.items():
        for alias in aliases:
            table.setdefault(alias, role)
    if family_id is not None:
        for role, aliases in fams[family_id].aliases.items():
            for alias in aliases:
                table[alias] = role
    return table


_OPEN = "(["
_CLOSE = ")]"
# Headers are short; a long cell is body text (`_lookup` is never asked about it).
_LONGEST_HEADER = 24


@lru_cache(maxsize=16384)
def header_role(text: str, family_id: str | None = None) -> str | None:
    """Return the role a header cell names, or None.

    A trailing bracketed gloss (`权重（分）`, `目标值(标准)` when only 目标值 is an alias) and a
    month prefix of a progress column (`6月进展情况`, `1-6月进展情况`) are ignored.

    >>> header_role("包联\\n领导"), header_role("权重（分）"), header_role("6月进展情况")
    ('leaders', 'weight', 'note')
    """
    folded = fold_header(text)
    if not folded or len(folded) > _LONGEST_HEADER:
        return None
    table = _lookup(family_id)
    found = table.get(folded)
    if found is None and folded.endswith(tuple(_CLOSE)):
        opening = max(folded.rfind(b) for b in _OPEN)
        if opening > 0:
            found = table.get(folded[:opening])
    if found is None and folded.startswith(tuple(_OPEN)) and folded.endswith(tuple(_CLOSE)):
        found = table.get(folded[1:-1])
    if found is None:
        stripped = folded.lstrip("0123456789-~至月份年度季第一二三四")
        if stripped != folded and stripped:
            found = table.get(stripped)
    if found is None:
        found = _combined_owner_header(folded, table)
    return found


def _combined_owner_header(folded: str, table: Mapping[str, str]) -> str | None:
    """Return `leaders` for one column of leaders and their units (`责任领导及单位`), else None.

    The cells of such a column name the leaders and the units they answer for; the owners
    reader tells them apart (`owners.split_leaders_cell`).
    """
    found = pat.COMBINED_OWNER_HEADER.fullmatch(folded)
    if found is None or table.get(found.group("first")) != "leaders":
        return None
    second = found.group("second")
    if table.get(second) == "departments" or pat.UNIT_WORD.fullmatch(second):
        return "leaders"
    return None


# Headers no alias lists, read by how they end: `牵头市级领导`, `包抓县级领导` name leaders;
# `责任处（科）室`, `牵头责任单位` units; `配合责任单位` partners; `完成时间节点` a deadline;
# `具体工作举措`, `年度目标` the work. Used only on a header row already found (never to find
# one: a body cell `各有关单位` ends like a header). A family's own words (建设单位) stay extra.
_ENDINGS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("领导", "分管副区长", "分管区长", "分管副县长", "分管县长", "分管副市长", "分管市长"), "leaders"),
    (("单位", "部门", "科室", "处室", "股室", "(科)室", "(处)室", "责任主体"), "units"),
    (("责任人", "负责人"), "people"),
    (("时限", "时间", "节点", "期限", "时限要求", "时间要求", "时间进度", "进度要求"), "deadline"),
    # `省重点民生实事项目名称`, `建设项目名称`: the project a row is about, as 项目名称 is.
    (("举措", "措施", "任务", "目标", "事项", "项目名称"), "text"),
)
_PARTNER_WORDS = ("配合", "协办", "协同", "协助", "参与", "协作")


def role_by_ending(text: str) -> str | None:
    """Return the role a header names by its last word, when no alias names it, or None.

    >>> role_by_ending("牵头市级领导"), role_by_ending("配合责任单位"), role_by_ending("建设单位")
    ('leaders', 'partners', None)
    """
    folded = fold_header(text)
    if folded in header_words() or any(w in folded for w in ("及", "和", "小组")) or len(folded) < 3:
        return None
    if len(folded) > _LONGEST_HEADER:
        return None
    for endings, role in _ENDINGS:
        if folded.endswith(endings):
            if role == "units":
                return "partners" if any(w in folded for w in _PARTNER_WORDS) else "departments"
            return role
    return None


def detect_family(
    titles: Iterable[str], headers: Iterable[str], *, dashed_ids: bool = False, texts: Iterable[str] = ()
) -> str:
    """Return the family whose title and header words a table carries most.

    Header words count two, title words one; `dashed_ids` (rows numbered `1-3-2`) counts for
    the performance form, whose ids they are; without them it needs two of its header
    words. Without header words, the items' `texts` vote
    for a family whose `text_endings` most of them have (项目, 工程 … for project lists).
    Ties go to the earlier family in `FAMILY_IDS`; a table with no word of any family is a
    task list, the most common kind.

    >>> detect_family(["某区2020年重点项目推进计划"], ["序号", "项目名称", "包联领导", "责任单位"])
    'project_list'
    """
    title_text = "".join("".join(t.split()) for t in titles)
    folded = {fold_header(h) for h in headers if h}
    sample = ["".join(t.split()) for t in texts][:200]
    best, best_score = "task_list", 0.0
    for fid in FAMILY_IDS:
        fam = family(fid)
        hits = sum(1 for w in fam.header_words if w in folded)
        score = 2.0 * hits + sum(1 for w in fam.title_words if w in title_text)
        if fid == "performance_form":
            # One word (a 权重 column) does not make a task list a performance form.
            score = score + 3 if dashed_ids else (score if hits >= 2 else 0)
        if fam.text_endings and not folded and sample:
            ending = sum(1 for t in sample if t.endswith(fam.text_endings))
            score += 2 if ending * 2 >= len(sample) else 0
        if score > best_score:
            best, best_score = fid, score
    return best
