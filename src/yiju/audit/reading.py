"""R rules: what reading the file found — hidden content, broken formulas, rows and citations
the parser could not understand.

Readers and the form parser already emit these findings into `Form.findings`; the audit passes
them through under the registry's slug and severity, so `--select`, `--ignore`, `--fail-on`
and profile overrides apply to them like to every other rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from yiju.audit.context import AuditContext
from yiju.audit.registry import finding, rule
from yiju.messages import Said
from yiju.models import Finding

__all__ = ["citation_unparsed", "formula_error", "hidden_content", "row_not_understood"]


def _passthrough(ctx: AuditContext, code: str) -> Iterator[Finding]:
    for form in ctx.forms:
        for found in form.findings:
            if found.code == code:
                said = Said(found.message_zh, found.message) if found.message_zh else found.message
                yield finding(code, said, found.subjects, found.location)


@rule("R01")
def hidden_content(ctx: AuditContext) -> Iterator[Finding]:
    """Report a hidden row, column or sheet that holds data.

    The seed's own 备注 says 表格中有隐藏项: hiding is how a withdrawn target or a helper
    column travels unseen. One finding per hidden row (quoting its start) and per hidden
    column (with its count of filled cells); the hidden rows are then left out of every other
    rule — totals, sources, owners — as a reviewer reading the printed form would not see
    them. Subjects are the sheet ranges (`35:35`, `L:L`). A warning, not an error: hiding a
    withdrawn item is legitimate, but a reviewer must know it is there.

    Bad:
        row 35 (hidden): 1-16 | （已撤回）推进应急广播体系建设（2分） | 2 | 12月 | 减灾科 | 王伟雄
        column L (hidden): 辅助 | YJ2021-1-1-1 | YJ2021-1-1-2 | …

    Good:
        The withdrawn row deleted and the helper column removed (or left visible).
    """
    return _passthrough(ctx, "R01")


@rule("R02")
def formula_error(ctx: AuditContext) -> Iterator[Finding]:
    """Report a cell whose value is a formula error (`#REF!`, `#DIV/0!`, `#N/A` …).

    One finding per cell, with its address (`B74`; in text files the line and column). An
    error: a broken score block (总分, 档次) means the form's own arithmetic cannot be trusted.

    Bad:
        总分 | #REF! | 档次
        职能工作目标 | #REF! | A+ | #REF!

    Good:
        总分 | 100 | 档次
        职能工作目标 | 70 | A+ | 95
    """
    return _passthrough(ctx, "R02")


@rule("R03")
def row_not_understood(ctx: AuditContext) -> Iterator[Finding]:
    """Report a non-empty row the parser could not place in the form.

    Every non-empty row ends up in the form or here: a row without an id, a label that is not
    a known category, a second 一级指标 text for one target, a weight that is not a number.
    Subjects name the row (`row 12`).

    Bad:
        | 1-1-1 | | 做好甲工作（4分） | 开展甲工作 | 2 | 12月 | 王五 | 甲科 | 张三
        | | | | 开展乙工作（no 序号） | 2 | 12月 | 王五 | 甲科 | 张三

    Good:
        | 1-1-1 | | 做好甲工作（4分） | 开展甲工作 | 2 | 12月 | 王五 | 甲科 | 张三
        | 1-1-2 | | | 开展乙工作 | 2 | 12月 | 王五 | 甲科 | 张三
    """
    return _passthrough(ctx, "R03")


@rule("R04")
def citation_unparsed(ctx: AuditContext) -> Iterator[Finding]:
    """Report citation-like text in 文件依据 or 一级指标 that did not parse as a document.

    A number without an issuer, a two-digit year, an unclosed 《 … : the target may then look
    unsourced (S01) or unpinned (S02) for a reason the form, not the work, has. The location
    carries the span of the text in its cell.

    Bad:
        文件依据: 关于印发方案的通知（〔2021〕5号）

    Good:
        文件依据: 关于印发方案的通知（泉委发〔2021〕5号）
    """
    return _passthrough(ctx, "R04")
