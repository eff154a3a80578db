"""Read a task list written as prose into the table it would have been.

Many 分工方案 are published not as a table but as the notice's own text: headings, then
numbered paragraphs each ending with who does it,

    二、坚持系统集成，推动审批全链条优化
    1.全面实施行政许可事项清单管理。依据国家和省行政许可事项清单……。（市政府办公室牵头，
      市级各有关部门按职责分工负责）

or with labelled lines after the paragraph (`责任单位：市发改委`, `完成时限：2022年底前`). When a
file holds no table, its lines are tried as such a text: a paragraph with owners is a task,
a numbered heading above tasks is a section, the numbered or plain paragraphs under a task
are its detail. With at least `MIN_TASKS` tasks the lines become a task-list table
(序号 | 重点任务 | 主要内容 | 责任单位 | 配合单位 | 责任领导 | 责任人 | 完成时限) that `yiju.items` reads like
any other; the owners' text is passed on as written (`X牵头，Y按职责分工负责`), for the units
reader to tell leads from partners. Every line that is no task, heading or detail (the
preamble, the signature, the date) is named in one R07 finding, so nothing is dropped
without a word.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from yiju import patterns as pat
from yiju.codes import finding
from yiju.messages import say
from yiju.models import Finding, SourceLocation
from yiju.normalize import fold_width
from yiju.owners import owners_in_text, starts_with_owner_label
from yiju.readers.table import Row, Table
from yiju.traditional import simplified_table

__all__ = ["MIN_TASKS", "prose_table"]

#: Fewer paragraphs with owners than this are no task list (a notice may name one owner)…
MIN_TASKS = 3
#: …unless each is numbered (`1.…` `2.…`): two numbered tasks naming their own owners are a
#: list (owners given them by one line below, as a notice's points may be, are not enough).
MIN_NUMBERED_TASKS = 2

# Outline levels, outermost first (GB/T 9704: 一、 （一） 1. （1） ①); `part` is 第一部分.
_DEPTH = {"part": 0, "cn": 1, "pcn": 2, "ar": 3, "par": 4, "circ": 5}
_HEADING_STYLES = frozenset({"part", "cn", "pcn"})
# A heading is a short line; a numbered paragraph longer than this is text.
_HEADING_MAX = 60
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_COLUMNS = ("序号", "重点任务", "主要内容", "责任单位", "配合单位", "责任领导", "责任人", "完成时限", "备注")
# A wrapped line that reaches this share of the longest line ran to the margin.
_FULL_LINE = 0.85
_ALWAYS = frozenset({"序号", "重点任务", "责任单位", "完成时限"})


@dataclass(slots=True)
class _Paragraph:
    """One paragraph: where it starts, its text, and the labelled lines that followed it."""

    number: int
    text: str
    label_lines: list[str] = field(default_factory=list)
    style: str | None = None
    numeral: str = ""
    prefix: str = ""  # the numbering as written (`（三）`)
    body: str = ""
    owners: dict[str, str] = field(default_factory=dict)
    kind: str = "other"  # task, heading, detail, title (a title's second line), other
    furniture: bool = False  # a saved page's navigation or footer: never read for owners
    closes: bool = False  # owners alone on a line, given to the numbered paragraphs above


def prose_table(
    file: str, rows: Sequence[Row], *, sheet: str | None = None, wrapped: bool = False
) -> Table | None:
    """Return the task-list table the prose in `rows` holds, or None when it holds none.

    Args:
        file: The file, for locations and the finding.
        rows: The file's lines (or paragraphs), one cell each; cells of a row are joined.
        sheet: The sheet the rows came from, if any.
        wrapped: The lines are a page's wrapped lines (PDF): a paragraph goes on until a line
            ends a sentence or the next starts with numbering or a label.

    Returns:
        A table of a title row (when the text before the tasks starts with one), a header
        row and one row per section and task, carrying one R07 finding that names the
        lines not read as tasks; None when fewer than `MIN_TASKS` paragraphs name owners.
    """
    # A text in traditional characters reads as the simplified one (R06 says so), so the
    # duty words and labels are found.
    folded = simplified_table(Table(file=file, sheet=sheet, rows=tuple(rows)))
    paragraphs = _paragraphs(folded.rows, wrapped=wrapped)
    for paragraph in paragraphs:
        if not paragraph.furniture:
            _read(paragraph)
    # Numbered paragraphs naming their own owners, before a line of owners gives its to those above.
    numbered = sum(1 for p in paragraphs if p.style is not None and _owned(p))
    _close_groups(paragraphs)
    owned = [p for p in paragraphs if _owned(p)]
    if len(owned) < MIN_TASKS and (numbered < MIN_NUMBERED_TASKS or any(p.style is None for p in owned)):
        return None
    start, end = _classify(paragraphs)
    title = _title(paragraphs[:start])
    number = _notice_number(paragraphs[:start])
    title_text = title.text if title is not None else None
    if number is not None and number.text not in (title_text or ""):
        # The notice's number is the list's key (forms cite `X〔2023〕2号第5项`): keep it
        # with the title, where a register's key is looked for.
        title_text = f"{title_text}（{number.text}）" if title_text else number.text
        number.kind = "title"
    used = {id(p) for p in paragraphs[start:end] if p.kind != "other"}
    used |= {id(p) for p in paragraphs if p.closes}
    used |= {id(p) for p in paragraphs[:start] if p.kind == "title" or p is title}
    columns = _used_columns(paragraphs[start:end])
    body = _rows(paragraphs[start:end], columns)
    header = Row(body[0].number, columns)
    top = title or number
    out = ([Row(top.number, (title_text or "",))] if top is not None else []) + [header, *body]
    unused = [p for p in paragraphs if id(p) not in used]
    tasks = sum(1 for p in paragraphs[start:end] if p.kind == "task")
    note = _note(file, sheet, tasks, unused)
    # The lines not read as tasks go with the table: the preamble's short names
    # (`（国发〔2022〕5号，以下简称《意见》）`) hold for the tasks, and a rule stated there
    # (`列第一位的责任单位为牵头单位`) is applied by the table reader, as for any table.
    context = tuple(Row(p.number, (p.text,)) for p in unused)
    return Table(file=file, sheet=sheet, rows=tuple(out), findings=(*folded.findings, note), context=context)


def _paragraphs(rows: Sequence[Row], *, wrapped: bool) -> list[_Paragraph]:
    """Join lines into paragraphs; a line that is only a label belongs to the paragraph above.

    Wrapped lines (PDF) join the line above when it ran to the right margin: a paragraph's
    lines are all about as long as the longest line of the text but its last, which ends
    short or with a sentence's end. A line starting with numbering or a label starts anew.
    """
    texts = [(row.number, " ".join(v for v in row.values if v).strip()) for row in rows]
    full = max((len(text) for _, text in texts), default=0)
    out: list[_Paragraph] = []
    previous = ""
    for number, text in texts:
        if not text:
            previous = ""
            continue
        if pat.SITE_FURNITURE.search(text):
            # A saved page's footer (`主办单位：…办公室 | 网站标识码…`) is no owner of the task above.
            out.append(_Paragraph(number, text, furniture=True))
            previous = ""
            continue
        if out and starts_with_owner_label(text):
            out[-1].label_lines.append(text)
            previous = ""
            continue
        if (
            wrapped
            and out
            and previous
            and not out[-1].label_lines
            and len(previous) >= _FULL_LINE * full
            and pat.NUMBERING.match(text) is None
            and pat.PROSE_SENTENCE_END.search(previous) is None
        ):
            out[-1].text += text  # a wrapped line: Chinese joins without a space
            previous = text
            continue
        out.append(_Paragraph(number, text))
        previous = text
    return out


def _read(paragraph: _Paragraph) -> None:
    """Find the paragraph's numbering, its owners and deadline, and the text left."""
    text = paragraph.text
    numbered = pat.NUMBERING.match(text)
    if numbered is not None and numbered.end() < len(text):
        for style, value in numbered.groupdict().items():
            if value is not None:
                paragraph.style = style
                paragraph.numeral = _numeral(style, value)
                break
        paragraph.prefix = text[: numbered.end()]
        text = text[numbered.end() :]
    # The closing brackets first (labels inside them, `（牵头单位:X;责任单位:Y）`, are theirs),
    # then labelled clauses, then the labelled lines after the paragraph: `yiju.owners` reads
    # them as it reads a table cell's text.
    body, owners = owners_in_text(text, paragraph.label_lines)
    paragraph.body = body.strip()
    paragraph.owners = {role: "；".join(values) for role, values in owners.items()}


def _owned(paragraph: _Paragraph) -> bool:
    """Return True for a paragraph that names units (lead or partner) as its owners."""
    return bool(paragraph.owners.get("departments") or paragraph.owners.get("partners"))


def _close_groups(paragraphs: list[_Paragraph]) -> None:
    """Give a line of owners alone to the run of numbered paragraphs right above it.

    `1.完善应急预案体系` / `(1)…` `(2)…` `(3)…` `(4)…` / `(责任单位:市直各有关单位、…)` (运城 2017):
    the owners close the group, so each of `(1)`…`(4)` is a task of theirs and the line over
    them (`1.…`, numbered shallower) is their heading. Only paragraphs without owners of
    their own, numbered alike and one after another, take them.
    """
    for i, p in enumerate(paragraphs):
        owned = p.owners.get("departments") or p.owners.get("partners")
        if p.style is not None or p.body or p.furniture or not owned:
            continue
        run: list[_Paragraph] = []
        for q in reversed(paragraphs[:i]):
            if q.furniture or q.owners or q.style is None or (run and q.style != run[0].style):
                break
            run.append(q)
        if not run:
            continue
        for q in run:
            q.owners = dict(p.owners)
        above = paragraphs[i - len(run) - 1] if i - len(run) - 1 >= 0 else None
        if (
            above is not None
            and above.style is not None
            and not above.owners
            and _DEPTH[above.style] < _DEPTH[run[0].style or ""]
            and len(above.body) <= _HEADING_MAX
        ):
            above.kind = "heading"
        p.owners = {}
        p.closes = True


def _numeral(style: str, value: str) -> str:
    """Return a numbering's number as an id cell holds it: `1`, `一`; `③` → `3`."""
    if style == "circ":
        return str(_CIRCLED.index(value) + 1)
    return fold_width(value)


def _classify(paragraphs: list[_Paragraph]) -> tuple[int, int]:
    """Mark each paragraph's kind; return the [start, end) of the tasks and their headings."""
    for p in paragraphs:
        if p.owners.get("departments") or p.owners.get("partners"):
            p.kind = "task"
        elif p.style in _HEADING_STYLES and len(p.body) <= _HEADING_MAX:
            p.kind = "heading"
    _inherit(paragraphs)
    # A heading whose next line is a deeper heading (`二、重点任务` over `（一）…`) heads no task
    # itself; the deeper one is the tasks' section, and two sections of one number would clash.
    # Unless a heading of its style has headed tasks before it (`一、预期目标` over tasks 1–9,
    # then `二、重点工作` over `（一）…`, 丽水 2023): then it is a section like its sibling, and
    # `（一）` nests under it (`二.一`), not under the `一、` before it.
    headed: set[str] = set()  # styles of the headings above some task so far
    seen: set[str] = set()
    for p, after in itertools.pairwise(paragraphs):
        if p.kind == "task":
            headed |= seen
        elif p.kind == "heading":
            seen.add(p.style or "")
            if (
                after.kind == "heading"
                and _DEPTH[after.style or ""] > _DEPTH[p.style or ""]
                and (p.style or "") not in headed
            ):
                p.kind = "other"
    tasks = [i for i, p in enumerate(paragraphs) if p.kind == "task"]
    first, last = tasks[0], tasks[-1]
    start = first
    while start > 0 and paragraphs[start - 1].kind == "heading":
        start -= 1
    end = last + 1
    # What follows a task is its detail while it is numbered deeper than the task, or is
    # plain text before the next numbered paragraph; after the last task, only numbered.
    task_depth: int | None = None
    for i in range(start, len(paragraphs)):
        p = paragraphs[i]
        if p.furniture:
            continue
        if p.kind == "task":
            task_depth = _DEPTH.get(p.style or "", 9)
            continue
        if p.kind == "heading":
            task_depth = None
            continue
        deeper = p.style is not None and task_depth is not None and _DEPTH[p.style] > task_depth
        if i > last and not deeper:
            break
        if task_depth is not None and (deeper or p.style is None):
            p.kind = "detail"
            end = max(end, i + 1)
        elif p.style is not None and task_depth is not None and _DEPTH[p.style] == task_depth:
            p.kind = "task"  # a numbered task among tasks, without owners: read, owners empty
    return start, end


def _inherit(paragraphs: list[_Paragraph]) -> None:
    """Let the numbered paragraphs under a heading that names owners take its owners.

    `（一）深化简政放权（市政府办公室牵头）` followed by `1.…` and `2.…` without owners: the heading
    is a section and each paragraph under it a task of its owners.
    """
    for i, p in enumerate(paragraphs):
        if p.kind != "task" or p.style not in _HEADING_STYLES or len(p.body) > _HEADING_MAX:
            continue
        depth = _DEPTH[p.style]
        children = []
        for q in paragraphs[i + 1 :]:
            if q.style is not None and _DEPTH[q.style] <= depth:
                break
            if q.style is not None and q.kind == "other":
                children.append(q)
        top = [q for q in children if _DEPTH[q.style or ""] == min(_DEPTH[c.style or ""] for c in children)]
        if not top:
            continue
        for q in top:
            q.kind = "task"
            q.owners = {**p.owners, **q.owners}
        p.kind = "heading"


def _title(before: list[_Paragraph]) -> _Paragraph | None:
    """Return the paragraph that titles the list, its broken lines joined, or None.

    The title nearest the tasks wins: a notice prints its own title (`…关于印发《X》的通知`)
    first and the list's title (`X`) just above the list. A title broken over lines
    (`立山区政府2023年重点工作` / `任务分解和责任分工方案`) is joined: the line naming the plan and
    up to two short lines just above it that end in no punctuation.
    """
    for i in range(len(before) - 1, max(-1, len(before) - 1 - _TITLE_SCAN), -1):
        p = before[i]
        if p.furniture or not _is_title(p.text):
            continue
        first = i
        # A saved page's navigation (`首页 | 政务公开`) above the title is no piece of it.
        while (
            first > 0
            and i - first < 2
            and not before[first - 1].furniture
            and _title_piece(before[first - 1].text)
            and _number_alone(before[first - 1].text) is None  # `东府〔2021〕54号` above the title
        ):
            first -= 1
        if first < i:
            head = before[first]
            head.text = "".join(q.text for q in before[first : i + 1])
            for q in before[first + 1 : i + 1]:
                q.kind = "title"
            return head
        return p
    return None


def _notice_number(before: list[_Paragraph]) -> _Paragraph | None:
    """Return the line above the list that is the notice's number alone (`鞍立政发〔2023〕2号`)."""
    for p in before[:_TITLE_SCAN]:
        number = _number_alone(p.text)
        if number is not None:
            p.text = number
            return p
    return None


def _number_alone(text: str) -> str | None:
    """Return the notice's number a line holds alone (`东府〔2021〕54号`), else None."""
    from yiju.citations import extract  # noqa: PLC0415  # only prose needs the citation reader

    text = text.strip()
    if len(text) > _NUMBER_MAX:
        return None
    found = [c for c in extract(text).citations if c.year is not None and c.serial]
    if len(found) == 1 and found[0].span[1] - found[0].span[0] >= len(text) - 2:
        return found[0].text
    return None


# A line holding the notice's number alone is short (`中华人民共和国国务院令第699号` is 16).
_NUMBER_MAX = 30

# How far above the tasks a title is looked for (a notice's preamble is a few paragraphs).
_TITLE_SCAN = 12


def _is_title(text: str) -> bool:
    # A numbered line is a part's heading (`二、重点任务`), not the list's title.
    return (
        len(text) <= 80
        and "。" not in text
        and pat.PROSE_TITLE_END.search(text) is not None
        and pat.NUMBERING.match(text) is None
    )


def _title_piece(text: str) -> bool:
    """Return True for a short line that can be the first half of a broken title."""
    return (
        len(text) <= 30
        and pat.PROSE_SENTENCE_END.search(text) is None
        and pat.NUMBERING.match(text) is None
        and pat.FORM_DATE.search(text) is None
        and pat.MONTH_DATE_LINE.match(text) is None
        and not text.startswith(("（", "("))
        and "文件" not in text[-2:]
    )


def _used_columns(paragraphs: Sequence[_Paragraph]) -> tuple[str, ...]:
    roles = {role for p in paragraphs for role in p.owners}
    if any(p.kind == "detail" for p in paragraphs):
        roles.add("detail")
    # A person's line (`责任人:张伟`, 宁波 2014 民生实事 `项目责任人:尹文德`) is a column of its own.
    wanted = {
        "partners": "配合单位",
        "leaders": "责任领导",
        "people": "责任人",
        "detail": "主要内容",
        "note": "备注",
    }
    return tuple(c for c in _COLUMNS if c in _ALWAYS or any(wanted.get(r) == c for r in roles))


def _rows(paragraphs: Sequence[_Paragraph], columns: tuple[str, ...]) -> list[Row]:
    """One row per heading (its text in the first cell) and per task (details folded in)."""
    out: list[Row] = []
    cells: dict[str, str] | None = None
    number = 0

    def flush() -> None:
        if cells is not None:
            out.append(Row(number, tuple(cells.get(c, "") for c in columns)))

    for p in paragraphs:
        if p.kind == "heading":
            flush()
            cells = None
            out.append(Row(p.number, (p.prefix + p.body,)))
        elif p.kind == "task":
            flush()
            number = p.number
            cells = {
                "序号": p.numeral,
                "重点任务": p.body if p.style is not None or p.body else p.text,
                "责任单位": p.owners.get("departments", ""),
                "配合单位": p.owners.get("partners", ""),
                "责任领导": p.owners.get("leaders", ""),
                "责任人": p.owners.get("people", ""),
                "完成时限": p.owners.get("deadline", ""),
                "备注": p.owners.get("note", ""),
            }
        elif p.kind == "detail" and cells is not None:
            cells["主要内容"] = "\n".join(x for x in (cells.get("主要内容", ""), p.text) if x)
    flush()
    return out


def _note(file: str, sheet: str | None, tasks: int, unused: Sequence[_Paragraph]) -> Finding:
    """The R07 finding: how many tasks were read from prose, and which lines were not tasks."""
    lines = _ranges([p.number for p in unused])
    rest = say("R07.rest", n=len(unused), lines=lines) if unused else ""
    first = unused[0].number if unused else None
    return finding(
        "R07", say("R07.prose", tasks=tasks, rest=rest), ("prose",), SourceLocation(file, sheet, first)
    )


def _ranges(numbers: Sequence[int]) -> str:
    """`1, 2, 3, 7, 9, 10` → `1–3、7、9–10`."""
    parts: list[str] = []
    run: list[int] = []
    for n in sorted(numbers):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            parts.append(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]))
        run = [n]
    if run:
        parts.append(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]))
    return "、".join(parts)
