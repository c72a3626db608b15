"""What acts at a layer or structure of the skin: the rules behind the skin explorer's side panel.

For a region R (a layer, or a structure lying in layer P):
- Growth factors: those the catalogue places at R. A structure tied to a rated effect (hair growth on the
  hair follicle, angiogenesis on blood vessels) also gathers every factor rated on that effect, strongest
  first, and does not inherit its layer's factors; any other structure also shows its layer's factors.
  Muscle, tied to muscle strengthening, gathers its rated factors the same way.
- Functional ingredient categories and cell-derived classes: those placed at R or at P.
- Products: those with a component linked to a growth factor, ingredient or stem cell source acting there.
- Procedures: those reaching P (or R itself), with how much of it; systemic procedures reach everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dermacounsel.domain.records import (
    GrowthFactorCard,
    IngredientGroup,
    LayerInfo,
    LayerLink,
    ProcedureCard,
    ProductLinks,
    Rating,
)

#: How many of a factor's ratings the panel shows beside it.
SHOWN_RATINGS = 2


@dataclass(frozen=True)
class ExplorerCatalogue:
    """The slice of the catalogue the explorer works from, read once when the view opens. Products are
    not part of it: a catalogue may hold thousands, so those acting at a region are asked for when it is
    selected (see `ProductCriteria`)."""

    layers: tuple[LayerInfo, ...]
    growth_factors: tuple[GrowthFactorCard, ...]
    ingredient_categories: tuple[IngredientGroup, ...]
    cell_derived_classes: tuple[IngredientGroup, ...]
    procedures: tuple[ProcedureCard, ...]

    def layer(self, key: str) -> LayerInfo:
        for layer in self.layers:
            if layer.key == key:
                return layer
        raise KeyError(key)

    def region_keys(self) -> list[str]:
        return [layer.key for layer in self.layers]


@dataclass(frozen=True)
class ActingFactor:
    """A growth factor acting at a region, with the ratings to show beside it and why it is listed."""

    key: str
    name: str
    ratings: tuple[Rating, ...]
    reason: str
    inferred: bool


@dataclass(frozen=True)
class ActingGroup:
    key: str
    name: str
    members: tuple[str, ...]
    basis: str
    inferred: bool


@dataclass(frozen=True)
class ActingProduct:
    name: str
    via: tuple[str, ...]
    cautions: tuple[str, ...]


@dataclass(frozen=True)
class ProductCriteria:
    """Which product components act at a region: those linked to one of these growth factors or
    functional ingredients, or to any stem cell source (when stem cell culture media act there) or
    exosome origin (when exosomes do)."""

    growth_factors: frozenset[str]
    ingredients: frozenset[str]
    stem_cell_sources: bool
    exosome_origins: bool

    def acts(self, kind: str, target: str) -> bool:
        return (
            (kind == "growth_factor" and target in self.growth_factors)
            or (kind == "ingredient" and target in self.ingredients)
            or (kind == "stem_cell_source" and self.stem_cell_sources)
            or (kind == "exosome_origin" and self.exosome_origins)
        )


@dataclass(frozen=True)
class ReachingProcedure:
    key: str
    name: str
    extent: str  # "whole", "upper", "central" or "systemic"


@dataclass(frozen=True)
class RegionReport:
    """Everything the side panel says about one region."""

    region: LayerInfo
    layer: LayerInfo
    structures: tuple[LayerInfo, ...]
    growth_factors: tuple[ActingFactor, ...]
    functional: tuple[ActingGroup, ...]
    cell_derived: tuple[ActingGroup, ...]
    products: tuple[ActingProduct, ...]
    procedures: tuple[ReachingProcedure, ...]
    more_products: int = 0  # acting here too, but not listed (a large catalogue lists the first few)


def strongest(ratings: Sequence[Rating], first: str | None = None, count: int = SHOWN_RATINGS) -> tuple[Rating, ...]:
    """A factor's ratings to show: the one on `first` (the region's effect), then its strongest others."""
    chosen = [r for r in ratings if r.effect_key == first]
    rest = sorted((r for r in ratings if r.effect_key != first and r.level > 0), key=lambda r: -r.level)
    top = max((r.level for r in rest), default=0)
    chosen += [r for r in rest if r.level == top]
    return tuple(chosen[:count])


def _link_at(links: Sequence[LayerLink], scope: Sequence[str]) -> LayerLink | None:
    for key in scope:
        for link in links:
            if link.key == key:
                return link
    return None


def growth_factors_at(catalogue: ExplorerCatalogue, region: LayerInfo) -> list[ActingFactor]:
    """The growth factors acting at `region`, by the rules in this module's docstring."""
    scope = [region.key] if region.effect_key else [region.key, *([region.parent_key] if region.parent_key else [])]
    acting: list[ActingFactor] = []
    for factor in catalogue.growth_factors:
        link = _link_at(factor.layers, scope)
        on_effect = next((r for r in factor.ratings if r.effect_key == region.effect_key), None)
        if on_effect is not None and on_effect.level > 0:
            reason = f"rated on {on_effect.effect.lower()}"
            acting.append(
                ActingFactor(factor.key, factor.name, strongest(factor.ratings, region.effect_key), reason, False)
            )
        elif link is not None:
            acting.append(ActingFactor(factor.key, factor.name, strongest(factor.ratings), link.basis, link.inferred))
    if region.effect_key:
        level = {
            f.key: next((r.level for r in f.ratings if r.effect_key == region.effect_key), 0)
            for f in catalogue.growth_factors
        }
        acting.sort(key=lambda a: -level[a.key])
    return acting


def _groups_at(groups: Sequence[IngredientGroup], scope: Sequence[str]) -> list[ActingGroup]:
    acting = []
    for group in groups:
        link = _link_at(group.layers, scope)
        if link is not None:
            acting.append(ActingGroup(group.key, group.name, group.members, link.basis, link.inferred))
    return acting


def _scope(catalogue: ExplorerCatalogue, key: str) -> tuple[LayerInfo, LayerInfo, list[str]]:
    region = catalogue.layer(key)
    layer = catalogue.layer(region.parent_key) if region.parent_key else region
    return region, layer, [region.key, layer.key] if region is not layer else [region.key]


def _criteria(
    catalogue: ExplorerCatalogue,
    factors: Sequence[ActingFactor],
    functional: Sequence[ActingGroup],
    cell_derived: Sequence[ActingGroup],
) -> ProductCriteria:
    acting_categories = {g.key for g in functional}
    classes = {g.key for g in cell_derived}
    return ProductCriteria(
        growth_factors=frozenset(f.key for f in factors),
        ingredients=frozenset(
            member
            for group in catalogue.ingredient_categories
            if group.key in acting_categories
            for member in group.member_keys
        ),
        stem_cell_sources="stem-cell-culture-medium" in classes,
        exosome_origins="exosomes" in classes,
    )


def product_criteria(catalogue: ExplorerCatalogue, key: str) -> ProductCriteria:
    """What a product component must link to, to act at the layer or structure `key`."""
    region, _layer, scope = _scope(catalogue, key)
    return _criteria(
        catalogue,
        growth_factors_at(catalogue, region),
        _groups_at(catalogue.ingredient_categories, scope),
        _groups_at(catalogue.cell_derived_classes, scope),
    )


def acting_products(products: Sequence[ProductLinks], criteria: ProductCriteria) -> list[ActingProduct]:
    """The products (in the order given) with a component acting by `criteria`, and which components."""
    acting = []
    for product in products:
        via: list[str] = []
        for component, kind, target in product.links:
            if criteria.acts(kind, target) and component not in via:
                via.append(component)
        if via:
            acting.append(ActingProduct(product.name, tuple(via), product.cautions))
    return acting


def describe_region(
    catalogue: ExplorerCatalogue, key: str, products: Sequence[ProductLinks] = (), acting_in_all: int | None = None
) -> RegionReport:
    """What the side panel shows for the layer or structure `key`.

    `products` are the products to consider (any that do not act here are left out): the whole catalogue,
    or the first few of those matching `product_criteria`, with `acting_in_all` saying how many act here
    in the whole catalogue."""
    region, layer, scope = _scope(catalogue, key)
    factors = growth_factors_at(catalogue, region)
    functional = _groups_at(catalogue.ingredient_categories, scope)
    cell_derived = _groups_at(catalogue.cell_derived_classes, scope)
    acting = acting_products(products, _criteria(catalogue, factors, functional, cell_derived))

    procedures = []
    for procedure in catalogue.procedures:
        if procedure.systemic:
            procedures.append(ReachingProcedure(procedure.key, procedure.name, "systemic"))
            continue
        reach = next((r for r in procedure.reach if r.layer_key == layer.key), None)
        if reach is not None:
            procedures.append(ReachingProcedure(procedure.key, procedure.name, reach.extent))
    structures = tuple(s for s in catalogue.layers if s.parent_key == region.key)
    return RegionReport(
        region,
        layer,
        structures,
        tuple(factors),
        tuple(functional),
        tuple(cell_derived),
        tuple(acting),
        tuple(procedures),
        more_products=max(0, (acting_in_all or 0) - len(acting)),
    )
