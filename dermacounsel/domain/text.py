"""Texts that may exist in several languages: English is always present, others (Japanese) may follow,
each with where it came from.

A text is kept as one mapping, the same in the catalogue file and in the database:
``{"en": "Epidermis", "ja": "表皮", "ja_source": "translation"}``. Language codes map to the text in that
language; a key with an underscore is a record about one version, never a language code (codes hold no
underscore): ``<language>_source`` says where a translation came from (ORIGINS), and
``<language>_outdated`` names the language that was changed after that version was written, so the
version may no longer say the same (``{"en": "New words", "ja": "古い訳", "ja_outdated": "en"}``).
"""

from collections.abc import Mapping

SOURCE_LANGUAGE = "en"

#: A user-visible text by language code, e.g. {"en": "Benev", "ja": "ベネブ", "ja_source": "article"};
#: "en" is always present.
LocalizedText = Mapping[str, str]

#: What ``<language>_source`` records: the article's own words in that language (the Japanese original),
#: a translation made for this app, or the clinic's own wording (typed in the editor).
ARTICLE, TRANSLATION, CLINIC = "article", "translation", "clinic"
ORIGINS = (ARTICLE, TRANSLATION, CLINIC)
ORIGIN_SUFFIX = "_source"
OUTDATED_SUFFIX = "_outdated"


def pick(text: LocalizedText | None, language: str = SOURCE_LANGUAGE) -> str:
    """The text in `language`, falling back to English; "" for a missing text."""
    if not text:
        return ""
    return text.get(language) or text.get(SOURCE_LANGUAGE, "")


def origin_key(language: str) -> str:
    """The key that records where the `language` version of a text came from ("ja_source")."""
    return language + ORIGIN_SUFFIX


def outdated_key(language: str) -> str:
    """The key that records that the `language` version may be out of date ("ja_outdated")."""
    return language + OUTDATED_SUFFIX


def is_language(key: str) -> bool:
    """Whether a key of a text mapping is a language code (and not a ``…_source`` or ``…_outdated``
    record: language codes hold no underscore)."""
    return "_" not in key


def outdated(text: LocalizedText | None) -> dict[str, str]:
    """The versions of `text` that may be out of date, each with the language changed after it was
    written: {"ja": "en"} when the English was changed and the Japanese left as it was."""
    return {
        language: (text or {})[outdated_key(language)]
        for language in versions(text)
        if (text or {}).get(outdated_key(language)) in versions(text)
    }


def versions(text: LocalizedText | None) -> dict[str, str]:
    """The text's versions by language, without the records of where they came from."""
    return {language: value for language, value in (text or {}).items() if is_language(language)}


def origin(text: LocalizedText | None, language: str) -> str | None:
    """Where the `language` version of `text` came from (ORIGINS): None for English, which is the
    catalogue's own, and for a language the text has no version in. A version whose origin was not
    recorded (written before the app recorded it) is a translation: nothing claims it is the article's."""
    if not text or language == SOURCE_LANGUAGE or language not in text:
        return None
    return text.get(origin_key(language)) or TRANSLATION


def with_version(text: LocalizedText | None, language: str, value: str, source: str) -> dict[str, str]:
    """`text` with its `language` version set to `value` (recorded as coming from `source`), or removed
    when `value` is empty; every other language kept as it was."""
    result = dict(text or {})
    if value:
        result[language] = value
        if language != SOURCE_LANGUAGE:
            result[origin_key(language)] = source
    else:
        result.pop(language, None)
        result.pop(origin_key(language), None)
    return result


def with_versions(
    text: LocalizedText | None, typed: Mapping[str, str], source: str, up_to_date: bool = False
) -> dict[str, str] | None:
    """`text` with each language of `typed` set to what was typed there (a changed translation recorded as
    coming from `source`, an empty one removed), every other language and record kept; None when no
    version is left. It records what may have fallen behind: a version rewritten while another was left
    as it was marks that other as possibly out of date (``ja_outdated: "en"``), unless the rewritten one
    was itself marked, in which case it has caught up and only its own mark goes. A translation added or
    removed marks nothing; changing every version clears every mark, and so does `up_to_date` (the user
    said the versions agree). Nothing typed differently and not `up_to_date`: `text` itself, unchanged."""
    before = dict(text or {})
    changed = [language for language, value in typed.items() if value != before.get(language, "")]
    if not changed and not (up_to_date and outdated(before)):
        return dict(text) if text is not None else None
    result = before
    for language in changed:
        result = with_version(result, language, typed[language], source)
    marks = outdated(before)
    rewritten = [language for language in changed if language in before and language in result]
    caught_up = [language for language in changed if language in marks]
    for language in changed:
        marks.pop(language, None)
    if rewritten and not caught_up:
        for language in versions(result):
            if language not in changed:
                marks[language] = rewritten[0]
    if up_to_date:
        marks = {}
    for key in [key for key in result if key.endswith(OUTDATED_SUFFIX)]:
        del result[key]
    present = versions(result)
    for language, since in marks.items():
        if language in present and since in present:
            result[outdated_key(language)] = since
    return result or None
