"""Mandate coverage: a city's task register held against every unit's form.

A register (责任分解表 / 任务分工方案, family 2) assigns each task (item) to lead units
(牵头单位 / 责任单位) and partner units (配合单位 / 协办单位); every unit must carry its tasks
into its own form, citing the register and the item (`属泉委办〔2021〕20号第11项`). This module
works out, without judging, which target of which form covers which item and how:

- `item`: the target cites the register's key (or its title) with that item — a single item,
  a range (`第3-5项`, `第3至5项`) or a list (`第3、5项`, `第3项、第5项`) — and its text is not
  about something else;
- `text`: the target cites the register without an item (by number or by title), or cites an
  item whose text does not match (`mismatched`), or does not cite the register at all but
  carries one of its unit's tasks in the same words: its folded text is compared with the
  items' (rapidfuzz `partial_ratio`, 0–100) and the best item at or above the threshold is
  covered. Targets that do not cite the register are compared with their own unit's items
  only (a unit writes its own tasks, not others').

`audit/coverage.py` turns these facts into findings C01–C08. The register's units are
resolved to the forms' units by `yiju.units`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from yiju import patterns as pat
from yiju._util import natural_key
from yiju.citations import cn_to_int, extract
from yiju.errors import YijuError
from yiju.forms import parse_table
from yiju.graph import form_spaces, target_id
from yiju.models import Citation, Finding, Form, SourceLocation, Target
from yiju.normalize import fold_width, to_simplified
from yiju.readers import read
from yiju.units import FUZZY_THRESHOLD, Resolution, is_collective, organ, resolve

__all__ = [
    "MISMATCH_SIMILARITY",
    "TEXT_SIMILARITY",
    "AnnexMismatch",
    "Cover",
    "CoverSettings",
    "Coverage",
    "Mismatch",
    "Register",
    "RegisterError",
    "RegisterItem",
    "cover",
    "fold_text",
    "item_refs",
    "load_register",
    "register_annex",
    "register_from_form",
    "register_key",
    "related_score",
    "text_score",
]

#: Lowest text score (rapidfuzz partial_ratio of folded texts, 0–100) at which a target covers
#: an item `by text`. Tuned on fixtures/cover: text covers score 80–100, the closest pair of
#: a target and a task it does not carry 67 (tests/test_cover.py checks both).
TEXT_SIMILARITY = 70.0
#: A target citing an item whose text is less related than this (`related_score`: a shared
#: stretch of words, or the same terms in another order) is about something else (C06).
MISMATCH_SIMILARITY = 45.0
#: Texts shorter than this (folded) are not compared: four characters match anything.
_MIN_TEXT = 6
#: A range longer than this is a typo (`第1-300项`): only its ends are read.
_MAX_RANGE = 60


class RegisterError(YijuError):
    """A register that cannot be used: no document key, or no tasks (exit 2)."""


@dataclass(frozen=True, slots=True)
class RegisterItem:
    """One task of a register: its item number, text, lead and partner units as written."""

    key: str
    item: str
    section: str | None
    text: str
    lead: tuple[str, ...]
    partners: tuple[str, ...]
    location: SourceLocation

    @property
    def clause(self) -> str:
        """Return the graph node id of the item as a clause of the register."""
        return f"clause:{self.key}#{self.item}"


@dataclass(frozen=True, slots=True)
class Register:
    """A register: its document key, file, title and tasks in register order."""

    key: str
    file: str
    title: str | None
    items: tuple[RegisterItem, ...]
    home: str | None = None
    findings: tuple[Finding, ...] = ()  # what reading the register's table found (R codes)
    # Which annex of its document the register is (`2` for `泉委办〔2021〕20号附件2.xlsx`), when
    # its file name, title or key says; None when unknown (`…20号附件.xlsx`, a notice's only one).
    annex: str | None = None

    def by_item(self) -> dict[str, RegisterItem]:
        """Return the items by item number."""
        return {it.item: it for it in self.items}

    def names(self) -> list[str]:
        """Return every unit name the register writes, in first-seen order."""
        seen: dict[str, None] = {}
        for it in self.items:
            seen.update(dict.fromkeys(it.lead))
            seen.update(dict.fromkeys(it.partners))
        return list(seen)


@dataclass(frozen=True, slots=True)
class Cover:
    """A target of a unit's form that covers a register item, and how."""

    key: str
    item: str
    unit: str
    target: str
    how: str  # "item" | "text"
    score: float | None
    as_partner: bool
    location: SourceLocation

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape `{"unit", "target", "how"}` (and the text score)."""
        out: dict[str, Any] = {"unit": self.unit, "target": self.target, "how": self.how}
        if self.score is not None:
            out["score"] = round(self.score, 1)
        return out


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A target that cites an item the register lacks (`score` None) or whose text differs."""

    key: str
    item: str
    unit: str
    target: str
    target_label: str
    score: float | None
    instead: str | None
    location: SourceLocation


@dataclass(frozen=True, slots=True)
class AnnexMismatch:
    """A target citing items of another annex (`cited`) of the document whose annex `annex` the
    register is: those items are not the register's tasks (C08)."""

    key: str
    annex: str
    cited: str
    items: tuple[str, ...]
    unit: str
    target: str
    target_label: str
    location: SourceLocation


@dataclass(frozen=True, slots=True)
class CoverSettings:
    """The thresholds of matching (from the profile's `[cover]` section)."""

    text_similarity: float = TEXT_SIMILARITY
    mismatch_similarity: float = MISMATCH_SIMILARITY
    unit_similarity: float = FUZZY_THRESHOLD


@dataclass(frozen=True)
class Coverage:
    """What `cover` found: registers, unit resolutions, covers and bad item citations."""

    registers: tuple[Register, ...]
    units: tuple[Resolution, ...]
    form_units: tuple[str, ...]
    covers: tuple[Cover, ...]
    missing_items: tuple[Mismatch, ...]
    mismatches: tuple[Mismatch, ...]
    target_labels: Mapping[str, str] = field(default_factory=dict)
    annex_mismatches: tuple[AnnexMismatch, ...] = ()

    @cached_property
    def resolved(self) -> dict[str, str]:
        """Return register name → form unit for the names that resolved to a form's unit."""
        known = set(self.form_units)
        return {r.name: r.resolved for r in self.units if r.resolved is not None and r.resolved in known}

    @cached_property
    def resolution(self) -> dict[str, Resolution]:
        """Return each register name's resolution."""
        return {r.name: r for r in self.units}

    def units_of(self, names: Iterable[str]) -> list[str]:
        """Return the form units the names resolve to, each once, in order."""
        return list(dict.fromkeys(u for n in names if (u := self.resolved.get(n)) is not None))

    @cached_property
    def covers_of(self) -> dict[tuple[str, str], list[Cover]]:
        """Return the covers of each (register key, item)."""
        out: dict[tuple[str, str], list[Cover]] = {}
        for c in self.covers:
            out.setdefault((c.key, c.item), []).append(c)
        return out

    def role(self, item: RegisterItem, unit: str) -> str | None:
        """Return `lead`, `partner` or None: what the register asks of a form unit for an item."""
        if unit in self.units_of(item.lead):
            return "lead"
        if unit in self.units_of(item.partners):
            return "partner"
        return None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of `yiju cover --json` (without the findings)."""
        return {
            "registers": [
                {
                    "key": reg.key,
                    "file": reg.file,
                    "title": reg.title,
                    "items": [
                        {
                            "item": it.item,
                            "text": it.text,
                            "lead": list(it.lead),
                            "partners": list(it.partners),
                            "covered_by": [c.to_dict() for c in self.covers_of.get((reg.key, it.item), [])],
                        }
                        for it in reg.items
                    ],
                }
                for reg in self.registers
            ],
            "units": [r.to_dict() for r in self.units],
        }

    def unit_rows(self) -> list[tuple[str, int, int, int, int]]:
        """Return per form unit: lead items, partner items, items covered, lead items missing."""
        rows: list[tuple[str, int, int, int, int]] = []
        for unit in sorted(set(self.resolved.values()), key=natural_key):
            lead = partner = covered = missing = 0
            for reg in self.registers:
                for it in reg.items:
                    role = self.role(it, unit)
                    if role is None:
                        continue
                    lead += role == "lead"
                    partner += role == "partner"
                    done = any(c.unit == unit for c in self.covers_of.get((reg.key, it.item), []))
                    covered += done
                    missing += role == "lead" and not done
            rows.append((unit, lead, partner, covered, missing))
        return rows


# ------------------------------------------------------------------------------ registers


def register_key(given: str | None, title: str | None, path: str | Path) -> str | None:
    """Return a register's document key: the option, else a number in its title or file name.

    A register is often the 附件 of a numbered notice and carries no number itself
    (`泉委办〔2021〕20号附件.xlsx`); None when neither title nor file name holds one.

    >>> register_key(None, None, "泉委办〔2021〕20号附件.xlsx")
    '泉委办〔2021〕20号'
    """
    for text in (given, title, Path(path).stem):
        if text:
            numbered = [c for c in extract(text).citations if c.numbered]
            if numbered:
                return numbered[0].key
            if text is given:
                return text.strip()
    return None


def register_annex(given: str | None, title: str | None, path: str | Path) -> str | None:
    """Return which numbered annex of its document a register is, or None when nothing says.

    The key given (`--register-key 泉委办〔2021〕20号附件2`), the title or the file name may name
    it after the number (`泉委办〔2021〕20号附件2.xlsx`: an annex locator), or start with it
    (`附件2 …分工方案`). `…20号附件.xlsx` (a notice's only annex, unnumbered) is None.

    >>> register_annex(None, None, "泉委办〔2021〕20号附件2.xlsx")
    '2'
    >>> register_annex("泉委办〔2021〕20号附件三", None, "register.xlsx")
    '3'
    """
    for text in (given, title, Path(path).stem):
        if not text:
            continue
        for citation in extract(text).citations:
            for loc in citation.locators:
                if loc.kind == "annex" and loc.item and loc.item.partition(".")[0]:
                    return loc.item.partition(".")[0]
        lead = pat.ANNEX.match(text.strip())
        if lead is not None and lead.group("num") is not None:
            value = int(lead.group("num")) if lead.group("num").isdigit() else cn_to_int(lead.group("num"))
            if value is not None:
                return str(value)
    return None


def load_register(path: str | Path, key: str | None = None) -> Register:
    """Return the register in a file: its first table with task rows, keyed as `register_key`.

    Raises:
        ReadError: The file cannot be read (or holds no table).
        RegisterError: No document key (neither `key`, nor the title, nor the file name
            holds a number), or no task rows.
    """
    forms = [parse_table(table) for table in read(path)]
    form = next((f for f in forms if any(not i.hidden for i in f.indicators)), forms[0] if forms else None)
    if form is None:
        raise RegisterError(f"{path}: 未读到任务表")
    found = register_key(key, form.title, path)
    if found is None:
        raise RegisterError(
            f"{path}: 任务表的标题和文件名都没有文号，无法知道表单引用它的方式；"
            "请用 --register-key 指明（如 --register-key 泉委办〔2021〕20号）"
        )
    register = register_from_form(form, found)
    annex = register_annex(key, form.title, path)
    return replace(register, annex=annex) if annex is not None else register


def _section_number(section: str) -> str:
    value = cn_to_int(section) if not section.isdigit() else int(section)
    return str(value) if value is not None else section


def register_from_form(form: Form, key: str) -> Register:
    """Return the register a parsed family-2 task list holds, under document key `key`.

    Each visible indicator row is a task; lead units are its `departments` (牵头单位 /
    责任单位), partners its `partners` (配合单位 / 协办单位). Item numbers are the row's own
    number when numbers run on across sections, `section.number` (`2.3`, as `第（二）3项`
    reads) when they restart in each section.

    Raises:
        RegisterError: For a table with no task rows.
    """
    rows = [ind for ind in form.indicators if not ind.hidden]
    if not rows:
        raise RegisterError(f"{form.file}: 未读到任何任务行，不是任务分工表（责任分解表）")
    targets = {t.id: t for t in form.targets}
    parts = [_id_parts(ind.id) for ind in rows]
    run_on = len({number for _, number in parts}) == len(parts)
    items: dict[str, RegisterItem] = {}
    for ind, (section, number) in zip(rows, parts, strict=True):
        item = number if run_on or section is None else f"{_section_number(section)}.{number}"
        target = targets.get(ind.target)
        # `departments` lists the lead units, then the partners among them; `lead_departments`
        # leaves the partners out.
        lead, partners = _marked_roles(
            tuple(n for n in ind.lead_departments if n), tuple(n for n in ind.partners if n)
        )
        if item in items:
            # One task over several rows (its 序号 merged down, a unit per row): one item
            # with every row's units.
            first = items[item]
            lead = tuple(dict.fromkeys((*first.lead, *lead)))
            partners = tuple(n for n in dict.fromkeys((*first.partners, *partners)) if n not in lead)
            items[item] = RegisterItem(key, item, first.section, first.text, lead, partners, first.location)
            continue
        heading = _heading(section or ind.section, target)
        items[item] = RegisterItem(
            key, item, heading, _item_text(target, ind.text), lead, partners, ind.location
        )
    return Register(key, form.file, form.title, tuple(items.values()), _home(key), form.findings)


def _marked_roles(
    lead: tuple[str, ...], partners: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return lead and partner units where one column marks the roles itself.

    `市发改委（牵头）、市工信局` leads with 市发改委 and lists 市工信局 as a partner;
    `市发改委牵头，市财政局、市资源规划局配合` the same. Without a 牵头 mark nothing changes.
    """
    if not any(pat.LEAD_MARK.search(n) for n in lead):
        return lead, tuple(pat.PARTNER_MARK.sub("", n) or n for n in partners)
    leads: list[str] = []
    others: list[str] = []
    for name in lead:
        bare = pat.LEAD_MARK.sub("", name)
        if bare != name and bare:
            leads.append(bare)
        else:
            others.append(pat.PARTNER_MARK.sub("", name) or name)
    others += [pat.PARTNER_MARK.sub("", n) or n for n in partners]
    return tuple(leads), tuple(dict.fromkeys(n for n in others if n not in leads))


def _home(key: str) -> str | None:
    """Return the place of the register's issuer (`泉州` for 泉委办), preferred on ties."""
    region = next((c.issuer_info.region for c in extract(key).citations if c.issuer_info), None)
    places = organ(f"{region}政府").places if region else ()
    return places[0] if places else None


def _heading(section: str | None, target: Target | None) -> str | None:
    """Return a task's section as the register heads it (`一、强化安全生产责任落实（共8项）`)."""
    if section is None:
        return None
    group = target.group if target is not None else ""
    return f"{section}、{group}" if group and not group.startswith(section) else (group or section)


def _id_parts(ident: str) -> tuple[str | None, str]:
    if "." in ident:
        section, number = ident.rsplit(".", 1)
        return section, number
    return None, ident.rsplit("-", 1)[-1]


def _item_text(target: Target | None, text: str) -> str:
    if target is None or not target.text or target.text == text:
        return text
    if not text:
        return target.text
    return f"{target.text}：{text}"  # 改革举措 + 主要内容


# ------------------------------------------------------------------------------ text


def fold_text(text: str) -> str:
    """Return text folded for comparison: simplified, width-folded, no punctuation or digits.

    >>> fold_text("深化“放管服”改革（4分）")
    '深化放管服改革分'
    """
    folded = pat.TEXT_NOISE.sub("", to_simplified(fold_width(text)))
    return pat.DIGIT_RUN.sub("", folded)


def text_score(a: str, b: str) -> float:
    """Return how alike two folded texts are (rapidfuzz partial_ratio); 0 when one is too short."""
    if len(a) < _MIN_TEXT or len(b) < _MIN_TEXT:
        return 0.0
    return float(fuzz.partial_ratio(a, b))


def item_refs(text: str, citation: Citation) -> list[str]:
    """Return the items a citation pins, with ranges and 、-lists after its number read too.

    >>> c = extract("属泉委办〔2021〕20号第3-5项").citations[0]
    >>> item_refs("属泉委办〔2021〕20号第3-5项", c)
    ['3', '4', '5']
    """
    # An annex's locator (`附件2第3项`, item `2.3`) pins the item inside the annex, which is what
    # a register (a notice's annex) numbers; `附件2` alone pins none.
    items = [
        loc.item.partition(".")[2] if loc.kind == "annex" else loc.item
        for loc in citation.locators
        if loc.item is not None and (loc.kind != "annex" or "." in loc.item)
    ]
    end = citation.span[1]
    if citation.locators:
        end = max(end, *(loc.span[1] for loc in citation.locators))
    # Right after 号 (where the reader's own locators start) and after what it read.
    hao = min((i for i in (text.find(ch, citation.span[0], end) for ch in "号號") if i >= 0), default=end - 1)
    for start in sorted({hao + 1, end}):
        found = pat.ITEM_REFS.match(text, start)
        if found is not None:
            items.extend(_expand(found.group("refs")))
    out: list[str] = []
    for item in items:
        out.extend(_expand(item) if pat.ITEM_RANGE.search(item) else [item])
    return list(dict.fromkeys(out))


def _expand(refs: str) -> list[str]:
    folded = fold_width(refs)
    out: list[str] = []
    pos = 0
    for span in pat.ITEM_RANGE.finditer(folded):
        out.extend(pat.DIGIT_RUN.findall(folded, pos, span.start()))
        a, b = int(span.group("a")), int(span.group("b"))
        if a <= b and b - a <= _MAX_RANGE:
            out.extend(str(n) for n in range(a, b + 1))
        else:
            out.extend((str(a), str(b)))
        pos = span.end()
    out.extend(pat.DIGIT_RUN.findall(folded, pos))
    return [str(int(n)) for n in out]


# ------------------------------------------------------------------------------ matching


@dataclass(slots=True)
class _Target:
    form: Form
    target: Target
    node: str
    label: str
    unit: str
    texts: tuple[str, ...]
    partner: bool
    basis_text: str


def _targets(forms: Sequence[Form]) -> list[_Target]:
    out: list[_Target] = []
    for form, space in form_spaces(forms):
        unit = form.unit or Path(form.file).stem
        children: dict[str, list[str]] = {}
        basis: dict[str, str] = {}
        for ind in form.indicators:
            if not ind.hidden and ind.text:
                children.setdefault(ind.target, []).append(ind.text)
            if ind.basis_text and ind.target not in basis:  # the 文件依据 cell as written
                basis[ind.target] = ind.basis_text
        for target in form.targets:
            if target.hidden:
                continue
            own = children.get(target.id, [])
            words = " ".join([target.text, *own])
            texts = tuple(t for t in (fold_text(target.text), *(fold_text(x) for x in own)) if t)
            label = f"{space.namespace} {target.id}"
            out.append(
                _Target(
                    form,
                    target,
                    target_id(space.namespace, target.id),
                    label,
                    unit,
                    texts,
                    pat.PARTNER_WORDS.search(words) is not None,
                    basis.get(target.id, ""),
                )
            )
    return out


def _cites(t: _Target, register: Register) -> list[tuple[Citation, str]]:
    """Return the target's citations of the register, with the text each was read in."""
    title = fold_text(register.title or "")
    out: list[tuple[Citation, str]] = []
    target = t.target
    pairs = [(b.citation, _basis_text(b.citation, t.basis_text)) for b in target.basis]
    pairs += [(c, target.raw_text) for c in target.citations]
    for citation, text in pairs:
        if citation.key == register.key or (
            not citation.numbered and title and _same_title(fold_text(citation.title or citation.key), title)
        ):
            out.append((citation, text))
    return out


def _basis_text(citation: Citation, cell: str) -> str:
    """Return the 文件依据 cell a basis citation was read in (its own text when unknown)."""
    start, end = citation.span
    return cell if cell[start:end] == citation.text else citation.text


def _same_title(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 8 and (a in b or b in a)) or fuzz.ratio(a, b) >= 90


def _best(
    t: _Target, choices: Mapping[str, str], by_item: Mapping[str, RegisterItem], cutoff: float
) -> tuple[RegisterItem, float] | None:
    """Return the item whose folded text best matches one of the target's, at `cutoff` or above."""
    best: tuple[RegisterItem, float] | None = None
    for text in t.texts:
        if len(text) < _MIN_TEXT:
            continue
        found = process.extractOne(text, choices, scorer=fuzz.partial_ratio, score_cutoff=cutoff)
        if found is not None and (best is None or found[1] > best[1]):
            best = (by_item[found[2]], float(found[1]))
    return best


def _choices(
    items: Iterable[RegisterItem], folded: Mapping[str, str], leave_out: Iterable[str] = ()
) -> dict[str, str]:
    """Return item → folded text of the items long enough to compare, but those left out."""
    out = {it.item: folded[it.item] for it in items if len(folded[it.item]) >= _MIN_TEXT}
    for item in leave_out:
        out.pop(item, None)
    return out


def _sectioned(item: str, t: _Target, by_item: Mapping[str, RegisterItem], folded: Mapping[str, str]) -> str:
    """Return the item a plain number means in a register numbered per section (`3` → `2.3`).

    When items restart in each section (`1.3`, `2.3`), a form may still write `第3项`: the
    section whose task number 3 its words match best is meant. Other numbers stay as written.
    """
    if item in by_item or "." in item:
        return item
    candidates = [key for key in by_item if key.rsplit(".", 1)[-1] == item and "." in key]
    if not candidates:
        return item
    return max(candidates, key=lambda key: (_score(t, folded[key]), -candidates.index(key)))


def _score(t: _Target, folded_item: str) -> float:
    return max((text_score(text, folded_item) for text in t.texts), default=0.0)


def related_score(a: str, b: str) -> float:
    """Return how related two folded texts are, for judging a cited item (C06), 0–100.

    The larger of `text_score` (one stretch of words shared) and the share of the shorter
    text's character pairs found in the other (the same terms in another order: a target
    that restates its task in its own words). Only texts that share neither are unrelated.

    >>> round(related_score(fold_text("开展安全生产大检查"), fold_text("强化安全生产执法检查")))
    71
    """
    if len(a) < _MIN_TEXT or len(b) < _MIN_TEXT:
        return 0.0
    pairs_a = {a[i : i + 2] for i in range(len(a) - 1)}
    pairs_b = {b[i : i + 2] for i in range(len(b) - 1)}
    shared = 100.0 * len(pairs_a & pairs_b) / min(len(pairs_a), len(pairs_b))
    return max(text_score(a, b), shared)


def _related(t: _Target, folded_item: str, enough: float) -> float:
    """Return how related the target's words are to an item's (`related_score`), computing the
    pair overlap only when rapidfuzz alone says less than `enough`."""
    quick = _score(t, folded_item)
    if quick >= enough:
        return quick
    return max((related_score(text, folded_item) for text in t.texts), default=0.0)


def cover(
    registers: Sequence[Register],
    forms: Sequence[Form],
    aliases: Mapping[str, str] | None = None,
    settings: CoverSettings | None = None,
) -> Coverage:
    """Return which targets of `forms` cover which items of `registers`, and how.

    Args:
        registers: The registers (`register_from_form`).
        forms: The units' forms (not the registers themselves).
        aliases: Short name → full name (`yiju.units.load_aliases`).
        settings: Thresholds; the defaults when None.

    Returns:
        The coverage: unit resolutions, covers (sorted by register order, then unit and
        target), items cited that the register lacks, and items cited whose text differs.
    """
    settings = settings or CoverSettings()
    targets = _targets(forms)
    form_units = tuple(dict.fromkeys(t.unit for t in targets))
    all_units = tuple(dict.fromkeys([*form_units, *((f.unit or Path(f.file).stem) for f in forms)]))
    names: dict[str, None] = {}
    for reg in registers:
        names.update(dict.fromkeys(reg.names()))
    home = next((reg.home for reg in registers if reg.home), None)
    units = tuple(resolve(names, all_units, aliases, threshold=settings.unit_similarity, home=home))
    coverage = Coverage(tuple(registers), units, all_units, (), (), ())
    covers: dict[tuple[str, str, str], Cover] = {}
    missing: list[Mismatch] = []
    mismatches: list[Mismatch] = []
    annexes: list[AnnexMismatch] = []
    for reg in registers:
        folded = {it.item: fold_text(it.text) for it in reg.items}
        by_item = reg.by_item()
        every = _choices(reg.items, folded)
        own_items: dict[str, list[RegisterItem]] = {}
        for it in reg.items:
            for unit in coverage.units_of((*it.lead, *it.partners)):
                own_items.setdefault(unit, []).append(it)
        own = {unit: _choices(items, folded) for unit, items in own_items.items()}
        for t in targets:
            cited = _cites(t, reg)
            items: list[str] = []
            for citation, text in cited:
                # `附件1第3项` when the register is 附件2: not its item 3 (C08).
                inside = _same_annex(citation, reg, t, annexes) if reg.annex is not None else citation
                items.extend(item_refs(text, inside))
            items = list(dict.fromkeys(_sectioned(item, t, by_item, folded) for item in items))
            search: Mapping[str, str] | None = own.get(t.unit) if not cited else None
            scores = {
                item: _related(t, folded[item], settings.mismatch_similarity)
                for item in items
                if item in by_item
            }
            # A range or list (`第3-5项`) is one target carrying several tasks in its own words:
            # its text is judged against them together, so one matching task is enough.
            # Words too short to compare (`推进执法`) cannot be judged: the citation stands.
            judged = any(len(text) >= _MIN_TEXT for text in t.texts)
            fits = not judged or any(score >= settings.mismatch_similarity for score in scores.values())
            others: dict[str, str] | None = None
            for item in items:
                if item in scores and fits:
                    _add(covers, reg, by_item[item], t, how="item", score=None)
                    continue
                # A number the register lacks, or tasks about something else: the target's
                # words may still name the task it meant.
                if others is None:
                    others = {k: v for k, v in every.items() if k not in items}
                instead = _best(t, others, by_item, settings.text_similarity)
                wrong = _mismatch(
                    reg, item, t, score=scores.get(item), instead=instead[0].item if instead else None
                )
                (mismatches if item in scores else missing).append(wrong)
                if instead is not None:
                    _add(covers, reg, instead[0], t, how="text", score=instead[1])
                search = None
            best = None
            if cited and not items:
                # The register by number or title alone: the unit's own tasks first (what a
                # unit writes is its own work), every task when none of them matches.
                mine = own.get(t.unit)
                best = _best(t, mine, by_item, settings.text_similarity) if mine else None
                search = every if best is None else None
            if search:
                best = _best(t, search, by_item, settings.text_similarity)
            if best is not None:
                _add(covers, reg, best[0], t, how="text", score=best[1])
    order = {(reg.key, it.item): n for n, reg in enumerate(registers) for it in reg.items}
    ranked = sorted(
        covers.values(),
        key=lambda c: (
            order.get((c.key, c.item), 0),
            natural_key(c.unit),
            c.how != "item",
            natural_key(c.target),
        ),
    )
    labels = {t.node: t.label for t in targets}
    return Coverage(
        tuple(registers),
        units,
        all_units,
        tuple(ranked),
        tuple(missing),
        tuple(mismatches),
        labels,
        tuple(annexes),
    )


def _same_annex(citation: Citation, reg: Register, t: _Target, out: list[AnnexMismatch]) -> Citation:
    """Return `citation` without the locators in another numbered annex than the register's
    (`附件1第3项` when the register is 附件2), each such annex recorded in `out` (C08); a
    citation with none is returned as it is."""
    wrong: dict[str, list[str]] = {}
    kept = []
    for loc in citation.locators:
        annex, _, inner = (loc.item or "").partition(".")
        if loc.kind == "annex" and annex and annex != reg.annex:
            wrong.setdefault(annex, []).extend(
                _expand(inner) if inner and pat.ITEM_RANGE.search(inner) else [inner or annex]
            )
        else:
            kept.append(loc)
    if not wrong:
        return citation
    for annex, refs in wrong.items():
        out.append(
            AnnexMismatch(
                reg.key,
                reg.annex or "",
                annex,
                tuple(dict.fromkeys(refs)),
                t.unit,
                t.node,
                t.label,
                t.target.location,
            )
        )
    return replace(citation, locators=tuple(kept))


def _mismatch(reg: Register, item: str, t: _Target, *, score: float | None, instead: str | None) -> Mismatch:
    return Mismatch(reg.key, item, t.unit, t.node, t.label, score, instead, t.target.location)


def _add(
    covers: dict[tuple[str, str, str], Cover],
    reg: Register,
    it: RegisterItem,
    t: _Target,
    *,
    how: str,
    score: float | None,
) -> None:
    slot = (reg.key, it.item, t.node)
    if slot in covers and covers[slot].how == "item":
        return  # a citation outranks a text match of the same target
    covers[slot] = Cover(reg.key, it.item, t.unit, t.node, how, score, t.partner, t.target.location)


def collective_names(register: Register) -> list[str]:
    """Return the collective addressees (`各县（市、区）`) a register names."""
    return [n for n in register.names() if is_collective(n)]
