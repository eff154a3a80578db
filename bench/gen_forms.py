"""Generate realistic performance-target forms (`Form` objects) for benchmarks.

Each form belongs to one unit (a municipal or county bureau of Quanzhou) and one year, and
looks like the seed: about fifteen 重点工作目标 (1-x) citing municipal, provincial and
national documents with page/item locators, a few 常规工作目标 (2-x) resting on the 三定方案,
one or two 动态目标 (3-x), and the sixteen fixed 行政能力目标 (4-1 … 8-4); each 重点 target
has two to four indicators owned by the unit's departments, people and leaders, a few of
them shared. Documents are drawn from one pool with a skewed popularity, so a handful of
them (like 泉委办〔2021〕20号 in the seed) are cited by most units, as in real forms.

The forms are clean (no shifted columns, no variant titles): the benchmark measures the
graph and its queries, not the parser.

    python bench/gen_forms.py 5          # print a summary of 5 generated forms
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from functools import cache

from yiju.citations import numbered_key
from yiju.gazetteer import decode
from yiju.models import (
    Assignment,
    BasisDoc,
    Citation,
    Form,
    Indicator,
    IssuerInfo,
    Locator,
    SourceLocation,
    Target,
)

__all__ = ["Document", "document_pool", "generate"]

COUNTIES = (
    "泉州市",
    "鲤城区",
    "丰泽区",
    "洛江区",
    "泉港区",
    "石狮市",
    "晋江市",
    "南安市",
    "惠安县",
    "安溪县",
    "永春县",
    "德化县",
)
ORGANS = (
    "应急管理局",
    "财政局",
    "教育局",
    "公安局",
    "民政局",
    "司法局",
    "人力资源和社会保障局",
    "自然资源局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化广电和旅游局",
    "卫生健康委员会",
    "退役军人事务局",
    "审计局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "城市管理局",
    "林业局",
    "发展和改革委员会",
    "工业和信息化局",
    "科学技术局",
    "信访局",
    "数据管理局",
)
YEARS = (2020, 2021, 2022, 2023)

# (issuer code, weight in the pool): party and government offices of the city dominate.
ISSUERS = (
    ("泉委发", 6),
    ("泉委办", 10),
    ("泉委办发", 4),
    ("泉政", 4),
    ("泉政办", 10),
    ("泉政办明传", 4),
    ("泉府督", 3),
    ("泉政文", 3),
    ("泉环委办", 2),
    ("泉安委", 3),
    ("闽委发", 2),
    ("闽政", 2),
    ("闽政办", 4),
    ("闽应急厅办", 1),
    ("国发", 2),
    ("国办发", 2),
    ("应急厅", 1),
)
TOPICS = (
    "“强基促稳”三年行动",
    "安全生产专项整治三年行动",
    "城乡建设品质提升",
    "乡村振兴战略",
    "优化营商环境",
    "生态环境保护",
    "自然灾害综合风险普查",
    "防汛防台风",
    "森林防灭火",
    "数字政府建设",
    "预算绩效管理",
    "职业技能提升行动",
    "为民办实事项目",
    "政府工作报告目标任务",
    "督查检查考核计划",
    "高质量发展超越",
    "新型城镇化",
    "中国快递示范城市",
    "文明城市创建",
    "食品安全监管",
    "医疗保障制度改革",
    "全民健身",
    "河长制湖长制",
    "海上丝绸之路先行区",
    "晋江经验",
    "县域经济发展",
)
PLACES = {"泉": ("泉州市", "全市", "市直机关", "泉州市区"), "闽": ("福建省", "全省", "省直机关")}
ASPECTS = ("", "", "工作", "专项行动", "重点任务", "责任落实", "考评", "示范创建")
KINDS = ("实施方案", "工作要点", "责任分解表", "行动计划", "考核办法", "工作方案", "主要任务责任分工")
VERBS = ("深入开展", "持续推进", "扎实做好", "全面落实", "加快推进", "强化", "完善", "组织开展")
OBJECTS = (
    "隐患排查治理",
    "专项整治",
    "监管执法",
    "应急演练",
    "考核评估",
    "宣传培训",
    "信息化建设",
    "队伍建设",
    "督查督办",
    "风险辨识评估",
    "示范创建",
    "统计分析",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武洪"  # noqa: E501  # one data line
GIVEN = "志福文辉梓平庆超建华海明伟雄国材永源荣秀劲汉桂才振生小翠教宗竟云栩恒雅明佳鸿树武夏阳招南良木西洋"
DEPARTMENTS = (
    "办公室",
    "政策法规科",
    "规划财务科",
    "综合协调科",
    "监督管理科",
    "执法科",
    "审批科",
    "宣传教育科",
    "信息中心",
    "人事科",
    "机关党委",
    "督查科",
    "基础科",
    "应急指挥中心",
)
ADMIN = (
    ("科学行政", "扎实开展机关党的建设和精神文明建设"),
    ("科学行政", "做好本系统本单位的生活垃圾分类工作"),
    ("科学行政", "加强公务员平时考核工作"),
    ("科学行政", "认真做好两办的信息约稿工作"),
    ("依法行政", "依照《信访条例》等有关规定，扎实做好信访各项工作"),
    ("依法行政", "及时办理人大代表建议、政协委员提案"),
    ("依法行政", "加强财政资金预算绩效管理"),
    ("依法行政", "规范开展表彰奖励和创建示范活动"),
    ("高效行政", "认真做好电子政务相关建设管理与应用推广工作"),
    ("高效行政", "加强单位官方网站建设和管理"),
    ("高效行政", "持续推进行政审批制度改革"),
    ("高效行政", "加强社会信用体系和个人诚信体系建设"),
    ("廉洁行政", "落实党风廉政建设主体责任"),
    ("廉洁行政", "落实消防、安全生产工作"),
    ("廉洁行政", "落实社会治安综合治理工作"),
    ("廉洁行政", "加强本系统本单位干部职工纪律惩戒管理"),
    ("管理创新", "按要求做好本单位及机关内部的绩效工作方案"),
    ("管理创新", "按时报送绩效考评材料"),
    ("管理创新", "支持市政府绩效办工作"),
    ("管理创新", "推进治理创新、行政方式创新和体制机制创新"),
)


@dataclass(frozen=True, slots=True)
class Document:
    """One document of the pool: its number parts and its title."""

    issuer: str
    year: int
    serial: str
    title: str

    @property
    def key(self) -> str:
        """Return the canonical key."""
        return numbered_key(self.issuer, self.year, self.serial)


@cache
def _issuer_info(issuer: str) -> IssuerInfo | None:
    return decode(issuer)


def document_pool(rnd: random.Random, size: int = 600) -> list[Document]:
    """Return `size` distinct documents with realistic issuers, years, serials and titles."""
    codes = [code for code, weight in ISSUERS for _ in range(weight)]
    seen: set[str] = set()
    pool: list[Document] = []
    while len(pool) < size:
        issuer = rnd.choice(codes)
        year = rnd.choice((2019, 2020, 2020, 2021, 2021, 2021, 2022, 2022, 2023))
        serial = f"DC-{rnd.randint(1, 60):03d}" if issuer == "泉府督" else str(rnd.randint(1, 120))
        place = rnd.choice(PLACES.get(issuer[0], ("全国",)))
        title = f"{place}{year}年{rnd.choice(TOPICS)}{rnd.choice(ASPECTS)}{rnd.choice(KINDS)}"
        doc = Document(issuer, year, serial, title)
        if doc.key not in seen:
            seen.add(doc.key)
            pool.append(doc)
    return pool


def _citation(doc: Document, locators: tuple[Locator, ...]) -> Citation:
    return Citation(
        key=doc.key,
        issuer=doc.issuer,
        year=doc.year,
        serial=doc.serial,
        title=doc.title,
        issuer_info=_issuer_info(doc.issuer),
        locators=locators,
        span=(0, 0),
        text=f"{doc.issuer}〔{doc.year}〕{doc.serial}号",
    )


def _locator(rnd: random.Random) -> Locator:
    page = rnd.randint(1, 30)
    last = page + rnd.choice((0, 0, 0, 1))
    item = str(rnd.randint(1, 130)) if rnd.random() < 0.9 else f"{rnd.randint(1, 6)}.{rnd.randint(1, 9)}"
    label = f"第{page}页第{item}项" if page == last else f"第{page}-{last}页第{item}项"
    return Locator(pages=(page, last), item=item, unit="项", label=label, span=(0, 0))


_SANDING = Citation(
    key="《三定方案》",
    issuer=None,
    year=None,
    serial=None,
    title="三定方案",
    issuer_info=None,
    locators=(),
    span=(0, 0),
    text="三定方案",
)


def _people(rnd: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add(rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2)))))
    return sorted(names)


def generate_form(
    rnd: random.Random, unit: str, year: int, pool: list[Document], weights: list[float]
) -> Form:
    """Return one form of `unit` for `year`, citing documents drawn from `pool` by `weights`."""
    file = f"{unit}_{year}.xlsx"
    departments = rnd.sample(DEPARTMENTS, rnd.randint(7, 11))
    staff = {dept: _people(rnd, rnd.randint(1, 3)) for dept in departments}
    leaders = _people(rnd, rnd.randint(4, 6))
    targets: list[Target] = []
    indicators: list[Indicator] = []
    row = 10

    def owners() -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[Assignment, ...]]:
        depts = rnd.sample(departments, 2 if rnd.random() < 0.06 else 1)
        people = [rnd.choice(staff[d]) for d in depts]
        pairs = tuple(Assignment(d, p) for d, p in zip(depts, people, strict=True))
        return rnd.choice(leaders), tuple(depts), tuple(people), pairs

    def add_target(
        ident: str,
        group: str,
        *,
        basis: tuple[BasisDoc, ...] = (),
        cites: tuple[Citation, ...] = (),
        children: int,
        weight: float,
    ) -> None:
        category = "行政能力目标" if ident[0] in "45678" else "职能工作目标"
        nonlocal row
        text = f"{rnd.choice(VERBS)}{rnd.choice(TOPICS).strip('“”')}{rnd.choice(OBJECTS)}"
        loc = SourceLocation(file=file, sheet="表", row=row, column=4)
        points = weight * max(children, 1)
        targets.append(Target(ident, category, group, text, text, points, basis, cites, loc))
        for n in range(1, children + 1) if children else [0]:
            leader, depts, people, pairs = owners()
            ind_id = f"{ident}-{n}" if children else ident
            indicators.append(
                Indicator(
                    id=ind_id,
                    target=ident,
                    category=category,
                    group=group,
                    text=f"{rnd.choice(VERBS)}{rnd.choice(OBJECTS)}工作，确保完成年度任务。",
                    weight=weight,
                    deadline=rnd.choice(("6月", "9月", "12月", "12月", "12月")),
                    leader=leader,
                    departments=depts,
                    people=people,
                    assignments=pairs,
                    hidden=False,
                    location=SourceLocation(file=file, sheet="表", row=row, column=5),
                )
            )
            row += 1

    for t in range(1, rnd.randint(12, 15) + 1):
        docs = list(dict.fromkeys(rnd.choices(pool, weights=weights, k=rnd.randint(1, 4))))
        basis = tuple(
            BasisDoc(
                d.key, d.title, _citation(d, ()), SourceLocation(file=file, sheet="表", row=row, column=3)
            )
            for d in docs
        )
        cites = tuple(_citation(d, (_locator(rnd),)) for d in docs if rnd.random() < 0.85)
        add_target(f"1-{t}", "重点工作目标", basis=basis, cites=cites, children=rnd.randint(2, 3), weight=1.0)
    sanding = BasisDoc(
        "《三定方案》", "三定方案", _SANDING, SourceLocation(file=file, sheet="表", row=row, column=3)
    )
    for t in range(1, rnd.randint(2, 4) + 1):
        add_target(f"2-{t}", "常规工作目标", basis=(sanding,), children=2, weight=1.5)
    for t in range(1, rnd.randint(1, 2) + 1):
        doc = rnd.choices(pool, weights=weights)[0]
        basis = (
            BasisDoc(doc.key, doc.title, _citation(doc, ()), SourceLocation(file=file, row=row, column=3)),
        )
        add_target(f"3-{t}", "动态目标", basis=basis, children=2, weight=2.0)
    for n, (group, text) in enumerate(ADMIN):
        ident = f"{4 + n // 4}-{n % 4 + 1}"
        add_target(ident, group, children=0, weight=1.5)
        targets[-1] = Target(ident, "行政能力目标", group, text, text, 1.5, (), (), targets[-1].location)
    return Form(
        file=file,
        unit=unit,
        year=year,
        title=f"{year}年度泉州市直机关绩效目标考评表",
        date=f"{year}-08-10",
        categories=("职能工作目标", "行政能力目标"),
        targets=tuple(targets),
        indicators=tuple(indicators),
        totals={"职能工作目标": 70.0, "行政能力目标": 30.0, "总计": 100.0},
    )


def generate(count: int, seed: int = 2021) -> list[Form]:
    """Return `count` forms of distinct (unit, year), deterministic for a given `seed`."""
    rnd = random.Random(seed)
    pool = document_pool(rnd)
    # Zipf-like popularity: the first documents are cited by most units, the tail rarely.
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(pool))]
    slots = [(f"{county}{organ}", year) for year in YEARS for county in COUNTIES for organ in ORGANS]
    if count > len(slots):
        raise ValueError(f"at most {len(slots)} distinct forms")
    rnd.shuffle(slots)
    return [generate_form(rnd, unit, year, pool, weights) for unit, year in sorted(slots[:count])]


if __name__ == "__main__":
    forms = generate(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    for form in forms:
        docs = {b.key for t in form.targets for b in t.basis}
        sizes = f"{len(form.targets)} targets, {len(form.indicators)} indicators, {len(docs)} documents"
        print(f"{form.form_id}: {sizes}")
