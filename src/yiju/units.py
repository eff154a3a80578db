"""Organ names: a register's short names (`市应急局`) resolved to the forms' full names.

A city's register names units the way its staff write them — `市应急局`, `市发改委`,
`市消防支队`, `市委办` — while each unit's form carries its full name (`泉州市应急管理局`,
`泉州市发展和改革委员会`, `泉州市消防救援支队`, `中共泉州市委办公室`). Names are resolved in
this order, and every resolution says how:

1. `alias` — the user's alias file (`--aliases`, TOML) names the full name; it always wins,
   so a user can correct any rule below.
2. `exact` — the same name once widths, traditional characters, spaces and bracketed notes
   (`（办公室设在…）`) are folded.
3. `rule` — the regular ways organ names are shortened: the owner and the place are dropped
   (`中共`, `国家税务总局`, `泉州市` → `市`), `人民政府` → `政府` (and dropped before another
   organ: `市人民政府国有资产监督管理委员会` is `市国资委`), the kind is shortened
   (`委员会` → `委`, `办公室` → `办`, `联合会` → `联`, `协会` → `协`, `管理局` / `事务局` → `局`),
   and the short body is the full body with characters left out, in order, starting with its
   first character (`发改` in `发展和改革`, `住建` in `住房和城乡建设`, `应急` in `应急管理`)
   — or, for a body of three or more characters, after a leading word (`资源规划` in
   `自然资源和规划`). The kind and the level (`市`, `区`, `县`) must agree: `市科技局` is never
   `泉州市科技馆`, `市应急局` never `丰泽区应急管理局`.
4. `fuzzy` — for names no rule reads, rapidfuzz's ratio of the folded bodies, with the same
   kind and level, at or above `FUZZY_THRESHOLD` (85: `人力资源与社会保障局` and
   `人力资源和社会保障局` score 89; `水利局` and `水务局` 50).

When several full names tie at the best step, the one in the register's own place (`泉州`,
from its number's issuer) wins; otherwise the name is `ambiguous` and its candidates are
listed. A name no step reads is `unresolved`. Collective addressees (`各县（市、区）人民政府`,
`市直有关单位`) name no one organ and are `collective`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from yiju import patterns as pat
from yiju.errors import YijuError
from yiju.normalize import clean_name, fold_width, to_simplified

__all__ = [
    "FUZZY_THRESHOLD",
    "HOW_NAMES",
    "AliasError",
    "Organ",
    "Resolution",
    "is_collective",
    "load_aliases",
    "organ",
    "resolve",
    "resolve_one",
]

#: Lowest rapidfuzz ratio (0–100) of two folded organ bodies that resolves a name by `fuzzy`.
FUZZY_THRESHOLD = 85.0

#: How a name was resolved, in Chinese, for messages and the text summary.
HOW_NAMES: dict[str, str] = {
    "alias": "别名",
    "exact": "同名",
    "rule": "规则",
    "fuzzy": "近似",
    "ambiguous": "多义",
    "unresolved": "未对应",
    "collective": "泛指",
}

# Organ kinds, longest first, with the short form each is written as. A kind ends the name.
_KINDS: tuple[tuple[str, str], ...] = (
    ("委员会", "委"),
    ("办公室", "办"),
    ("联合会", "联"),
    ("委会", "委"),
    ("协会", "协"),
    ("总队", "总队"),
    ("支队", "支队"),
    ("大队", "大队"),
    ("中队", "中队"),
    ("中心", "中心"),
    ("中支", "支行"),
    ("支行", "支行"),
    ("分行", "分行"),
    ("公司", "公司"),
    ("集团", "集团"),
    ("海关", "海关"),
    ("局", "局"),
    ("委", "委"),
    ("办", "办"),
    ("联", "联"),
    ("协", "协"),
    ("厅", "厅"),
    ("部", "部"),
    ("处", "处"),
    ("科", "科"),
    ("室", "室"),
    ("馆", "馆"),
    ("院", "院"),
    ("所", "所"),
    ("站", "站"),
    ("校", "校"),
    ("社", "社"),
    ("会", "会"),
    ("团", "团"),
    ("行", "行"),
)


class AliasError(YijuError):
    """An alias file that cannot be used (unreadable, bad TOML, wrong shape); exit 2."""


@dataclass(frozen=True, slots=True)
class Organ:
    """An organ name taken apart: the places and level dropped, the body and the kind.

    `body` keeps what says *which* organ (`发展和改革`, `应急管理`), `kind` what sort it is,
    shortened (`委`, `局`, `支队`); `level` is the last place level (`市`, `区`), None when
    the name carries none.
    """

    written: str
    places: tuple[str, ...]
    level: str | None
    body: str
    kind: str

    @property
    def core(self) -> str:
        """Return body and kind joined: what two spellings of one organ share."""
        return self.body + self.kind


@dataclass(frozen=True, slots=True)
class Resolution:
    """How one register name resolved: to a full name, by `how`, or not (with candidates)."""

    name: str
    resolved: str | None
    how: str
    candidates: tuple[str, ...] = ()
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape `{"name", "resolved", "how", "candidates"}`."""
        out: dict[str, Any] = {"name": self.name, "resolved": self.resolved, "how": self.how}
        if self.candidates:
            out["candidates"] = list(self.candidates)
        return out

    def describe(self) -> str:
        """Return `市应急局 → 泉州市应急管理局（规则）`, or why the name resolved to nothing."""
        how = HOW_NAMES.get(self.how, self.how)
        if self.resolved is not None:
            return f"{self.name} → {self.resolved}（{how}）"
        if self.candidates:
            return f"{self.name} → ?（{how}：{'、'.join(self.candidates)}）"
        return f"{self.name} → ?（{how}）"


def _fold(name: str) -> str:
    return to_simplified(fold_width(clean_name(name)))


@lru_cache(maxsize=8192)
def _plain(name: str) -> str:
    """Return a name folded and without bracketed notes: what `exact` compares."""
    return pat.ORGAN_NOTE.sub("", _fold(name))


def is_collective(name: str) -> bool:
    """Return True for an addressee that names no one organ (`各县（市、区）人民政府`, `有关单位`).

    >>> is_collective("各县（市、区）人民政府")
    True
    >>> is_collective("市应急局")
    False
    """
    core = pat.ORGAN_TAIL.sub("", _fold(name))  # `市应急局等有关单位` names 市应急局
    return not core or pat.ORGAN_COLLECTIVE.search(core) is not None


@lru_cache(maxsize=8192)
def organ(name: str) -> Organ:
    """Return an organ name taken apart (see the module docstring for the steps).

    >>> organ("泉州市应急管理局")
    Organ(written='泉州市应急管理局', places=('泉州',), level='市', body='应急管理', kind='局')
    >>> organ("市发改委").core
    '发改委'
    """
    text = pat.ORGAN_TAIL.sub("", pat.ORGAN_NOISE.sub("", pat.ORGAN_NOTE.sub("", _fold(name))))
    league = ""
    while True:  # owners and the league mark, in any order (`中共…`, `共青团…`)
        owner = pat.ORGAN_OWNER.match(text)
        if owner is not None and owner.end() < len(text):
            text = text[owner.end() :]
            continue
        mark = pat.ORGAN_LEAGUE.match(text)
        if mark is not None and not league:
            league, text = "团", text[mark.end() :]
            continue
        break
    places: list[str] = []
    level: str | None = None
    while True:
        place = pat.ORGAN_PLACE.match(text)
        if place is not None and place.end() < len(text):
            places.append(place.group("place"))
            level, text = place.group("level"), text[place.end() :]
            continue
        bare = pat.ORGAN_LEVEL.match(text)
        if bare is not None and not places and level is None:
            level, text = bare.group("level"), text[bare.end() :]
            continue
        break
    kind = ""
    for long, short in _KINDS:
        if text.endswith(long):
            kind, text = short, text[: -len(long)]
            break
    body = text.replace("人民政府", "政府")
    if body.startswith("政府") and len(body) > 2:
        body = body[2:]  # 市人民政府国有资产监督管理委员会 is 市国资委
    return Organ(name, tuple(places), level, league + body, kind)


def _in_order(short: str, full: str, start: int = 0) -> bool:
    """Return True when the characters of `short` occur in `full` in order, from `start`."""
    pos = start
    for ch in short:
        pos = full.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _bodies(body: str) -> list[str]:
    """Return a body and, for a sub-organ, what follows its parent (`公安局交通警察` → `交通警察`)."""
    out = [body]
    for i, ch in enumerate(body[:-2]):
        if ch in "局厅" and i > 0:
            out.append(body[i + 1 :])
    return out


def _shortens(short: Organ, full: Organ) -> int:
    """Return how well `short` reads as a regular shortening of `full`: 3 same core, 2 in order
    from the first character, 1 in order after a leading word, 0 not at all."""
    if short.kind != full.kind or (short.level and full.level and short.level != full.level):
        return 0
    if short.places and not set(short.places) <= set(full.places):
        return 0
    if short.body == full.body:
        return 3
    if not short.body:
        return 0
    for body in _bodies(full.body):
        if len(short.body) <= len(body) and short.body[0] == body[0] and _in_order(short.body[1:], body, 1):
            return 2
    if len(short.body) >= 3 and _in_order(short.body, full.body, 2):
        return 1
    return 0


def _similar(short: Organ, full: Organ) -> float:
    if short.kind != full.kind or (short.level and full.level and short.level != full.level):
        return 0.0
    if len(short.body) < 3 or len(full.body) < 3:
        return 0.0  # two characters match by chance
    return float(fuzz.ratio(short.body, full.body))


def _pick(name: str, ranked: Sequence[tuple[float, str]], how: str, home: str | None) -> Resolution:
    """Return the resolution of the best-ranked candidates (ties → home place, else ambiguous)."""
    best = max(score for score, _ in ranked)
    tied = sorted({full for score, full in ranked if score == best})
    if len(tied) > 1 and home is not None:
        at_home = [full for full in tied if home in organ(full).places]
        tied = at_home if len(at_home) == 1 else tied
    if len(tied) == 1:
        return Resolution(name, tied[0], how, score=best if how == "fuzzy" else None)
    return Resolution(name, None, "ambiguous", tuple(tied))


def resolve_one(
    name: str,
    full_names: Iterable[str],
    aliases: Mapping[str, str] | None = None,
    *,
    threshold: float = FUZZY_THRESHOLD,
    home: str | None = None,
) -> Resolution:
    """Return how one register name resolves among `full_names` (see the module docstring).

    Args:
        name: The name as the register writes it.
        full_names: The names to resolve to (the forms' units).
        aliases: Short name → full name, from the user's alias file; an alias wins even
            when its full name is not among `full_names` (the unit then has no form).
        threshold: The lowest fuzzy score that resolves a name.
        home: The register's own place (`泉州`), preferred when candidates tie.

    >>> resolve_one("市应急局", ["泉州市应急管理局", "丰泽区应急管理局"]).describe()
    '市应急局 → 泉州市应急管理局（规则）'
    """
    fulls = sorted(set(full_names))
    if aliases:
        target = aliases.get(_fold(name))
        if target is not None:
            written = next((full for full in fulls if _plain(full) == _plain(target)), target)
            return Resolution(name, written, "alias")
    if is_collective(name):
        return Resolution(name, None, "collective")
    folded = _plain(name)
    same = [full for full in fulls if _plain(full) == folded]
    if same:
        return _pick(name, [(1.0, full) for full in same], "exact", home)
    short = organ(name)
    ruled = [(float(rank), full) for full in fulls if (rank := _shortens(short, organ(full)))]
    if not ruled:  # a register of full names and a form that writes its own name short
        ruled = [(float(rank), full) for full in fulls if (rank := _shortens(organ(full), short))]
    if ruled:
        return _pick(name, ruled, "rule", home)
    scored = [(score, full) for full in fulls if (score := _similar(short, organ(full))) >= threshold]
    if scored:
        return _pick(name, scored, "fuzzy", home)
    return Resolution(name, None, "unresolved")


def resolve(
    names: Iterable[str],
    full_names: Iterable[str],
    aliases: Mapping[str, str] | None = None,
    *,
    threshold: float = FUZZY_THRESHOLD,
    home: str | None = None,
) -> list[Resolution]:
    """Return the resolution of each distinct name, in first-seen order (see `resolve_one`)."""
    fulls = sorted(set(full_names))
    seen: dict[str, None] = dict.fromkeys(names)
    return [resolve_one(n, fulls, aliases, threshold=threshold, home=home) for n in seen]


def load_aliases(path: str | Path) -> dict[str, str]:
    """Return the aliases of a TOML file: `[aliases]` short name = full name.

    ```toml
    [aliases]
    "市人行" = "中国人民银行泉州市中心支行"
    "市纪委监委" = "中共泉州市纪律检查委员会"
    ```

    Raises:
        AliasError: For an unreadable file, bad TOML, or anything but a table of strings.
    """
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasError(f"{source}: 无法读取别名文件（{exc.__class__.__name__}: {exc}）") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AliasError(f"{source}: 不是有效的 TOML（{exc}）") from None
    table = data.get("aliases")
    unknown = sorted(k for k in data if k != "aliases")
    if unknown or not isinstance(table, dict):
        raise AliasError(f"{source}: 别名文件只应有一个 [aliases] 表（简称 = 全称）")
    bad = sorted(k for k, v in table.items() if not isinstance(v, str) or not v.strip())
    if bad:
        raise AliasError(f"{source}: [aliases] 中 {'、'.join(bad)} 的值应为单位全称（字符串）")
    return {_fold(k): _fold(v) for k, v in table.items()}
