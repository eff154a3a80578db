"""Hostile and odd input, each failure of issue 16 as a regression: one line naming the file,
exit 2, the other files still read, no traceback; inputs never overwritten.

Big or hostile files are built in tmp at test time (`tests/hostile.py`), never committed.
"""

from __future__ import annotations

import io
import os
import signal
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import defusedxml.minidom
import pytest

from tests import hostile
from yiju.cli import main
from yiju.dot import GraphvizError, run_dot
from yiju.errors import ReadError
from yiju.paths import display
from yiju.readers import expand_each, read
from yiju.readers._safety import ReadCaps, caps_scope
from yiju.readers.isolate import Limits, map_isolated

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SEED_SUMMARY = "目标 39 个，指标 57 个"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _xlsx(tmp_path: Path, name: str, *sheets: tuple[str, str]) -> Path:
    path = tmp_path / name
    path.write_bytes(hostile.workbook(sheets or [("表", hostile.sheet_xml())]))
    return path


# ------------------------------------------------------------------------------ isolation


def _task(path: Path) -> str:
    """A reader that fails the way native code does, by the file's name."""
    name = path.name
    if name == "abort":
        os.abort()
    if name == "oom":
        return str(len(bytearray(1 << 30)))  # past the 512 MB address space below
    if name == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    if name == "kill":
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer sends
    if name == "spin":
        while True:
            pass
    if name == "bug":
        raise KeyError(name)
    if name == "exit":
        os._exit(3)  # a native library calling exit(), or a reader's own sys.exit in C
    return name.upper()


def test_a_native_abort_oom_or_spin_costs_one_file() -> None:
    """Abort, out-of-memory, crash, a kill, CPU spin, a bug and an exit each fail their file alone."""
    names = ["a", "abort", "b", "oom", "segv", "kill", "spin", "bug", "exit", "c"]
    limits = Limits(memory_mb=512, cpu_seconds=1)
    got = [
        (p.name, r if isinstance(r, str) else r.reason)
        for p, r in map_isolated(_task, names, limits=limits, workers=2)
    ]
    assert [
        ("a", "A"),
        ("abort", "读取器异常终止（信号 SIGABRT），文件可能已损坏或为恶意构造"),
        ("b", "B"),
        ("oom", "读取器内存不足（上限 512 MB，用 yiju --reader-memory 调高）"),
        ("segv", "读取器异常终止（信号 SIGSEGV），文件可能已损坏或为恶意构造"),
        ("kill", "读取器被强行终止（信号 SIGKILL），多为系统内存不足或被外部结束"),
        ("spin", "读取超时（CPU 时间上限 1 秒，用 yiju --reader-cpu 调高）"),
        ("bug", "读取时出错（KeyError: 'bug'）"),
        ("exit", "读取器异常退出（退出码 3），文件可能已损坏或为恶意构造"),
        ("c", "C"),
    ] == got


def test_calamine_asked_for_half_a_terabyte_is_a_memory_line(tmp_path: Path) -> None:
    """Calamine's dense grid for A1 and XFD1048576 aborts inside a worker, not the run."""

    def dense(path: Path) -> int:
        from python_calamine import CalamineWorkbook  # noqa: PLC0415  # only in the worker

        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        return len(sheet.to_python(skip_empty_area=False))

    far = tmp_path / "far.xlsx"
    far.write_bytes(
        hostile.workbook([("表", hostile.sheet_xml(extra='<row r="3"><c r="XFD1048576"><v>1</v></c></row>'))])
    )
    [(_, result)] = list(map_isolated(dense, [far], limits=Limits(memory_mb=1024)))
    assert isinstance(result, ReadError)
    assert "读取器内存不足（上限 1024 MB，用 yiju --reader-memory 调高）" == result.reason


def test_a_real_xls_that_aborts_calamine_costs_that_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Two bytes of the seed `.xls` changed (found by fuzzing) make calamine ask for 111 million
    cells and abort (SIGABRT, a Rust backtrace) when the allocation fails: one line, the others read.
    """
    data = bytearray((FIXTURES / "formats" / "seed.xls").read_bytes())
    data[20855], data[25181] = 242, 7  # the last row (61 984) and column (1 796) of the sheet
    bad = tmp_path / "damaged.xls"
    bad.write_bytes(bytes(data))
    code, out, err = _run(capsys, "--reader-memory", "512", "parse", str(bad), str(SEED))
    assert (2, f"{bad}: 读取器内存不足（上限 512 MB，用 yiju --reader-memory 调高）\n") == (code, err)
    assert SEED_SUMMARY in out


@pytest.mark.parametrize(
    ("how", "reason"),
    [
        ("segv", "读取器异常终止（信号 SIGSEGV），文件可能已损坏或为恶意构造"),
        ("abort", "读取器异常终止（信号 SIGABRT），文件可能已损坏或为恶意构造"),
        ("exit", "读取器异常退出（退出码 70），文件可能已损坏或为恶意构造"),
    ],
)
def test_a_reader_dying_in_the_cli_costs_that_file(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
    reason: str,
) -> None:
    """A worker killed by a signal or exiting mid-read: that file's one line, exit 2, the
    workbooks before and after it and the text form all parsed (the hook stands in for a
    native crash no file reproduces on demand)."""
    import yiju.batch  # noqa: PLC0415  # patched below; forked workers inherit the patch

    real = yiju.batch.read

    def dying(path: Path) -> object:
        if path.name == "dies.xlsx":
            if how == "exit":
                os._exit(70)
            os.kill(os.getpid(), signal.SIGSEGV if how == "segv" else signal.SIGABRT)
        return real(path)

    monkeypatch.setattr(yiju.batch, "read", dying)
    paths = [tmp_path / name for name in ("a.xlsx", "dies.xlsx", "b.xlsx")]
    for path in paths:
        path.write_bytes(hostile.workbook([("表", hostile.sheet_xml())]))
    code, out, err = _run(capsys, "parse", *map(str, paths), str(SEED))
    assert (2, f"{paths[1]}: {reason}\n") == (code, err)
    assert [f"{paths[0]}:", f"{paths[2]}:"] == [
        line.split()[0] for line in out.splitlines() if ".xlsx:" in line
    ]
    assert SEED_SUMMARY in out


# ------------------------------------------------------------------------------ checks before allocation


FAR_ROW = '<row r="3"><c r="A99999999999"><v>1</v></c></row>'


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        (
            FAR_ROW,
            "工作表 '表' 的单元格引用超出 Excel 的范围（第 10 亿以上 行、第 9 列；"
            "Excel 最多 1048576 行、16384 列），文件已损坏或为恶意构造",
        ),
        (
            '<row r="3"><c r="A1048577"><v>1</v></c></row>',
            "工作表 '表' 的单元格引用超出 Excel 的范围（第 1048577 行、第 9 列；"
            "Excel 最多 1048576 行、16384 列），文件已损坏或为恶意构造",
        ),
        (
            '<row r="3"><c r="A' + "9" * 10_000 + '"><v>1</v></c></row>',
            "工作表 '表' 的单元格引用超出 Excel 的范围（第 10 亿以上 行、第 9 列；"
            "Excel 最多 1048576 行、16384 列），文件已损坏或为恶意构造",
        ),
    ],
    ids=["eleven-digit row", "one past the last row", "10,000-digit row"],
)
def test_a_reference_past_excel_is_refused_before_any_reader(tmp_path: Path, extra: str, reason: str) -> None:
    """A cell reference beyond Excel's grid is refused by the light pass, naming the sheet."""
    path = _xlsx(tmp_path, "far.xlsx", ("表", hostile.sheet_xml(extra=extra)))
    with pytest.raises(ReadError) as caught:
        read(path)
    assert reason == caught.value.reason


def test_cells_per_sheet_are_capped_naming_the_option(tmp_path: Path) -> None:
    """A sheet with more stored cells than --max-cells is refused, saying how to raise it."""
    path = _xlsx(tmp_path, "many.xlsx")
    with caps_scope(ReadCaps(max_cells=10)), pytest.raises(ReadError) as caught:
        read(path)
    assert (
        "工作表 '表' 有 18 个单元格，超过每表 10 个的上限（用 yiju --max-cells 调高）" == caught.value.reason
    )


def test_characters_per_cell_are_capped(tmp_path: Path) -> None:
    """A cell longer than --max-cell-chars is refused with its address."""
    row = (*hostile.ROW[:3], "长" * 50, *hostile.ROW[4:])
    path = _xlsx(tmp_path, "long.xlsx", ("表", hostile.sheet_xml([hostile.HEADER, row])))
    with caps_scope(ReadCaps(max_cell_chars=40)), pytest.raises(ReadError) as caught:
        read(path)
    expected = (
        "单元格 D2（工作表 '表'）有 50 个字符，超过每格 40 个字符的上限（用 yiju --max-cell-chars 调高）"
    )
    assert expected == caught.value.reason


def test_overlapping_merged_ranges_are_refused_by_area(tmp_path: Path) -> None:
    """10,000 merged ranges each spanning a 100-row sheet: refused by area, not cleared for minutes."""
    rows = [hostile.HEADER, *[hostile.ROW] * 99]
    merges = "".join('<mergeCell ref="A1:I100"/>' for _ in range(10_000))
    xml = hostile.sheet_xml(rows, tail=f'<mergeCells count="10000">{merges}</mergeCells>')
    path = _xlsx(tmp_path, "merged.xlsx", ("表", xml))
    with pytest.raises(ReadError) as caught:
        read(path)
    expected = (
        "工作表 '表' 的合并区域共覆盖 9000000 个单元格，超过 5000000 个的上限（用 yiju --max-cells 调高）"
    )
    assert expected == caught.value.reason


def test_merged_ranges_are_capped_in_count(tmp_path: Path) -> None:
    """More merged ranges than the cap is refused, naming the count."""
    merges = "".join(f'<mergeCell ref="A{r}:B{r}"/>' for r in range(3, 8))
    xml = hostile.sheet_xml(tail=f"<mergeCells>{merges}</mergeCells>")
    path = _xlsx(tmp_path, "merges.xlsx", ("表", xml))
    with caps_scope(ReadCaps(max_merged=4)), pytest.raises(ReadError) as caught:
        read(path)
    assert "工作表 '表' 有 5 个合并区域，超过 4 个的上限" == caught.value.reason


def test_sheets_of_one_name_are_kept_apart(tmp_path: Path) -> None:
    """Two sheets named alike are both read, the second under its own title, with a note."""
    second = (*hostile.ROW[:7], "协调科", "王五")
    path = _xlsx(
        tmp_path,
        "dup.xlsx",
        ("表", hostile.sheet_xml()),
        ("表", hostile.sheet_xml([hostile.HEADER, second])),
    )
    tables = read(path)
    assert [("表", "基础科"), ("表1", "协调科")] == [(t.sheet, t.rows[1].values[7]) for t in tables]
    notes = [f.message_zh for t in tables for f in t.findings]
    assert ["工作簿中有同名工作表 '表'；这一个读作 '表1'，与前一个分开"] == notes


# ------------------------------------------------------------------------------ lying zips


def test_lying_zip_members_are_refused_naming_the_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A sheet declaring 1 KB that inflates to 2 GB, and one declaring 3 GB: each refused in one
    line naming the limit it broke, exit 2, the form beside them read.

    Before, calamine inflated the first in full (1.1 GB peak, then read it as a good sheet).
    """
    lying = tmp_path / "lying.xlsx"
    lying.write_bytes(hostile.lying_workbook(padding_mb=2048))
    huge = tmp_path / "huge.xlsx"
    huge.write_bytes(hostile.lying_workbook(declared=3 << 30))
    declared = len(hostile.sheet_xml().encode())
    code, out, err = _run(capsys, "parse", str(lying), str(huge), str(SEED))
    assert 2 == code
    assert [
        f"{lying}: 拒绝读取：zip 成员 {hostile.SHEET_PART} 解压后超过它声明的 {declared} 字节"
        "（可能是 zip 炸弹）",
        f"{huge}: 拒绝读取：zip 成员解压后共 3073 MB，超过 200 MB 的上限（可能是 zip 炸弹）",
    ] == err.splitlines()
    assert SEED_SUMMARY in out


def test_a_lying_member_is_counted_not_held(tmp_path: Path) -> None:
    """Checking the 2 GB member costs one inflation step of memory, not its size."""
    lying = tmp_path / "lying.xlsx"
    lying.write_bytes(hostile.lying_workbook(padding_mb=2048))
    tracemalloc.start()
    try:
        with pytest.raises(ReadError, match="it declares"):
            read(lying)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 2**20, f"{peak / 2**20:.0f} MB"


def test_a_lying_member_of_an_ods_is_refused(tmp_path: Path) -> None:
    """The same check guards the other zipped formats calamine reads (`.ods` here)."""
    data = (FIXTURES / "formats" / "seed.ods").read_bytes()
    path = tmp_path / "lying.ods"
    path.write_bytes(hostile.lying_zip(data, "content.xml", padding_mb=64))
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.reason.startswith("refused: zip member content.xml inflates to more than the ")


def _version(data: bytes, needed: int) -> bytes:
    """Set every central directory entry's "version needed to extract"."""
    patched = bytearray(data)
    position = patched.find(b"PK\x01\x02")
    while position >= 0:
        struct.pack_into("<H", patched, position + 6, needed)
        position = patched.find(b"PK\x01\x02", position + 1)
    return bytes(patched)


def _method(data: bytes, method: int) -> bytes:
    """Rewrite the sheet as a member claiming `method` (its data unchanged)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = [hostile.honest(i.filename, source.read(i)) for i in source.infolist()]
    name, raw, _, crc, size, flags = members[-1]
    return hostile.raw_zip([*members[:-1], (name, raw, method, crc, size, flags)])


@pytest.mark.parametrize(
    ("build", "reason"),
    [
        (
            lambda: _version(hostile.workbook([("表", hostile.sheet_xml())]), 99),
            "truncated or corrupt xlsx (zip file version 9.9)",
        ),
        (
            lambda: _method(hostile.workbook([("表", hostile.sheet_xml())]), 9),
            f"truncated or corrupt xlsx (member {hostile.SHEET_PART} uses compression method 9,"
            " which office files never use)",
        ),
        (
            lambda: _method(hostile.workbook([("表", hostile.sheet_xml())]), zipfile.ZIP_LZMA),
            f"truncated or corrupt xlsx (member {hostile.SHEET_PART} uses compression method 14,"
            " which office files never use)",
        ),
        (
            lambda: hostile.lying_workbook(flags=0x01),
            "refused: zip member [Content_Types].xml is encrypted; remove the password and save again",
        ),
        (
            lambda: hostile.lying_workbook(flags=0x40),
            "refused: zip member [Content_Types].xml is encrypted; remove the password and save again",
        ),
    ],
    ids=["zip version 9.9", "deflate64", "lzma", "encrypted member", "strong encryption"],
)
def test_zip_features_no_workbook_uses_are_one_line(
    tmp_path: Path, build: Callable[[], bytes], reason: str
) -> None:
    """What zipfile cannot open (NotImplementedError, RuntimeError) is the file's one line."""
    path = tmp_path / "odd.xlsx"
    path.write_bytes(build())
    with pytest.raises(ReadError) as caught:
        read(path)
    assert reason == caught.value.reason


def _refusals(tmp_path: Path) -> list[tuple[str, str]]:
    """Return (case, reason) for every refusal the reader tests build, and the lying zips here."""
    from tests import test_formats, test_readers  # noqa: PLC0415  # their tables of bad files

    out: list[tuple[str, str]] = []
    built: list[tuple[str, Path]] = []
    for name, build, _ in test_readers.REFUSALS:
        folder = tmp_path / f"r-{name}"
        folder.mkdir()
        built.append((name, build(folder)))
    for name, filename, content, _ in test_formats.BAD:
        path = tmp_path / f"f-{len(built)}" / filename
        path.parent.mkdir()
        path.write_bytes(content())
        built.append((name, path))
    for name, data in (
        ("lying", hostile.lying_workbook(padding_mb=4)),
        ("huge", hostile.lying_workbook(declared=3 << 30)),
        ("encrypted member", hostile.lying_workbook(flags=1)),
        ("lzma", _method(hostile.workbook([("表", hostile.sheet_xml())]), zipfile.ZIP_LZMA)),
    ):
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(data)
        built.append((name, path))
    for name, path in built:
        try:
            read(path)
        except ReadError as exc:
            out.append((name, exc.reason))
    return out


# A library's own words quoted at the end of a reason, as it gave them (a CRC or sector fault).
_QUOTED_DETAIL = {"xls-suffix", "bad-crc", "xls truncated", "pdf truncated"}


def test_refusals_read_in_chinese(tmp_path: Path) -> None:
    """Under Chinese every refusal of a bad or hostile file reads as Chinese (paths and a
    library's quoted fault aside): the scan of `test_messages` finds no English sentence."""
    from tests.test_messages import _english  # noqa: PLC0415  # one scanner for all output
    from yiju.messages import reason_text, set_lang  # noqa: PLC0415

    set_lang("zh")
    try:
        english = []
        for name, reason in _refusals(tmp_path):
            text = reason_text(reason)
            if name in _QUOTED_DETAIL:
                text = text[: text.rindex("(")]
            words = _english(" ".join(w for w in text.split() if "/" not in w))
            if words:
                english.append(f"{name}: {text} {words}")
    finally:
        set_lang(None)
    assert [] == english


# ------------------------------------------------------------------------------ text hygiene


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_every_line_end_reads_alike(tmp_path: Path, newline: str) -> None:
    """LF, CRLF and bare CR give the same rows."""
    path = tmp_path / "form.txt"
    path.write_bytes(hostile.text_form(newline=newline).encode("utf-8"))
    [table] = read(path)
    assert [(4, hostile.ROW)] == [(r.number, r.values) for r in table.rows if r.values[0] == "1-1-1"]


def test_bare_cr_on_the_first_lines_loses_nothing(tmp_path: Path) -> None:
    """A form whose first lines end in bare CR and the rest in LF keeps row 1-1-1 and its owners."""
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    mixed = "\r".join(lines[:7]) + "\n" + "\n".join(lines[7:])  # line 7 is not empty: no CRLF
    path = tmp_path / "mixed.txt"
    path.write_bytes(mixed.encode("utf-8"))
    assert [t.rows for t in read(SEED)] == [t.rows for t in read(path)]


def test_control_characters_are_removed_with_a_finding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """\\x01, \\f and \\x1a in cells: removed (\\f as a line break), reported, GraphML well formed."""
    row = (*hostile.ROW[:2], "做好甲\x01工作（4分）", "开展\f甲工作", *hostile.ROW[4:8], "李\x1a四")
    path = tmp_path / "ctl.txt"
    path.write_text(hostile.text_form([row]), encoding="utf-8")
    [table] = read(path)
    assert ("做好甲工作（4分）", "开展\n甲工作", "李四") == (
        table.rows[3].values[2],
        table.rows[3].values[3],
        table.rows[3].values[8],
    )
    assert [
        "单元格 C4 含不可见的控制字符（U+0001），已去除（换页符、垂直制表符改为换行）",
        "单元格 D4 含不可见的控制字符（换页符），已去除（换页符、垂直制表符改为换行）",
        "单元格 I4 含不可见的控制字符（Ctrl-Z），已去除（换页符、垂直制表符改为换行）",
    ] == [f.message_zh for f in table.findings]
    for suffix in (".graphml", ".gexf"):
        out = tmp_path / f"g{suffix}"
        assert 0 == _run(capsys, "export", str(path), "-o", str(out))[0]
        defusedxml.minidom.parse(str(out))  # raises on ill-formed XML


# ------------------------------------------------------------------------------ paths


def test_a_fifo_is_refused_without_opening_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A FIFO named x.txt is refused by stat (opening it would block), the others are read."""
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    code, out, err = _run(capsys, "parse", str(fifo), str(SEED))
    assert (2, f"{fifo}: 是命名管道（FIFO），不是普通文件，不读取\n") == (code, err)
    assert SEED_SUMMARY in out


def test_a_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """/dev/zero given as a form is refused as a device."""
    assert (2, "", "/dev/zero: 是设备文件，不是普通文件，不读取\n") == _run(capsys, "parse", "/dev/zero")


def test_symlink_loops_end_in_walks_and_globs(tmp_path: Path) -> None:
    """A folder linking to its parent is entered once by a walk and by a ** glob."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "form.txt").write_text(hostile.text_form(), encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    for arg in (str(tmp_path), f"{tmp_path}/**/*.txt"):
        found, errors = expand_each([arg])
        assert ([tmp_path / "a" / "form.txt"], []) == (found, errors)


def test_one_file_under_two_spellings_is_read_once(tmp_path: Path) -> None:
    """`x/a.txt` and `/x/../x/a.txt` (and a link to it) name one file, read once."""
    folder = tmp_path / "x"
    folder.mkdir()
    form = folder / "a.txt"
    form.write_text(hostile.text_form(), encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(form)
    found, _ = expand_each([str(form), f"{folder}/../x/a.txt", str(tmp_path / "link.txt")])
    assert [form] == found


@pytest.mark.parametrize("length", [300, 6000], ids=["300-char name", "6000-char path"])
def test_long_names_give_one_line(capsys: pytest.CaptureFixture[str], length: int) -> None:
    """A name or path the system cannot open gives one line, not an ENAMETOOLONG traceback."""
    name = "长" * length + ".txt" if length < 1000 else "/".join(["d" * 200] * 30) + ".txt"
    code, out, err = _run(capsys, "parse", name, str(SEED))
    assert (2, f"{display(name)}: 文件名或路径过长，系统无法打开\n") == (code, err)
    assert SEED_SUMMARY in out


def test_one_cell_crashing_the_parser_costs_that_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parser crash on one file: its one line, exit 2 (never 1), the other files processed."""
    import yiju.batch  # noqa: PLC0415  # patched below

    real = yiju.batch.parse_tables
    bad = tmp_path / "bad.txt"
    bad.write_text(hostile.text_form(), encoding="utf-8")

    def crashing(tables, options):  # type: ignore[no-untyped-def]  # the patched function's shape
        if tables[0].file == str(bad):
            raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")
        return real(tables, options)

    monkeypatch.setattr(yiju.batch, "parse_tables", crashing)
    code, out, err = _run(capsys, "audit", str(bad), str(SEED), "--fail-on", "never")
    expected = (
        f"{bad}: 解析时出错（ValueError: Exceeds the limit (4300 digits) for integer string conversion）\n"
    )
    assert (2, expected) == (code, err)
    assert "个问题" in out


# ------------------------------------------------------------------------------ outputs


def _sorted_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_report_never_overwrites_its_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`report f.xlsx -o f.xlsx` and -o through a link to the input: refused, input intact."""
    form = tmp_path / "f.xlsx"
    form.write_bytes((FIXTURES / "seed_2021_quanzhou_yingji.xlsx").read_bytes())
    before = form.read_bytes()
    link = tmp_path / "link.xlsx"
    link.symlink_to(form)
    for output in (form, link):
        code, _, err = _run(capsys, "report", str(form), "-o", str(output))
        assert (2, f"{output}: 是输入文件 {form}，不会覆盖它；请换一个输出文件名\n") == (code, err)
    assert before == form.read_bytes()


def test_render_and_csv_never_overwrite_an_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`render f.txt --format dot -o f.txt` and `report d/追溯矩阵.csv --csv d`: refused, inputs intact."""
    form = tmp_path / "f.txt"
    form.write_bytes(SEED.read_bytes())
    code, _, err = _run(capsys, "render", str(form), "--format", "dot", "-o", str(form))
    assert (2, f"{form}: 是输入文件 {form}，不会覆盖它；请换一个输出文件名\n") == (code, err)
    folder = tmp_path / "d"
    folder.mkdir()
    matrix = folder / "追溯矩阵.csv"
    matrix.write_bytes(SEED.read_bytes().replace(b"\t", b","))
    code, _, err = _run(capsys, "report", str(matrix), "--csv", str(folder), "-o", str(tmp_path / "r.xlsx"))
    assert (2, f"{matrix}: 是输入文件 {matrix}，不会覆盖它；请换一个输出文件名\n") == (code, err)
    assert SEED.read_bytes() == form.read_bytes()
    assert not (tmp_path / "r.xlsx").exists()


def test_an_interrupted_write_leaves_the_old_output(tmp_path: Path) -> None:
    """A write that fails midway leaves the old file as it was and no temporary file behind."""
    from yiju.paths import atomic_path  # noqa: PLC0415

    out = tmp_path / "report.xlsx"
    out.write_bytes(b"old")

    def interrupted() -> None:
        with atomic_path(out) as temporary:
            temporary.write_bytes(b"half")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        interrupted()
    assert (b"old", ["report.xlsx"]) == (out.read_bytes(), sorted(p.name for p in tmp_path.iterdir()))


def test_dot_has_a_timeout_with_a_clear_message() -> None:
    """A layout past its time is stopped with a message saying what to do."""
    with pytest.raises(GraphvizError) as caught:
        run_dot(
            "digraph { " + " ".join(f"n{i} -> n{i + 1};" for i in range(3000)) + " }", "svg", timeout=0.01
        )
    assert str(caught.value).startswith("Graphviz dot 在 0 秒内没有完成布局，已停止")


def test_closing_the_reader_pool_lets_workers_exit_by_themselves() -> None:
    """A closed pool's workers leave on their own (exit 0), not after a join timeout and a kill.

    Forked workers hold an inherited copy of the pool's pipe end, so closing it alone never
    reached them: every run waited 5 s per worker and then killed it.
    """
    from yiju.readers.isolate import Limits, _Pool  # noqa: PLC0415  # the pool's own behaviour

    pool = _Pool(lambda path: path.name, Limits(), 1)
    pool.submit([(0, Path("abc"))])
    assert "abc" == pool.result(0)
    processes = [slot.process for slot in pool._slots]
    pool.close()
    assert [0] == [p.exitcode for p in processes]
