"""The command line's start-up: the click group whose subcommands are made on first use.

`cli_frame.frame_group` makes only the subcommand a run asks for (typer reads every option
of every command to make it); every output must stay what typer's own group
(`typer.main.get_command`) gives: help, usage errors, suggestions, in both languages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import typer

import yiju.cli_frame
from yiju.cli import app, main
from yiju.cli_frame import use_frame

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]

RUNS = [
    [],
    ["--help"],
    ["--version"],
    ["trac"],
    ["bogus", "--db", "x"],
    ["--bogus"],
    ["--max-cells", "0", "trace"],
    ["trace", "--bogus"],
    ["trace", "--limit", "0", "--doc", "x"],
    ["who", "--by"],
    *[[name, "--help"] for name in COMMANDS],
]


def _eager(given: typer.Typer) -> Any:
    """typer's own group: every subcommand made up front."""
    return use_frame(typer.main.get_command(given))


def _outputs(capsys: pytest.CaptureFixture[str], lang: str) -> list[tuple[int, str, str]]:
    found = []
    for args in RUNS:
        code = main(["--lang", lang, *args])
        out, err = capsys.readouterr()
        found.append((code, out, err))
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_lazy_group_says_what_typers_group_says(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Help of the root and of every command, usage errors and a typo's suggestion: the same."""
    lazy = _outputs(capsys, lang)
    monkeypatch.setattr(yiju.cli_frame, "frame_group", _eager)
    eager = _outputs(capsys, lang)
    assert [(r, e) for r, e in zip(RUNS, eager, strict=True)] == [
        (r, x) for r, x in zip(RUNS, lazy, strict=True)
    ]
    assert len({out for _, out, _ in lazy}) > len(COMMANDS)  # the runs said different things


def test_a_run_makes_only_its_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`yiju cite …` makes the `cite` command and no other; `yiju --help` makes them all."""
    made: list[str] = []
    real: Callable[..., Any] = yiju.cli_frame.get_command_from_info

    def counting(info: Any, **options: Any) -> Any:
        command = real(info, **options)
        made.append(command.name)
        return command

    monkeypatch.setattr(yiju.cli_frame, "get_command_from_info", counting)
    code = main(["cite", "泉委发〔2021〕5号", "--key"])
    one = (code, capsys.readouterr().out, list(made))
    made.clear()
    main(["--help"])
    capsys.readouterr()
    assert ((0, "泉委发〔2021〕5号\n", ["cite"]), sorted(made)) == (one, COMMANDS)
