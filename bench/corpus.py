"""Deterministic inputs for the citation and parsing benchmarks.

`citation_cells` builds a list of cell texts shaped like the cells of real 绩效目标考评表: the
seed form's own cells, plus generated forms whose 文件依据 cells list documents with titles,
whose 一级指标 cells end in a `（属…）` chain of numbers and locators, and whose 二级指标 cells
are long prose holding the look-alikes a parser must pass over (台风, 地铁5号线, phone numbers,
dates, 第20个全国安全生产月 …). Numbers are written every way forms write them: issuers in
simplified and traditional script, nine bracket styles, full-width digits, 第 and zero
padding, letter serials, spaces; a few are malformed on purpose.

`write_forms` writes the same generated forms as `.xlsx` workbooks (through the fixture
builder's own writer, so every Excel quirk of the seed workbook is there) and as
tab-separated text in the seed's shape.

Everything is seeded: the same arguments give the same cells and the same files.
"""

from __future__ import annotations

import importlib.util
import inspect
import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "fixtures" / "seed_2021_quanzhou_yingji.txt"
BUILDER = ROOT / "fixtures" / "build_fixtures.py"

# --------------------------------------------------------------------------- vocabulary

# (simplified, traditional or None). Local codes of 泉州 and 福建 dominate, as in the seed;
# national ones follow; a few the gazetteer does not know keep the undecoded path warm.
ISSUERS: tuple[tuple[str, str | None], ...] = (
    ("泉委发", "泉委發"),
    ("泉委办", "泉委辦"),
    ("泉委办发", None),
    ("泉政办", "泉政辦"),
    ("泉政办明传", "泉政辦明傳"),
    ("泉政文", None),
    ("泉政", None),
    ("泉府督", None),
    ("泉环委办", "泉環委辦"),
    ("泉安委", None),
    ("泉应急", "泉應急"),
    ("闽政", "閩政"),
    ("闽政办", "閩政辦"),
    ("闽委办", None),
    ("闽应急厅办", "閩應急廳辦"),
    ("闽安委", None),
    ("闽财预", None),
    ("应急厅", None),
    ("应急", None),
    ("安委办", None),
    ("财科教", None),
    ("财预", None),
    ("国发", "國發"),
    ("国办发", "國辦發"),
    ("国办函", "國辦函"),
    ("中发", None),
    ("中办发", "中辦發"),
    ("粤府", "粵府"),
    ("厦府", None),
    ("厦委办", None),
    ("漳政办", None),
    ("莆政综", None),
)

# Bracket pairs around the year, weighted by how often forms use them.
BRACKETS: tuple[tuple[str, str, int], ...] = (
    ("〔", "〕", 45),
    ("（", "）", 20),
    ("[", "]", 10),
    ("【", "】", 8),
    ("(", ")", 7),
    ("［", "］", 4),
    ("〖", "〗", 2),
    ("﹝", "﹞", 2),
    ("〘", "〙", 2),
)

TITLES: tuple[str, ...] = (
    "学习宣传贯彻落实习近平总书记在福建考察时的重要讲话精神的工作方案",
    "泉州市“强基促稳”三年行动2021年实施方案",
    "城乡建设品质提升实施方案",
    "2021年省政府工作涉及泉州市主要任务责任分工分解表",
    "2021年市《政府工作报告》目标任务责任分解表",
    "国务院政府工作报告涉及我市主要任务责任分工",
    "全国安全生产专项整治三年行动计划",
    "危险化学品企业重大危险源安全包保责任制办法（试行）",
    "职业技能提升行动实施方案（2019—2021年）",
    "天然林保护修复行动方案",
    "2021年泉州市督查检查考核计划",
    "关于进一步加强森林防灭火工作的意见",
    "福建省自然灾害综合风险普查实施方案",
    "泉州市安全生产委员会成员单位安全生产工作职责",
    "中国快递示范城市实施方案",
    "2021年全市应急管理工作要点",
    "泉州市防汛防台风应急预案",
    "关于全面加强危险化学品安全生产工作的意见",
    "地方党政领导干部安全生产责任制规定",
    "泉州市“十四五”应急体系建设专项规划",
    "2021年市委市政府为民办实事项目责任分解",
    "生态环境保护",
    "安全生产“十四五”规划",
)
# Parts of the many local documents a city issues every year: most titles in a form are
# these one-off plans, not the few famous ones above, so written forms repeat only so often.
TITLE_PLACES: tuple[str, ...] = (
    "",
    "泉州市",
    "福建省",
    "全市",
    "全省",
    "鲤城区",
    "晋江市",
    "南安市",
    "石狮市",
)
TITLE_TOPICS: tuple[str, ...] = (
    "安全生产",
    "应急管理",
    "防汛防台风",
    "森林防灭火",
    "危险化学品安全",
    "自然灾害防治",
    "消防安全",
    "地质灾害防治",
    "安全生产执法",
    "应急救援队伍建设",
    "防灾减灾救灾",
    "城镇燃气安全",
    "道路交通安全",
    "工贸行业安全",
)
TITLE_KINDS: tuple[str, ...] = (
    "工作要点",
    "实施方案",
    "专项整治方案",
    "考核办法",
    "责任分工方案",
    "三年行动计划",
    "工作意见",
    "应急预案",
    "专项规划",
    "管理办法（试行）",
)
LAWS: tuple[str, ...] = (
    "信访条例",
    "安全生产法",
    "突发事件应对法",
    "中华人民共和国消防法",
    "生产安全事故应急条例",
    "福建省安全生产条例",
    "中华人民共和国预算法",
    "政府信息公开条例",
)
# Documents a 文件依据 cell names without number or 《》.
BARE_NAMES: tuple[str, ...] = ("三定方案", "部门职责", "年度工作计划", "市委常委会议定事项")

CLAUSES: tuple[str, ...] = (
    "持续深入开展安全生产专项整治三年行动",
    "遏制重特大安全生产事故",
    "督促12个专项整治组牵头单位深入开展安全生产专项整治工作",
    "抓好危险化学品领域安全整治行动",
    "深入开展企业安全风险隐患排查治理",
    "扎实做好非煤矿山安全专项整治",
    "落实尾矿库包保责任",
    "建立健全尾矿库在线监测系统",
    "完善安全监管体系建设",
    "推进安全生产问题“网格化”监管",
    "做好安全事故数据分析",
    "提升应急管理能力和应急处置能力",
    "深化风险辨析分级管控和隐患排查治理双重预防机制建设",
    "巩固重大安全生产问题领导挂钩整治",
    "强化工贸电力行业粉尘涉爆、有限空间作业安全整治",
    "开展自然灾害综合风险普查",
    "健全防汛防风工作机制",
    "加强洪涝灾害防御",
    "做好森林防灭火工作",
    "加强综合减灾示范社区创建和避灾点考核",
    "健全应急值班制度",
    "提高应急管理和抢险救援能力",
    "开展职业技能培训和全市安全知识普及竞赛活动",
    "完善目标责任制考核工作",
    "指导泉港石化园区开展试点建设工作",
    "组织开展执法案卷评查",
    "提升执法规范化水平",
    "加强应急物资储备和调运保障",
    "推进应急广播体系建设",
    "规范行政处罚自由裁量权",
)
# Text that looks a little like a citation and must not become one.
LOOKALIKES: tuple[str, ...] = (
    "做好2021年第3号台风“烟花”防御工作",
    "配合地铁5号线第14页施工图审查",
    "按GB/T 9704-2012格式规范公文",
    "联系电话15159800001",
    "于2021.08.10前报送",
    "2021年8月10日前完成",
    "组织第20个全国安全生产月活动",
    "开展5.12全国防灾减灾日宣传",
    "完成（2021年）年度总结",
    "落实2021年中央1号文件部署",
    "执行国务院令第708号",
    "改造3号楼2单元避难场所",
    "全年开展不少于12次演练",
    "完成率达到100%",
    "覆盖全市158个乡镇（街道）",
)
DEPARTMENTS: tuple[str, ...] = (
    "协调科",
    "基础科",
    "危化科",
    "矿山科",
    "减灾科",
    "火灾科",
    "防火科",
    "救援科",
    "办公室",
    "机关党委",
    "审批科",
    "法规科",
)
PEOPLE: tuple[str, ...] = (
    "王夏阳",
    "张树武",
    "刘海明",
    "李隽",
    "何国强",
    "谢文辉",
    "李志福",
    "陈庆超",
    "吴建华",
    "黄教宗",
    "万小翠",
    "张彝",
    "黄栩恒",
    "陈竟云",
    "柯雅明",
    "王佳鸿",
    "林永源",
)
DEADLINES: tuple[str, ...] = ("12月", "12月", "12月", "11月", "10月", "9月", "6月", "年底", "全年")
UNITS: tuple[str, ...] = (
    "泉州市应急管理局",
    "泉州市消防救援支队",
    "泉州市地震局",
    "泉州市气象局",
    "泉州市林业局",
    "泉州市水利局",
)

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CN_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")

# --------------------------------------------------------------------------- pieces


def seed_cells() -> list[str]:
    """Return every non-empty cell of the seed form, in reading order."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    return [cell for line in text.split("\n") for cell in line.split("\t") if cell.strip()]


def _pick_bracket(rng: random.Random) -> tuple[str, str]:
    opening, closing, _ = rng.choices(BRACKETS, weights=[w for _, _, w in BRACKETS])[0]
    return opening, closing


def title(rng: random.Random) -> str:
    """Return a document title: a famous shared one, or one of the many yearly local plans."""
    if rng.random() < 0.4:
        return rng.choice(TITLES)
    year = f"{rng.randint(2015, 2023)}年" if rng.random() < 0.5 else ""
    return year + rng.choice(TITLE_PLACES) + rng.choice(TITLE_TOPICS) + rng.choice(TITLE_KINDS)


def number(rng: random.Random) -> str:
    """Return one 发文字号 written the way forms write them (a few malformed on purpose)."""
    simplified, traditional = rng.choice(ISSUERS)
    trad = traditional is not None and rng.random() < 0.08
    issuer = traditional if trad and traditional is not None else simplified
    opening, closing = _pick_bracket(rng)
    year = str(rng.randint(2015, 2023))
    roll = rng.random()
    if roll < 0.01:
        year = year[2:]  # 泉委发〔21〕5号: reported as unparsed
    elif roll < 0.06:
        year = year.translate(_FULL_WIDTH)
    if rng.random() < 0.03:
        serial = f"DC-{rng.randint(1, 99):03d}"
    else:
        serial = str(rng.randint(1, 180))
        if rng.random() < 0.1:
            serial = serial.zfill(rng.choice((2, 3)))
        if rng.random() < 0.04:
            serial = serial.translate(_FULL_WIDTH)
        if rng.random() < 0.03:
            serial = f" {serial} "
    di = "第" if rng.random() < 0.15 else ""
    hao = "號" if trad else "号"
    if rng.random() < 0.005:
        serial, di = "", ""  # 泉委发〔2021〕号: no serial
    if rng.random() < 0.005:
        issuer = ""  # 〔2021〕5号: no issuer
    return f"{issuer}{opening}{year}{closing}{di}{serial}{hao}"


def locator(rng: random.Random) -> str:
    """Return a page and/or item locator: 第14页, 第14-15页第11项, 第（四）1项, 第二十七项, 第3条."""
    page = ""
    if rng.random() < 0.85:
        p1 = rng.randint(1, 40)
        if rng.random() < 0.2:
            dash = rng.choice(("-", "—", "～", "至", "－"))
            page = f"第{p1}{dash}{p1 + rng.randint(1, 3)}页"
        else:
            page = f"第{p1}页"
    roll = rng.random()
    if roll < 0.6 or not page:
        item = f"第{rng.randint(1, 130)}项"
    elif roll < 0.7:
        item = f"第（{rng.choice(_CN_NUMERALS)}）{rng.randint(1, 9)}项"
    elif roll < 0.78:
        item = f"第{rng.choice(('二十七', '十一', '三', '一百二十一', '五'))}项"
    elif roll < 0.83:
        item = f"第{rng.randint(1, 40)}{rng.choice('条款点')}"
    else:
        item = ""
    return page + item


def cited_number(rng: random.Random) -> str:
    """Return a number followed by a chain of 0-3 locators."""
    chain = [locator(rng) for _ in range(rng.choices((0, 1, 2, 3), weights=(15, 70, 12, 3))[0])]
    joined = "".join(chain) if rng.random() < 0.5 else "、".join(chain)
    return number(rng) + joined


def prose(rng: random.Random, sentences: int) -> str:
    """Return `sentences` sentences of indicator prose with occasional look-alikes."""
    out = []
    for _ in range(sentences):
        clauses = rng.sample(CLAUSES, rng.randint(2, 4))
        if rng.random() < 0.3:
            clauses.insert(rng.randrange(len(clauses) + 1), rng.choice(LOOKALIKES))
        out.append("，".join(clauses) + "。")
    return "".join(out)


def basis_cell(rng: random.Random) -> str:
    """Return a 文件依据 cell: 1-5 documents, each with its title, separated by ，；or line breaks."""
    docs = []
    for _ in range(rng.choices((1, 2, 3, 4, 5), weights=(30, 25, 20, 15, 10))[0]):
        name = title(rng)
        num = number(rng)
        if rng.random() < 0.1:
            num += locator(rng)
        opening, closing = rng.choice((("（", "）"), ("（", "）"), ("(", ")"), ("（", "")))
        roll = rng.random()
        if roll < 0.35:
            docs.append(f"《{name}》的通知{opening}{num}{closing}")
        elif roll < 0.6:
            docs.append(f"{name}的通知{opening}{num}{closing}")
        elif roll < 0.7:
            docs.append(f"省应急厅关于印发{name}的通知{opening}{num}{closing}")
        elif roll < 0.85:
            docs.append(f"{name}{opening}{num}{closing}")
        elif roll < 0.93:
            docs.append(f"《{rng.choice(LAWS)}》")
        else:
            docs.append(rng.choice(BARE_NAMES))
    separator = rng.choices(("，", "\n", "；", ","), weights=(70, 15, 10, 5))[0]
    return separator.join(docs)


def target_cell(rng: random.Random, points: float | None = None) -> str:
    """Return a 一级指标 cell: prose, usually a `（属…）` chain of cited numbers, then `（N分）`."""
    text = prose(rng, rng.randint(1, 2))
    if rng.random() < 0.75:
        cited = "、".join(
            cited_number(rng) for _ in range(rng.choices((1, 2, 3, 4, 5), (30, 25, 20, 15, 10))[0])
        )
        text += f"{rng.choice(('（属', '（属', '（依据', ' （属'))}{cited}）"
    if points is None:
        points = rng.choice((2, 3, 4, 4, 5, 1.5))
    return f"{text}（{points:g}分）"


def indicator_cell(rng: random.Random) -> str:
    """Return a 二级指标 cell: long prose, sometimes citing a number or a law in passing."""
    text = prose(rng, rng.randint(1, 4))
    roll = rng.random()
    if roll < 0.1:
        text += f"根据{number(rng)}要求，{prose(rng, 1)}"
    elif roll < 0.2:
        text = f"依照《{rng.choice(LAWS)}》等有关规定，{text}"
    return text


def _form_cells(rng: random.Random) -> list[str]:
    """Return the non-empty cells of one generated form, in reading order."""
    cells = [f"参评单位（盖章）：{rng.choice(UNITS)}", f"2021年8月{rng.randint(1, 28)}日"]
    for target in range(1, rng.randint(12, 22)):
        cells += [basis_cell(rng), target_cell(rng)]
        for indicator in range(1, rng.randint(2, 3)):
            cells += [
                f"1-{target}-{indicator}",
                indicator_cell(rng),
                rng.choice(("1", "1.5", "2", "3")),
                rng.choice(DEADLINES),
                rng.choice(PEOPLE),
                rng.choice(DEPARTMENTS),
                rng.choice(PEOPLE),
            ]
    return cells


def citation_cells(target_bytes: int = 20_000_000, seed: int = 2021) -> list[str]:
    """Return at least `target_bytes` of UTF-8 cell text: generated forms, the seed every tenth."""
    rng = random.Random(seed)
    real = seed_cells()
    cells: list[str] = []
    size = 0
    forms = 0
    while size < target_bytes:
        block = real if forms % 10 == 0 else _form_cells(rng)
        cells += block
        size += sum(len(c.encode("utf-8")) for c in block)
        forms += 1
    return cells


# --------------------------------------------------------------------------- fair repeats


def clear_yiju_caches() -> int:
    """Empty every `functools` memo in the loaded `yiju` modules; return how many were cleared.

    Benchmarks repeat a pass over the same inputs and keep the best time; without this a memo
    sized for the whole input would serve the second pass from the first one's work. One-time
    loaders (a cached function of no arguments, such as the gazetteer's table) stay loaded,
    as they are in any real process after its first file.
    """
    memos = {
        id(value): value
        for name, module in list(sys.modules.items())
        if name == "yiju" or name.startswith("yiju.")
        for value in list(vars(module).values())
        if callable(getattr(value, "cache_clear", None))
        and str(getattr(value, "__module__", "")).startswith("yiju")
        and inspect.signature(value).parameters
    }
    for memo in memos.values():
        memo.cache_clear()
    return len(memos)


# --------------------------------------------------------------------------- forms on disk


def load_builder() -> ModuleType:
    """Import `fixtures/build_fixtures.py` under a private name, for its writer and `Row`."""
    name = "_yiju_bench_build_fixtures"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BUILDER)
    if spec is None or spec.loader is None:
        raise ImportError(BUILDER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _weights(count: int, total: float = 70) -> list[float]:
    """Split `total` into `count` weights in steps of 0.5 that add up exactly."""
    halves = int(total * 2)
    base, extra = divmod(halves, count)
    return [(base + (1 if i < extra else 0)) / 2 for i in range(count)]


def form_rows(fx: ModuleType, rng: random.Random) -> tuple[object, ...]:
    """Return a varied form as the builder's `Row`s: 重点/常规/动态 targets, then the fixed 行政能力."""
    groups = (("1", fx._KEY, 4, 9), ("2", fx._ROUTINE, 2, 4), ("3", fx._DYNAMIC, 1, 2))
    plan = [  # (group, target id, number of indicators)
        (group, f"{prefix}-{t}", rng.choices((1, 2, 3), weights=(35, 45, 20))[0])
        for prefix, group, low, high in groups
        for t in range(1, rng.randint(low, high) + 1)
    ]
    weights = iter(_weights(sum(n for _, _, n in plan)))
    rows = []
    for group, key, count in plan:
        shares = [next(weights) for _ in range(count)]
        basis, target = basis_cell(rng), target_cell(rng, points=sum(shares))
        for i, weight in enumerate(shares, start=1):
            indicator = indicator_cell(rng)
            if rng.random() < 0.1:
                indicator = indicator.replace("。", "；", 1)
            rows.append(
                fx.Row(
                    fx._FUNC,
                    group,
                    f"{key}-{i}",
                    basis,
                    target,
                    indicator,
                    weight,
                    rng.choice(DEADLINES),
                    rng.choice(PEOPLE),
                    rng.choice(DEPARTMENTS),
                    rng.choice(PEOPLE),
                )
            )
    admin = [row for row in fx.ROWS if row.category == fx._ADMIN]
    return (*rows, *admin)


def text_lines(fx: ModuleType, rows: tuple[object, ...], unit: str, date: str) -> list[tuple[str, ...]]:
    """Return the form as the seed's tab-separated text shows it (the fixture builder's layout)."""
    lines: list[tuple[str, ...]] = fx.text_lines(rows, unit, date)
    return lines


def write_form(directory: Path, index: int, seed: int = 2021) -> tuple[Path, Path]:
    """Write form number `index` as `form_NNN.xlsx` and `form_NNN.txt`; return both paths.

    The workbook comes from the fixture builder's `write_xlsx`, pointed at this form's rows:
    two-row merged header, merged 项目/文件依据/一级指标 cells, a hidden withdrawn row and a
    hidden helper column, text-stored weights, a date deadline, a padded name, cached
    formula values and `#REF!` errors, shared strings.
    """
    fx = load_builder()
    rng = random.Random(f"{seed}-{index}")
    rows = form_rows(fx, rng)
    func = [row for row in rows if row.category == fx._FUNC]
    key_rows = [row for row in func if row.group == fx._KEY]
    last_key = int(key_rows[-1].target_key.split("-")[1])
    unit = f"参评单位（盖章）：{rng.choice(UNITS)}"
    date = f"2021年8月{rng.randint(1, 28)}日"
    xlsx = directory / f"form_{index:03d}.xlsx"
    txt = directory / f"form_{index:03d}.txt"
    settings: dict[str, object] = {
        "ROWS": rows,
        "OUT_XLSX": xlsx,
        "UNIT": unit,
        "DATE": date,
        "WITHDRAWN_AFTER": key_rows[-1].seq,
        "WITHDRAWN": fx.Row(
            fx._FUNC,
            fx._KEY,
            f"1-{last_key + 1}",
            "",
            "（已撤回）推进应急广播体系建设（2分）",
            "",
            2,
            "12月",
            "谢招南",
            "减灾科",
            "王伟雄",
        ),
        "TEXT_WEIGHTS": frozenset(row.seq for row in rng.sample(func, 3)) | {"5-3"},
        "DATE_DEADLINE": rng.choice(func).seq,
        "PADDED_LEADER": rng.choice(func).seq,
        "MULTILINE_BASIS": rng.choice(func).target_key,
        "BROKEN_INDICATOR": rng.choice(func).seq,
    }
    for name, value in settings.items():
        setattr(fx, name, value)
    fx.write_xlsx()
    lines = text_lines(fx, rows, unit, date)
    # A line break inside a cell reaches text exports as Word's vertical tab (the reader maps it back).
    text = "\n".join("\t".join(cell.replace("\n", "\v") for cell in cells) for cells in lines)
    txt.write_bytes(text.encode("utf-8"))
    return xlsx, txt


def write_forms(directory: Path, count: int, seed: int = 2021, mapper: Callable[..., object] = map) -> None:
    """Write `count` forms into `directory` (see `write_form`); `mapper` may be a pool's `map`."""
    list(mapper(_write_one, [(directory, i, seed) for i in range(count)]))


def _write_one(args: tuple[Path, int, int]) -> tuple[Path, Path]:
    return write_form(*args)
