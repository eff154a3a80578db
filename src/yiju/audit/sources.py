"""S rules: where each target comes from — present, pinned to a clause, consistently named.

A target's sources are the documents of its 文件依据 and those its 一级指标 cites; a clause
is pinned when a citation names an item (`第11项`), in either cell. Which groups need sources,
and which documents are standing mandates (the unit's 三定方案), is profile data.
"""

from __future__ import annotations

from collections.abc import Iterator

from yiju import patterns as pat
from yiju._util import unique
from yiju.audit.context import (
    AuditContext,
    is_standing,
    location_from_attrs,
    visible_targets,
)
from yiju.audit.registry import finding, rule
from yiju.graph import doc_id
from yiju.graphread import EdgeKind, NodeKind, nodes_of
from yiju.messages import listed, say
from yiju.models import Citation, Finding, Form, SourceLocation, Target
from yiju.normalize import fold_width

__all__ = ["basis_not_pinned", "page_mismatch", "pinned_not_in_basis", "title_variants", "unsourced_target"]


def _pinned(citation: Citation) -> bool:
    return any(loc.item is not None for loc in citation.locators)


def _pinned_keys(target: Target) -> set[str]:
    keys = {c.key for c in target.citations if _pinned(c)}
    keys.update(b.key for b in target.basis if _pinned(b.citation))
    return keys


@rule("S01")
def unsourced_target(ctx: AuditContext) -> Iterator[Finding]:
    """Report a target with no source document where its group needs one.

    Sources are the 文件依据 documents and the documents the 一级指标 cites. The profile's
    `[sources.required]` says which groups need them: 重点工作目标 and 动态目标 need a
    document that assigned the work — the unit's standing 三定方案 alone is not enough for
    them, since 重点 work is by definition more than the unit's standing function; 常规工作目标
    may rest on the 三定方案; 行政能力目标 needs none (its content is fixed by the form). A
    常规 target with nothing at all in 文件依据 is reported too: "the unit's function" has to
    be said. An error: an unsourced 重点 target is an unexplained mandate.

    Bad:
        重点工作目标 | 1-15 | (文件依据 empty) | 城市创建工作 | 5 | 12月 | 刘海明 | 机关党委 | 万小翠

    Good:
        重点工作目标 | 1-14-1 | 《2021年泉州市督查检查考核计划》的通知（泉委办〔2021〕25号） |
            强化安全生产督导检查（属泉委办〔2021〕25号第6页第11项）（4分） | …
    """
    profile = ctx.profile
    for form in ctx.forms:
        for target in visible_targets(form):
            need = profile.source_required.get(target.group)
            if need is None:
                continue
            docs = [(b.key, b.title) for b in target.basis] + [(c.key, c.title) for c in target.citations]
            own = [key for key, title in docs if not is_standing(profile, key, title)]
            label = ctx.label(form, target.id)
            if not docs:
                message = say("S01.empty", label=label, group=target.group)
            elif need == "document" and not own:
                standing = "、".join(unique([key for key, _ in docs]))
                message = say("S01.standing", label=label, group=target.group, standing=standing)
            else:
                continue
            yield finding("S01", message, (ctx.target_node(form, target),), target.location)


@rule("S02")
def basis_not_pinned(ctx: AuditContext) -> Iterator[Finding]:
    """Report a 文件依据 document that the target never pins to a clause.

    Per target and document: the 文件依据 names the document, but neither the 一级指标 nor the
    文件依据 itself says which item (`第N项`) of it the target carries out, so nobody can check
    the target against its mandate. A page alone (`第8页`) is not a clause. Standing documents
    (三定方案) need no pin, and groups that need no sources (行政能力目标) are not checked.
    Subjects: the target and the document.

    Bad:
        动态目标 | 3-1-1 | 应急部…试点建设工作方案（应急厅〔2021〕27号） |
            落实危化品重大危险源安全包保责任制工作…（4分） | …

    Good:
        动态目标 | 3-1-1 | 应急部…试点建设工作方案（应急厅〔2021〕27号） |
            落实危化品重大危险源安全包保责任制工作…（属应急厅〔2021〕27号第3页第2项）（4分） | …
    """
    profile = ctx.profile
    for form in ctx.forms:
        for target in visible_targets(form):
            if target.group not in profile.source_required:
                continue
            pinned = _pinned_keys(target)
            cited = {c.key for c in target.citations}
            label = ctx.label(form, target.id)
            for basis in target.basis:
                if basis.key in pinned or is_standing(profile, basis.key, basis.title):
                    continue
                how = say("S02.no_item") if basis.key in cited else say("S02.not_cited")
                title = say("S02.title", title=basis.title) if basis.title else ""
                yield finding(
                    "S02",
                    say("S02.unpinned", label=label, key=basis.key, title=title, how=how),
                    (ctx.target_node(form, target), doc_id(basis.key)),
                    basis.location,
                )


@rule("S03")
def pinned_not_in_basis(ctx: AuditContext) -> Iterator[Finding]:
    """Report a clause the 一级指标 pins whose document the 文件依据 does not list.

    The reverse of S02: the 一级指标 says `（属X第N项）` but X is missing from 文件依据 — the
    two cells disagree about where the target comes from. One finding per target and document;
    the location carries the citation's span. Standing documents and groups that need no
    sources are not checked.

    Bad:
        1-14-1 | 《…考核计划》的通知（泉委办〔2021〕25号） | 强化督导检查（属泉委办〔2021〕2号第6页第11项）

    Good:
        1-14-1 | 《…考核计划》的通知（泉委办〔2021〕25号） | 强化督导检查（属泉委办〔2021〕25号第6页第11项）
    """
    profile = ctx.profile
    for form in ctx.forms:
        for target in visible_targets(form):
            if target.group not in profile.source_required:
                continue
            listed = {b.key for b in target.basis}
            seen: set[str] = set()
            for citation in target.citations:
                key = citation.key
                if key in listed or key in seen or not _pinned(citation):
                    continue
                if is_standing(profile, key, citation.title):
                    continue
                seen.add(key)
                loc = target.location
                items = "、".join(loc_.describe() for loc_ in citation.locators if loc_.item is not None)
                yield finding(
                    "S03",
                    say("S03.unlisted", label=ctx.label(form, target.id), key=key, items=items),
                    (ctx.target_node(form, target), doc_id(key)),
                    SourceLocation(loc.file, loc.sheet, loc.row, loc.column, citation.span),
                )


def _title_uses(form: Form, target: Target) -> Iterator[tuple[str, str, SourceLocation]]:
    """Yield (key, title, where) for each document title a target writes."""
    for basis in target.basis:
        if basis.title and basis.citation.numbered:
            yield basis.key, basis.title, basis.location
    for citation in target.citations:
        if citation.title and citation.numbered:
            yield citation.key, citation.title, target.location


@rule("S04")
def title_variants(ctx: AuditContext) -> Iterator[Finding]:
    """Report one document cited under different titles.

    Titles are compared after folding widths and dropping spaces and quotes (《》“”), so
    only wording differs; a year prefix (`2020年国务院…`) or a shortened title (`…责任分工`
    for `…涉及我市主要任务责任分工`) is a variant — a reader searching for one title misses
    the targets that use another. Across all forms audited together; the titles are listed in
    order of first use, each with the targets that use it. Title-only documents (`《信访条例》`)
    are keyed by their title and cannot vary. Info: the key still identifies the document.

    Bad:
        1-1: 国务院政府工作报告涉及我市主要任务责任分工（泉府督〔2020〕第DC-009号）
        1-10: 国务院政府工作报告责任分工（泉府督〔2020〕第DC-009号）

    Good:
        1-1 and 1-10: 国务院政府工作报告涉及我市主要任务责任分工（泉府督〔2020〕第DC-009号）
    """
    # key -> normalised title -> (title as first written, target nodes, first location)
    uses: dict[str, dict[str, tuple[str, list[str], SourceLocation]]] = {}
    for form in ctx.forms:
        for target in visible_targets(form):
            node = ctx.target_node(form, target)
            for key, title, where in _title_uses(form, target):
                variants = uses.setdefault(key, {})
                norm = pat.TITLE_NOISE.sub("", fold_width(title))
                _written, nodes, _first = variants.setdefault(norm, (title, [], where))
                if node not in nodes:
                    nodes.append(node)
    for key, variants in uses.items():
        if len(variants) < 2:
            continue
        parts = [
            say("S04.part", title=written, labels=listed(ctx.target_label(n) for n in nodes))
            for written, nodes, _ in variants.values()
        ]
        subjects = [doc_id(key), *unique([n for _, nodes, _ in variants.values() for n in nodes])]
        first = next(iter(variants.values()))[2]
        yield finding(
            "S04",
            say("S04.titles", key=key, n=len(variants), parts=listed(parts, ";")),
            subjects,
            first,
        )


@rule("S05")
def page_mismatch(ctx: AuditContext) -> Iterator[Finding]:
    """Report one clause cited with different pages.

    A clause is a document and item (`泉委办〔2021〕20号第11项`); when targets give it
    different pages (`第14-15页` and `第14页`), at least one citation was copied without
    checking the document. Any difference counts, also a page range that contains the other:
    the pages of one item are a fact. Across all forms audited together (from the graph's
    `cites` edges); citations without pages are ignored. The message lists each page variant
    with its targets.

    Bad:
        1-2: （属泉委办〔2021〕20号第14-15页第11项）
        1-6: （属泉委办〔2021〕20号第14页第11项）

    Good:
        1-2 and 1-6: （属泉委办〔2021〕20号第14-15页第11项）
    """
    graph = ctx.graph
    for clause in nodes_of(graph, NodeKind.CLAUSE):
        attrs = graph.nodes[clause]
        by_pages: dict[str, list[str]] = {}
        where: dict[str, SourceLocation] = {}
        for source, edges in graph.pred[clause].items():
            data = edges.get(EdgeKind.CITES)
            if data is None or source not in ctx.targets:
                continue
            where[source] = location_from_attrs(data)
            for pages in str(data.get("pages", "")).split("\n"):
                if pages:
                    by_pages.setdefault(pages, []).append(source)
        if len(by_pages) < 2:
            continue
        order = sorted(where, key=ctx.order)
        for nodes in by_pages.values():
            nodes.sort(key=ctx.order)
        variants = sorted(by_pages.items(), key=lambda kv: ctx.order(kv[1][0]))
        parts = [
            say("S05.part", pages=p, labels=listed(ctx.target_label(n) for n in nodes))
            for p, nodes in variants
        ]
        name = f"{attrs['key']} 第{attrs['item']}{attrs.get('unit', '项')}"
        yield finding(
            "S05",
            say("S05.pages", name=name, n=len(variants), parts=listed(parts, ";")),
            (clause, *[n for n in order if any(n in nodes for _, nodes in variants)]),
            where[order[0]],
        )
