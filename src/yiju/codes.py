"""The finding codes: one table of slug, severity, Chinese and English title and explanation.

Every finding yiju reports carries a stable code (`S01`). What the code means lives here and
nowhere else: the readers and the form parser stamp their R findings with `finding()`, the
audit registry takes each rule's slug and default severity from `CODES`, `docs/rules.md` is
rendered from it (with the rules' docstrings for the examples), and the outputs (the Excel
问题清单, the HTML report, the diagram legend) print the Chinese title and explanation.

A code never changes meaning; a retired code stays in the table, retired. A new rule adds
its row here first (the registry refuses a code it does not find).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from yiju.errors import YijuError
from yiju.messages import Said, say
from yiju.models import Finding, Severity, SourceLocation

__all__ = [
    "CODES",
    "FAMILIES",
    "FAMILIES_ZH",
    "SEVERITY_ZH",
    "Code",
    "RuleSelectionError",
    "code_info",
    "finding",
    "select_codes",
]

#: Severity names as a Chinese reader says them.
SEVERITY_ZH: Mapping[Severity, str] = MappingProxyType(
    {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
)

#: Rule families by code letter (English, as `docs/rules.md` and `--select A` name them).
FAMILIES: Mapping[str, str] = MappingProxyType(
    {
        "R": "reading: what the file itself hides or breaks",
        "S": "sources: where each target comes from",
        "A": "assignment: who owns each indicator",
        "D": "duplicates: the same mandate counted more than once",
        "W": "weights and the form's own rules (its 备注)",
        "C": "coverage: a register's tasks held against the units' forms (`yiju cover`)",
    }
)

#: The same families in Chinese.
FAMILIES_ZH: Mapping[str, str] = MappingProxyType(
    {
        "R": "读取：文件本身隐藏或损坏的内容",
        "S": "来源：每个目标的文件依据",
        "A": "责任：每个指标由谁承担",
        "D": "重复：同一任务被重复计算",
        "W": "权重与表格自身规则（备注）",
        "C": "覆盖：任务分工文件的任务是否落到各单位的目标表",
    }
)


@dataclass(frozen=True, slots=True)
class Code:
    """What one finding code means: slug, default severity, titles and explanations.

    `title_zh` is what a clerk sees in a list (`缺责任人`); `explain_zh` says in one or two
    sentences what is wrong and what to do, for a reader who has never seen the rule.
    """

    code: str
    slug: str
    severity: Severity
    title_zh: str
    title_en: str
    explain_zh: str
    explain_en: str

    @property
    def family(self) -> str:
        """Return the family letter (`S` for `S01`)."""
        return self.code[0]


def _codes(*rows: Code) -> Mapping[str, Code]:
    return MappingProxyType({row.code: row for row in sorted(rows, key=lambda r: r.code)})


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

#: Every code, keyed by code.
CODES: Mapping[str, Code] = _codes(
    Code(
        "C01",
        "unassigned-mandate",
        _E,
        "牵头任务未落实",
        "Unassigned mandate",
        "分工文件指定的牵头单位，其目标表中没有承接该任务的目标。",
        "A register task whose lead unit has no target covering it.",
    ),
    Code(
        "C02",
        "no-lead",
        _W,
        "任务无牵头单位",
        "Task without a lead",
        "分工文件中的任务没有写牵头单位（只有配合单位不算牵头）。",
        "A register task with no lead unit.",
    ),
    Code(
        "C03",
        "claim-unassigned",
        _W,
        "认领未分配的任务",
        "Claim of an unassigned task",
        "某单位的目标引用了分工文件的任务，但该单位既不是牵头单位也不是配合单位。",
        "A form claims a register task it was not assigned.",
    ),
    Code(
        "C04",
        "several-leads",
        _W,
        "多个单位以牵头承接",
        "Several leads",
        "分工文件只指定一个牵头单位，却有两个以上单位以牵头身份承接同一任务。",
        "Two or more units cover a task as lead where the register names one.",
    ),
    Code(
        "C05",
        "item-missing",
        _E,
        "引用的任务项不存在",
        "Item not in the register",
        "目标引用了分工文件中并不存在的任务序号。",
        "A form cites an item number the register does not have.",
    ),
    Code(
        "C06",
        "item-text-mismatch",
        _W,
        "引用任务与目标内容不符",
        "Item text mismatch",
        "目标引用的任务项，其内容与目标文字说的不是一回事，可能引错了序号。",
        "A target cites an item whose text is about something else.",
    ),
    Code(
        "C07",
        "unit-without-form",
        _W,
        "单位未交目标表",
        "Unit without a form",
        "分工文件中列出的单位找不到对应的目标表。",
        "A register unit resolves to no form.",
    ),
    Code(
        "C08",
        "annex-mismatch",
        _W,
        "引用的附件与分工表不符",
        "Annex mismatch",
        "目标引用分工文件另一个附件的任务项（附件1第3项），而分工表是该文件的另一个附件（附件2），所引序号不是这张表的任务。",
        "A target cites items of another annex of the register's document than the one the register is.",
    ),
    Code(
        "R01",
        "hidden-content",
        _W,
        "隐藏内容",
        "Hidden content",
        "表格中有隐藏的行、列或工作表，且其中有内容；隐藏的行不计入其他检查，请确认是否应删除或显示。",
        "A hidden row, column or sheet holds data; hidden rows are left out of every other check.",
    ),
    Code(
        "R02",
        "formula-error",
        _E,
        "公式错误",
        "Formula error",
        "单元格的值是公式错误（#REF!、#DIV/0!、#N/A 等），表格自身的计算不可信。",
        "A cell's value is a formula error (#REF!, #DIV/0!, #N/A …); the form's own sums cannot be trusted.",
    ),
    Code(
        "R03",
        "row-not-understood",
        _W,
        "无法识别的行",
        "Row not understood",
        "非空的行无法归入表格（缺序号、类别不明、权重不是数字等），其内容未计入目标。",
        "A non-empty row could not be placed in the form (no id, unknown category, weight not a number).",
    ),
    Code(
        "R04",
        "citation-unparsed",
        _W,
        "无法识别的文号",
        "Citation not understood",
        "文件依据或一级指标中形似文号的文字未能读成文件（缺发文机关代字、两位年份等）。",
        "Citation-like text in 文件依据 or 一级指标 did not read as a document (no issuer, 2-digit year).",
    ),
    Code(
        "R05",
        "copy-sheet",
        _W,
        "重复的工作表",
        "Copy of another sheet",
        "工作簿中某工作表与另一工作表内容几乎相同，只读取了一次；请确认哪一份是正式的。",
        "A sheet is a near copy of another sheet of the file; it was read once.",
    ),
    Code(
        "R06",
        "traditional-script",
        _I,
        "繁体字表格",
        "Table in traditional characters",
        "表格用繁体字书写（如 Big5 导出），已转换为简体后读取，以便识别表头、类别和单位名称；原文件未改动。",
        "The table is written in traditional characters; it was folded to simplified before reading.",
    ),
    Code(
        "R07",
        "prose-task-list",
        _I,
        "由正文读出的任务清单",
        "Task list read from prose",
        "文件没有表格，任务写在正文段落里（编号段落末尾括号注明牵头、配合单位）；已按段落读成事项，"
        "不是任务的段落（前言、落款等）逐行列出，未读作事项。",
        "The file holds no table; its tasks are numbered paragraphs ending in their owners, read "
        "as items; the paragraphs that are not tasks (preamble, signature) are listed by line.",
    ),
    Code(
        "R08",
        "short-name-ambiguous",
        _W,
        "简称指代不明",
        "Ambiguous short name",
        "同一简称（以下简称《意见》等）在本表中被声明为不同的文件；每处引用按其前最近一次的声明解读，"
        "请确认并改用全称或不同的简称。",
        "One short name (以下简称《意见》 …) is declared for different documents in one form; each "
        "mention reads as the nearest declaration before it.",
    ),
    Code(
        "R09",
        "merged-cell-lost",
        _I,
        "文本副本丢失的合并单元格",
        "Merged cell lost in a text copy",
        "CSV 或文本副本只在合并单元格的第一行保留其值。无序号的行夹在序号 n 与 n+1 之间：读作第 n 项的"
        "一部分（n.1、n.2），并取其空着的责任单位；一列只在第一项有值、其下各项全空：只提示，不填补。"
        "逐处列出，其余空格照空读取。",
        "A CSV or text copy keeps a merged cell's value on its first row only. A row without id between "
        "n and n+1 is read as part of item n (n.1, n.2), taking the owners it leaves empty; a column "
        "with a value on the first task only is reported, not filled. Each place is listed.",
    ),
    Code(
        "S01",
        "unsourced-target",
        _E,
        "目标无文件依据",
        "Target without a source document",
        "所在类别要求写明文件依据，但该目标没有任何来源文件，无法追溯任务从何而来。",
        "The target's group needs a source document and it has none.",
    ),
    Code(
        "S02",
        "basis-not-pinned",
        _W,
        "依据未落到条款",
        "Basis not pinned to a clause",
        "文件依据列出的文件，目标没有注明具体条款（第几页第几项），难以核对任务出处。",
        "A 文件依据 document is never pinned to a clause (page and item) by the target.",
    ),
    Code(
        "S03",
        "pinned-not-in-basis",
        _W,
        "条款文件不在依据中",
        "Pinned document not in the basis",
        "一级指标注明了某文件的条款，但文件依据栏没有列出该文件。",
        "The 一级指标 pins a clause whose document the 文件依据 does not list.",
    ),
    Code(
        "S04",
        "title-variants",
        _I,
        "同一文件标题不一",
        "Document cited under several titles",
        "同一文号在不同地方以不同标题引用；报告采用出现最多的标题，其余列为异名。",
        "One document is cited under different titles; outputs use the most frequent one.",
    ),
    Code(
        "S05",
        "page-mismatch",
        _W,
        "同一条款页码不一",
        "Clause cited with different pages",
        "同一文件的同一条款在不同地方注明了不同页码，至少有一处写错。",
        "One clause is cited with different pages.",
    ),
    Code(
        "A01",
        "no-person",
        _E,
        "缺责任人",
        "No responsible person",
        "二级指标没有填写责任人，任务无人落实。",
        "An indicator has no 责任人.",
    ),
    Code(
        "A02",
        "no-department",
        _E,
        "缺责任部门",
        "No responsible department",
        "二级指标没有填写责任部门。",
        "An indicator has no 责任部门.",
    ),
    Code(
        "A03",
        "no-leader",
        _E,
        "缺分管领导",
        "No leader in charge",
        "二级指标没有填写分管领导。",
        "An indicator has no 分管领导.",
    ),
    Code(
        "A04",
        "shared-owner",
        _W,
        "多方共担",
        "Shared owner",
        "一个指标由多个部门、责任人或分管领导共同承担，需明确牵头方。",
        "An indicator is shared by several departments, people or leaders.",
    ),
    Code(
        "A05",
        "person-in-several-departments",
        _W,
        "一人多部门",
        "Person in several departments",
        "同一份表中，同一责任人出现在不同部门下。",
        "One person is listed under different departments within one form.",
    ),
    Code(
        "D01",
        "clause-shared",
        _I,
        "条款被多个目标引用",
        "Clause cited by several targets",
        "同一条款被多个目标引用，可能重复计分，也可能是合理分工，请核对。",
        "One clause is cited by several targets.",
    ),
    Code(
        "D02",
        "twin-targets",
        _W,
        "重复目标",
        "Twin targets",
        "两个目标引用相同的文件且责任人相同，可能是同一任务写了两次。",
        "Two targets cite the same documents and have the same owners.",
    ),
    Code(
        "D03",
        "near-duplicate-text",
        _W,
        "指标文字相近",
        "Near-duplicate indicator text",
        "两个二级指标的文字几乎相同，可能重复。",
        "Two indicator texts read almost the same.",
    ),
    Code(
        "W01",
        "points-mismatch",
        _E,
        "分值与权重不符",
        "Points mismatch",
        "目标下各二级指标的权重之和与目标写明的（N分）不一致。",
        "A target's indicator weights do not add up to its （N分）.",
    ),
    Code(
        "W02",
        "category-total",
        _E,
        "类别合计不符",
        "Category total mismatch",
        "某类别指标的权重之和与其合计行或考评规则不一致。",
        "A category's weights differ from its 合计 row or from the profile.",
    ),
    Code(
        "W03",
        "grand-total",
        _E,
        "总分不符",
        "Grand total mismatch",
        "全表权重之和与总分（100分）不一致。",
        "The form's weights do not add up to its grand total.",
    ),
    Code(
        "W04",
        "too-few-targets",
        _E,
        "目标数量不足",
        "Too few targets",
        "相关类别的一级目标数量少于考评规则要求的最低数量。",
        "Fewer first-level targets than the profile's minimum.",
    ),
    Code(
        "W05",
        "dynamic-targets",
        _E,
        "动态目标不合规定",
        "Dynamic targets out of bounds",
        "动态目标超过分值上限，或项数少于规定。",
        "动态目标 over their points cap or with fewer items than required.",
    ),
    Code(
        "W06",
        "admin-structure",
        _E,
        "行政能力目标结构不合规定",
        "Administrative targets malformed",
        "行政能力目标设了二级指标，或权重不是规定的固定分值。",
        "行政能力目标 with second-level indicators or weights other than the fixed ones.",
    ),
    Code(
        "W07",
        "admin-topic-in-function",
        _W,
        "行政能力内容列入职能目标",
        "Administrative topic under function targets",
        "党建、综治、宣传、精神文明、文明城市等属行政能力的工作列在了职能工作目标下。",
        "行政能力 work (党建, 综治, 宣传 …) is set under 职能工作目标.",
    ),
)


def code_info(code: str) -> Code:
    """Return the table row of `code`; an unknown code gets a row naming only the code.

    Unknown codes come from readers newer than this table; they are shown, never dropped.

    >>> code_info("A01").title_zh, code_info("X99").title_zh
    ('缺责任人', 'X99')
    """
    found = CODES.get(code)
    if found is not None:
        return found
    return Code(code, code.lower(), Severity.WARNING, code, code, "", "")


def finding(
    code: str, message: str | Said, subjects: Sequence[str] = (), location: SourceLocation | None = None
) -> Finding:
    """Return a finding of `code` with the table's slug and default severity.

    `message` is a `Said` (`messages.say`: the sentence in both languages) or, from older
    callers, English alone.

    Raises:
        KeyError: `code` is not in `CODES` (add its row first).

    >>> finding("R03", "row 12: no id").severity.value
    'warning'
    """
    row = CODES[code]
    if isinstance(message, Said):
        return Finding(code, row.slug, row.severity, message.en, tuple(subjects), location, message.zh)
    return Finding(code, row.slug, row.severity, message, tuple(subjects), location)


class RuleSelectionError(YijuError, ValueError):
    """An unknown code, family or slug in `--select` / `--ignore` (a usage error, exit 2)."""


def select_codes(
    rules: Mapping[str, str], select: Iterable[str] | None = None, ignore: Iterable[str] = ()
) -> list[str]:
    """Return the codes of `rules` (code → slug) that `select` names (all when None), less `ignore`'s.

    Each name is a code (`D01`), a family letter (`A`) or a slug (`clause-shared`),
    case-insensitive. The audit registry selects its rules through this; the index selects
    the findings it stored with the rule table it stored, without importing the rules.

    Raises:
        RuleSelectionError: For a name that matches no rule.

    >>> rules = {"A01": "missing-person", "A02": "x", "D01": "clause-shared"}
    >>> select_codes(rules, ["a", "clause-shared"], ["A02"])
    ['A01', 'D01']
    """
    chosen = set(rules) if select is None else set().union(*(_match(rules, n) for n in select))
    for name in ignore:
        chosen -= _match(rules, name)
    return sorted(chosen)


def _match(rules: Mapping[str, str], name: str) -> set[str]:
    token = name.strip()
    upper = token.upper()
    if upper in rules:
        return {upper}
    if upper in FAMILIES:
        return {c for c in rules if c.startswith(upper)}
    by_slug = {c for c, slug in rules.items() if slug == token.lower()}
    if by_slug:
        return by_slug
    raise RuleSelectionError(
        say(
            "audit.unknown_rule",
            token=repr(token),
            families=", ".join(sorted(FAMILIES)),
            codes=", ".join(rules),
        )
    )
