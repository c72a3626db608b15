"""The plain rules: the rating scale, localized texts, and matching typed keys."""

from __future__ import annotations

import pytest

from dermacounsel.domain.keys import UnknownKeyError, resolve_growth_factor, resolve_product
from dermacounsel.domain.scale import RatingScale, ScaleStep, is_valid_level
from dermacounsel.domain.text import pick

FACTORS = ["EGF", "FGF", "PDGF", "IGF-1", "TGF-β", "PRP+FGF", "VEGF"]
PRODUCTS = ["Benev", "Babyskin", "AmnioGenics", "Premium Cell", "REJURAN"]


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_levels_on_the_scale(level: int) -> None:
    assert is_valid_level(level)


@pytest.mark.parametrize("level", [-1, 4, 2.0, True, "3", None])
def test_values_off_the_scale(level: object) -> None:
    assert not is_valid_level(level)


def test_scale_lookups() -> None:
    scale = RatingScale(
        (
            ScaleStep(3, "◎", "Very powerful", "Very powerful effect."),
            ScaleStep(0, "ー", "None", "No effect, or very localized."),
        )
    )
    assert scale.symbol(3) == "◎" and scale.step(0).label == "None"
    with pytest.raises(KeyError):
        scale.step(2)


def test_pick_falls_back_to_english() -> None:
    assert pick({"en": "Benev", "ja": "ベネブ"}, "ja") == "ベネブ"
    assert pick({"en": "Urea"}, "ja") == "Urea"
    assert pick(None) == ""


@pytest.mark.parametrize("typed", ["TGF-β", "TGF-b", "tgf-beta", " TGF-B "])
def test_tgf_beta_spellings(typed: str) -> None:
    assert resolve_growth_factor(typed, FACTORS) == "TGF-β"


def test_other_keys_ignore_case() -> None:
    assert resolve_growth_factor("igf-1", FACTORS) == "IGF-1"
    assert resolve_growth_factor("prp+fgf", FACTORS) == "PRP+FGF"
    assert resolve_product("rejuran", PRODUCTS) == "REJURAN"
    assert resolve_product("premium cell", PRODUCTS) == "Premium Cell"


def test_unknown_keys_list_the_valid_ones() -> None:
    with pytest.raises(UnknownKeyError) as error:
        resolve_product("Botox", PRODUCTS)
    assert str(error.value) == ("unknown product 'Botox'; valid: Benev, Babyskin, AmnioGenics, Premium Cell, REJURAN")
