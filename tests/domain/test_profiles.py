"""Product profiles from the factors they list, and rankings on one effect, on the bundled catalogue."""

from __future__ import annotations

import pytest

from dermacounsel.domain.profiles import factor_profile, product_profile, rank_on_effect
from dermacounsel.domain.records import ProductLinks
from dermacounsel.storage import queries as reference
from dermacounsel.storage.database import CatalogueDatabase

# The article's table, column by column (cell proliferation, collagen, wound healing, angiogenesis,
# hair growth, muscle strengthening), as DECODING.md gives it.
TABLE = {
    "EGF": (3, 2, 3, 1, 2, 0),
    "FGF": (3, 3, 3, 3, 1, 0),
    "PDGF": (3, 3, 3, 3, 1, 1),
    "IGF-1": (3, 2, 2, 2, 3, 3),
    "TGF-β": (2, 3, 2, 1, 0, 0),
    "PRP+FGF": (3, 3, 3, 3, 2, 1),
}


def strongest(*keys: str) -> tuple[int, ...]:
    return tuple(max(column) for column in zip(*(TABLE[key] for key in keys), strict=True))


@pytest.fixture
def catalogue(database: CatalogueDatabase):
    with database.reading() as session:
        cards = reference.growth_factor_cards(session)
        products = {p.name: p for p in reference.product_links(session)}
    effect_keys = [r.effect_key for r in cards[0].ratings]
    return cards, products, effect_keys


def test_factor_profiles_are_the_table(catalogue) -> None:
    cards, _products, effect_keys = catalogue
    for card in cards:
        profile = factor_profile(card, effect_keys)
        assert profile.levels == TABLE.get(card.key), card.key
    assert factor_profile(next(c for c in cards if c.key == "PRP+FGF"), effect_keys).inferred


@pytest.mark.parametrize(
    ("product", "basis", "unrated"),
    [
        ("Benev", ("EGF", "FGF"), ()),
        ("Babyskin", ("IGF-1",), ("IGF-2", "IGFBP", "MCP-1", "IL-8", "M-CSF")),
        ("AmnioGenics", ("TGF-β",), ()),
        ("Premium Cell", ("EGF", "FGF", "TGF-β"), ()),
        ("REJURAN", ("EGF",), ()),
    ],
)
def test_each_products_profile_is_its_strongest_listed_factor_per_effect(catalogue, product, basis, unrated) -> None:
    cards, products, effect_keys = catalogue
    profile = product_profile(products[product], cards, effect_keys)
    assert profile.basis == basis
    assert profile.levels == strongest(*basis)
    assert profile.unrated == unrated


def test_a_product_listing_only_unrated_factors_has_no_profile(catalogue) -> None:
    cards, _products, effect_keys = catalogue
    only_vegf = ProductLinks("Vascular serum", (("VEGF", "growth_factor", "VEGF"),), (), ("VEGF",))
    profile = product_profile(only_vegf, cards, effect_keys)
    assert profile.levels is None and profile.unrated == ("VEGF",)
    nothing = ProductLinks("Plain gel", (("Hyaluronic acid", "ingredient", "hyaluronic-acid"),), (), ())
    assert product_profile(nothing, cards, effect_keys).levels is None


def test_ranking_on_an_effect_strongest_first_in_the_articles_order(catalogue) -> None:
    cards, _products, _effect_keys = catalogue
    ranked = [(card.key, level) for card, level in rank_on_effect("angiogenesis", cards)]
    assert ranked == [("FGF", 3), ("PDGF", 3), ("PRP+FGF", 3), ("IGF-1", 2), ("EGF", 1), ("TGF-β", 1)]
    assert [key for key, _ in (pair for pair in ((c.key, lvl) for c, lvl in rank_on_effect("hair-growth", cards)))][
        0
    ] == "IGF-1"
