"""The table of citation cases: what `yiju.citations.extract` must find in a text.

Each case is a text and the documents expected in it, in order of appearance, built with
small factory helpers (the eyecite way)::

    case("（属泉委发〔2021〕5号第14页第27项）", doc("泉委发〔2021〕5号", loc(14, "27")), name="...")

`doc(key, *locators, title=..., issuer=..., year=..., serial=..., text=...)` expects one numbered
citation; `only(title)` expects a title-only citation (`《信访条例》`). What a record does not pin
is `ANY` (compares equal to everything), except `title` and `locators`, which are always checked:
a numbered document with no bound title expects `title is None`, and no locators expects `()`.
`unparsed` is `()` by default (nothing may be reported as unparsed), a tuple of the exact texts
reported, a count, or None when the case does not check it.

Decisions the grammar (`docs/citations.md`) leaves open, taken here and tested:

* `citation.text` is the number as written plus the locators that follow it; it includes neither
  the bound title, nor the function word before the issuer (属, 根据 …), nor the brackets around
  the number, nor the text after 号 (文, 文件 …). A title-only citation's text is `《X》`.
* A title binds only when the bracket holds the number itself. In a 一级指标 cell
  (`…工作（属泉委发〔2021〕5号第14页第27项、…）`) the text before the bracket is the indicator, not
  a title: every document there has `title is None`.
* A title names the document the number issues. A cover letter (`…关于印发X的通知`) names X:
  the lead and the trailing `的通知` are dropped, in 《》 or not, and an outer 《》 (then an inner
  〈〉 that wraps all that is left) is unwrapped: `《国务院办公厅关于印发2016年政务公开工作要点的通知》
  （国办发〔2016〕19号）` → `2016年政务公开工作要点`. Inside 《》 without such a lead, the notice
  *is* the document and keeps its full title: `《…关于下达…计划的通知》` stays whole. Without 《》,
  a trailing `的通知` is dropped (docs/citations.md: `城乡建设品质提升实施方案的通知（…）`).
* When the text right before the number's bracket is `《X》` or `《X》的通知`, the title is X and the
  prose before the 《 (`根据`, `按照`, `印发的`) is not part of it; a 《》 earlier in the same
  sentence is a citation of its own (`根据《预算法》、《…决定》（国发〔2014〕45号）`). A 《》 in the
  middle of a title stays in it (`2021年市《政府工作报告》目标任务责任分解表`).
* A title written without 《》 starts after the last `，` (or the start of the cell) before it: each
  document of a `，`-separated 文件依据 list gets only its own segment.
* A 《》 written right after a number is that number's title (issue 13 reversed the earlier
  reading as two citations): `厦府〔2017〕327号《厦门市人民政府关于印发多规合一业务协同平台运行规则的
  通知》` is one document titled `多规合一业务协同平台运行规则`. The four cases this changed
  (`real:shandong-heading`, `real:xiamen-heading`, `real:beijing-heading`, and
  `negative:decree-number`, now a 令 number) say so in their notes.
* A short name (`（以下简称《专项规划》）`) is not a document: it is an alias, and a later `《专项规划》`
  is a citation of the document it names (`real:fujian-emergency-basis` changed with issue 13).
* Whether a title-only key folds traditional characters is not pinned: the real
  traditional-script sentences below pin keys of numbered documents only, and a title bound in
  one of them is ANY.
* 印发 and 转发 are never part of a code, so the issuer starts after them even when prose is glued
  on before (`市委印发泉委发〔2021〕5号` → 泉委发). Other glued prose (`一是泉委发`) is not tested:
  read literally, the grammar makes it part of the issuer.

Real sentences (family `real`) are copied verbatim, as stored, from public government texts
found with the `search` tool; the address is next to each one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Final

__all__ = [
    "ANY",
    "CASES",
    "FIFTH_LEFT",
    "FOURTH_LEFT",
    "KEY_VARIANTS",
    "NO_KEY",
    "REAL_FIFTH",
    "REAL_FOURTH",
    "SEED_FILE",
    "Case",
    "Doc",
    "Loc",
    "case",
    "doc",
    "loc",
    "only",
]

SEED_FILE: Final = "seed_2021_quanzhou_yingji.txt"


class _Any:
    """A wildcard that compares equal to anything: the field is not pinned by the case."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "ANY"


ANY: Final[Any] = _Any()


@dataclass(frozen=True, slots=True)
class Loc:
    """An expected locator: pages `(from, to)` or None, item (`"27"`, `"4.1"`) or None, unit."""

    pages: tuple[int, int] | None
    item: str | None
    unit: str | None


@dataclass(frozen=True, slots=True)
class Doc:
    """One expected citation; ANY fields are not checked."""

    key: str
    title: Any = None
    locators: tuple[Loc, ...] = ()
    issuer: Any = ANY
    year: Any = ANY
    serial: Any = ANY
    text: Any = ANY


@dataclass(frozen=True, slots=True)
class Case:
    """One text and what extraction must find in it."""

    text: str
    docs: tuple[Doc, ...]
    name: str
    family: str = ""
    unparsed: tuple[str, ...] | int | None = ()
    note: str = ""
    source: str | None = None

    @property
    def id(self) -> str:
        """Return the short readable pytest id: `family:name`."""
        return f"{self.family}:{self.name}"


def loc(pages: int | tuple[int, int] | None = None, item: str | None = None, unit: str | None = None) -> Loc:
    """Build an expected locator; a single page `14` means `(14, 14)`; an item's unit defaults to 项."""
    span = (pages, pages) if isinstance(pages, int) else pages
    if item is not None and unit is None:
        unit = "项"
    return Loc(span, item, unit)


def doc(
    key: str,
    *locators: Loc,
    title: Any = None,
    issuer: Any = ANY,
    year: Any = ANY,
    serial: Any = ANY,
    text: Any = ANY,
) -> Doc:
    """Build an expected numbered citation."""
    return Doc(key, title, tuple(locators), issuer, year, serial, text)


def only(title: str, *, text: Any = ANY) -> Doc:
    """Build an expected title-only citation: key `《title》`, no issuer, year or serial."""
    return Doc(f"《{title}》", title, (), None, None, None, text)


def case(
    text: str,
    *docs: Doc,
    name: str,
    unparsed: tuple[str, ...] | int | None = (),
    note: str = "",
    source: str | None = None,
) -> Case:
    """Build a case; the family is set when the tables are assembled below."""
    return Case(text, tuple(docs), name, "", unparsed, note, source)


# Keys and titles the seed form repeats, spelled once so a typo cannot hide in a copy.
WF5 = "泉委发〔2021〕5号"
ZB6 = "泉政办〔2021〕6号"
MC6 = "泉政办明传〔2021〕6号"
ZB3 = "泉政办〔2021〕3号"
DC9 = "泉府督〔2020〕DC-009号"
WB20 = "泉委办〔2021〕20号"
WB2 = "泉委办〔2021〕2号"
WB25 = "泉委办〔2021〕25号"
HW6 = "泉环委办〔2021〕6号"
ZB18 = "泉政办〔2020〕18号"
WBF1 = "泉委办发〔2021〕1号"
ZB41 = "泉政办〔2019〕41号"
YJ27 = "应急厅〔2021〕27号"
MYJ8 = "闽应急厅办〔2021〕8号"

T_XX = "学习宣传贯彻落实习近平总书记在福建考察时的重要讲话精神的工作方案"
T_QJ = "泉州市“强基促稳”三年行动2021年实施方案"
T_CX = "城乡建设品质提升实施方案"
T_SZF = "2021年省政府工作涉及泉州市主要任务责任分工分解表"
T_SBG = "2021年市《政府工作报告》目标任务责任分解表"
T_GWY = "国务院政府工作报告涉及我市主要任务责任分工"
T_GWY2 = "国务院政府工作报告责任分工"

# ---------------------------------------------------------------------------- spec
# Every example written in the citation grammar (docs/citations.md), in the order it appears there.

SPEC = [
    case("泉委发〔2021〕5号", doc(WF5, issuer="泉委发", year=2021, serial="5", text=WF5), name="canonical"),
    case(
        "泉委发[2021]第05号",
        doc(WF5, issuer="泉委发", year=2021, serial="5", text="泉委发[2021]第05号"),
        name="square-di-padded",
    ),
    case(
        "泉委发（２０２１）5 号",
        doc(WF5, issuer="泉委发", year=2021, serial="5", text="泉委发（２０２１）5 号"),
        name="paren-fullwidth-year-space",
    ),
    case(
        "国办发〔2020〕 12 号",
        doc("国办发〔2020〕12号", issuer="国办发", year=2020, serial="12", text="国办发〔2020〕 12 号"),
        name="spaces-inside",
    ),
    case("國發〔2019〕7號", doc("国发〔2019〕7号", issuer="国发", text="國發〔2019〕7號"), name="trad-guofa"),
    case("閩政辦〔2021〕12號", doc("闽政办〔2021〕12号", issuer="闽政办"), name="trad-minzhengban"),
    case("粵府〔2022〕13號", doc("粤府〔2022〕13号", issuer="粤府"), name="trad-yuefu"),
    case("泉府督〔2020〕第DC-009号", doc(DC9, issuer="泉府督", serial="DC-009"), name="alnum-serial"),
    case(
        "（属泉委发〔2021〕5号",
        doc(WF5, issuer="泉委发", text=WF5),
        name="shu-not-issuer",
        note="属 is not part of the issuer; the bracket is never closed",
    ),
    case("根据国发〔2019〕7号", doc("国发〔2019〕7号", issuer="国发", text="国发〔2019〕7号"), name="genju"),
    case("泉委办〔2021〕2号、泉委办〔2021〕20号", doc(WB2), doc(WB20), name="2-vs-20"),
    case(
        "泉政办〔2021〕6号、泉政办明传〔2021〕6号", doc(ZB6), doc(MC6, issuer="泉政办明传"), name="mingchuan"
    ),
    case("泉委发〔2021〕5号第14页第27项", doc(WF5, loc(14, "27")), name="page-item"),
    case("泉委办〔2021〕20号第14-15页第11项", doc(WB20, loc((14, 15), "11")), name="range-hyphen"),
    case("泉委办〔2021〕20号第14—15页第11项", doc(WB20, loc((14, 15), "11")), name="range-emdash"),
    case("泉委办〔2021〕20号第14～15页第11项", doc(WB20, loc((14, 15), "11")), name="range-wave"),
    case("泉委办〔2021〕20号第14至15页第11项", doc(WB20, loc((14, 15), "11")), name="range-zhi"),
    case("泉政办〔2020〕18号第8页第（四）1项", doc(ZB18, loc(8, "4.1")), name="section-4-1"),
    case("泉政办〔2019〕41号第3页第（一）3项", doc(ZB41, loc(3, "1.3")), name="section-1-3"),
    case("泉委发〔2021〕5号第二十七项", doc(WF5, loc(None, "27")), name="item-chinese-27"),
    case("泉委发〔2021〕5号第（三）项", doc(WF5, loc(None, "3")), name="item-section-only"),
    case("泉委发〔2021〕5号第3条", doc(WF5, loc(None, "3", "条")), name="unit-tiao"),
    case("泉委发〔2021〕5号第3款", doc(WF5, loc(None, "3", "款")), name="unit-kuan"),
    case("泉委发〔2021〕5号第3点", doc(WF5, loc(None, "3", "点")), name="unit-dian"),
    case(
        "泉委办发〔2021〕1号第4页第4项第5页第5项",
        doc(WBF1, loc(4, "4"), loc(5, "5")),
        name="chain",
    ),
    case(
        "泉委发〔2021〕5号第14页第27项、第15页第3项",
        doc(WF5, loc(14, "27"), loc(15, "3")),
        name="dun-continuation",
    ),
    case("泉委发〔2021〕5号第3页", doc(WF5, loc(3)), name="page-alone"),
    case(
        "泉委办〔2021〕20号第14-15页第11项、泉委办〔2021〕20号第14页第11项",
        doc(WB20, loc((14, 15), "11")),
        doc(WB20, loc(14, "11")),
        name="one-clause-two-pages",
        note="the same clause cited with inconsistent pages stays two citations",
    ),
    case("《X》的通知（泉委办〔2021〕20号）", doc(WB20, title="X"), name="title-literal-x"),
    case(
        "城乡建设品质提升实施方案的通知（泉政办〔2021〕6号）",
        doc(ZB6, title=T_CX, text=ZB6),
        name="title-no-guillemets",
    ),
    case(
        "省应急厅关于印发Y（试行）的通知（闽应急厅办〔2021〕8号）",
        doc(MYJ8, title="Y（试行）"),
        name="title-literal-y-trial",
    ),
    case(
        "2021年市《政府工作报告》目标任务责任分解表的通知（泉政办〔2021〕3号）",
        doc(ZB3, title=T_SBG),
        name="title-inner-guillemets",
        note="the inner 《》 is part of the title, not a separate document",
    ),
    case(
        "依照《信访条例》等有关规定",
        only("信访条例", text="《信访条例》"),
        name="title-only",
    ),
    case("泉委发〔2021〕5号文", doc(WF5, text=WF5), name="after-wen"),
    case("泉委发〔2021〕5号文件", doc(WF5, text=WF5), name="after-wenjian"),
    case("泉委发〔2021〕5号文印发", doc(WF5, text=WF5), name="after-wen-yinfa"),
    case("泉委发〔2021〕5号发布", doc(WF5, text=WF5), name="after-fabu"),
    case("泉委发〔2021〕5号公布", doc(WF5, text=WF5), name="after-gongbu"),
]

# ---------------------------------------------------------------------------- seed
# Every cell of fixtures/seed_2021_quanzhou_yingji.txt that holds a citation, verbatim.

SEED = [
    # 1-1-1 文件依据
    case(
        "《学习宣传贯彻落实习近平总书记在福建考察时的重要讲话精神的工作方案》的通知（泉委发〔2021〕5号），"
        "城乡建设品质提升实施方案的通知（泉政办〔2021〕6号），"
        "2021年省政府工作涉及泉州市主要任务责任分工分解表的通知（泉政办明传〔2021〕6号），"
        "2021年市《政府工作报告》目标任务责任分解表的通知（泉政办〔2021〕3号），"
        "国务院政府工作报告涉及我市主要任务责任分工（泉府督〔2020〕第DC-009号）",
        doc(WF5, title=T_XX),
        doc(ZB6, title=T_CX),
        doc(MC6, title=T_SZF),
        doc(ZB3, title=T_SBG),
        doc(DC9, title=T_GWY, serial="DC-009"),
        name="1-1-1-basis",
    ),
    # 1-1-1 一级指标
    case(
        "持续深入开展安全生产专项整治三年行动，遏制重特大安全生产事故。（属泉委发〔2021〕5号第14页第27项、"
        "泉政办〔2021〕6号第3页第4项、泉政办明传〔2021〕6号第21页第120项、泉政办〔2021〕3号第13页第119项、"
        "泉府督〔2020〕第DC-009号第16页第41项）（4分）",
        doc(WF5, loc(14, "27")),
        doc(ZB6, loc(3, "4")),
        doc(MC6, loc(21, "120")),
        doc(ZB3, loc(13, "119")),
        doc(DC9, loc(16, "41")),
        name="1-1-1-target",
    ),
    # 1-2-1 文件依据
    case(
        "《学习宣传贯彻落实习近平总书记在福建考察时的重要讲话精神的工作方案》的通知（泉委发〔2021〕5号），"
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号），"
        "国务院政府工作报告涉及我市主要任务责任分工（泉府督〔2020〕第DC-009号），生态环境保护（泉环委办〔2021〕6号）",
        doc(WF5, title=T_XX),
        doc(WB20, title=T_QJ),
        doc(DC9, title=T_GWY),
        doc(HW6, title="生态环境保护", issuer="泉环委办"),
        name="1-2-1-basis",
    ),
    # 1-2-1 一级指标
    case(
        "持续开展安全生产重点领域专项治理工作（属泉委发〔2021〕5号第14页第27项、泉委办〔2021〕20号第14-15页第11项、"
        "泉府督〔2020〕第DC-009号第16页第41项、泉环委办〔2021〕6号第8页第4项）（3分）",
        doc(WF5, loc(14, "27")),
        doc(WB20, loc((14, 15), "11")),
        doc(DC9, loc(16, "41")),
        doc(HW6, loc(8, "4")),
        name="1-2-1-target",
        note="the indicator text before （属 is not a title",
    ),
    # 1-3-1 文件依据
    case(
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号），"
        "城乡建设品质提升实施方案的通知（泉政办〔2021〕6号），中国快递示范城市实施方案（泉政办〔2020〕18号）",
        doc(WB20, title=T_QJ),
        doc(ZB6, title=T_CX),
        doc(ZB18, title="中国快递示范城市实施方案"),
        name="1-3-1-basis",
    ),
    # 1-3-1 一级指标
    case(
        "完善安全监管体系建设，推进安全生产问题“网格化”监管，做好安全事故数据分析，提升应急管理能力和应急处置能力。"
        "（属泉委办〔2021〕20号第14-15页第11项、泉政办〔2021〕6号第12页第23项、泉政办〔2020〕18号第8页第（四）1项）（4分）",
        doc(WB20, loc((14, 15), "11")),
        doc(ZB6, loc(12, "23")),
        doc(ZB18, loc(8, "4.1")),
        name="1-3-1-target",
    ),
    # 1-4-1
    case(
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号）",
        doc(WB20, title=T_QJ),
        name="1-4-1-basis",
    ),
    case(
        "深化风险辨析分级管控和隐患排查治理双重预防机制建设（属泉委办〔2021〕20号第14-15页第11项）（4分）",
        doc(WB20, loc((14, 15), "11")),
        name="1-4-1-target",
    ),
    # 1-5-1
    case(
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号），"
        "2021年市《政府工作报告》目标任务责任分解表的通知（泉政办〔2021〕3号）",
        doc(WB20, title=T_QJ),
        doc(ZB3, title=T_SBG),
        name="1-5-1-basis",
    ),
    case(
        "深入开展安全生产执法年活动，巩固重大安全生产问题领导挂钩整治。（属泉委办〔2021〕20号第14-15页第11项、"
        "泉政办〔2021〕3号第13页第119项）（3分）",
        doc(WB20, loc((14, 15), "11")),
        doc(ZB3, loc(13, "119")),
        name="1-5-1-target",
    ),
    # 1-6-1
    case(
        "《学习宣传贯彻落实习近平总书记在福建考察时的重要讲话精神的工作方案》的通知（泉委发〔2021〕5号），"
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号），"
        "国务院政府工作报告涉及我市主要任务责任分工（泉府督〔2020〕第DC-009号）",
        doc(WF5, title=T_XX),
        doc(WB20, title=T_QJ),
        doc(DC9, title=T_GWY),
        name="1-6-1-basis",
    ),
    case(
        "强化工贸电力行业粉尘涉爆、有限空间作业安全整治（属泉委发〔2021〕5号第14页第27项、"
        "泉委办〔2021〕20号第14页第11项、泉府督〔2020〕第DC-009号第16页第41项）（4分）",
        doc(WF5, loc(14, "27")),
        doc(WB20, loc(14, "11")),
        doc(DC9, loc(16, "41")),
        name="1-6-1-target",
    ),
    # 1-7-1: the basis cell ends with locators and points copied from the target
    case(
        "《学习宣传贯彻落实习近平总书记在福建考察时的重要讲话精神的工作方案》的通知（泉委发〔2021〕5号），"
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号），"
        "国务院政府工作报告涉及我市主要任务责任分工（泉府督〔2020〕第DC-009号第16页第41项）（4分）",
        doc(WF5, title=T_XX),
        doc(WB20, title=T_QJ),
        doc(DC9, loc(16, "41"), title=T_GWY),
        name="1-7-1-basis",
    ),
    case(
        "开展商贸、涉氨等行业安全整治。（属泉委发〔2021〕5号第14页第27项、泉委办〔2021〕20号第14页第11项、"
        "泉府督〔2020〕第DC-009号第16页第41项）（4分）",
        doc(WF5, loc(14, "27")),
        doc(WB20, loc(14, "11")),
        doc(DC9, loc(16, "41")),
        name="1-7-1-target",
    ),
    # 1-8-1: the bracket after 泉政办明传〔2021〕6号 is never closed
    case(
        "2021年省政府工作涉及泉州市主要任务责任分工分解表的通知（泉政办明传〔2021〕6号，"
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号）",
        doc(MC6, title=T_SZF),
        doc(WB20, title=T_QJ),
        name="1-8-1-basis",
        note="missing closing bracket still binds; the next 《》 is the next document's title",
    ),
    case(
        "开展自然灾害综合风险普查和防灾减灾日教育工作，提高应对各类自然灾害能力（属泉政办明传〔2021〕6号第21页第121项、"
        "泉委办〔2021〕20号第14-15页第11项）（4分）",
        doc(MC6, loc(21, "121")),
        doc(WB20, loc((14, 15), "11")),
        name="1-8-1-target",
    ),
    # 1-9-1
    case(
        "2021年省政府工作涉及泉州市主要任务责任分工分解表的通知（泉政办明传〔2021〕6号，"
        "《天然林保护修复行动方案》的通知（泉委办发〔2021〕1号）",
        doc(MC6, title=T_SZF),
        doc(WBF1, title="天然林保护修复行动方案", issuer="泉委办发"),
        name="1-9-1-basis",
    ),
    case(
        "做好森林防灭火工作。（属泉政办明传〔2021〕6号第21页第121项、泉委办发〔2021〕1号第4页第4项第5页第5项）（4分）",
        doc(MC6, loc(21, "121")),
        doc(WBF1, loc(4, "4"), loc(5, "5")),
        name="1-9-1-target",
    ),
    # 1-10-1
    case(
        "《学习宣传贯彻落实习近平总书记在福建考察时的重要讲话精神的工作方案》的通知（泉委发〔2021〕5号），"
        "2021年省政府工作涉及泉州市主要任务责任分工分解表的通知（泉政办明传〔2021〕6号），"
        "国务院政府工作报告责任分工（泉府督〔2020〕第DC-009号），"
        "2021年市委市政府为民办实事项目责任分解的通知（泉委办〔2021〕2号），"
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号）",
        doc(WF5, title=T_XX),
        doc(MC6, title=T_SZF),
        doc(DC9, title=T_GWY2),
        doc(WB2, title="2021年市委市政府为民办实事项目责任分解"),
        doc(WB20, title=T_QJ),
        name="1-10-1-basis",
    ),
    case(
        "做好防范自然灾害专项整治，加强洪涝灾害防御，健全防汛防风工作机制。（属泉委发〔2021〕5号第14页第27项、"
        "泉政办明传〔2021〕6号第21页第121项、泉委办〔2021〕20号第14页第11项、泉委办〔2021〕2号第18页第30项、"
        "泉府督〔2020〕第DC-009号第16页第41项）（4分）",
        doc(WF5, loc(14, "27")),
        doc(MC6, loc(21, "121")),
        doc(WB20, loc(14, "11")),
        doc(WB2, loc(18, "30")),
        doc(DC9, loc(16, "41")),
        name="1-10-1-target",
    ),
    # 1-11-1
    case(
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号），"
        "市《政府工作报告》责任分解（泉政办〔2021〕3号），国务院政府工作报告责任分工（泉府督〔2020〕第DC-009号）",
        doc(WB20, title=T_QJ),
        doc(ZB3, title="市《政府工作报告》责任分解"),
        doc(DC9, title=T_GWY2),
        name="1-11-1-basis",
    ),
    case(
        "加强综合减灾示范社区创建和避灾点考核、隐患排查整治工作，提升防灾减灾能力。（属泉委办〔2021〕20号第14页第11项、"
        "泉政办〔2021〕3号第13页第119项、（泉府督〔2020〕第DC-009号第16页第41项）（4分）",
        doc(WB20, loc(14, "11")),
        doc(ZB3, loc(13, "119")),
        doc(DC9, loc(16, "41")),
        name="1-11-1-target",
        note="a stray （ before the last number",
    ),
    # 1-12-1
    case(
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号），"
        "2020年国务院政府工作报告涉及我市主要任务责任分工（泉府督〔2020〕第DC-009号），"
        "市《政府工作报告》目标任务责任分解表的通知（泉政办〔2021〕3号）",
        doc(WB20, title=T_QJ),
        doc(DC9, title="2020年国务院政府工作报告涉及我市主要任务责任分工"),
        doc(ZB3, title="市《政府工作报告》目标任务责任分解表"),
        name="1-12-1-basis",
    ),
    case(
        "强化安全生产责任，健全应急值班制度，提高应急管理和抢险救援能力。 "
        "（属泉委办〔2021〕20号第14-15页第11项、"
        "泉政办〔2021〕3号第13页第119项、泉府督〔2020〕第DC-009号第16页第41项）（3分）",
        doc(WB20, loc((14, 15), "11")),
        doc(ZB3, loc(13, "119")),
        doc(DC9, loc(16, "41")),
        name="1-12-1-target",
    ),
    # 1-13-1
    case(
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号），"
        "职业技能提升行动实施方案（2019—2021年）的通知（泉政办〔2019〕41号）",
        doc(WB20, title=T_QJ),
        doc(ZB41, title="职业技能提升行动实施方案（2019—2021年）"),
        name="1-13-1-basis",
        note="（2019—2021年） is part of the title: the number is in the last parenthetical",
    ),
    case(
        "开展职业技能培训和全市安全知识普及竞赛活动，提升群众安全技能及防灾减灾的能力。 "
        "（属泉委办〔2021〕20号第14页第11项、"
        "泉政办〔2019〕41号第3页第（一）3项第13页第9项）（4分）",
        doc(WB20, loc(14, "11")),
        doc(ZB41, loc(3, "1.3"), loc(13, "9")),
        name="1-13-1-target",
    ),
    # 1-14-1: 25号, not 2号 and not 20号
    case(
        "《2021年泉州市督查检查考核计划》的通知（泉委办〔2021〕25号）",
        doc(WB25, title="2021年泉州市督查检查考核计划"),
        name="1-14-1-basis",
    ),
    case(
        "强化安全生产督导检查，完善目标责任制考核工作。 （属泉委办〔2021〕25号第6页第11项）（4分）",
        doc(WB25, loc(6, "11")),
        name="1-14-1-target",
    ),
    # 3-1-1: a national ministry's code, and a leading 省应急厅关于印发 dropped from the title
    case(
        "应急部“工业互联网+危化安全生产”试点建设工作方案（应急厅〔2021〕27号），"
        "省应急厅关于印发危险化学品企业重大危险源安全包保责任制办法（试行）的通知（闽应急厅办〔2021〕8号）",
        doc(YJ27, title="应急部“工业互联网+危化安全生产”试点建设工作方案", issuer="应急厅"),
        doc(MYJ8, title="危险化学品企业重大危险源安全包保责任制办法（试行）", issuer="闽应急厅办"),
        name="3-1-1-basis",
    ),
    # 5-1: a regulation cited by title only
    case(
        "依照《信访条例》等有关规定，扎实做好信访各项工作，依法分类处理信访诉求。",
        only("信访条例", text="《信访条例》"),
        name="5-1-xinfang",
    ),
]

# ---------------------------------------------------------------------------- brackets and digits

BRACKETS = [
    case("泉委发〔2021〕5号", doc(WF5, text="泉委发〔2021〕5号"), name="liujiao"),
    case("泉委发[2021]5号", doc(WF5, text="泉委发[2021]5号"), name="ascii-square"),
    case("泉委发【2021】5号", doc(WF5, text="泉委发【2021】5号"), name="lenticular"),
    case("泉委发（2021）5号", doc(WF5, text="泉委发（2021）5号"), name="fullwidth-paren"),
    case("泉委发(2021)5号", doc(WF5, text="泉委发(2021)5号"), name="ascii-paren"),
    case("泉委发［2021］5号", doc(WF5, text="泉委发［2021］5号"), name="fullwidth-square"),
    case("泉委发〖2021〗5号", doc(WF5, text="泉委发〖2021〗5号"), name="white-lenticular"),
    case("根据财科教【2017】6号要求", doc("财科教〔2017〕6号", issuer="财科教", year=2017), name="in-prose"),
]

DIGITS = [
    case("泉委发〔２０２１〕５号", doc(WF5, year=2021, serial="5"), name="fullwidth-all"),
    case("泉委办〔2021〕２０号", doc(WB20, serial="20"), name="fullwidth-serial"),
    case("泉委发〔2021〕第5号", doc(WF5, serial="5"), name="di"),
    case("泉委发〔2021〕第05号", doc(WF5, serial="5"), name="di-zero"),
    case("泉委发〔2021〕005号", doc(WF5, serial="5"), name="zeros"),
    case("泉委发〔2021〕第 5 号", doc(WF5, serial="5", text="泉委发〔2021〕第 5 号"), name="di-spaces"),
    case("泉委办〔2021〕第２０号", doc(WB20, serial="20"), name="di-fullwidth"),
    case("泉委发【２０２１】第０５号", doc(WF5), name="everything"),
    case("國辦發〔2020〕12號", doc("国办发〔2020〕12号", issuer="国办发"), name="trad-guobanfa"),
    case("泉政辦明傳〔2021〕6號", doc(MC6, issuer="泉政办明传"), name="trad-mingchuan"),
    case("閩應急廳辦〔2021〕8號", doc(MYJ8, issuer="闽应急厅办"), name="trad-yingjiting"),
]

# ---------------------------------------------------------------------------- issuer boundaries
# The issuer is the run right before the bracketed year, never starting with a function word.

BOUNDARY = [
    case("（属泉委发〔2021〕5号）", doc(WF5, issuer="泉委发", text=WF5), name="shu"),
    case("根据国发〔2019〕7号要求", doc("国发〔2019〕7号", issuer="国发"), name="genju"),
    case("依据闽政〔2021〕10号规定", doc("闽政〔2021〕10号", issuer="闽政"), name="yiju"),
    case("按照泉政办〔2021〕6号部署", doc(ZB6, issuer="泉政办"), name="anzhao"),
    case("参照国办发〔2020〕12号执行", doc("国办发〔2020〕12号", issuer="国办发"), name="canzhao"),
    case("对照泉委办〔2021〕20号逐项落实", doc(WB20, issuer="泉委办"), name="duizhao"),
    case("结合泉委发〔2021〕5号精神", doc(WF5, issuer="泉委发"), name="jiehe"),
    case("落实泉政办〔2021〕3号任务", doc(ZB3, issuer="泉政办"), name="luoshi"),
    case("贯彻国发〔2019〕7号精神", doc("国发〔2019〕7号", issuer="国发"), name="guanche"),
    case("执行闽应急厅办〔2021〕8号规定", doc(MYJ8, issuer="闽应急厅办"), name="zhixing"),
    case("详见泉委办〔2021〕25号", doc(WB25, issuer="泉委办"), name="xiangjian"),
    case("见泉委办〔2021〕25号第6页", doc(WB25, loc(6), issuer="泉委办"), name="jian"),
    case("即泉政办明传〔2021〕6号", doc(MC6, issuer="泉政办明传"), name="ji"),
    case("泉委发〔2021〕5号和泉委办〔2021〕20号", doc(WF5), doc(WB20, issuer="泉委办"), name="he"),
    case("泉委发〔2021〕5号及泉委办〔2021〕2号", doc(WF5), doc(WB2, issuer="泉委办"), name="jiyu"),
    case("泉政办〔2021〕6号与泉政办明传〔2021〕6号", doc(ZB6), doc(MC6, issuer="泉政办明传"), name="yu"),
    case("泉委发〔2021〕5号并泉政办〔2021〕6号", doc(WF5), doc(ZB6, issuer="泉政办"), name="bing"),
    case(
        "国发〔2019〕7号或国办发〔2020〕12号",
        doc("国发〔2019〕7号"),
        doc("国办发〔2020〕12号", issuer="国办发"),
        name="huo",
    ),
    case("经泉委办〔2021〕20号明确", doc(WB20, issuer="泉委办"), name="jing"),
    case("以泉委发〔2021〕5号印发", doc(WF5, issuer="泉委发", text=WF5), name="yi"),
    case("根据文件泉委发〔2021〕5号", doc(WF5, issuer="泉委发"), name="wenjian"),
    case(
        "市委印发泉委发〔2021〕5号",
        doc(WF5, issuer="泉委发"),
        name="yinfa",
        note="印发 is never part of a code: the issuer starts after it even mid-run",
    ),
    case("转发国办发〔2020〕12号", doc("国办发〔2020〕12号", issuer="国办发"), name="zhuanfa"),
    case("工作方案，泉委发〔2021〕5号", doc(WF5, issuer="泉委发"), name="comma"),
    case("工作方案。国发〔2019〕7号", doc("国发〔2019〕7号", issuer="国发"), name="full-stop"),
    case("发文字号：泉委发〔2021〕5号", doc(WF5, issuer="泉委发"), name="colon"),
    case("泉委发〔2021〕5号；泉政办〔2021〕6号", doc(WF5), doc(ZB6, issuer="泉政办"), name="semicolon"),
    case("“泉委发〔2021〕5号”", doc(WF5, issuer="泉委发", text=WF5), name="quotes"),
    case(
        "《信访条例》国发〔2019〕7号",
        only("信访条例"),
        doc("国发〔2019〕7号", issuer="国发"),
        name="guillemet",
    ),
    case("[泉委发〔2021〕5号]", doc(WF5, issuer="泉委发", text=WF5), name="square-around"),
    case("【泉委发〔2021〕5号】", doc(WF5, issuer="泉委发", text=WF5), name="lenticular-around"),
    case("根据 国发〔2019〕7号", doc("国发〔2019〕7号", issuer="国发", text="国发〔2019〕7号"), name="space"),
    case("根据\n国发〔2019〕7号", doc("国发〔2019〕7号", issuer="国发"), name="newline"),
]

# ---------------------------------------------------------------------------- the seed's traps
# Keys compare exactly: a shorter number is never found inside a longer one.

TRAPS = [
    case("泉委办〔2021〕20号", doc(WB20, serial="20"), name="20-is-not-2"),
    case("泉委办〔2021〕25号", doc(WB25, serial="25"), name="25-is-not-2"),
    case("泉委办〔2021〕2号", doc(WB2, serial="2"), name="2-alone"),
    case(
        "泉委办〔2021〕2号、泉委办〔2021〕20号、泉委办〔2021〕25号",
        doc(WB2),
        doc(WB20),
        doc(WB25),
        name="2-20-25",
    ),
    case("泉政办明传〔2021〕6号", doc(MC6, issuer="泉政办明传"), name="mingchuan-alone"),
    case("泉政办〔2021〕6号", doc(ZB6, issuer="泉政办"), name="zhengban-alone"),
    case("泉委办发〔2021〕1号", doc(WBF1, issuer="泉委办发"), name="weibanfa"),
    case("泉环委办〔2021〕6号", doc(HW6, issuer="泉环委办"), name="huanweiban"),
    case(
        "泉环委办〔2021〕6号、泉政办〔2021〕6号、泉政办明传〔2021〕6号",
        doc(HW6),
        doc(ZB6),
        doc(MC6),
        name="three-sixes",
    ),
]

# ---------------------------------------------------------------------------- locators

LOCATORS = [
    case("泉委办〔2021〕20号第14–15页第11项", doc(WB20, loc((14, 15), "11")), name="range-endash"),
    case("泉委办〔2021〕20号第14~15页第11项", doc(WB20, loc((14, 15), "11")), name="range-tilde"),
    case("泉委办〔2021〕20号第14〜15页第11项", doc(WB20, loc((14, 15), "11")), name="range-wave-dash"),
    case("泉委办〔2021〕20号第14－15页第11项", doc(WB20, loc((14, 15), "11")), name="range-fullwidth-hyphen"),
    case("泉委办〔2021〕20号第14-15页", doc(WB20, loc((14, 15))), name="range-alone"),
    case("泉委发〔2021〕5号第１４页第２７项", doc(WF5, loc(14, "27")), name="fullwidth"),
    case("泉委发〔2021〕5号第27项", doc(WF5, loc(None, "27")), name="item-alone"),
    case("泉委发〔2021〕5号第十项", doc(WF5, loc(None, "10")), name="item-chinese-10"),
    case("泉委发〔2021〕5号第十一项", doc(WF5, loc(None, "11")), name="item-chinese-11"),
    case("泉政办明传〔2021〕6号第一百二十一项", doc(MC6, loc(None, "121")), name="item-chinese-121"),
    case("泉委发〔2021〕5号第14页第二十七项", doc(WF5, loc(14, "27")), name="page-chinese-item"),
    case("泉政办〔2020〕18号第（四）1项", doc(ZB18, loc(None, "4.1")), name="section-no-page"),
    case("泉政办〔2020〕18号第8页第(四)1项", doc(ZB18, loc(8, "4.1")), name="section-ascii-paren"),
    case("泉委发〔2021〕5号第（十二）3项", doc(WF5, loc(None, "12.3")), name="section-12-3"),
    case("泉委发〔2021〕5号第5页第（三）项", doc(WF5, loc(5, "3")), name="page-section-only"),
    case("泉委发〔2021〕5号第二条", doc(WF5, loc(None, "2", "条")), name="tiao-chinese"),
    case("泉委发〔2021〕5号第二款", doc(WF5, loc(None, "2", "款")), name="kuan-chinese"),
    case("泉委发〔2021〕5号第3页第5条", doc(WF5, loc(3, "5", "条")), name="page-tiao"),
    case("泉委发〔2021〕5号第3页第5点", doc(WF5, loc(3, "5", "点")), name="page-dian"),
    case(
        "泉政办〔2019〕41号第3页第（一）3项第13页第9项",
        doc(ZB41, loc(3, "1.3"), loc(13, "9")),
        name="chain-section",
    ),
    case(
        "泉委发〔2021〕5号第1页第1项第2页第2项第3页第3项",
        doc(WF5, loc(1, "1"), loc(2, "2"), loc(3, "3")),
        name="chain-three",
    ),
    case("泉委办〔2021〕25号第6页、第8页", doc(WB25, loc(6), loc(8)), name="dun-pages"),
    case(
        "泉委发〔2021〕5号第14页第27项、第15页第3项、泉政办〔2021〕6号第3页第4项",
        doc(WF5, loc(14, "27"), loc(15, "3")),
        doc(ZB6, loc(3, "4")),
        name="dun-then-next-doc",
    ),
    case(
        "（属泉委发〔2021〕5号第14页第27项）",
        doc(WF5, loc(14, "27"), text="泉委发〔2021〕5号第14页第27项"),
        name="text-includes-locators",
        note="decision: citation.text runs from the issuer to the end of the last locator",
    ),
    case(
        "（属泉委办发〔2021〕1号第4页第4项第5页第5项）（4分）",
        doc(WBF1, loc(4, "4"), loc(5, "5"), text="泉委办发〔2021〕1号第4页第4项第5页第5项"),
        name="text-includes-chain",
    ),
    case("泉委发〔2021〕5号（4分）", doc(WF5, text=WF5), name="points-are-not-locators"),
    case("泉委发〔2021〕5号第14页（4分）", doc(WF5, loc(14)), name="page-then-points"),
    case(
        "（属泉委发〔2021〕5号第14页第27、28项）（4分）",
        doc(WF5, loc(14, "27"), loc(14, "28"), text="泉委发〔2021〕5号第14页第27、28项"),
        name="items-listed-under-one-unit",
        note="several items under one 第 and one unit are one locator each, on the page before them",
    ),
    case(
        "泉委办〔2021〕25号第5、6、十二项，泉政办〔2021〕6号第3页第4项",
        doc(WB25, loc(None, "5"), loc(None, "6"), loc(None, "12")),
        doc(ZB6, loc(3, "4")),
        name="items-listed-then-next-doc",
    ),
    case(
        "（属泉委发〔2021〕5号文件第14页第27项）",
        doc(WF5, loc(14, "27"), text="泉委发〔2021〕5号文件第14页第27项"),
        name="wenjian-before-locators",
        note="文件 (or 文) between 号 and 第 does not cut the locators off",
    ),
    case("泉委发〔2021〕5号文第3项", doc(WF5, loc(None, "3")), name="wen-before-locators"),
    case("贯彻泉委发〔2021〕5号文件精神", doc(WF5, text=WF5), name="wenjian-without-locators"),
    case(
        "各地要认真落实国办发〔2019〕39号、40号文件要求",
        doc("国办发〔2019〕39号", text="国办发〔2019〕39号"),
        doc("国办发〔2019〕40号", issuer="国办发", year=2019, serial="40", text="40号"),
        name="sibling-serial",
        note="a second serial after 、 is the same issuer's and year's; its text is what is written",
    ),
    case(
        "泉委办〔2021〕20号第14页第11项、25号第3页、2号",
        doc(WB20, loc(14, "11")),
        doc(WB25, loc(3), text="25号第3页"),
        doc(WB2, text="2号"),
        name="sibling-serials-with-locators",
    ),
    case("泉委发〔2021〕5号、5号线", doc(WF5, text=WF5), name="sibling-serial-not-a-line"),
]

# ---------------------------------------------------------------------------- titles

TITLES = [
    case(
        "按照《泉州市“强基促稳”三年行动2021年实施方案》（泉委办〔2021〕20号）要求",
        doc(WB20, title=T_QJ, text=WB20),
        name="guillemets-in-prose",
    ),
    case(
        "城乡建设品质提升实施方案的通知(泉政办〔2021〕6号)",
        doc(ZB6, title=T_CX),
        name="ascii-paren-around-number",
    ),
    case(
        "安全生产管理办法（试行）（泉政办〔2021〕6号）",
        doc(ZB6, title="安全生产管理办法（试行）"),
        name="trial-then-number",
    ),
    case(
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号第14-15页第11项）",
        doc(WB20, loc((14, 15), "11"), title=T_QJ),
        name="title-and-locators",
    ),
    case(
        "《天然林保护修复行动方案》的通知（泉委办发〔2021〕1号），《2021年泉州市督查检查考核计划》的通知（泉委办〔2021〕25号）",
        doc(WBF1, title="天然林保护修复行动方案"),
        doc(WB25, title="2021年泉州市督查检查考核计划"),
        name="two-guillemet-titles",
    ),
    case(
        "生态环境保护（泉环委办〔2021〕6号），中国快递示范城市实施方案（泉政办〔2020〕18号）",
        doc(HW6, title="生态环境保护"),
        doc(ZB18, title="中国快递示范城市实施方案"),
        name="two-bare-titles",
    ),
    case(
        "中国快递示范城市实施方案（泉政办〔2020〕18号），《天然林保护修复行动方案》的通知（泉委办发〔2021〕1号）",
        doc(ZB18, title="中国快递示范城市实施方案"),
        doc(WBF1, title="天然林保护修复行动方案"),
        name="bare-before-guillemets",
        note="the first document's title is only its own segment, before the first 《",
    ),
    case(
        "国务院政府工作报告涉及我市主要任务责任分工（泉府督〔2020〕第DC-009号）",
        doc(DC9, title=T_GWY, issuer="泉府督", year=2020, serial="DC-009"),
        name="alnum-serial-title",
    ),
    case(
        "职业技能提升行动实施方案（2019—2021年）的通知（泉政办〔2019〕41号）",
        doc(ZB41, title="职业技能提升行动实施方案（2019—2021年）"),
        name="year-range-in-title",
    ),
    case(
        "2021年市《政府工作报告》目标任务责任分解表的通知（泉政办〔2021〕3号），依照《信访条例》等有关规定",
        doc(ZB3, title=T_SBG),
        only("信访条例"),
        name="inner-then-title-only",
    ),
    case(
        "关于加强安全生产工作的通知\n泉委发〔2021〕5号",
        doc(WF5),
        name="heading-line-does-not-bind",
        note="a title binds only to a number in brackets after it",
    ),
]

# ---------------------------------------------------------------------------- title-only

TITLE_ONLY = [
    case("《突发事件应对法》《安全生产法》", only("突发事件应对法"), only("安全生产法"), name="adjacent"),
    case(
        "根据《中华人民共和国安全生产法》、《福建省安全生产条例》等规定",
        only("中华人民共和国安全生产法"),
        only("福建省安全生产条例"),
        name="dun-list",
    ),
    case(
        "《2021年省〈政府工作报告〉重点任务分工方案》",
        only("2021年省〈政府工作报告〉重点任务分工方案"),
        name="inner-angle",
    ),
    case(
        "贯彻落实《信访条例》和《泉州市“强基促稳”三年行动2021年实施方案》",
        only("信访条例"),
        only(T_QJ),
        name="quotes-inside",
    ),
    case(
        "《信访条例》、泉委发〔2021〕5号",
        only("信访条例"),
        doc(WF5),
        name="then-number",
    ),
]

# ---------------------------------------------------------------------------- alphanumeric serials

ALNUM = [
    case("泉府督〔2020〕DC-009号", doc(DC9, serial="DC-009"), name="no-di"),
    case("泉府督〔2020〕第dc-009号", doc(DC9, serial="DC-009"), name="lower-case"),
    case("泉府督〔2020〕第Ｄｃ－００９号", doc(DC9, serial="DC-009"), name="fullwidth"),
    case("泉府督〔2020〕第DC—009号", doc(DC9, serial="DC-009"), name="em-dash"),
    case("泉府督〔2020〕第DC–009号", doc(DC9, serial="DC-009"), name="en-dash"),
    case(
        "泉府督〔2020〕第DC-009号第16页第41项",
        doc(DC9, loc(16, "41"), serial="DC-009", text="泉府督〔2020〕第DC-009号第16页第41项"),
        name="with-locator",
    ),
    case("泉府督（2020）第DC-009号", doc(DC9), name="paren"),
]

# ---------------------------------------------------------------------------- not citations

NEGATIVE = [
    case("2021年第3号台风", name="typhoon"),
    case("地铁5号线第14页", name="metro-line"),
    case("GB/T 9704-2012", name="gb-standard"),
    case("GB/T 9704-2012 §7.2.5", name="gb-section"),
    case("15159800001", name="phone"),
    case("2021.08.10", name="date-dots"),
    case("2021年8月10日", name="date-cjk"),
    case("〔2021〕", name="bare-year"),
    case("第20个全国安全生产月", name="safety-month"),
    case("5.12全国防灾减灾日", name="disaster-day"),
    case("（4分）", name="points"),
    case("台风", name="typhoon-word"),
    case("", name="empty"),
    case("职业技能提升行动实施方案（2019—2021年）", name="year-range"),
    case("（2021年）", name="paren-year"),
    case("12月", name="month"),
    case(
        "三定方案",
        name="sanding",
        note="a basis named without number or 《》 is the form reader's, not extract's",
    ),
    case(
        "组织全市开展第20个全国安全生产月及安全知识竞赛活动，普及安全知识，提升安全技能。", name="seed-1-13-1"
    ),
    case(
        "全面开展5.12全国防灾减灾日教育活动，提高群众防范自然灾害及自救的安全技能等能力。", name="seed-1-8-2"
    ),
    case(
        "对化工、危险品的生产经营存储等高危行业企业的从业人员年均培训人次至少2000人、发放培训补贴200万元以上。",
        name="seed-1-13-2",
    ),
    case(
        "聚焦应急部明确的粉尘涉爆6项重点执法事项，深入组织开展全市工贸电力行业粉尘涉爆企业安全生产专项整治",
        name="seed-1-6-1",
    ),
    case(
        "落实危化品重大危险源安全包保责任制工作，开展“工业互联网+危化安全生产”试点建设工作。（4分）",
        name="seed-3-1-1",
    ),
    case("2021年度泉州市直机关政府系列和省部属驻泉单位绩效目标考评表", name="seed-title"),
    case(
        "单位主要领导:邱朝阳 分管领导:刘海明 科室负责人:黄教宗 经办人:黄栩恒 "
        "联系电话:15159800001 日期:2021.08.10",
        name="seed-signature",
    ),
    case(
        "备注:(1)“重点工作目标”和“常规工作目标”两项内容,每个单位必须设定能够体现本部门职能职责、反映部门工作绩效的"
        "一级指标至少15项(参评单位重点工作较少,且部分常规工作属于年度重中之重工作,可将这些内容单设为重点工作目标的"
        "一级指标)。(2)“动态工作目标”分值上限10分,且至少应有2项。如果只有1项的,该目标计为5分;没有动态工作目标的,"
        "可不设置。(3)“行政能力目标”不下设二级指标,内容、权重不能改变。(4)“职能工作目标”下设的二级指标不得与"
        "“行政能力目标”重复设置。党建、综治、宣传、精神文明等内容归属“行政能力目标”,不得设置到“职能工作目标”类别。"
        "(5)二级指标运用省级及以下媒体佐证提档的请在表格备注栏注明。(6)表格中有隐藏项。",
        name="seed-notes",
    ),
    case("第14页第27项", name="locator-without-document", unparsed=None),
    case("2021年中央1号文件", name="no-1-document", unparsed=None),
    case("3号楼2单元", name="building"),
]

# ---------------------------------------------------------------------------- unparsed
# Citation-like text that fails to parse is reported with its exact text, not dropped.

UNPARSED = [
    case("泉委发〔2021〕号", unparsed=("泉委发〔2021〕号",), name="no-serial"),
    case("〔2021〕5号", unparsed=("〔2021〕5号",), name="no-issuer"),
    case("泉委发〔21〕5号", unparsed=("泉委发〔21〕5号",), name="two-digit-year"),
    case("泉委发〔202〕5号", unparsed=("泉委发〔202〕5号",), name="three-digit-year"),
    case("根据泉委发〔2021〕号要求", unparsed=("泉委发〔2021〕号",), name="no-serial-in-prose"),
    case("见〔2021〕5号", unparsed=("〔2021〕5号",), name="no-issuer-in-prose"),
    case(
        "泉委发〔2021〕5号、泉委办〔2021〕号",
        doc(WF5),
        unparsed=("泉委办〔2021〕号",),
        name="good-then-bad",
    ),
    case(
        "泉委发〔21〕5号、泉委办〔2021〕20号",
        doc(WB20),
        unparsed=("泉委发〔21〕5号",),
        name="bad-then-good",
    ),
]

# ---------------------------------------------------------------------------- review
# Inputs a code review found mishandled: prose glued to the issuer, numbers split over a
# line, placeholder-free negatives, locators in brackets, parts and chapters, bare items.

REVIEW = [
    case(
        "根据《安全生产法》第二十一条和国办发〔2020〕12号文件",
        Doc(
            "《安全生产法》",
            "安全生产法",
            (loc(None, "21", "条"),),
            None,
            None,
            None,
            "《安全生产法》第二十一条",
        ),
        doc("国办发〔2020〕12号", text="国办发〔2020〕12号"),
        name="law-article-then-number",
    ),
    case(
        "依据《条例》第十二条和国家发展改革委令2016年第3号",
        Doc("《条例》", "条例", (loc(None, "12", "条"),), None, None, None, "《条例》第十二条"),
        doc("国家发展改革委令〔2016〕3号", issuer="国家发展改革委", text="国家发展改革委令2016年第3号"),
        name="law-article-then-decree",
        note="the article closes the law's citation: it is not the start of the decree's organ",
    ),
    case(
        "根据《中华人民共和国消防法》（2021年4月29日修正）第十六条和国务院令第699号",
        Doc(
            "《中华人民共和国消防法》",
            "中华人民共和国消防法",
            (loc(None, "16", "条"),),
            None,
            None,
            None,
            "《中华人民共和国消防法》（2021年4月29日修正）第十六条",
        ),
        doc("国务院令第699号", issuer="国务院", text="国务院令第699号"),
        name="amended-law-article-then-decree",
    ),
    case(
        "依据第十二条和国务院令第699号",
        doc("国务院令第699号", text="国务院令第699号"),
        name="article-then-decree",
    ),
    case(
        "经市政府同意泉政〔2021〕3号",
        doc("泉政〔2021〕3号", text="泉政〔2021〕3号"),
        name="prose-glued-to-issuer",
    ),
    case("详见附件国办发〔2020〕12号", doc("国办发〔2020〕12号"), name="attachment-glued-to-issuer"),
    case("由泉委发〔2021〕5号部署", doc(WF5, text="泉委发〔2021〕5号"), name="you-before-issuer"),
    case("泉委发〔2021〕\n5号", doc(WF5, text="泉委发〔2021〕\n5号"), name="line-break-before-serial"),
    case("泉 委 发〔2021〕5号", doc(WF5, text="泉 委 发〔2021〕5号"), name="spaced-issuer"),
    case("泉委\n发〔2021〕5号", doc(WF5, text="泉委\n发〔2021〕5号"), name="issuer-over-a-line-break"),
    case(
        "《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办\n〔2021〕20号）",
        doc(WB20, title=T_QJ),
        name="line-break-before-year",
    ),
    case("泉府督〔2020〕第DC\u2011009号", doc(DC9), name="non-breaking-hyphen-serial"),
    case("泉府督〔2020〕第DC―009号", doc(DC9), name="horizontal-bar-serial"),
    case("泉委发〔2021〕5、6号", unparsed=("泉委发〔2021〕5、6号",), name="two-serials-one-number"),
    case("全年培训（30）人次，完成（100）个避灾点", name="bracketed-counts"),
    case("详见方案第（10）项", name="bracketed-item"),
    case("联系电话（0595）2250号", name="phone-area-code"),
    case("今年（2021）第5号台风", name="typhoon-with-bracketed-year"),
    case("泉委办〔2021〕20号（第14-15页）", doc(WB20, loc((14, 15))), name="locator-in-brackets"),
    case(
        "闽政〔2021〕4号第三部分第（二）项", doc("闽政〔2021〕4号", loc(None, "3.2")), name="part-then-item"
    ),
    case(
        "泉委发〔2021〕5号第二章第十条",
        doc(WF5, loc(None, "10", "条")),
        name="chapter-then-article",
        note="条 are numbered through all chapters: the chapter does not lead the article (as 2.10 "
        "`trace` named it 第2条第10款)",
    ),
    case(
        "泉委发〔2021〕5号第14页第27项、28项",
        doc(WF5, loc(14, "27"), loc(14, "28")),
        name="bare-item-after-dun",
    ),
    case("泉委发〔２021〕5号", doc(WF5), name="mixed-width-year"),
    case("泉委发〔2201〕5号", unparsed=("泉委发〔2201〕5号",), name="year-out-of-range"),
    case(
        "《关于加强森林防火工作的通知》（泉政〔2021〕2号）",
        doc("泉政〔2021〕2号", title="关于加强森林防火工作的通知"),
        name="notice-is-the-document",
    ),
]

# ---------------------------------------------------------------------------- real sentences
# Verbatim from public government texts (as stored by the search corpus, which keeps some
# pages' ASCII punctuation); the address of each is in `source` and the comment above it.

REAL = [
    # https://0798ci.com/law/8240.html (山东省人民政府 鲁政发〔2014〕20号)
    case(
        "根据新修订的《中华人民共和国预算法》、《国务院关于深化预算管理制度改革的决定》(国发〔2014〕45号)和"
        "《中共山东省委山东省人民政府关于深化财税体制改革的意见》(鲁发〔2014〕18号)有关要求,"
        "现就深化我省预算管理制度改革提出以下实施意见:",
        only("中华人民共和国预算法"),
        doc(
            "国发〔2014〕45号",
            title="国务院关于深化预算管理制度改革的决定",
            issuer="国发",
            year=2014,
            serial="45",
        ),
        doc("鲁发〔2014〕18号", title="中共山东省委山东省人民政府关于深化财税体制改革的意见", issuer="鲁发"),
        name="shandong-budget",
        source="https://0798ci.com/law/8240.html",
    ),
    # https://0798ci.com/law/8240.html
    case(
        "鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》",
        doc("鲁政发〔2014〕20号", title="山东省人民政府关于深化预算管理制度改革的实施意见", issuer="鲁政发"),
        name="shandong-heading",
        note="issue 13: the 《》 right after the number is its title, no longer a second document",
        source="https://0798ci.com/law/8240.html",
    ),
    # https://0798ci.com/rule/79922.html (厦门市人民政府 厦府〔2017〕327号)
    case(
        "厦府〔2017〕327号《厦门市人民政府关于印发多规合一业务协同平台运行规则的通知》",
        doc("厦府〔2017〕327号", title="多规合一业务协同平台运行规则", issuer="厦府", serial="327"),
        name="xiamen-heading",
        note="issue 13: the 《》 right after the number is its title, no longer a second document",
        source="https://0798ci.com/rule/79922.html",
    ),
    # https://0798ci.com/rule/79922.html
    case(
        "根据《厦门经济特区多规合一管理若干规定》、《厦门市建设项目生成管理办法》等规定,制定本规则。",
        only("厦门经济特区多规合一管理若干规定"),
        only("厦门市建设项目生成管理办法"),
        name="xiamen-basis",
        source="https://0798ci.com/rule/79922.html",
    ),
    # https://0798ci.com/policy/70942.html (北京市人民政府办公厅 京政办发〔2016〕26号)
    case(
        "京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》",
        doc("京政办发〔2016〕26号", title="北京市2016年政务公开工作要点", issuer="京政办发"),
        name="beijing-heading",
        note="issue 13: the 《》 right after the number is its title, no longer a second document",
        source="https://0798ci.com/policy/70942.html",
    ),
    # https://0798ci.com/policy/70942.html
    case(
        "今年政务公开工作的总体要求是:深入贯彻《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》"
        "(中办发〔2016〕8号)和《国务院办公厅关于印发2016年政务公开工作要点的通知》(国办发〔2016〕19号)精神,"
        "认真落实市第十四届人民代表大会第四次会议审议通过的《政府工作报告》有关要求,",
        doc(
            "中办发〔2016〕8号",
            title="关于全面推进政务公开工作的意见",
            issuer="中办发",
        ),
        doc("国办发〔2016〕19号", title="2016年政务公开工作要点", issuer="国办发"),
        only("政府工作报告"),
        name="beijing-basis",
        source="https://0798ci.com/policy/70942.html",
    ),
    # https://research.dhu.edu.cn/2017/0317/c19271a175506/page.htm
    case(
        "财科教【2017】6号 财政部 科技部 教育部 发展改革委"
        "关于进一步做好中央财政科研项目资金管理等政策贯彻落实工作的通知",
        doc("财科教〔2017〕6号", issuer="财科教", text="财科教【2017】6号"),
        name="caikejiao-lenticular",
        source="https://research.dhu.edu.cn/2017/0317/c19271a175506/page.htm",
    ),
    # http://156152.com/zwgk/fggw/szfwj/content/post_4757573.html (traditional script)
    case(
        "穗府〔2011〕15號",
        doc("穗府〔2011〕15号", issuer="穗府", text="穗府〔2011〕15號"),
        name="suifu-trad",
        source="http://156152.com/zwgk/fggw/szfwj/content/post_4757573.html",
    ),
    # http://yanshiren.com/zwgk/wjk/qbwj/yf/content/post_3882749.html (traditional script)
    case(
        "粵府〔2022〕13號",
        doc("粤府〔2022〕13号", issuer="粤府", year=2022, serial="13"),
        name="yuefu-trad",
        source="http://yanshiren.com/zwgk/wjk/qbwj/yf/content/post_3882749.html",
    ),
    # https://dara.gd.gov.cn/ztzx/xczxgzt/xwgk/tzgg/content/post_4379712.html
    case(
        "粤府〔2021〕22号",
        doc("粤府〔2021〕22号", issuer="粤府"),
        name="yuefu-2021",
        source="https://dara.gd.gov.cn/ztzx/xczxgzt/xwgk/tzgg/content/post_4379712.html",
    ),
    # https://dara.gd.gov.cn/ztzx/xczxgzt/xwgk/tzgg/content/post_4379712.html
    case(
        "《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。",
        only("2021年省〈政府工作报告〉重点任务分工方案"),
        name="guangdong-task-plan",
        source="https://dara.gd.gov.cn/ztzx/xczxgzt/xwgk/tzgg/content/post_4379712.html",
    ),
    # http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml (traditional)
    case(
        "懷政辦發〔2023〕9號",
        doc("怀政办发〔2023〕9号", issuer="怀政办发"),
        name="huaihua-trad",
        source="http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml",
    ),
    # http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml (traditional)
    case(
        "為全面貫徹黨的二十大和中央、省委、市委經濟工作會議精神,打好打贏“發展六仗”,推動《湖南省人民政府辦公廳印發"
        "<關于打好經濟增長主動仗實現經濟運行整體好轉若干政策措施>的通知》(湘政辦發〔2023〕4號)文件落地見效,"
        "特制定本實施方案。",
        doc("湘政办发〔2023〕4号", title=ANY, issuer="湘政办发", text="湘政辦發〔2023〕4號"),
        name="hunan-trad-basis",
        source="http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml",
    ),
    # http://ceshi.zgykjs.com/index.php?c=show&id=5736 (国务院 国函〔2022〕50号)
    case(
        "国务院关于同意在广东省广州市设立华南国家植物园的批复\n\n              国函〔2022〕50号",
        doc("国函〔2022〕50号", issuer="国函"),
        name="guohan-heading",
        source="http://ceshi.zgykjs.com/index.php?c=show&id=5736",
    ),
    # http://zfgb.fj.gov.cn/9389 (福建省人民政府办公厅 闽政办〔2021〕41号)
    case(
        "福建省人民政府办公厅关于印发福建省“十四五”\n应急体系建设专项规划的通知\n闽政办〔2021〕41号",
        doc("闽政办〔2021〕41号", issuer="闽政办", serial="41"),
        name="fujian-emergency-heading",
        source="http://zfgb.fj.gov.cn/9389",
    ),
    # http://zfgb.fj.gov.cn/9389
    case(
        "为全面贯彻习近平总书记关于应急管理重要论述和党中央、国务院决策部署,按照省委省政府工作要求,"
        "根据《中华人民共和国突发事件应对法》《福建省省级机构改革实施方案》"
        "《福建省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》等法律法规和相关文件,"
        "特编制《福建省“十四五”应急体系建设专项规划》(以下简称《专项规划》)。",
        only("中华人民共和国突发事件应对法"),
        only("福建省省级机构改革实施方案"),
        only("福建省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
        only("福建省“十四五”应急体系建设专项规划"),
        name="fujian-emergency-basis",
        note="issue 13: (以下简称《专项规划》) declares an alias, no longer a second document",
        source="http://zfgb.fj.gov.cn/9389",
    ),
    # http://zfgb.fj.gov.cn/9417 (福建省人民政府办公厅 闽政办〔2021〕47号)
    case(
        "闽政办〔2021〕47号",
        doc("闽政办〔2021〕47号", issuer="闽政办", year=2021, serial="47"),
        name="fujian-fire-number",
        source="http://zfgb.fj.gov.cn/9417",
    ),
    # http://zfgb.fj.gov.cn/9417
    case(
        "为深入贯彻落实党中央、国务院关于消防救援工作的一系列重大决策部署,加快推进福建省消防救援事业与经济社会协调发展,"
        "切实提高防范化解重大安全风险、应对处置各类灾害事故的能力,根据《中华人民共和国消防法》《福建省消防条例》"
        "《福建省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》,以及有关法律、法规和政策规定,"
        "结合我省消防救援事业发展现状,编制本规划。",
        only("中华人民共和国消防法"),
        only("福建省消防条例"),
        only("福建省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
        name="fujian-fire-basis",
        source="http://zfgb.fj.gov.cn/9417",
    ),
    # https://ehs.cn/law/130562.html (福建省人民政府办公厅 闽政办〔2025〕5号)
    case(
        "2016年9月14日经省政府批准、由省政府办公厅印发的《福建省自然灾害救助应急预案》(闽政办〔2016〕153号)同时废止。",
        doc("闽政办〔2016〕153号", title="福建省自然灾害救助应急预案", issuer="闽政办", serial="153"),
        name="fujian-relief-repealed",
        source="https://ehs.cn/law/130562.html",
    ),
    # https://ehs.cn/law/130562.html
    case(
        "发文字号:闽政办〔2025〕5号",
        doc("闽政办〔2025〕5号", issuer="闽政办", text="闽政办〔2025〕5号"),
        name="fujian-relief-number",
        source="https://ehs.cn/law/130562.html",
    ),
    # https://hengkou.ankang.gov.cn/Content-2181329.html
    case(
        "依据《突发事件应对法》《安全生产法》《生产安全事故报告和调查处理条例》《生产安全事故应急条例》《陕西省安全生产条例》"
        "《陕西省突发事件应急预案管理办法》《陕西省安全生产条例》《陕西省实施〈突发事件应对法〉办法》等法律法规,制定本预案。",
        only("突发事件应对法"),
        only("安全生产法"),
        only("生产安全事故报告和调查处理条例"),
        only("生产安全事故应急条例"),
        only("陕西省安全生产条例"),
        only("陕西省突发事件应急预案管理办法"),
        only("陕西省安全生产条例"),
        only("陕西省实施〈突发事件应对法〉办法"),
        name="hengkou-basis",
        note="a regulation cited twice is two citations",
        source="https://hengkou.ankang.gov.cn/Content-2181329.html",
    ),
    # https://hengkou.ankang.gov.cn/Content-2181329.html
    case(
        "安康市恒口示范区(试验区)安全生产委员会关于印发《恒口示范区(试验区)生产安全事故应急预案》的通知",
        only("恒口示范区(试验区)生产安全事故应急预案"),
        name="hengkou-heading",
        source="https://hengkou.ankang.gov.cn/Content-2181329.html",
    ),
    # http://isa-hsse.com/index.php?a=show&catid=172&id=55234 (国务院 “十四五”国家应急体系规划)
    case(
        "现将《“十四五”国家应急体系规划》印发给你们,请认真贯彻执行。",
        only("“十四五”国家应急体系规划"),
        name="national-emergency-plan",
        source="http://isa-hsse.com/index.php?a=show&catid=172&id=55234",
    ),
    # http://isa-hsse.com/index.php?a=show&catid=172&id=55234
    case(
        "根据《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,制定本规划。",
        only("中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"),
        name="national-outline",
        source="http://isa-hsse.com/index.php?a=show&catid=172&id=55234",
    ),
    # https://www.newton.com.tw/wiki/國務院關於印發“十四五”國家應急體系規劃的通知/60096726 (traditional)
    case(
        "國發〔2021〕36號",
        doc("国发〔2021〕36号", issuer="国发", year=2021, serial="36"),
        name="guofa-trad",
        source="https://www.newton.com.tw/wiki/%E5%9C%8B%E5%8B%99%E9%99%A2%E9%97%9C%E6%96%BC%E5%8D%B0%E7%99%BC"
        "%E2%80%9C%E5%8D%81%E5%9B%9B%E4%BA%94%E2%80%9D%E5%9C%8B%E5%AE%B6%E6%87%89%E6%80%A5%E9%AB%94%E7%B3%BB"
        "%E8%A6%8F%E5%8A%83%E7%9A%84%E9%80%9A%E7%9F%A5/60096726",
    ),
    # https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=74
    # (财政部 财建〔2021〕94号, original https://www.pkulaw.com/chl/15e2d556ccf6db02bdfb.html)
    case(
        "根据《国家发展改革委 工业和信息化部关于下达新型基础设施建设专项(宽带网络和5G领域)"
        "2021年中央预算内投资计划的通知》"
        "(发改投资〔2021〕427号),下达你单位2021年中央基建投资(项目代码:Z135060000070)预算(拨款)指标(具体项目见附件),"
        "专项用于新型基础设施建设。",
        doc(
            "发改投资〔2021〕427号",
            title="国家发展改革委 工业和信息化部关于下达新型基础设施建设专项(宽带网络和5G领域)"
            "2021年中央预算内投资计划的通知",
            issuer="发改投资",
            serial="427",
        ),
        name="ndrc-5g",
        source="https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=74",
    ),
    # https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=74
    case(
        "(财建〔2021〕94号)",
        doc("财建〔2021〕94号", issuer="财建", text="财建〔2021〕94号"),
        name="caijian",
        source="https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=74",
    ),
    # https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=56
    case(
        "(浙卫办监督〔2021〕1号)",
        doc("浙卫办监督〔2021〕1号", issuer="浙卫办监督"),
        name="zhejiang-health",
        source="https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=56",
    ),
    # https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=56
    case(
        "现将《浙江省卫生健康行政执法监督工作规范化建设标准(2020版)》印发给你们,"
        "请各地指导和督促相关单位结合实际认真贯彻执行。",
        only("浙江省卫生健康行政执法监督工作规范化建设标准(2020版)"),
        name="zhejiang-health-standard",
        source="https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=56",
    ),
    # https://huggingface.co/datasets/leetdavid/market-positivity-bert-tokenized/viewer/default/train?p=77
    case(
        "(晋政办发〔2020〕84号2020年10月13日)",
        doc("晋政办发〔2020〕84号", issuer="晋政办发", serial="84", text="晋政办发〔2020〕84号"),
        name="shanxi-date-glued",
        note="the date glued after 号 is not part of the serial",
        source="https://huggingface.co/datasets/leetdavid/market-positivity-bert-tokenized/viewer/default/train?p=77",
    ),
    # https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=55
    case(
        "(冀财采〔2020〕8号2020年3月23日)",
        doc("冀财采〔2020〕8号", issuer="冀财采", serial="8"),
        name="hebei-date-glued",
        source="https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=55",
    ),
    # https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=73
    case(
        "(药监综械管函〔2021〕181号)",
        doc("药监综械管函〔2021〕181号", issuer="药监综械管函", serial="181"),
        name="nmpa",
        source="https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=73",
    ),
    # https://www.cs.com.cn/xwzx/hg/202006/t20200611_6066561.html (国务院 国发〔2020〕6号)
    case(
        "国发〔2020〕6号",
        doc("国发〔2020〕6号", issuer="国发"),
        name="guofa-2020-6",
        source="https://www.cs.com.cn/xwzx/hg/202006/t20200611_6066561.html",
    ),
    # https://www.cs.com.cn/xwzx/hg/202006/t20200611_6066561.html
    case(
        "现就《政府工作报告》确定的重点工作,提出部门分工意见如下:",
        only("政府工作报告"),
        name="guofa-2020-6-report",
        source="https://www.cs.com.cn/xwzx/hg/202006/t20200611_6066561.html",
    ),
    # http://bananarepublicaccessories.com/hot/article/2023-5-1/84762-1.htm (traditional, 闽安委办)
    case(
        "閩安委辦〔2021〕75號",
        doc("闽安委办〔2021〕75号", issuer="闽安委办", text="閩安委辦〔2021〕75號"),
        name="fujian-safety-trad",
        source="http://bananarepublicaccessories.com/hot/article/2023-5-1/84762-1.htm",
    ),
    # http://web.shengxi.vip/u/?a=www.investxiamen.org.cn%2Fdetail%2F3702.html (厦门市十四五纲要)
    case(
        "厦府〔2021〕57号",
        doc("厦府〔2021〕57号", issuer="厦府"),
        name="xiamen-outline",
        source="http://web.shengxi.vip/u/?a=www.investxiamen.org.cn%2Fdetail%2F3702.html",
    ),
    # http://p.safehoo.com/item/154655.aspx
    case(
        "根据《安全生产法》、《国务院特大安全事故行政责任追究的规定》和市政府《关于进一步加强安全生产工作的决定》"
        "等法律、法规和政策的要求,结合我县实际,特制定本预案。",
        only("安全生产法"),
        only("国务院特大安全事故行政责任追究的规定"),
        only("关于进一步加强安全生产工作的决定"),
        name="county-plan-basis",
        source="http://p.safehoo.com/item/154655.aspx",
    ),
    # https://bdocx.com/doc/29336653.html (融水县安全生产事故灾难应急预案)
    case(
        "依据《中华人民共和国安全生产法》、《中华人民共和国突发事件应对法》、《国务院关于特大安全事故行政责任追究的规定》、"
        "《国务院关于进一步加强安全生产工作的决定》、《生产安全事故报告和调查处理条例》、《广西壮族自治区安全生产条例》、"
        "《广西壮族自治区安全生产事故灾难应急预案》和《融水苗族自治县突发公共事件总体应急预案》等法律、法规及有关规定。",
        only("中华人民共和国安全生产法"),
        only("中华人民共和国突发事件应对法"),
        only("国务院关于特大安全事故行政责任追究的规定"),
        only("国务院关于进一步加强安全生产工作的决定"),
        only("生产安全事故报告和调查处理条例"),
        only("广西壮族自治区安全生产条例"),
        only("广西壮族自治区安全生产事故灾难应急预案"),
        only("融水苗族自治县突发公共事件总体应急预案"),
        name="rongshui-basis",
        source="https://bdocx.com/doc/29336653.html",
    ),
    # http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html (東府〔2021〕54號, traditional)
    case(
        "為貫徹落實《廣東省人民政府關于印發廣東省進一步穩定和擴大就業若干政策措施的通知》(粵府〔2021〕13號),"
        "強化就業優先政策",
        doc("粤府〔2021〕13号", title="廣東省進一步穩定和擴大就業若干政策措施", issuer="粤府"),
        name="dongguan-trad-cover-letter",
        note="a cover letter written 印發 (traditional) gives the title it issues, as 印发 does",
        source="http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html",
    ),
    # http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml (懷政辦發〔2023〕9號)
    case(
        "推動《湖南省人民政府辦公廳印發<關于打好經濟增長主動仗實現經濟運行整體好轉若干政策措施>的通知》"
        "(湘政辦發〔2023〕4號)文件落地見效",
        doc(
            "湘政办发〔2023〕4号",
            title="關于打好經濟增長主動仗實現經濟運行整體好轉若干政策措施",
            issuer="湘政办发",
        ),
        name="huaihua-ascii-angle-inner-title",
        note="<> typed for 〈〉 around the title inside the cover letter's title",
        source="http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml",
    ),
]


# ---------------------------------------------------------------------------- issue 13
# 令 numbers, every bracket, short names, numbers before titles, addressees, law articles.

GWY = "国务院令第699号"
AQF = "中华人民共和国安全生产法"
AQF_ALIAS_ARTICLE = f"《{AQF}》（以下简称《安全生产法》）第二十条"

DECREES = [
    case(GWY, doc(GWY, issuer="国务院", year=None, serial="699", text=GWY), name="guowuyuan"),
    case(
        "中华人民共和国国务院令第253号",
        doc("国务院令第253号", issuer="国务院", text="中华人民共和国国务院令第253号"),
        name="state-name-dropped-from-key",
    ),
    case("财政部令第74号", doc("财政部令第74号", issuer="财政部", serial="74"), name="caizhengbu"),
    case(
        "国家发展改革委令2016年第3号",
        doc("国家发展改革委令〔2016〕3号", issuer="国家发展改革委", year=2016, serial="3"),
        name="year-numbered",
    ),
    case(
        "交通运输部令2016年第57号公布",
        doc("交通运输部令〔2016〕57号", issuer="交通运输部", text="交通运输部令2016年第57号"),
        name="year-numbered-then-gongbu",
    ),
    case("国务院第493号令", doc("国务院令第493号", issuer="国务院", text="国务院第493号令"), name="inverted"),
    case(
        "中华人民共和国国务院令（第588号）",
        doc("国务院令第588号", text="中华人民共和国国务院令（第588号）"),
        name="serial-in-brackets",
    ),
    case(
        "根据《政府信息公开条例》（国务院令第711号）",
        doc("国务院令第711号", title="政府信息公开条例", text="国务院令第711号"),
        name="title-binds",
    ),
    case("依据财政部令第74号第十条", doc("财政部令第74号", loc(None, "10", "条")), name="with-article"),
    case(
        "《安全生产许可证条例》（国务院令第397号，以下简称《条例》）……《条例》第二条",
        doc("国务院令第397号", title="安全生产许可证条例"),
        doc("国务院令第397号", loc(None, "2", "条"), title="安全生产许可证条例", text="《条例》第二条"),
        name="alias-of-decree",
    ),
    # http://www.fymate.net/html/text/lar/168301/16830174.html (晋政发[2004]15号, as the page prints
    # it: the text of a PDF, lines broken inside the title and before the short name)
    case(
        "以贯彻落实《\n中华人民共和国安全生产法》(以下简称\n《安全生产法》)为主线,明确责任……全面实施\n"
        "《安全生产法》,坚持以人为本",
        only("中华人民共和国安全生产法", text="《\n中华人民共和国安全生产法》"),
        only("中华人民共和国安全生产法", text="《安全生产法》"),
        name="alias-after-line-break",
        source="http://www.fymate.net/html/text/lar/168301/16830174.html",
    ),
    # The article after the bracket that holds a titled number is the document's (a form's
    # 文件依据 writes it so: constructed from the shape of the alias case above, no public
    # sentence of this exact shape was found in the searched pages).
    case(
        "依据《生产安全事故应急条例》（国务院令第708号）第五条",
        doc(
            "国务院令第708号",
            loc(None, "5", "条"),
            title="生产安全事故应急条例",
            text="《生产安全事故应急条例》（国务院令第708号）第五条",
        ),
        name="decree-article-after-bracket",
    ),
    case(
        "财预〔2020〕10号第十二条第（三）款",
        doc("财预〔2020〕10号", loc(None, "12.3", "款"), text="财预〔2020〕10号第十二条第（三）款"),
        name="bracketed-kuan",
        note="a 款 numbered in brackets is the 条's clause, one locator, as 第十二条第三款",
    ),
    case(
        "根据《关于印发〈项目支出绩效评价管理办法〉的通知》（财预〔2020〕10号）第十二条规定",
        doc(
            "财预〔2020〕10号",
            loc(None, "12", "条"),
            title="项目支出绩效评价管理办法",
            text="《关于印发〈项目支出绩效评价管理办法〉的通知》（财预〔2020〕10号）第十二条",
        ),
        name="number-article-after-bracket",
    ),
    case(
        "《关于Y的意见》（闽政〔2021〕3号）第14页第27项",
        doc(
            "闽政〔2021〕3号",
            loc(14, "27"),
            title="关于Y的意见",
            text="《关于Y的意见》（闽政〔2021〕3号）第14页第27项",
        ),
        name="page-item-after-bracket",
    ),
    case(
        "《国务院关于X的通知》（国发〔2015〕11号）第一次会议精神",
        doc("国发〔2015〕11号", title="国务院关于X的通知", text="国发〔2015〕11号"),
        name="no-locator-after-bracket",
        note="第一次 is no locator: the number alone, as before",
    ),
    case("指令第3号", name="zhiling-is-a-word"),
    case("命令第5号下达", name="mingling-is-a-word"),
    # https://www.ccgp-neimenggu.gov.cn/docs/中华人民共和国货物进出口管理条例
    case(
        "(2001年10月31日国务院第46次常务会议通过 2001年12月10日中华人民共和国国务院令第332号公布 "
        "自2002年1月1日起施行)",
        doc("国务院令第332号", issuer="国务院", text="中华人民共和国国务院令第332号"),
        name="real-amendment-chain",
        note="the dates and the 第46次 meeting around the decree are no documents",
        source="https://www.ccgp-neimenggu.gov.cn/docs/%e4%b8%ad%e5%8d%8e%e4%ba%ba%e6%b0%91%e5%85%b1%e5%92%8c"
        "%e5%9b%bd%e8%b4%a7%e7%89%a9%e8%bf%9b%e5%87%ba%e5%8f%a3%e7%ae%a1%e7%90%86%e6%9d%a1%e4%be%8b",
    ),
    # http://law604.infoeach.com/view-NjA0fDI2NA==.html (国务院行政机构设置和编制管理条例)
    case(
        "中华人民共和国国务院令\n\n  第227号\n\n  现发布《国务院行政机构设置和编制管理条例》,自\n"
        "发布之日起施行。",
        doc("国务院令第227号", text="中华人民共和国国务院令\n\n  第227号"),
        only("国务院行政机构设置和编制管理条例"),
        name="real-decree-heading",
        source="http://law604.infoeach.com/view-NjA0fDI2NA==.html",
    ),
    # http://049k.com/law/show.php?itemid=628 (traditional script)
    case(
        "中華人民共和國主席令第七十號",
        doc("主席令第70号", issuer="主席", serial="70", text="中華人民共和國主席令第七十號"),
        name="real-presidential-trad",
        source="http://049k.com/law/show.php?itemid=628",
    ),
]

BRACKETS_13 = [
    case("泉委发〈2020〉5号", doc("泉委发〔2020〕5号", text="泉委发〈2020〉5号"), name="angle"),
    case("泉委发【 2012 】5号", doc("泉委发〔2012〕5号"), name="lenticular-spaces"),
    case("泉委发［ 2021 ］5号", doc(WF5), name="fullwidth-square-spaces"),
    case("泉委发( 2021 )5号", doc(WF5), name="ascii-paren-spaces"),
    case("泉委发〈２０２１〉第０５号", doc(WF5), name="angle-fullwidth"),
    case("[2014]80号", unparsed=("[2014]80号",), name="bare-square-no-issuer"),
    case("根据[2014]80号文件", unparsed=("[2014]80号",), name="bare-square-in-prose"),
    case("按照〈2020〉3号要求", unparsed=("〈2020〉3号",), name="bare-angle-in-prose"),
    # http://law907.infoeach.com/view-OTA3fDc3MTI0.html
    case(
        "科工法字[2000] 851号",
        doc("科工法字〔2000〕851号", issuer="科工法字", text="科工法字[2000] 851号"),
        name="real-square-space",
        source="http://law907.infoeach.com/view-OTA3fDc3MTI0.html",
    ),
    # http://law277.infoeach.com/view-Mjc3fDExMzMy.html
    case(
        "昌州政发 [2001]20号",
        doc("昌州政发〔2001〕20号", issuer="昌州政发", text="昌州政发 [2001]20号"),
        name="real-space-before-bracket",
        source="http://law277.infoeach.com/view-Mjc3fDExMzMy.html",
    ),
    # https://hbzhixie.com/show-14-60-1.html
    case(
        "冀人社发〔2022〕11 号",
        doc("冀人社发〔2022〕11号", text="冀人社发〔2022〕11 号"),
        name="real-space-before-hao",
        source="https://hbzhixie.com/show-14-60-1.html",
    ),
]

ALIASES = [
    case(
        "《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号，以下简称《指导意见》）。落实《指导意见》第三条",
        doc("国发〔2015〕40号", title="国务院关于积极推进“互联网+”行动的指导意见", text="国发〔2015〕40号"),
        doc(
            "国发〔2015〕40号",
            loc(None, "3", "条"),
            title="国务院关于积极推进“互联网+”行动的指导意见",
            text="《指导意见》第三条",
        ),
        name="book-name-after-number",
    ),
    case(
        "按照国发〔2015〕11号（以下简称“意见”）要求，对照《意见》逐项落实",
        doc("国发〔2015〕11号"),
        doc("国发〔2015〕11号", text="《意见》"),
        name="quoted-name",
    ),
    case(
        "泉委发〔2021〕5号，简称三年行动方案。落实《三年行动方案》",
        doc(WF5),
        doc(WF5, text="《三年行动方案》"),
        name="bare-name",
    ),
    case(
        f"《{AQF}》（以下简称《安全生产法》）。依据《安全生产法》第二十条第二款",
        only(AQF, text=f"《{AQF}》"),
        Doc(f"《{AQF}》", AQF, (loc(None, "20.2", "款"),), None, None, None, "《安全生产法》第二十条第二款"),
        name="law-then-article",
    ),
    case(
        f"依据《{AQF}》（以下简称《安全生产法》）第二十条，落实《安全生产法》第二十一条",
        Doc(f"《{AQF}》", AQF, (loc(None, "20", "条"),), None, None, None, AQF_ALIAS_ARTICLE),
        Doc(f"《{AQF}》", AQF, (loc(None, "21", "条"),), None, None, None, "《安全生产法》第二十一条"),
        name="article-after-alias",
        note="the article after the short name's parenthesis is the law's: the citation runs from 《 to the "
        "article (no real sentence of this shape was found in the searched pages)",
    ),
    case(
        "《生产安全事故应急条例》(以下简称《条例》)第三章第十二条",
        Doc("《生产安全事故应急条例》", "生产安全事故应急条例", (loc(None, "12", "条"),), None, None, None),
        name="chapter-article-after-alias",
    ),
    case(
        f"《{AQF}》（以下简称《安全生产法》）第１２３４５６７８９０条",
        only(AQF),
        name="overlong-article-after-alias",
        unparsed=("第１２３４５６７８９０条",),
    ),
    case(
        "《意见》与《关于加强安全生产工作的意见》（以下简称《意见》）",
        only("意见"),
        only("关于加强安全生产工作的意见"),
        name="mention-before-declaration",
        note="only later mentions resolve: a 《意见》 before the declaration is its own title",
    ),
    # http://law277.infoeach.com/view-Mjc3fDExMzMy.html
    case(
        "依据《中华人民共和国献血法》(以下简称《献血法》)和"
        "《 新疆维吾尔自治区实施〈中华人民共和国献血法〉若干规定》,"
        "结合昌吉州实际情况,制定本暂行办法。",
        only("中华人民共和国献血法"),
        only("新疆维吾尔自治区实施〈中华人民共和国献血法〉若干规定"),
        name="real-xianxuefa",
        source="http://law277.infoeach.com/view-Mjc3fDExMzMy.html",
    ),
    # https://www.shenyang.gov.cn/zwgk/qtzfxx/zfgg/202212/t20221206_4342086.html
    case(
        "市十七届人大常委会第六次会议于2022年12月1日对市人民政府提报的《沈阳市社会信用条例(草案)》"
        "(以下简称《条例(草案)》)进行了初次审议。现将《条例(草案)》全文公布,广泛征求意见,并就有关事项公告如下:",
        only("沈阳市社会信用条例(草案)"),
        only("沈阳市社会信用条例(草案)", text="《条例(草案)》"),
        name="real-shenyang-credit",
        source="https://www.shenyang.gov.cn/zwgk/qtzfxx/zfgg/202212/t20221206_4342086.html",
    ),
    # http://www.dkugx.icu/zwgk/cfbz/cfbz3/saqjgj/201607/t20160713_5757809.html (traditional)
    case(
        "具體實施行政處罰需要自由裁量的,參照《佛山市安全生產監督管理局安全生產行政處罰自由裁量細化標準》"
        "(以下簡稱《標準》)執行。",
        Doc("《佛山市安全生产监督管理局安全生产行政处罚自由裁量细化标准》", ANY, (), None, None, None),
        name="real-foshan-trad",
        source="http://www.dkugx.icu/zwgk/cfbz/cfbz3/saqjgj/201607/t20160713_5757809.html",
    ),
]

TITLE_AFTER = [
    case(
        "闽政办〔2019〕31号《福建省人民政府办公厅关于印发福建省深化“放管服”改革工作要点的通知》",
        doc("闽政办〔2019〕31号", title="福建省深化“放管服”改革工作要点", text="闽政办〔2019〕31号"),
        name="guillemets",
    ),
    case(
        "厦府〔2020〕5号厦门市人民政府关于印发厦门市营商环境优化提升方案的通知",
        doc("厦府〔2020〕5号", title="厦门市营商环境优化提升方案", text="厦府〔2020〕5号"),
        name="heading-line",
    ),
    case(
        "国函〔2022〕50号国务院关于同意在广东省广州市设立华南国家植物园的批复",
        doc("国函〔2022〕50号", title="国务院关于同意在广东省广州市设立华南国家植物园的批复"),
        name="heading-reply",
    ),
    case(
        "泉委发〔2021〕5号《信访条例》",
        doc(WF5, title="信访条例"),
        name="guillemets-no-lead",
    ),
    case("泉委发〔2021〕5号精神要求", doc(WF5), name="prose-does-not-bind"),
    case(
        "泉委发〔2021〕5号 关于加强安全生产工作的通知",
        doc(WF5),
        name="space-does-not-bind",
        note="only a title right after 号 binds; `财科教【2017】6号 财政部…` (real) stays unbound",
    ),
]

ADDRESSEES = [
    case(
        "你省关于调整福州市部分行政区划的请示（闽政〔2021〕5号）收悉",
        doc("闽政〔2021〕5号", title="关于调整福州市部分行政区划的请示"),
        name="nisheng",
    ),
    case(
        "你们报来的关于开展安全生产大检查的报告（泉委发〔2021〕5号）",
        doc(WF5, title="关于开展安全生产大检查的报告"),
        name="nimen",
    ),
    case(
        "贵单位关于申请专项资金的函（泉政办〔2021〕6号）",
        doc(ZB6, title="关于申请专项资金的函"),
        name="guidanwei",
    ),
    case(
        "你部关于修订安全生产考核办法的请示（应急厅〔2021〕27号）",
        doc(YJ27, title="关于修订安全生产考核办法的请示"),
        name="nibu",
    ),
]

ARTICLES = [
    case(
        f"依据《{AQF}》第二十条",
        Doc(f"《{AQF}》", AQF, (loc(None, "20", "条"),), None, None, None, f"《{AQF}》第二十条"),
        name="article",
    ),
    case(
        "《安全生产法》第20条第二款",
        Doc("《安全生产法》", "安全生产法", (loc(None, "20.2", "款"),), None, None, None),
        name="article-clause",
    ),
    case(
        "《安全生产法》第三章第十二条",
        Doc("《安全生产法》", "安全生产法", (loc(None, "12", "条"),), None, None, None),
        name="chapter-article",
        note="as after a number (review:chapter-then-article): a law numbers its articles through "
        "all chapters, so the chapter does not lead the article",
    ),
    case(
        "《安全生产法》第二十条、第二十一条",
        Doc("《安全生产法》", "安全生产法", (loc(None, "20", "条"), loc(None, "21", "条")), None, None, None),
        name="article-list",
    ),
    case(
        "依据《中华人民共和国行政许可法》第二十九、三十条和第三十二条规定",
        Doc(
            "《中华人民共和国行政许可法》",
            "中华人民共和国行政许可法",
            (loc(None, "29", "条"), loc(None, "30", "条"), loc(None, "32", "条")),
            None,
            None,
            None,
        ),
        name="articles-listed-under-one-unit",
        note="和 joins the list's last article: 第三十二条 is this law's too",
    ),
    case(
        "依据《中华人民共和国安全生产法》第二十条、第二十一条和第九十四条规定",
        Doc(
            "《中华人民共和国安全生产法》",
            "中华人民共和国安全生产法",
            (loc(None, "20", "条"), loc(None, "21", "条"), loc(None, "94", "条")),
            None,
            None,
            None,
        ),
        name="articles-joined-by-he",
    ),
    case(
        "《条例》第十二条以及第十三条第二款",
        Doc("《条例》", "条例", (loc(None, "12", "条"), loc(None, "13.2", "款")), None, None, None),
        name="article-and-clause-joined-by-yiji",
    ),
    case(
        "泉委发〔2021〕5号第27项及第28项",
        doc(WF5, loc(None, "27"), loc(None, "28")),
        name="items-joined-by-ji",
    ),
    case(
        "《中华人民共和国消防法》第三条和第3号文件",
        Doc("《中华人民共和国消防法》", "中华人民共和国消防法", (loc(None, "3", "条"),), None, None, None),
        name="he-then-no-locator",
        note="和 joins only a link that counts the same thing: a number after it is no locator",
    ),
    case(
        "泉委发〔2021〕5号第14页第27项和泉委办〔2021〕20号",
        doc(WF5, loc(14, "27")),
        doc(WB20),
        name="he-then-next-document",
    ),
    case(
        "《安全生产法》第二十条至第二十二条",
        Doc("《安全生产法》", "安全生产法", (loc(None, "20-22", "条"),), None, None, None),
        name="article-range-zhi",
    ),
    case(
        "《安全生产法》第20-22条",
        Doc("《安全生产法》", "安全生产法", (loc(None, "20-22", "条"),), None, None, None),
        name="article-range-dash",
    ),
    case(
        "《安全生产法》第三章",
        Doc("《安全生产法》", "安全生产法", (loc(None, "3", "章"),), None, None, None),
        name="chapter-alone",
    ),
    case(
        "泉委发〔2021〕5号第二十条第二款",
        doc(WF5, loc(None, "20.2", "款")),
        name="after-number",
    ),
    # http://marksystem.cn/html/news/1837.html (traditional)
    case(
        "《中華人民共和國安全生產法》 第六章、第七章",
        Doc(f"《{AQF}》", ANY, (loc(None, "6", "章"), loc(None, "7", "章")), None, None, None),
        name="real-chapters-trad",
        source="http://marksystem.cn/html/news/1837.html",
    ),
]

NEGATIVE_13 = [
    case("联系电话：0595-22505678", name="phone-dashed"),
    case("电话（0595）22505678", name="phone-area-code"),
    case("沪ICP备05000021号-1", name="icp"),
    case("京ICP证030173号", name="icp-licence"),
    case("第3号台风“烟花”", name="typhoon"),
    case("乘坐地铁1号线", name="metro"),
    case("2021年第5批", name="batch"),
    case("会议定于（2020）12月5号召开", name="bracketed-year-in-a-date"),
    case("截至〔2020〕年底", name="bracketed-year-before-nian"),
    case("2001年10月31日国务院第46次常务会议通过", name="meeting-number"),
    case("第一百二十条", name="article-without-document"),
]

# Real sentences of notices (issue 13, second round): constructions the tables above lacked — a
# traditional-script cover letter whose inner title is in ASCII `<>`, a registry number before
# the 文号, a number followed by its date, an ASCII-bracketed number after its title, a
# standard's number after a title, `下文简称`, and brackets or titles that cite nothing.
REAL_NOTICES = [
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2006-06/02/content_298701.htm (traditional)
    case(
        "為全面貫徹落實《中共中央、國務院關於實施科技規劃綱要增強自主創新能力的決定》(中發〔2006〕4號)、"
        "《國家中長期科學和技術發展規劃綱要(2006—2020年)》(國發〔2005〕44號)和國務院《關於實施〈國家中長期"
        "科學和技術發展規劃綱要(2006—2020年)〉若干配套政策的通知》(國發〔2006〕6號),實施自主創新跨越發展戰略",
        doc("中发〔2006〕4号", title=ANY, text="中發〔2006〕4號"),
        doc("国发〔2005〕44号", title=ANY, text="國發〔2005〕44號"),
        doc("国发〔2006〕6号", title=ANY, text="國發〔2006〕6號"),
        name="henan-three-numbers-trad",
        source="http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2006-06/02/content_298701.htm",
    ),
    # https://0798ci.com/law/8240.html (鲁政发〔2014〕20号)
    case(
        "根据新修订的《中华人民共和国预算法》、《国务院关于深化预算管理制度改革的决定》(国发〔2014〕45号)和"
        "《中共山东省委山东省人民政府关于深化财税体制改革的意见》(鲁发〔2014〕18号)有关要求,"
        "现就深化我省预算管理制度改革提出以下实施意见:",
        only("中华人民共和国预算法"),
        doc("国发〔2014〕45号", title="国务院关于深化预算管理制度改革的决定"),
        doc("鲁发〔2014〕18号", title="中共山东省委山东省人民政府关于深化财税体制改革的意见"),
        name="shandong-budget-basis",
        source="https://0798ci.com/law/8240.html",
    ),
    # http://js.zgbhzj.com/archives/275 (黔府发〔2017〕25号)
    case(
        "为贯彻落实《国务院关于印发降低实体经济企业成本工作方案的通知》(国发〔2016〕48号)精神,"
        "切实抓好各项工作任务的落实",
        doc("国发〔2016〕48号", title="降低实体经济企业成本工作方案", text="国发〔2016〕48号"),
        name="guizhou-cover-letter-jingshen",
        source="http://js.zgbhzj.com/archives/275",
    ),
    # http://szw.yancheng.gov.cn/2014/html/Noname302.html
    case(
        "为认真贯彻《国务院关于实行最严格水资源管理制度的意见》(国发〔2012〕3号)、《省政府关于实行最严格"
        "水资源管理制度的实施意见》(苏政发〔2012〕27号)和《市委市政府关于加快水利改革发展推进水利现代化建设"
        "的意见》(盐发〔2011〕1号)要求,结合我市实际,提出以下意见:",
        doc("国发〔2012〕3号", title="国务院关于实行最严格水资源管理制度的意见"),
        doc("苏政发〔2012〕27号", title="省政府关于实行最严格水资源管理制度的实施意见"),
        doc("盐发〔2011〕1号", title="市委市政府关于加快水利改革发展推进水利现代化建设的意见"),
        name="yancheng-water-basis",
        source="http://szw.yancheng.gov.cn/2014/html/Noname302.html",
    ),
    case(
        "盐政发〔2013〕99号  2013年4月25日",
        doc("盐政发〔2013〕99号", text="盐政发〔2013〕99号"),
        name="yancheng-number-then-date",
        source="http://szw.yancheng.gov.cn/2014/html/Noname302.html",
    ),
    # http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml (traditional)
    case(
        "推動《湖南省人民政府辦公廳印發<關于打好經濟增長主動仗實現經濟運行整體好轉若干政策措施>的通知》"
        "(湘政辦發〔2023〕4號)文件落地見效,特制定本實施方案。",
        doc(
            "湘政办发〔2023〕4号",
            title="關于打好經濟增長主動仗實現經濟運行整體好轉若干政策措施",
            text="湘政辦發〔2023〕4號",
        ),
        name="huaihua-ascii-angle-title-trad",
        note="the cover letter's lead (印發, traditional) and the ASCII <> around its title are dropped",
        source="http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml",
    ),
    case(
        "HHCR-2023-01005\n\n懷政辦發〔2023〕9號",
        doc("怀政办发〔2023〕9号", issuer="怀政办发", text="懷政辦發〔2023〕9號"),
        name="huaihua-registry-number-before",
        note="the 登记号 HHCR-2023-01005 is no document number",
        source="http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml",
    ),
    # http://law405.infoeach.com/view-NDA1fDkzMTcy.html
    case(
        "第一条 为贯彻实施《东莞市困难家庭住房保障办法》(东府办[2005]9号),健全我市住房保障制度",
        doc("东府办〔2005〕9号", title="东莞市困难家庭住房保障办法", text="东府办[2005]9号"),
        name="dongguan-ascii-brackets",
        source="http://law405.infoeach.com/view-NDA1fDkzMTcy.html",
    ),
    # http://law318.infoeach.com/view-MzE4fDY1NjEy.html
    case(
        "关于批转武汉市高级中等学校招生统一考试管理规定的通知\n\n武政〔2005〕32 号",
        doc("武政〔2005〕32号", text="武政〔2005〕32 号"),
        name="wuhan-heading-above-number",
        note="a heading on the line above a number is no bound title (no bracket, not after it)",
        source="http://law318.infoeach.com/view-MzE4fDY1NjEy.html",
    ),
    # http://law223.infoeach.com/view-MjIzfDEzMDk5MQ==.html (财建〔2013〕644号)
    case(
        "(二)推广车辆污染物排放能够满足《轻型汽车污染物排放限值及测量方法(中国第五阶段)》GB18352.5-2013"
        "标准中Ⅰ型试验的限值要求(见下表):",
        only("轻型汽车污染物排放限值及测量方法(中国第五阶段)"),
        name="standard-number-after-title",
        note="GB18352.5-2013 is a standard's number, not a 文号",
        source="http://law223.infoeach.com/view-MjIzfDEzMDk5MQ==.html",
    ),
    # https://scholarmate.com/S/WY6bTl
    case(
        "十三届全国人大四次会议通过的《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"
        "(下文简称《纲要》),是今后五年乃至更长时期我国经济社会发展的行动指南,为国家未来发展擘画了宏伟蓝图。"
        "《纲要》明确指出",
        only("中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"),
        only("中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要", text="《纲要》"),
        name="outline-xiawen-jiancheng",
        source="https://scholarmate.com/S/WY6bTl",
    ),
    # http://law.foodmate.net/show-219854.html (四川省“十四五”现代流通体系建设实施方案)
    case(
        "根据国家发展改革委“十四五”现代流通体系建设规划,结合我省实际,制定本方案。",
        name="plan-named-without-guillemets",
        note="a plan named in prose, without 《》 or a number, is no citation",
        source="http://law.foodmate.net/show-219854.html",
    ),
    case(
        "〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。"
        "具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕",
        name="hexagonal-brackets-around-owners",
        note="〔〕 used as parentheses around owners hold no year: nothing to read",
        source="http://law.foodmate.net/show-219854.html",
    ),
    # http://xcglj.xuchang.gov.cn/aqsc/20210825/a0aa1b86-b943-427d-b0c5-59ba5afae40a.html
    case(
        "许政办 [2021] 15号",
        doc("许政办〔2021〕15号", issuer="许政办", text="许政办 [2021] 15号"),
        name="xuchang-spaced-brackets",
        source="http://xcglj.xuchang.gov.cn/aqsc/20210825/a0aa1b86-b943-427d-b0c5-59ba5afae40a.html",
    ),
    case(
        "依据《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《生产安全事故应急条例》"
        "《生产安全事故报告和调查处理条例》《生产安全事故应急预案管理办法》《河南省安全生产条例》"
        "《河南省生产安全事故应急预案》《许昌市突发事件总体应急预案》等有关法律法规及有关规定,制定本预案。",
        only("中华人民共和国突发事件应对法"),
        only("中华人民共和国安全生产法"),
        only("生产安全事故应急条例"),
        only("生产安全事故报告和调查处理条例"),
        only("生产安全事故应急预案管理办法"),
        only("河南省安全生产条例"),
        only("河南省生产安全事故应急预案"),
        only("许昌市突发事件总体应急预案"),
        name="xuchang-adjacent-titles",
        source="http://xcglj.xuchang.gov.cn/aqsc/20210825/a0aa1b86-b943-427d-b0c5-59ba5afae40a.html",
    ),
    # http://m.ccutu.com/282865.html
    case(
        "中华人民共和国国务院令第493号《生产安全事故报告和调查处理条例》自2007年6月1日起施行。",
        doc("国务院令第493号", title="生产安全事故报告和调查处理条例", text="中华人民共和国国务院令第493号"),
        name="decree-then-title",
        note="a 《》 right after a decree is its title, as after a 文号 (one document, not two)",
        source="http://m.ccutu.com/282865.html",
    ),
    case(
        "第三条根据生产安全事故(以下简称事故)造成的人员伤亡或者直接经济损失,事故一般分为以下等级:",
        name="short-name-of-no-document",
        source="http://m.ccutu.com/282865.html",
    ),
    # http://jycdxd.com/Manage/examine/201105/184780_2.shtml (traditional)
    case(
        "此外,還有第八十一條、第八十八條、第八十九條、第九十一條、第九十五條的相關規定。",
        name="articles-without-a-document-trad",
        source="http://jycdxd.com/Manage/examine/201105/184780_2.shtml",
    ),
    # http://m.fandezvous.com/zwgk/xzfbmxxgkml/yjglj/fgwj/20230104/i2893046.html (traditional)
    case(
        "根據2012年3月31 日湖南省第十一屆人民代表大會常務委員會第二十八次會議"
        "《關于按照行政強制法的規定修改部分地方性法規的決定》第一次修正  "
        "根據2014年11月26日湖南省第十二屆人民代表大會常務委員會第十三次會議"
        "《關于修改和廢止部分地方性法規的決定》第二次修正",
        Doc("《关于按照行政强制法的规定修改部分地方性法规的决定》", ANY, (), None, None, None),
        Doc("《关于修改和废止部分地方性法规的决定》", ANY, (), None, None, None),
        name="amendment-history-trad",
        note="第一次修正 after a title is no locator; the meeting numbers give no documents",
        source="http://m.fandezvous.com/zwgk/xzfbmxxgkml/yjglj/fgwj/20230104/i2893046.html",
    ),
    # http://law462.infoeach.com/view-NDYyfDExMTkwMw==.html (昆政办〔2008〕114号)
    case(
        "滇池北岸水环境综合治理工程(以下简称“滇池北岸工程”)是国家批准的利用日元贷款的滇池治理重点项目,"
        "是《滇池流域水污染防治规划(2006-2010年)》的重要内容。",
        only("滇池流域水污染防治规划(2006-2010年)"),
        name="project-short-name",
        note="a short name of a project, not of a document: no alias",
        source="http://law462.infoeach.com/view-NDYyfDExMTkwMw==.html",
    ),
]

# A list of serials shares the first number's issuer and year (issue 13, second round).
SERIAL_LISTS = [
    case(
        "闽政〔2016〕47号、48号",
        doc("闽政〔2016〕47号", text="闽政〔2016〕47号"),
        doc("闽政〔2016〕48号", issuer="闽政", year=2016, serial="48", text="48号"),
        name="two-serials",
    ),
    case(
        "按照国发〔2015〕11号和12号文件要求",
        doc("国发〔2015〕11号"),
        doc("国发〔2015〕12号", text="12号"),
        name="two-serials-he",
    ),
    case(
        "泉委办〔2021〕2号、第20号第3项",
        doc(WB2, text="泉委办〔2021〕2号"),
        doc(WB20, loc(None, "3"), text="第20号第3项"),
        name="serial-with-di-and-item",
    ),
    case(
        "国办发〔2016〕19号和〔2016〕20号",
        doc("国办发〔2016〕19号"),
        doc("国办发〔2016〕20号", issuer="国办发", text="〔2016〕20号"),
        name="shared-issuer-new-year-bracket",
    ),
    case(
        "根据国务院令第699号和〔2016〕3号",
        doc("国务院令第699号"),
        name="no-issuer-after-a-decree",
        unparsed=("〔2016〕3号",),
        note="an issuer never starts with 号 (it read 号和); a decree's organ is no issuer code",
    ),
    case(
        "国务院令第699号、第700号",
        doc("国务院令第699号"),
        doc("国务院令第700号", issuer="国务院", year=None, serial="700", text="第700号"),
        name="decree-list",
    ),
    case(
        "根据财政部令第74号和第75号第十条",
        doc("财政部令第74号", text="财政部令第74号"),
        doc("财政部令第75号", loc(None, "10", "条"), text="第75号第十条"),
        name="decree-list-with-article",
    ),
    case(
        "国家发展改革委令2016年第3号、第4号",
        doc("国家发展改革委令〔2016〕3号"),
        doc("国家发展改革委令〔2016〕4号", year=2016, text="第4号"),
        name="year-numbered-decree-list",
    ),
    case("泉委发〔2021〕5号、3号楼", doc(WF5), name="list-stops-at-a-building"),
    case(
        "泉委发〔2021〕5号第14页第27项、28项",
        doc(WF5, loc(14, "27"), loc(14, "28")),
        name="items-are-no-serials",
    ),
    case(
        "根据《关于印发X方案的通知》（国发〔2015〕11号，下称《通知》），落实《通知》第三条",
        doc("国发〔2015〕11号", title="X方案"),
        doc("国发〔2015〕11号", loc(None, "3", "条"), title="X方案", text="《通知》第三条"),
        name="xiacheng-short-name",
    ),
]


def _tag(family: str, cases: list[Case]) -> list[Case]:
    return [replace(c, family=family) for c in cases]


# Announcements (公告) numbered by year in the organ's own series, as tax, customs and other
# ministries' rules are cited in forms and guidance (`国家税务总局公告2018年第28号`). The
# sentences below are as printed in public tax-guidance texts found by text search (the
# pages' addresses were not kept); the key is the bracketed one, so the two writings meet.
NOTICES = [
    case(
        "根据《企业所得税税前扣除凭证管理办法》（国家税务总局公告2018年第28号），税前扣除凭证分为：",
        doc(
            "国家税务总局公告〔2018〕28号",
            title="企业所得税税前扣除凭证管理办法",
            issuer="国家税务总局",
            year=2018,
            serial="28",
            text="国家税务总局公告2018年第28号",
        ),
        name="titled-in-brackets",
    ),
    case(
        "《个人所得税扣缴申报管理办法(试行)》(国家税务总局公告2018年第61号发布) 第六条：",
        doc(
            "国家税务总局公告〔2018〕61号",
            title="个人所得税扣缴申报管理办法(试行)",
            text="国家税务总局公告2018年第61号",
        ),
        name="titled-then-fabu",
    ),
    case(
        "国家税务总局公告2018年第28号第九条",
        doc("国家税务总局公告〔2018〕28号", loc(None, "9", "条"), text="国家税务总局公告2018年第28号第九条"),
        name="with-article",
    ),
    case(
        "财政部 税务总局公告2019年第39号",
        doc(
            "财政部税务总局公告〔2019〕39号", issuer="财政部税务总局", text="财政部 税务总局公告2019年第39号"
        ),
        name="two-organs",
        note="organs that sign together are written with a space between; the key joins them",
    ),
    case(
        "财政部 税务总局 海关总署公告2019年第39号",
        doc("财政部税务总局海关总署公告〔2019〕39号", text="财政部 税务总局 海关总署公告2019年第39号"),
        name="three-organs",
    ),
    case(
        "国家税务总局公告2019年第39号、财税[2016]36号",
        doc("国家税务总局公告〔2019〕39号"),
        doc("财税〔2016〕36号"),
        name="beside-a-bracketed-number",
    ),
    case(
        "国家税务总局公告2018年第28号、第29号",
        doc("国家税务总局公告〔2018〕28号"),
        doc("国家税务总局公告〔2018〕29号", text="第29号"),
        name="serial-list",
    ),
    case(
        "依据国家税务总局2018年第31号公告执行",
        doc("国家税务总局公告〔2018〕31号", text="国家税务总局2018年第31号公告"),
        name="inverted",
    ),
    case(
        "国家税务总局公告〔2018〕28号",
        doc("国家税务总局公告〔2018〕28号", issuer="国家税务总局", text="国家税务总局公告〔2018〕28号"),
        name="bracketed-writing-same-key",
        note="one document, one issuer: the organ, as the plain writing gives (gap e; was 国家税务总局公告)",
    ),
    case(
        "国家税务总局福建省税务局公告2018年第5号",
        doc("国家税务总局福建省税务局公告〔2018〕5号", issuer="国家税务总局福建省税务局"),
        name="local-tax-bureau",
    ),
    case(
        "根据公告2018年第28号规定",
        name="no-organ",
        unparsed=("公告2018年第28号",),
        note="a numbered announcement whose organ is not written is reported, not dropped",
    ),
    case("本公告自2019年4月1日起施行", name="in-force-date"),
    case("现将有关事项公告如下：", name="announce-verb"),
    case("张贴于2021年第5号公告栏", name="notice-board"),
    case("发布公告2021年第5批名单", name="batch"),
]

# The gaps real text showed after issue 13's second round (the third): a law's edition note
# before its article, `X，即《Y》`, the State Council's `国令`, bracketless numbers, annexes.
GAPS = [
    case(
        "《中华人民共和国消防法》（2021年4月29日修正）第十六条",
        Doc(
            "《中华人民共和国消防法》",
            "中华人民共和国消防法",
            (loc(None, "16", "条"),),
            None,
            None,
            None,
            text="《中华人民共和国消防法》（2021年4月29日修正）第十六条",
        ),
        name="edition-note-then-article",
        note="the bracket says which text of the law; the article after it is still the law's (gap d)",
    ),
    case(
        "依据《中华人民共和国安全生产法》(2021年修正)第二十一条、第二十二条规定",
        Doc(
            "《中华人民共和国安全生产法》",
            "中华人民共和国安全生产法",
            (loc(None, "21", "条"), loc(None, "22", "条")),
            None,
            None,
            None,
        ),
        name="edition-note-then-articles",
    ),
    case(
        "《中华人民共和国行政许可法》（试行）第三条",
        only("中华人民共和国行政许可法", text="《中华人民共和国行政许可法》"),
        name="not-an-edition-note",
        note="（试行） names no edition: nothing is read past the 》",
    ),
    case(
        "泉委办〔2021〕20号，即《泉州市“强基促稳”三年行动2021年实施方案》，第三条",
        doc(WB20, title=T_QJ, text="泉委办〔2021〕20号"),
        name="same-as-title",
        note="`X，即《Y》`: Y is X's title, one document (gap c)",
    ),
    case(
        "国发〔2015〕11号文件（即《国务院关于积极推进“互联网+”行动的指导意见》）要求，"
        "落实《国务院关于积极推进“互联网+”行动的指导意见》第三条",
        doc("国发〔2015〕11号", title="国务院关于积极推进“互联网+”行动的指导意见"),
        doc("国发〔2015〕11号", loc(None, "3", "条"), title="国务院关于积极推进“互联网+”行动的指导意见"),
        name="same-as-title-in-brackets",
        note="the title after 即 is a name of the document: a later 《Y》 cites it",
    ),
    case(
        "国家税务总局公告2018年第28号（即《企业所得税税前扣除凭证管理办法》）第九条",
        doc(
            "国家税务总局公告〔2018〕28号",
            loc(None, "9", "条"),
            title="企业所得税税前扣除凭证管理办法",
            issuer="国家税务总局",
        ),
        name="same-as-title-then-article",
    ),
    case(
        "国家税务总局公告〔2018〕28号和〔2018〕29号",
        doc("国家税务总局公告〔2018〕28号", issuer="国家税务总局"),
        doc("国家税务总局公告〔2018〕29号", issuer="国家税务总局", text="〔2018〕29号"),
        name="bracketed-notice-list",
        note="a bracketed announcement's issuer is its organ (gap e); the next year shares its series",
    ),
    case(
        "国家自然科学基金条例      国令第796号",
        doc("国务院令第796号", issuer="国务院", text="国令第796号"),
        name="state-council-short",
        note="www.gov.cn writes the State Council's decrees 国令第N号",
        source="https://tushare.pro/document/2?doc_id=406",
    ),
    case("全国令第5号", name="quanguo-is-no-organ"),
    # Bracketless numbers and the year's 年 inside its bracket (gap b).
    case(
        "人社局2020年47号文件",
        doc("人社局〔2020〕47号", issuer="人社局", year=2020, serial="47", text="人社局2020年47号"),
        name="bracketless",
        source="https://www.zhetiaohe.com/ss/46b15d46c827b3ef9702581d5ef4f4088b5e887d19472a92826f4ef68de48f9c.html",
    ),
    case(
        "根据泉委发2021年第5号第14页第27项",
        doc(WF5, loc(14, "27"), text="泉委发2021年第5号第14页第27项"),
        name="bracketless-with-di-and-locator",
    ),
    case(
        "泉委发（2021年）5号、泉委发〔2021年〕5号",
        doc(WF5, text="泉委发（2021年）5号"),
        doc(WF5, text="泉委发〔2021年〕5号"),
        name="year-with-nian-in-brackets",
    ),
    case(
        "《关于做好2020年社会保险工作的通知》（人社局2020年47号）",
        doc("人社局〔2020〕47号", title="关于做好2020年社会保险工作的通知"),
        name="bracketless-titled",
    ),
    case(
        "人社局2020年47号、48号",
        doc("人社局〔2020〕47号"),
        doc("人社局〔2020〕48号", text="48号"),
        name="bracketless-list",
    ),
    case(
        "人社局2020年47号，即《关于做好2020年社会保险工作的通知》",
        doc("人社局〔2020〕47号", title="关于做好2020年社会保险工作的通知"),
        name="bracketless-same-as-title",
    ),
    case("会议定于2021年5号召开", name="bracketless-date"),
    case("于2021年5号前报送", name="bracketless-date-after-word"),
    case("第2021年5号台风", name="bracketless-typhoon"),
    case("2021年第3号台风“烟花”", name="bracketless-typhoon-di"),
    case("全市2021年第5号", name="bracketless-place-is-no-issuer"),
    case("截至2021年5号", name="bracketless-time-word"),
    case("实施方案（2021年）3项任务", name="nian-bracket-in-prose"),
    case("今年（2021年）第5号台风", name="nian-bracket-typhoon"),
    case(
        "国家税务总局2018年第31号公告、国家发展改革委令2016年第3号",
        doc("国家税务总局公告〔2018〕31号"),
        doc("国家发展改革委令〔2016〕3号"),
        name="bracketless-is-not-a-decree-or-notice",
        note="the inverted announcement and the decree keep their own keys; no bracketless reading",
    ),
    # Annexes (gap a).
    case(
        "泉委办〔2021〕20号附件2第3项",
        doc(WB20, loc(None, "2.3"), text="泉委办〔2021〕20号附件2第3项"),
        name="annex-item",
        note="kind annex, item 2.3 (annex 2, item 3), clause id annex2.3; cover reads item 3",
    ),
    case("泉委办〔2021〕20号附件2", doc(WB20, loc(None, "2", "附件")), name="annex-alone"),
    case(
        "属泉委办〔2021〕20号附件第12项",
        doc(WB20, loc(None, ".12"), text="泉委办〔2021〕20号附件第12项"),
        name="annex-unnumbered",
        note="a notice's only annex is unnumbered: an annex with no number, item .12 (was item 12 of the"
        " notice itself, session 13), read from 附件",
    ),
    case("泉委办〔2021〕20号附件", doc(WB20, text="泉委办〔2021〕20号"), name="annex-word-alone"),
    case(
        "泉委办〔2021〕20号附件二第14页第3、4项",
        doc(WB20, loc(14, "2.3"), loc(14, "2.4")),
        name="annex-pages-and-list",
    ),
    case(
        "泉委办〔2021〕20号附件2第3项、附件3第5项、泉政办〔2021〕6号",
        doc(WB20, loc(None, "2.3"), loc(None, "3.5")),
        doc(ZB6),
        name="annex-list",
    ),
    case(
        "泉委办〔2021〕20号文件附件1第二十条第二款",
        doc(WB20, loc(None, "1.20.2", "款")),
        name="annex-after-wenjian-article-clause",
    ),
    case(
        "国家税务总局公告2018年第7号附件1: 第4页",
        doc("国家税务总局公告〔2018〕7号", loc(None, "1", "附件"), text="国家税务总局公告2018年第7号附件1"),
        name="annex-of-a-notice",
        source="http://35331.cn/lhs_h6li46o3ygblj0bi80g30gne01e01c01d01kinoobw01jgl3tokfli01d01m_4.html",
    ),
    # Session 14: the gaps session 13 left (bracketless issuers unlike a code, a year glued to its
    # serial, the serial in brackets after the year).
    case(
        "《关于调整2019年度个人所得税的通知》（财2019年19号）",
        doc("财〔2019〕19号", title="关于调整2019年度个人所得税的通知", text="财2019年19号"),
        name="bracketless-one-letter-titled",
        note="a number in brackets right after its 《title》 is a document's number, as one 文件 follows",
    ),
    case(
        "2019年全市财2019年19号",
        name="bracketless-one-letter-bare",
        note="neither 文件 after it nor a title before it: a one-letter issuer stays prose",
    ),
    case("全市2021年第5号文件", name="bracketless-loose-place-is-no-issuer"),
    case("会议定于2021年5号文件", name="bracketless-loose-date"),
    case("我市2021年第5号文件", name="bracketless-loose-determiner"),
    case("第2021年5号文件", name="bracketless-loose-di"),
    case("2021年第3号台风文件", name="bracketless-loose-typhoon"),
    case("财2021年第5批文件", name="bracketless-loose-batch"),
    case(
        "依据甘区政办发201756号文件",
        doc("甘区政办发〔2017〕56号", issuer="甘区政办发", year=2017, serial="56", text="甘区政办发201756号"),
        name="glued-code-like",
        note="an unknown code that ends like one (发): the first four digits are the year",
    ),
    case(
        "京发181051号",
        name="glued-no-year",
        unparsed=("京发181051号",),
        note="after a code, a digit run whose first four digits are no year: reported, never keyed",
    ),
    case(
        "冀发201811號、鲁发201912号",
        doc("冀发〔2018〕11号", text="冀发201811號"),
        doc("鲁发〔2019〕12号", text="鲁发201912号"),
        name="glued-traditional-hao",
        note="號 and 号 in one text, each read in text order",
    ),
    case("沪ICP备05000021号-1", name="glued-icp"),
    case("京公网安备11010502030143号", name="glued-police-record"),
    case("国务院令第20180号", doc("国务院令第20180号"), name="glued-decree-serial"),
    case("地铁201851号线", name="glued-metro"),
    case(
        "人社发2024(91)",
        doc("人社发〔2024〕91号", issuer="人社发", year=2024, serial="91", text="人社发2024(91)"),
        name="year-then-serial-bracket",
    ),
    case(
        "人社发2024（91）号文件",
        doc("人社发〔2024〕91号", text="人社发2024（91）号"),
        name="year-then-serial-bracket-hao",
    ),
    case(
        "《关于做好2024年工伤保险工作的通知》（人社发2024(19)）第3条",
        doc("人社发〔2024〕19号", loc(None, "3", "条"), title="关于做好2024年工伤保险工作的通知"),
        name="year-then-serial-titled",
    ),
    case(
        "人社发2024(9)",
        doc("人社发〔2024〕9号", issuer="人社发", year=2024, serial="9", text="人社发2024(9)"),
        name="year-then-serial-one-digit-left",
        note="left in session 14 (no bracket of one digit was an anchor); read since session 15: a one-digit "
        "bracket right after four digits is one",
    ),
    case(
        "根据人社发2024（9）号文件",
        doc("人社发〔2024〕9号", text="人社发2024（9）号"),
        name="year-then-serial-one-digit-hao",
    ),
    case("电话0595(1)", name="year-then-serial-one-digit-phone"),
    case("2024(9)", name="year-then-serial-one-digit-no-issuer"),
    case("全市2024（5）项任务", name="year-then-serial-one-digit-prose"),
    case(
        "指标1（4分）", name="one-digit-bracket-after-a-digit", note="one digit before the bracket: no year"
    ),
    case("电话0595(2021)", name="year-then-serial-phone"),
    case("全市2024（5）", name="year-then-serial-prose"),
    case("2024(1)季度", name="year-then-serial-no-issuer"),
    # Over-fires of the session-14 rules on plausible prose (i13h review).
    case(
        "县级怎么转发市级转发省级国家2019年19号文件",
        name="bracketless-loose-level-word",
        note="国家, 上级, 市里, 中央 name a level, not a code: 文件 after the number makes them no issuer",
        source="https://www.zhetiaohe.com/ss/23f33789280064fb47a8ab2584fdcccbef7ff2f00d566e070460d02165b31c86dac2bc01657ceaa4df916dc722ee3b77.html",
    ),
    case("按照上级2019年19号文件精神", name="bracketless-loose-superior"),
    case("按照市里2019年19号文件要求", name="bracketless-loose-city-li"),
    case("根据中央2019年19号文件", name="bracketless-loose-centre"),
    case(
        "汉语言文学专业中文2024(1)班",
        name="year-then-serial-class",
        note="文 ends a code, but a bracket after a year that 班 follows is a class, no serial",
    ),
    case("思政2024（2）班", name="year-then-serial-class-zheng"),
    case("人社发2024(1)期培训", name="year-then-serial-batch"),
    case("汉语言文学专业中文2024(12)班", name="year-then-serial-class-two-digits"),
    case("人社发2024(11)期培训", name="year-then-serial-batch-two-digits"),
    case("若a<2016>b则", name="angle-year-markup", note="`<>` around a year with no number after: no report"),
    case(
        "根据本局公告第3号",
        name="notice-no-year-relative-organ",
        unparsed=("本局公告第3号",),
        note="本局, 我部, 该会 are the writer's own organ: no key names it; reported, not keyed",
    ),
    case("依照我部令第5号规定", name="decree-relative-organ", unparsed=("我部令第5号",)),
    case("本溪市人民政府令第5号", doc("本溪市人民政府令第5号"), name="decree-place-starting-like-determiner"),
    # Announcements numbered with no year, inverted lists, organs ending in a division (session 14).
    case(
        "全国人民代表大会常务委员会公告第26号",
        doc(
            "全国人民代表大会常务委员会公告第26号",
            issuer="全国人民代表大会常务委员会",
            year=None,
            serial="26",
            text="全国人民代表大会常务委员会公告第26号",
        ),
        name="notice-no-year",
        note="a standing committee numbers its announcements in one series: keyed as a decree is,"
        " <organ>公告第N号",
    ),
    case(
        "全国人民代表大会常务委员会公告（第二十六号）",
        doc("全国人民代表大会常务委员会公告第26号", text="全国人民代表大会常务委员会公告（第二十六号）"),
        name="notice-no-year-bracketed-numeral",
    ),
    case(
        "深圳市第六届人民代表大会常务委员会公告第一九九号：2019年12月31日深圳市第六届人大常委会第三十七次会议通过",
        doc("深圳市第六届人民代表大会常务委员会公告第199号", issuer="深圳市第六届人民代表大会常务委员会"),
        name="notice-no-year-digit-by-digit",
        note="一九九 written digit by digit is 199 (was read as 9); the term 第六届 is part of the series",
        source="github code index 68829302960",
    ),
    case(
        '"issuedNo": "深圳市第7届人民代表大会常务委员会公告第26号",',
        doc("深圳市第7届人民代表大会常务委员会公告第26号", issuer="深圳市第7届人民代表大会常务委员会"),
        name="notice-no-year-term-in-digits",
        note="the term in digits stops the organ's letters: the place before it is read on",
        source="github code index 55954088460",
    ),
    case(
        "//发文字号: 新疆维吾尔自治区第十二届人民代表大会常务委员会公告第26号",
        doc("新疆维吾尔自治区第十二届人民代表大会常务委员会公告第26号"),
        name="notice-no-year-region-term",
        source="github code index 18950381472",
    ),
    case(
        'number: "烟台市人民代表大会常务委员会公告第45号", // 发文字号',
        doc("烟台市人民代表大会常务委员会公告第45号"),
        name="notice-no-year-city",
        source="github code index 7630448951",
    ),
    case("现发布公告第1号", name="notice-no-year-no-organ", note="no organ and no year: prose, not reported"),
    case("见第5号公告栏", name="notice-no-year-board"),
    case(
        "国务院第493号、第494号令",
        doc("国务院令第493号", text="国务院第493号"),
        doc("国务院令第494号", text="第494号令"),
        name="inverted-decree-list",
    ),
    case(
        "国家税务总局2018年第31号、32号和33号公告",
        doc("国家税务总局公告〔2018〕31号", text="国家税务总局2018年第31号"),
        doc("国家税务总局公告〔2018〕32号", text="32号"),
        doc("国家税务总局公告〔2018〕33号", text="33号公告"),
        name="inverted-notice-list-three",
    ),
    case(
        "新疆生产建设兵团第一师令第3号",
        doc("新疆生产建设兵团第一师令第3号", issuer="新疆生产建设兵团第一师", serial="3"),
        name="division-decree",
        note="a numbered division (师) ends an organ",
    ),
    case("律师令第3号", name="division-lawyer-is-no-organ"),
    case("依据教师令第5号", name="division-teacher-is-no-organ"),
    case(
        "《中共江苏省委、江苏省人民政府关于印发〈江苏省质量提升行动实施方案〉的通知》（苏发〔2018〕12号）精神",
        doc("苏发〔2018〕12号", title="江苏省质量提升行动实施方案", issuer="苏发"),
        name="province-party-code",
        note="苏发 is the party committee's code (in the gazetteer since session 14)",
        source="github code index 4755705347",
    ),
    case(
        "《中共云南省委 云南省人民政府印发〈关于优化生育政策促进人口长期均衡发展的实施方案〉的通知》"
        "（云发〔2022〕28号）",
        doc("云发〔2022〕28号", title="关于优化生育政策促进人口长期均衡发展的实施方案"),
        name="province-party-code-yun",
        source="github code index 60745782879",
    ),
]

# Real sentences found for the third round, kept as a held-out set before the fixes: how
# many read right before and after is in docs/citations.md ("Held-out sentences"). Titles of
# pages that list documents by number (zhetiaohe.com) are copied verbatim, as is the rest.
_ZT = "https://www.zhetiaohe.com/ss/"
REAL_THIRD = [
    case(
        "人社局2020年47号文件",
        doc("人社局〔2020〕47号", text="人社局2020年47号"),
        name="third-bracketless-bureau",
        source=_ZT + "46b15d46c827b3ef9702581d5ef4f4088b5e887d19472a92826f4ef68de48f9c.html",
    ),
    case(
        "人社2018年30号文件全文",
        doc("人社〔2018〕30号", text="人社2018年30号"),
        name="third-bracketless-renshe",
        source=_ZT + "e51e7f21b8fc56a1322ffea7fbb2e9ea8fa3d11610d2eaaafacec2cccf2b5ec9.html",
    ),
    case(
        "甘人社通2021年262号文件",
        doc("甘人社通〔2021〕262号"),
        name="third-bracketless-known-code",
        source=_ZT + "d29a73994211ddd3b7ee2e6eff98a088c1ec4bc43483145ce5aa7a73062eea08.html",
    ),
    case(
        "京社保发2021年9号文",
        doc("京社保发〔2021〕9号", text="京社保发2021年9号"),
        name="third-bracketless-wen",
        source=_ZT + "187fab922b79917110d21a6a683548a71bbd69d5ebdba80edf25e25bdc734eb6.html",
    ),
    case(
        "劳人险函(1986)4号文件全文",
        doc("劳人险函〔1986〕4号"),
        name="third-ascii-parens",
        source=_ZT + "61fbdaca5bc41ae35a4b9b97a93a6f721da3da54924028c47a8a0cebcc8f5e31dabb45bd2961c1e2.html",
    ),
    case(
        "通发改价费字(2021)305号文件解读",
        doc("通发改价费字〔2021〕305号"),
        name="third-zi-code",
        source=_ZT + "5f99c178cdf32871a102bb3d1e121d1b7c505f5f215f49d9841320fefa24"
        "0502121fc47c03673eebeb0b273523e9bb90.html",
    ),
    case(
        "税务2017年45号文件附件",
        doc("税务〔2017〕45号", issuer="税务", year=2017, serial="45", text="税务2017年45号"),
        name="third-bracketless-unlike-a-code",
        note="税务 ends like no code (务), but 文件 after the number names a document (was left, session 13);"
        " `5号文件附件` pins no annex",
        source=_ZT + "f70df6b3f174c6578691b51e95c91c60d9dc36936f0cfd0020016c24af851f58.html",
    ),
    case(
        "财2019年19号文件原文解读",
        doc("财〔2019〕19号", issuer="财", year=2019, serial="19", text="财2019年19号"),
        name="third-bracketless-one-letter",
        note="a one-letter 财 before a number that 文件 calls a document (was left, session 13)",
        source=_ZT + "438bdda85819e503e6c4d88ac7652214f468dac431baa4786ae80a1e3054c290d84b8673e5ebf67c.html",
    ),
    case(
        "交运规2019年17号文件",
        doc("交运规〔2019〕17号"),
        name="third-bracketless-gui",
        source=_ZT + "1cd5cc89fb5dbdb91cd1609eefd096a2ca0da162f27bd7569f9fbc4e967022ca.html",
    ),
    case(
        "冀教财函2019年155号文件pdf",
        doc("冀教财函〔2019〕155号"),
        name="third-bracketless-han",
        source=_ZT + "b64c2231b8e14bde8d8a1f54ad9f899b1d635da52f74c85576132b96d2e7bf30a04103c525c6eaf8.html",
    ),
    case(
        "湘人社发201851号文件附件12内容",
        doc(
            "湘人社发〔2018〕51号",
            loc(None, "12", "附件"),
            issuer="湘人社发",
            year=2018,
            serial="51",
            text="湘人社发201851号文件附件12",
        ),
        name="third-no-nian",
        note="without 年, after a known code: the first four digits are the year (was left, session 13);"
        " 附件12 after 文件 is the document's annex 12",
        source=_ZT + "07e40c6960a4f8cbe323b84e0ecb1991f0e8255ec364ddfbed3e80c78909"
        "6a6f0e003f606f195ab3a1f5bc8af8a6a6be.html",
    ),
    case(
        "国家税务总局公告2018年第7号附件1: 第4页",
        doc("国家税务总局公告〔2018〕7号", loc(None, "1", "附件")),
        name="third-notice-annex",
        source="http://35331.cn/lhs_h6li46o3ygblj0bi80g30gne01e01c01d01kinoobw01jgl3tokfli01d01m_4.html",
    ),
    case(
        "国家自然科学基金条例      国令第796号",
        doc("国务院令第796号", text="国令第796号"),
        name="third-guo-ling",
        source="https://tushare.pro/document/2?doc_id=406",
    ),
    case(
        "根据《中华人民共和国消防法》《江苏省消防条例》等法律、法规，结合本市实际，制定本条例。",
        only("中华人民共和国消防法"),
        only("江苏省消防条例"),
        name="third-two-laws",
        source="https://xjnnet.com/news/guonei/2024-08-19/279672.html",
    ),
    case(
        "工业和信息化部发布《关于做好2020年通信业安全生产工作的通知》(以下简称《通知》)，"
        "部署做好2020年通信业安全生产工作。《通知》指出",
        only("关于做好2020年通信业安全生产工作的通知"),
        only("关于做好2020年通信业安全生产工作的通知", text="《通知》"),
        name="third-short-name-of-a-title",
        source="https://huggingface.co/datasets/leetdavid/celera/viewer/default/train?p=69",
    ),
    case(
        "电话:010-59192353,传真:010-59191891。",
        name="third-phone",
        source="http://518pifa.cn/news/27/news_131487.html",
    ),
    case(
        "具体来说，轨道交通7号线、8号线、10号线、17号线以及磁浮线于7月26日相继恢复正常运行",
        name="third-metro-lines",
        source="https://m.net188.cn/dadabesgd/besgrgrga",
    ),
]

# Real sentences from public GitHub files, found with the code index (`find_string`), which names
# no repository: the index id stands in for the address. Held out as the list above.
REAL_CODE_THIRD = [
    case(
        "1.《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件第236项：增值税防伪税控系统最高"
        " 开票限额审批。",
        doc("国务院令第412号", loc(None, ".236"), title="国务院对确需保留的行政审批项目设定行政许可的决定"),
        name="decree-annex-after-bracket",
        source="github code index 23942655558",
    ),
    case(
        "《国家税务总局关于在全国开展营业税改征增值税试点有关征收管理问题的公告》"
        "（国家税务总局公告〔2013〕39号） 第三条：",
        doc(
            "国家税务总局公告〔2013〕39号",
            loc(None, "3", "条"),
            title="国家税务总局关于在全国开展营业税改征增值税试点有关征收管理问题的公告",
            issuer="国家税务总局",
        ),
        name="bracketed-notice-article-after-space",
        source="github code index 23942655558",
    ),
    case(
        "《小型个人信息处理者个人信息保护简化措施规定》（国家互联网信息办公室、公安部令第25号）附件1",
        doc(
            "国家互联网信息办公室公安部令第25号",
            loc(None, "1", "附件"),
            title="小型个人信息处理者个人信息保护简化措施规定",
        ),
        name="joint-decree-with-dunhao",
        source="github code index 61128867646",
    ),
    case(
        "《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63 号）附件 1 创新型中小企业评价标准",
        doc("工信部企业〔2022〕63号", loc(None, "1", "附件"), title="优质中小企业梯度培育管理暂行办法"),
        name="annex-spaced-after-bracket",
        source="github code index 58505489573",
    ),
    case(
        "| 《个人信息保护法》（2021年）第13条 | 搜索推荐不得超出必要范围收集用户信息 |",
        Doc("《个人信息保护法》", "个人信息保护法", (loc(None, "13", "条"),), None, None, None),
        name="edition-year-alone",
        source="github code index 56998529999",
    ),
    case(
        "上述事实行为违反了《中华人民共和国保险法》（\n2002\n年修正）第一百二十二条的规定",
        Doc("《中华人民共和国保险法》", "中华人民共和国保险法", (loc(None, "122", "条"),), None, None, None),
        name="edition-note-broken-lines",
        note="the source is a pattern over such text (`第.*?条`); the article is filled in",
        source="github code index 29028502305",
    ),
    case(
        "《卫生部关于修订住院病案首页的通知》（卫医政发〔2011〕84号）附件, "
        "《医疗机构病历管理规定（2013年版）》\n（国卫医发〔2013〕31号）",
        doc("卫医政发〔2011〕84号", title="卫生部关于修订住院病案首页的通知"),
        doc("国卫医发〔2013〕31号", title="医疗机构病历管理规定（2013年版）"),
        name="title-a-line-before-its-number",
        source="github code index 70837717183",
    ),
    case(
        "根据财政部、税务总局2020年第13号、24号公告，",
        doc(
            "财政部税务总局公告〔2020〕13号",
            issuer="财政部税务总局",
            year=2020,
            serial="13",
            text="财政部、税务总局2020年第13号",
        ),
        doc(
            "财政部税务总局公告〔2020〕24号", issuer="财政部税务总局", year=2020, serial="24", text="24号公告"
        ),
        name="inverted-notice-list",
        note="two announcements of the organs that sign together (was reported, session 13); 公告 after"
        " the list is its last number's, as after one inverted number",
        source="github code index 4874195864",
    ),
    case(
        "《中华人民共和国计量法》第9条、国家市场监管总局2020年第42号公告、财税〔2017〕20号（国家停征强检收费政策）",
        Doc("《中华人民共和国计量法》", "中华人民共和国计量法", (loc(None, "9", "条"),), None, None, None),
        doc("国家市场监管总局公告〔2020〕42号", text="国家市场监管总局2020年第42号公告"),
        doc("财税〔2017〕20号"),
        name="law-notice-number-list",
        source="github code index 71245583139",
    ),
    case(
        "并且在之前尤雨溪也宣布在今年（2021年）第二季度会 将vue3作为Vue CLI的默认版本了。",
        name="this-year-quarter",
        source="github code index 19126886444",
    ),
]

# Real sentences of the fourth round (issue 13), held out: each expected result below was written
# from reading the sentence, before main's reader ran on it. Pages from provinces, cities and
# years not in the rounds before (Inner Mongolia, Liaoning, Anhui, Shaanxi, Shanxi, Henan,
# Hunan, Jiangsu, Zhejiang, Gansu, Shanghai, Shenyang; 1995-2024), in the shapes the table was
# thin on. How many read right before and after is in docs/citations.md ("Held-out sentences").
# `FOURTH_LEFT` names those main does not read yet and why; they are tested as strict xfails in
# tests/test_citations_fourth.py and join CASES when a fix makes them pass.
_LAW = "http://law"
REAL_FOURTH = [
    case(
        "    財預(yù)〔2021〕101號\n\n    有關(guān)中央預(yù)算單位:",
        doc("财预〔2021〕101号", issuer="财预"),
        name="fourth-pinyin-gloss-in-issuer",
        source="http://lsrwf.cn/news/708af42006d811ec81694b356a0c000d",
    ),
    case(
        "• 電話:0371-60938058,60227926\n"
        "  • 地址:河南自貿(mào)試驗區(qū)鄭州片區(qū) (鄭東)金水東路21號 永和國際廣場6層B區(qū)0605號",
        name="fourth-address-with-hao",
        source="http://lsrwf.cn/news/708af42006d811ec81694b356a0c000d",
    ),
    case(
        "    3. 【發(fā)文號(hào)】國(guó)發(fā)〔2021〕26號(hào)",
        doc("国发〔2021〕26号", issuer="国发"),
        name="fourth-pinyin-gloss-label",
        source="http://425z.cn/law/law_view.asp?id=739227",
    ),
    case(
        "關于印發(fā)2023年《政府工作報告》重點任務分解落實方案的通知 常政發(fā)〔2023〕1號 |",
        Doc("《政府工作报告》", ANY, (), None, None, None),
        doc("常政发〔2023〕1号"),
        name="fourth-pinyin-gloss-after-title",
        note="expectation corrected once on review: the heading's 《政府工作報告》 is a title of its own (t"
        "he heading "
        "is not bound to the number across the space), as the grammar reads it; the number was missed",
        source="http://www.loyalmeds.com/downxxgk.php?fid=625167487403475",
    ),
    case(
        "注:上述辦法已經最高人民法院《關于重申法院公告一律由《人民法院報》統一刊登的通知》(法<1993>29號)附"
        "發。",
        doc("法〔1993〕29号", title="關于重申法院公告一律由《人民法院報》統一刊登的通知", issuer="法"),
        name="fourth-angle-year-traditional",
        source="http://www.6065bob.com/fagui/67939.html",
    ),
    case(
        "3.郵局匯款請寄:北京市東交民巷27號,《人民法院報》社廣告公告部。匯款務必注明用途。\n"
        "郵政編碼:100745\n聯系電話:(01)701.9041",
        Doc("《人民法院报》", ANY, (), None, None, None, "《人民法院報》"),
        name="fourth-address-postcode-phone",
        note="the newspaper in 《》 is a title like any other; the street number, post code and phone are n"
        "othing",
        source="http://www.6065bob.com/fagui/67939.html",
    ),
    case(
        "发文字号法办〔2001〕246号",
        doc("法办〔2001〕246号", issuer="法办", text="法办〔2001〕246号"),
        name="fourth-label-glued-to-issuer",
        note="a web page's metadata label 发文字号 glued to the number by copying a table row",
        source="https://055110.com/law/1/15686.html",
    ),
    case(
        "为加快建成全方位、全过程、全覆盖的预算绩效管理体系,根据《乌拉特中旗人民政府<关于印发乌拉特中旗全面"
        "实施"
        "预算绩效管理试点工作方案>的通知》(乌中政办发〔2021〕15号)有关规定,我局制定了《乌拉特中旗旗级绩效评"
        "价管理办法》"
        "和《乌拉特中旗转移支付资金预算绩效管理办法》,现印发给你们,请认真贯彻执行。",
        doc("乌中政办发〔2021〕15号", title="乌拉特中旗全面实施预算绩效管理试点工作方案"),
        only("乌拉特中旗旗级绩效评价管理办法"),
        only("乌拉特中旗转移支付资金预算绩效管理办法"),
        name="fourth-lead-inside-angle",
        note="the issuer's name stands outside the <>, the lead 关于印发 inside it",
        source="http://1.25.240.11:8082/sites/wltzq/zwinfo.jsp?id=19718",
    ),
    case(
        "根据《内蒙古自治区财政厅关于<内蒙古自治区关于全面实施预算绩效管理的实施意见>的通知》(内财监〔2019"
        "〕1343号)"
        "和《巴彦淖尔市人民政府关于印发<巴彦淖尔市关于全面实施预算绩效管理试点工作方案>的通知》(巴政发〔202"
        "1〕5号),"
        "结合财政部《项目支出绩效评价管理办法》(财预〔2020〕10号)等有关要求,制定本办法。",
        doc(
            "内财监〔2019〕1343号",
            title="内蒙古自治区财政厅关于<内蒙古自治区关于全面实施预算绩效管理的实施意见>的通知",
        ),
        doc("巴政发〔2021〕5号", title="巴彦淖尔市关于全面实施预算绩效管理试点工作方案"),
        doc("财预〔2020〕10号", title="项目支出绩效评价管理办法"),
        name="fourth-three-titled-numbers",
        note="no 印发 in the first: the notice is the document and keeps its name",
        source="http://1.25.240.11:8082/sites/wltzq/zwinfo.jsp?id=19718",
    ),
    case(
        "鞍立政发〔2023〕2号立山区人民政府关于印发立山区政府2023年重点工作任务分解和责任分工方案的通知",
        doc("鞍立政发〔2023〕2号", title="立山区政府2023年重点工作任务分解和责任分工方案"),
        name="fourth-number-then-heading",
        source="http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html",
    ),
    case(
        "立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知",
        Doc("《立山区政府2023年重点工作任务分解和责任分工方案》", ANY, (), None, None, None),
        name="fourth-title-broken-by-space",
        source="http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html",
    ),
    case(
        "  • 发文字号:\n\n    镇政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40",
        doc("镇政发〔2024〕7号"),
        name="fourth-metadata-lines",
        source="http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml",
    ),
    case(
        "一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》,"
        "参照《陕西省人民政府工作规则》《汉中市人民政府工作规则》的有关规定,结合本县实际,制定本规则。",
        only("中华人民共和国宪法"),
        only("中华人民共和国地方各级人民代表大会和地方各级人民政府组织法"),
        only("陕西省人民政府工作规则"),
        only("汉中市人民政府工作规则"),
        name="fourth-four-titles-glued",
        source="http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml",
    ),
    case(
        "<p> 根据《国务院关于激发重点群体活力带动城乡居民增收的实施意见》(国发〔2016〕56号)精神,"
        "为深入贯彻党的十九大精神,进一步深化收入分配制度改革,",
        doc("国发〔2016〕56号", title="国务院关于激发重点群体活力带动城乡居民增收的实施意见"),
        name="fourth-html-tags",
        source="http://laodongfa.com/stadata/bmgz/7504.html",
    ),
    case(
        "时效性 :现行有效\n文号 :晋政发〔2018〕13号\n<p>各市、县人民政府,省人民政府各委、办、厅、局:</p>",
        doc("晋政发〔2018〕13号"),
        name="fourth-label-space-colon",
        source="http://laodongfa.com/stadata/bmgz/7504.html",
    ),
    case(
        "名称: 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号: 泾政〔2023〕1号",
        doc("泾政〔2023〕1号"),
        name="fourth-title-label-number",
        note="the title is in another field of the page's table, not bound to the number",
        source="http://ahjx.gov.cn/OpennessContent/show/2668526.html",
    ),
    case(
        "沂水县人民政府办公室于2023年3月6日印发了《2023年县政府工作报告重点工作任务分解方案》(以下简称《方"
        "案》)的通知,"
        "为确保《政府工作报告》重点工作任务落到实处,现就《方案》主要内容解读如下:",
        only("2023年县政府工作报告重点工作任务分解方案"),
        only("政府工作报告"),
        only("2023年县政府工作报告重点工作任务分解方案", text="《方案》"),
        name="fourth-short-name-in-a-reading",
        source="http://yishui.gov.cn/info/9168/352651.htm",
    ),
    case(
        "县政府办公室对重点工作任务进行了梳理分解,形成了《<政府工作报告>重点工作任务分解方案》。",
        only("<政府工作报告>重点工作任务分解方案"),
        name="fourth-angle-inside-title",
        source="http://yishui.gov.cn/info/9168/352651.htm",
    ),
    case(
        "根據《中華人民共和國立法法》、《行政法規制定程式條例》、《規章制定程式條例》、《國務院關於加強市縣"
        "政府依法行政的決定》"
        "(國發〔2008〕17號)、《河南省規章規範性檔案備案辦法》等有關規定,結合本市實際,制定本規定。",
        Doc("《中华人民共和国立法法》", ANY, (), None, None, None),
        Doc("《行政法规制定程式条例》", ANY, (), None, None, None),
        Doc("《规章制定程式条例》", ANY, (), None, None, None),
        doc("国发〔2008〕17号", title=ANY),
        Doc("《河南省规章规范性档案备案办法》", ANY, (), None, None, None),
        name="fourth-traditional-list",
        source="https://www.jendow.com.tw/wiki/%E5%91%A8%E5%8F%A3%E5%B8%82%E8%A6%8F%E7%AF%84%E6%80%A7%E6%AA%94"
        "%E6%A1%88%E7%AE%A1%E7%90%86%E8%A6%8F%E5%AE%9A",
    ),
    case(
        "周口市人民政府關於印發周口市規范性檔案管理規定的通知\n周政〔2011〕53號\n各縣(市、區)人民政府,市人"
        "民政府各部門:",
        doc("周政〔2011〕53号"),
        name="fourth-heading-line-above",
        source="https://www.jendow.com.tw/wiki/%E5%91%A8%E5%8F%A3%E5%B8%82%E8%A6%8F%E7%AF%84%E6%80%A7%E6%AA%94"
        "%E6%A1%88%E7%AE%A1%E7%90%86%E8%A6%8F%E5%AE%9A",
    ),
    case(
        "1 行政处罚 对(聚众)扰乱单位秩序行为的处罚 【法律】《中华人民共和国治安管理处罚法》\n"
        "    第二十三条第一款第(一)项  有下列行为之一的,处警告或者二百元以下罚款;",
        Doc(
            "《中华人民共和国治安管理处罚法》",
            "中华人民共和国治安管理处罚法",
            (loc(None, "23.1.1", "项"),),
            None,
            None,
            None,
        ),
        name="fourth-article-clause-item-next-line",
        note="item (一) of clause 1 of article 23, one place in the law, on the line after its title",
        source="https://www.wj.gov.cn/html/czwj/2020/HCKNPPNK_1227/65660.html",
    ),
    case(
        "比如送达公告,依据《中华人民共和国民事诉讼法》第九十五条规定,受送达人下落不明,或者用本节规定的其他"
        "方式无法送达的,公告送达。",
        Doc(
            "《中华人民共和国民事诉讼法》",
            "中华人民共和国民事诉讼法",
            (loc(None, "95", "条"),),
            None,
            None,
            None,
        ),
        name="fourth-law-article",
        source="https://www.lawparks.com/ask/how-to-write-civil-lawsuit-notice",
    ),
    case(
        "若是宣告失踪、宣告死亡的公告,根据《中华人民共和国民事诉讼法》第一百九十二条规定,"
        "人民法院受理宣告失踪、宣告死亡案件后,应当发出寻找下落不明人的公告。",
        Doc(
            "《中华人民共和国民事诉讼法》",
            "中华人民共和国民事诉讼法",
            (loc(None, "192", "条"),),
            None,
            None,
            None,
        ),
        name="fourth-law-article-hundreds",
        source="https://www.lawparks.com/ask/how-to-write-civil-lawsuit-notice",
    ),
    case(
        "为进一步规范人民法院公告发布工作,更好地体现法院公告的严肃性,根据《中华人民共和国民事诉讼法》等有关"
        "法律规定,"
        "现对2006年《人民法院报刊登法院公告常用格式》进行修订,经最高人民法院研究室审阅同意,现予以公布",
        only("中华人民共和国民事诉讼法"),
        only("人民法院报刊登法院公告常用格式"),
        name="fourth-court-notice",
        source="http://sxgy.sxfywcourt.gov.cn/article/detail/2011/05/id/2278339.shtml",
    ),
    case(
        "关于印发《上海市文明工地(场站)管理规定》的通知\n\n沪建建[2003]89号\n\n\n各区(县)建委(建设局),各有"
        "关局(集团、总公司),各外省市沪办建管处:",
        only("上海市文明工地(场站)管理规定"),
        doc("沪建建〔2003〕89号"),
        name="fourth-title-line-then-number",
        source=_LAW + "601.infoeach.com/view-NjAxfDExMzExNw==.html",
    ),
    case(
        "皖政办〔2008〕33号     \n\n省政府各部门、各直属机构:\n经省政府同意,现将修订后的《安徽省省级预算管"
        "理办法》印发给你们,请认真贯彻执行。",
        doc("皖政办〔2008〕33号"),
        only("安徽省省级预算管理办法"),
        name="fourth-number-trailing-spaces",
        source=_LAW + "598.infoeach.com/view-NTk4fDEwNzcwMA==.html",
    ),
    case(
        "沈阳市鼓励华侨、港澳同胞投资的规定\n\n沈政令[1997]29号\n\n\n第一条 为鼓励华侨、港澳同胞来我市投资"
        "兴办企业,"
        "根据国务院《关于鼓励华侨和香港澳门同胞投资的规定》,结合我市实际情况,制定本规定。",
        doc("沈政令〔1997〕29号", issuer="沈政令"),
        only("关于鼓励华侨和香港澳门同胞投资的规定"),
        name="fourth-ling-code-with-year",
        note="沈政令 is a city's code for its decrees, written as a numbered document with a bracketed year",
        source=_LAW + "120.infoeach.com/view-MTIwfDcwMTQ=.html",
    ),
    case(
        "沈阳市人民政府令\n (第48号)\n\n\n  《沈阳市城市管理综合执法暂行规定》,业经市政府第五次常务会议通过"
        ",现予发布",
        doc("沈阳市人民政府令第48号"),
        only("沈阳市城市管理综合执法暂行规定"),
        name="fourth-decree-serial-next-line-bracketed",
        source=_LAW + "373.infoeach.com/view-MzczfDI3MTQ5.html",
    ),
    case(
        "浙江省地震安全性评价管理办法\n\n省政府令第69号\n\n\n  现发布《浙江省地震安全性评价管理办法》,自发"
        "布之日起施行。",
        doc("省政府令第69号"),
        only("浙江省地震安全性评价管理办法"),
        name="fourth-decree-short-organ",
        source=_LAW + "638.infoeach.com/view-NjM4fDMyNDY4.html",
    ),
    case(
        "(1998年11月17日山东省人民政府令第96号发布 根据2004年7月15日山东省人民政府令第172号修订)",
        doc("山东省人民政府令第96号"),
        doc("山东省人民政府令第172号"),
        name="fourth-decree-history",
        source=_LAW + "145.infoeach.com/view-MTQ1fDg0NzEw.html",
    ),
    case(
        "第一条 为消除碘缺乏危害,保护公民身体健康,根据国务院《食盐加碘消除碘缺乏危害管理条例》(以下简称《条"
        "例》),"
        "结合本省实际,制定本办法。",
        only("食盐加碘消除碘缺乏危害管理条例"),
        name="fourth-short-name-of-a-regulation",
        source=_LAW + "145.infoeach.com/view-MTQ1fDg0NzEw.html",
    ),
    case(
        "菏政办字 〔2023〕1号\n各县区人民政府 (管委会),市政府各部门、各直属机构,市属各企业,各大中专院校:",
        doc("菏政办字〔2023〕1号", text="菏政办字 〔2023〕1号"),
        name="fourth-space-before-bracket",
        source="https://dzrdoor.com/bgs/info/1131/3781.html",
    ),
    case(
        "为深入贯彻落实 《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》(国发 〔2022〕18"
        "号)和 "
        "《山东省人民政府办公厅关于印发 < 国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见>分"
        "工落实方案的通知》"
        "(鲁政办字 〔2022〕128号),巩固深化新旧动能转换成果,经市政府同意,现将 "
        "《菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案》(以下简称 《方案》)印发给你们,请认真贯"
        "彻实施。\n"
        "一、高度重视,认真研究政策。各县区、各部门要坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯"
        "彻党的二十大精神,"
        "认真落实党中央、国务院决策部署和省委、省政府工作要求,强化组织领导,坚持 “一把手”负总责、亲自抓,"
        "对照《方案》所承担的目标任务,认真学习研究",
        doc("国发〔2022〕18号", title="国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见"),
        doc(
            "鲁政办字〔2022〕128号",
            title="< 国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见>分工落实方案",
        ),
        only("菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案"),
        only("菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案", text="《方案》"),
        name="fourth-spaced-citations-and-short-name",
        note="spaces before every 《 and bracket, a spaced <, and 以下简称 with a space before its 《",
        source="https://dzrdoor.com/bgs/info/1131/3781.html",
    ),
    case(
        "2022年9月13日  山西省人民政府办公厅关于全面实行行政许可事项清单管理的通知  晋政办发〔2022〕75号  2"
        "022年9月13日  执行",
        doc("晋政办发〔2022〕75号"),
        name="fourth-history-row",
        source="http://www.fusiontax.cn/index.php?mobileaction=toggle_view_desktop&title=%E5%B1%B1%E8%A5%BF%E7%9C%81"
        "%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%8E%85%E5%85%B3%E4%BA%8E%E5%85%A8%E9%9D%A2"
        "%E5%AE%9E%E8%A1%8C%E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF%E4%BA%8B%E9%A1%B9%E6%B8%85%E5%8D%95%E7%AE%A1"
        "%E7%90%86%E7%9A%84%E9%80%9A%E7%9F%A5",
    ),
    case(
        "1.明确清单编制主体。省行政审批制度改革领导小组办公室(以下简称“审改办”)负责组织省有关单位编制"
        "《山西省行政许可事项清单》(以下简称《清单》,2022年版《清单》已编制完成,见附件),经省人民政府审定后"
        "向社会公布",
        only("山西省行政许可事项清单"),
        only("山西省行政许可事项清单", text="《清单》"),
        name="fourth-short-name-of-an-office-and-a-list",
        note="审改办 is a short name for an office, not for a document",
        source="http://www.fusiontax.cn/index.php?mobileaction=toggle_view_desktop&title=%E5%B1%B1%E8%A5%BF%E7%9C%81"
        "%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%8E%85%E5%85%B3%E4%BA%8E%E5%85%A8%E9%9D%A2"
        "%E5%AE%9E%E8%A1%8C%E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF%E4%BA%8B%E9%A1%B9%E6%B8%85%E5%8D%95%E7%AE%A1"
        "%E7%90%86%E7%9A%84%E9%80%9A%E7%9F%A5",
    ),
    case(
        "相反,还产生了“各部门不得在公布的清单外实施其他行政审批”,〔1〕“行政权力进清单,清单之外无权力”,〔2〕"
        "“不属于清单列举范围内的职能和权限,行政机关不得为之”,〔3〕当权力清单与法律规范发生冲突时应实行“有利"
        "相对人原则”〔4〕"
        "等一些值得商榷的规定和认识。",
        name="fourth-footnote-marks",
        note="〔1〕…〔4〕 are footnote marks, not years",
        source="https://m.fx361.cc/news/2015/0225/17875028.html",
    ),
    case(
        "党的十八届三中全会通过的《中共中央关于全面深化改革若干重大问题的决定》(以下简称《十八届三中全会决"
        "定》)明确提出:"
        "“推行地方各级政府及其工作部门权力清单制度,依法公开权力运行流程。”",
        only("中共中央关于全面深化改革若干重大问题的决定"),
        name="fourth-short-name-of-a-decision",
        source="https://m.fx361.cc/news/2015/0225/17875028.html",
    ),
    case(
        "济宁市人民政府\n关于持续深化“市县同权”改革的实施意见\n济政字〔2021〕30号\n各县(市、区)人民政府,",
        doc("济政字〔2021〕30号"),
        name="fourth-heading-lines-above-zi",
        source="http://jiaxiang.gov.cn/art/2021/7/19/art_72008_2718080.html",
    ),
    case(
        "根据省委、省政府总体部署和市委、市政府《关于争创营商环境创新改革示范区的实施意见》(济发〔2021〕9号"
        ")要求,结合我市实际,制定本意见。",
        doc("济发〔2021〕9号", title="关于争创营商环境创新改革示范区的实施意见"),
        name="fourth-title-after-issuers",
        source="http://jiaxiang.gov.cn/art/2021/7/19/art_72008_2718080.html",
    ),
    case(
        "从1-2月主要经济指标完成情况看,金融机构存贷款余额、保费收入、规上其他营利性服务业营收、规上非营利性"
        "服务业中营利活动营收等"
        "错月指标实现正增长,其他指标增速虽有不同程度回落,但在全省排名靠前,如规上工业增加值全省第2,建安投资"
        "全省第1,"
        "限上零售、住宿、餐饮分别为全省第1、第3和第2,商品房销售面积全省第1。",
        name="fourth-rankings",
        source="http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html",
    ),
    case(
        "3、《行政许可法》第十二条所列事项,尚未制定法律、行政法规的,地方性法规可以设定行政许可。",
        Doc("《行政许可法》", "行政许可法", (loc(None, "12", "条"),), None, None, None),
        name="fourth-short-law-article",
        source="http://bbs.cpa-cpa.cn/read-htm-tid-867-page-e.html",
    ),
    case(
        "1.在《甘肃省农村能源建设管理条例》第七条中增加一项作为第六项,即:“负责农村节能减排工作;”",
        Doc(
            "《甘肃省农村能源建设管理条例》",
            "甘肃省农村能源建设管理条例",
            (loc(None, "7", "条"),),
            None,
            None,
            None,
        ),
        name="fourth-amendment-article",
        note="第六项 is the item the amendment adds, not a place the text cites",
        source="https://ytlst.com/gansu/6343.html",
    ),
    case(
        "2.将《甘肃省气象条例》第七条 项修改为:“为地方经济建设和防灾减灾服务设置的气象机构、气象探测和通信"
        "设施、",
        Doc("《甘肃省气象条例》", "甘肃省气象条例", (loc(None, "7", "条"),), None, None, None),
        name="fourth-article-item-number-lost",
        note="the item's number was lost when the page was made: the article is still read",
        source="https://ytlst.com/gansu/6343.html",
    ),
    case(
        "  通信地址:沈阳市人大常委会法制工作委员会(沈阳市沈河区青年北大街26号,邮政编码:110823)\n\n"
        "  传真:(024)22736598  22736151",
        name="fourth-address-fax",
        source="https://www.shenyang.gov.cn/zwgk/qtzfxx/zfgg/202212/t20221206_4342086.html",
    ),
    case(
        "市十七届人大常委会第六次会议于2022年12月1日对市人民政府提报的《沈阳市社会信用条例(草案)》"
        "(以下简称《条例(草案)》)进行了初次审议。现将《条例(草案)》全文公布,广泛征求意见,并就有关事项公告如"
        "下:",
        only("沈阳市社会信用条例(草案)"),
        only("沈阳市社会信用条例(草案)", text="《条例(草案)》"),
        name="fourth-short-name-with-brackets",
        source="https://www.shenyang.gov.cn/zwgk/qtzfxx/zfgg/202212/t20221206_4342086.html",
    ),
    case(
        "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔201"
        "7〕2号)",
        doc("岳办发〔2017〕2号", title="关于全面推进政务公开工作的实施意见"),
        name="fourth-two-offices-issue",
        source="https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html",
    ),
    case(
        "根据《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》(中办发〔2016〕8号)"
        "及《中共湖南省委办公厅湖南省人民政府办公厅印发〈关于全面推进政务公开工作的实施意见〉的通知》(湘办"
        "发〔2016〕41号)要求,"
        "结合我市实际,现就全面推进政务公开工作提出如下实施意见。",
        doc("中办发〔2016〕8号", title="关于全面推进政务公开工作的意见"),
        doc("湘办发〔2016〕41号", title="关于全面推进政务公开工作的实施意见"),
        name="fourth-two-cover-letters-ji",
        source="https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html",
    ),
    case(
        "名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",
        only("太湖县人民政府工作规则"),
        name="fourth-cover-of-a-title",
        source="http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html",
    ),
    case(
        "的指导意见住建部2023年3号令全文",
        doc("住建部令〔2023〕3号", text="住建部2023年3号令"),
        name="fourth-bracketless-decree",
        source="https://www.zhetiaohe.com/ss/7a384d5cd77d1e29f85b2c41b70a5d04cf8e0026fe54262b7e06edf38fee04f61a92c2279b85d02f4ca23d2d58eb6666.html",
    ),
    case(
        "乡村建设行动实施方案中办发2022年22号文件是什么意思",
        doc("中办发〔2022〕22号", text="中办发2022年22号"),
        name="fourth-bracketless-after-title",
        source="https://www.zhetiaohe.com/ss/cb886c1759bf5ca3fcff4add25aab2111de9f8cf8a29f7313e77ca540d0bea7d22fd8736240337a029e48a276166d30c38a70017eacedce7c92eb118b7f23cdd9484914cac68606b.html",
    ),
    case(
        "收支两条线管理实施细则全文财政部2023年11号",
        doc("财政部〔2023〕11号", text="财政部2023年11号"),
        name="fourth-bracketless-ministry",
        source="https://www.zhetiaohe.com/ss/6c336fb44e47f01b4d20770a7c4e4aeac932fb6db638300a20d27ee82bade2550ecbb156a71ceaec6da0ecee29d614b463721c20212945a3c6d4361d896f363a.html",
    ),
    case(
        "2016年财税第36号文件附件一",
        doc("财税〔2016〕36号", loc(None, "1", "附件")),
        name="fourth-year-before-code",
        source="http://www.32336.cn/lhs_01e01c01d01iinorvmo3yobw01f01igl3k1zflitokflifeo_1.html",
    ),
    case(
        "财税2015年72号文件全文及附件解读",
        doc("财税〔2015〕72号", text="财税2015年72号"),
        name="fourth-bracketless-caishui",
        source="https://www.zhetiaohe.com/ss/7bf8205aa5bae80d7c7b3c9d34f23856c2e5c079e016a76db88e05f3ca4eca789d9982e41fe371bad1c4242cd060a25c.html",
    ),
    case(
        "农乡振发[2023]5号文件",
        doc("农乡振发〔2023〕5号"),
        name="fourth-square-brackets",
        source="https://www.zhetiaohe.com/ss/a0d0fe4eaf6ddf81c6b7b583f199dbf08084c0b76b1e68d7eeea236e0290858c.html",
    ),
    case(
        "根据《中华人民共和国环境保护法》《中华人民共和国大气污染防治法》《中华人民共和国突发事件应对法》《"
        "国家突发环境事件应急预案》"
        "《关于加强重污染天气应对夯实应急减排措施的指导意见》(环办大气函〔2019〕648号)、"
        "《重污染天气重点行业应急减排措施制定技术指南(2020年修订版)》(环大气〔2020〕340号)、"
        "《关于印发<重污染天气重点行业绩效分级及减排措施>补充说明的通知》(环办便函〔2021〕341号)、"
        "《关于进一步规范重污染天气应急减排措施的函》(环办便函〔2021〕439号)、"
        "《深入打好重污染天气消除、臭氧污染防治和柴油货车污染治理攻坚战行动方案》(环大气〔2022〕68号)、"
        "《浙江省大气污染防治条例》《浙江省突发公共事件总体应急预案》"
        "《浙江省生态环境厅等17部门关于开展减少污染天气攻坚行动的通知》(浙环发〔2023〕18号)、《长三角区域重"
        "污染天气预警应急联动方案》",
        only("中华人民共和国环境保护法"),
        only("中华人民共和国大气污染防治法"),
        only("中华人民共和国突发事件应对法"),
        only("国家突发环境事件应急预案"),
        doc("环办大气函〔2019〕648号", title="关于加强重污染天气应对夯实应急减排措施的指导意见"),
        doc("环大气〔2020〕340号", title="重污染天气重点行业应急减排措施制定技术指南(2020年修订版)"),
        doc("环办便函〔2021〕341号", title="<重污染天气重点行业绩效分级及减排措施>补充说明"),
        doc("环办便函〔2021〕439号", title="关于进一步规范重污染天气应急减排措施的函"),
        doc(
            "环大气〔2022〕68号", title="深入打好重污染天气消除、臭氧污染防治和柴油货车污染治理攻坚战行动方案"
        ),
        only("浙江省大气污染防治条例"),
        only("浙江省突发公共事件总体应急预案"),
        doc("浙环发〔2023〕18号", title="浙江省生态环境厅等17部门关于开展减少污染天气攻坚行动的通知"),
        only("长三角区域重污染天气预警应急联动方案"),
        name="fourth-basis-list",
        source="http://kfq.jinhua.gov.cn/art/2024/3/1/art_1229098089_4137611.html",
    ),
]

# The fourth round's sentences main does not read yet, with why: strict xfails in
# tests/test_citations_fourth.py until a fix reads them; the rest are cases like any other.
FOURTH_LEFT: Final[dict[str, str]] = {}


# The rules the fourth round's misses led to (issue 13), each beside a case of its own that no
# held-out sentence is: a pinyin gloss inside or after a code, angle brackets around a year, a
# label glued to the code, a cover letter's lead inside an angle pair or before a space, a 项 of
# a 款 of a 条.
FOURTH_FIXES = [
    case(
        "自治(zhi)區人民政府辦(bàn)公廳(tīng)〔2020〕3號",
        doc("自治区人民政府办公厅〔2020〕3号", text="自治(zhi)區人民政府辦(bàn)公廳(tīng)〔2020〕3號"),
        name="glosses-inside-a-code",
        note="the glosses are no part of the code; the text keeps them as written",
    ),
    case(
        "根據(jù)國(guó)發(fā)〔2019〕7號",
        doc("国发〔2019〕7号", issuer="国发", text="國(guó)發(fā)〔2019〕7號"),
        name="glossed-function-word-before-a-code",
    ),
    case(
        "x(ab)〔2021〕5号",
        name="gloss-after-no-chinese",
        unparsed=("〔2021〕5号",),
        note="a bracket of Latin letters after a Latin letter reads no character: no gloss, no issuer",
    ),
    case(
        "办法(试行)国发〔2019〕7号",
        doc("国发〔2019〕7号", text="国发〔2019〕7号"),
        name="chinese-in-brackets-is-no-gloss",
    ),
    case(
        "见国办发<2016>19号、京政办发＜2016＞26号",
        doc("国办发〔2016〕19号", text="国办发<2016>19号"),
        doc("京政办发〔2016〕26号", text="京政办发＜2016＞26号"),
        name="angle-brackets-around-a-year",
    ),
    case(
        "见<2021>5号",
        name="angle-year-without-issuer",
        unparsed=("<2021>5号",),
    ),
    case(
        "《关于印发<2021年工作要点>的通知》，关于<2021>的说明",
        only("关于印发<2021年工作要点>的通知"),
        name="angle-brackets-around-a-title",
        note="a title in <> is no year, and a year in <> with no serial after it is prose",
    ),
    case(
        "文号泾政〔2023〕1号；发文字号：皖政办〔2008〕33号",
        doc("泾政〔2023〕1号", text="泾政〔2023〕1号"),
        doc("皖政办〔2008〕33号"),
        name="label-glued-to-a-code",
    ),
    case(
        "编号泉委发〔2021〕5号，文號閩政辦〔2021〕12號",
        doc(WF5, text=WF5),
        doc("闽政办〔2021〕12号", text="閩政辦〔2021〕12號"),
        name="number-labels-before-codes",
        note="文号, 字号, 编号 label a number; no code holds them",
    ),
    case(
        "【法律】《中华人民共和国治安管理处罚法》第二十三条第一款第(一)项、第二十五条第二款",
        Doc(
            "《中华人民共和国治安管理处罚法》",
            "中华人民共和国治安管理处罚法",
            (loc(None, "23.1.1", "项"), loc(None, "25.2", "款")),
            None,
            None,
            None,
        ),
        name="item-of-a-clause-of-an-article",
        note="the 项 of a 款 of a 条 is one place (23.1.1), not item 1 of the law",
    ),
    case(
        "国发〔2019〕7号第二十条第二款第三项；《中华人民共和国安全生产法》第二十条第二款 第三条",
        doc("国发〔2019〕7号", loc(None, "20.2.3", "项")),
        Doc(
            "《中华人民共和国安全生产法》",
            "中华人民共和国安全生产法",
            (loc(None, "20.2", "款"), loc(None, "3", "条")),
            None,
            None,
            None,
        ),
        name="item-of-a-clause-after-a-number",
        note="after a space, 第三条 is a locator of its own, as before",
    ),
    case(
        "《某县人民政府〈关于印发某县工作方案〉的通知》（某政发〔2021〕5号）",
        doc("某政发〔2021〕5号", title="某县工作方案"),
        name="lead-inside-an-angle-pair",
    ),
    case(
        "《某市人民政府办公室关于印发  某市工作方案的通知》（某政办〔2021〕5号）",
        doc("某政办〔2021〕5号", title="某市工作方案"),
        name="spaces-after-a-lead",
    ),
]

# The gaps the fourth round left (session 15), each beside the cases that bound it: a national
# organ's name glued to prose (the prose is cut, joint organs and the state's name are kept, a
# local organ is not cut), a decree written year first and 令 last, a number written year
# first, an article's 款 or 项 on the line after the law's title.
GAPS_15 = [
    case(
        "规划核实管理办法住建部2022年13号文件",
        doc("住建部〔2022〕13号", issuer="住建部", year=2022, serial="13", text="住建部2022年13号"),
        name="organ-glued-to-a-title",
        source="https://www.zhetiaohe.com/ss/6fb4eda7fa4292ac3d027377d08157ed8a29c725aceaec8474022921a47cdc9a11b748bdefa8e6e3af8afb8cdfdbdcb51f8d8699f20590f2.html",
    ),
    case(
        "的指导意见住建部2023年3号",
        doc("住建部〔2023〕3号", issuer="住建部", text="住建部2023年3号"),
        name="organ-glued-to-prose-short-run",
        note="was issuer 的指导意见住建部: a run of eight letters ending 部 passed for a code",
    ),
    case(
        "财政部税务总局2019年39号",
        doc("财政部税务总局〔2019〕39号", issuer="财政部税务总局", text="财政部税务总局2019年39号"),
        name="joint-organs-are-not-cut",
        note="two national organs one after another sign together: neither is prose",
    ),
    case(
        "泉州市发改委2021年5号",
        doc("泉州市发改委〔2021〕5号", issuer="泉州市发改委"),
        name="local-organ-is-not-cut",
        note="发改委 is local too (no national name in the list): the place stays",
    ),
    case(
        "全文中华人民共和国财政部令第74号",
        doc("财政部令第74号", issuer="财政部", text="中华人民共和国财政部令第74号"),
        name="state-name-before-a-national-organ",
    ),
    case(
        "贯彻安全生产条例国务院令第708号",
        doc("国务院令第708号", issuer="国务院", text="国务院令第708号"),
        name="decree-organ-glued-to-prose",
        note="was organ 安全生产条例国务院",
    ),
    case(
        "省政府2023年3号令",
        doc("省政府令〔2023〕3号", issuer="省政府", year=2023, serial="3", text="省政府2023年3号令"),
        name="decree-year-first-word-last",
    ),
    case("按照2023年3号令要求", name="year-first-decree-without-organ"),
    case(
        "2021年国发第5号文件",
        doc("国发〔2021〕5号", issuer="国发", year=2021, serial="5", text="2021年国发第5号"),
        name="year-before-a-known-code",
    ),
    case(
        "《关于全面推开营业税改征增值税试点的通知》（2016年财税第36号）",
        doc("财税〔2016〕36号", title="关于全面推开营业税改征增值税试点的通知", text="2016年财税第36号"),
        name="year-before-a-code-titled",
    ),
    case("2021年全市第5号", name="year-then-prose-is-no-code"),
    case("落实2021年中央1号文件精神", name="year-then-central-document-one", note="no 第: prose"),
    case("2023年度第3号", name="year-then-du-is-no-code"),
    case("会议定于2021年5号召开", name="year-then-day-is-no-code"),
    case(
        "《中华人民共和国安全生产法》\n  第二十条第二款 生产经营单位",
        Doc(
            "《中华人民共和国安全生产法》",
            "中华人民共和国安全生产法",
            (loc(None, "20.2", "款"),),
            None,
            None,
            None,
        ),
        name="clause-on-the-next-line",
    ),
    case(
        "《中华人民共和国安全生产法》\n第一条　为了加强安全生产工作，防止和减少生产安全事故",
        only("中华人民共和国安全生产法", text="《中华人民共和国安全生产法》"),
        name="law-text-on-the-next-line",
        note="a law printed in full starts its first article on the next line: no citation of it",
    ),
    case(
        "《中华人民共和国消防法》\n第三章　火灾预防",
        only("中华人民共和国消防法", text="《中华人民共和国消防法》"),
        name="chapter-on-the-next-line",
    ),
    case(
        "《中华人民共和国安全生产法》\n\n第二十条第二款",
        only("中华人民共和国安全生产法", text="《中华人民共和国安全生产法》"),
        name="article-after-a-blank-line",
        note="only the line right after the title: a blank line ends the citation",
    ),
    # False readings (session 15): a ward's bed, a certificate, residents' committees.
    case(
        "住院部201851号床",
        name="glued-ward-bed",
        note="号床 is a bed; 部 ends an organ, not a kind of document",
    ),
    case("住院部201851号", name="glued-ward", note="glued digits after an unknown organ's name: no number"),
    case("房权证字201851号", name="glued-certificate"),
    case("京房权证朝字201851号", name="glued-certificate-district"),
    case("3号床位", name="bed-number"),
    case(
        "人社部201851号",
        doc("人社部〔2018〕51号", issuer="人社部", text="人社部201851号"),
        name="glued-after-a-known-organ-code",
    ),
    case("小区业主委员会公告第3号", name="owners-committee-notice"),
    case("村选举委员会公告（第1号）", name="election-committee-notice"),
    case("某村选举委员会公告2021年第1号", name="election-committee-notice-year", note="not reported either"),
    case("业主委员会令第3号", name="owners-committee-decree"),
    case(
        "全国人民代表大会常务委员会公告第26号",
        doc("全国人民代表大会常务委员会公告第26号", issuer="全国人民代表大会常务委员会"),
        name="standing-committee-is-an-organ",
    ),
    case(
        "现依据《上海市政府信息公开规定》第二十三条第（四）项的规定予以答复。",
        Doc(
            "《上海市政府信息公开规定》",
            "上海市政府信息公开规定",
            (loc(None, "23..4", "项"),),
            None,
            None,
            None,
            text="《上海市政府信息公开规定》第二十三条第（四）项",
        ),
        name="item-of-an-article-without-kuan",
        note="one place: item (四) of article 23 (`#art23..4`), not article 23 and item 4 of the whole",
        source="github code index 28018200485",
    ),
    case(
        "袁红香违反了《中华人民共和国保险法》（2009年修订）第一百三十一条第（四）项的规定",
        Doc(
            "《中华人民共和国保险法》",
            "中华人民共和国保险法",
            (loc(None, "131..4", "项"),),
            None,
            None,
            None,
            text="《中华人民共和国保险法》（2009年修订）第一百三十一条第（四）项",
        ),
        name="item-of-an-article-after-an-edition",
        source="github code index 28185122148",
    ),
    case(
        "国发〔2019〕7号第3条第5项",
        doc("国发〔2019〕7号", loc(None, "3..5", "项")),
        name="item-of-an-article-after-a-number",
    ),
    case(
        "《中华人民共和国安全生产法》第二十六条第四款",
        Doc(
            "《中华人民共和国安全生产法》",
            "中华人民共和国安全生产法",
            (loc(None, "26.4", "款"),),
            None,
            None,
            None,
        ),
        name="kuan-of-an-article-unchanged",
        note="the 款 keeps its item 26.4: the 项 without a 款 is 26..4",
    ),
]

# Real sentences of the fifth round (issue 13), held out: each expected result below was written
# from reading the sentence, before main's reader ran on it. Pages from places, years and kinds of
# issuer the rounds before had none of (Ningxia 2012 and 2017, Tibet 2017, Guizhou 2012 and 2018,
# Jiangxi 1992, 2019 and 2025, Tianjin 2022, Yunnan 牟定 2017, Guangxi 南宁兴宁 2020 and 南宁 2015,
# Hainan 海口 2011, Heilongjiang 鹤岗 2025 and 哈尔滨 1988, Hubei 2018, Hunan 2009, courts in 长沙
# and 深圳 and the Supreme People's Court, the Supreme People's Procuratorate, the Ministry of
# Public Security 1989, a joint State Council and Central Military Commission decree 1993, the
# National Nuclear Safety Administration, a state bank, a university, search-site titles), in the
# shapes the grammar is thin on: decree chains glued without spaces, law articles after a colon
# (the 法律依据 block of a judgment), court case numbers, standards in brackets, brackets lost or
# replaced in copying, a year left empty, a number with no year, numbers before their headings.
# How many read right before and after is in docs/citations.md ("Held-out sentences").
#
# Court case numbers (案号, `(2013)长中民未终字第02874号`, `(2020)最高法民终258号`) are decided here:
# they name a case, not a document a target derives from (the judgment's own 法律依据 are cited
# by title and article), so they give no citation and are not reported either: the year in
# brackets comes first and a court's code follows it, which is no shape of a document number.
_CW = "https://cn.govopendata.com/caipanwenshu/2014/"
_HF = "https://huggingface.co/datasets/cfa532/CHLAWS/viewer/default/train?p=6751"
_PKU = "https://law.pkulaw.com/Readchinalaw/3c35d0b402e1de64aa3199a134637b93bdfb.html"
_ZT5 = "https://www.zhetiaohe.com/ss/"


def _only_any(key: str) -> Doc:
    """Expect a title-only citation whose bound title (traditional script, spaces) is not pinned."""
    return Doc(f"《{key}》", ANY, (), None, None, None)


REAL_FIFTH = [
    case(
        "為貫徹落實《國務(wù)院關(guān)于批轉(zhuǎn)促進(jìn)就業(yè)規(guī)劃(2011—2015年)的通知》(國發(fā"
        ")〔2012〕6號,以下簡稱《規(guī)劃》)"
        "精神,根據(jù)《寧夏回族自治區(qū)國民經(jīng)濟(jì)和社會發(fā)展第十二個五年規(guī)劃》、《寧夏回"
        "族自治區(qū)人力資源和社會保障事業(yè)"
        "發(fā)展“十二五”規(guī)劃》和《人力資源社會保障部寧夏回族自治區(qū)人民政府促進(jìn)寧夏沿黃經(jīn"
        "g)濟(jì)區(qū)建設(shè)共建統(tǒng)籌城鄉(xiāng)"
        "就業(yè)創(chuàng)業(yè)和社會保障示范區(qū)備忘錄》,結(jié)合我區(qū)實際,提出如下實施意見。",
        doc("国发〔2012〕6号", title=ANY, issuer="国发"),
        _only_any("宁夏回族自治区国民经济和社会发展第十二个五年规划"),
        _only_any("宁夏回族自治区人力资源和社会保障事业发展“十二五”规划"),
        _only_any(
            "人力资源社会保障部宁夏回族自治区人民政府促进宁夏沿黄经济区建设共建统筹城乡就业创业和社会保障示范区备忘录"
        ),
        name="fifth-ningxia-glossed-titles",
        note="pinyin glosses inside titles are no part of a title-only key, as they are no part of a code",
        source="http://www.bzaobjz.cn/c/2012-07-11/29442.shtml",
    ),
    case(
        "为深入推进我区县域内城乡义务教育一体化改革发展,促进县域内义务教育均衡发展,全面提升义务教育学校管理"
        "水平,"
        "全面提高义务教育质量,根据《国务院关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》(国发〔20"
        "16〕40号)"
        "精神,结合我区实际,制定如下实施意见。",
        doc("国发〔2016〕40号", title="国务院关于统筹推进县域内城乡义务教育一体化改革发展的若干意见"),
        name="fifth-tibet-basis",
        source="https://www.ruralchina.cn/zgxcyjpt/zc/dfzc/257196.shtml",
    ),
    case(
        "黔府辦發(fā)〔2012〕34號《貴州省人民政府辦公廳關(guān)于印發(fā)〈貴州省省級財政專(zhuān)項資金管"
        "理辦法〉和〈貴州省省級"
        "財政資金審批管理辦法(暫行)〉的通知》",
        doc("黔府办发〔2012〕34号", title=ANY, issuer="黔府办发"),
        name="fifth-guizhou-number-before-glossed-title",
        note="the 《》 right after the number is its title (two 〈〉 inside), not a document of its own",
        source="http://jumpstarthappiness.com/policy/123415.html",
    ),
    case(
        "第一條 為進(jìn)一步規范和加強省級財政專(zhuān)項資金管理,建立健全專(zhuān)項資金管理機制,提高資金"
        "使用效益,根據《中華人民"
        "共和國預算法》和《貴州省省級預算審查監督條例》【已廢止,最新為:《貴州省預算審查監督條例》】,制定本"
        "辦法。",
        _only_any("中华人民共和国预算法"),
        _only_any("贵州省省级预算审查监督条例"),
        _only_any("贵州省预算审查监督条例"),
        name="fifth-guizhou-editor-note-in-brackets",
        source="http://jumpstarthappiness.com/policy/123415.html",
    ),
    case(
        "第二條 本辦法所稱(chēng)省級財政專(zhuān)項資金(以下簡(jiǎn)稱(chēng)“專(zhuān)項資金”)是指為實(sh"
        "í)現某一事業(yè)發(fā)展和政策目標或者完成"
        "特定工作任務(wù),由省級財政性資金安排的、在一定時(shí)期內具有專(zhuān)門(mén)用途的資金。",
        name="fifth-guizhou-short-name-of-no-document",
        source="http://jumpstarthappiness.com/policy/123415.html",
    ),
    case(
        "(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号发布",
        doc("省人民政府令第18号", text="省人民政府令第18号"),
        name="fifth-jiangxi-1992-decree",
        source="http://law165.infoeach.com/view-MTY1fDEyMjAyNQ==.html",
    ),
    case(
        "第一条 为加强本省外商投资企业的用地管理,鼓励外商投资,保护外商投资企业的合法权益,根据《中华人民共和"
        "国土地管理法》"
        "(以下简称《土地管理法》)、《中华人民共和国城镇国有土地使用权出让和转让暂行条例》和《江西省实施(中"
        "华人民共和国土地"
        "管理法)办法》的规定,结合本省实际情况,制定本办法。",
        only("中华人民共和国土地管理法"),
        only("中华人民共和国城镇国有土地使用权出让和转让暂行条例"),
        only("江西省实施(中华人民共和国土地管理法)办法"),
        name="fifth-jiangxi-1992-law-short-name",
        source="http://law165.infoeach.com/view-MTY1fDEyMjAyNQ==.html",
    ),
    case(
        "根据《国务院关于印发扎实稳住经济一揽子政策措施的通知》(国发〔2022〕12号),结合本市实际,制定本实施方"
        "案。",
        doc("国发〔2022〕12号", title="扎实稳住经济一揽子政策措施"),
        name="fifth-tianjin-2022-basis",
        source="https://cstsa.org.cn/index/newslist/show.html?cid=1&id=185&lanmu=4",
    ),
    case(
        "现将天津市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案印发给你们,望遵照执行。",
        only("扎实稳住经济的一揽子政策措施"),
        name="fifth-tianjin-2022-inner-title",
        source="https://cstsa.org.cn/index/newslist/show.html?cid=1&id=185&lanmu=4",
    ),
    case(
        "法律依据\n《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》:第二十八条第一款,第二十条"
        "第一款",
        Doc(
            "《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》",
            "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释",
            (loc(None, "28.1", "款"), loc(None, "20.1", "款")),
            None,
            None,
            None,
        ),
        name="fifth-court-basis-colon-articles",
        note="a judgment's 法律依据 block lists each law, a colon, then its articles separated by commas",
        source=_CW + "1/6/85703ef7-a33f-4068-b90f-efb904ada5be",
    ),
    case(
        "湖南省长沙市中级人民法院民 事 判 决 书(2013)长中民未终字第02874号上诉人(原审被告)中国人民财产保险"
        "股份有限公司"
        "××司,住所地:湖南省长沙市××城××号。",
        name="fifth-court-case-number",
        note="a case number (案号) is no document number, and an address's 号 nothing",
        source=_CW + "1/6/85703ef7-a33f-4068-b90f-efb904ada5be",
    ),
    case(
        "上诉人中国人民财产保险股份有限公司××司(以下简称人××公司)因与被上诉人黄某某、杜甲、张甲、杜乙、陈甲"
        "、浏阳市××物流"
        "××责任公司(以下简称圣××物流)机动车交通事故责任纠纷一案,不服长沙县人民法院(以下简称原审法院)(2012)"
        "长县民初字"
        "第38号民事判决,向本院提起上诉。",
        name="fifth-court-lower-case-number",
        source=_CW + "1/6/85703ef7-a33f-4068-b90f-efb904ada5be",
    ),
    case(
        "陈甲驾驶湘A×××××(湘A30**挂)号重型半挂牵引车由南往北行",
        name="fifth-plate-number",
        source=_CW + "1/6/85703ef7-a33f-4068-b90f-efb904ada5be",
    ),
    case(
        "法律依据\n《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》:第十条第一款;《最高人民法"
        "院关于审理涉及金融资产"
        "管理公司收购、管理、处置国有银行不良贷款形成的资产的案件适用法律若干问题的规定》:第十条;《中华人民"
        "共和国民事诉讼法"
        "(2013年)》:第一百七十条第一款,第一百七十五条",
        Doc(
            "《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》",
            ANY,
            (loc(None, "10.1", "款"),),
            None,
            None,
            None,
        ),
        Doc(
            "《最高人民法院关于审理涉及金融资产管理公司收购、管理、处置国有银行不良贷款形成的资产的案件适用"
            "法律若干问题的规定》",
            ANY,
            (loc(None, "10", "条"),),
            None,
            None,
            None,
        ),
        Doc(
            "《中华人民共和国民事诉讼法(2013年)》",
            ANY,
            (loc(None, "170.1", "款"), loc(None, "175", "条")),
            None,
            None,
            None,
        ),
        name="fifth-court-basis-three-laws",
        source=_CW + "5/19/ac73755d-75f0-44ba-a7ac-d362088f057b",
    ),
    case(
        "被上诉人(原审原告):中信银行股份有限公司深圳红树湾支行,住所地:深圳市南山区深圳湾二路与白石路交汇处"
        "御景东方花园裙楼"
        "123(L1-02号),组织机构代码:89218531-0。",
        name="fifth-address-room-and-code",
        source=_CW + "5/19/ac73755d-75f0-44ba-a7ac-d362088f057b",
    ),
    case(
        "不服深圳市福田区人民法院(2013)深福法民二初字第6124号民事判决,向本院提起",
        name="fifth-court-case-number-shenzhen",
        source=_CW + "5/19/ac73755d-75f0-44ba-a7ac-d362088f057b",
    ),
    case(
        "2020年6月28日,最高人民法院就黄某与陈文端、陈育辉、广州南华高尔夫俱乐部有限公司(以下简称南华公司)借"
        "款、担保合同纠纷"
        "一案作出(2020)最高法民终258号民事裁定。",
        name="fifth-supreme-court-case-number",
        source="https://freewechat.com/a/MzA4MjIzOTIzMg==/2649976106/1",
    ),
    case(
        "根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神,结合我省实际,经"
        "省人民政府同意,"
        "现就加强普通高等学校毕业生就业工作有关问题通知如下:",
        doc(
            "国办发〔2009〕3号",
            title="国务院办公厅关于加强普通高等学校毕业生就业工作的通知",
            text="国办发„2009‟3号",
        ),
        name="fifth-hunan-2009-low-quote-brackets",
        note="a PDF's copy maps 〔〕 to the low and high quotes „‟",
        source="https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html",
    ),
    case(
        "湘政办发〔2009〕24号\n\n湖南省人民政府办公厅关于加强普通高等学校\n\n毕业生就业工作的通知",
        doc("湘政办发〔2009〕24号"),
        name="fifth-hunan-2009-heading-below",
        note="a heading on the lines below the number, broken over two lines, does not bind",
        source="https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html",
    ),
    case(
        "根据《江西省农业农村厅办公室关于做好年第二批农作物秸秆综合利用试点项目申报工作的通知》(赣农厅办函"
        "〔〕44号)的要求,",
        only("江西省农业农村厅办公室关于做好年第二批农作物秸秆综合利用试点项目申报工作的通知"),
        name="fifth-jiangxi-empty-year",
        unparsed=1,
        note="the page dropped the year from the bracket (and from 年第二批): the number is reported, the t"
        "itle stays",
        source="http://bbs.congrengzx.com/archiver/showtopic-2825.aspx",
    ),
    case(
        "根据中共中央办公厅、国务院办公厅《关于建立贫困退出机制的意见》、国务院扶贫办《关于印发〈贫困县退出"
        "专项评估检查实施办法"
        "(试行)〉的通知》,按照省扶贫开发领导小组《关于印发<江西省贫困县退出实施方案>的通知》和省扶贫开发领"
        "导小组办公室《关于开展"
        "2018年贫困县退出专项评估检查的通知》等文件规定,",
        only("关于建立贫困退出机制的意见"),
        only("关于印发〈贫困县退出专项评估检查实施办法(试行)〉的通知"),
        only("关于印发<江西省贫困县退出实施方案>的通知"),
        only("关于开展2018年贫困县退出专项评估检查的通知"),
        name="fifth-jiangxi-2019-issuers-before-titles",
        source="http://jx.sina.com.cn/news/b/2019-04-19/detail-ihvhiewr7065426.shtml",
    ),
    case(
        "如有异议,请从即日起5个工作日内向江西省扶贫开发领导小组办公室反映。\n\n  联系电话:0791-86770711,邮"
        "箱:jxskhpgc@163.com",
        name="fifth-jiangxi-phone-mail",
        source="http://jx.sina.com.cn/news/b/2019-04-19/detail-ihvhiewr7065426.shtml",
    ),
    case(
        "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n\n索引号:11532323015172622Y-/2"
        "018-1220012 公文目录:"
        "应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:",
        name="fifth-yunnan-index-number-empty-label",
        source="http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/2018-1220012.htm",
    ),
    case(
        "牟政办发〔201746\n\n各乡镇人民政府,县级有关部门:",
        doc("牟政办发〔2017〕46号", text="牟政办发〔201746"),
        name="fifth-yunnan-lost-bracket-and-hao",
        note="the site's page lost 〕 and 号 (its dates lost 年月日 the same way): a code, 〔, a year and a"
        " serial "
        "that end the line are read",
        source="http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/2018-1220012.htm",
    ),
    case(
        "南兴府办函〔202058\n\n\n南宁市兴宁区人民政府办公室\n\n关于印发2020年兴宁区优化营商环境\n\n实施方案"
        "的通知",
        doc("南兴府办函〔2020〕58号", text="南兴府办函〔202058"),
        name="fifth-guangxi-lost-bracket-and-hao",
        source="http://nnxn.gov.cn/zwdt/ztzl/fgfzl/t4549538.html",
    ),
    case(
        "经兴宁区人民政府同意,现将2020年兴宁区优化营商环境实施方案》印发给你们,请结合实际,认真组织实施",
        name="fifth-guangxi-lone-closing-title-mark",
        source="http://nnxn.gov.cn/zwdt/ztzl/fgfzl/t4549538.html",
    ),
    case(
        "以习近平新时代中国特色社会主义思想为指导,按照提升治理体系和治理能力现代化的要求,贯彻落实《优化营商"
        "环境条例》,坚持问题导向,"
        "对标国内先进水平,围绕国家营商环境评价体系,进一步放宽市场准入,",
        only("优化营商环境条例"),
        name="fifth-guangxi-regulation-by-title",
        source="http://nnxn.gov.cn/zwdt/ztzl/fgfzl/t4549538.html",
    ),
    case(
        "盐政发〔2017〕40号\n盐池县人民政府工作规则\n第一章 总 则\n第一条 根据《中华人民共和国宪法》《中华"
        "人民共和国地方各级人民"
        "代表大会和地方各级人民政府组织法》《国务院工作规则》《宁夏回族自治区人民政府工作规则》和《吴忠市政"
        "府工作规则》,结合县人民"
        "政府工作实际,制定本规则。",
        doc("盐政发〔2017〕40号"),
        only("中华人民共和国宪法"),
        only("中华人民共和国地方各级人民代表大会和地方各级人民政府组织法"),
        only("国务院工作规则"),
        only("宁夏回族自治区人民政府工作规则"),
        only("吴忠市政府工作规则"),
        name="fifth-ningxia-county-rules",
        source="http://fsnymphe.com/html/ycxxxgkptcontent.jspurltypenews.NewsContentUrl&wbtreeid1224&wbnewsid20746.html",
    ),
    case(
        "关于印发《海口市人民政府工作规则》的通知\n2011-06-18 00:00:00 来源: 本站原创\n【字体:\n\n海府〔201"
        "1〕33号\n\n各区人民政府,"
        "市政府直属各单位:",
        only("海口市人民政府工作规则"),
        doc("海府〔2011〕33号"),
        name="fifth-hainan-2011-heading-far-above",
        source="https://www.haikou.gov.cn/hkszfgb/2011nd5q/201106/1d7db8663c6e4bf688146ada0a273ed2.shtml",
    ),
    case(
        "鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县"
        "(区)人民政府、法院,"
        "市政府各部门:\n《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61"
        "次常务会议审议通过,"
        "并经市委十三届第94次常委会会议审议通过,现印发给你们,请认真贯彻执行。",
        doc("鹤政发〔2025〕4号"),
        _only_any("鹤岗市人民政府鹤岗市中级人民法院关于完善“府院联动”机制的意见"),
        name="fifth-heilongjiang-joint-government-and-court",
        source="https://www.hgds.gov.cn/hegang/hzf/202505/74521.shtml",
    ),
    case(
        "《南宁市行政执法公示制度》、《南宁市行政执法投诉举报制度》、《南宁市行政执法过错责任追究制度》、《"
        "南宁市行政执法监督员制度》"
        "等四项行政执法制度已经市十三届人民政府第110次常务会议审议通过,现印发给你们,请结合实际,认真贯彻执行"
        "。",
        only("南宁市行政执法公示制度"),
        only("南宁市行政执法投诉举报制度"),
        only("南宁市行政执法过错责任追究制度"),
        only("南宁市行政执法监督员制度"),
        name="fifth-guangxi-2015-four-rules",
        source="http://www.nanning.gov.cn/zwgk/fdzdgknr/zcwj/nnzb/nnzb2015n/2015ndesyq/t172298.html",
    ),
    case(
        "哈尔滨市市容管理办法\n    (1988年12月16日哈尔滨市第九届人民代表大会常务委员会第八次会议通过1989年2"
        "月28日黑龙江省第七届"
        "人民代表大会常务委员会第八次会议批准)",
        name="fifth-heilongjiang-1988-approval-history",
        source="https://www.hljszw.org.cn/home/book/info/get_id/61480.html",
    ),
    case(
        "發(fā)文字號(hào)公法制2號(hào)\n施行日期1989年10月30日\n效力級(jí)別部門(mén)規(guī)章\n(公法制2"
        "號(hào) 1989年10月30日)",
        name="fifth-public-security-1989-no-year",
        unparsed=1,
        note="the page's label says 公法制2號 is the document's number; it has no year to key it by, so it "
        "is "
        "reported (once, where the label names it)",
        source="http://m.yestaryl.com/law/1/20890.html",
    ),
    case(
        "為認(rèn)真貫徹執(zhí)行《領(lǐng)導(dǎo)干部干預(yù)司法活動(dòng)、插手具體案件處理的記錄、通報("
        "bào)和責(zé)任追究規(guī)定》(中辦發(fā)﹝2015﹞23號(hào))和"
        "《司法機(jī)關(guān)內部人員過(guò)問(wèn)案件的記錄和責(zé)任追究規(guī)定》(中政委﹝2015﹞10號(h"
        "ào))(以下稱“兩個(gè)規(guī)定”),防止領(lǐng)導(dǎo)干部"
        "干預(yù)司法活動(dòng)",
        doc("中办发〔2015〕23号", title=ANY, issuer="中办发"),
        doc("中政委〔2015〕10号", title=ANY, issuer="中政委"),
        name="fifth-procuratorate-small-brackets-glosses",
        source="http://cehavas.com/law/law_view.asp?id=501770",
    ),
    case(
        "(二)江西省长江河道采砂管理实施办法(2003年8月8日江西省人民政府令第121号公布2010年11月29日江西省人民"
        "政府令第186号第一次"
        "修正2019年9月29日江西省人民政府令第241号第二次修正)",
        doc("江西省人民政府令第121号", text="江西省人民政府令第121号"),
        doc("江西省人民政府令第186号", text="江西省人民政府令第186号"),
        doc("江西省人民政府令第241号", text="江西省人民政府令第241号"),
        name="fifth-jiangxi-2025-glued-amendment-chain",
        note="an amendment history written without spaces: each date is glued to the next organ",
        source=_PKU,
    ),
    case(
        "江西省人民政府令\n(第273号)\n《江西省人民政府关于废止4件和修改7件省政府规章的决定》已经2025年10月2"
        "7日第104次省政府常务会议"
        "审议通过,现予公布,自公布之日起施行。",
        doc("江西省人民政府令第273号"),
        only("江西省人民政府关于废止4件和修改7件省政府规章的决定"),
        name="fifth-jiangxi-2025-decree-heading",
        source=_PKU,
    ),
    case(
        "(一)江西省实施《退役士兵安置条例》办法(2016年12月8日江西省人民政府令第225号公布2019年11月28日江西"
        "省人民政府令第242号修正)",
        only("退役士兵安置条例"),
        doc("江西省人民政府令第225号"),
        doc("江西省人民政府令第242号"),
        name="fifth-jiangxi-2025-inner-title-and-decrees",
        source=_PKU,
    ),
    case(
        "(三)江西省农业机械安全监督管理办法(1994年9月19日江西省人民政府令第34号公布1998年2月10日江西省人民"
        "政府令第64号第一次修正"
        "2002年1月17日江西省人民政府令第109号第二次修正2004年6月30日江西省人民政府令第134号第三次修正2012年"
        "1月11日江西省人民"
        "政府令第199号第四次修正2014年1月30日江西省人民政府令第210号第五次修正)",
        doc("江西省人民政府令第34号"),
        doc("江西省人民政府令第64号"),
        doc("江西省人民政府令第109号"),
        doc("江西省人民政府令第134号"),
        doc("江西省人民政府令第199号"),
        doc("江西省人民政府令第210号"),
        name="fifth-jiangxi-1994-six-decree-chain",
        source=_PKU,
    ),
    case(
        "(1993年4月27日国务院中央军委会令第113号发布)",
        doc("国务院中央军委会令第113号"),
        name="fifth-1993-joint-decree",
        note="a decree of the State Council and the Central Military Commission: both organs are its issuer",
        source="http://law313.infoeach.com/view-MzEzfDEwNDM1Ng==.html",
    ),
    case(
        "为加强中国人民解放军士官队伍建设,便于军队的指挥和管理,增强士官的责任心和荣誉感,决定增设士官军衔等"
        "级,对《中国人民解放军现役"
        "士兵服役条例》作如下修改和补充:\n一、第十五条第(一)项修改为:",
        only("中国人民解放军现役士兵服役条例"),
        name="fifth-1993-amended-articles-on-next-line",
        note="the articles amended are listed on the lines after the title: no locators of the citation",
        source="http://law313.infoeach.com/view-MzEzfDEwNDM1Ng==.html",
    ),
    case(
        "国核安发〔2023〕91号 |\n大亚湾核电运营管理有限责任公司: |\n你公司《关于大亚湾核电厂和岭澳核电厂维"
        "修大纲升版的请示》"
        "(广核运〔2022〕53号)收悉。",
        doc("国核安发〔2023〕91号"),
        doc("广核运〔2022〕53号", title="关于大亚湾核电厂和岭澳核电厂维修大纲升版的请示"),
        name="fifth-nuclear-2023-reply",
        source=_HF,
    ),
    case(
        "根据《中华人民共和国核安全法》《中华人民共和国民用核设施安全监督管理条例》的有关要求,我局对你公司"
        "提交的申请文件进行了技术审评,"
        "认为你公司提交的《大亚湾核电厂维修大纲》(第16版)、《岭澳核电厂1、2号机组维修大纲》(第16版)以及《岭"
        "澳核电厂3、4号机组"
        "维修大纲》(第15版)是可以接受的,现予批准。",
        only("中华人民共和国核安全法"),
        only("中华人民共和国民用核设施安全监督管理条例"),
        only("大亚湾核电厂维修大纲"),
        only("岭澳核电厂1、2号机组维修大纲"),
        only("岭澳核电厂3、4号机组维修大纲"),
        name="fifth-nuclear-2023-editions",
        note="（第16版） is an edition, no number; 2号机组 inside a title is a unit",
        source=_HF,
    ),
    case(
        "《浙商银行关于核准傅廷美任职资格的请示》(浙商银发〔2022〕454号)及相关补正材料收悉。",
        doc("浙商银发〔2022〕454号", title="浙商银行关于核准傅廷美任职资格的请示"),
        name="fifth-bank-request",
        source=_HF,
    ),
    case(
        "(商务部公告2023年第21号) |\n为保护人的健康和安全,保护环境,履行《关于持久性有机污染物的斯德哥尔摩公"
        "约》,依据《中华人民共和国"
        "对外贸易法》《中华人民共和国药品管理法》《中华人民共和国货物进出口管理条例》,现公布《禁止进口货物"
        "目录(第八批)》和《禁止出口"
        "货物目录(第七批)》。",
        doc("商务部公告〔2023〕21号", issuer="商务部"),
        only("关于持久性有机污染物的斯德哥尔摩公约"),
        only("中华人民共和国对外贸易法"),
        only("中华人民共和国药品管理法"),
        only("中华人民共和国货物进出口管理条例"),
        only("禁止进口货物目录(第八批)"),
        only("禁止出口货物目录(第七批)"),
        name="fifth-commerce-2023-announcement",
        source=_HF,
    ),
    case(
        "[2023]第107号 |\n为维护银行体系流动性合理充裕,2023年6月2日人民银行以利率招标方式开展了20亿元逆回购"
        "操作。",
        name="fifth-bare-bracketed-number",
        unparsed=("[2023]第107号",),
        source=_HF,
    ),
    case(
        "第一条 根据《中华人民共和国预算法》、《中共中央国务院关于全面实施预算绩效管理的意见》(中发〔2018〕"
        "34号)和《湖北省财政厅关于"
        "印发全面实施预算绩效管理系列制度的通知》(鄂财绩发〔2020〕3号)等规定,结合学校预算绩效管理工作实际,"
        "制定本办法。",
        only("中华人民共和国预算法"),
        doc("中发〔2018〕34号", title="中共中央国务院关于全面实施预算绩效管理的意见"),
        doc("鄂财绩发〔2020〕3号", title="全面实施预算绩效管理系列制度"),
        name="fifth-university-budget-rules",
        source="https://cwc.jcut.edu.cn/info/1015/1324.htm",
    ),
    case(
        "依据《突发事件分类分级标准》(GB/T23200-2009),明确突发事件的类型和级别,确保预案的科学性和实用性。依"
        "据《应急响应分级标准》"
        "(GB/T29639-2013),结合《国家自然灾害救助应急预案》《国家安全生产突发事件应急预案》等文件,制定本预案"
        "的响应机制。",
        only("突发事件分类分级标准"),
        only("应急响应分级标准"),
        only("国家自然灾害救助应急预案"),
        only("国家安全生产突发事件应急预案"),
        name="fifth-standards-in-brackets",
        source="https://www.renrendoc.com/paper/509032830.html",
    ),
    case(
        "省人民政府關于\n進一步優化營商環境的若干意見\n鄂政發〔2018〕26號\n各市、州、縣人民政府,省政府各部"
        "門:",
        doc("鄂政发〔2018〕26号", issuer="鄂政发"),
        name="fifth-hubei-2018-heading-above",
        source="http://chaincenturyfinance.com/tzgg/2421.html",
    ),
    case(
        "国档发1991第20号",
        doc("国档发〔1991〕20号", text="国档发1991第20号"),
        name="fifth-archives-1991-year-then-di",
        note="a search site's title: year and serial with 第 between, no bracket and no 年",
        source=_ZT5 + "1cbca50770dbe5ec56088f9a1c62948b1764f8b7416825e8.html",
    ),
    case(
        "甬价费2018第13号文件全文解读",
        doc("甬价费〔2018〕13号", text="甬价费2018第13号"),
        name="fifth-ningbo-year-then-di",
        source=_ZT5 + "85c15b46caad99f7f482b87d5a069309ef01f4a7c1344ffd113e51b17f3012eefd950e18595d248f.html",
    ),
    case(
        "法释2019第19号司法解释",
        doc("法释〔2019〕19号", text="法释2019第19号"),
        name="fifth-judicial-interpretation-year-then-di",
        source=_ZT5 + "1a9c0cbfa8de5cdaf95d57eccdbfdf8ed5f31c1f23bd0cadaacddd79cd460b04.html",
    ),
    case(
        "机教2012-4号 关于鼓励本科人才培养与成果奖励的通知(建议三稿)",
        doc("机教〔2012〕4号", text="机教2012-4号"),
        name="fifth-university-year-dash-serial",
        note="a school's own numbering: the year, a dash, the serial",
        source="https://sbc.seu.edu.cn/jdzh/2013/0121/c7496a69357/page.htm",
    ),
    case(
        "(国办发200966号文件)城镇企业职工 第3页",
        doc("国办发〔2009〕66号", text="国办发200966号"),
        name="fifth-glued-year-in-brackets",
        source="http://35331.cn/lhs_014h6lgbigk101e01c01c01l01i01igl3k1zfli015hcethjfltffepccijp_3.html",
    ),
    case(
        "财办202312号预算管理一体化规范全文",
        doc("财办〔2023〕12号", text="财办202312号"),
        name="fifth-glued-year-short-code",
        source=_ZT5 + "3ebb11f2ec91e3045964c5451a400dbeda2b34ef48317a8d"
        "c8a041cae59c9dcedc2b10c3faf34683688eb436b23a2be1.html",
    ),
    case(
        "京人发1997年54号文件 全文",
        doc("京人发〔1997〕54号", text="京人发1997年54号"),
        name="fifth-beijing-1997-bracketless",
        source=_ZT5 + "a943fa8039f38cc8cb11acfbf2cb0abe4e62b9b6886b06d39cf2938cdd00b9f32cefffa40a6082e0.html",
    ),
    case(
        "通发改价费字(2021)305号文件解读",
        doc("通发改价费字〔2021〕305号", text="通发改价费字(2021)305号"),
        name="fifth-nantong-zi-code",
        source=_ZT5 + "5f99c178cdf32871a102bb3d1e121d1b7c505f5f215f49d9"
        "841320fefa240502121fc47c03673eebeb0b273523e9bb90.html",
    ),
    case(
        "黔府发〔2018〕第7号",
        doc("黔府发〔2018〕7号", text="黔府发〔2018〕第7号"),
        name="fifth-guizhou-2018-di",
        source="https://pvmeng.com/tag/%e9%bb%94%e5%ba%9c%e5%8f%91%e3%80%942018%e3%80%95%e7%ac%ac7%e5%8f%b7",
    ),
    case(
        "江政发2015江苏省总承包服务费计取办法",
        name="fifth-year-with-no-serial",
        note="a code and a year with no serial and no 号: nothing to key, and nothing shaped like a number",
        source=_ZT5 + "c567e447b1e474562b4b3debe1780d15f884a7cd0245ee52333d73a8"
        "ac78a2d74ddaf823978df7600dc3a39ba65ec667d66885d28dd82f94.html",
    ),
]

# The fifth round's sentences main does not read yet, with why: strict xfails in
# tests/test_citations_fifth.py until a fix reads them; the rest are cases like any other.
FIFTH_LEFT: Final[dict[str, str]] = {
    "fifth-jiangxi-empty-year": "a bracket left empty (`赣农厅办函〔〕44号`) is not reported: finding it "
    "costs an alternative at every bracket of every cell (`（4分）`), 4% of the number scan on cells",
    "fifth-university-year-dash-serial": "a school's own code (`机教`) ends like no code the reader "
    "knows, and a year joined to its serial by a dash (`2012-4号`) is no shape it reads; left: this "
    "sentence alone writes it so, and a code the gazetteer cannot know would still stop it",
}


# The rules the fifth round's misses led to (issue 13), each beside cases of its own that no
# held-out sentence is, positive and negative: pinyin glosses inside a title, „‟ around a year,
# a year's bracket left open at a line's end, a year and 第 with no 年 between,
# articles after a colon, a yearless number after its label.
FIFTH_FIXES = [
    case(
        "根据《福建省安全生產(chǎn)條例》第二十条",
        Doc("《福建省安全生产条例》", ANY, (loc(None, "20", "条"),), None, None, None),
        name="gloss-inside-a-title",
    ),
    case(
        "《Python(py)入门》和《某某办法(试行)》、《辅助(hidden)》《自治(zhi)区》",
        only("Python(py)入门"),
        only("某某办法(试行)"),
        only("辅助(hidden)"),
        only("自治(zhi)区"),
        name="latin-in-brackets-is-no-gloss-after-latin",
        note="a gloss follows a Chinese character and has a tone mark; Chinese in brackets is none either",
    ),
    case(
        "闽政„2021‟5号、“2021”年度",
        doc("闽政〔2021〕5号", text="闽政„2021‟5号"),
        name="low-and-high-quotes-around-a-year",
        note="„‟ are a year's brackets, as a PDF's copy of 〔〕; “” are quotes",
    ),
    case(
        "他在„2021‟年说",
        name="low-quotes-around-a-year-without-serial",
        note="not reported: elsewhere „ opens a quotation",
    ),
    case(
        "闽政办〔202112\n各设区市人民政府：泉委发〔20215",
        doc("闽政办〔2021〕12号", text="闽政办〔202112"),
        doc("泉委发〔2021〕5号", text="泉委发〔20215"),
        name="open-bracket-at-line-end",
    ),
    case(
        "电话（20211234\n泉委发〔201\n泉委发〔1234567\n泉委发〔20215 各单位\n泉委发〔202112345\n",
        name="open-bracket-not-a-number",
        note="no code before it, a short or impossible year, text after it on the line, nine digits",
    ),
    case(
        "京人发2012第5号、国档发1991第20号文件",
        doc("京人发〔2012〕5号", text="京人发2012第5号"),
        doc("国档发〔1991〕20号", text="国档发1991第20号"),
        name="year-then-di-without-nian",
    ),
    case(
        "全市2021第5号，会议2021第3号，2021第5号台风，京人发12012第5号",
        name="year-then-di-in-prose",
        note="no code before the year (or five digits): prose, not reported",
    ),
    case(
        "《中华人民共和国民法典》：第五百七十七条，第五百七十九条；《中华人民共和国民事诉讼法》:第六十七条第一款",
        Doc(
            "《中华人民共和国民法典》",
            "中华人民共和国民法典",
            (loc(None, "577", "条"), loc(None, "579", "条")),
            None,
            None,
            None,
        ),
        Doc(
            "《中华人民共和国民事诉讼法》",
            "中华人民共和国民事诉讼法",
            (loc(None, "67.1", "款"),),
            None,
            None,
            None,
        ),
        name="articles-after-a-colon",
    ),
    case(
        "《中华人民共和国民法典》：本法所称的，《某条例》：第一，《某办法》：第三条规定，第二天施行",
        only("中华人民共和国民法典"),
        only("某条例"),
        Doc("《某办法》", "某办法", (loc(None, "3", "条"),), None, None, None),
        name="no-articles-after-a-colon",
        note="after the colon only a locator, after a comma only a locator right after the last",
    ),
    case(
        "发文字号：闽政5号；文號閩教12號",
        name="yearless-number-after-its-label",
        unparsed=("闽政5号", "閩教12號"),
    ),
    case(
        "文号：国务院令第699号；正文字号：3号仿宋；文号：泉委发〔2021〕5号；字号：仿宋；标题字号：宋体2号",
        doc("国务院令第699号"),
        doc(WF5),
        name="label-before-no-yearless-number",
        note="a decree has no year; a font's size is no number (字号 alone labels no number); a number with "
        "its year is read",
    ),
]

CASES: Final[list[Case]] = [
    *_tag("spec", SPEC),
    *_tag("seed", SEED),
    *_tag("bracket", BRACKETS),
    *_tag("digits", DIGITS),
    *_tag("boundary", BOUNDARY),
    *_tag("trap", TRAPS),
    *_tag("locator", LOCATORS),
    *_tag("title", TITLES),
    *_tag("title-only", TITLE_ONLY),
    *_tag("alnum", ALNUM),
    *_tag("negative", NEGATIVE),
    *_tag("unparsed", UNPARSED),
    *_tag("real", REAL),
    *_tag("review", REVIEW),
    *_tag("decree", DECREES),
    *_tag("bracket-13", BRACKETS_13),
    *_tag("alias", ALIASES),
    *_tag("title-after", TITLE_AFTER),
    *_tag("addressee", ADDRESSEES),
    *_tag("article", ARTICLES),
    *_tag("negative-13", NEGATIVE_13),
    *_tag("real", REAL_NOTICES),
    *_tag("list", SERIAL_LISTS),
    *_tag("notice", NOTICES),
    *_tag("gap", GAPS),
    *_tag("real", REAL_THIRD),
    *_tag("real-code", REAL_CODE_THIRD),
    *_tag("real", [c for c in REAL_FOURTH if c.name not in FOURTH_LEFT]),
    *_tag("fix-4", FOURTH_FIXES),
    *_tag("gap-15", GAPS_15),
    *_tag("real", [c for c in REAL_FIFTH if c.name not in FIFTH_LEFT]),
    *_tag("fix-5", FIFTH_FIXES),
]

# ---------------------------------------------------------------------------- canonical_key
# Written variants of a number (or a title) and the one key each reduces to.

KEY_VARIANTS: Final[list[tuple[str, str]]] = [
    ("泉委发〔2021〕5号", WF5),
    ("泉委发[2021]第05号", WF5),
    ("泉委发（２０２１）5 号", WF5),
    ("泉委发(2021)5号", WF5),
    ("泉委发【2021】5号", WF5),
    ("泉委发［2021］5号", WF5),
    ("泉委发〖2021〗5号", WF5),
    ("泉委发〔２０２１〕５号", WF5),
    ("泉委发〔2021〕第5号", WF5),
    ("泉委发〔2021〕005号", WF5),
    ("泉委发〔2021〕第 05 号", WF5),
    ("泉委发【２０２１】第０５号", WF5),
    ("泉委發〔2021〕5號", WF5),
    ("国办发〔2020〕 12 号", "国办发〔2020〕12号"),
    ("国办发〔 2020 〕12号", "国办发〔2020〕12号"),
    ("國辦發〔2020〕12號", "国办发〔2020〕12号"),
    ("國發〔2019〕7號", "国发〔2019〕7号"),
    ("閩政辦〔2021〕12號", "闽政办〔2021〕12号"),
    ("粵府〔2022〕13號", "粤府〔2022〕13号"),
    ("穗府〔2011〕15號", "穗府〔2011〕15号"),
    ("懷政辦發〔2023〕9號", "怀政办发〔2023〕9号"),
    ("閩安委辦〔2021〕75號", "闽安委办〔2021〕75号"),
    ("財科教【2017】6號", "财科教〔2017〕6号"),
    ("泉府督〔2020〕第DC-009号", DC9),
    ("泉府督〔2020〕DC-009号", DC9),
    ("泉府督〔2020〕第dc-009号", DC9),
    ("泉府督〔2020〕第Ｄｃ－００９号", DC9),
    ("泉府督〔2020〕第DC—009号", DC9),
    ("泉府督（2020）第DC-009号", DC9),
    ("泉委办〔2021〕2号", WB2),
    ("泉委办〔2021〕20号", WB20),
    ("泉委办〔２０２１〕２０号", WB20),
    ("泉委办〔2021〕25号", WB25),
    ("泉政办明传〔2021〕6号", MC6),
    ("泉政辦明傳〔2021〕6號", MC6),
    ("泉政办〔2021〕6号", ZB6),
    ("泉委办发〔2021〕1号", WBF1),
    ("閩應急廳辦〔2021〕8號", MYJ8),
    ("泉委发〔2021〕5号文", WF5),
    ("泉委发〔2021〕5号文件", WF5),
    ("（属泉委发〔2021〕5号", WF5),
    ("根据国发〔2019〕7号", "国发〔2019〕7号"),
    ("《信访条例》", "《信访条例》"),
    ("《2021年省〈政府工作报告〉重点任务分工方案》", "《2021年省〈政府工作报告〉重点任务分工方案》"),
]

# Texts that name no document: canonical_key returns None.
NO_KEY: Final[list[str]] = [
    "no number here",
    "",
    "台风",
    "2021年第3号台风",
    "地铁5号线第14页",
    "〔2021〕",
    "GB/T 9704-2012",
    "15159800001",
    "第20个全国安全生产月",
    "（4分）",
]
