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


def glossary(statements: Mapping[str, str]) -> tuple[Gloss, ...]:
    """The glossary from the catalogue's statements, in their order."""
    found = []
    for key, text in statements.items():
        if not key.startswith(TERM_PREFIX) or ": " not in text:
            continue
        names, plain = text.split(": ", 1)
        spellings = tuple(name.strip() for name in names.split(" / ") if name.strip())
        if spellings:
            found.append(Gloss(spellings[0], spellings, plain.strip().rstrip(".")))
    return tuple(found)


def terms_in(texts: Iterable[str], glosses: Iterable[Gloss]) -> list[Gloss]:
    """The glossary's terms that appear in `texts` (whole words, any case), in glossary order."""
    joined = "\n".join(texts)
    used = []
    for gloss in glosses:
        if any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", joined, re.IGNORECASE) for s in gloss.spellings):
            used.append(gloss)
    return used
