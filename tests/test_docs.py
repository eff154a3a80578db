"""Every CLI command is documented: help text, a README section, a CHANGELOG mention."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from yiju.audit import RULES
from yiju.cli import app

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_commands_are_the_documented_set() -> None:
    """The CLI has exactly the commands the README describes."""
    assert COMMANDS == [
        "audit",
        "cite",
        "cover",
        "export",
        "index",
        "parse",
        "render",
        "report",
        "trace",
        "who",
    ]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    """Each command explains itself in --help."""
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    assert command.help
    assert len(command.help.strip()) > 20


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name: str) -> None:
    """Each command has its own section in the README."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"### `yiju {name}`" in readme


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_changelog(name: str) -> None:
    """Each command is mentioned in the CHANGELOG."""
    assert f"yiju {name}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_every_rule_is_listed_in_the_readme() -> None:
    """The README's rule table names every registered rule with its slug and severity."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [
        r.code for r in RULES.values() if f"| {r.code} | `{r.slug}` | {r.severity.value} |" not in readme
    ]
    assert missing == []
