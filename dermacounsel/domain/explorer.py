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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dermacounsel.domain.anatomy import boundary_range
from dermacounsel.domain.phrasing import Phrasing
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

#: The clinics' dermapen depth guides (source "depth-guides", recorded in DECODING.md): a setting and the
#: layer it targets, as the key of its words in domain/phrasing.py. A setting between two points lies
#: between their targets.
DEPTH_GUIDE: tuple[tuple[float, float, str], ...] = (
    (0.0, 0.3, "guide_stratum_corneum"),
    (0.3, 0.8, "guide_mid_epidermis"),
    (0.8, 1.0, "guide_lower_epidermis"),
    (1.0, 1.6, "guide_basal_layer"),
    (1.6, 2.0, "guide_toward_dermis"),
    (2.0, 99.0, "guide_dermis"),
)


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
    #: where each rated effect takes place (the catalogue's `effects[].regions`): a factor's rating is
    #: shown at a region only for the effects that happen there; an effect without regions, everywhere
    effect_regions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: the sentence that says whose placement that is (statement "effect-regions"), shown with it
    effect_regions_note: str = ""

    def layer(self, key: str) -> LayerInfo:
        for layer in self.layers:
            if layer.key == key:
                return layer
        raise KeyError(key)

    def region_keys(self) -> list[str]:
        return [layer.key for layer in self.layers]


@dataclass(frozen=True)
class ActingFactor:
    """A growth factor acting at a region, with the ratings to show beside it and why it is listed.

    Attributes:
        reason: the catalogue's basis for placing it here ("" when it is listed for its rating).
        rated_on: the region's effect it is rated on (its name), when that is why it is listed.
    """

    key: str
    name: str
    ratings: tuple[Rating, ...]
    reason: str
    inferred: bool
    rated_on: str = ""


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
    effects_note: str = ""  # whose placement of the effects shown here it is (the catalogue's statement)


def happens_at(effect_key: str, region: LayerInfo, effect_regions: Mapping[str, frozenset[str]]) -> bool:
    """Whether a rated effect takes place at `region` (by `effect_regions`); an effect placed nowhere
    takes place everywhere."""
    places = effect_regions.get(effect_key)
    return not places or region.key in places


def strongest(
    ratings: Sequence[Rating],
    first: str | None = None,
    count: int = SHOWN_RATINGS,
    region: LayerInfo | None = None,
    effect_regions: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Rating, ...]:
    """A factor's ratings to show: the one on `first` (the region's effect), then its strongest others;
    at a `region`, only the effects that happen there (by `effect_regions`)."""
    if region is not None and effect_regions:
        ratings = [r for r in ratings if happens_at(r.effect_key, region, effect_regions)]
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
            shown = strongest(factor.ratings, region.effect_key, region=region, effect_regions=catalogue.effect_regions)
            acting.append(
                ActingFactor(factor.key, factor.name, shown, "", bool(factor.inference_note), rated_on=on_effect.effect)
            )
        elif link is not None:
            inferred = link.inferred or bool(factor.inference_note)
            shown = strongest(factor.ratings, region=region, effect_regions=catalogue.effect_regions)
            acting.append(ActingFactor(factor.key, factor.name, shown, link.basis, inferred))
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
        effects_note=catalogue.effect_regions_note,
    )


def reach_phrase(procedure: ProcedureCard, language: str = "en") -> str:
    """A working range in words, from its first layer down to its last, as a needle goes: "the epidermis
    and the dermis down to its middle". Never with gaps: every layer before the last is passed through."""
    say = Phrasing(language)
    if procedure.systemic:
        return say.say("reach_systemic")
    parts = []
    for index, reach in enumerate(procedure.reach):
        name = reach.layer.lower() if say.english else reach.layer
        if reach.extent == "whole" or index < len(procedure.reach) - 1:
            parts.append(say.say("reach_whole", layer=name))
        elif reach.extent == "upper":
            parts.append(say.say("reach_upper", layer=name))
        else:
            parts.append(say.say("reach_central", layer=name))
    return say.listing(parts)


def reach_range(procedure: ProcedureCard) -> tuple[str, str, float] | None:
    """One continuous range: (first layer, last layer, how much of the last it reaches, 0-1); None for a
    systemic procedure. "central" is read as down to the layer's middle (DECODING.md)."""
    if procedure.systemic or not procedure.reach:
        return None
    last = procedure.reach[-1]
    fraction = {"whole": 1.0, "central": 0.5, "upper": 0.45}.get(last.extent, 1.0)
    return procedure.reach[0].layer_key, last.layer_key, fraction


@dataclass(frozen=True)
class DepthReading:
    """What a dermapen setting means: the layer the clinic's depth guide targets, and cautions.

    Attributes:
        target: the guide's target layer, in words (in the language asked for).
        cautions: where the setting is longer than the thinnest measured facial skin or skin and fat.
    """

    setting_mm: float
    target: str
    cautions: tuple[str, ...]


def read_depth(setting_mm: float, layers: Sequence[LayerInfo], language: str = "en") -> DepthReading:
    """The depth guide's target for a needle setting, and the cautions a doctor would want: where the
    setting exceeds the skin (epidermis and dermis) or the skin and fat where they are thinnest; in words of
    `language`."""
    say = Phrasing(language)
    target = say.say(next(key for low, high, key in DEPTH_GUIDE if low <= setting_mm + 1e-9 < high))
    cautions = []
    fat = boundary_range(layers, "subcutaneous") if any(x.key == "subcutaneous" for x in layers) else None
    muscle = boundary_range(layers, "muscle") if any(x.key == "muscle" for x in layers) else None
    if muscle is not None and setting_mm > muscle[0] + 1e-9:
        cautions.append(say.say("caution_skin_and_fat", mm=muscle[0]))
    elif fat is not None and setting_mm > fat[0] + 1e-9:
        cautions.append(say.say("caution_thin_skin", mm=fat[0]))
    return DepthReading(setting_mm, target, tuple(cautions))
