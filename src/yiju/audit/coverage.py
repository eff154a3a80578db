"""C rules: a register's tasks held against the units' forms (`yiju cover --register`).

They run only when a register is given (`run_audit(..., coverage=cover(...))`); without one
they find nothing. Subjects are `clause:<register key>#<item>` (a register item is a clause
of the register document, as the graph names it), `target:<unit>/<year>/<id>` and
`unit:<name>`. Which target covers which item, and how (`item` / `text`), is worked out by
`yiju.cover`; unit names are resolved by `yiju.units`.
"""

from __future__ import annotations

from collections.abc import Iterator

from yiju.audit.context import AuditContext
from yiju.audit.profile import Profile
from yiju.audit.registry import finding, rule
from yiju.cover import Coverage, CoverSettings, Mismatch
from yiju.models import Finding, Severity, SourceLocation
from yiju.units import HOW_NAMES

__all__ = [
    "claim_unassigned",
    "cover_settings",
    "item_missing",
    "item_text_mismatch",
    "no_lead",
    "several_leads",
    "unassigned_mandate",
    "unit_without_form",
]


def cover_settings(profile: Profile) -> CoverSettings:
    """Return the matching thresholds a profile's `[cover]` section sets."""
    return CoverSettings(
        text_similarity=profile.cover_text_similarity,
        mismatch_similarity=profile.cover_mismatch_similarity,
        unit_similarity=profile.cover_unit_similarity,
    )


def _coverage(ctx: AuditContext) -> Coverage | None:
    return ctx.coverage


def _item_label(key: str, item: str) -> str:
    return f"{key}第{item}项"


def _unit(name: str) -> str:
    return f"unit:{name}"


@rule("C01", "unassigned-mandate", Severity.ERROR)
def unassigned_mandate(ctx: AuditContext) -> Iterator[Finding]:
    """Report a register task whose lead unit has no target covering it.

    The register names the lead (牵头单位 / 责任单位); the lead's form must carry the task,
    by citing the item or in the same words. One finding per lead unit that handed in a form
    and left the task out; a lead with no form at all is C07 instead, and partners are not
    required to carry the task. The unassigned mandate: an error.

    Bad:
        register 泉委办〔2021〕20号 | 11 | 深化双重预防机制建设 | 张伟 | 市应急局 | 市住建局
        泉州市应急管理局's form: no target cites 第11项 or speaks of 双重预防机制

    Good:
        泉州市应急管理局 | 1-4 | 深化双重预防机制建设（属泉委办〔2021〕20号第11项）（4分） | …
    """
    cov = _coverage(ctx)
    if cov is None:
        return
    for reg in cov.registers:
        for it in reg.items:
            covering = {c.unit for c in cov.covers_of.get((reg.key, it.item), [])}
            for unit in cov.units_of(it.lead):
                if unit not in covering:
                    yield finding(
                        "C01",
                        f"{_item_label(reg.key, it.item)}（{_short(it.text)}）"
                        f"的牵头单位{unit}没有覆盖它的目标",
                        (it.clause, _unit(unit)),
                        it.location,
                    )


@rule("C02", "no-lead", Severity.WARNING)
def no_lead(ctx: AuditContext) -> Iterator[Finding]:
    """Report a register task with no lead unit.

    The 牵头单位 / 责任单位 cell is empty (partners alone do not lead). A task that names
    only collective addressees (`各县（市、区）人民政府`) has a lead and is not reported.

    Bad:
        register | 7 | 完善应急物资储备体系 | 李军 | (牵头单位 empty) | 市发改委、市财政局

    Good:
        register | 7 | 完善应急物资储备体系 | 李军 | 市应急局 | 市发改委、市财政局
    """
    cov = _coverage(ctx)
    if cov is None:
        return
    for reg in cov.registers:
        for it in reg.items:
            if not it.lead:
                partners = f"（配合单位：{'、'.join(it.partners)}）" if it.partners else ""
                yield finding(
                    "C02",
                    f"{_item_label(reg.key, it.item)}（{_short(it.text)}）没有牵头单位{partners}",
                    (it.clause,),
                    it.location,
                )


@rule("C03", "claim-unassigned", Severity.WARNING)
def claim_unassigned(ctx: AuditContext) -> Iterator[Finding]:
    """Report a form that claims a register task it was not assigned.

    The unit is neither lead nor partner of the item, yet a target of its form cites the
    item (or cites the register and carries the item's words). Targets that do not cite
    the register are compared with their own unit's tasks only, so they never claim others'.

    Bad:
        register | 12 | 推进消防救援站建设 | 王平 | 市消防支队 | 市住建局
        泉州市应急管理局 | 1-6 | 推进消防救援站建设（属泉委办〔2021〕20号第12项）（2分） | …

    Good:
        泉州市消防救援支队 | 1-2 | 推进消防救援站建设（属泉委办〔2021〕20号第12项）（2分） | …
    """
    cov = _coverage(ctx)
    if cov is None:
        return
    for reg in cov.registers:
        for it in reg.items:
            for c in cov.covers_of.get((reg.key, it.item), []):
                if cov.role(it, c.unit) is None:
                    how = "引用该项" if c.how == "item" else "文字与该项相同"
                    yield finding(
                        "C03",
                        f"{cov.target_labels.get(c.target, c.target)}{how}，"
                        f"但{_item_label(reg.key, it.item)}未分配给该单位"
                        f"（牵头：{'、'.join(it.lead) or '无'}；配合：{'、'.join(it.partners) or '无'}）",
                        (it.clause, c.target, _unit(c.unit)),
                        c.location,
                    )


@rule("C04", "several-leads", Severity.WARNING)
def several_leads(ctx: AuditContext) -> Iterator[Finding]:
    """Report a task that two or more units cover as lead where the register names one.

    A unit covers a task as partner when its target says so (配合, 协助, 协办, 协同, 参与);
    otherwise it presents the task as its own. When the register names a single lead and
    several of the task's units (lead and partners) cover it as lead, the work is counted
    twice. Units not assigned the task at all are C03, not counted here.

    Bad:
        register | 5 | 开展危化品专项整治 | 张伟 | 市应急局 | 市工信局
        泉州市应急管理局 | 1-2 | 开展危化品专项整治（属泉委办〔2021〕20号第5项） | …
        泉州市工业和信息化局 | 1-7 | 开展危化品专项整治（属泉委办〔2021〕20号第5项） | …

    Good:
        泉州市工业和信息化局 | 1-7 | 配合开展危化品专项整治（属泉委办〔2021〕20号第5项） | …
    """
    cov = _coverage(ctx)
    if cov is None:
        return
    for reg in cov.registers:
        for it in reg.items:
            if len([n for n in it.lead if n]) != 1:
                continue
            leads = [
                c
                for c in cov.covers_of.get((reg.key, it.item), [])
                if not c.as_partner and cov.role(it, c.unit) is not None
            ]
            units = list(dict.fromkeys(c.unit for c in leads))
            if len(units) < 2:
                continue
            named = "、".join(cov.target_labels.get(c.target, c.target) for c in leads)
            yield finding(
                "C04",
                f"{_item_label(reg.key, it.item)}（{_short(it.text)}）只由{it.lead[0]}牵头，"
                f"却有{len(units)}个单位按牵头覆盖：{named}",
                (it.clause, *(c.target for c in leads)),
                it.location,
            )


def _mismatch_location(m: Mismatch) -> SourceLocation:
    return m.location


@rule("C05", "item-missing", Severity.ERROR)
def item_missing(ctx: AuditContext) -> Iterator[Finding]:
    """Report a form that cites an item number the register does not have.

    The target cites the register's number (or title) with an item beyond its tasks — a
    typo, or an item of another document. When the target's words match one of the
    register's tasks, the message names it (and that task counts as covered `by text`).

    Bad:
        register 泉委办〔2021〕20号 with items 1–30
        泉州市应急管理局 | 1-3 | 完善安全监管体系（属泉委办〔2021〕20号第41项） | …

    Good:
        泉州市应急管理局 | 1-3 | 完善安全监管体系（属泉委办〔2021〕20号第14项） | …
    """
    cov = _coverage(ctx)
    if cov is None:
        return
    for m in cov.missing_items:
        reg = next(r for r in cov.registers if r.key == m.key)
        span = f"{reg.items[0].item}–{reg.items[-1].item}" if reg.items else "无"
        instead = _instead(cov, m)
        yield finding(
            "C05",
            f"{m.target_label}引用{_item_label(m.key, m.item)}，"
            f"但该表没有这一项（共{len(reg.items)}项：{span}）{instead}",
            (m.target, f"clause:{m.key}#{m.item}"),
            _mismatch_location(m),
        )


def _instead(cov: Coverage, m: Mismatch) -> str:
    if m.instead is None:
        return ""
    for c in cov.covers_of.get((m.key, m.instead), []):
        if c.target == m.target and c.score is not None:
            return f"；文字与第{m.instead}项相近（{c.score:.0f}）"
    return f"；文字与第{m.instead}项相近"


@rule("C06", "item-text-mismatch", Severity.WARNING)
def item_text_mismatch(ctx: AuditContext) -> Iterator[Finding]:
    """Report a target that cites an item whose text is about something else.

    The target's words and the item's are compared on folded text: the larger of rapidfuzz
    partial_ratio (a shared stretch of words) and the share of character pairs in common
    (the same terms in another order, a restated task); below the profile's `[cover]
    mismatch_similarity` (45) the citation is likely a wrong number. A range or list is
    judged as a whole (one matching task is enough); words too short to compare are not
    judged. The target does not cover the cited item; when its words match another item,
    the message names it and that item counts as covered `by text`.

    Bad:
        register | 8 | 加强森林防灭火工作 | …
        泉州市应急管理局 | 1-5 | 推进安全生产执法检查（属泉委办〔2021〕20号第8项） | …

    Good:
        泉州市应急管理局 | 1-5 | 加强森林防灭火队伍建设（属泉委办〔2021〕20号第8项） | …
    """
    cov = _coverage(ctx)
    if cov is None:
        return
    for m in cov.mismatches:
        reg = next(r for r in cov.registers if r.key == m.key)
        text = reg.by_item()[m.item].text
        yield finding(
            "C06",
            f"{m.target_label}引用{_item_label(m.key, m.item)}（{_short(text)}），"
            f"但文字不符（相似度 {m.score or 0:.0f}）{_instead(cov, m)}",
            (m.target, f"clause:{m.key}#{m.item}"),
            _mismatch_location(m),
        )


@rule("C07", "unit-without-form", Severity.WARNING)
def unit_without_form(ctx: AuditContext) -> Iterator[Finding]:
    """Report a register unit that resolves to no form: a unit that handed in nothing.

    The name is resolved to the forms' units (rules, fuzzy matching, the alias file); when
    it resolves to none — or to several, which are named — its tasks cannot be checked.
    Collective addressees (`各县（市、区）人民政府`, `有关单位`) are no one unit and are skipped.

    Bad:
        register | 3 | 推进应急广播体系建设 | 李军 | 市文旅局 | …
        (no form of 泉州市文化广电和旅游局 among the forms)

    Good:
        泉州市文化广电和旅游局's form among the forms, or `"市文旅局" = "…"` in the alias file
    """
    cov = _coverage(ctx)
    if cov is None:
        return
    for reg in cov.registers:
        for name in reg.names():
            res = cov.resolution.get(name)
            if res is None or res.how == "collective" or name in cov.resolved:
                continue
            lead = [it.item for it in reg.items if name in it.lead]
            partner = [it.item for it in reg.items if name in it.partners]
            first = next(it for it in reg.items if name in it.lead or name in it.partners)
            roles = "，".join(
                part
                for part in (
                    f"牵头{len(lead)}项（{_items(lead)}）" if lead else "",
                    f"配合{len(partner)}项（{_items(partner)}）" if partner else "",
                )
                if part
            )
            if res.how == "ambiguous":
                why = f"对应多个单位：{'、'.join(res.candidates)}；请在别名文件中指明"
            elif res.resolved is not None:
                why = f"按{HOW_NAMES.get(res.how, res.how)}对应{res.resolved}，但没有该单位的表"
            else:
                why = "没有对应的单位表"
            yield finding(
                "C07",
                f"{reg.key}的{name}{why}（{roles}）",
                (_unit(name), *(_unit(c) for c in res.candidates)),
                first.location,
            )


def _items(items: list[str]) -> str:
    shown = "、".join(items[:8])
    return shown + ("…" if len(items) > 8 else "")


def _short(text: str, limit: int = 20) -> str:
    flat = "".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
