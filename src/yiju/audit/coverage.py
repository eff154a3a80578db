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
from yiju.messages import Said, listed, say
from yiju.models import Finding, Severity, SourceLocation
from yiju.units import HOW_NAMES

__all__ = [
    "annex_mismatch",
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
                        say("C01.uncovered", key=reg.key, item=it.item, text=_short(it.text), unit=unit),
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
                partners = say("C02.partners", names=listed(it.partners)) if it.partners else ""
                yield finding(
                    "C02",
                    say("C02.no_lead", key=reg.key, item=it.item, text=_short(it.text), partners=partners),
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
                    how = say("C03.cites") if c.how == "item" else say("C03.words")
                    yield finding(
                        "C03",
                        say(
                            "C03.claim",
                            target=cov.target_labels.get(c.target, c.target),
                            how=how,
                            key=reg.key,
                            item=it.item,
                            lead=listed(it.lead) if it.lead else say("none"),
                            partners=listed(it.partners) if it.partners else say("none"),
                        ),
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
            named = listed(cov.target_labels.get(c.target, c.target) for c in leads)
            yield finding(
                "C04",
                say(
                    "C04.leads",
                    key=reg.key,
                    item=it.item,
                    text=_short(it.text),
                    lead=it.lead[0],
                    n=len(units),
                    targets=named,
                ),
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
        span: Said | str = f"{reg.items[0].item}–{reg.items[-1].item}" if reg.items else say("none")
        yield finding(
            "C05",
            say(
                "C05.missing",
                target=m.target_label,
                key=m.key,
                item=m.item,
                n=len(reg.items),
                span=span,
                instead=_instead(cov, m),
            ),
            (m.target, f"clause:{m.key}#{m.item}"),
            _mismatch_location(m),
        )


def _instead(cov: Coverage, m: Mismatch) -> Said | str:
    if m.instead is None:
        return ""
    for c in cov.covers_of.get((m.key, m.instead), []):
        if c.target == m.target and c.score is not None:
            return say("C.instead_score", item=m.instead, score=f"{c.score:.0f}")
    return say("C.instead", item=m.instead)


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
            say(
                "C06.mismatch",
                target=m.target_label,
                key=m.key,
                item=m.item,
                text=_short(text),
                score=f"{m.score or 0:.0f}",
                instead=_instead(cov, m),
            ),
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
            roles = [
                *([say("C07.lead", n=len(lead), items=_items(lead))] if lead else []),
                *([say("C07.partner", n=len(partner), items=_items(partner))] if partner else []),
            ]
            if res.how == "ambiguous":
                why = say("C07.ambiguous", names=listed(res.candidates))
            elif res.resolved is not None:
                how = HOW_NAMES.get(res.how, res.how)
                why = say("C07.no_form", how=Said(how, res.how), unit=res.resolved)
            else:
                why = say("C07.unresolved")
            yield finding(
                "C07",
                say("C07.unit", key=reg.key, name=name, why=why, roles=listed(roles, ";")),
                (_unit(name), *(_unit(c) for c in res.candidates)),
                first.location,
            )


@rule("C08", "annex-mismatch", Severity.WARNING)
def annex_mismatch(ctx: AuditContext) -> Iterator[Finding]:
    """Report a target that cites items of another annex than the one the register is.

    A notice often has several annexes, each a table numbering its own tasks from 1; the
    register knows which one it is from its file name or title (`泉委办〔2021〕20号附件2.xlsx`,
    `附件2：…分工方案`). A target citing `附件1第3项` of the same number cites item 3 of another
    table: it is not counted as covering the register's item 3 (its words may still cover a
    task, as with no item at all). Where either annex is unknown (`…号附件.xlsx`, a citation
    with no annex) nothing is checked.

    Bad:
        register 泉委办〔2021〕20号附件2.xlsx
        泉州市应急管理局 | 1-3 | 完善安全监管体系（属泉委办〔2021〕20号附件1第3项） | …

    Good:
        泉州市应急管理局 | 1-3 | 完善安全监管体系（属泉委办〔2021〕20号附件2第3项） | …
    """
    cov = _coverage(ctx)
    if cov is None:
        return
    for m in cov.annex_mismatches:
        yield finding(
            "C08",
            say(
                "C08.annex",
                target=m.target_label,
                key=m.key,
                cited=m.cited,
                items="、".join(m.items),
                annex=m.annex,
            ),
            (m.target, f"clause:{m.key}#annex{m.cited}"),
            m.location,
        )


def _items(items: list[str]) -> str:
    shown = "、".join(items[:8])
    return shown + ("…" if len(items) > 8 else "")


def _short(text: str, limit: int = 20) -> str:
    flat = "".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
