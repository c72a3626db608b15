"""Layer depths from the measured thicknesses, and what a needle of a given depth reaches."""

from __future__ import annotations

import pytest

from dermacounsel.domain.anatomy import Band, boundary_range, layers_reached, typical_bands
from dermacounsel.domain.records import LayerInfo, SourceNote

SOURCE = SourceNote("s", "S", "s")


def layer(key: str, thickness: tuple[float, float] | None, parent: str | None = None) -> LayerInfo:
    return LayerInfo(key, key.title(), "", parent, None, SOURCE, thickness, "", None)


LAYERS = [
    layer("epidermis", (0.03, 0.06)),
    layer("dermis", (0.76, 1.97)),
    layer("subcutaneous", (2.0, 6.0)),
    layer("muscle", None),
    layer("bone", None),
    layer("fibroblasts", None, parent="dermis"),
]


def test_bands_stack_the_middle_of_each_measured_range() -> None:
    assert typical_bands(LAYERS) == [
        Band("epidermis", "Epidermis", 0.0, 0.045),
        Band("dermis", "Dermis", 0.045, 1.41),
        Band("subcutaneous", "Subcutaneous", 1.41, 5.41),
        Band("muscle", "Muscle", 5.41, None),
        Band("bone", "Bone", None, None),
    ]


@pytest.mark.parametrize(
    ("depth", "reached"),
    [
        (0.02, ["epidermis"]),
        (0.2, ["epidermis", "dermis"]),
        (1.4, ["epidermis", "dermis"]),
        (1.41, ["epidermis", "dermis"]),
        (1.5, ["epidermis", "dermis", "subcutaneous"]),
        (3.0, ["epidermis", "dermis", "subcutaneous"]),
        (5.5, ["epidermis", "dermis", "subcutaneous", "muscle"]),
    ],
)
def test_layers_reached_at_depth(depth: float, reached: list[str]) -> None:
    assert layers_reached(depth, typical_bands(LAYERS)) == reached


def test_boundary_ranges_from_thinnest_to_thickest_skin() -> None:
    assert boundary_range(LAYERS, "epidermis") == (0.0, 0.0)
    assert boundary_range(LAYERS, "dermis") == (0.03, 0.06)
    assert boundary_range(LAYERS, "subcutaneous") == (0.79, 2.03)
    assert boundary_range(LAYERS, "bone") is None
    with pytest.raises(KeyError):
        boundary_range(LAYERS, "cartilage")
