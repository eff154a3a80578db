"""click's own words around yiju's help and usage errors, in the chosen language.

typer (through the click it vendors) writes the frame of every `--help` (`Usage:`, `Options:`,
`Show this message and exit.`, `[default: 5000000]`) and every usage error (`Error: No such
option: --bogus`, `Missing option '-o' / '--output'.`, `Try 'yiju trace --help' for help.`)
in English, with no catalogue to hook. Under Chinese this module says them in Chinese:

- a help formatter (`Context.formatter_class`) that writes the usage prefix, the section
  headings and each option's trailing `[default: …; required]` from the catalogue;
- `frame_group`, the command line's click group, whose subcommands typer makes from their
  functions only when asked for: a run makes the one it runs (typer reads every option of
  every command to make it: 15-20 ms of each query's start-up for the ten commands),
  `--help` all of them;
- `show_usage_error`, which the CLI calls with the exception click raised (the CLI runs the
  command with `standalone_mode=False`): the usage line, the hint and the error, each
  message rebuilt from the exception's parts (which option, which kind, which value) with
  click's fixed phrases replaced (`messages.click_text`). The exit code stays click's (2).

Under English nothing changes: click's own text. The words live in `yiju.messages`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, MutableMapping, Sequence

import typer
from typer._click import exceptions as click_errors
from typer._click.core import Command
from typer._click.formatting import HelpFormatter
from typer.core import TyperGroup
from typer.main import get_command_from_info, get_command_name, get_group
from typer.models import CommandInfo

from yiju.messages import click_text, current, metavar_text, t

__all__ = ["FrameContext", "FrameFormatter", "frame_group", "show_usage_error", "use_frame"]


class FrameFormatter(HelpFormatter):
    """click's help formatter with the frame's words from the catalogue (metavars too:
    `<int range>` reads `<整数>`)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """Write the usage line with the language's prefix (`用法：`)."""
        super().write_usage(prog, args, t("click.usage") if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        """Write a section heading (`选项：`)."""
        self.write(f"{'':>{self.current_indent}}{t('click.heading', heading=click_text(heading))}\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        """Write a definition list, each help's click-made parts in the language."""
        start = len(self.buffer)
        super().write_dl([(term, _help(text)) for term, text in rows], col_max, col_spacing)
        written = "".join(self.buffer[start:])
        del self.buffer[start:]
        self.buffer.append(metavar_text(written))


def _help(text: str) -> str:
    """Return an option's help with click's words translated: `Show this message and exit.`,
    and the trailing `[default: 5000000; x>=1]` (only that part: the help itself is ours)."""
    if current() == "en":
        return text
    head, sep, extra = text.rpartition("  [")
    if sep and extra.endswith("]"):
        return f"{head}  [{click_text(extra[:-1]).replace('; ', '；')}]"
    if text.startswith("[") and text.endswith("]"):
        return f"[{click_text(text[1:-1]).replace('; ', '；')}]"
    return click_text(text)


class FrameContext(typer.Context):
    """The context of every yiju command: its help goes through `FrameFormatter`."""

    formatter_class = FrameFormatter


def use_frame(command: Command) -> Command:
    """Give `command` and its subcommands `FrameContext`; return it."""
    command.context_class = FrameContext
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            use_frame(sub)
    return command


class _LazyCommands(MutableMapping[str, Command]):
    """A group's subcommands by name, in the order they were registered, each made by typer
    (`get_command_from_info`, as `typer.main.get_command` makes them all) on first use."""

    def __init__(self, app: typer.Typer) -> None:
        self._app = app
        self._infos: dict[str, CommandInfo | None] = {
            info.name or get_command_name(str(getattr(info.callback, "__name__", ""))): info
            for info in app.registered_commands
        }
        self._made: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        made = self._made.get(name)
        if made is None:
            info = self._infos[name]  # KeyError: no such command
            if info is None:
                raise KeyError(name)
            made = self._made[name] = use_frame(
                get_command_from_info(
                    info,
                    pretty_exceptions_short=self._app.pretty_exceptions_short,
                    rich_markup_mode=self._app.rich_markup_mode,
                )
            )
        return made

    def __setitem__(self, name: str, command: Command) -> None:
        self._infos.setdefault(name, None)
        self._made[name] = command

    def __delitem__(self, name: str) -> None:
        del self._infos[name]
        self._made.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._infos))

    def __len__(self) -> int:
        return len(self._infos)


def frame_group(app: typer.Typer) -> TyperGroup:
    """Return `app`'s click group (as `typer.main.get_command` makes it, with `FrameContext`),
    its subcommands made only when click asks for one by name or lists them all."""
    bare = copy.copy(app)
    bare.registered_commands = []
    group = get_group(bare)
    group.context_class = FrameContext
    group.commands = _LazyCommands(app)
    return group


def _message(exc: click_errors.UsageError) -> str:
    """Return the error's message in Chinese, rebuilt from its parts where click formats them."""
    ctx = exc.ctx
    if isinstance(exc, click_errors.MissingParameter):
        hint = exc.param_hint
        if hint is None and exc.param is not None:
            hint = exc.param.get_error_hint(ctx) if ctx is not None else exc.param.name
        if hint is not None and not isinstance(hint, str):
            hint = " / ".join(repr(h) for h in hint)
        kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "parameter")
        return t("click.missing", kind=click_text(kind), hint=hint or "")
    if isinstance(exc, click_errors.BadParameter):
        hint = exc.param_hint
        if hint is None and exc.param is not None and ctx is not None:
            hint = exc.param.get_error_hint(ctx)
        if hint is not None and not isinstance(hint, str):
            hint = " / ".join(repr(h) for h in hint)
        if hint is None:
            return t("click.invalid_value", message=click_text(exc.message))
        return t("click.invalid", hint=hint, message=click_text(exc.message))
    if isinstance(exc, click_errors.NoSuchOption) and exc.possibilities:
        options = t("cli.list_sep").join(sorted(exc.possibilities))
        return t("click.possible", message=click_text(exc.message), options=options)
    return click_text(exc.format_message())


def show_usage_error(exc: click_errors.ClickException) -> int:
    """Print a click error as click would, in the chosen language; return its exit code."""
    if current() == "en":
        exc.show()
        return exc.exit_code
    if isinstance(exc, click_errors.NoArgsIsHelpError):
        typer.echo(exc.ctx.get_help(), err=True)
        return exc.exit_code
    if not isinstance(exc, click_errors.UsageError):
        typer.echo(t("click.error", message=click_text(exc.format_message())), err=True)
        return exc.exit_code
    ctx = exc.ctx
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = t("click.try", command=ctx.command_path, option=ctx.help_option_names[0]) + "\n"
        typer.echo(f"{ctx.get_usage()}\n{hint}", err=True)
    typer.echo(t("click.error", message=_message(exc)), err=True)
    return exc.exit_code
