"""The rule registry: stable codes, slugs, default severities, docstrings as documentation.

A rule is a function `(ctx) -> Iterable[Finding]` registered with `@rule(code)`; its slug,
default severity and Chinese title come from the code table, `yiju.codes.CODES`. Codes
never change meaning (sqlfluff's discipline): a retired rule keeps its code retired.
The rule's docstring *is* its documentation — a summary line, the decisions
the rule takes, a `Bad:` and a `Good:` example — and `rules_markdown()` renders all of them
into `docs/rules.md`.
"""

from __future__ import annotations

import inspect
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from yiju import codes as _codes
from yiju.codes import RuleSelectionError
from yiju.messages import Said
from yiju.models import Finding, Severity, SourceLocation

if TYPE_CHECKING:
    from yiju.audit.context import AuditContext

__all__ = [
    "FAMILIES",
    "RULES",
    "Rule",
    "RuleCheck",
    "RuleSelectionError",
    "finding",
    "rule",
    "rules_markdown",
    "select_rules",
]

RuleCheck = Callable[["AuditContext"], Iterable[Finding]]

#: Rule families by code letter (from the code table).
FAMILIES = _codes.FAMILIES


@dataclass(frozen=True, slots=True)
class Rule:
    """One registered rule."""

    code: str
    slug: str
    severity: Severity
    check: RuleCheck

    @property
    def family(self) -> str:
        """Return the code's family letter (`S` for `S01`)."""
        return self.code[0]

    @property
    def info(self) -> _codes.Code:
        """Return the code's row of the code table (Chinese title and explanation)."""
        return _codes.code_info(self.code)

    @property
    def doc(self) -> str:
        """Return the rule's docstring, dedented ("" when it has none)."""
        return inspect.getdoc(self.check) or ""

    @property
    def summary(self) -> str:
        """Return the docstring's first line."""
        return self.doc.split("\n", 1)[0].strip()

    def example(self, kind: str) -> str:
        """Return the dedented `Bad:` or `Good:` block of the docstring ("" when absent)."""
        return _section(self.doc, kind)

    @property
    def details(self) -> str:
        """Return the docstring between the summary and the first example block."""
        body = self.doc.split("\n", 1)[1] if "\n" in self.doc else ""
        kept: list[str] = []
        for line in body.split("\n"):
            if line.rstrip() in ("Bad:", "Good:"):
                break
            kept.append(line)
        return "\n".join(kept).strip()


#: Every rule, keyed by code, in code order once `yiju.audit` is imported.
RULES: dict[str, Rule] = {}


def rule(
    code: str, slug: str | None = None, severity: Severity | None = None
) -> Callable[[RuleCheck], RuleCheck]:
    """Register the decorated function as rule `code`, with the code table's slug and severity.

    `slug` and `severity`, when given, must agree with the table (`yiju.codes.CODES`).

    Raises:
        ValueError: `code` has no row in the table, disagrees with it, or is registered twice.
    """
    row = _codes.CODES.get(code)
    if row is None:
        raise ValueError(f"rule {code} has no row in yiju.codes.CODES; add its slug, severity, titles there")
    if (slug is not None and slug != row.slug) or (severity is not None and severity != row.severity):
        raise ValueError(f"rule {code}: slug/severity given disagree with yiju.codes.CODES")

    def register(check: RuleCheck) -> RuleCheck:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, row.slug, row.severity, check)
        ordered = dict(sorted(RULES.items()))
        RULES.clear()
        RULES.update(ordered)
        return check

    return register


def finding(
    code: str, message: str | Said, subjects: Sequence[str] = (), location: SourceLocation | None = None
) -> Finding:
    """Return a finding of rule `code`, with the code table's slug and default severity."""
    return _codes.finding(code, message, subjects, location)


def select_rules(select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> list[Rule]:
    """Return the rules `select` names (all when None) minus those `ignore` names, in code order.

    Each name is a code (`D01`), a family letter (`A`) or a slug (`clause-shared`),
    case-insensitive (`yiju.codes.select_codes`).

    Raises:
        RuleSelectionError: For a name that matches no rule.
    """
    codes = _codes.select_codes({c: r.slug for c, r in RULES.items()}, select, ignore)
    return [RULES[c] for c in codes]


def _section(doc: str, kind: str) -> str:
    """Return the indented block under a `Bad:` / `Good:` line of a docstring."""
    lines = doc.split("\n")
    try:
        start = next(i for i, line in enumerate(lines) if line.rstrip() == f"{kind}:")
    except StopIteration:
        return ""
    block: list[str] = []
    for line in lines[start + 1 :]:
        if line.strip() and not line.startswith(" "):
            break
        block.append(line)
    return textwrap.dedent("\n".join(block)).strip("\n")


def rules_markdown() -> str:
    """Return the rule list of `docs/rules.md`, rendered from the registry's docstrings."""
    out = [
        "# Audit rules",
        "",
        "<!-- Generated from the rule docstrings in src/yiju/audit/ by"
        " `yiju.audit.registry.rules_markdown()`;",
        "     `YIJU_UPDATE_DOCS=1 pytest tests/test_audit.py` rewrites it. Do not edit by hand. -->",
        "",
        "`yiju audit FILE...` checks forms against these rules and the rule profile (the form's",
        "own 备注 rules, totals, thresholds and keyword lists; `src/yiju/data/profile_default.toml`,",
        "swapped with `--profile FILE`). Pick rules with `--select` / `--ignore` (codes, families",
        "such as `A`, or slugs, comma-separated); `--fail-on error|warning|info|never` sets when",
        "the exit code is 1. Codes never change meaning.",
        "",
        "Examples are form rows with `|` between cells, in the columns of the seed form:",
        "项目 | 序号 | 文件依据 | 一级指标 | 二级指标 | 权重 | 完成时限 | 分管领导 | 责任部门 | 责任人.",
        "",
        "Each rule's Chinese title and explanation (中文名称与说明) are what the Excel 问题清单 and",
        "the HTML report show; they, the slug and the severity live in one table,",
        "`src/yiju/codes.py`.",
        "",
        "| code | slug | 名称 | severity | what it reports |",
        "| --- | --- | --- | --- | --- |",
    ]
    families = list(FAMILIES)
    ordered = sorted(RULES.values(), key=lambda r: (families.index(r.family), r.code))
    out.extend(
        f"| {r.code} | `{r.slug}` | {r.info.title_zh} | {r.severity.value} | {r.summary} |" for r in ordered
    )
    family = ""
    for r in ordered:
        if r.family != family:
            family = r.family
            out += ["", f"## {family} — {FAMILIES[family]}（{_codes.FAMILIES_ZH[family]}）"]
        out += [
            "",
            f"### {r.code} `{r.slug}` ({r.severity.value}) — {r.info.title_zh}",
            "",
            f"> {r.info.explain_zh}",
            "",
            r.summary,
        ]
        if r.details:
            out += ["", r.details]
        for kind in ("Bad", "Good"):
            block = r.example(kind)
            if block:
                out += ["", f"**{kind}:**", "", "```text", block, "```"]
    return "\n".join(out) + "\n"
