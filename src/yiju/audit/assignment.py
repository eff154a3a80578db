"""A rules: who owns each indicator — someone, one someone, the same someone everywhere.

Every visible indicator is checked, 行政能力目标 included (its owners are scored too); a
childless target (`1-15`, `4-1`) is its own indicator.
"""

from __future__ import annotations

from collections.abc import Iterator

from yiju.audit.context import (
    AuditContext,
    visible_indicators,
)
from yiju.audit.registry import finding, rule
from yiju.messages import listed, say
from yiju.models import Finding, Form, Indicator

__all__ = ["no_department", "no_leader", "no_person", "person_in_several_departments", "shared_owner"]


# The column role each rule needs: a table of another family without such a column (a task
# list names no 责任人) is not missing an owner on every row; it has no such owners at all.
_ROLE = {"A01": "people", "A02": "departments", "A03": "leaders"}


def _has_role(form: Form, code: str) -> bool:
    """Return True when a form has the owner column a rule checks (performance forms always)."""
    if form.family == "performance_form" or not form.columns:
        return True
    return any(c.role == _ROLE[code] for c in form.columns)


def _missing(ctx: AuditContext, code: str) -> Iterator[Finding]:
    for form in ctx.forms:
        if not _has_role(form, code):
            continue
        for ind in visible_indicators(form):
            missing = {
                "A01": not ind.people,
                "A02": not ind.departments,
                "A03": not ind.leader,
            }[code]
            if missing:
                yield finding(
                    code,
                    say(f"{code}.missing", label=ctx.label(form, ind.id)),
                    (ctx.indicator_node(form, ind),),
                    ind.location,
                )


@rule("A01")
def no_person(ctx: AuditContext) -> Iterator[Finding]:
    """Report an indicator with no 责任人 (responsible person).

    An unassigned mandate: the work is scored but nobody answers for it. An error. Checked
    on every performance form, and on a table of another family only when it has a
    责任人 column (a task list of leaders and units names no persons).

    Bad:
        | 1-2-1 | | … | 持续开展危化品等重点领域专项整治… | 1.5 | 12月 | 刘海明 | 危化科 |

    Good:
        | 1-2-1 | | … | 持续开展危化品等重点领域专项整治… | 1.5 | 12月 | 刘海明 | 危化科 | 陈庆超
    """
    return _missing(ctx, "A01")


@rule("A02")
def no_department(ctx: AuditContext) -> Iterator[Finding]:
    """Report an indicator with no 责任部门 (responsible department).

    An unassigned mandate at the level that plans and reports the work. An error.

    Bad:
        | 1-2-1 | | … | 持续开展危化品等重点领域专项整治… | 1.5 | 12月 | 刘海明 | | 陈庆超

    Good:
        | 1-2-1 | | … | 持续开展危化品等重点领域专项整治… | 1.5 | 12月 | 刘海明 | 危化科 | 陈庆超
    """
    return _missing(ctx, "A02")


@rule("A03")
def no_leader(ctx: AuditContext) -> Iterator[Finding]:
    """Report an indicator with no 分管领导 (leader in charge).

    Without a leader the work has no one to escalate to. An error.

    Bad:
        | 1-2-1 | | … | 持续开展危化品等重点领域专项整治… | 1.5 | 12月 | | 危化科 | 陈庆超

    Good:
        | 1-2-1 | | … | 持续开展危化品等重点领域专项整治… | 1.5 | 12月 | 刘海明 | 危化科 | 陈庆超
    """
    return _missing(ctx, "A03")


def _owning(form: Form, ind: Indicator) -> tuple[str, ...]:
    """Return the departments that own an indicator for A04.

    On a performance form every unit named owns it (a 配合单位 column included: the work is
    scored in each); a task list's 配合单位 assist by design and its lead unit owns the work.
    """
    return ind.departments if form.family == "performance_form" else ind.lead_departments


def _leaders(ind: Indicator) -> list[str]:
    return [name for name in (ind.leader or "").split("、") if name]


@rule("A04")
def shared_owner(ctx: AuditContext) -> Iterator[Finding]:
    """Report an indicator shared by several departments, people or leaders.

    One indicator, one score, one owner: when two departments (a 配合单位 column included) or
    two people share it, nobody is clearly accountable and the work may be counted in two
    departments' assessments. Two 分管领导 on one indicator count too. Subjects: the
    indicator, then its departments and people. A warning: a shared task can be deliberate,
    but the form should then say who leads.

    Bad:
        | 1-3-1 | | … | 完善“智慧安监”平台… | 2 | 12月 | 王夏阳 | 基础科 协调科 | 李志福 陈梓平

    Good:
        | 1-3-1 | | … | 完善“智慧安监”平台… | 2 | 12月 | 王夏阳 | 基础科 | 李志福
    """
    for form in ctx.forms:
        for ind in visible_indicators(form):
            leaders = _leaders(ind)
            departments = _owning(form, ind)
            if len(departments) < 2 and len(ind.people) < 2 and len(leaders) < 2:
                continue
            parts = []
            if len(departments) > 1:
                parts.append(say("A04.departments", n=len(departments), names=listed(departments)))
            if len(ind.people) > 1:
                parts.append(say("A04.people", n=len(ind.people), names=listed(ind.people)))
            if len(leaders) > 1:
                parts.append(say("A04.leaders", n=len(leaders), names=listed(leaders)))
            subjects = [
                ctx.indicator_node(form, ind),
                *(ctx.dept_node(form, d) for d in departments),
                *(ctx.person_node(form, p) for p in ind.people),
            ]
            yield finding(
                "A04",
                say("A04.parts", label=ctx.label(form, ind.id), parts=listed(parts, "and;")),
                subjects,
                ind.location,
            )


@rule("A05")
def person_in_several_departments(ctx: AuditContext) -> Iterator[Finding]:
    """Report one person listed under different departments within one form.

    A person belongs to one department; 林永源 under 火灾科 on one row and 防火科 on the next
    is a typo or a stale name, and splits their workload in two. Only rows that pair the
    person with a department count (the n-th person with the n-th department, docs/families.md).
    Within one form — a person may move between years. Subjects: the person, the
    departments, then the indicators.

    Bad:
        | 1-9-1 | … | 2 | 12月 | 李隽 | 火灾科 | 林永源
        | 1-9-2 | … | 2 | 12月 | 李隽 | 防火科 | 林永源

    Good:
        | 1-9-1 | … | 2 | 12月 | 李隽 | 防火科 | 林永源
        | 1-9-2 | … | 2 | 12月 | 李隽 | 防火科 | 林永源
    """
    for form in ctx.forms:
        seen: dict[str, dict[str, list[Indicator]]] = {}
        for ind in visible_indicators(form):
            for pair in ind.assignments:
                if pair.person and pair.department:
                    rows = seen.setdefault(pair.person, {}).setdefault(pair.department, [])
                    if ind not in rows:
                        rows.append(ind)
        for person, depts in seen.items():
            if len(depts) < 2:
                continue
            parts = [
                say("A05.part", dept=dept, ids=listed(i.id for i in inds)) for dept, inds in depts.items()
            ]
            inds = [i for group in depts.values() for i in group]
            first = min(inds, key=lambda i: (i.location.row or 0, i.id))
            yield finding(
                "A05",
                say("A05.departments", person=person, n=len(depts), parts=listed(parts)),
                [
                    ctx.person_node(form, person),
                    *(ctx.dept_node(form, d) for d in depts),
                    *(ctx.indicator_node(form, i) for i in inds),
                ],
                first.location,
            )
