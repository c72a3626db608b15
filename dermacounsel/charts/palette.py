"""The colours of growth factors and products, the same in every chart and view (no matplotlib here).

Growth factors use the Okabe-Ito palette, designed to stay distinct for the common kinds of colour
blindness; products use Paul Tol's "bright" scheme, so that a product is never mistaken for a factor.
"""

from __future__ import annotations

GROWTH_FACTOR_COLOURS = {
    "EGF": "#0072B2",
    "FGF": "#E69F00",
    "PDGF": "#009E73",
    "IGF-1": "#CC79A7",
    "TGF-β": "#D55E00",
    "PRP+FGF": "#56B4E9",
    "VEGF": "#999999",
}
#: For factors a clinic adds: the rest of Okabe-Ito, then repeats.
EXTRA_COLOURS = ("#F0E442", "#000000", "#7F7F7F")
PRODUCT_COLOURS = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB")


def growth_factor_colour(key: str, position: int = 0) -> str:
    """A factor's colour: fixed for the article's factors, by catalogue position for others."""
    return GROWTH_FACTOR_COLOURS.get(key) or EXTRA_COLOURS[position % len(EXTRA_COLOURS)]


def product_colour(position: int) -> str:
    """A product's colour by its place in the catalogue, so it does not change with the selection."""
    return PRODUCT_COLOURS[position % len(PRODUCT_COLOURS)]
