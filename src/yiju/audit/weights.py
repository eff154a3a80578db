"""W rules: weights, totals and the form's own 备注 rules, read from the profile.

Hidden rows are outside every total here (R01 reports them): a reviewer adds up what the
printed form shows, and the seed's own 合计 formula skips its hidden row. A missing weight
counts as 0 and is named in the message.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from yiju import patterns as pat
from yiju._util import number_text as _fmt
from yiju._util import unique, weight_text
from yiju.audit.context import (
    AuditContext,
    form_location,
    short,
    visible_indicators,
    visible_targets,
)
from yiju.audit.profile import Profile
from yiju.audit.registry import finding, rule
from yiju.messages import Said, listed, say
from yiju.models import Finding, Form, Indicator, SourceLocation, Target

__all__ = [
    "admin_structure",
    "admin_topic_in_function",
    "category_total",
    "dynamic_targets",
    "grand_total",
    "points_mismatch",
    "too_few_targets",
]


def _sum(indicators: Sequence[Indicator]) -> float:
    return sum(i.weight or 0.0 for i in indicators)


def _differs(profile: Profile, a: float, b: float) -> bool:
    return abs(a - b) > profile.tolerance


def _no_weight(indicators: Sequence[Indicator]) -> Said | str:
    missing = [i.id for i in indicators if i.weight is None]
    return say("W.no_weight", ids=listed(missing)) if missing else ""


def _ref(profile: Profile, section: str) -> Said:
    """Return the rule a profile section cites (`备注(2)`), else `the profile` in each language."""
    ref = profile.references.get(section)
    return Said(ref, ref) if ref else say("W.profile")


@rule("W01")
def points_mismatch(ctx: AuditContext) -> Iterator[Finding]:
    """Report a target whose indicators' weights do not add up to its （N分）.

    The 一级指标 text ends with its points (`（4分）`); the 权重 of its visible second-level
    indicators must add up to them (within the profile's tolerance). Childless targets declare
    no points of their own and are not checked. Subjects: the target, then its indicators.

    Bad:
        1-3-1 | … | 完善安全监管体系建设…（4分） | … | 2
        1-3-2 |   |                          | … | 1.5

    Good:
        1-3-1 | … | 完善安全监管体系建设…（4分） | … | 2
        1-3-2 |   |                          | … | 2
    """
    profile = ctx.profile
    for form in ctx.forms:
        for target in visible_targets(form):
            if target.points is None:
                continue
            node = ctx.target_node(form, target)
            inds = ctx.indicators_of(form, target.id)
            total = _sum(inds)
            if not _differs(profile, total, target.points):
                continue
            weights = listed(f"{i.id} {weight_text(i.weight)}" for i in inds)
            yield finding(
                "W01",
                say(
                    "W01.mismatch",
                    label=ctx.label(form, target.id),
                    points=_fmt(target.points),
                    total=_fmt(total),
                    weights=weights,
                    no_weight=_no_weight(inds),
                ),
                (node, *(ctx.indicator_node(form, i) for i in inds)),
                target.location,
            )


@rule("W02")
def category_total(ctx: AuditContext) -> Iterator[Finding]:
    """Report a category whose weights differ from its 合计 row or from the profile.

    For each category (职能工作目标, 行政能力目标): the visible indicators' weights are added and
    compared with the number the form's 合计 row declares, and with the profile's
    `[totals.categories]` (70 / 30). A category the profile expects but the form lacks is
    reported too. One finding per category, naming every disagreement. The location is the
    form's file (the parsed form does not keep the 合计 row's position).

    Bad:
        职能工作目标 indicators add up to 68 | 合计 | 70

    Good:
        职能工作目标 indicators add up to 70 | 合计 | 70
    """
    profile = ctx.profile
    for form in ctx.forms:
        inds = visible_indicators(form)
        categories = list(profile.category_totals)
        categories += [c for c in form.categories if c not in categories]
        categories += [c for c in form.totals if c not in categories and c != "总计"]
        for category in categories:
            mine = [i for i in inds if i.category == category]
            declared = form.totals.get(category)
            expected = profile.category_totals.get(category)
            actual = _sum(mine)
            problems: list[Said] = []
            cite = profile.cite("totals")
            if not mine and declared is None:
                if expected is not None:
                    problems.append(say("W02.missing", cite=cite, expected=_fmt(expected)))
            else:
                if declared is not None and _differs(profile, actual, declared):
                    problems.append(say("W02.declared", actual=_fmt(actual), declared=_fmt(declared)))
                if expected is not None and _differs(profile, actual, expected):
                    problems.append(
                        say("W02.expected", actual=_fmt(actual), cite=cite, expected=_fmt(expected))
                    )
            if problems:
                yield finding(
                    "W02",
                    say(
                        "W02.category",
                        category=category,
                        problems=listed(unique(problems), ";"),
                        no_weight=_no_weight(mine),
                    ),
                    (ctx.category_node(form, category),),
                    form_location(form),
                )


def _weighed_per_level(form: Form) -> bool:
    """Return True for a table that weighs each level on its own scale (a KPI form).

    `一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 分值`: each 二级 block adds to 100 inside
    its 一级, so the leaves' 分值 add to 100 per 一级, never to the form's 总分 in all.
    """
    return form.family != "performance_form" and sum(1 for c in form.columns if c.role == "weight") > 1


@rule("W03")
def grand_total(ctx: AuditContext) -> Iterator[Finding]:
    """Report a form whose weights do not add up to its grand total (100).

    All visible indicator weights are added and compared with the profile's grand total and
    with the total row the form declares (`绩效目标考评得分…`); a declared total that differs
    from the profile is reported even when the weights match it.

    Bad:
        职能工作目标 70 + 行政能力目标 28.5 = 98.5 | 绩效目标考评得分 | 100

    Good:
        职能工作目标 70 + 行政能力目标 30 = 100 | 绩效目标考评得分 | 100
    """
    profile = ctx.profile
    for form in ctx.forms:
        inds = visible_indicators(form)
        if not inds or _weighed_per_level(form):
            continue
        actual = _sum(inds)
        declared = form.totals.get("总计")
        expected = profile.grand_total
        problems: list[Said] = []
        if declared is not None and _differs(profile, actual, declared):
            problems.append(say("W03.declared", declared=_fmt(declared)))
        if expected is not None and _differs(profile, actual, expected):
            problems.append(say("W03.expected", cite=profile.cite("totals"), expected=_fmt(expected)))
        if declared is not None and expected is not None and _differs(profile, declared, expected):
            problems.append(say("W03.row_vs_profile", declared=_fmt(declared), expected=_fmt(expected)))
        if problems:
            yield finding(
                "W03",
                say("W03.total", actual=_fmt(actual), problems=listed(unique(problems), ";")),
                (ctx.form_node(form),),
                form_location(form),
            )


@rule("W04")
def too_few_targets(ctx: AuditContext) -> Iterator[Finding]:
    """Report a form with fewer first-level targets than the profile's minimum in its groups.

    备注(1): 重点工作目标 and 常规工作目标 together hold at least 15 first-level indicators
    (一级指标). Visible targets of the profile's `[targets].groups` are counted, childless ones
    included (`1-15` is a first-level target).

    Bad:
        重点工作目标 1-1 … 1-5, 常规工作目标 2-1: 6 first-level targets

    Good:
        重点工作目标 1-1 … 1-15, 常规工作目标 2-1 … 2-3: 18 first-level targets
    """
    profile = ctx.profile
    if profile.min_targets <= 0:
        return
    groups = " + ".join(profile.target_groups)
    for form in ctx.forms:
        count = sum(1 for t in visible_targets(form) if t.group in profile.target_groups)
        if count < profile.min_targets:
            yield finding(
                "W04",
                say(
                    "W04.few",
                    groups=groups,
                    count=count,
                    s="" if count == 1 else "s",
                    ref=_ref(profile, "targets"),
                    minimum=profile.min_targets,
                ),
                (ctx.form_node(form),),
                form_location(form),
            )


def _points(ctx: AuditContext, form: Form, target: Target) -> float:
    """Return a target's points: its （N分）, or its indicators' weights when it declares none."""
    if target.points is not None:
        return target.points
    return _sum(ctx.indicators_of(form, target.id))


@rule("W05")
def dynamic_targets(ctx: AuditContext) -> Iterator[Finding]:
    """Report 动态目标 over their points cap or with fewer items than required.

    备注(2): 动态工作目标 at most 10 points and at least 2 items; with a single item it counts
    as 5 points; it may be absent (no finding then). A single item is always reported — the
    rule asks for two — and the message says what it is scored at (5) when the form gives it
    other points (the seed's 3-1 declares 4). Items are the group's visible first-level
    targets; a target's points are its （N分）, or its weights when it declares none.

    Bad:
        动态目标 | 3-1 | …（4分） — the only item

    Good:
        动态目标 | 3-1 | …（4分） and 3-2 | …（4分）: two items, 8 points
    """
    profile = ctx.profile
    group = profile.dynamic_group
    if group is None:
        return
    ref = _ref(profile, "dynamic")
    for form in ctx.forms:
        items = [t for t in visible_targets(form) if t.group == group]
        if not items:
            continue
        points = [_points(ctx, form, t) for t in items]
        total = sum(points)
        each = listed(
            say("W05.item", label=ctx.label(form, t.id), points=_fmt(p))
            for t, p in zip(items, points, strict=True)
        )
        problems: list[Said] = []
        cap = profile.dynamic_max_points
        if cap is not None and total > cap + profile.tolerance:
            problems.append(
                say("W05.cap", group=group, total=_fmt(total), items=each, ref=ref, cap=_fmt(cap))
            )
        if len(items) < profile.dynamic_min_items:
            single = profile.dynamic_single_item_points
            scored: Said | str = ""
            if len(items) == 1 and single is not None:
                instead = (
                    say("W05.not", points=_fmt(points[0])) if _differs(profile, points[0], single) else ""
                )
                scored = say("W05.single", single=_fmt(single), instead=instead)
            problems.append(
                say(
                    "W05.few",
                    group=group,
                    n=len(items),
                    s="s" if len(items) > 1 else "",
                    items=each,
                    ref=ref,
                    minimum=profile.dynamic_min_items,
                    scored=scored,
                )
            )
        for problem in problems:
            yield finding("W05", problem, [ctx.target_node(form, t) for t in items], items[0].location)


@rule("W06")
def admin_structure(ctx: AuditContext) -> Iterator[Finding]:
    """Report 行政能力目标 with second-level indicators or weights other than the fixed ones.

    备注(3): 行政能力目标 has no second-level indicators; its content and weights are fixed. The
    profile fixes each group's points (科学行政 … 管理创新, 6 each), the number of items per
    group (4) and each item's weight (1.5). Reported: a target with second-level indicators
    (`4-1-1`); a group whose weights differ from its points; a group with another number of
    items; an item with another weight; a group the profile does not know; a fixed group
    missing. Only forms that have the category are checked (W02 reports a missing category).
    The fixed item texts change by year and are not compared.

    Bad:
        行政能力目标 | 4-1 | 科学行政（6分） | 做好机关日常管理工作 | | 2 | 12月 | …
                     | 4-2-1 |                | 做好公文处理工作 | 规范公文格式 | 1 | 12月 | …

    Good:
        行政能力目标 | 4-1 | 科学行政（6分） | 做好机关日常管理工作 | | 1.5 | 12月 | …
                     | 4-2 |                  | 做好公文处理工作 |  | 1.5 | 12月 | …
    """
    profile = ctx.profile
    category = profile.admin_category
    if category is None:
        return
    ref = _ref(profile, "admin")
    for form in ctx.forms:
        targets = [t for t in visible_targets(form) if t.category == category]
        if not targets:
            continue
        yield from _admin_form(ctx, form, targets, ref)


def _admin_form(ctx: AuditContext, form: Form, targets: Sequence[Target], ref: Said) -> Iterator[Finding]:
    profile = ctx.profile
    location = targets[0].location
    for target in targets:
        node = ctx.target_node(form, target)
        kids = [i for i in ctx.indicators_of(form, target.id) if i.id != target.id]
        if kids:
            yield finding(
                "W06",
                say("W06.kids", label=ctx.label(form, target.id), ids=listed(i.id for i in kids), ref=ref),
                (node, *(ctx.indicator_node(form, i) for i in kids)),
                target.location,
            )
    groups: dict[str, list[Target]] = {}
    for target in targets:
        groups.setdefault(target.group, []).append(target)
    for group, points in profile.admin_groups.items():
        if group not in groups:
            yield finding(
                "W06",
                say(
                    "W06.group_missing",
                    group=group,
                    category=profile.admin_category,
                    ref=ref,
                    points=_fmt(points),
                ),
                (ctx.group_node(form, group),),
                location,
            )
    for group, members in groups.items():
        inds = [i for t in members for i in ctx.indicators_of(form, t.id)]
        where = members[0].location
        if profile.admin_groups and group not in profile.admin_groups:
            yield finding(
                "W06",
                say(
                    "W06.group_unknown",
                    category=profile.admin_category,
                    group=group,
                    ref=ref,
                    fixed=listed(profile.admin_groups),
                ),
                (ctx.group_node(form, group),),
                where,
            )
            continue
        fixed = profile.admin_groups.get(group)
        if fixed is not None and _differs(profile, _sum(inds), fixed):
            yield finding(
                "W06",
                say(
                    "W06.group_weight",
                    group=group,
                    actual=_fmt(_sum(inds)),
                    ref=ref,
                    fixed=_fmt(fixed),
                    no_weight=_no_weight(inds),
                ),
                (ctx.group_node(form, group),),
                where,
            )
        per_group = profile.admin_items_per_group
        if per_group is not None and len(members) != per_group:
            yield finding(
                "W06",
                say(
                    "W06.group_items",
                    group=group,
                    n=len(members),
                    ids=listed(t.id for t in members),
                    ref=ref,
                    fixed=per_group,
                ),
                (ctx.group_node(form, group), *(ctx.target_node(form, t) for t in members)),
                where,
            )
        item_weight = profile.admin_item_weight
        if item_weight is not None:
            for ind in inds:
                if ind.weight is None or _differs(profile, ind.weight, item_weight):
                    yield finding(
                        "W06",
                        say(
                            "W06.item_weight",
                            label=ctx.label(form, ind.id),
                            weight=weight_text(ind.weight),
                            ref=ref,
                            fixed=_fmt(item_weight),
                        ),
                        (ctx.indicator_node(form, ind),),
                        ind.location,
                    )


def _keywords(profile: Profile, text: str) -> list[str]:
    """Return the profile's admin keywords found in `text`, outside titles and exception phrases."""
    masked = pat.BOOK_TITLE.sub(lambda m: "\u0000" * len(m.group()), text)
    for phrase in profile.admin_keyword_exceptions:
        if phrase:
            masked = masked.replace(phrase, "\u0000" * len(phrase))
    found = [k for k in profile.admin_keywords if k and k in masked]
    # `社会治安综合治理` says it all; `综合治理` inside it adds nothing.
    return [k for k in found if not any(k != other and k in other for other in found)]


def _topic_reasons(profile: Profile, texts: Sequence[str], departments: Sequence[str]) -> list[Said]:
    words: list[str] = []
    for text in texts:
        words += [w for w in _keywords(profile, text) if w not in words]
    owners = [d for d in departments if d in profile.admin_departments]
    reasons = []
    if words:
        reasons.append(say("W07.keyword", words="、".join(words)))
    if owners:
        reasons.append(say("W07.owner", owners="、".join(dict.fromkeys(owners))))
    return reasons


@rule("W07")
def admin_topic_in_function(ctx: AuditContext) -> Iterator[Finding]:
    """Report 行政能力 work (党建, 综治, 宣传, 精神文明, 文明城市 …) set under 职能工作目标.

    备注(4): 党建, 综治, 宣传, 精神文明 and the like belong to 行政能力目标. A visible target or
    indicator of the profile's function category is reported when its own text holds one of
    the profile's keywords (document titles are not read: `学习宣传贯彻…的工作方案` names a
    document), outside the exception phrases (`学习宣传贯彻`), or when a department the
    profile lists (机关党委) owns it. Keywords are phrases, not single characters or verbs:
    `创建` alone is not one — 创建综合减灾示范社区 is disaster work — while `城市创建`,
    `文明创建` are the 文明城市 campaign. A childless target is reported once, as the target;
    otherwise the 一级指标 text is checked on the target and each indicator on its own. A
    warning: words are evidence, the reviewer decides.

    Bad:
        重点工作目标 | 1-15 | | | 城市创建工作 | 5 | 12月 | 刘海明 | 机关党委 | 万小翠

    Good:
        行政能力目标 | 4-1 | 科学行政（6分） | 扎实开展机关党的建设… | | 1.5 | … | 机关党委 | 万小翠
    """
    profile = ctx.profile
    category = profile.function_category
    if category is None:
        return
    for form in ctx.forms:
        for target in visible_targets(form):
            if target.category != category:
                continue
            node = ctx.target_node(form, target)
            kids = ctx.indicators_of(form, target.id)
            childless = len(kids) == 1 and kids[0].id == target.id
            if childless:
                ind = kids[0]
                reasons = _topic_reasons(profile, [target.text, ind.text], ind.departments)
                if reasons:
                    text = target.text or ind.text
                    yield _w07(ctx, form, target.id, text, reasons, node, ind.departments, ind.location)
                continue
            reasons = _topic_reasons(profile, [target.text], ())
            if reasons:
                yield _w07(ctx, form, target.id, target.text, reasons, node, (), target.location)
            for ind in kids:
                reasons = _topic_reasons(profile, [ind.text], ind.departments)
                if reasons:
                    node = ctx.indicator_node(form, ind)
                    yield _w07(ctx, form, ind.id, ind.text, reasons, node, ind.departments, ind.location)


def _w07(  # noqa: PLR0917  # one call shape for the target and the indicator case
    ctx: AuditContext,
    form: Form,
    ident: str,
    text: str,
    reasons: Sequence[Said],
    node: str,
    departments: Sequence[str],
    location: SourceLocation,
) -> Finding:
    profile = ctx.profile
    ref = _ref(profile, "admin_topics")
    owners = [ctx.dept_node(form, d) for d in dict.fromkeys(departments) if d in profile.admin_departments]
    return finding(
        "W07",
        say(
            "W07.topic",
            label=ctx.label(form, ident),
            text=short(text),
            reasons=listed(reasons, ";"),
            ref=ref,
            category=profile.function_category,
        ),
        (node, *owners),
        location,
    )
