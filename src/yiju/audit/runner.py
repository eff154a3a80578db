"""Run the selected rules over forms and return their findings, sorted and deduplicated."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from yiju.audit.context import AuditContext
from yiju.audit.profile import Profile, ProfileError, load_profile
from yiju.audit.registry import RULES, select_rules
from yiju.graph import build_graph
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
) -> list[Finding]:
    """Return the findings of the selected rules on `forms`.

    Args:
        forms: Parsed forms; several units and years may be audited together (the D and S
            rules that compare documents and clauses then look across them).
        profile: The rule profile; the default profile (the seed's 备注) when None.
        select: Rule codes, families (`A`) or slugs to run; all rules when None.
        ignore: Rule codes, families or slugs to leave out.

    Returns:
        The findings, each once, sorted by `finding_order`. Severities are the registry's
        defaults unless the profile's `[severity]` overrides them.

    Raises:
        RuleSelectionError: For an unknown name in `select` or `ignore`.
        ProfileError: For a `[severity]` override naming an unknown rule.
    """
    profile = profile if profile is not None else load_profile()
    unknown = sorted(set(profile.severity) - set(RULES))
    if unknown:
        raise ProfileError(
            f"{profile.source or 'profile'}: [severity] names unknown rules {', '.join(unknown)}"
        )
    rules = select_rules(select, ignore)
    ordered = sorted(forms, key=lambda f: (f.form_id, f.file))
    ctx = AuditContext(tuple(ordered), build_graph(ordered), profile)
    findings: dict[Finding, None] = {}
    for registered in rules:
        severity = profile.severity.get(registered.code, registered.severity)
        for found in registered.check(ctx):
            findings[found if found.severity == severity else replace(found, severity=severity)] = None
    # Reading findings under codes this registry does not know are kept, never dropped.
    families = {r.family for r in rules}
    for form in ordered:
        for found in form.findings:
            if found.code not in RULES and found.code[:1] in families:
                findings[found] = None
    return sorted(findings, key=finding_order)
