"""Issuer decoding: 发文机关代字 → region, organ, kind and level, from a gazetteer kept as data.

A code is read as ``[region prefix] + organ + [department] + [kind]``: 泉委办发 is 泉 (泉州市)
+ 委办 (党委办公室) + 发 (发文); 发改办财金 is no region + 发改办 (国家发展改革委办公厅) + 财金
(财金司); 泉府督 is 泉 + 府督 (政府督查室) with no kind. Every region, organ, department and kind
lives in ``yiju/data/issuers.toml``; this module only searches it.

Rules, in the order they decide:

1. The parts must consume the **whole** code, or the code stays undecoded (``None``): unknown
   codes are never guessed from a matching prefix.
2. Every region prefix that starts the code is tried, and so is "no region" (the gazetteer's
   row with the empty prefix, whose organs are national ministries). A code with no region
   prefix is therefore read as national: 安委办 is 国务院安全生产委员会办公室, not a local
   安委办 whose prefix was left off.
3. Among complete readings the longest region prefix wins, then the longest organ, then the
   longest department; the kind is whatever is left (泉委办 is 委办 with no kind, not 委 + 办).
4. If the best readings still disagree — only possible when two regions share a prefix, like
   宁 (宁夏回族自治区, 宁德市) — the code is ambiguous and stays undecoded.

Organ names are region-qualified (中共泉州市委办公室, 福建省应急管理厅); a drafting
department is appended in full-width parentheses (财政部（预算司）). Region-less national
codes have ``region=None`` and ``level="national"``.

The input is folded first (whitespace removed, full-width folded, traditional → simplified),
so 國發 and ``泉委 发`` decode like 国发 and 泉委发.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from yiju import patterns as pat
from yiju.models import IssuerInfo
from yiju.normalize import fold_width, to_simplified

__all__ = ["decode", "decree_issuer", "national_organ_start"]

_DATA_PACKAGE = "yiju"
_DATA_FILE = "data/issuers.toml"

_LEVELS = frozenset({"national", "provincial", "municipal", "county"})
_PLACEHOLDERS = frozenset({"region", "party", "ting"})
# An organ's name for every level its table serves unless that level has its own.
_DEFAULT = "default"
_ORGAN_KEYS = _LEVELS | {_DEFAULT, "departments", "department_required"}


@dataclass(frozen=True, slots=True)
class _Organ:
    """One organ code of one organ table: name templates by level, optional departments."""

    code: str
    names: Mapping[str, str]
    departments: Mapping[str, str]
    department_required: bool

    def template(self, level: str) -> str | None:
        """Return the name template for a region level, or None if the organ is not valid there."""
        return self.names.get(level, self.names.get(_DEFAULT))


@dataclass(frozen=True, slots=True)
class _Region:
    """One region prefix with the organs valid after it (the empty prefix is "no region")."""

    prefix: str
    name: str | None
    level: str
    party: str
    ting: str
    organs: tuple[_Organ, ...]
    # The organs by code, and the lengths their codes have: a code is looked up by its
    # prefixes of those lengths instead of being tested against every organ of the table.
    by_code: Mapping[str, _Organ]
    code_lengths: tuple[int, ...]

    def organ_name(self, organ: _Organ) -> str | None:
        """Return the organ's region-qualified name here, or None if it is not valid here."""
        template = organ.template(self.level)
        if template is None:
            return None
        return template.format_map({"region": self.name or "", "party": self.party, "ting": self.ting})


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    """The loaded data file."""

    regions: tuple[_Region, ...]
    kinds: Mapping[str, str]
    # The regions by prefix (two share 宁), and the lengths prefixes have: see `_Region.by_code`.
    by_prefix: Mapping[str, tuple[_Region, ...]]
    prefix_lengths: tuple[int, ...]
    # The names of the organs that sign national documents (`[national_organs]`), and the
    # lengths they have, longest first: a run's ending is looked up by those lengths.
    national_organs: frozenset[str] = frozenset()
    national_lengths: tuple[int, ...] = ()


def decode(issuer: str) -> IssuerInfo | None:
    """Decode an issuer code (发文机关代字) into region, organ, kind and level.

    Args:
        issuer: The code as written, e.g. ``泉委办发``; whitespace, full-width letters and
            traditional characters are folded first.

    Returns:
        The decoded issuer, or None when the gazetteer cannot read the whole code, or reads
        it in two different ways (a prefix shared by two regions).

    Example:
        >>> decode("泉委办发")
        IssuerInfo(region='泉州市', organ='中共泉州市委办公室', kind='发文', level='municipal')
        >>> decode("应急厅")
        IssuerInfo(region=None, organ='应急管理部办公厅', kind=None, level='national')
        >>> decode("XYZ发") is None
        True
    """
    return _decode_folded(to_simplified(fold_width("".join(issuer.split()))))


# Who signs a 令 (立法法): the State's President, the State Council and its ministries and
# commissions — national — and the people's governments of provinces and of cities that make
# rules (规章). So an organ that is not a 人民政府 is national, and a 人民政府 is its region's
# level: the gazetteer's when it knows the region, else the place name's last word.
_GOVERNMENT = "人民政府"
# The Xinjiang Production and Construction Corps (副省级) and its divisions (第一师 …, 地厅级) sign
# decrees of their own; they are no place name the gazetteer's words can level.
_CORPS = "新疆生产建设兵团"
_PLACE_LEVELS = (
    ("自治区", "provincial"),
    ("省", "provincial"),
    ("自治州", "municipal"),
    ("市", "municipal"),
    ("州", "municipal"),
    ("盟", "municipal"),
    ("县", "county"),
    ("区", "county"),
    ("旗", "county"),
)


@lru_cache(maxsize=1024)
def decree_issuer(organ: str, kind: str = "令") -> IssuerInfo:
    """Return who signed a decree (`国务院令第699号`'s 国务院) with its level; with `kind`
    公告, who issued a numbered announcement (`国家税务总局福建省税务局公告2018年第5号`).

    Example:
        >>> decree_issuer("国务院")
        IssuerInfo(region=None, organ='国务院', kind='令', level='national')
        >>> decree_issuer("福建省人民政府")
        IssuerInfo(region='福建省', organ='福建省人民政府', kind='令', level='provincial')
        >>> decree_issuer("怀化市人民政府").level
        'municipal'
        >>> decree_issuer("国家税务总局", "公告").level
        'national'
        >>> decree_issuer("国家税务总局厦门市税务局", "公告")
        IssuerInfo(region='厦门市', organ='国家税务总局厦门市税务局', kind='公告', level='municipal')
    """
    folded = to_simplified(fold_width("".join(organ.split())))
    if kind != "令":
        # An announcement's organ is national unless its name starts with a place, read as
        # `units` reads an organ's place (after an owner such as 国家税务总局).
        owner = pat.ORGAN_OWNER.match(folded)
        rest = folded[owner.end() :] if owner is not None and owner.end() < len(folded) else folded
        known = next(
            (name for name in _region_names() if rest.startswith(name) and len(rest) > len(name)), None
        )
        if known is not None:  # `新疆维吾尔自治区第十二届人民代表大会常务委员会`: longer than a word
            return IssuerInfo(region=known, organ=organ, kind=kind, level=_place_level(known))
        place = pat.ORGAN_PLACE.match(rest)
        if place is None or place.end() == len(rest):
            return IssuerInfo(region=None, organ=organ, kind=kind, level="national")
        return IssuerInfo(region=place.group(), organ=organ, kind=kind, level=_place_level(place.group()))
    if folded.startswith(_CORPS):
        # `新疆生产建设兵团第一师令`: a division of the Corps (副省级) signs at a city's level.
        corps = folded[: folded.index("师") + 1] if "师" in folded else _CORPS
        return IssuerInfo(
            region=corps, organ=organ, kind="令", level="municipal" if "师" in folded else "provincial"
        )
    if not folded.endswith(_GOVERNMENT) or len(folded) == len(_GOVERNMENT):
        return IssuerInfo(region=None, organ=organ, kind="令", level="national")
    place_name = folded[: -len(_GOVERNMENT)]
    return IssuerInfo(region=place_name, organ=organ, kind="令", level=_place_level(place_name))


# The state's name, written before a national organ's (`中华人民共和国财政部令第74号`).
_STATE = "中华人民共和国"


@lru_cache(maxsize=4096)
def national_organ_start(run: str) -> int | None:
    """Return where the words before the national organs that end `run` stop, or None when no
    national organ's name (`[national_organs]` of the data file) ends it.

    The organs are the names at the end of the run, one after another (organs that sign
    together: `财政部税务总局`), with the state's name before them (`中华人民共和国财政部`);
    what stands before those is prose (`收支两条线管理实施细则全文财政部` → 13, where 财政部
    starts; `中华人民共和国财政部` → 0). Traditional script is read as simplified.

    Example:
        >>> national_organ_start("的指导意见住建部")
        5
        >>> national_organ_start("财政部税务总局")
        0
        >>> national_organ_start("泉委发") is None
        True
    """
    folded = to_simplified(fold_width(run))
    if len(folded) != len(run):
        folded = run  # a folding that changes the length cannot map back: read as written
    gaz = _gazetteer()
    pos = len(folded)
    while pos > 0:
        found = next(
            (n for n in gaz.national_lengths if n <= pos and folded[pos - n : pos] in gaz.national_organs), 0
        )
        if not found:
            break
        pos -= found
    if pos == len(folded):
        return None
    if folded[:pos].endswith(_STATE):
        pos -= len(_STATE)
    return pos


def _place_level(place: str) -> str | None:
    """Return a place's level: the gazetteer's when it knows the place, else its last word's."""
    level = _region_levels().get(place)
    if level is None:
        level = next(
            (lv for word, lv in _PLACE_LEVELS if place.endswith(word) and len(place) > len(word)), None
        )
    return level


@cache
def _region_names() -> tuple[str, ...]:
    """Return the gazetteer's region names, longest first (a name never loses to its prefix)."""
    return tuple(sorted(_region_levels(), key=len, reverse=True))


@cache
def _region_levels() -> Mapping[str, str]:
    """Return each named region's level by its full name (北京市 is provincial, not municipal)."""
    levels: dict[str, str] = {}
    for region in _gazetteer().regions:
        if region.name is not None:
            levels.setdefault(region.name, region.level)
    return levels


@lru_cache(maxsize=4096)
def _decode_folded(code: str) -> IssuerInfo | None:
    """Decode an already folded code (cached: forms repeat the same few codes)."""
    if not code:
        return None
    gaz = _gazetteer()
    best: tuple[int, int, int] | None = None
    found: set[IssuerInfo] = set()
    for rank, info in _readings(gaz, code):
        if best is None or rank > best:
            best, found = rank, {info}
        elif rank == best:
            found.add(info)
    if not found and code in gaz.national_organs:
        # `财政部〔2023〕11号`, `住建部2023年3号文件`: a national organ's name written where a code
        # stands is that organ (as `decree_issuer` reads it before 令).
        return IssuerInfo(region=None, organ=code, kind=None, level="national")
    return found.pop() if len(found) == 1 else None


def _readings(gaz: _Gazetteer, code: str) -> Iterator[tuple[tuple[int, int, int], IssuerInfo]]:
    """Yield every complete reading of `code` with its rank (region, organ, department lengths)."""
    for length in gaz.prefix_lengths:
        if length > len(code):
            break
        for region in gaz.by_prefix.get(code[:length], ()):
            yield from _organ_readings(gaz, region, code[length:])


def _organ_readings(
    gaz: _Gazetteer, region: _Region, after_region: str
) -> Iterator[tuple[tuple[int, int, int], IssuerInfo]]:
    """Yield the readings of what follows a region's prefix (see `_readings`)."""
    for length in region.code_lengths:
        if length > len(after_region):
            break
        organ = region.by_code.get(after_region[:length])
        if organ is not None:
            organ_name = region.organ_name(organ)
            if organ_name is None:
                continue
            rest = after_region[len(organ.code) :]
            for dept_code, dept_name in _department_splits(organ, rest):
                kind_code = rest[len(dept_code) :]
                if kind_code and kind_code not in gaz.kinds:
                    continue
                name = f"{organ_name}（{dept_name}）" if dept_name else organ_name
                info = IssuerInfo(
                    region=region.name,
                    organ=name,
                    kind=gaz.kinds[kind_code] if kind_code else None,
                    level=region.level,
                )
                yield (len(region.prefix), len(organ.code), len(dept_code)), info


def _department_splits(organ: _Organ, rest: str) -> Iterator[tuple[str, str | None]]:
    """Yield (department code, department name) choices for what follows an organ."""
    if not organ.department_required:
        yield "", None
    for dept_code, dept_name in organ.departments.items():
        if rest.startswith(dept_code):
            yield dept_code, dept_name


# ------------------------------------------------------------------------------- loading


@cache
def _gazetteer() -> _Gazetteer:
    """Load and check ``data/issuers.toml`` once."""
    text = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    return _parse(tomllib.loads(text))


def _parse(data: Mapping[str, Any]) -> _Gazetteer:
    """Build the gazetteer from the parsed TOML, rejecting malformed entries.

    Raises:
        ValueError: An entry names an unknown level, organ table, department table or
            placeholder. The file ships with the package, so this is a packaging bug.
    """
    departments: Mapping[str, Mapping[str, str]] = data.get("departments", {})
    tables: Mapping[str, Mapping[str, Any]] = data.get("organs", {})
    regions: list[_Region] = []
    for row in data.get("regions", []):
        prefix = str(row.get("prefix", ""))
        level = str(row["level"])
        if level not in _LEVELS:
            raise ValueError(f"issuers.toml: region {prefix!r}: unknown level {level!r}")
        table = str(row["table"])
        if table not in tables:
            raise ValueError(f"issuers.toml: region {prefix!r}: unknown organ table {table!r}")
        entries = {**tables[table], **row.get("extra", {})}
        organs = tuple(_organ(code, spec, departments) for code, spec in sorted(entries.items()))
        name = row.get("name")
        regions.append(
            _Region(
                prefix=prefix,
                name=None if name is None else str(name),
                level=level,
                party=str(row.get("party", f"中共{name}委")),
                ting=str(row.get("ting", "厅")),
                organs=organs,
                by_code={organ.code: organ for organ in organs},
                code_lengths=tuple(sorted({len(organ.code) for organ in organs})),
            )
        )
    kinds = {str(code): str(name) for code, name in data.get("kinds", {}).items()}
    by_prefix: dict[str, tuple[_Region, ...]] = {}
    for region in regions:
        by_prefix[region.prefix] = (*by_prefix.get(region.prefix, ()), region)
    names = frozenset(str(name) for name in data.get("national_organs", {}).get("names", ()))
    return _Gazetteer(
        regions=tuple(regions),
        kinds=kinds,
        by_prefix=by_prefix,
        prefix_lengths=tuple(sorted({len(prefix) for prefix in by_prefix})),
        national_organs=names,
        national_lengths=tuple(sorted({len(name) for name in names}, reverse=True)),
    )


def _organ(code: str, spec: str | Mapping[str, Any], departments: Mapping[str, Mapping[str, str]]) -> _Organ:
    """Build one organ from its TOML entry (a name template, or a table of them)."""
    if isinstance(spec, str):
        spec = {_DEFAULT: spec}
    unknown = sorted(set(spec) - _ORGAN_KEYS)
    if unknown:
        raise ValueError(f"issuers.toml: organ {code!r}: unknown keys {unknown}")
    names = {key: str(value) for key, value in spec.items() if key in _LEVELS or key == _DEFAULT}
    if not names:
        raise ValueError(f"issuers.toml: organ {code!r} has no name")
    for template in names.values():
        for _, field, _, _ in string.Formatter().parse(template):
            if field is not None and field not in _PLACEHOLDERS:
                raise ValueError(f"issuers.toml: organ {code!r}: unknown placeholder {{{field}}}")
    dept_table = spec.get("departments")
    if dept_table is not None and dept_table not in departments:
        raise ValueError(f"issuers.toml: organ {code!r}: unknown department table {dept_table!r}")
    depts = {} if dept_table is None else {str(k): str(v) for k, v in departments[dept_table].items()}
    return _Organ(
        code=code,
        names=names,
        departments=depts,
        department_required=bool(spec.get("department_required", False)),
    )
