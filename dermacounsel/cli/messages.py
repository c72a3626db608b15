"""The command line's own messages in the user's language: --lang, else the app's setting, else the
system's (ui.language.chosen_language, as for what the commands write).

They are translated from the app's .qm file like the interface's strings, with a translator loaded for
the command line alone (not installed in an application: most commands never make one). `translate` is
named as pyside6-lupdate looks for it, so `translate("cli", "…")` puts the message in the .ts file.
PySide6 is imported only when a message is asked for in a language other than English, so `--help` and
`--version` stay light. argparse's own usage, help and its messages about bad arguments stay English.
"""

from __future__ import annotations

from functools import cache
from typing import Any

SOURCE_LANGUAGE = "en"
_chosen: list[str] = []  # --lang for this run


def choose(language: str | None) -> None:
    """The --lang given to this run (None: the app's setting, else the system's language)."""
    _chosen[:] = [language] if language else []


def language() -> str:
    if _chosen:
        return _chosen[0]
    from dermacounsel.ui.language import chosen_language

    return chosen_language()


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
