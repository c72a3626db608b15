"""Plain words for technical terms: the catalogue's glossary (statements keyed "term-…", each written
"Term / variant: plain explanation."), and which terms a text uses, for hover help and printed glosses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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


def _spelled(spelling: str) -> re.Pattern[str]:
    """A spelling as a whole word, any case. Japanese runs words together without spaces, so a spelling
    that ends in a Japanese character ("血管新生", in "血管新生の促進") is found wherever it stands; an
    ASCII one ("FGF") not inside a longer ASCII word ("bFGF" is not "FGF"), though Japanese may follow it
    directly ("FGFを含む")."""

    def edge(char: str) -> bool:
        return char.isascii()

    before = r"(?<![A-Za-z0-9_])" if edge(spelling[0]) else ""
    after = r"(?![A-Za-z0-9_])" if edge(spelling[-1]) else ""
    return re.compile(before + re.escape(spelling) + after, re.IGNORECASE)


def terms_in(texts: Iterable[str], glosses: Iterable[Gloss]) -> list[Gloss]:
    """The glossary's terms that appear in `texts` (whole words, any case), in glossary order."""
    joined = "\n".join(texts)
    used = []
    for gloss in glosses:
        if any(_spelled(s).search(joined) for s in gloss.spellings):
            used.append(gloss)
    return used
