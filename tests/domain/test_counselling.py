"""Ranking recommendations for a patient's concerns: hand-checked cases, priority weighting, reasons."""

from __future__ import annotations

import pytest

from dermacounsel.domain.counselling import weights
from dermacounsel.storage import queries as reference
from dermacounsel.storage.database import CatalogueDatabase

REQUIRED = [
    "fine-lines",
    "deep-wrinkles",
    "sagging",
    "dullness-spots",
    "texture",
    "scars",
    "dryness",
    "redness",
    "pores",
    "hair-thinning",
    "facial-lift",
]


@pytest.fixture
def advise(database: CatalogueDatabase):
    def ranked(*keys: str):
        with database.reading() as session:
            return reference.recommendations(session, list(keys))

    return ranked


def test_the_catalogue_has_every_required_concern_with_the_articles_reason(database: CatalogueDatabase) -> None:
    with database.reading() as session:
        concerns = {c.key: c for c in reference.concerns(session)}
    assert list(concerns)[: len(REQUIRED)] == REQUIRED
    for concern in concerns.values():
        assert concern.reason and (concern.effect_keys or concern.growth_factor_keys or concern.category_keys)


def test_hair_thinning_puts_igf_1_first(advise) -> None:
    result = advise("hair-thinning")
    assert result.growth_factors[0].key == "IGF-1"
    assert result.products[0].name == "Babyskin"  # the product that lists IGF-1
    assert result.growth_factors[0].reasons == ["IGF-1 ◎ hair growth; named by the article — thinning hair"]


def test_deep_wrinkles_put_fgf_or_prp_fgf_first(advise) -> None:
    result = advise("deep-wrinkles")
    assert result.growth_factors[0].key in ("FGF", "PRP+FGF")
    assert {r.key for r in result.growth_factors[:2]} == {"FGF", "PRP+FGF"}
    assert result.growth_factors[0].reasons[0].startswith("FGF ◎ collagen production")


def test_facial_lift_reaches_muscle_only_through_the_bloodstream(advise) -> None:
    result = advise("facial-lift")
    assert result.growth_factors[0].key == "IGF-1"
    assert [p.key for p in result.procedures] == ["iv-drip"]
    assert "reaches the whole body" in result.procedures[0].reasons[0]


def test_higher_concerns_weigh_more(advise) -> None:
    assert weights(3) == [3, 2, 1]
    hair_first = advise("hair-thinning", "deep-wrinkles")
    wrinkles_first = advise("deep-wrinkles", "hair-thinning")
    assert hair_first.growth_factors[0].key == "IGF-1"
    assert wrinkles_first.growth_factors[0].key in ("FGF", "PRP+FGF")
    igf = next(r for r in hair_first.growth_factors if r.key == "IGF-1")
    assert igf.score == 2 * (3 + 2) + 1 * 2  # ◎ hair growth and named, first of two; ○ collagen, second


def test_every_result_says_why_and_cautions_travel(advise) -> None:
    result = advise("deep-wrinkles", "dryness", "redness", "scars", "pores")
    for rows in (result.growth_factors, result.products, result.ingredients, result.procedures):
        assert rows
        for row in rows:
            assert row.score > 0 and row.reasons and all(row.reasons)
    amnio = next(p for p in result.products if p.name == "AmnioGenics")
    assert amnio.cautions == ("After AmnioGenics treatment you cannot donate blood or organs.",)
    scores = [row.score for row in result.products]
    assert scores == sorted(scores, reverse=True)
