"""Texts that may exist in several languages: English is always present, others (Japanese) may follow."""

from collections.abc import Mapping

SOURCE_LANGUAGE = "en"

#: A user-visible text by language code, e.g. {"en": "Benev", "ja": "ベネブ"}; "en" is always present.
LocalizedText = Mapping[str, str]


def pick(text: LocalizedText | None, language: str = SOURCE_LANGUAGE) -> str:
    """The text in `language`, falling back to English; "" for a missing text."""
    if not text:
        return ""
    return text.get(language) or text.get(SOURCE_LANGUAGE, "")
