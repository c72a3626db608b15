"""Plain words for technical terms: the catalogue's glossary (statements keyed "term-…", each written
"Term / variant: plain explanation."), and which terms a text uses, for hover help and printed glosses."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

TERM_PREFIX = "term-"


@dataclass(frozen=True)
class Gloss:
    """A term, the spellings that count as it ("Angiogenesis / angiogenic"), and its plain explanation."""

    term: str
    spellings: tuple[str, ...]
    plain: str

    def line(self) -> str:
        return f"{self.term}: {self.plain}"


#: What separates a term from its explanation: ": " in English, the full-width "：" in Japanese.
_SEPARATOR = re.compile(r": |：")


def glossary(statements: Mapping[str, str]) -> tuple[Gloss, ...]:
    """The glossary from the catalogue's statements, in their order ("Term / variant: explanation." or,
    in Japanese, "用語 / 別表記：説明。")."""
    found = []
    for key, text in statements.items():
        parts = _SEPARATOR.split(text, maxsplit=1)
        if not key.startswith(TERM_PREFIX) or len(parts) != 2:
            continue
        names, plain = parts
        spellings = tuple(name.strip() for name in re.split(r" / |／", names) if name.strip())
        if spellings:
            found.append(Gloss(spellings[0], spellings, plain.strip().rstrip(".。")))
    return tuple(found)


#: a term is a whole word: not preceded or followed by a Latin letter or digit (Japanese, written
#: without spaces, has no word boundaries to look for)
_BEFORE, _AFTER = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"


def terms_in(texts: Iterable[str], glosses: Iterable[Gloss]) -> list[Gloss]:
    """The glossary's terms that appear in `texts` (whole words, any case), in glossary order."""
    joined = "\n".join(texts)
    used = []
    for gloss in glosses:
        if any(re.search(rf"{_BEFORE}{re.escape(s)}{_AFTER}", joined, re.IGNORECASE) for s in gloss.spellings):
            used.append(gloss)
    return used


def term_pattern(glosses: Iterable[Gloss], spelled: Callable[[str], str] = str) -> re.Pattern[str] | None:
    """One pattern finding any spelling of any term (longest first, whole words, any case), each written
    as `spelled` gives it (e.g. HTML-escaped, to search escaped text); None for an empty glossary."""
    spellings = sorted({spelled(s) for gloss in glosses for s in gloss.spellings}, key=len, reverse=True)
    if not spellings:
        return None
    return re.compile(_BEFORE + "(" + "|".join(re.escape(s) for s in spellings) + ")" + _AFTER, re.IGNORECASE)


def gloss_of(found: str, glosses: Iterable[Gloss]) -> Gloss | None:
    """The gloss whose spelling `found` is (any case)."""
    folded = found.casefold()
    return next((g for g in glosses if any(s.casefold() == folded for s in g.spellings)), None)
