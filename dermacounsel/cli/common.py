"""What the commands share: one-line errors, opening the catalogue through the service, and argument
types."""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dermacounsel.cli.messages import ARGPARSE_TEXTS, QT_TRANSLATE_NOOP, argparse_message, translate

if TYPE_CHECKING:
    from dermacounsel.services.catalogue import Catalogue

PROG = "dermacounsel"


class UserError(Exception):
    """A problem the user can fix, reported as one line without a traceback."""


def said(error: BaseException) -> str:
    """An error's message in the chosen language (--lang, else the app's setting): its own
    `phrase(language)`, or a message phrased by domain/phrasing.py (a `Said`, as storage's and the
    service's errors carry) said again there; any other error's text as it is."""
    from dermacounsel.cli.messages import language

    phrase = getattr(error, "phrase", None)
    if callable(phrase):
        return str(phrase(language()))
    if len(error.args) == 1:
        from dermacounsel.domain.phrasing import in_language

        return str(in_language(error.args[0], language()))
    return str(error)


class PrintLicences(argparse.Action):
    """`--licenses`: print the third-party components and their licences and exit, like `--version`
    (no Qt, no database; the list is read only when asked for, not at every start)."""

    def __init__(self, option_strings: Any, dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from dermacounsel.licences import report

        sys.stdout.write(report())
        parser.exit(0)


def columns(text: str) -> int:
    """How many columns `text` takes on a terminal: two for each wide character (Japanese's), one for the
    others."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


# What a line may not start with (closing brackets, Japanese punctuation) nor end with (opening brackets):
# each is kept with the character beside it (kinsoku).
_UNIT = re.compile(r"[（「『【〈《]*(?:[\x21-\x7e]+|\S)[、。，．）」』】〉》：；！？ー…・]*| ")


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, breaking at spaces or between any two wide characters,
    never before closing punctuation nor after an opening bracket (a word longer than a line overflows)."""
    lines, line = [], ""
    for unit in _UNIT.findall(" ".join(text.split())):
        if line.strip() and columns(line + unit.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
            if unit == " ":
                continue
        line += unit
    return [*lines, line.rstrip()] if line.strip() else lines


class Formatter(argparse.HelpFormatter):
    """argparse's help in the chosen language: its own headings, "usage:" and the -h and --version help
    said by `translate` (the commands' own texts are given to argparse translated), and text with wide
    characters wrapped by the columns it takes (argparse counts characters, and breaks only at spaces).
    English text is formatted by argparse exactly as it would be. (`_get_help_string`, `_split_lines` and
    `_fill_text` are the methods argparse's own formatter classes override to the same ends.)"""

    _prefix: tuple[str, str] | None = None  # the translated "usage: ", and the spaces formatted in its place

    def start_section(self, heading: str | None) -> None:
        super().start_section(translate("cli", heading) if heading in ARGPARSE_TEXTS else heading)

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("cli", "usage: ")
            if not prefix.isascii():  # argparse indents the usage's next lines by len(prefix): say its width
                self._prefix = (prefix, " " * columns(prefix))
                prefix = self._prefix[1]
        super().add_usage(usage, actions, groups, prefix)

    def format_help(self) -> str:
        text = super().format_help()
        if self._prefix is not None and text.startswith(self._prefix[1]):
            text = self._prefix[0] + text[len(self._prefix[1]) :]
        # argparse ends each heading with ":"; a Japanese heading takes the full-width "："
        return re.sub(r"(?m)^(\S.*[^\x00-\x7f]):$", r"\1：", text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        return translate("cli", text) if text in ARGPARSE_TEXTS else text

    def _split_lines(self, text: str, width: int) -> list[str]:
        return super()._split_lines(text, width) if text.isascii() else wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.isascii():
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


class Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr and exit status 2, without the usage block, and
    its help and messages are in the chosen language (see cli.messages)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(**kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        said = translate("cli", "{prog}: error: {message} (see '{command} --help')")
        self.exit(2, said.format(prog=self.prog, message=argparse_message(message), command=PROG) + "\n")


def database_path(args: argparse.Namespace) -> Path | str:
    """The catalogue named by --db or $DERMACOUNSEL_DB: a file path, or a server's URL (kept as text,
    told apart by the service). A path with "?" or "%" in it stays a path."""
    from dermacounsel.paths import default_database_path

    chosen = args.db or default_database_path()
    if isinstance(chosen, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", chosen):
        return chosen
    return Path(chosen).expanduser()


def existing_database_path(args: argparse.Namespace) -> Path | str:
    """The database path, which must exist unless it is the default location (created on first start)
    or --create was given: a mistyped --db ("cat.sqlite" for "cat.sqlite3") must not start a new, empty
    catalogue that an import then "succeeds" into. A server's URL is passed on as it is."""
    from dermacounsel.paths import DATABASE_ENV

    path = database_path(args)
    if isinstance(path, str):
        return path
    named = bool(args.db or os.environ.get(DATABASE_ENV))
    if named and not getattr(args, "create", False) and not path.exists() and not path.is_symlink():
        where = "--db" if args.db else f"${DATABASE_ENV}"
        raise UserError(
            translate(
                "cli",
                "{path}: there is no catalogue there (check the {where} path); add --create to make a new one "
                "from the bundled catalogue",
            ).format(path=path, where=where)
        )
    return path


def cannot_write(path: object, error: OSError) -> str:
    """A file the command could not write, and why (the system's words)."""
    from dermacounsel.cli.messages import language
    from dermacounsel.domain.phrasing import in_language, system_reason

    reason = in_language(system_reason(error), language())
    return translate("cli", "{path}: cannot be written ({reason})").format(path=path, reason=reason)


def patient(args: argparse.Namespace) -> str:
    """The name to print, from --patient, or from standard input with `--patient -`: an argument shows in
    every local user's `ps` and in the shell's history, standard input in neither."""
    given: str | None = getattr(args, "patient", None)
    if given != "-":
        return given or ""
    return sys.stdin.readline().strip()


def warn_about_the_logo(logo: str) -> None:
    """A clinic logo that can no longer be read is left off the page; say so."""
    from dermacounsel.ui.settings import logo_problem

    problem = logo_problem(logo) if logo else None
    if problem:
        warning = translate(
            "cli", "{prog}: warning: the clinic logo is left out ({problem}); choose it again in Settings"
        )
        print(warning.format(prog=PROG, problem=problem), file=sys.stderr)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Catalogue]:
    """The catalogue named by --db (or the default one), opened through the service and closed after."""
    from dermacounsel.services.catalogue import Catalogue, DatabaseError
    from dermacounsel.ui import language

    if getattr(args, "lang", None):
        language.choose_for_this_run(args.lang)
    try:
        catalogue = Catalogue.open(existing_database_path(args))
    except DatabaseError as error:
        raise UserError(said(error)) from None
    catalogue.set_language(language.chosen_language())
    try:
        yield catalogue
    finally:
        catalogue.close()


def render(args: argparse.Namespace, catalogue: Catalogue, build: Callable[[Catalogue], Any], what: str) -> int:
    """Build a view offscreen with `build(catalogue)` and write it to args.out at args.size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.render import RenderError, render_widget

    quiet_qt_noise()
    app = make_application()
    view = build(catalogue)
    try:
        render_widget(view, QSize(*args.size), args.out)
    except RenderError as error:
        raise UserError(str(error)) from None
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
    print(translate("cli", "Rendered {what} to {path}").format(what=what, path=args.out), file=sys.stderr)
    return 0


def size(text: str) -> tuple[int, int]:
    """ "1280x800" as (1280, 800), for argparse."""
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{given!r} is not a size such as 1280x800").format(given=text)
        ) from None
    if not all(100 <= side <= 8000 for side in size):
        raise argparse.ArgumentTypeError(
            translate("cli", "{given!r}: each side must be from 100 to 8000 pixels").format(given=text)
        )
    return size  # each view then refuses a size it cannot be laid out in, naming its minimum (ui/render)


def _output(text: str, suffixes: tuple[str, ...], wrong: str) -> Path:
    """A file the command will write: named with one of `suffixes`, in a folder that exists."""
    path = Path(text).expanduser()
    if path.suffix.lower() not in suffixes:
        raise argparse.ArgumentTypeError(f"{text!r}: " + translate("cli", wrong))
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(
            translate("cli", "{given!r}: the folder {folder} does not exist").format(given=text, folder=path.parent)
        )
    return path


def png(text: str) -> Path:
    return _output(text, (".png",), QT_TRANSLATE_NOOP("cli", "the image is written as PNG, so name a .png file"))


def pdf(text: str) -> Path:
    return _output(text, (".pdf",), QT_TRANSLATE_NOOP("cli", "the sheet is written as PDF, so name a .pdf file"))


def chart_file(text: str) -> Path:
    wrong = QT_TRANSLATE_NOOP("cli", "name a .png, .svg or .pdf file (the format follows the name)")
    return _output(text, (".png", ".svg", ".pdf"), wrong)


def check_depth(depth: float | None, procedure: str | None, procedures: dict[str, Any]) -> None:
    """A --depth is a needle setting of the chosen procedure, on its scale and in its steps."""
    if depth is None:
        return
    card = procedures.get(procedure or "")
    if card is None or card.needle_depth_mm is None:
        needled = ", ".join(key for key, c in procedures.items() if c.needle_depth_mm)
        raise UserError(
            translate("cli", "--depth sets a needle depth; use it with --procedure {procedures}").format(
                procedures=needled
            )
        )
    low, high, step = card.needle_depth_mm
    steps = depth / step
    if not low - 1e-9 <= depth <= high + 1e-9 or abs(steps - round(steps)) > 1e-6:
        raise UserError(
            translate(
                "cli", "--depth {depth:g}: the {name} is set from {low:.1f} to {high:.1f} mm in {step:.1f} mm steps"
            ).format(depth=depth, name=card.name, low=low, high=high, step=step)
        )


def dpi(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{given!r} is not a whole number").format(given=text)
        ) from None
    if not 50 <= value <= 600:
        raise argparse.ArgumentTypeError(
            translate("cli", "{given}: choose from 50 to 600 dots per inch").format(given=value)
        )
    return value
