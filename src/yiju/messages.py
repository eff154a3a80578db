"""The command line's words in one place: a Chinese and an English table keyed by stable ids.

`t("audit.none")` returns the text in the chosen language, `t("trace.count", n=3)` fills
`str.format` fields. The language is `--lang zh|en` (the CLI calls `set_lang`), else
`YIJU_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG` starting `en` → English),
falling back to Chinese: the people this tool serves read Chinese.

Plain dicts, not gettext: nothing to compile at build time and nothing to open at start-up
(`yiju --help` and `yiju cite` stay as light as before; see bench/README.md). Codes, keys and
JSON field names never go through here: they stay stable ASCII.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ["LANGS", "current", "reason_text", "set_lang", "t"]

#: The languages there are tables for; the first is the fallback.
LANGS = ("zh", "en")

_chosen: str | None = None

_ZH: dict[str, str] = {
    # general
    "unknown_unit": "（单位不详）",
    "none": "无",
    "left_out": "（另有隐藏行 {n} 个，未计入）",
    "kept_apart": "警告：{kept_by} 与 {file} 都是 {form_id}，分开保存为 {namespace}",
    "kept_apart_more": "警告：另有 {n} 份表与同单位同年度的另一文件分开保存（未逐一列出）",
    # parse
    "parse.counts": "  目标 {targets} 个{t_left}，指标 {indicators} 个{i_left}",
    "parse.weight": "  {cat}：权重 {weight}{note}",
    "parse.subtotal_says": "（合计栏写 {declared}）",
    "parse.total": "  总权重 {weight}{note}",
    "parse.total_says": "（表中写 {declared}）",
    "parse.docs": "  引用文件 {n} 个",
    "parse.findings": "  读取问题 {n} 个：",
    # trace
    "trace.several": "有 {n} 个文件与「{query}」相符，全部追溯：",
    "trace.count": "{n} 个目标（{units} 个单位）来源于{which}{where}",
    "trace.which_one": "该文件",
    "trace.which_many": "这些文件",
    "trace.in_form": "（限 {form}）",
    "trace.columns": "（指标、权重、分管领导、责任部门、责任人）：",
    "trace.via_key": "  来源 {key}：{via}",
    "trace.via": "  来源：{via}",
    "trace.clause": "第{item}项",
    "trace.more": "……另有 {n} 个目标未列出（共 {total} 个）；--all 全部列出，--limit 指定数量",
    "sources.more": "……另有 {n} 个表的 {query} 未列出（共 {total} 个）；--all 全部列出，--limit 指定数量",
    "sources.target": "  所属目标 {id} {text}",
    "sources.documents": "文件：",
    "sources.clauses": "条款：",
    "sources.none": "  无",
    "sources.via": "来源：",
    # who
    "who.head": "权重\t指标数\t{kind}\t单位\t指标（* 为共同承担）",
    "who.person": "责任人",
    "who.department": "责任部门",
    "who.leader": "分管领导",
    # audit
    "audit.none": "未发现问题",
    "audit.subjects": "      涉及：{subjects}",
    "audit.total": "共 {n} 个问题：{counts}",
    "audit.more": "……另有 {n} 个问题未列出（共 {total} 个）；--all 全部列出，--limit 指定数量",
    "audit.count": "{severity} {n} 个",
    # cli
    "cli.needs_value": "{option} 需要给出值",
    "cli.limit_all": "--limit 与 --all 不能同用",
    "cli.fail_on": "--fail-on：{value} 不是 {allowed} 之一",
    "cli.select_none": "--select {value} 没有指定任何规则；请写代码、类别或名称（如 A,D01）",
    "cli.role": "{name} 是{role}；请用 --{option}",
    "cli.hidden": "{query} 在隐藏行 {rows}{where}；请加 --include-hidden",
    "cli.hidden_where": "（{files}）",
    "cli.wrote": "已写入 {output}",
    "cli.no_citations": "未找到文号",
    "cli.lang": "--lang：{value} 不是 zh 或 en",
    "cli.files_or_db": "请给出表格文件，或用 --db 指定索引（yiju index 建立）",
    "cli.not_both": "给出表格文件或 --db 之一，不要同时给出",
    "cli.doc_or_target": "--doc 与 --target 须给出且只给一个",
    "cli.one_owner": "--person、--department、--leader 最多给一个",
    "cli.by_with_name": "--by 统计所有人；与 --{option} 同用时请去掉它（已按 {option} 分组）",
    "cli.by_value": "--by 只能是 person、department 或 leader，不是 {value}",
    "cli.graph_suffix": "{output}：不支持的图文件格式（应为 {allowed}）",
    "cli.wrote_graph": "已写入 {output}：节点 {nodes} 个，边 {edges} 条",
    "cli.report_suffix": "{output}：报告须为 .xlsx 工作簿或 .html 网页",
    "cli.csv_xlsx": "--csv 只能与 .xlsx 报告同用",
    "cli.wrote_size": "已写入 {output}（{kb} KB）",
    "cli.wrote_tables": "已写入 {output}：{tables}",
    "cli.wrote_format": "已写入 {output}（{fmt}）",
    "cli.format_value": "--format 须为 {allowed} 之一，不是 {value}",
    "cli.format_unknown": "无法从 {output} 判断格式；请用 --format {allowed}",
    "cli.format_clash": "--format {fmt} 与 {output} 不一致；只给一个，或让两者一致",
    "cli.no_match": "没有与「{query}」相符的结果{why}{hint}",
    "cli.no_match_why": "（{reason}）",
    "cli.no_match_hint": "；最接近的：{candidates}",
    "cli.list_sep": "、",
}

_EN: dict[str, str] = {
    "unknown_unit": "(unit unknown)",
    "none": "none",
    "left_out": " (+{n} hidden, left out)",
    "kept_apart": "warning: {kept_by} and {file} are both {form_id}; kept apart as {namespace}",
    "kept_apart_more": "warning: {n} more forms kept apart from another file of their unit and year",
    "parse.counts": "  targets {targets}{t_left}, indicators {indicators}{i_left}",
    "parse.weight": "  {cat}: weight {weight}{note}",
    "parse.subtotal_says": " (合计 says {declared})",
    "parse.total": "  total weight {weight}{note}",
    "parse.total_says": " (form says {declared})",
    "parse.docs": "  documents cited {n}",
    "parse.findings": "  reading findings {n}:",
    "trace.several": "{n} documents match 「{query}」; all are traced:",
    "trace.count": "{n} target{s} ({units} unit{us}) derive{vs} from {which}{where}",
    "trace.which_one": "it",
    "trace.which_many": "them",
    "trace.in_form": " in {form}",
    "trace.columns": " (indicator, weight, 分管领导, 责任部门, 责任人):",
    "trace.via_key": "  via {key}: {via}",
    "trace.via": "  via {via}",
    "trace.clause": "clause {item}",
    "trace.more": "… {n} more target{s} not listed ({total} in all): --all lists them all",
    "sources.more": "… {query} in {n} more form{s} not listed ({total} in all): --all lists them all",
    "sources.target": "  target {id} {text}",
    "sources.documents": "documents:",
    "sources.clauses": "clauses:",
    "sources.none": "  none",
    "sources.via": "via ",
    "who.head": "weight\tcount\t{kind}\tunit\tindicators (* shared)",
    "who.person": "person",
    "who.department": "department",
    "who.leader": "leader",
    "audit.none": "no findings",
    "audit.subjects": "      subjects: {subjects}",
    "audit.total": "{n} finding{s}: {counts}",
    "audit.more": "… {n} more finding{s} not listed ({total} in all): --all lists them all",
    "audit.count": "{n} {severity}",
    "cli.needs_value": "{option} needs a value",
    "cli.limit_all": "--limit and --all cannot be used together",
    "cli.fail_on": "--fail-on: {value} is not one of {allowed}",
    "cli.select_none": "--select {value} names no rule; name codes, families or slugs (A,D01)",
    "cli.role": "{name} is a {role}; use --{option}",
    "cli.hidden": "{query} is on hidden row{s} {rows}{where}; add --include-hidden",
    "cli.hidden_where": " of {files}",
    "cli.wrote": "wrote {output}",
    "cli.no_citations": "no citations",
    "cli.lang": "--lang: {value} is not zh or en",
    "cli.files_or_db": "give form files or --db (an index yiju index built)",
    "cli.not_both": "give form files or --db, not both",
    "cli.doc_or_target": "give exactly one of --doc or --target",
    "cli.one_owner": "give at most one of --person, --department, --leader",
    "cli.by_with_name": "--by tabulates everyone; leave it out with --{option} (which groups by {option})",
    "cli.by_value": "--by must be person, department or leader, not {value}",
    "cli.graph_suffix": "{output}: unsupported graph format (expected {allowed})",
    "cli.wrote_graph": "wrote {output}: {nodes} nodes, {edges} edges",
    "cli.report_suffix": "{output}: the report is an .xlsx workbook or an .html page",
    "cli.csv_xlsx": "--csv goes with an .xlsx report",
    "cli.wrote_size": "wrote {output} ({kb} KB)",
    "cli.wrote_tables": "wrote {output}: {tables}",
    "cli.wrote_format": "wrote {output} ({fmt})",
    "cli.format_value": "--format must be one of {allowed}, not {value}",
    "cli.format_unknown": "cannot tell the format from {output}; use --format {allowed}",
    "cli.format_clash": "--format {fmt} disagrees with {output}; give one or make them agree",
    "cli.no_match": "nothing matches 「{query}」{why}{hint}",
    "cli.no_match_why": " ({reason})",
    "cli.no_match_hint": "; nearest: {candidates}",
    "cli.list_sep": ", ",
}

#: The fixed parts of the readers' and queries' reasons (English in the library, which
#: never prints) as a Chinese reader gets them: each phrase replaced where it occurs,
#: longest first, so `path: no such file` reads `path：文件不存在`.
_REASONS_ZH: tuple[tuple[str, str], ...] = (
    (
        "expected .xlsx, .xls, .xlsb, .ods, .docx, .pdf, .html, .txt, .tsv or .csv",
        "应为 .xlsx、.xls、.xlsb、.ods、.docx、.pdf、.html、.txt、.tsv 或 .csv",
    ),
    (
        "no recognisable table (no header row naming 序号, 文件依据, 一级指标, 责任部门 …)",
        "未找到可识别的表格（没有写着 序号、文件依据、一级指标、责任部门 … 的表头行）",
    ),
    ("legacy Word .doc document; save it as .docx", "旧式 Word .doc 文档；请另存为 .docx"),
    ("WPS 文字 .wps document; save it as .docx", "WPS 文字 .wps 文档；请另存为 .docx"),
    ("WPS 表格 .et workbook; save it as .xlsx", "WPS 表格 .et 工作簿；请另存为 .xlsx"),
    (
        "WPS 演示 .dps presentation holds no form table; save the table as .xlsx or .docx",
        "WPS 演示 .dps 演示文稿不含表格；请把表格另存为 .xlsx 或 .docx",
    ),
    ("encrypted (password-protected) workbook", "加密（有密码保护）的工作簿"),
    ("legacy .xls workbook; save it as .xlsx", "旧式 .xls 工作簿；请另存为 .xlsx"),
    ("not an xlsx workbook (not a zip archive)", "不是 xlsx 工作簿（不是 zip 压缩包）"),
    ("truncated or corrupt xlsx", "xlsx 文件不完整或已损坏"),
    ("truncated or corrupt ods", "ods 文件不完整或已损坏"),
    ("no text layer; run OCR first", "没有文字层（扫描件）；请先做 OCR 识别"),
    ("not a PDF file (no %PDF- header)", "不是 PDF 文件（没有 %PDF- 文件头）"),
    ("binary data, not a web page", "二进制数据，不是网页"),
    ("not UTF-8, GB18030 or Big5 text", "不是 UTF-8、GB18030 或 Big5 文本"),
    (
        "an Excel 2003 XML spreadsheet named .xls; open it and save it as .xlsx",
        "扩展名为 .xls 的 Excel 2003 XML 表格；请打开后另存为 .xlsx",
    ),
    (
        "not an .xls workbook (no OLE2 header; truncated or another format)",
        "不是 .xls 工作簿（没有 OLE2 文件头；不完整或是其他格式）",
    ),
    ("no zip central directory", "缺少 zip 中央目录"),
    # Refusals of hostile files (issue 16): each English piece in the order the Chinese reads.
    ("zip members would inflate to ", "zip 成员解压后共 "),
    (" MB, over the limit of ", " MB，超过 "),
    (" MB (possible zip bomb)", " MB 的上限（可能是 zip 炸弹）"),
    (" times, over the limit of ", " 倍，超过 "),
    (" times (possible zip bomb)", " 倍的上限（可能是 zip 炸弹）"),
    (" would inflate ", " 解压后将膨胀 "),
    (" inflates to more than the ", " 解压后超过它声明的 "),
    (" bytes it declares (possible zip bomb)", " 字节（可能是 zip 炸弹）"),
    (" is encrypted; remove the password and save again", " 已加密；请去掉密码后重新保存"),
    ("zip member ", "zip 成员 "),
    ("(member ", "（成员 "),
    (" uses compression method ", " 使用压缩方法 "),
    (", which office files never use)", "，办公文件从不使用这种方法）"),
    ("(no local header for ", "（缺少本地文件头："),
    ("XML entity declarations in ", "含 XML 实体声明的部件 "),
    (" (possible entity-expansion bomb)", "（可能是实体膨胀炸弹）"),
    ("encrypted PDF (password required)", "加密的 PDF（需要密码）"),
    ("encrypted (password-protected) ", "加密（有密码保护）的 "),
    ("; remove the password and save again", "；请去掉密码后重新保存"),
    ("docx document", "docx 文档"),
    (".xls workbook", ".xls 工作簿"),
    (".xlsb workbook", ".xlsb 工作簿"),
    (".ods workbook", ".ods 工作簿"),
    ("not a docx file", "不是 docx 文件"),
    ("not a ods file", "不是 ods 文件"),
    ("not a xlsb file", "不是 xlsb 文件"),
    ("(not a zip archive)", "（不是 zip 压缩包）"),
    ("(it is a Word document; rename it to .", "（它是 Word 文档；请把扩展名改为 ."),
    ("(it is an Excel workbook; rename it to .", "（它是 Excel 工作簿；请把扩展名改为 ."),
    ("(it is an Excel binary workbook; rename it to .", "（它是 Excel 二进制工作簿；请把扩展名改为 ."),
    ("(it is a PowerPoint presentation; rename it to .", "（它是 PowerPoint 演示文稿；请把扩展名改为 ."),
    ("(it is an OpenDocument file; rename it to .", "（它是 OpenDocument 文件；请把扩展名改为 ."),
    ("truncated or corrupt docx", "docx 文件不完整或已损坏"),
    ("truncated or corrupt xlsb", "xlsb 文件不完整或已损坏"),
    ("truncated or corrupt PDF", "PDF 文件不完整或已损坏"),
    (" pages exceeds the ", " 页，超过每份表格 "),
    ("-page limit for a form", " 页的上限"),
    ("refused: file of ", "拒绝读取：文件有 "),
    (" MB exceeds the ", " MB，超过 "),
    (" MB limit", " MB 的上限"),
    ("refused: sheet ", "拒绝读取：工作表 "),
    ("refused: a table row spans more than ", "拒绝读取：表格的一行超过 "),
    ("refused: a table of more than ", "拒绝读取：表格超过 "),
    ("refused: more than ", "拒绝读取：超过 "),
    (" paragraphs and tables", " 个段落和表格"),
    (" spans ", " 共 "),
    (" rows x ", " 行 × "),
    (" columns", " 列"),
    (" cells", " 个单元格"),
    ("malformed CSV near line ", "CSV 格式错误，约在第 "),
    ("not UTF-16 text", "不是 UTF-16 文本"),
    ("is a directory, not a form file", "是目录，不是表格文件"),
    ("no form files in this directory", "此目录下没有表格文件"),
    ("no form files match this pattern", "没有表格文件符合此模式"),
    ("no files match this pattern", "没有文件符合此模式"),
    ("unsupported file type", "不支持的文件类型"),
    ("no suffix", "无扩展名"),
    ("binary data, not text", "二进制数据，不是文本"),
    ("empty file", "空文件"),
    ("no such file", "文件不存在"),
    ("cannot read", "无法读取"),
    ("refused: ", "拒绝读取："),
    ("no form or unit of that name", "没有这个名称的表格或单位"),
    ("a title fragment needs at least ", "标题片段至少要有字数 "),
    ("not read as a document number: ", "不能识别为文号："),
)

_TABLES = {"zh": _ZH, "en": _EN}


def _from_environment() -> str:
    """Return `YIJU_LANG` if it names a language, else `en` for an English locale, else `zh`."""
    wanted = os.environ.get("YIJU_LANG", "").strip().lower()[:2]
    if wanted in _TABLES:
        return wanted
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:  # the first one set decides, as the C library does
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def set_lang(lang: str | None) -> None:
    """Choose the language (`zh`, `en`); None goes back to the environment's choice."""
    global _chosen  # noqa: PLW0603  # one process, one language: the CLI sets it once
    if lang is not None and lang not in _TABLES:
        raise ValueError(lang)
    _chosen = lang


def current() -> str:
    """Return the language in use: the one set, else the environment's."""
    return _chosen if _chosen is not None else _from_environment()


def t(msg_id: str, /, **fields: Any) -> str:
    """Return message `msg_id` in the current language, its `{fields}` filled.

    English plurals take `s` fields (`s="s"`) that the Chinese ignores.

    >>> set_lang("zh"); t("audit.total", n=2, counts="错误 2 个")
    '共 2 个问题：错误 2 个'
    >>> set_lang("en"); t("audit.none"); set_lang(None)
    'no findings'
    """
    text = _TABLES[current()].get(msg_id) or _ZH[msg_id]
    return text.format(**fields) if fields else text


def reason_text(reason: str) -> str:
    """Return a reader's or query's reason in the current language (its known phrases in
    Chinese under zh; file names, numbers and unknown words kept as they are).

    >>> set_lang("zh"); reason_text("unsupported file type (no suffix)"); set_lang(None)
    '不支持的文件类型 (无扩展名)'

    """
    if current() == "en":
        return reason
    for english, chinese in _REASONS_ZH:
        reason = reason.replace(english, chinese)
    return reason
