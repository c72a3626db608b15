"""The command line's own messages in the user's language: --lang, else the app's setting, else the
system's (ui.language.chosen_language, as for what the commands write).

They are translated from the app's .qm file like the interface's strings, with a translator loaded for
the command line alone (not installed in an application: most commands never make one). `translate` is
named as pyside6-lupdate looks for it, so `translate("cli", "…")` puts the message in the .ts file.

That covers argparse too: the commands' help texts are given to it translated (cli.build_parser), and its
own texts (the usage and help headings, the -h and --version help, its messages about bad arguments) are
listed here as Python 3.11's argparse writes them, marked for the .ts file, and said in the chosen language
by the parser and help formatter of cli/common.py: headings and help when they are formatted, messages
read back from what argparse wrote (`argparse_message`). argparse itself offers only gettext for that,
which reads compiled catalogues chosen by the process's locale, not the app's .qm nor --lang; replacing
its module-private `_` would work only as long as argparse keeps that name. --lang is read from the
arguments before the parser is built (`language_given`), so that its help and errors are in it.

PySide6 is imported only when a message is asked for in a language other than English, so `--help` and
`--version` stay light: with no --lang, English is known without Qt (`_english_without_qt`) wherever the
app's setting and the system's locale can be read without it (Linux and the BSDs).
"""

from __future__ import annotations

import configparser
import os
import re
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

SOURCE_LANGUAGE = "en"
LANGUAGES = ("ja", "en")
_chosen: list[str] = []  # --lang for this run


def choose(language: str | None) -> None:
    """The --lang given to this run (None: the app's setting, else the system's language)."""
    _chosen[:] = [language] if language else []


def language_given(argv: Sequence[str]) -> str | None:
    """The --lang named in `argv` (`--lang ja` or `--lang=ja`, before the command or after it), read before
    argparse reads the rest: its help and its messages about bad arguments are said in that language."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        name, equals, value = argument.partition("=")
        if name != "--lang":
            continue
        given = value if equals else (argv[index + 1] if index + 1 < len(argv) else "")
        if given in LANGUAGES:
            return given
    return None


def language() -> str:
    if _chosen:
        return _chosen[0]
    if _english_without_qt():
        return SOURCE_LANGUAGE
    from dermacounsel.ui.language import chosen_language

    return chosen_language()


# The app's setting of the interface language (ui.language.SETTING) as QSettings stores it on Linux and
# the BSDs: the key "language" of the section [interface] of DermaCounsel/DermaCounsel.conf, in the
# user's configuration folder, else in the system's.
_SETTINGS_FILE = Path("DermaCounsel") / "DermaCounsel.conf"


def _english_without_qt() -> bool:
    """True when the chosen language is certainly English, found without Qt: the app's setting is English,
    or there is none and no locale variable names Japanese. Anything else (Japanese
    plausible, a setting that cannot be read, Windows or macOS, whose settings and locale only Qt reads as
    the app does) is left to ui.language.chosen_language, as is everything once Qt is loaded anyway."""
    if sys.platform in ("win32", "darwin") or "dermacounsel.ui.language" in sys.modules:
        return False
    home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    system = (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":")
    for folder in [home, *system]:
        if not folder:
            continue
        path = Path(folder) / _SETTINGS_FILE
        if not path.exists():
            continue
        settings = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            settings.read(path, encoding="utf-8")
        except (OSError, UnicodeDecodeError, configparser.Error):
            return False
        chosen = settings.get("interface", "language", fallback=None)
        if chosen is not None:
            return chosen == SOURCE_LANGUAGE
    # no setting: the system's language, which Qt reads from these variables
    locale = [value for name, value in os.environ.items() if name in ("LANG", "LANGUAGE") or name.startswith("LC_")]
    return not any(part.strip().lower().startswith("ja") for value in locale for part in value.split(":"))


@cache
def _translator(language: str) -> Any:
    from PySide6.QtCore import QTranslator

    from dermacounsel.ui.language import translations_dir

    translator = QTranslator()
    translator.load(f"dermacounsel_{language}", translations_dir())
    return translator


def translate(context: str, text: str) -> str:
    """`text` in the chosen language (itself in English, or where the .qm file has no translation)."""
    chosen = language()
    if chosen == SOURCE_LANGUAGE:
        return text
    return str(_translator(chosen).translate(context, text)) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks `text` for translation where it is defined (a table), without loading Qt as PySide6's own
    would; `translate` it where it is shown."""
    del context
    return text


#: argparse's own headings and help texts, as it writes them, said in the chosen language by the help
#: formatter (cli.common.Formatter) when it formats them.
ARGPARSE_TEXTS = frozenset(
    (
        QT_TRANSLATE_NOOP("cli", "usage: "),
        QT_TRANSLATE_NOOP("cli", "positional arguments"),
        QT_TRANSLATE_NOOP("cli", "options"),
        QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
        QT_TRANSLATE_NOOP("cli", "show program's version number and exit"),
    )
)

#: argparse's messages about bad arguments (Python 3.11's gettext texts, with its % placeholders), most
#: specific first: "expected one argument" before "expected %s argument".
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("cli", "expected one argument"),
    QT_TRANSLATE_NOOP("cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("cli", "expected %s argument"),
    QT_TRANSLATE_NOOP("cli", "expected %s arguments"),
    QT_TRANSLATE_NOOP("cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("cli", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("cli", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("cli", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("cli", "can't open '%(filename)s': %(error)s"),
)

_PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]|%[sr]|%%")


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression that reads `template`'s placeholders back out of the message argparse made."""
    pattern, position, count = "", 0, 0
    for found in _PLACEHOLDER.finditer(template):
        pattern += re.escape(template[position : found.start()])
        if found.group() == "%%":
            pattern += "%"
        else:
            pattern += f"(?P<{found.group(1) or f'_{count}'}>.+?)"
            count += found.group(1) is None
        position = found.end()
    return re.compile(pattern + re.escape(template[position:]) + r"\Z", re.DOTALL)


def _fill(template: str, values: dict[str, str]) -> str:
    """`template` (a translation of one of argparse's) with the values read out of its English message."""
    count = 0

    def value(found: re.Match[str]) -> str:
        nonlocal count
        if found.group() == "%%":
            return "%"
        if found.group(1):
            return values.get(found.group(1), found.group())
        count += 1
        return values.get(f"_{count - 1}", found.group())

    return _PLACEHOLDER.sub(value, template)


def argparse_message(message: str) -> str:
    """One of argparse's messages about bad arguments, as it wrote it in English, said in the chosen
    language: read back against its templates (the values in it, such as the argument given and the
    choices, are kept as they are) and written with the template's translation. A message none of them
    reads, such as one a command's own argument type wrote (already translated), is kept as it is."""
    if language() == SOURCE_LANGUAGE:
        return message
    for template in ARGPARSE_MESSAGES:
        found = _pattern(template).match(message)
        if found is not None:
            values = found.groupdict()
            if "message" in values:  # "argument --paper: invalid choice: …": the inner message too
                values["message"] = argparse_message(values["message"])
            return _fill(translate("cli", template), values)
    return message
