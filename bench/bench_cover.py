"""Benchmark `yiju cover`: a register of 500 tasks held against 300 generated unit forms.

Usage:
    python bench/bench_cover.py                       # 500 tasks, 300 forms
    python bench/bench_cover.py --tasks 200 --forms 100

Writes the register (a family-2 task list, tab-separated text, 牵头单位 / 配合单位 with short
names and 、-lists, sections) and the forms (family-1 text, 40 targets each) into a temporary
directory, then times, in the same run:

- floor: reading and parsing the same 301 files (`yiju.corpus.load` + the register's table);
- cover: reading them *and* the coverage (unit names resolved, every target matched by item
  citation or by text) and the C01–C07 findings — what `yiju cover` does.

Each form's targets cite the register the ways real forms do: an item (55 %), a range or a
、-list (10 %), the number only (10 %: matched by text against all 500 tasks), no citation
in the task's own words (15 %), unrelated work (10 %). Deterministic (seeded).
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yiju.corpus import load  # noqa: E402  # after the path is set
from yiju.cover import load_register  # noqa: E402

KEY = "泉委办〔2021〕20号"
VERBS = ("推进", "加强", "开展", "完善", "深化", "健全", "落实", "强化", "提升", "组织", "规范", "建立")
OBJECTS = (
    "安全生产专项整治",
    "防汛防台风应急预案体系",
    "城镇燃气安全排查",
    "危险化学品风险集中治理",
    "道路运输安全监管",
    "消防救援站点建设",
    "自然灾害综合风险普查",
    "应急物资储备体系",
    "建筑施工安全整治",
    "水库除险加固工程",
    "森林防灭火能力",
    "地质灾害隐患监测",
    "老旧小区消防设施",
    "城市内涝治理",
    "工贸企业有限空间作业",
    "民用爆炸物品监管",
    "基层应急管理能力",
    "应急指挥信息化平台",
    "水上交通安全整治",
    "文化旅游场所安全检查",
    "校园安全风险防控",
    "食品药品安全监管",
    "特种设备安全检验",
    "农村自建房安全排查",
    "电力设施安全保护",
)
DETAILS = (
    "，完善长效机制",
    "，压实属地责任",
    "，开展督导检查",
    "，建立问题清单",
    "，实现全覆盖",
    "，提升处置能力",
    "，健全工作台账",
    "，推动整改销号",
)
ORGANS = (
    ("应急", "应急管理局"),
    ("住建", "住房和城乡建设局"),
    ("交通", "交通运输局"),
    ("工信", "工业和信息化局"),
    ("水利", "水利局"),
    ("公安", "公安局"),
    ("教育", "教育局"),
    ("民政", "民政局"),
    ("财政", "财政局"),
    ("人社", "人力资源和社会保障局"),
    ("资源规划", "自然资源和规划局"),
    ("生态环境", "生态环境局"),
    ("城管", "城市管理局"),
    ("农业农村", "农业农村局"),
    ("商务", "商务局"),
    ("文旅", "文化广电和旅游局"),
    ("卫健", "卫生健康委员会"),
    ("市场监管", "市场监督管理局"),
    ("医保", "医疗保障局"),
    ("大数据", "大数据管理局"),
)
COUNTIES = (
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
)
UNRELATED = (
    "做好机关后勤保障工作",
    "规范公务用车管理",
    "加强档案信息化建设",
    "做好政务信息报送",
    "组织干部教育培训",
)


def _short(n: int) -> str:
    """Return the register's short name of unit n: city organs `市X局`, then county ones."""
    county, organ = divmod(n, len(ORGANS))
    short, full = ORGANS[organ]
    kind = "委" if full.endswith("委员会") else "局"
    return f"市{short}{kind}" if county == 0 else f"{COUNTIES[county - 1]}{short}{kind}"


def _full(n: int) -> str:
    county, organ = divmod(n, len(ORGANS))
    return f"泉州市{ORGANS[organ][1]}" if county == 0 else f"{COUNTIES[county - 1]}{ORGANS[organ][1]}"


def _task(rng: random.Random, n: int) -> str:
    verb, obj = VERBS[n % len(VERBS)], OBJECTS[(n // len(VERBS)) % len(OBJECTS)]
    return (
        f"{verb}{obj}{DETAILS[n % len(DETAILS)]}（第{n}批）"
        if n > 300
        else f"{verb}{obj}{rng.choice(DETAILS)}"
    )


def generate(directory: Path, tasks: int, forms: int, seed: int = 7) -> list[Path]:
    """Write the register and the forms; return every path (register first)."""
    rng = random.Random(seed)
    units = min(forms, len(ORGANS) * (1 + len(COUNTIES)))
    register = [
        ["泉州市2021年重点工作任务分工方案"],
        ["序号", "重点工作", "责任领导", "牵头单位", "配合单位", "完成时限"],
    ]
    assigned: dict[int, list[tuple[int, str]]] = {}
    texts: dict[int, str] = {}
    for item in range(1, tasks + 1):
        if (item - 1) % 25 == 0:
            register.append([f"{'一二三四五六七八九十'[(item // 25) % 10]}、第{item // 25 + 1}部分"])
        lead = rng.randrange(units)
        partners = rng.sample([u for u in range(units) if u != lead], rng.randint(0, 4))
        text = _task(rng, item)
        texts[item] = text
        assigned.setdefault(lead, []).append((item, text))
        register.append(
            [str(item), text, "张伟", _short(lead), "、".join(_short(p) for p in partners), "全年"]
        )
    paths = [directory / f"{KEY}附件.txt"]
    paths[0].write_text("\n".join("\t".join(r) for r in register) + "\n", encoding="utf-8")
    header = "项目\t序号\t文件依据\t一级指标\t二级指标\t权重\t完成时限\t分管领导\t责任部门\t责任人"
    for f in range(forms):
        unit = f % units
        own = assigned.get(unit, []) or [(1, texts[1])]
        # Beyond the units there are, a unit's second file (a revision): kept apart, same unit.
        lines = ["2021年度绩效目标考评表", f"参评单位（盖章）：{_full(unit)}", header]
        for t in range(1, 41):
            item, text = own[(t - 1) % len(own)]
            roll = rng.random()
            if roll < 0.55:
                target = f"{text}（属{KEY}第{item}项）"
            elif roll < 0.65:
                target = f"{text}（属{KEY}第{item}-{min(item + 2, tasks)}项）"
            elif roll < 0.75:
                target = text  # the number only, in 文件依据: matched by text against every task
            elif roll < 0.90:
                target = text
            else:
                target = rng.choice(UNRELATED)
            basis = f"《分工方案》的通知（{KEY}）" if 0.65 <= roll < 0.75 else "三定方案"
            category = "职能工作目标" if t == 1 else ""
            lines.append(
                f"{category}\t1-{t}-1\t{basis}\t{target}（2分）\t{text[:12]}\t2\t12月\t王五\t综合科\t李明"
            )
        path = directory / f"form_{f:03d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Generate, time the floor and the coverage, print both and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--tasks", type=int, default=500)
    parser.add_argument("--forms", type=int, default=300)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(Path(tmp), args.tasks, args.forms)
        register_path, form_paths = paths[0], paths[1:]

        start = time.perf_counter()
        corpus = load(form_paths)
        load_register(register_path)
        floor = time.perf_counter() - start

        start = time.perf_counter()
        corpus = load(form_paths)
        register = load_register(register_path)
        coverage = corpus.cover([register])
        findings = corpus.cover_findings(coverage)
        total = time.perf_counter() - start

    by_item = sum(c.how == "item" for c in coverage.covers)
    resolved = sum(r.resolved is not None for r in coverage.units)
    print(f"python {platform.python_version()}, {platform.machine()}")
    print(
        f"register {len(register.items)} tasks, {len(corpus.forms)} forms, "
        f"{sum(len(f.targets) for f in corpus.forms)} targets; "
        f"{resolved}/{len(coverage.units)} unit names resolved; covers {len(coverage.covers)} "
        f"({by_item} by item, {len(coverage.covers) - by_item} by text); findings {len(findings)}"
    )
    print(f"{'measure':32s} {'time s':>9s} {'floor s':>9s} {'ratio':>7s}  floor")
    ratio = total / floor
    print(f"{'read + cover + C01–C07':32s} {total:9.2f} {floor:9.2f} {ratio:7.2f}  read the same 301 files")
    print(f"{'cover alone (difference)':32s} {total - floor:9.2f}")
    return 0 if total < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
