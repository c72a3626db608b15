"""Texts that may exist in several languages: English is always present, others (Japanese) may follow,
each with where it came from.

A text is kept as one mapping, the same in the catalogue file and in the database:
``{"en": "Epidermis", "ja": "表皮", "ja_source": "translation"}``. Language codes map to the text in that
language; ``<language>_source`` (never a language code: codes hold no underscore) says where a
translation came from (ORIGINS).
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


def pick(text: LocalizedText | None, language: str = SOURCE_LANGUAGE) -> str:
    """The text in `language`, falling back to English; "" for a missing text."""
    if not text:
        return ""
    return text.get(language) or text.get(SOURCE_LANGUAGE, "")


def origin_key(language: str) -> str:
    """The key that records where the `language` version of a text came from ("ja_source")."""
    return language + ORIGIN_SUFFIX


def is_language(key: str) -> bool:
    """Whether a key of a text mapping is a language code (and not a ``…_source`` record)."""
    return not key.endswith(ORIGIN_SUFFIX)


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
