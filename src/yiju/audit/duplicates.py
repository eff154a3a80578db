"""D rules: the same mandate counted more than once — one clause, twin targets, twin texts.

These findings are lists for a reviewer: each names every target (with its owners) or both
texts, so whether the same work is scored twice can be decided from the message alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from yiju import patterns as pat
from yiju._util import unique
from yiju.audit.context import (
    AuditContext,
    is_standing,
    location_from_attrs,
    owners_text,
    short,
    visible_indicators,
    visible_targets,
)
from yiju.audit.registry import finding, rule
from yiju.audit.similar import similar_groups
from yiju.graphread import EdgeKind, NodeKind, nodes_of
from yiju.messages import listed, say
from yiju.models import Finding, Indicator, SourceLocation, Target
from yiju.normalize import fold_width

__all__ = ["clause_shared", "near_duplicate_text", "twin_targets"]


@rule("D01")
def clause_shared(ctx: AuditContext) -> Iterator[Finding]:
    """Report one clause cited by several targets, listing them with their owners.

    A clause is a document and item (`泉委办〔2021〕20号第11项`); when several targets pin it
    (the profile's `clause_min_targets`, 2 by default), a reviewer must see whether they split
    the item's work or count it twice. Across all forms audited together, from the graph's
    `cites` edges, so a clause shared between units shows too. Each target is listed as
    `id (department person; …)`. Info: a broad clause legitimately feeds several targets.

    Bad:
        1-4 | 深化风险辨析分级管控…（属泉委办〔2021〕20号第14-15页第11项）| 基础科 李志福
        1-5 | 深入开展安全生产执法年活动…（属泉委办〔2021〕20号第14-15页第11项）| 办公室 黄荣秀

    Good:
        1-4 | …（属泉委办〔2021〕20号第14-15页第11项） and 1-5 | …（属泉委办〔2021〕20号第16页第12项）
    """
    graph = ctx.graph
    minimum = max(ctx.profile.clause_min_targets, 2)
    for clause in nodes_of(graph, NodeKind.CLAUSE):
        attrs = graph.nodes[clause]
        where: dict[str, SourceLocation] = {}
        for source, edges in graph.pred[clause].items():
            if EdgeKind.CITES in edges and source in ctx.targets:
                where[source] = location_from_attrs(edges[EdgeKind.CITES])
        if len(where) < minimum:
            continue
        order = sorted(where, key=ctx.order)
        parts = [
            say("D01.part", label=ctx.target_label(n), owners=owners_text(ctx.node_indicators(n)))
            for n in order
        ]
        name = f"{attrs['key']} 第{attrs['item']}{attrs.get('unit', '项')}"
        yield finding(
            "D01",
            say("D01.cited", name=name, n=len(order), parts=listed(parts)),
            (clause, *order),
            where[order[0]],
        )


@rule("D02")
def twin_targets(ctx: AuditContext) -> Iterator[Finding]:
    """Report targets that cite the same documents and have the same owners.

    Within one form: two (or more) targets whose documents (文件依据 and 一级指标 together,
    standing documents such as the 三定方案 left out) are the same set and whose indicators
    have the same departments and the same people are likely one piece of work split in two
    to fill the count of first-level targets (备注(1)). The 分管领导 is not compared: a leader
    oversees many targets. Targets citing no document (other than standing ones) are not
    compared. Subjects: the targets.

    Bad:
        1-6 | 泉委发〔2021〕5号, 泉委办〔2021〕20号, 泉府督〔2020〕DC-009号 | 基础科 李志福
        1-7 | 泉委发〔2021〕5号, 泉委办〔2021〕20号, 泉府督〔2020〕DC-009号 | 基础科 李志福

    Good:
        1-6 and 1-7 merged into one target, or each resting on its own clause and owner.
    """
    profile = ctx.profile
    for form in ctx.forms:
        groups: dict[
            tuple[frozenset[str], frozenset[str], frozenset[str]], list[tuple[Target, list[str]]]
        ] = {}
        for target in visible_targets(form):
            docs = unique(
                [b.key for b in target.basis if not is_standing(profile, b.key, b.title)]
                + [c.key for c in target.citations if not is_standing(profile, c.key, c.title)]
            )
            inds = ctx.indicators_of(form, target.id)
            if not docs or not inds:
                continue
            depts = frozenset(d for i in inds for d in i.departments)
            people = frozenset(p for i in inds for p in i.people)
            groups.setdefault((frozenset(docs), depts, people), []).append((target, docs))
        for members in groups.values():
            if len(members) < 2:
                continue
            first, docs = members[0]
            labels = [ctx.label(form, t.id) for t, _ in members]
            yield finding(
                "D02",
                say(
                    "D02.twins",
                    labels=listed(labels, "and"),
                    docs=listed(docs),
                    owners=owners_text(ctx.indicators_of(form, first.id)),
                ),
                [ctx.target_node(form, t) for t, _ in members],
                first.location,
            )


def _normal_text(text: str) -> str:
    return pat.TEXT_NOISE.sub("", fold_width(text))


@rule("D03")
def near_duplicate_text(ctx: AuditContext) -> Iterator[Finding]:
    """Report indicator texts that read almost the same, one finding per group of them.

    Within one form, visible indicator texts are compared with rapidfuzz's `ratio` (0–100)
    after punctuation, symbols and spaces are dropped and widths folded; texts at or above the
    profile's `text_similarity` (85) to one another form a group, reported once with every
    member (a row copied forty times is one finding, not 780). A group is reported when at
    least one text lies in `text_categories` (职能工作目标): two 职能 indicators that say the
    same, or a 职能 indicator that repeats a 行政能力 item (备注(4): 职能 must not repeat
    行政能力); the 行政能力 items among themselves are fixed by the form and not reported.
    Texts shorter than `text_min_length` are skipped: short texts match by chance. Texts are
    found through an index of their character bigrams (`audit.similar`), not by scoring every
    pair, so a form of 100 000 indicators is audited in seconds. Subjects: the indicators.

    Bad:
        1-6-2 | 深入开展工贸电力行业有限空间专项整治工作，持续加大有限空间事故防范力度。
        2-3-2 | 深入开展工贸电力行业有限空间专项整治，持续加大有限空间事故防范力度

    Good:
        1-6-2 | 深入开展工贸电力行业有限空间专项整治工作，持续加大有限空间事故防范力度。
        2-3-2 | 深入开展工贸电力行业危险化学品使用安全专项整治…
    """
    profile = ctx.profile
    threshold = profile.text_similarity
    if threshold is None:
        return
    wanted = set(profile.text_categories)
    for form in ctx.forms:
        texts: list[tuple[Indicator, str]] = [
            (ind, norm)
            for ind in visible_indicators(form)
            if len(norm := _normal_text(ind.text)) >= max(profile.text_min_length, 1)
        ]
        for group in similar_groups([norm for _, norm in texts], threshold):
            members = [texts[i][0] for i in group.members]
            if not any(ind.category in wanted for ind in members):
                continue
            labels = [ctx.label(form, ind.id) for ind in members]
            if len(members) == 2:
                a, b = members
                message = say(
                    "D03.pair",
                    a=labels[0],
                    b=labels[1],
                    score=f"{group.high:.0f}",
                    text_a=short(a.text),
                    text_b=short(b.text),
                )
            else:
                scores = (
                    f"{group.low:.0f}"
                    if f"{group.low:.0f}" == f"{group.high:.0f}"
                    else (f"{group.low:.0f}–{group.high:.0f}")
                )
                message = say(
                    "D03.group",
                    n=len(members),
                    scores=scores,
                    labels=listed(labels),
                    text=short(members[0].text),
                )
            yield finding(
                "D03",
                message,
                tuple(ctx.indicator_node(form, ind) for ind in members),
                members[0].location,
            )
