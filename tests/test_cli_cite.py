"""`yiju cite` on files and standard input: decoding, streaming in pieces, refusals (issue 13/16)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from yiju import citation_stream
from yiju.citations import extract
from yiju.cli import main
from yiju.formatters import citation_lines, dump_json

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

SENTENCE = "根据《国务院关于加强安全生产工作的决定》（国发〔2019〕7号，以下简称《决定》）和国务院令第699号，"
LATER = "落实《决定》第三条，泉委发〔2021〕5号第14页第27项、泉委发〔21〕5号。\n"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_cite_stdin_decodes_like_the_form_readers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    """`cite -` reads UTF-8, GB18030 and UTF-16 bytes as a text form would be read."""
    text = SENTENCE + LATER
    _stdin(monkeypatch, text.encode(encoding))
    code, out, _ = _run(capsys, "cite", "-", "--json")
    assert (0, dump_json(extract(text).to_dict()) + "\n") == (code, out)


def test_cite_file_in_gb18030(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`cite --file` on a GB18030 file prints the same table as on the text itself."""
    text = SENTENCE + LATER
    path = tmp_path / "notice.txt"
    path.write_bytes(text.encode("gb18030"))
    result = extract(text)
    code, out, _ = _run(capsys, "cite", "--file", str(path))
    assert (0, "\n".join(citation_lines(result.citations, result.unparsed)) + "\n") == (code, out)


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "table"])
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_cite_file_read_in_pieces_matches_one_pass(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    encoding: str,
    as_json: bool,
) -> None:
    """A file read in small blocks gives byte for byte the output of reading it whole.

    Spans index the whole text, and the short name declared in the first line resolves in
    later pieces.
    """
    text = SENTENCE + "\n" + LATER * 40
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode(encoding))
    monkeypatch.setattr(citation_stream, "BLOCK_BYTES", 97)
    result = extract(text)
    expected = (
        dump_json(result.to_dict())
        if as_json
        else "\n".join(citation_lines(result.citations, result.unparsed))
    )
    code, out, _ = _run(capsys, "cite", "--file", str(path), *(["--json"] if as_json else []))
    assert (0, expected + "\n") == (code, out)
    assert len(list(citation_stream.read_pieces(path.open("rb"), str(path)))) > 10


def test_cite_file_of_zeros_is_refused_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """`cite --file /dev/zero` (endless binary input) is refused at once: one line, exit 2."""
    code, out, err = _run(capsys, "cite", "--file", "/dev/zero")
    assert (2, "", "/dev/zero: binary data, not text\n") == (code, out, err)


def test_cite_input_over_the_cap_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Input larger than the cap is refused with one line and exit 2, after what was read."""
    path = tmp_path / "long.txt"
    path.write_text("泉委发〔2021〕5号\n" * 200, encoding="utf-8")
    monkeypatch.setattr(citation_stream, "BLOCK_BYTES", 256)
    monkeypatch.setattr(citation_stream, "MAX_BYTES", 1024)
    code, _, err = _run(capsys, "cite", "--file", str(path))
    assert (2, f"{path}: 拒绝读取：输入超过 0 MB 上限\n") == (code, err)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02" * 100, "binary data, not text"),
        (b"\xff\xfe\xff", "not UTF-16 text"),
    ],
    ids=["empty", "binary", "bad-utf16"],
)
def test_cite_stdin_refusals_are_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: bytes, reason: str
) -> None:
    """Unreadable standard input gets the form readers' reason, one line, exit 2."""
    _stdin(monkeypatch, data)
    code, out, err = _run(capsys, "cite", "-")
    assert (2, "", f"-: {reason}\n") == (code, out, err)


def test_cite_json_lists_aliases(capsys: pytest.CaptureFixture[str]) -> None:
    """`cite --json` lists each short name with the key it stands for and its span."""
    code, out, _ = _run(capsys, "cite", SENTENCE + LATER, "--json")
    data = json.loads(out)
    assert code == 0
    assert [{"name": "决定", "key": "国发〔2019〕7号", "span": [36, 40]}] == data["aliases"]
    assert "《决定》" == SENTENCE[36:40]
    assert ["国发〔2019〕7号", "国务院令第699号", "国发〔2019〕7号", "泉委发〔2021〕5号"] == [
        c["key"] for c in data["citations"]
    ]
