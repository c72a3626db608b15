"""The names the app shows (menus, views, buttons, labels) in English and Japanese, read from the Japanese .ts
file, so that a document naming a menu or a button (the help guide, docs/README.ja.md) can be checked
against what the user really sees: a renamed button or a made-up menu fails the check."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "dermacounsel_ja.ts"


def shown_name(text: str) -> str:
    """A menu or button text as a user reads and writes it: without its mnemonic ("(&F)", "&") and "…"."""
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


@cache
def names(language: str) -> frozenset[str]:
    """Every short text of the interface in `language` ("en": the source strings, "ja": their translations)."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        text = source if language == "en" else message.findtext("translation") or ""
        if text and "{" not in text and len(text) <= 60:
            found.add(shown_name(text))
    return frozenset(found)


def menu_path_parts(path: str) -> list[str]:
    """The parts of a menu path written as "File > Settings" or "ファイル → 設定"."""
    return [part.strip() for part in re.split(r"\s*(?:>|&gt;|→)\s*", path) if part.strip()]


def unknown_names(bold: list[str], language: str) -> list[str]:
    """The parts of bold menu paths and button names that the interface does not show in `language`."""
    known = names(language)
    return [part for text in bold for part in menu_path_parts(text) if shown_name(part) not in known]
