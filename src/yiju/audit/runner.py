"""Run the selected rules over forms and return their findings, sorted and deduplicated."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from yiju.audit.context import AuditContext
from yiju.audit.profile import PROFILED_FAMILY, Profile, generic_profile, load_profile
from yiju.audit.registry import RULES, select_rules
from yiju.cover import Coverage
from yiju.graph import Graph, build_graph, form_spaces
from yiju.models import Finding, Form

__all__ = ["finding_order", "run_audit"]


def finding_order(found: Finding) -> tuple[Any, ...]:
    """Return the output order of findings: file, sheet, row, code, subjects, then the rest."""
    loc = found.location
    return (
        loc.file if loc else "",
        (loc.sheet or "") if loc else "",
        (loc.row or 0) if loc else 0,
        found.code,
        found.subjects,
        (loc.column or 0) if loc else 0,
        found.message,
    )


def run_audit(
    forms: Sequence[Form],
    profile: Profile | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    graph: Graph | None = None,
    coverage: Coverage | None = None,
) -> list[Finding]:
    """Return the findings of the selected rules on `forms`.

    Args:
        forms: Parsed forms; several units and years may be audited together (the D and S
            rules that compare documents and clauses then look across them).
        profile: The rule profile; the default profile (the seed's 备注) when None. The
            default profile applies to forms of its family (`performance_form`); the other
            tables get the generic rules. A profile read from a file applies to every form.
        select: Rule codes, families (`A`) or slugs to run; all rules when None.
        ignore: Rule codes, families or slugs to leave out.
        graph: `yiju.graph.build_graph(forms)` when the caller has built it already (hidden
            rows left out, as the rules expect); built here when None.
        coverage: `yiju.cover.cover(registers, forms)` for the C rules; without it they
            find nothing.

    Returns:
        The findings, each once, sorted by `finding_order`. Severities are the registry's
        defaults unless the profile's `[severity]` overrides them.

    Raises:
        RuleSelectionError: For an unknown name in `select` or `ignore`.
        ValueError: `graph` holds hidden rows (it was built with `include_hidden=True`).
    """
    profile = profile if profile is not None else load_profile()
    rules = select_rules(select, ignore)
    ordered = [form for form, _ in form_spaces(forms)]
    if graph is None:
        graph = build_graph(ordered)
    elif any(hidden for _, hidden in graph.nodes(data="hidden", default=False)):
        raise ValueError("run_audit needs the graph without hidden rows (build_graph's default)")
    # A profile is one family's own rules (the seed's 备注): the default one applies to forms
    # of that family; a profile the user gives applies to every form. The other tables get
    # the generic rules only (an empty profile switches the 备注 checks off).
    profiled = tuple(f for f in ordered if profile.source != "default" or f.family == PROFILED_FAMILY)
    generic = tuple(f for f in ordered if not any(f is p for p in profiled))
    contexts = [AuditContext(profiled, graph, profile, coverage)] if profiled else []
    if generic:
        contexts.append(AuditContext(generic, graph, generic_profile(profile), coverage))
    findings: dict[Finding, None] = {}
    for registered in rules:
        severity = profile.severity.get(registered.code, registered.severity)
        for ctx in contexts:
            for found in registered.check(ctx):
                findings[found if found.severity == severity else replace(found, severity=severity)] = None
    # Reading findings under codes this registry does not know are kept, never dropped.
    families = {r.family for r in rules}
    for form in ordered:
        for found in form.findings:
            if found.code not in RULES and found.code[:1] in families:
                findings[found] = None
    # A register is no form, but what reading it found is reported like a form's.
    for register in coverage.registers if coverage is not None else ():
        for found in register.findings:
            if found.code[:1] in families:
                findings[found] = None
    return sorted(findings, key=finding_order)
