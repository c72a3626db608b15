"""Matching what a user types on the command line to the catalogue's stable keys and product names."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Mapping

from dermacounsel.domain.phrasing import SOURCE, TEMPLATES, Said

#: Spellings of growth-factor keys that are easy to type; the catalogue's own key is the value.
GROWTH_FACTOR_ALIASES = {"tgf-b": "TGF-β", "tgf-beta": "TGF-β", "tgfb": "TGF-β", "prp + fgf": "PRP+FGF"}


def kind_words(kind: str) -> str:
    """A kind of entry ("growth factor", "ingredient-category") as a sentence names it in any language: a
    `Said` of its `kind_…` template (domain/phrasing.py); a kind without one, or one already phrased, as
    it is."""
    key = "kind_" + kind.replace(" ", "_").replace("-", "_")
    return kind if isinstance(kind, Said) or key not in TEMPLATES[SOURCE] else Said(key)


def unknown(what: str, given: str, known: Iterable[str], suggestion: str | None) -> Said:
    """ "unknown product 'x' (did you mean 'y'?); valid: a, b" as a `Said`."""
    hint = Said("did_you_mean", suggestion=suggestion) if suggestion else ""
    return Said("unknown_key", what=kind_words(what), given=given, hint=hint, known=", ".join(known))


class UnknownKeyError(ValueError):
    """A typed name that matches nothing; the message (a `Said`) lists what would have matched."""

    def __init__(self, what: str, given: str, known: Iterable[str]) -> None:
        self.given = given
        self.known = list(known)
        self.suggestion = nearest(given, self.known)
        super().__init__(unknown(what, given, self.known, self.suggestion))


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
