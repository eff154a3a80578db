"""The rule profile: the numbers and word lists the audit rules check a form against.

A profile is data, not code (docs/README.md, "The form's own rules"): another year's or
another city's 备注 is another TOML file. The default profile
(`yiju/data/profile_default.toml`) is the seed form's own rules. `--profile FILE` swaps it
whole: nothing is merged from the default, and a section a profile leaves out turns the
checks that read it off (a city without 动态目标 has no `[dynamic]`). Unknown sections or keys
are refused, so a typo cannot silently switch a check off.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from yiju.audit.registry import RULES
from yiju.errors import YijuError
from yiju.messages import say
from yiju.models import Severity

__all__ = [
    "DEFAULT_PROFILE",
    "PROFILED_FAMILY",
    "Profile",
    "ProfileError",
    "generic_profile",
    "load_profile",
    "profile_from_data",
]

#: The family whose own rules the default profile is (`yiju.families`, docs/families.md).
PROFILED_FAMILY = "performance_form"

#: Package resource (under `yiju`) holding the default profile.
DEFAULT_PROFILE = "data/profile_default.toml"

_REQUIREMENTS = ("document", "any")


class ProfileError(YijuError):
    """A profile file that cannot be used; the CLI prints it and exits 2."""


@dataclass(frozen=True, slots=True)
class Profile:
    """Thresholds, totals, keyword lists and the form's 备注 rules, as the rules read them.

    Empty values switch a check off: no `category_totals` means no W02 comparison with the
    profile, `min_targets` 0 means no W04, and so on. `references` maps a section
    (`targets`, `dynamic`, …) to how the form names the rule (`备注(1)`), for messages.
    """

    name: str = ""
    source: str = ""
    # totals (W02, W03)
    category_totals: Mapping[str, float] = field(default_factory=dict)
    grand_total: float | None = None
    tolerance: float = 0.001
    # 备注(1) (W04)
    target_groups: tuple[str, ...] = ()
    min_targets: int = 0
    # 备注(2) (W05)
    dynamic_group: str | None = None
    dynamic_max_points: float | None = None
    dynamic_min_items: int = 0
    dynamic_single_item_points: float | None = None
    # 备注(3) (W06)
    admin_category: str | None = None
    admin_groups: Mapping[str, float] = field(default_factory=dict)
    admin_items_per_group: int | None = None
    admin_item_weight: float | None = None
    # 备注(4) (W07)
    function_category: str | None = None
    admin_keywords: tuple[str, ...] = ()
    admin_keyword_exceptions: tuple[str, ...] = ()
    admin_departments: tuple[str, ...] = ()
    # sources (S01, S02, S03)
    source_required: Mapping[str, str] = field(default_factory=dict)
    standing_documents: tuple[str, ...] = ()
    # duplicates (D01, D03)
    clause_min_targets: int = 2
    text_similarity: float | None = None
    text_min_length: int = 0
    text_categories: tuple[str, ...] = ()
    # coverage of a register (C01–C08): text and unit-name thresholds (0–100)
    cover_text_similarity: float = 70.0
    cover_mismatch_similarity: float = 45.0
    cover_unit_similarity: float = 85.0
    # per-code severity overrides
    severity: Mapping[str, Severity] = field(default_factory=dict)
    references: Mapping[str, str] = field(default_factory=dict)

    def cite(self, section: str) -> str:
        """Return ` (备注(2))` for a section that names its rule, else ""."""
        ref = self.references.get(section)
        return f" ({ref})" if ref else ""


# Allowed keys per section, with their expected type: "str", "int", "num", "strs", "nums"
# (a table of numbers), "reqs" (a table of requirements), "sevs" (a table of severities).
_SCHEMA: dict[str, dict[str, str]] = {
    "": {"name": "str", "description": "str"},
    "totals": {"reference": "str", "grand": "num", "tolerance": "num", "categories": "nums"},
    "targets": {"reference": "str", "groups": "strs", "minimum": "int"},
    "dynamic": {
        "reference": "str",
        "group": "str",
        "max_points": "num",
        "min_items": "int",
        "single_item_points": "num",
    },
    "admin": {
        "reference": "str",
        "category": "str",
        "groups": "nums",
        "items_per_group": "int",
        "item_weight": "num",
    },
    "admin_topics": {
        "reference": "str",
        "category": "str",
        "keywords": "strs",
        "exceptions": "strs",
        "departments": "strs",
    },
    "sources": {"reference": "str", "standing_documents": "strs", "required": "reqs"},
    "duplicates": {
        "reference": "str",
        "clause_min_targets": "int",
        "text_similarity": "num",
        "text_min_length": "int",
        "text_categories": "strs",
    },
    "cover": {
        "reference": "str",
        "text_similarity": "num",
        "mismatch_similarity": "num",
        "unit_similarity": "num",
    },
    "severity": {},
}


def generic_profile(profile: Profile) -> Profile:
    """Return the profile for tables of other families: no 备注 rules, the same severities.

    Totals, minimum counts, dynamic and admin rules, source requirements and near-duplicate
    categories are one family's own; a task list or an indicator system has none of them.
    """
    return Profile(
        name="generic",
        source="generic",
        tolerance=profile.tolerance,
        clause_min_targets=profile.clause_min_targets,
        severity=profile.severity,
    )


def load_profile(path: str | Path | None = None) -> Profile:
    """Return the profile in a TOML file, or the default profile when `path` is None.

    Raises:
        ProfileError: For a missing or unreadable file, bad TOML, an unknown key or a
            value of the wrong type.
    """
    if path is None:
        text = resources.files("yiju").joinpath(DEFAULT_PROFILE).read_text(encoding="utf-8")
        source = "default"
    else:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            error = (
                say("profile.missing")
                if isinstance(exc, FileNotFoundError)
                else f"{type(exc).__name__}: {exc}"
            )
            raise ProfileError(say("profile.unreadable", source=source, error=error)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(say("profile.toml", source=source, error=exc)) from None
    return profile_from_data(data, source=source)


def profile_from_data(data: Mapping[str, Any], *, source: str = "") -> Profile:
    """Return the profile a parsed TOML mapping describes (see `load_profile`).

    Raises:
        ProfileError: For an unknown key, a value of the wrong type, or a `[severity]`
            override naming no registered rule.
    """
    where = source or "profile"
    values: dict[str, dict[str, Any]] = {"": {}}
    for key, value in data.items():
        if key in _SCHEMA and key and isinstance(value, Mapping):
            values[key] = _check_section(where, key, value)
        elif key in _SCHEMA[""]:
            values[""][key] = _check_value(where, key, _SCHEMA[""][key], value)
        else:
            known = ", ".join(sorted(k for k in _SCHEMA if k))
            raise ProfileError(
                say("profile.unknown_key", where=where, key=repr(key), section="", known=known)
            )

    def get(section: str, key: str, default: Any = None) -> Any:
        return values.get(section, {}).get(key, default)

    references = {s: str(v["reference"]) for s, v in values.items() if s and "reference" in v}
    return Profile(
        name=get("", "name", ""),
        source=source,
        category_totals=get("totals", "categories", {}),
        grand_total=get("totals", "grand"),
        tolerance=get("totals", "tolerance", 0.001),
        target_groups=get("targets", "groups", ()),
        min_targets=get("targets", "minimum", 0),
        dynamic_group=get("dynamic", "group"),
        dynamic_max_points=get("dynamic", "max_points"),
        dynamic_min_items=get("dynamic", "min_items", 0),
        dynamic_single_item_points=get("dynamic", "single_item_points"),
        admin_category=get("admin", "category"),
        admin_groups=get("admin", "groups", {}),
        admin_items_per_group=get("admin", "items_per_group"),
        admin_item_weight=get("admin", "item_weight"),
        function_category=get("admin_topics", "category"),
        admin_keywords=get("admin_topics", "keywords", ()),
        admin_keyword_exceptions=get("admin_topics", "exceptions", ()),
        admin_departments=get("admin_topics", "departments", ()),
        source_required=get("sources", "required", {}),
        standing_documents=get("sources", "standing_documents", ()),
        clause_min_targets=get("duplicates", "clause_min_targets", 2),
        text_similarity=get("duplicates", "text_similarity"),
        text_min_length=get("duplicates", "text_min_length", 0),
        text_categories=get("duplicates", "text_categories", ()),
        cover_text_similarity=get("cover", "text_similarity", 70.0),
        cover_mismatch_similarity=get("cover", "mismatch_similarity", 45.0),
        cover_unit_similarity=get("cover", "unit_similarity", 85.0),
        severity=values.get("severity", {}),
        references=references,
    )


def _check_section(where: str, section: str, table: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if section == "severity":
        # RULES is complete by the time a profile is read: importing any `yiju.audit` module
        # runs the package's __init__, which imports (and so registers) every rule family.
        unknown = sorted(code for code in table if code not in RULES)
        if unknown:
            raise ProfileError(say("profile.unknown_rules", where=where, codes=", ".join(unknown)))
        for code, value in table.items():
            if not isinstance(value, str) or value not in {s.value for s in Severity}:
                raise ProfileError(say("profile.severity", where=where, code=code, value=repr(value)))
            out[code] = Severity(value)
        return out
    schema = _SCHEMA[section]
    for key, value in table.items():
        kind = schema.get(key)
        if kind is None:
            known = ", ".join(sorted(schema))
            raise ProfileError(
                say(
                    "profile.unknown_key",
                    where=where,
                    key=repr(key),
                    section=say("profile.in_section", section=section),
                    known=known,
                )
            )
        out[key] = _check_value(where, f"{section}.{key}", kind, value)
    return out


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_value(where: str, name: str, kind: str, value: Any) -> Any:
    if kind == "reqs":
        if not isinstance(value, Mapping) or not all(v in _REQUIREMENTS for v in value.values()):
            raise ProfileError(
                say("profile.requirement", where=where, name=name, allowed=", ".join(_REQUIREMENTS))
            )
        return {str(k): str(v) for k, v in value.items()}
    ok = {
        "str": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool) and value >= 0,
        "num": _is_number(value),
        "strs": isinstance(value, list) and all(isinstance(v, str) for v in value),
        "nums": isinstance(value, Mapping) and all(_is_number(v) for v in value.values()),
    }[kind]
    if not ok:
        raise ProfileError(
            say("profile.type", where=where, name=name, expected=say(f"profile.{kind}"), value=repr(value))
        )
    if kind == "num":
        return float(value)
    if kind == "strs":
        return tuple(value)
    if kind == "nums":
        return {str(k): float(v) for k, v in value.items()}
    return value
