"""The interface language: which one (日本語 or English, defaulting to the system's), remembered in
QSettings, and the Qt translators (the app's own and Qt's qtbase) that make it so, switched live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from dermacounsel import paths

#: The languages the app speaks, each named in itself (so a user can find their own in either).
LANGUAGES: dict[str, str] = {"ja": "日本語", "en": "English"}
SOURCE_LANGUAGE = "en"  # the language of the source strings: needs no translator
SETTING = "interface/language"

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer to an installed translator
_current = [SOURCE_LANGUAGE]
_for_this_run: list[str] = []  # the command line's --lang: wins over the setting, never saved


def current_language() -> str:
    """The language whose translators are installed now."""
    return _current[0]


def system_language() -> str:
    """Japanese when the system's locale is Japanese, else English."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else SOURCE_LANGUAGE


def chosen_language() -> str:
    """--lang for this run, else the language the user chose last (QSettings), else the system's."""
    if _for_this_run:
        return _for_this_run[0]
    value = _settings().value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else system_language()


def remember_language(language: str) -> None:
    _settings().setValue(SETTING, language)


def choose_for_this_run(language: str) -> None:
    """The command line's --lang: used instead of the setting by this process, and not remembered."""
    _for_this_run[:] = [language]


def _settings() -> QSettings:
    # named explicitly, so that the command line reads the same setting before any application exists
    return QSettings("DermaCounsel", "DermaCounsel")


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def install_translators(language: str) -> None:
    """Replace the installed translators with `language`'s: the app's strings and Qt's own (the print,
    file and message dialogs). Widgets receive a LanguageChange event; English removes them all."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = language
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English))
    if language == SOURCE_LANGUAGE:
        return
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    ours = QTranslator(app)
    if not ours.load(f"dermacounsel_{language}", translations_dir()):
        raise FileNotFoundError(f"DermaCounsel is incompletely installed: dermacounsel_{language}.qm is missing")
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)


def label_colon() -> str:
    """What comes between a label and what it labels, in the interface's language: ": " in English, the
    full-width "：" (no space after it) in Japanese."""
    #: Between a label and what it labels; Japanese uses the full-width colon with no space after it.
    return QCoreApplication.translate("language", ": ", "between a label and what it labels (Japanese: ：)")


def said(text: object) -> str:
    """A text phrased by domain/phrasing.py (a `Said`: a storage or service message, a server's
    description) said in the interface's language; any other text as it is."""
    from dermacounsel.domain.phrasing import in_language  # plain Python, loaded only when a text is shown

    return str(in_language(text, current_language()))


def system_reason(error: BaseException) -> str:
    """Why a file operation failed, in the interface's language: the system's words for an OSError (in
    Japanese for the common causes: a missing file, no permission, a full disk...), else the error's text."""
    from dermacounsel.domain.phrasing import system_reason as reason

    return said(reason(error))


def error_text(error: BaseException) -> str:
    """An error's message in the interface's language, where the error knows how to say it there: its own
    `phrase(language)` (a catalogue file's problem), or a message phrased by domain/phrasing.py (a `Said`)
    said again; other errors' messages as they are."""
    phrase = getattr(error, "phrase", None)
    if callable(phrase):
        return str(phrase(current_language()))
    if len(error.args) == 1:
        return said(error.args[0])
    return str(error)
