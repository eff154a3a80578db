"""The audit: a registry of rules checking forms against their own rules and each other.

`run_audit(forms)` runs every registered rule (or those `select` / `ignore` name) with the
default profile (the seed form's 备注) or another `Profile`, and returns sorted findings.
Rule families: R reading, S sources, A assignment, D duplicates, W weights and the 备注,
C coverage of a register (only when `run_audit` is given one).
"""

from __future__ import annotations

# Importing the family modules registers their rules, in code order.
from yiju.audit import assignment, coverage, duplicates, reading, sources, weights  # noqa: F401  # registration
from yiju.audit.context import AuditContext
from yiju.audit.profile import Profile, ProfileError, load_profile, profile_from_data
from yiju.audit.registry import RULES, Rule, RuleSelectionError, rules_markdown, select_rules
from yiju.audit.runner import finding_order, run_audit

__all__ = [
    "RULES",
    "AuditContext",
    "Profile",
    "ProfileError",
    "Rule",
    "RuleSelectionError",
    "finding_order",
    "load_profile",
    "profile_from_data",
    "rules_markdown",
    "run_audit",
    "select_rules",
]
