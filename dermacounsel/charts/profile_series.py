"""Turning growth-factor and product profiles into radar series, the same way on screen and on paper."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dermacounsel.charts.palette import growth_factor_colour, product_colour
from dermacounsel.charts.radar import Series
from dermacounsel.domain.profiles import Profile
from dermacounsel.domain.records import GrowthFactorCard


def colours(factors: Sequence[GrowthFactorCard], products: Sequence[str]) -> dict[str, str]:
    """Every factor's and product's colour, by key or name; `products` are every product's name in
    catalogue order, so that a product keeps its colour whatever it is shown with."""
    mapping = {card.key: growth_factor_colour(card.key, index) for index, card in enumerate(factors)}
    mapping.update({name: product_colour(index) for index, name in enumerate(products)})
    return mapping


def series_for(profiles: Sequence[Profile], palette: Mapping[str, str]) -> list[Series]:
    """The drawable profiles as series; profiles with nothing to draw (no rated factor) are left out."""
    return [
        Series(profile.key, profile.label, profile.levels, palette[profile.key], profile.inferred)
        for profile in profiles
        if profile.levels is not None
    ]
