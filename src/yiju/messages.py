"""Every sentence yiju says in one place: a Chinese and an English table keyed by stable ids.

`t("audit.none")` returns the text in the chosen language, `t("trace.count", n=3)` fills
`str.format` fields. A finding's message is said in both at once: `say("S01.empty", …)`
returns a `Said` (both sentences from the same facts), the finding keeps both, and each
output picks its language; a field given as `listed([...])` is joined the way each language
joins a list (`、` or `, `). The language is `--lang zh|en` (the CLI calls `set_lang`), else
`YIJU_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG` starting `en` → English),
falling back to Chinese: the people this tool serves read Chinese.

Plain dicts, not gettext: nothing to compile at build time and nothing to open at start-up
(`yiju --help` and `yiju cite` stay as light as before; see bench/README.md). Codes, keys and
JSON field names never go through here: they stay stable ASCII.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, NamedTuple

__all__ = [
    "LANGS",
    "Listed",
    "Said",
    "click_text",
    "current",
    "known",
    "listed",
    "metavar_text",
    "reason_text",
    "say",
    "set_lang",
    "t",
]

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
    "trace.article": "第{item}条",
    "trace.article_kuan": "第{item}条第{kuan}款",
    "trace.article_xiang": "第{item}条第{xiang}项",
    "trace.article_kuan_xiang": "第{item}条第{kuan}款第{xiang}项",
    "trace.kuan": "第{item}款",
    "trace.chapter": "第{item}章",
    "trace.annex": "附件{item}",
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
    "cite.header": "文号\t条款\t标题\t发文机关\t原文",
    "cite.unparsed": "未识别",
    "level.national": "国家级",
    "level.provincial": "省级",
    "level.municipal": "市级",
    "level.county": "县级",
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
    # column roles as `parse` names them (the keys stay in JSON)
    "role.id": "序号",
    "role.category": "类别",
    "role.levels1": "一级指标",
    "role.levels2": "二级指标",
    "role.levels3": "三级指标",
    "role.levels4": "四级指标",
    "role.text": "内容",
    "role.detail": "具体内容",
    "role.basis": "文件依据",
    "role.weight": "权重",
    "role.deadline": "完成时限",
    "role.leaders": "分管领导",
    "role.departments": "责任部门",
    "role.partners": "配合单位",
    "role.people": "责任人",
    "role.measure": "计量单位",
    "role.target_value": "目标值",
    "role.nature": "指标性质",
    "role.note": "备注",
    "role.extra": "其他",
    # library errors the CLI prints (their `said`)
    "render.higher": "，或用更高的 --level（{levels}）",
    "view.documents": "documents（文件）",
    "view.targets": "targets（目标）",
    "view.indicators": "indicators（指标）",
    "view.category": "category（类别）",
    "view.department": "department（部门）",
    "view.unit": "unit（单位）",
    "render.too_many": (
        "图将有 {nodes} 个节点（上限 {limit}），太多，无法看清；"
        "请用 --doc、--target、--department 或 --person 缩小范围{hint}，或调高 --max-nodes"
    ),
    "render.one_filter": "--doc、--target、--department、--person 只能给一个（给了 {given}）",
    "render.option": "{option} 须为 {allowed} 之一，不是 {value}",
    "render.max_nodes": "--max-nodes 至少为 1，不是 {value}",
    "profile.unreadable": "{source}：无法读取规则配置（{error}）",
    "profile.toml": "{source}：不是有效的 TOML（{error}）",
    "profile.missing": "文件不存在",
    "profile.in_section": "，位于 [{section}]",
    "profile.unknown_key": "{where}：未知的键 {key}{section}（已知：{known}）",
    "profile.unknown_rules": "{where}：[severity] 中有未知的规则 {codes}",
    "profile.severity": "{where}：[severity] {code} 须为 error、warning 或 info，不是 {value}",
    "profile.requirement": "{where}：{name} 的值须为 {allowed} 之一",
    "profile.type": "{where}：{name} 须为{expected}，不是 {value}",
    "profile.str": "字符串",
    "profile.int": "不小于 0 的整数",
    "profile.num": "数字",
    "profile.strs": "字符串列表",
    "profile.nums": "数字表",
    "font.no_fc_list": "找不到 fc-list（fontconfig），无法查找中文字体；{hint}",
    "font.hint": "请安装一种：apt-get install fonts-wqy-zenhei（或 fonts-noto-cjk）",
    "font.none": "没有安装中文字体（fc-list :lang=zh 为空）；{hint}",
    "audit.unknown_rule": "未知的规则 {token}（已知：类别 {families}；代码 {codes}；或规则名称）",
    # click's frame (cli_frame): usage line, headings, usage errors
    "click.usage": "用法：",
    "click.heading": "{heading}：",
    "click.try": "请运行 '{command} {option}' 查看帮助。",
    "click.error": "错误：{message}",
    "click.missing": "缺少{kind} {hint}。",
    "click.invalid": "{hint} 的值无效：{message}",
    "click.invalid_value": "值无效：{message}",
    "click.possible": "{message}（可能是：{options}）",
    "click.aborted": "已中止。",
    # findings: each rule's sentences, filled by `say` (the English is JSON's `message`)
    "S01.empty": "{label}（{group}）没有来源：文件依据为空，一级指标也未引用任何文件",
    "S01.standing": "{label}（{group}）只依据 {standing}；{group}须有交办该项工作的文件",
    "S02.no_item": "引用了该文件但未写第几项",
    "S02.not_cited": "未引用该文件",
    "S02.title": "《{title}》",
    "S02.unpinned": "{label}：文件依据列有 {key}{title}，但一级指标{how}：没有落到条款",
    "S03.unlisted": "{label}：一级指标注明了 {key} {items}，但文件依据未列出 {key}",
    "S04.part": "{title}（{labels}）",
    "S04.titles": "{key} 以 {n} 个不同标题被引用：{parts}",
    "S05.part": "第{pages}页（{labels}）",
    "S05.pages": "{name} 被注明了 {n} 种不同页码：{parts}",
    "A01.missing": "{label} 没有填写责任人",
    "A02.missing": "{label} 没有填写责任部门",
    "A03.missing": "{label} 没有填写分管领导",
    "A04.departments": "{n} 个部门（{names}）",
    "A04.people": "{n} 个责任人（{names}）",
    "A04.leaders": "{n} 位分管领导（{names}）",
    "A04.parts": "{label} 由{parts}共同承担",
    "A05.part": "{dept}（{ids}）",
    "A05.departments": "{person} 出现在 {n} 个部门下：{parts}",
    "D01.part": "{label}（{owners}）",
    "D01.cited": "{name} 被 {n} 个目标引用：{parts}",
    "D02.twins": "{labels} 引用相同的文件（{docs}），责任人也相同（{owners}）",
    "D03.pair": "{a} 与 {b} 文字相近（相似度 {score}）：«{text_a}» / «{text_b}»",
    "D03.group": "{n} 个指标文字相近（相似度 {scores}）：{labels}：«{text}»",
    "W.no_weight": "；{ids} 未填权重",
    "W.profile": "考评规则",
    "W01.mismatch": "{label} 写明 {points} 分，但其指标权重合计 {total}（{weights}）{no_weight}",
    "W02.missing": "缺失；考评规则{cite}要求 {expected}",
    "W02.declared": "权重合计 {actual}，但合计行写 {declared}",
    "W02.expected": "权重合计 {actual}；考评规则{cite}规定为 {expected}",
    "W02.category": "{category}{problems}{no_weight}",
    "W03.declared": "表中总分行写 {declared}",
    "W03.expected": "考评规则{cite}规定为 {expected}",
    "W03.row_vs_profile": "总分行的 {declared} 不是考评规则的 {expected}",
    "W03.total": "全部指标权重合计 {actual}；{problems}",
    "W04.few": "{groups} 共有一级目标 {count} 个；{ref}要求至少 {minimum} 个",
    "W05.item": "{label}（{points} 分）",
    "W05.cap": "{group}合计 {total} 分（{items}）；{ref}上限为 {cap} 分",
    "W05.not": "，而非 {points} 分",
    "W05.single": "，且只有一项时按 {single} 分计{instead}",
    "W05.few": "{group}只有 {n} 项：{items}；{ref}要求至少 {minimum} 项{scored}",
    "W06.kids": "{label} 设了二级指标（{ids}）；{ref}：行政能力目标不设二级指标",
    "W06.group_missing": "{category}缺少 {group}；{ref}规定其为 {points} 分",
    "W06.group_unknown": "{category}中有一组 {group}，{ref}未规定（规定的有：{fixed}）",
    "W06.group_weight": "{group}权重合计 {actual}；{ref}规定为 {fixed}{no_weight}",
    "W06.group_items": "{group}有 {n} 项（{ids}）；{ref}规定为 {fixed} 项",
    "W06.item_weight": "{label} 权重为 {weight}；{ref}规定每个行政能力项目为 {fixed}",
    "W07.keyword": "关键词 {words}",
    "W07.owner": "由 {owners} 承担",
    "W07.topic": "{label}「{text}」看来属于行政能力目标的工作（{reasons}）；{ref}不允许列入{category}",
    "C01.uncovered": "{key}第{item}项（{text}）的牵头单位{unit}没有覆盖它的目标",
    "C02.partners": "（配合单位：{names}）",
    "C02.no_lead": "{key}第{item}项（{text}）没有牵头单位{partners}",
    "C03.cites": "引用该项",
    "C03.words": "文字与该项相同",
    "C03.claim": "{target}{how}，但{key}第{item}项未分配给该单位（牵头：{lead}；配合：{partners}）",
    "C04.leads": "{key}第{item}项（{text}）只由{lead}牵头，却有{n}个单位按牵头覆盖：{targets}",
    "C05.missing": "{target}引用{key}第{item}项，但该表没有这一项（共{n}项：{span}）{instead}",
    "C.instead_score": "；文字与第{item}项相近（{score}）",
    "C.instead": "；文字与第{item}项相近",
    "C06.mismatch": "{target}引用{key}第{item}项（{text}），但文字不符（相似度 {score}）{instead}",
    "C07.lead": "牵头{n}项（{items}）",
    "C07.partner": "配合{n}项（{items}）",
    "C07.ambiguous": "对应多个单位：{names}；请在别名文件中指明",
    "C07.no_form": "按{how}对应{unit}，但没有该单位的表",
    "C07.unresolved": "没有对应的单位表",
    "C07.unit": "{key}的{name}{why}（{roles}）",
    "C08.annex": (
        "{target}引用{key}附件{cited}第{items}项，但分工表是{key}附件{annex}：这些序号不按本表的任务计"
    ),
    "R01.sheet_hidden": "工作表 {title} 被隐藏，但其中有表格",
    "R01.hidden_sheet_no_table": "隐藏的工作表「{title}」中没有表格；其中 {count} 个非空行未作为目标读取",
    "R01.row": "第 {row} 行被隐藏，但其中有内容：{snippet}",
    "R01.column": "{letter} 列被隐藏，但其中 {count} 个单元格有内容",
    "R01.controls": "单元格 {cell} 含不可见的控制字符（{names}），已去除（换页符、垂直制表符改为换行）",
    "R02.cell": "单元格 {cell} 的值是错误值 {text}",
    "R02.line": "第 {row} 行第 {col} 列的值是错误值 {value}",
    "R03.sheet_no_table": "工作表「{title}」中没有表格；其中 {count} 个非空行未作为目标读取",
    "R03.sheet_renamed": "工作簿中有同名工作表 {name!r}；这一个读作 {title!r}，与前一个分开",
    "R03.page_tables": "网页中另有 {n} 个没有表头的表格（导航、排版用），未作为目标读取",
    "R03.row": "{why}：{text}",
    "R03.before_header": "表头之前的文字",
    "R03.label": "序号前的「{label}」不是已知的类别",
    "R03.total_no_number": "合计行没有数字",
    "R03.no_id": "没有序号的行",
    "R03.extra_text": "第 {c} 列有多余的文字",
    "R03.second_text": "{target} 有第二段一级指标文字",
    "R03.weight": "权重「{weight}」不是数字",
    "R03.above_header": "表头之上的文字",
    "R03.no_task_text": "没有事项文字的行",
    "R04.unparsed": "{subject}：形似文号的文字「{text}」未能识别（{reason}）",
    "R04.short_year": "{n}位年份",
    "R04.year_range": "年份超出范围",
    "R04.no_serial": "缺少序号",
    "R04.bad_serial": "序号无法识别",
    "R04.no_issuer": "年份前没有发文机关代字",
    "R04.unclosed_book": "书名号《未闭合",
    "R05.copy": "工作表「{sheet}」与「{other}」内容几乎相同，未重复读取（{n} 项中 {shared} 项相同）",
    "R07.rest": "；{n} 段不是任务，未读作事项（第 {lines} 行）",
    "R07.prose": "文件中没有表格，由正文段落读出 {tasks} 项任务{rest}",
    "R06.traditional": "表格用繁体字书写，已按简体读取（抽查的 {han} 个字中有 {changed} 个繁体字）",
    "R08.ambiguous": "简称《{name}》在本表中指不同的文件：{places}；每处引用按其前最近一次的声明解读",
    "R08.place": "第{row}行指{key}",
    "R09.merged": "文本副本中合并单元格只留第一行的值：{what}",
    "R09.column": (
        "「{column}」只在第一项有值，第 {rows} 行为空；若原表是向下合并的单元格，请以原表为准（未按合并填补）"
    ),
    "R09.id": "第 {row} 行无序号，夹在 {id} 与下一序号之间，读作第 {id} 项的一部分",
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
    "trace.article": "article {item}",
    "trace.article_kuan": "article {item} paragraph {kuan}",
    "trace.article_xiang": "article {item} item {xiang}",
    "trace.article_kuan_xiang": "article {item} paragraph {kuan} item {xiang}",
    "trace.kuan": "paragraph {item}",
    "trace.chapter": "chapter {item}",
    "trace.annex": "annex {item}",
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
    "cite.header": "key\tlocators\ttitle\tissuer\twritten",
    "cite.unparsed": "UNPARSED",
    "level.national": "national",
    "level.provincial": "provincial",
    "level.municipal": "municipal",
    "level.county": "county",
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
    "role.id": "id",
    "role.category": "category",
    "role.levels1": "levels1",
    "role.levels2": "levels2",
    "role.levels3": "levels3",
    "role.levels4": "levels4",
    "role.text": "text",
    "role.detail": "detail",
    "role.basis": "basis",
    "role.weight": "weight",
    "role.deadline": "deadline",
    "role.leaders": "leaders",
    "role.departments": "departments",
    "role.partners": "partners",
    "role.people": "people",
    "role.measure": "measure",
    "role.target_value": "target_value",
    "role.nature": "nature",
    "role.note": "note",
    "role.extra": "extra",
    "render.higher": ", use a higher --level ({levels})",
    "view.documents": "documents",
    "view.targets": "targets",
    "view.indicators": "indicators",
    "view.category": "category",
    "view.department": "department",
    "view.unit": "unit",
    "render.too_many": (
        "the picture would have {nodes} nodes (limit {limit}), too many to read; narrow it with "
        "--doc, --target, --department or --person{hint}, or raise --max-nodes"
    ),
    "render.one_filter": "choose one of --doc, --target, --department, --person (got {given})",
    "render.option": "{option} must be one of {allowed}, not {value}",
    "render.max_nodes": "--max-nodes must be at least 1, not {value}",
    "profile.unreadable": "{source}: cannot read profile ({error})",
    "profile.toml": "{source}: not valid TOML ({error})",
    "profile.missing": "FileNotFoundError: no such file",
    "profile.in_section": " in [{section}]",
    "profile.unknown_key": "{where}: unknown key {key}{section} (known: {known})",
    "profile.unknown_rules": "{where}: [severity] names unknown rules {codes}",
    "profile.severity": "{where}: [severity] {code} must be error, warning or info, not {value}",
    "profile.requirement": "{where}: {name} values must be one of {allowed}",
    "profile.type": "{where}: {name} must be {expected}, not {value}",
    "profile.str": "a string",
    "profile.int": "a whole number, 0 or more",
    "profile.num": "a number",
    "profile.strs": "a list of strings",
    "profile.nums": "a table of numbers",
    "font.no_fc_list": "fc-list (fontconfig) not found, so no Chinese font can be found; {hint}",
    "font.hint": "install one: apt-get install fonts-wqy-zenhei (or fonts-noto-cjk)",
    "font.none": "no Chinese font installed (fc-list :lang=zh is empty); {hint}",
    "audit.unknown_rule": "unknown rule {token} (known: families {families}; codes {codes}; or a slug)",
    "click.usage": "Usage: ",
    "click.heading": "{heading}:",
    "click.try": "Try '{command} {option}' for help.",
    "click.error": "Error: {message}",
    "click.missing": "Missing {kind} {hint}.",
    "click.invalid": "Invalid value for {hint}: {message}",
    "click.invalid_value": "Invalid value: {message}",
    "click.possible": "{message} (Possible options: {options})",
    "click.aborted": "Aborted!",
    "S01.empty": (
        "{label} ({group}) names no source: its 文件依据 is empty and its 一级指标 cites no document"
    ),
    "S01.standing": (
        "{label} ({group}) rests only on {standing}; a {group} needs the document that assigned the work"
    ),
    "S02.no_item": "cites it without an item",
    "S02.not_cited": "never cites it",
    "S02.title": " ({title})",
    "S02.unpinned": "{label}: 文件依据 lists {key}{title}, but the 一级指标 {how}: no clause is pinned",
    "S03.unlisted": "{label}: the 一级指标 pins {key} {items}, but 文件依据 does not list {key}",
    "S04.part": "{title} ({labels})",
    "S04.titles": "{key} is cited under {n} titles: {parts}",
    "S05.part": "第{pages}页 ({labels})",
    "S05.pages": "{name} is cited with {n} different pages: {parts}",
    "A01.missing": "{label} has no 责任人 (person)",
    "A02.missing": "{label} has no 责任部门 (department)",
    "A03.missing": "{label} has no 分管领导 (leader)",
    "A04.departments": "{n} departments ({names})",
    "A04.people": "{n} people ({names})",
    "A04.leaders": "{n} leaders ({names})",
    "A04.parts": "{label} is shared by {parts}",
    "A05.part": "{dept} ({ids})",
    "A05.departments": "{person} is listed under {n} departments: {parts}",
    "D01.part": "{label} ({owners})",
    "D01.cited": "{name} is cited by {n} targets: {parts}",
    "D02.twins": "{labels} cite the same documents ({docs}) and have the same owners ({owners})",
    "D03.pair": "{a} and {b} read alike (similarity {score}): «{text_a}» / «{text_b}»",
    "D03.group": "{n} indicators read alike (similarity {scores}): {labels}: «{text}»",
    "W.no_weight": "; no weight on {ids}",
    "W.profile": "the profile",
    "W01.mismatch": (
        "{label} declares {points} points but its indicators weigh {total} ({weights}){no_weight}"
    ),
    "W02.missing": "is missing; the profile{cite} expects {expected}",
    "W02.declared": "weighs {actual} but its 合计 row says {declared}",
    "W02.expected": "weighs {actual}; the profile{cite} fixes it at {expected}",
    "W02.category": "{category} {problems}{no_weight}",
    "W03.declared": "the form's total row says {declared}",
    "W03.expected": "the profile{cite} fixes {expected}",
    "W03.row_vs_profile": "the total row's {declared} is not the profile's {expected}",
    "W03.total": "the indicators weigh {actual} in all; {problems}",
    "W04.few": "{groups} hold {count} first-level target{s}; {ref} asks for at least {minimum}",
    "W05.item": "{label} ({points} points)",
    "W05.cap": "{group} holds {total} points ({items}); {ref} caps it at {cap}",
    "W05.not": ", not {points}",
    "W05.single": ", and a single item is scored as {single} points{instead}",
    "W05.few": "{group} has {n} item{s}, {items}; {ref} asks for at least {minimum}{scored}",
    "W06.kids": "{label} has second-level indicators ({ids}); {ref}: 行政能力目标 has none",
    "W06.group_missing": "{group} is missing from {category}; {ref} fixes it at {points} points",
    "W06.group_unknown": "{category} has a group {group} that {ref} does not fix (fixed: {fixed})",
    "W06.group_weight": "{group} weighs {actual}; {ref} fixes it at {fixed}{no_weight}",
    "W06.group_items": "{group} has {n} items ({ids}); {ref} fixes {fixed}",
    "W06.item_weight": "{label} weighs {weight}; {ref} fixes each 行政能力 item at {fixed}",
    "W07.keyword": "keyword {words}",
    "W07.owner": "owned by {owners}",
    "W07.topic": (
        "{label} «{text}» looks like 行政能力目标 work ({reasons}); {ref} keeps it out of {category}"
    ),
    "C01.uncovered": "{key} item {item} ({text}): its lead unit {unit} has no target covering it",
    "C02.partners": " (partners: {names})",
    "C02.no_lead": "{key} item {item} ({text}) has no lead unit{partners}",
    "C03.cites": "cites the item",
    "C03.words": "carries the item's words",
    "C03.claim": (
        "{target} {how}, but {key} item {item} is not assigned to its unit (lead: {lead}; "
        "partners: {partners})"
    ),
    "C04.leads": "{key} item {item} ({text}) has one lead, {lead}, but {n} units cover it as lead: {targets}",
    "C05.missing": (
        "{target} cites {key} item {item}, but the register has no such item ({n} items: {span}){instead}"
    ),
    "C.instead_score": "; its words match item {item} ({score})",
    "C.instead": "; its words match item {item}",
    "C06.mismatch": (
        "{target} cites {key} item {item} ({text}), but the words differ (similarity {score}){instead}"
    ),
    "C07.lead": "lead of {n} items ({items})",
    "C07.partner": "partner in {n} items ({items})",
    "C07.ambiguous": "matches several units: {names}; name one in the alias file",
    "C07.no_form": "resolves to {unit} ({how}), but that unit has no form",
    "C07.unresolved": "matches no unit's form",
    "C07.unit": "{name} of {key} {why} ({roles})",
    "C08.annex": (
        "{target} cites {key} annex {cited} item {items}, but the register is annex {annex} of {key}: "
        "those numbers are not counted as its tasks"
    ),
    "R01.sheet_hidden": "sheet {title} is hidden but holds a table",
    "R01.hidden_sheet_no_table": (
        "hidden sheet {title!r} holds no table; its {count} non-empty rows were not read as targets"
    ),
    "R01.row": "row {row} is hidden but holds data: {snippet}",
    "R01.column": "column {letter} is hidden but holds data in {count} cell{s}",
    "R01.controls": (
        "cell {cell} holds invisible control characters ({names}), removed (form feeds and "
        "vertical tabs became line breaks)"
    ),
    "R02.cell": "cell {cell} holds the error value {text}",
    "R02.line": "line {row} column {col} holds the error value {value}",
    "R03.sheet_no_table": (
        "sheet {title!r} holds no table; its {count} non-empty rows were not read as targets"
    ),
    "R03.sheet_renamed": (
        "the workbook has two sheets named {name!r}; this one is read as {title!r}, apart from the first"
    ),
    "R03.page_tables": (
        "the page holds {n} other table{s} without a form header (navigation, layout); not read as targets"
    ),
    "R03.row": "{why}: {text}",
    "R03.before_header": "text before the table header",
    "R03.label": "label {label!r} before the id is not a known category",
    "R03.total_no_number": "total row without a number",
    "R03.no_id": "row without an id",
    "R03.extra_text": "extra text in column {c}",
    "R03.second_text": "second 一级指标 text for {target}",
    "R03.weight": "weight {weight!r} is not a number",
    "R03.above_header": "text above the table header",
    "R03.no_task_text": "row without a task text",
    "R04.unparsed": "{subject}: citation-like text {text!r} not understood ({reason})",
    "R04.short_year": "{n}-digit year",
    "R04.year_range": "year out of range",
    "R04.no_serial": "no serial number",
    "R04.bad_serial": "unreadable serial",
    "R04.no_issuer": "no issuer before the year",
    "R04.unclosed_book": "unclosed 《",
    "R05.copy": (
        "sheet «{sheet}» is a near copy of «{other}» and was not read again ({shared} of {n} items the same)"
    ),
    "R07.rest": "; {n} paragraphs are no task and were not read as items (lines {lines})",
    "R07.prose": "the file holds no table; {tasks} tasks were read from its paragraphs{rest}",
    "R08.ambiguous": (
        "the short name 《{name}》 stands for different documents in this form: {places}; each mention "
        "reads as the nearest declaration before it"
    ),
    "R08.place": "{key} in row {row}",
    "R09.merged": "a text copy keeps a merged cell's value on its first row only: {what}",
    "R09.column": (
        "「{column}」 has a value on the first task only, rows {rows} are empty; if the original merged it"
        " down, trust the original (not filled)"
    ),
    "R09.id": "row {row} has no id between {id} and the next: read as part of item {id}",
    "R06.traditional": (
        "the table is written in traditional characters and was read as simplified ({changed} of "
        "{han} characters sampled)"
    ),
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
    ("XML entity declarations in workbook", "工作簿中有 XML 实体声明"),
    (" (not a zip archive)", "（不是 zip 压缩包）"),
    (" (member ", "（成员 "),
    (" (no local header for ", "（缺少本地文件头："),
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
    # (issue 15) the rest of the readers' refusals, after issue 16's pieces
    ("encrypted PDF (password required)", "加密的 PDF（需要密码）"),
    ("encrypted (password-protected) ", "加密（有密码保护）的 "),
    ("; remove the password and save again", "；请去掉密码后重新保存"),
    ("workbook; remove the password", "工作簿；请去掉密码"),
    ("docx document", "docx 文档"),
    (" file (not a zip archive)", " 文件（不是 zip 压缩包）"),
    ("truncated or corrupt ", "文件不完整或已损坏："),
    (" (member ", "（成员 "),
    (" uses compression method ", " 使用压缩方法 "),
    (", not used by xlsx", "，xlsx 不用此方法"),
    ("; rename it to .", "；请把扩展名改为 ."),
    (" (it is an ", "（实为 "),
    (" (it is a ", "（实为 "),
    (" (it is ", "（实为 "),
    ("zip members would inflate to ", "zip 成员解压后将达 "),
    (" MB (possible zip bomb)", " MB（可能是 zip 炸弹）"),
    ("XML entity declarations in workbook", "工作簿中有 XML 实体声明"),
    ("XML entity declarations in ", "XML 实体声明，位于 "),
    (" (possible entity-expansion bomb)", "（可能是实体膨胀攻击）"),
    (" MB exceeds the ", " MB，超过 "),
    (" MB limit", " MB 的上限"),
    ("cannot read docx 文档", "无法读取 docx 文档"),
    ("cannot read the page", "无法读取网页"),
    (" paragraphs and tables", " 个段落和表格"),
    ("a table row spans ", "表格的一行跨越 "),
    ("a table of ", "表格有 "),
    (" columns of text", " 列文字"),
    (" rows x ", " 行 × "),
    (" pages exceeds the ", " 页，超过 "),
    ("-page limit for a form", " 页的表格上限"),
    (" text despite its byte-order mark", " 文本，尽管有字节顺序标记"),
    ("malformed CSV near line ", "CSV 格式有误，位置约在行 "),
    (" workbook (", " 工作簿（"),
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
    # the citation reader's reasons (`citation_reason` below says them in both languages)
    ("no issuer before the year", "年份前没有发文机关代字"),
    ("-digit year", "位年份"),
    ("year out of range", "年份超出范围"),
    ("no serial number", "缺少序号"),
    ("unreadable serial", "序号无法识别"),
    ("unclosed 《", "书名号《未闭合"),
    # the bare words last, after every phrase that holds them
    (" file（实为", " 文件（实为"),
    (" at its end", "（在末尾）"),
    (" after byte ", "，自字节 "),
    (" workbook", " 工作簿"),
    (" text", " 文本"),
    (" (no ", "（缺少 "),
    ("sheet ", "工作表 "),
    (" columns", " 列"),
    (" cells", " 个单元格"),
    ("more than ", "超过 "),
    ("file of ", "文件大小 "),
    (" spans ", " 跨越 "),
)

#: click's fixed phrases (help frame, usage errors) as a Chinese reader gets them, in the
#: order they are replaced: whole sentences first, the bare words of a parameter kind last.
_CLICK_ZH: tuple[tuple[str, str], ...] = (
    ("Show this message and exit.", "显示本帮助后退出。"),
    ("is not a valid int range", "不是有效的整数"),
    ("is not a valid float range", "不是有效的数字"),
    (". Did you mean", "。是否想用"),
    ("Got unexpected extra arguments", "多余的参数"),
    ("Got unexpected extra argument", "多余的参数"),
    ("Did you mean", "是否想用"),
    ("No such command", "没有这个命令"),
    ("Missing command", "缺少命令"),
    ("No such option: ", "没有这个选项："),
    ("does not take a value", "不接受值"),
    ("requires an argument", "需要给出值"),
    ("is not a valid integer", "不是有效的整数"),
    ("is not a valid float", "不是有效的数字"),
    ("is not a valid boolean", "不是有效的布尔值"),
    ("is not a valid", "不是有效的"),
    ("is not in the range", "不在允许的范围"),
    ("does not exist", "不存在"),
    ("default: ", "默认："),
    ("env var: ", "环境变量："),
    ("(dynamic)", "（动态）"),
    ("required", "必填"),
    ("Options", "选项"),
    ("Arguments", "参数"),
    ("Commands", "命令"),
    ("Option ", "选项 "),
    ("Argument ", "参数 "),
    ("argument", "参数"),
    ("option", "选项"),
    ("parameter", "参数"),
)

#: typer's metavars (`--lang <str>`) as a Chinese reader gets them.
_METAVARS_ZH: tuple[tuple[str, str], ...] = (
    ("<int range>", "<整数>"),
    ("<float range>", "<数字>"),
    ("<int>", "<整数>"),
    ("<float>", "<数字>"),
    ("<str>", "<文字>"),
    ("<path>", "<路径>"),
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


def known(msg_id: str) -> bool:
    """Return True when the catalogue has `msg_id` (`role.leaders`, not `role.new_role`)."""
    return msg_id in _ZH


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


class Said(NamedTuple):
    """One sentence in both languages, made from the same facts (what `say` returns).

    A named tuple, not a dataclass: `dataclasses` would be one more import on every start-up.
    """

    zh: str
    en: str

    def text(self) -> str:
        """Return the sentence in the current language."""
        return self.en if current() == "en" else self.zh


class Listed(NamedTuple):
    """Items to be joined the way each language joins them (`listed` makes one).

    `how`: `,` a plain list (`、` / `, `), `;` a list of clauses (`；` / `; `), `and` a list
    whose last item English joins with `and` (`and;`: Chinese joins it with `；`).
    """

    items: tuple[object, ...]
    how: str = ","


def listed(items: Iterable[object], how: str = ",") -> Listed:
    """Return `items` as a list field of `say` (each item a str, number or `Said`)."""
    return Listed(tuple(items), how)


_JOIN = {
    "zh": {",": "、", ";": "；", "and": "、", "and;": "；", "or": "、"},
    "en": {",": ", ", ";": "; ", "and": ", ", "and;": ", ", "or": ", "},
}


def _field(lang: str, value: object) -> object:
    if isinstance(value, Said):
        return value.zh if lang == "zh" else value.en
    if isinstance(value, Listed):
        parts = [str(_field(lang, item)) for item in value.items]
        if lang == "en" and value.how in ("and", "and;", "or") and len(parts) > 1:
            last = "or" if value.how == "or" else "and"
            return f"{', '.join(parts[:-1])} {last} {parts[-1]}"
        return _JOIN[lang][value.how].join(parts)
    return value


# The citation reader's reasons for a number it could not read (`Unparsed.reason`): English
# codes, said here in both languages; its other reasons are written in Chinese already.
_CITATION_REASONS = {
    "year out of range": "R04.year_range",
    "no serial number": "R04.no_serial",
    "unreadable serial": "R04.bad_serial",
    "no issuer before the year": "R04.no_issuer",
    "unclosed 《": "R04.unclosed_book",
}


def citation_reason(reason: str) -> Said:
    """Return why the citation reader gave up, in both languages.

    >>> citation_reason("2-digit year").zh, citation_reason("no issuer before the year").zh
    ('2位年份', '年份前没有发文机关代字')
    """
    digits = reason.removesuffix("-digit year")
    if digits != reason:
        return say("R04.short_year", n=digits)
    msg_id = _CITATION_REASONS.get(reason)
    return say(msg_id) if msg_id is not None else Said(reason, reason)


def say(msg_id: str, /, **fields: object) -> Said:
    """Return message `msg_id` in both languages, its fields filled in each (`Said` and
    `Listed` fields in that language).

    >>> say("S01.empty", label="1-15", group="重点工作目标").zh
    '1-15（重点工作目标）没有来源：文件依据为空，一级指标也未引用任何文件'
    >>> say("A04.parts", label="1-3-1", parts=listed(["甲", "乙", "丙"], "and;")).en
    '1-3-1 is shared by 甲, 乙 and 丙'
    """
    zh = _ZH[msg_id].format(**{k: _field("zh", v) for k, v in fields.items()})
    en = _EN[msg_id].format(**{k: _field("en", v) for k, v in fields.items()})
    return Said(zh, en)


def click_text(text: str) -> str:
    """Return click's fixed words in `text` in the current language (Chinese under zh; a
    sentence's closing `.` becomes `。`); names, values and options are kept as they are.

    >>> set_lang("zh"); click_text("No such command 'bogus'."); set_lang(None)
    "没有这个命令 'bogus'。"
    """
    if current() == "en":
        return text
    for english, chinese in _CLICK_ZH:
        text = text.replace(english, chinese)
    if text.endswith("?"):
        return text[:-1] + "？"
    return text[:-1] + "。" if text.endswith(".") and not text.endswith("..") else text


def metavar_text(text: str) -> str:
    """Return help text with typer's metavars in the current language, each taking the
    columns the English took (`--lang <str>  输出…` → `--lang <文字> 输出…`): a Chinese
    character is two columns wide, and the help column stays aligned.

    >>> set_lang("zh"); metavar_text("--workers <int range>  并行"); set_lang(None)
    '--workers <整数>       并行'
    """
    if current() == "en":
        return text
    for english, chinese in _METAVARS_ZH:
        wider = len(chinese) + sum(1 for ch in chinese if ord(ch) > 0x2E80) - len(english)
        if wider > 0:  # eat the spaces after it, where there are
            text = text.replace(english + " " * wider, chinese)
        text = text.replace(english, chinese + " " * max(-wider, 0))
    return text


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
    for english in ("not an ", "not a ", "not "):  # `not UTF-16 text`: at the start only
        if reason.startswith(english):
            return "不是 " + reason.removeprefix(english)
    return reason
