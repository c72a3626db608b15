"""Reference rows the views show: plain, read-only records resolved to one language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceNote:
    """Where a fact comes from, for the screen: "The article" or a citation."""

    key: str
    title: str
    citation: str


@dataclass(frozen=True)
class FunctionalIngredient:
    key: str
    name: str
    category_key: str
    category: str
    category_is_open: bool
    source: SourceNote


@dataclass(frozen=True)
class IngredientGroup:
    """Something that acts in places as a whole: an effect category of functional ingredients (with its
    ingredients as `members`), or a class of cell-derived ingredients."""

    key: str
    name: str
    members: tuple[str, ...]
    member_keys: tuple[str, ...]
    layers: tuple[LayerLink, ...]
    source: SourceNote


@dataclass(frozen=True)
class ProductLinks:
    """A product and the catalogue entries its components link to.

    Attributes:
        links: (component name, kind of link, linked key), e.g. ("bFGF", "growth_factor", "FGF").
    """

    name: str
    links: tuple[tuple[str, str, str], ...]
    cautions: tuple[str, ...]
    listed_factors: tuple[str, ...] = ()  # every growth factor the product names, linked or not
    components: tuple[tuple[str, str], ...] = ()  # (name, kind) of every listed component and item
    open_kinds: tuple[str, ...] = ()  # kinds whose list ends in "etc." ("growth-factor")
    key: str = ""  # the product's stable key ("premium-cell"), whatever its name in any language


@dataclass(frozen=True)
class LayerLink:
    """Where something acts: a layer or structure, the article's words for it, and whether that is inferred."""

    key: str
    name: str
    basis: str
    inferred: bool


@dataclass(frozen=True)
class Rating:
    effect_key: str
    effect: str
    level: int


@dataclass(frozen=True)
class GrowthFactorCard:
    """Everything the catalogue says of one growth factor.

    Attributes:
        ratings: in the article's order of effects; empty for unrated factors (VEGF).
        layers: the layers and structures it acts on.
        inference_note: how an inferred column was read, if it is inferred.
        in_preparations: the preparations that contain it, e.g. ("PRP",).
    """

    key: str
    name: str
    full_name: str
    feature: str
    action: str
    target_cells: tuple[str, ...]
    layers: tuple[LayerLink, ...]
    expected_effects: tuple[str, ...]
    rated: bool
    ratings: tuple[Rating, ...]
    inference_note: str
    in_preparations: tuple[str, ...]
    source: SourceNote
    reading_note: str = ""


@dataclass(frozen=True)
class Preparation:
    key: str
    name: str
    full_name: str
    description: str
    growth_factors: tuple[str, ...]
    source: SourceNote


@dataclass(frozen=True)
class NamedEntry:
    """A stem cell source, an exosome origin, an ingredient family or class: a name, a text, a list."""

    key: str
    name: str
    description: str
    effects: tuple[str, ...]
    source: SourceNote


@dataclass(frozen=True)
class Reach:
    layer_key: str
    layer: str
    extent: str  # "whole", "upper" or "central"


@dataclass(frozen=True)
class ProcedureCard:
    key: str
    name: str
    description: str
    reach: tuple[Reach, ...]
    systemic: bool
    uptake: str
    notes: tuple[str, ...]
    needle_depth_mm: tuple[float, float, float] | None  # (min, max, step)
    needle_depth_source: SourceNote | None
    source: SourceNote
    description_source: SourceNote | None = None  # where `description` comes from, when not `source`


@dataclass(frozen=True)
class LayerInfo:
    """A layer (parent_key None) or a structure within one, with its measured thickness if known.

    Attributes:
        effect_key: the rated effect that acts on this structure (hair growth on a hair follicle), if any.
    """

    key: str
    name: str
    description: str
    parent_key: str | None
    effect_key: str | None
    source: SourceNote
    thickness_mm: tuple[float, float] | None
    thickness_note: str
    thickness_source: SourceNote | None


@dataclass(frozen=True)
class ComponentInfo:
    """One listed component of a product, flattened: a group's items carry the group's name.

    Attributes:
        kind: "growth-factor", "stem-cell", "exosome", "other" or "functional".
        group: the group it is listed in ("Growth factors"), or "" for a component listed on its own.
        link_kind, link_key: what it links to ("growth_factor", "FGF"), or "" when it links to nothing.
        link_name: the linked entry's own name ("FGF" for bFGF).
        note: why the link was made where the names differ.
    """

    kind: str
    name: str
    group: str
    link_kind: str
    link_key: str
    link_name: str
    note: str


@dataclass(frozen=True)
class ProductDetail:
    """A product as the comparer shows it.

    Attributes:
        open_kinds: kinds whose list in the article ends in "etc." (more, not named).
    """

    name: str
    maker: str
    maker_source: SourceNote | None
    components: tuple[ComponentInfo, ...]
    open_kinds: tuple[str, ...]
    cautions: tuple[str, ...]
    source: SourceNote
    key: str = ""  # the product's stable key
