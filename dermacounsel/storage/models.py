"""SQLAlchemy models of the catalogue: sources, the rating scale, layers, growth factors, ingredients,
procedures and products.

Every user-visible text is a JSON object keyed by language (``{"en": ..., "ja": ...}``), so a second
language is more rows of data, never a schema change. Every fact names its source.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: A localized text as stored: {"en": "...", "ja": "..."}.
Text = dict[str, str]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {Text: JSON, list[Text]: JSON, list[str]: JSON, dict[str, Any]: JSON}


def _source_fk(nullable: bool = False) -> Any:
    return mapped_column(ForeignKey("source.id", ondelete="RESTRICT"), nullable=nullable, index=True)


class Versioned:
    """A row the editor changes by itself: its version goes up by one with every change, so an edit made
    against an older version can be refused (someone else changed it in the meantime)."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Source(Base):
    """Where a fact comes from: the article, a cited study, a clinic page, maker information, or the
    clinic's own edit."""

    __tablename__ = "source"
    __table_args__ = (
        CheckConstraint("kind IN ('article', 'study', 'clinic-page', 'reference', 'clinic-edit')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[Text]
    citation: Mapped[Text]


class ScaleStep(Base):
    """One step of the four-step rating scale with the article's symbol and legend."""

    __tablename__ = "scale_step"
    __table_args__ = (CheckConstraint("level BETWEEN 0 AND 3", name="level_range"),)

    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    symbol: Mapped[str] = mapped_column(String(4))
    label: Mapped[Text]
    meaning: Mapped[Text]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()


class Effect(Base):
    """One of the six rated effects (rows of the article's growth-factor table).

    Attributes:
        regions: the layer and structure keys where the effect takes place (collagen is made in the
            dermis): the skin explorer shows a rating at a region only there. Empty: everywhere.
        regions_source: where that placement comes from (this app's placement from anatomy, or the
            clinic's edit), as it is not the article's.
    """

    __tablename__ = "effect"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    regions_source_id: Mapped[int | None] = _source_fk(nullable=True)
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship(foreign_keys=[source_id])
    regions_source: Mapped[Source | None] = relationship(foreign_keys=[regions_source_id])


class Layer(Versioned, Base):
    """A layer of facial skin and what lies beneath it, from the surface down, with measured thickness;
    or a structure within a layer (the stratum corneum, fibroblasts, a hair follicle...).

    Attributes:
        parent: the layer a structure lies in; None for the five layers themselves.
        effect: the rated effect that acts on this structure (hair growth on the hair follicle...), if any.
    """

    __tablename__ = "layer"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("layer.id", ondelete="RESTRICT"), index=True)
    effect_id: Mapped[int | None] = mapped_column(ForeignKey("effect.id", ondelete="RESTRICT"), index=True)
    name: Mapped[Text]
    description: Mapped[Text]
    thickness_min_mm: Mapped[float | None] = mapped_column(Float)
    thickness_max_mm: Mapped[float | None] = mapped_column(Float)
    thickness_note: Mapped[Text | None]
    thickness_source_id: Mapped[int | None] = _source_fk(nullable=True)
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship(foreign_keys=[source_id])
    thickness_source: Mapped[Source | None] = relationship(foreign_keys=[thickness_source_id])
    parent: Mapped[Layer | None] = relationship(remote_side=[id])
    effect: Mapped[Effect | None] = relationship()


class LayerLinkMixin:
    """Where something acts: a layer, the article's words that place it there, and whether that is
    inferred rather than stated."""

    position: Mapped[int]
    basis: Mapped[Text]
    inferred: Mapped[bool] = mapped_column(Boolean, default=False)


class GrowthFactor(Base):
    """A growth factor, or a rated combination such as PRP + FGF.

    Attributes:
        rated: whether the article's table rates it (VEGF is only named).
        inferred: whether the rated column itself is inferred from the text rather than printed.
        reading_note: where the article's text and its table disagree about this factor, in words.
        target_cells, expected_effects: ordered lists of localized texts.
    """

    __tablename__ = "growth_factor"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    full_name: Mapped[Text | None]
    feature: Mapped[Text | None]
    action: Mapped[Text | None]
    target_cells: Mapped[list[Text]]
    expected_effects: Mapped[list[Text]]
    rated: Mapped[bool] = mapped_column(Boolean)
    inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    inference_note: Mapped[Text | None]
    reading_note: Mapped[Text | None]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()

    ratings: Mapped[list[Rating]] = relationship(
        back_populates="growth_factor", cascade="all, delete-orphan", passive_deletes=True
    )
    layers: Mapped[list[GrowthFactorLayer]] = relationship(
        back_populates="growth_factor",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="GrowthFactorLayer.position",
    )


class GrowthFactorLayer(LayerLinkMixin, Base):
    """A layer (or structure) a growth factor acts on."""

    __tablename__ = "growth_factor_layer"

    growth_factor_id: Mapped[int] = mapped_column(ForeignKey("growth_factor.id", ondelete="CASCADE"), primary_key=True)
    layer_id: Mapped[int] = mapped_column(ForeignKey("layer.id", ondelete="RESTRICT"), primary_key=True)

    growth_factor: Mapped[GrowthFactor] = relationship(back_populates="layers")
    layer: Mapped[Layer] = relationship()


class Rating(Versioned, Base):
    """One cell of the article's table: how strongly a growth factor acts on an effect (0 to 3)."""

    __tablename__ = "rating"
    __table_args__ = (CheckConstraint("level BETWEEN 0 AND 3", name="level_range"),)

    growth_factor_id: Mapped[int] = mapped_column(ForeignKey("growth_factor.id", ondelete="CASCADE"), primary_key=True)
    effect_id: Mapped[int] = mapped_column(ForeignKey("effect.id", ondelete="RESTRICT"), primary_key=True)
    level: Mapped[int]
    source_id: Mapped[int] = _source_fk()

    growth_factor: Mapped[GrowthFactor] = relationship(back_populates="ratings")
    effect: Mapped[Effect] = relationship()
    source: Mapped[Source] = relationship()


class Preparation(Base):
    """A preparation holding several growth factors, such as PRP."""

    __tablename__ = "preparation"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    full_name: Mapped[Text | None]
    description: Mapped[Text]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()
    contents: Mapped[list[PreparationGrowthFactor]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PreparationGrowthFactor.position"
    )


class PreparationGrowthFactor(Base):
    """A growth factor contained in a preparation."""

    __tablename__ = "preparation_growth_factor"

    preparation_id: Mapped[int] = mapped_column(ForeignKey("preparation.id", ondelete="CASCADE"), primary_key=True)
    growth_factor_id: Mapped[int] = mapped_column(ForeignKey("growth_factor.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int]
    growth_factor: Mapped[GrowthFactor] = relationship()


class IngredientFamily(Base):
    """Functional or cell-derived ingredients, and how they differ."""

    __tablename__ = "ingredient_family"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    description: Mapped[Text]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()


class CellDerivedClass(Base):
    """A class of cell-derived ingredient: growth factors, stem cell culture medium, exosomes."""

    __tablename__ = "cell_derived_class"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    description: Mapped[Text]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()
    layers: Mapped[list[CellDerivedClassLayer]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CellDerivedClassLayer.position"
    )


class CellDerivedClassLayer(LayerLinkMixin, Base):
    """A layer a class of cell-derived ingredient acts on."""

    __tablename__ = "cell_derived_class_layer"

    cell_derived_class_id: Mapped[int] = mapped_column(
        ForeignKey("cell_derived_class.id", ondelete="CASCADE"), primary_key=True
    )
    layer_id: Mapped[int] = mapped_column(ForeignKey("layer.id", ondelete="RESTRICT"), primary_key=True)
    layer: Mapped[Layer] = relationship()


class StemCellSource(Base):
    """A source of stem cells used in aesthetic medicine."""

    __tablename__ = "stem_cell_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()


class ExosomeOrigin(Versioned, Base):
    """Where exosomes are harvested from, and the effects the article gives for that origin."""

    __tablename__ = "exosome_origin"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    effects: Mapped[list[Text]]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()


class IngredientCategory(Versioned, Base):
    """An expected effect under which the article lists functional ingredients.

    Attributes:
        open: the article's list ends in "etc.": it names examples, not the complete set.
    """

    __tablename__ = "ingredient_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    open: Mapped[bool] = mapped_column(Boolean)
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()
    ingredients: Mapped[list[Ingredient]] = relationship(back_populates="category", order_by="Ingredient.position")
    layers: Mapped[list[IngredientCategoryLayer]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="IngredientCategoryLayer.position"
    )


class IngredientCategoryLayer(LayerLinkMixin, Base):
    """A layer the functional ingredients of one expected effect act on."""

    __tablename__ = "ingredient_category_layer"

    ingredient_category_id: Mapped[int] = mapped_column(
        ForeignKey("ingredient_category.id", ondelete="CASCADE"), primary_key=True
    )
    layer_id: Mapped[int] = mapped_column(ForeignKey("layer.id", ondelete="RESTRICT"), primary_key=True)
    layer: Mapped[Layer] = relationship()


class Ingredient(Versioned, Base):
    """A functional ingredient, filed under one expected effect as the article does.

    Attributes:
        needling_timing_source: set for an ingredient that the timing note (statement "acid-timing")
            is about beside a needle procedure (acids, retinol): the source of that note (the clinic's).
    """

    __tablename__ = "ingredient"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("ingredient_category.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int]
    name: Mapped[Text]
    needling_timing_source_id: Mapped[int | None] = _source_fk(nullable=True)
    source_id: Mapped[int] = _source_fk()
    category: Mapped[IngredientCategory] = relationship(back_populates="ingredients")
    source: Mapped[Source] = relationship(foreign_keys=[source_id])
    needling_timing_source: Mapped[Source | None] = relationship(foreign_keys=[needling_timing_source_id])


class Procedure(Versioned, Base):
    """A delivery procedure (dermapen, Vital Injector, physician injection, IV drip).

    Attributes:
        systemic: it reaches the whole body rather than particular layers (IV drip).
        uptake: "passive" or "active" uptake of the solution.
        notes: the article's "other" remarks, as a list of localized texts.
        needle_depth_*: the settable needle depth in mm, for procedures that have one.
        description_source: where the description comes from when not from the procedure's source (the
            article names the Vital Injector only; what it is comes from elsewhere).
    """

    __tablename__ = "procedure"
    __table_args__ = (CheckConstraint("uptake IN ('passive', 'active')", name="uptake"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    description: Mapped[Text]
    description_source_id: Mapped[int | None] = _source_fk(nullable=True)
    systemic: Mapped[bool] = mapped_column(Boolean)
    uptake: Mapped[str] = mapped_column(String(10))
    notes: Mapped[list[Text]]
    needle_depth_min_mm: Mapped[float | None] = mapped_column(Float)
    needle_depth_max_mm: Mapped[float | None] = mapped_column(Float)
    needle_depth_step_mm: Mapped[float | None] = mapped_column(Float)
    needle_depth_source_id: Mapped[int | None] = _source_fk(nullable=True)
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship(foreign_keys=[source_id])
    needle_depth_source: Mapped[Source | None] = relationship(foreign_keys=[needle_depth_source_id])
    description_source: Mapped[Source | None] = relationship(foreign_keys=[description_source_id])
    reach: Mapped[list[ProcedureReach]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ProcedureReach.position"
    )


class ProcedureReach(Base):
    """A layer a procedure reaches, wholly or in part ("upper", "central")."""

    __tablename__ = "procedure_reach"
    __table_args__ = (CheckConstraint("extent IN ('whole', 'upper', 'central')", name="extent"),)

    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), primary_key=True)
    layer_id: Mapped[int] = mapped_column(ForeignKey("layer.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int]
    extent: Mapped[str] = mapped_column(String(10))
    layer: Mapped[Layer] = relationship()


class Product(Versioned, Base):
    """A formulation used with the dermapen, known by a stable key ("premium-cell") and named per language."""

    __tablename__ = "product"
    #: Keys are unique whatever their case, on every engine (migration 0004).
    __table_args__ = (Index("uq_product_key_lower", func.lower(text("key")), unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    maker: Mapped[Text | None]
    notes: Mapped[Text | None]
    maker_source_id: Mapped[int | None] = _source_fk(nullable=True)
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship(foreign_keys=[source_id])
    maker_source: Mapped[Source | None] = relationship(foreign_keys=[maker_source_id])
    all_components: Mapped[list[Component]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Component.position"
    )
    #: The components as the article lists them; groups hold their items in `Component.items`.
    components: Mapped[list[Component]] = relationship(
        order_by="Component.position",
        primaryjoin="and_(Component.product_id == Product.id, Component.parent_id.is_(None))",
        viewonly=True,
    )
    cautions: Mapped[list[Caution]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Caution.position"
    )


class Component(Base):
    """One listed component of a product, or one item of a listed group ("Growth factors (EGF, FGF,
    etc.)"). A component that is a known growth factor, ingredient, stem cell source or exosome origin
    links to it.

    Attributes:
        open: the group's list ends in "etc." in the article.
        note: why a link was made where the names differ (bFGF is a form of FGF).
    """

    __tablename__ = "component"
    __table_args__ = (
        CheckConstraint("kind IN ('growth-factor', 'stem-cell', 'exosome', 'other', 'functional')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("component.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[Text]
    open: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[Text | None]
    growth_factor_id: Mapped[int | None] = mapped_column(
        ForeignKey("growth_factor.id", ondelete="RESTRICT"), index=True
    )
    ingredient_id: Mapped[int | None] = mapped_column(ForeignKey("ingredient.id", ondelete="RESTRICT"), index=True)
    stem_cell_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("stem_cell_source.id", ondelete="RESTRICT"), index=True
    )
    exosome_origin_id: Mapped[int | None] = mapped_column(
        ForeignKey("exosome_origin.id", ondelete="RESTRICT"), index=True
    )

    items: Mapped[list[Component]] = relationship(
        back_populates="parent", passive_deletes=True, order_by="Component.position"
    )
    parent: Mapped[Component | None] = relationship(back_populates="items", remote_side=[id])
    growth_factor: Mapped[GrowthFactor | None] = relationship()
    ingredient: Mapped[Ingredient | None] = relationship()
    stem_cell_source: Mapped[StemCellSource | None] = relationship()
    exosome_origin: Mapped[ExosomeOrigin | None] = relationship()


class Caution(Base):
    """Something a patient must know before a product is used (AmnioGenics and donation)."""

    __tablename__ = "caution"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[Text]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()


class Concern(Versioned, Base):
    """A patient's concern the article's expected effects speak to, and what addresses it.

    Attributes:
        effect_keys, growth_factor_keys, category_keys, layer_keys: catalogue keys of the rated effects,
            the growth factors the article names for it, the functional ingredient categories and the
            layers concerned (checked by `dermacounsel check` and on every import and edit).
        reason: the article's sentence that ties them together.
        bases: the statements that address it, each {"kind", "target", "says", "source", "note"}: the
            article's expected-effect sentences, or this app's editorial links (counselling scores these).
        procedures_treat: False when no procedure is a treatment for it (redness); `procedure_note` then
            cautions beside any needle procedure in the plan.
    """

    __tablename__ = "concern"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    name: Mapped[Text]
    effect_keys: Mapped[list[str]]
    growth_factor_keys: Mapped[list[str]]
    category_keys: Mapped[list[str]]
    layer_keys: Mapped[list[str]]
    reason: Mapped[Text]
    bases: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    procedures_treat: Mapped[bool] = mapped_column(Boolean, default=True)
    procedure_note: Mapped[Text | None]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()


class Statement(Base):
    """A standalone statement of the article: its advice, its caveats, notes on how it was read."""

    __tablename__ = "statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int]
    text: Mapped[Text]
    source_id: Mapped[int] = _source_fk()
    source: Mapped[Source] = relationship()
