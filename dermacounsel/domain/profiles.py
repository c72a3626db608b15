"""Growth-factor profiles: a factor's six ratings, a product's derived from the factors it lists, and
the ranking of factors on one effect.

A product's profile takes, for each effect, the strongest rating among the rated growth factors its
components link to (bFGF links to FGF). A product that lists no rated growth factor has no profile:
it is marked as such rather than drawn as zeros, which would read as "no effect".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dermacounsel.domain.records import GrowthFactorCard, ProductLinks


@dataclass(frozen=True)
class Profile:
    """What a radar draws: one level per effect, in the article's order.

    Attributes:
        key: the factor's key, or the product's name.
        levels: one rating per effect; None where there is nothing to draw (no rated factor).
        basis: the factors the levels come from (for a product), e.g. ("EGF", "FGF").
        unrated: growth factors the product lists that the article does not rate (IGF-2, VEGF...).
        inferred: the profile rests on an inferred column (PRP + FGF).
    """

    key: str
    label: str
    levels: tuple[int, ...] | None
    basis: tuple[str, ...] = ()
    unrated: tuple[str, ...] = ()
    inferred: bool = False


def factor_profile(card: GrowthFactorCard, effect_keys: Sequence[str]) -> Profile:
    levels = {r.effect_key: r.level for r in card.ratings}
    if not card.rated or any(key not in levels for key in effect_keys):
        return Profile(card.key, card.name, None, inferred=bool(card.inference_note))
    return Profile(
        card.key, card.name, tuple(levels[key] for key in effect_keys), (card.key,), inferred=bool(card.inference_note)
    )


def product_profile(product: ProductLinks, cards: Sequence[GrowthFactorCard], effect_keys: Sequence[str]) -> Profile:
    """The strongest listed rated factor per effect; None levels when the product lists no rated factor."""
    by_key = {card.key: card for card in cards}
    linked = []
    for _component, kind, target in product.links:
        if kind == "growth_factor" and target in by_key and target not in linked:
            linked.append(target)
    rated = [by_key[key] for key in linked if by_key[key].rated]
    rated_names = {
        component
        for component, kind, target in product.links
        if kind == "growth_factor" and target in by_key and by_key[target].rated
    }
    unrated = tuple(name for name in product.listed_factors if name not in rated_names)
    if not rated:
        return Profile(product.name, product.name, None, (), unrated)
    levels = tuple(
        max(next((r.level for r in card.ratings if r.effect_key == effect), 0) for card in rated)
        for effect in effect_keys
    )
    return Profile(
        product.name,
        product.name,
        levels,
        tuple(card.key for card in rated),
        unrated,
        inferred=any(card.inference_note for card in rated),
    )


def rank_on_effect(effect_key: str, cards: Sequence[GrowthFactorCard]) -> list[tuple[GrowthFactorCard, int]]:
    """The rated factors from strongest to weakest on one effect (ties keep the article's order)."""
    scored = []
    for card in cards:
        level = next((r.level for r in card.ratings if r.effect_key == effect_key), None)
        if card.rated and level is not None:
            scored.append((card, level))
    return sorted(scored, key=lambda pair: -pair[1])
