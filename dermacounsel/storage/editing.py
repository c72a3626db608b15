"""Editing the catalogue row by row: each edit is one small transaction on the rows of the one entry it
changes, checked against the version the editor read (an edit made against a stale copy is refused,
naming what changed elsewhere); the clinic's changes are marked "edited by the clinic" with the date;
the article's values can be restored from the bundled catalogue.

An edit returns a `Change` holding the entry before and after, so the caller can undo and redo it (the
GUI keeps them on a QUndoStack). Undo is itself an edit against the version the change left: it refuses
to take back a change someone else has since built on, instead of silently reverting their work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from dermacounsel import paths
from dermacounsel.domain.keys import kind_words
from dermacounsel.domain.phrasing import Named, Said
from dermacounsel.domain.scale import is_valid_level
from dermacounsel.domain.text import versions
from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage import models as m
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.storage.product_rows import LINK_KINDS, caution_rows, component_rows

CLINIC_PREFIX = "clinic-"

#: Localized text as stored: {"en": ..., "ja": ...}.
Text = dict[str, str]


class EditError(Exception):
    """An edit that would leave the catalogue inconsistent; the message says what and where."""


class StaleEdit(EditError):
    """An edit made against a version of an entry that someone else has changed since it was read."""


def clinic_source_key(day: date) -> str:
    return f"{CLINIC_PREFIX}{day.isoformat()}"


def is_clinic_edit(source_key: str) -> bool:
    return source_key.startswith(CLINIC_PREFIX)


def edit_date(source_key: str) -> date | None:
    """The day of a clinic edit, from its source key; None for the article's and cited facts."""
    if not is_clinic_edit(source_key):
        return None
    try:
        return date.fromisoformat(source_key.removeprefix(CLINIC_PREFIX))
    except ValueError:
        return None


@dataclass(frozen=True)
class Dependent:
    """Something that refers to an entry, in words ("product Benev, component Hyaluronic acid")."""

    place: str


@dataclass(frozen=True)
class Listed:
    """One entry in an editor's list: its key, its name in every language, and its source's key."""

    key: str
    name: Text
    source: str
    group: Text | None = None  # an ingredient's category


@dataclass(frozen=True)
class Loaded:
    """One entry as the editor shows it.

    Attributes:
        values: the editable fields as stored (texts in every language); for a product, its ProductEntry;
            for a rating, {"level": n}; for an ingredient, {"name": ..., "category": key}.
        version: the row's version when it was read.
        source: the key of the source it is marked with.
    """

    kind: str
    key: str
    values: Any
    version: int
    source: str


@dataclass(frozen=True)
class Change:
    """One applied edit: the entry's fields and source before and after (None: it did not exist, or no
    longer does) and the version the edit left, against which an undo is checked."""

    description: str
    kind: str
    key: str
    before: Any
    before_source: str | None
    after: Any
    after_source: str | None
    version: int


@dataclass(frozen=True)
class RatingCell:
    level: int
    source: str
    version: int


@dataclass(frozen=True)
class RatingsGrid:
    """The rated growth factors against the effects, each cell with its level, source and version."""

    factors: tuple[tuple[str, Text], ...]
    effects: tuple[tuple[str, Text], ...]
    scale: tuple[tuple[int, str, Text], ...]  # level, symbol, label; strongest first
    cells: dict[tuple[str, str], RatingCell]


@dataclass(frozen=True)
class _Simple:
    """How a kind of entry edited as plain fields is stored."""

    model: Any
    fields: tuple[str, ...]
    words: str


_SIMPLE = {
    "exosome origin": _Simple(m.ExosomeOrigin, ("name", "effects"), "exosome origin"),
    "procedure": _Simple(m.Procedure, ("name", "description", "notes"), "procedure"),
    "layer": _Simple(m.Layer, ("name", "description"), "layer"),
    "ingredient category": _Simple(m.IngredientCategory, ("name",), "ingredient category"),
    # a concern's mapping: what addresses it (bases), where it sits, its reason and its procedure note;
    # its growth factors and ingredient categories are the targets of its bases, kept in step on a write
    "concern": _Simple(m.Concern, ("name", "reason", "bases", "layer_keys", "procedure_note"), "concern"),
}
#: what a concern's basis may be about, and where its target is looked up
BASIS_TARGETS: dict[str, Any] = {
    "growth-factor": m.GrowthFactor,
    "treatment": m.GrowthFactor,
    "exosome-origin": m.ExosomeOrigin,
    "ingredient-category": m.IngredientCategory,
    "stem-cells": None,
}
#: The kinds of entry the editor changes, and their section of the catalogue document.
SECTIONS = {
    "product": "products",
    "exosome origin": "exosome_origins",
    "procedure": "procedures",
    "layer": "layers",
    "ingredient category": "ingredient_categories",
    "concern": "concerns",
}
KINDS = ("rating", "product", "ingredient", *_SIMPLE)


def _listing(items: list[str]) -> str:
    """Items one after another, "a, b, c" (Japanese 「a、b、c」), each said again in the reader's language."""
    if len(items) <= 1:
        return items[0] if items else ""
    return Said("list_comma", first=items[0], rest=_listing(items[1:]))


def _english(name: Text) -> str:
    return name.get("en") or next(iter(name.values()), "")


class CatalogueEditor:
    """Applies the clinic's edits to an open catalogue, one entry at a time.

    Attributes:
        changed: whether anything was changed since the editor was made (for the after-session backup).
    """

    def __init__(self, database: CatalogueDatabase, seed: Path | None = None, today: Callable[[], date] = date.today):
        self.database = database
        self.seed_path = seed or paths.seed_catalogue_path()
        self._seed: f.CatalogueDocument | None = None
        self.today = today
        self.changed = False

    # --- reading ---------------------------------------------------------------------------------------

    def document(self) -> f.CatalogueDocument:
        """The whole catalogue (for export and tests; the editor itself reads entry by entry)."""
        with self.database.reading() as session:
            return read_catalogue_document(session)

    def seed(self) -> f.CatalogueDocument:
        """The article's catalogue as shipped: where "restore the article's value" looks."""
        if self._seed is None:
            self._seed = f.read_catalogue(self.seed_path)
        return self._seed

    def listing(self, kind: str) -> list[Listed]:
        """The entries of one kind, in catalogue order, with their names in every language."""
        with self.database.reading() as session:
            sources = dict(session.execute(select(m.Source.id, m.Source.key)).all())
            if kind == "ingredient":
                ingredient, category = m.Ingredient.__table__.c, m.IngredientCategory.__table__.c
                rows = session.execute(
                    select(ingredient.key, ingredient.name, ingredient.source_id, category.name.label("group"))
                    .join_from(m.Ingredient.__table__, m.IngredientCategory.__table__)
                    .order_by(category.position, ingredient.position)
                ).all()
                return [Listed(r.key, dict(r.name), sources[r.source_id], dict(r.group)) for r in rows]
            model = m.Product if kind == "product" else self._simple(kind).model
            table = model.__table__.c
            entries = session.execute(select(table.key, table.name, table.source_id).order_by(table.position)).all()
            return [Listed(r.key, dict(r.name), sources[r.source_id]) for r in entries]

    def link_choices(self) -> list[tuple[str, Text, str]]:
        """What a product's component may be linked to: ("kind:key", name, kind), in catalogue order."""
        with self.database.reading() as session:
            choices: list[tuple[str, Text, str]] = []
            for kind, model in (
                ("growth_factor", m.GrowthFactor),
                ("ingredient", m.Ingredient),
                ("stem_cell_source", m.StemCellSource),
                ("exosome_origin", m.ExosomeOrigin),
            ):
                table = model.__table__.c
                order = [table.category_id, table.position] if kind == "ingredient" else [table.position]
                for key, name in session.execute(select(table.key, table.name).order_by(*order)):
                    choices.append((f"{kind}:{key}", dict(name), kind))
            return choices

    def entry(self, kind: str, key: str) -> Loaded:
        """One entry's editable fields, version and source; EditError if there is none with that key."""
        with self.database.reading() as session:
            return self._load(session, kind, key)

    def ratings(self) -> RatingsGrid:
        with self.database.reading() as session:
            sources = dict(session.execute(select(m.Source.id, m.Source.key)).all())
            factors = session.execute(
                select(m.GrowthFactor.id, m.GrowthFactor.key, m.GrowthFactor.name)
                .where(m.GrowthFactor.rated.is_(True))
                .order_by(m.GrowthFactor.position)
            ).all()
            effects = session.execute(
                select(m.Effect.id, m.Effect.key, m.Effect.name).order_by(m.Effect.position)
            ).all()
            scale = session.execute(
                select(m.ScaleStep.level, m.ScaleStep.symbol, m.ScaleStep.label).order_by(m.ScaleStep.level.desc())
            ).all()
            factor_key = {r.id: r.key for r in factors}
            effect_key = {r.id: r.key for r in effects}
            cells = {
                (factor_key[r.growth_factor_id], effect_key[r.effect_id]): RatingCell(
                    r.level, sources[r.source_id], r.version
                )
                for r in session.execute(select(m.Rating.__table__)).all()
                if r.growth_factor_id in factor_key
            }
        return RatingsGrid(
            tuple((r.key, dict(r.name)) for r in factors),
            tuple((r.key, dict(r.name)) for r in effects),
            tuple((r.level, r.symbol, dict(r.label)) for r in scale),
            cells,
        )

    def in_article(self, kind: str, key: str) -> bool:
        """Whether the bundled catalogue has its own version of this entry to restore."""
        try:
            self._seed_values(kind, key)
        except EditError:
            return False
        return True

    def dependents(self, kind: str, key: str) -> list[Dependent]:
        """What refers to an entry; deleting it would break these."""
        with self.database.reading() as session:
            return self._dependents(session, kind, key)

    # --- edits -----------------------------------------------------------------------------------------

    def set_rating(self, factor: str, effect: str, level: int, version: int | None = None) -> Change:
        if not is_valid_level(level):
            raise EditError(Said("edit_not_on_scale", level=level))
        return self.save("rating", f"{factor}/{effect}", {"level": level}, version)

    def restore_rating(self, factor: str, effect: str, version: int | None = None) -> Change:
        return self.restore("rating", f"{factor}/{effect}", version)

    def rating_source(self, factor: str, effect: str) -> str:
        return self.entry("rating", f"{factor}/{effect}").source

    def save(self, kind: str, key: str | None, values: Any, version: int | None = None) -> Change:
        """Add an entry (`key` None) or change the one with `key`, marked as the clinic's edit of today.
        `version` is the version the caller read (None: whatever is there now). Saving what is already
        stored writes nothing and returns a Change whose before and after are equal."""
        with self.database.transaction() as session:
            if key is None:
                change = self._create(session, kind, values, self._clinic_source(session))
            else:
                before = self._load(session, kind, key)
                if version is not None and before.version != version:
                    raise StaleEdit(self._stale(session, before))
                if self._same(kind, before.values, values):
                    return Change(
                        f"{kind} {key}",
                        kind,
                        key,
                        before.values,
                        before.source,
                        before.values,
                        before.source,
                        before.version,
                    )
                source = self._clinic_source(session)
                written = self._write(session, kind, key, values, source.key, before.version)
                if kind == "concern":  # as stored: the statements the clinic added carry its source
                    values = self._load(session, kind, key).values
                change = Change(
                    self._describe(kind, key, values),
                    kind,
                    key,
                    before.values,
                    before.source,
                    values,
                    source.key,
                    written,
                )
            self._drop_unused_clinic_sources(session, change.before_source)
        self.changed = True
        return change

    def restore(self, kind: str, key: str, version: int | None = None) -> Change:
        """Bring back the article's version of an entry, with the article as its source."""
        values, source = self._seed_values(kind, key)
        with self.database.transaction() as session:
            before = self._load(session, kind, key)
            if version is not None and before.version != version:
                raise StaleEdit(self._stale(session, before))
            written = self._write(session, kind, key, values, source, before.version)
            self._drop_unused_clinic_sources(session, before.source)
        self.changed = True
        return Change(
            f"the article's {self._describe(kind, key, values)}",
            kind,
            key,
            before.values,
            before.source,
            values,
            source,
            written,
        )

    def delete(self, kind: str, key: str, version: int | None = None) -> Change:
        """Delete an entry; refused, naming them, if other entries depend on it."""
        if kind in ("rating", "procedure", "layer"):
            raise EditError(Said("edit_cannot_delete", kind=kind_words(kind)))
        with self.database.transaction() as session:
            before = self._load(session, kind, key)
            if version is not None and before.version != version:
                raise StaleEdit(self._stale(session, before))
            dependents = self._dependents(session, kind, key)
            if dependents:
                places = _listing([d.place for d in dependents])
                raise EditError(Said("edit_in_use", kind=kind_words(kind), name=self._name_of(before), places=places))
            model = self._model(kind)
            if kind == "ingredient category":
                category_id = session.scalar(select(m.IngredientCategory.id).where(m.IngredientCategory.key == key))
                session.execute(delete(m.Ingredient).where(m.Ingredient.category_id == category_id))
            gone = session.execute(delete(model).where(model.key == key, model.version == before.version)).rowcount  # type: ignore[attr-defined]
            if gone != 1:
                raise StaleEdit(self._stale(session, before))
            self._drop_unused_clinic_sources(session, before.source)
        self.changed = True
        return Change(
            f"deleting {kind} {self._name_of(before)}", kind, key, before.values, before.source, None, None, 0
        )

    def undo(self, change: Change) -> Change:
        """Take back `change`: put back what was there before, checked against the version it left."""
        return self._revert(change, change.before, change.before_source, f"undoing {change.description}")

    def redo(self, change: Change) -> Change:
        """Apply `change` again after it was undone (`change` is what `undo` returned)."""
        return self._revert(change, change.before, change.before_source, change.description.removeprefix("undoing "))

    def _revert(self, change: Change, values: Any, source: str | None, description: str) -> Change:
        with self.database.transaction() as session:
            dropped: str | None = None
            if change.after is None:  # it was deleted: bring it back as it was
                self._create(session, change.kind, values, self._source_named(session, source), key=change.key)
                version = self._load(session, change.kind, change.key).version
            else:
                current = self._load(session, change.kind, change.key)
                dropped = current.source
                if current.version != change.version:
                    raise StaleEdit(self._stale(session, current))
                if values is None:  # it was created: remove it again
                    if self._dependents(session, change.kind, change.key):
                        raise EditError(Said("edit_now_used", kind=kind_words(change.kind), key=change.key))
                    model = self._model(change.kind)
                    session.execute(delete(model).where(model.key == change.key))
                    version = 0
                else:
                    version = self._write(
                        session, change.kind, change.key, values, source or "article", current.version
                    )
            self._drop_unused_clinic_sources(session, dropped)
        self.changed = True
        return Change(description, change.kind, change.key, change.after, change.after_source, values, source, version)

    # --- storage of each kind ----------------------------------------------------------------------------

    @staticmethod
    def _simple(kind: str) -> _Simple:
        try:
            return _SIMPLE[kind]
        except KeyError:
            raise EditError(Said("edit_no_kind", kind=kind)) from None

    def _model(self, kind: str) -> Any:
        if kind == "product":
            return m.Product
        if kind == "ingredient":
            return m.Ingredient
        return self._simple(kind).model

    def _load(self, session: Session, kind: str, key: str) -> Loaded:
        if kind == "rating":
            factor, _, effect = key.partition("/")
            row = session.execute(
                select(m.Rating.level, m.Rating.version, m.Source.key.label("source"), m.GrowthFactor.rated)
                .join(m.GrowthFactor, m.GrowthFactor.id == m.Rating.growth_factor_id)
                .join(m.Effect, m.Effect.id == m.Rating.effect_id)
                .join(m.Source, m.Source.id == m.Rating.source_id)
                .where(m.GrowthFactor.key == factor, m.Effect.key == effect)
            ).first()
            if row is None:
                rated = session.scalar(select(m.GrowthFactor.rated).where(m.GrowthFactor.key == factor))
                if rated is False:
                    raise EditError(Said("edit_not_rated", factor=factor))
                raise EditError(Said("edit_no_rating", factor=factor, effect=effect))
            return Loaded(kind, key, {"level": row.level}, row.version, row.source)
        if kind == "product":
            row = session.execute(select(m.Product.__table__).where(m.Product.key == key)).first()
            if row is None:
                raise EditError(Said("edit_no_entry", kind=kind_words("product"), key=key))
            values = product_values(self._product_entry(session, row))
            return Loaded(kind, key, values, row.version, self._source_key(session, row.source_id))
        if kind == "ingredient":
            ingredient = session.execute(
                select(
                    m.Ingredient.name,
                    m.Ingredient.version,
                    m.Ingredient.source_id,
                    m.Ingredient.needling_timing_source_id,
                    m.IngredientCategory.key,
                )
                .join(m.IngredientCategory, m.IngredientCategory.id == m.Ingredient.category_id)
                .where(m.Ingredient.key == key)
            ).first()
            if ingredient is None:
                raise EditError(Said("edit_no_entry", kind=kind_words("ingredient"), key=key))
            values = {
                "name": dict(ingredient.name),
                "category": ingredient.key,
                "needling_timing": ingredient.needling_timing_source_id is not None,
            }
            return Loaded(kind, key, values, ingredient.version, self._source_key(session, ingredient.source_id))
        spec = self._simple(kind)
        table = spec.model.__table__
        found = session.execute(select(table).where(table.c.key == key)).first()
        if found is None:
            raise EditError(Said("edit_no_entry", kind=kind_words(spec.words), key=key))
        values = {name: _copy(getattr(found, name)) for name in spec.fields}
        return Loaded(kind, key, values, found.version, self._source_key(session, found.source_id))

    @staticmethod
    def _same(kind: str, before: Any, after: Any) -> bool:
        return bool(before == after)

    def _write(self, session: Session, kind: str, key: str, values: Any, source: str, version: int) -> int:
        """Write `values` over the entry `key` at `version`; its new version. StaleEdit if it moved on."""
        source_id = self._source_id(session, source)
        if kind == "rating":
            factor, _, effect = key.partition("/")
            factor_id = select(m.GrowthFactor.id).where(m.GrowthFactor.key == factor).scalar_subquery()
            effect_id = select(m.Effect.id).where(m.Effect.key == effect).scalar_subquery()
            statement = (
                update(m.Rating)
                .where(m.Rating.growth_factor_id == factor_id, m.Rating.effect_id == effect_id)
                .where(m.Rating.version == version)
                .values(level=values["level"], source_id=source_id, version=version + 1)
            )
        elif kind == "product":
            entry = product_entry(values, source)
            product_id = int(session.scalar(select(m.Product.id).where(m.Product.key == key)) or 0)
            if entry.key != key:
                raise EditError(Said("edit_key_changes", old=key, new=entry.key))
            self._refuse_name_taken(session, "product", key, entry.name, self._stored_name(session, m.Product, key))
            statement = (
                update(m.Product)
                .where(m.Product.key == key, m.Product.version == version)
                .values(
                    name=entry.name,
                    maker=entry.maker.name if entry.maker else None,
                    maker_source_id=self._source_id(session, entry.maker.source) if entry.maker else None,
                    notes=entry.notes,
                    source_id=source_id,
                    version=version + 1,
                )
            )
            if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
                raise StaleEdit(self._stale(session, self._load(session, kind, key)))
            session.execute(delete(m.Component).where(m.Component.product_id == product_id))
            session.execute(delete(m.Caution).where(m.Caution.product_id == product_id))
            self._insert_parts(session, product_id, entry, source_id)
            return version + 1
        elif kind == "ingredient":
            self._refuse_name_taken(
                session, "ingredient", key, values["name"], self._stored_name(session, m.Ingredient, key)
            )
            category_id = self._category_id(session, values["category"])
            statement = (
                update(m.Ingredient)
                .where(m.Ingredient.key == key, m.Ingredient.version == version)
                .values(
                    name=values["name"],
                    category_id=category_id,
                    needling_timing_source_id=self._timing_source(session, key, values, source),
                    source_id=source_id,
                    version=version + 1,
                )
            )
        elif kind == "concern":
            self._refuse_name_taken(session, kind, key, values["name"], self._stored_name(session, m.Concern, key))
            bases = self._concern_bases(session, values, source)
            statement = (
                update(m.Concern)
                .where(m.Concern.key == key, m.Concern.version == version)
                .values(
                    name=values["name"],
                    reason=values["reason"],
                    bases=bases,
                    growth_factor_keys=list(
                        dict.fromkeys(b["target"] for b in bases if b["kind"] in ("growth-factor", "treatment"))
                    ),
                    category_keys=list(dict.fromkeys(b["target"] for b in bases if b["kind"] == "ingredient-category")),
                    layer_keys=self._concern_layers(session, values),
                    procedure_note=values.get("procedure_note") or None,
                    source_id=source_id,
                    version=version + 1,
                )
            )
        else:
            spec = self._simple(kind)
            self._check_simple(kind, values)
            self._refuse_name_taken(session, kind, key, values["name"], self._stored_name(session, spec.model, key))
            statement = (
                update(spec.model)
                .where(spec.model.key == key, spec.model.version == version)
                .values(**{name: values[name] for name in spec.fields}, source_id=source_id, version=version + 1)
            )
        if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
            raise StaleEdit(self._stale(session, self._load(session, kind, key)))
        return version + 1

    def _create(self, session: Session, kind: str, values: Any, source: m.Source, key: str | None = None) -> Change:
        if kind == "rating":
            raise EditError(Said("edit_ratings_not_added"))
        model = self._model(kind)
        if kind == "product":
            entry = product_entry(values, source.key)
            key = key or entry.key
            self._refuse_key_taken(session, kind, key)
            self._refuse_name_taken(session, kind, key, entry.name)
            position = (session.scalar(select(func.max(m.Product.position))) or 0) + 1
            product_id = session.execute(  # type: ignore[attr-defined]  # an INSERT's CursorResult
                insert(m.Product).values(
                    key=key,
                    position=position,
                    name=entry.name,
                    maker=entry.maker.name if entry.maker else None,
                    maker_source_id=self._source_id(session, entry.maker.source) if entry.maker else None,
                    notes=entry.notes,
                    source_id=source.id,
                )
            ).inserted_primary_key[0]
            self._insert_parts(session, product_id, entry, source.id)
        elif kind == "ingredient":
            key = key or values["key"]
            self._refuse_key_taken(session, kind, key)
            self._refuse_name_taken(session, kind, key, values["name"])
            category_id = self._category_id(session, values["category"])
            position = (
                session.scalar(select(func.max(m.Ingredient.position)).where(m.Ingredient.category_id == category_id))
                or 0
            ) + 1
            session.execute(
                insert(m.Ingredient).values(
                    key=key,
                    category_id=category_id,
                    position=position,
                    name=values["name"],
                    needling_timing_source_id=self._timing_source(session, key, values, source.key),
                    source_id=source.id,
                )
            )
        elif kind in ("exosome origin", "ingredient category"):
            key = key or values["key"]
            self._check_simple(kind, values)
            self._refuse_key_taken(session, kind, key)
            self._refuse_name_taken(session, kind, key, values["name"])
            fields = {name: values[name] for name in self._simple(kind).fields}
            if kind == "ingredient category":
                fields["open"] = True
            position = (session.scalar(select(func.max(model.position))) or 0) + 1
            session.execute(insert(model).values(key=key, position=position, source_id=source.id, **fields))
        else:
            raise EditError(Said("edit_cannot_add", kind=kind_words(kind)))
        stored = {k: v for k, v in values.items() if k != "key"} if isinstance(values, dict) else values
        return Change(self._describe(kind, key, values), kind, key, None, None, stored, source.key, 1)

    def _insert_parts(self, session: Session, product_id: int, entry: f.ProductEntry, source_id: int) -> None:
        """The product's components and cautions, their links resolved by key."""
        ids: dict[str, dict[str, int]] = {}
        for kind in LINK_KINDS:
            wanted = {
                getattr(item, kind)
                for component in entry.components
                for item in (component, *component.items)
                if getattr(item, kind) is not None
            }
            model = _LINKED[kind]
            found: dict[str, int] = dict(
                session.execute(select(model.key, model.id).where(model.key.in_(wanted))).all()
            )
            missing = sorted(wanted - set(found))
            if missing:
                what = kind_words(kind.replace("_", " "))
                raise EditError(Said("edit_unknown_reference", key=missing[0], kind=what, product=Named(entry.name)))
            ids[kind] = found

        def add(item: f.ComponentEntry | f.ComponentItem, kind: str, position: int, parent: int | None) -> int:
            links = {f"{k}_id": ids[k][getattr(item, k)] for k in LINK_KINDS if getattr(item, k) is not None}
            return int(
                session.execute(  # type: ignore[attr-defined]  # an INSERT's CursorResult
                    insert(m.Component).values(
                        product_id=product_id,
                        parent_id=parent,
                        position=position,
                        kind=kind,
                        name=item.name,
                        open=item.open if isinstance(item, f.ComponentEntry) else False,
                        note=item.note,
                        **links,
                    )
                ).inserted_primary_key[0]
            )

        for position, component in enumerate(entry.components):
            top = add(component, component.kind, position, None)
            for item_position, item in enumerate(component.items):
                add(item, component.kind, item_position, top)
        for position, caution in enumerate(entry.cautions):
            session.execute(
                insert(m.Caution).values(
                    product_id=product_id,
                    position=position,
                    text=caution.text,
                    source_id=self._source_id(session, caution.source) if caution.source else source_id,
                )
            )

    def _product_entry(self, session: Session, row: Any) -> f.ProductEntry:
        own = component_rows(session, [row.id]).get(row.id, [])
        cautions = caution_rows(session, [row.id]).get(row.id, [])
        items: dict[int, list[f.ComponentItem]] = {}
        for c in own:
            if c.parent_id is not None:
                links = {kind: getattr(c, kind) for kind in LINK_KINDS}
                items.setdefault(c.parent_id, []).append(f.ComponentItem(name=c.name, note=c.note, **links))
        components = [
            f.ComponentEntry(
                kind=c.kind,
                name=c.name,
                open=c.open,
                note=c.note,
                items=items.get(c.id, []),
                **{kind: getattr(c, kind) for kind in LINK_KINDS},
            )
            for c in own
            if c.parent_id is None
        ]
        maker = (
            f.Maker(name=row.maker, source=self._source_key(session, row.maker_source_id))
            if row.maker is not None and row.maker_source_id is not None
            else None
        )
        return f.ProductEntry(
            key=row.key,
            name=row.name,
            maker=maker,
            components=components,
            cautions=[f.CautionEntry(text=c.text, source=self._source_key(session, c.source_id)) for c in cautions],
            notes=row.notes,
            source=self._source_key(session, row.source_id),
        )

    def _seed_values(self, kind: str, key: str) -> tuple[Any, str]:
        """The bundled catalogue's fields and source for an entry; EditError if it has none."""
        seed = self.seed()
        if kind == "rating":
            factor, _, effect = key.partition("/")
            entry = next((g for g in seed.growth_factors if g.key == factor), None)
            rating = entry.ratings.get(effect) if entry else None
            if entry is None or rating is None:
                raise EditError(Said("edit_article_no_rating", factor=factor, effect=effect))
            if isinstance(rating, int):
                return {"level": rating}, entry.source
            return {"level": rating.level}, rating.source
        if kind == "ingredient":
            for category in seed.ingredient_categories:
                for ingredient in category.ingredients:
                    if ingredient.key == key:
                        return {
                            "name": dict(ingredient.name),
                            "category": category.key,
                            "needling_timing": ingredient.needling_timing is not None,
                        }, ingredient.source or category.source
            raise EditError(Said("edit_article_no_entry", kind=kind_words("ingredient"), key=key))
        section = SECTIONS.get(kind)
        if section is None:
            raise EditError(Said("edit_no_kind", kind=kind))
        found = next((e for e in getattr(seed, section) if e.key == key), None)
        if found is None:
            raise EditError(Said("edit_article_no_entry", kind=kind_words(kind), key=key))
        if kind == "product":
            return product_values(found), found.source
        if kind == "concern":
            return concern_values(found), found.source
        return {name: _copy(getattr(found, name)) for name in self._simple(kind).fields}, found.source

    def _dependents(self, session: Session, kind: str, key: str) -> list[Dependent]:
        component = m.Component.__table__.c
        product = m.Product.__table__.c
        links: Any = None
        if kind == "ingredient":
            links = component.ingredient_id.in_(select(m.Ingredient.id).where(m.Ingredient.key == key))
        elif kind == "ingredient category":
            category = select(m.IngredientCategory.id).where(m.IngredientCategory.key == key)
            links = component.ingredient_id.in_(select(m.Ingredient.id).where(m.Ingredient.category_id.in_(category)))
        elif kind == "exosome origin":
            links = component.exosome_origin_id.in_(select(m.ExosomeOrigin.id).where(m.ExosomeOrigin.key == key))
        found: list[Dependent] = []
        if links is not None:
            rows = session.execute(
                select(product.name, component.name)
                .join_from(m.Component.__table__, m.Product.__table__)
                .where(links)
                .order_by(product.position, component.position)
            ).all()
            found += [Dependent(Said("edit_used_by_component", product=Named(p), component=Named(c))) for p, c in rows]
        if kind == "layer":
            layer_id = select(m.Layer.id).where(m.Layer.key == key).scalar_subquery()
            uses: tuple[tuple[Any, Any, Any, str], ...] = (
                (m.GrowthFactor, m.GrowthFactorLayer.growth_factor_id, m.GrowthFactorLayer.layer_id, "growth factor"),
                (m.Procedure, m.ProcedureReach.procedure_id, m.ProcedureReach.layer_id, "procedure"),
            )
            for model, owner, layer, label in uses:
                names = session.scalars(
                    select(model.name).where(model.id.in_(select(owner).where(layer == layer_id)))
                ).all()
                found += [Dependent(Said("edit_used_by", kind=kind_words(label), name=Named(name))) for name in names]
            children = session.scalars(select(m.Layer.name).where(m.Layer.parent_id == layer_id)).all()
            found += [Dependent(Said("edit_used_by", kind=kind_words("layer"), name=Named(name))) for name in children]
        return found

    # --- helpers ---------------------------------------------------------------------------------------

    def _clinic_source(self, session: Session, day: date | None = None) -> m.Source:
        day = day or self.today()
        key = clinic_source_key(day)
        source = session.scalars(select(m.Source).where(m.Source.key == key)).first()
        if source is None:
            source = m.Source(
                key=key,
                kind="clinic-edit",
                title={"en": "Edited by the clinic", "ja": "クリニックによる編集", "ja_source": "translation"},
                citation={
                    "en": f"Changed in DermaCounsel by the clinic on {day.strftime('%d %B %Y')}.",
                    "ja": f"{day.year}年{day.month}月{day.day}日にクリニックがDermaCounselで変更しました。",
                    "ja_source": "translation",
                },
            )
            session.add(source)
            session.flush()
        return source

    def _source_named(self, session: Session, key: str | None) -> m.Source:
        if key is not None and is_clinic_edit(key):
            day = edit_date(key)
            if day is not None:
                return self._clinic_source(session, day)
        source = session.scalars(select(m.Source).where(m.Source.key == (key or "article"))).first()
        if source is None:
            raise EditError(Said("edit_unknown_source", key=key))
        return source

    def _source_id(self, session: Session, key: str) -> int:
        return self._source_named(session, key).id

    @staticmethod
    def _source_key(session: Session, source_id: int) -> str:
        return str(session.scalar(select(m.Source.key).where(m.Source.id == source_id)))

    @staticmethod
    def _drop_unused_clinic_sources(session: Session, source: str | None = None) -> None:
        """A clinic-edit source nothing refers to any more (every edit of that day was restored or undone)
        goes. Only `source`, the one the edit stopped using, can have become unused; each place that may
        refer to it is an indexed column, looked up directly."""
        if source is None or not is_clinic_edit(source):
            return
        session.flush()
        source_id = session.scalar(select(m.Source.id).where(m.Source.key == source))
        if source_id is None:
            return
        if any(basis.get("source") == source for bases in session.scalars(select(m.Concern.bases)) for basis in bases):
            return  # a concern's statement, kept by key inside its row, still names it
        for table in m.Base.metadata.sorted_tables:
            for column in table.columns:
                if any(key.column.table.name == "source" for key in column.foreign_keys):
                    if session.execute(select(column).where(column == source_id).limit(1)).first() is not None:
                        return
        session.execute(delete(m.Source).where(m.Source.id == source_id))

    def _concern_bases(self, session: Session, values: dict[str, Any], source: str) -> list[dict[str, Any]]:
        """A concern's bases as stored, checked: each about a known thing, saying something; a basis the
        clinic added or changed (no `source` yet) is marked as the clinic's edit of today."""
        if not any(text.strip() for text in (values.get("reason") or {}).values()):
            raise EditError(Said("edit_needs_reason"))
        bases = []
        for index, basis in enumerate(values.get("bases") or [], 1):
            kind = basis.get("kind")
            if kind not in BASIS_TARGETS:
                raise EditError(Said("edit_statement_kind", index=index, kind=kind))
            model, target = BASIS_TARGETS[kind], basis.get("target") or None
            if model is not None and session.scalar(select(model.id).where(model.key == target)) is None:
                raise EditError(Said("edit_statement_target", index=index, kind=kind_words(kind), target=target))
            if not any(text.strip() for text in (basis.get("says") or {}).values()):
                raise EditError(Said("edit_statement_says", index=index))
            note = basis.get("note") or None
            bases.append(
                {
                    "kind": kind,
                    "target": target if model is not None else None,
                    "says": dict(basis["says"]),
                    "source": basis.get("source") or source,
                    "note": dict(note) if note else None,
                }
            )
            self._source_named(session, bases[-1]["source"])  # a source that exists
        return bases

    def _timing_source(self, session: Session, key: str, values: dict[str, Any], source: str) -> int | None:
        """Whether the clinic's needling timing note is about this ingredient, as the source of that: kept
        as it was when it stays on; the clinic's edit when the clinic puts it on (the clinic's notes when
        restoring the bundled catalogue's)."""
        if not values.get("needling_timing"):
            return None
        stored = session.scalar(select(m.Ingredient.needling_timing_source_id).where(m.Ingredient.key == key))
        if stored is not None:
            return int(stored)
        if is_clinic_edit(source):
            return self._source_id(session, source)
        notes = session.scalar(select(m.Source.id).where(m.Source.key == "clinic-notes"))
        return int(notes) if notes is not None else self._clinic_source(session).id

    @staticmethod
    def _concern_layers(session: Session, values: dict[str, Any]) -> list[str]:
        layers = list(dict.fromkeys(values.get("layer_keys") or []))
        known = set(session.scalars(select(m.Layer.key).where(m.Layer.key.in_(layers))))
        unknown = [key for key in layers if key not in known]
        if unknown:
            raise EditError(Said("edit_no_entry", kind=kind_words("layer"), key=unknown[0]))
        return layers

    @staticmethod
    def _category_id(session: Session, key: str) -> int:
        found = session.scalar(select(m.IngredientCategory.id).where(m.IngredientCategory.key == key))
        if found is None:
            raise EditError(Said("edit_no_such", kind=kind_words("ingredient category"), key=key))
        return int(found)

    def _refuse_key_taken(self, session: Session, kind: str, key: str) -> None:
        model = self._model(kind)
        if session.scalar(select(model.id).where(func.lower(model.key) == key.lower())) is not None:
            raise EditError(Said("edit_key_taken", kind=kind_words(kind), key=key))

    @staticmethod
    def _stored_name(session: Session, model: Any, key: str) -> Text:
        return dict(session.scalar(select(model.name).where(model.key == key)) or {})

    def _refuse_name_taken(self, session: Session, kind: str, key: str, name: Text, stored: Text | None = None) -> None:
        """Names are unique per language within a kind, ignoring case. Only a name that changes from
        `stored` is looked for among the others (a catalogue may hold thousands)."""
        model = self._model(kind)
        table = model.__table__.c
        for language, text in versions(name).items():
            if not text.strip():
                raise EditError(Said("edit_needs_name", kind=kind_words(kind)))
            if stored is not None and stored.get(language, "").strip().lower() == text.strip().lower():
                continue
            clash = session.execute(
                select(table.key, table.name).where(
                    table.key != key, func.lower(table.name[language].as_string()) == text.strip().lower()
                )
            ).first()
            if clash is not None:
                raise EditError(Said("edit_name_taken", kind=kind_words(kind), name=text))

    @staticmethod
    def _check_simple(kind: str, values: dict[str, Any]) -> None:
        if kind == "exosome origin" and not values.get("effects"):
            raise EditError(Said("edit_needs_effect"))
        for name in ("description",):
            if name in values and not any(text.strip() for text in versions(values[name]).values()):
                raise EditError(Said("edit_needs_description", kind=kind_words(kind)))

    @staticmethod
    def _stale(session: Session, current: Loaded) -> Said:
        if current.kind == "rating":  # named by its keys in English, as the reader's language names them in others
            factor, _, effect = current.key.partition("/")
            factor_names = session.scalar(select(m.GrowthFactor.name).where(m.GrowthFactor.key == factor))
            effect_names = session.scalar(select(m.Effect.name).where(m.Effect.key == effect))
            name: str = Said(
                "edit_rating_name",
                factor=Named({**(factor_names or {}), "en": factor}),
                effect=Named({**(effect_names or {}), "en": effect}),
            )
        else:
            name = CatalogueEditor._name_of(current)
        return Said("edit_stale", kind=kind_words(current.kind), name=name)

    @staticmethod
    def _name_of(loaded: Loaded) -> str:
        """The entry as an error names it: its name in every language (a rating: "EGF on wrinkles")."""
        values = loaded.values
        if loaded.kind == "rating":
            factor, _, effect = loaded.key.partition("/")
            return Said("edit_rating_name", factor=factor, effect=effect)
        return Named(values.get("name", {}), fallback=loaded.key)

    @staticmethod
    def _describe(kind: str, key: str | None, values: Any) -> str:
        if kind == "rating":
            return f"rating of {(key or '').replace('/', ' on ')}"
        return f"{kind} {_english(values.get('name', {})) or key}"


_LINKED: dict[str, Any] = {
    "growth_factor": m.GrowthFactor,
    "ingredient": m.Ingredient,
    "stem_cell_source": m.StemCellSource,
    "exosome_origin": m.ExosomeOrigin,
}


def _link(item: f.ComponentEntry | f.ComponentItem) -> str:
    return next((f"{kind}:{getattr(item, kind)}" for kind in LINK_KINDS if getattr(item, kind)), "")


def product_values(entry: f.ProductEntry) -> dict[str, Any]:
    """A product as the editor edits it: plain values, texts in every language, links as "kind:key"."""
    return {
        "key": entry.key,
        "name": dict(entry.name),
        "maker": dict(entry.maker.name) if entry.maker else None,
        "maker_source": entry.maker.source if entry.maker else None,
        "notes": dict(entry.notes) if entry.notes else None,
        "components": [
            {
                "kind": c.kind,
                "name": dict(c.name),
                "open": c.open,
                "note": dict(c.note) if c.note else None,
                "link": _link(c),
                "items": [
                    {"name": dict(i.name), "note": dict(i.note) if i.note else None, "link": _link(i)} for i in c.items
                ],
            }
            for c in entry.components
        ],
        "cautions": [{"text": dict(c.text), "source": c.source} for c in entry.cautions],
    }


def product_entry(values: dict[str, Any], source: str) -> f.ProductEntry:
    """The product the editor's values describe, checked as a catalogue file's product would be."""
    from pydantic import ValidationError

    def links(value: dict[str, Any]) -> dict[str, str]:
        kind, _, key = str(value.get("link") or "").partition(":")
        return {kind: key} if kind else {}

    try:
        return f.ProductEntry(
            key=values["key"],
            name=values["name"],
            maker=f.Maker(name=values["maker"], source=values.get("maker_source") or source)
            if values.get("maker")
            else None,
            components=[
                f.ComponentEntry(
                    kind=c["kind"],
                    name=c["name"],
                    open=c.get("open", False),
                    note=c.get("note"),
                    items=[f.ComponentItem(name=i["name"], note=i.get("note"), **links(i)) for i in c.get("items", [])],
                    **links(c),
                )
                for c in values["components"]
            ],
            cautions=[f.CautionEntry(text=c["text"], source=c.get("source") or source) for c in values["cautions"]],
            notes=values.get("notes"),
            source=source,
        )
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        problem = f.pydantic_problem(first)  # in either language: the file's checks' and pydantic's common ones
        raise EditError(Said("edit_field_problem", place=place, problem=problem)) from None


def concern_values(entry: f.ConcernEntry) -> dict[str, Any]:
    """A concern as the editor edits it (the fields of the concern table), from the file's entry."""
    return {
        "name": dict(entry.name),
        "reason": dict(entry.reason),
        "bases": [
            {
                "kind": b.kind,
                "target": b.target,
                "says": dict(b.says),
                "source": b.source,
                "note": dict(b.note) if b.note else None,
            }
            for b in entry.bases
        ],
        "layer_keys": list(entry.layers),
        "procedure_note": dict(entry.procedure_note) if entry.procedure_note else None,
    }


def _copy(value: Any) -> Any:
    """A stored JSON value, copied so that the caller's changes never reach the loaded row."""
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


def edited_facts(doc: f.CatalogueDocument) -> Iterator[tuple[str, date]]:
    """Every fact the clinic changed, with the day (for listings)."""
    for factor in doc.growth_factors:
        for effect, rating in factor.ratings.items():
            if isinstance(rating, f.RatingEntry) and (day := edit_date(rating.source)):
                yield f"{factor.name['en']} on {effect}", day
    for section in ("products", "exosome_origins", "procedures", "layers", "concerns"):
        for entry in getattr(doc, section):
            if day := edit_date(entry.source):
                yield entry.name["en"], day
