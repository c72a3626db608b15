"""Matching what a user types on the command line to the catalogue's stable keys and product names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

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


def resolve_key(given: str, known: Iterable[str], what: str, aliases: dict[str, str] | None = None) -> str:
    """The catalogue key matching `given`, ignoring case and surrounding spaces, after `aliases`."""
    keys = list(known)
    wanted = given.strip().casefold()
    wanted = (aliases or {}).get(wanted, wanted).casefold()
    for key in keys:
        if key.casefold() == wanted:
            return key
    raise UnknownKeyError(what, given, keys)


def resolve_growth_factor(given: str, known: Iterable[str]) -> str:
    """`TGF-b`, `tgf-beta` and `TGF-β` all name TGF-β; other keys match ignoring case."""
    return resolve_key(given, known, "growth factor", GROWTH_FACTOR_ALIASES)


def resolve_product(given: str, known: Iterable[str]) -> str:
    """Product names match ignoring case: `rejuran` is REJURAN."""
    return resolve_key(given, known, "product")
