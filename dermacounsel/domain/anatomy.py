"""Depths of the facial layers from their measured thicknesses, and what a needle of a given depth reaches.

The skin is drawn and reasoned about at a *typical* thickness: the middle of each measured range (dermis
0.76 to 1.97 mm gives 1.365 mm). Real thickness varies by site, so `boundary_range` also gives how
deep each layer starts where the skin is thinnest and where it is thickest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dermacounsel.domain.records import LayerInfo


@dataclass(frozen=True)
class Band:
    """A top-level layer's place below the surface at typical thickness.

    Attributes:
        top_mm: depth of its upper boundary; None below the last measured layer.
        bottom_mm: depth of its lower boundary; None when its thickness is not measured.
    """

    key: str
    name: str
    top_mm: float | None
    bottom_mm: float | None

    @property
    def measured(self) -> bool:
        return self.top_mm is not None and self.bottom_mm is not None


def typical_bands(layers: Sequence[LayerInfo]) -> list[Band]:
    """The top-level layers from the surface down, each as thick as the middle of its measured range.

    Layers below the first unmeasured one have no depths (muscle and bone here)."""
    bands: list[Band] = []
    depth: float | None = 0.0
    for layer in layers:
        if layer.parent_key is not None:
            continue
        if depth is None or layer.thickness_mm is None:
            bands.append(Band(layer.key, layer.name, depth, None))
            depth = None
            continue
        low, high = layer.thickness_mm
        bottom = round(depth + (low + high) / 2, 6)
        bands.append(Band(layer.key, layer.name, depth, bottom))
        depth = bottom
    return bands


def boundary_range(layers: Sequence[LayerInfo], key: str) -> tuple[float, float] | None:
    """How deep the top of layer `key` lies where the skin above it is thinnest and where it is thickest,
    from the measured ranges; None if a layer above it is not measured."""
    if not any(layer.key == key and layer.parent_key is None for layer in layers):
        raise KeyError(f"no layer {key!r}")
    low = high = 0.0
    for layer in layers:
        if layer.parent_key is not None:
            continue
        if layer.key == key:
            return (round(low, 6), round(high, 6))
        if layer.thickness_mm is None:
            return None
        low += layer.thickness_mm[0]
        high += layer.thickness_mm[1]
    raise KeyError(f"no layer {key!r}")


def layers_reached(depth_mm: float, bands: Sequence[Band]) -> list[str]:
    """The keys of the layers a needle of `depth_mm` enters at typical thickness: every layer whose top
    lies above the needle's tip."""
    return [band.key for band in bands if band.top_mm is not None and band.top_mm < depth_mm - 1e-9]
