"""Matching what a user types on the command line to the catalogue's stable keys and product names."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Mapping

#: Spellings of growth-factor keys that are easy to type; the catalogue's own key is the value.
GROWTH_FACTOR_ALIASES = {"tgf-b": "TGF-β", "tgf-beta": "TGF-β", "tgfb": "TGF-β", "prp + fgf": "PRP+FGF"}


class UnknownKeyError(ValueError):
    """A typed name that matches nothing; the message lists what would have matched."""

    def __init__(self, what: str, given: str, known: Iterable[str]) -> None:
        self.given = given
        self.known = list(known)
        self.suggestion = nearest(given, self.known)
        hint = f" (did you mean {self.suggestion!r}?)" if self.suggestion else ""
        super().__init__(f"unknown {what} {given!r}{hint}; valid: {', '.join(self.known)}")


def nearest(given: str, known: Iterable[str]) -> str | None:
    """The known key closest to a mistyped one ("premium-cel" → "premium-cell"), if one is close."""
    by_folded = {key.casefold(): key for key in known}
    close = difflib.get_close_matches(given.strip().casefold(), list(by_folded), n=1, cutoff=0.6)
    return by_folded[close[0]] if close else None


def fold(text: str) -> str:
    """Text as matched: Unicode-normalised (NFKC, so full-width letters match too), without case."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def resolve_key(
    given: str,
    known: Iterable[str],
    what: str,
    aliases: dict[str, str] | None = None,
    names: Mapping[str, Iterable[str]] | None = None,
) -> str:
    """The catalogue key matching `given`, ignoring case, width and surrounding spaces, after `aliases`;
    with `names` (each key's names in every language the catalogue holds), a name matches too."""
    keys = list(known)
    wanted = fold(given)
    wanted = fold((aliases or {}).get(wanted, wanted))
    for key in keys:
        if fold(key) == wanted:
            return key
    for key in keys:
        if any(fold(name) == wanted for name in (names or {}).get(key, ())):
            return key
    raise UnknownKeyError(what, given, keys)


def resolve_growth_factor(given: str, known: Iterable[str], names: Mapping[str, Iterable[str]] | None = None) -> str:
    """`TGF-b`, `tgf-beta` and `TGF-β` all name TGF-β; other keys (and, with `names`, names) match ignoring
    case."""
    return resolve_key(given, known, "growth factor", GROWTH_FACTOR_ALIASES, names)


def resolve_product(given: str, known: Iterable[str]) -> str:
    """Product names match ignoring case: `rejuran` is REJURAN."""
    return resolve_key(given, known, "product")
