"""Editing the catalogue: each change is validated on the whole catalogue, then written in one
transaction; the clinic's changes are marked "edited by the clinic" with the date; the article's values
can be restored from the bundled catalogue; the last changes can be undone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dermacounsel import paths
from dermacounsel.domain.scale import is_valid_level
from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.catalogue_import import write_document
from dermacounsel.storage.database import CatalogueDatabase

CLINIC_PREFIX = "clinic-"
UNDO_DEPTH = 20


class EditError(Exception):
    """An edit that would leave the catalogue inconsistent; the message says what and where."""


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


def with_clinic_source(doc: f.CatalogueDocument, day: date) -> tuple[f.CatalogueDocument, str]:
    """The document with a source for today's edits by the clinic, and that source's key."""
    key = clinic_source_key(day)
    if any(source.key == key for source in doc.sources):
        return doc, key
    source = f.SourceEntry(
        key=key,
        kind="clinic-edit",
        title={"en": "Edited by the clinic"},
        citation=f"Changed in DermaCounsel by the clinic on {day.strftime('%d %B %Y')}.",
    )
    return doc.model_copy(update={"sources": [*doc.sources, source]}), key


def _replace(items: list[Any], index: int, item: Any) -> list[Any]:
    return [*items[:index], item, *items[index + 1 :]]


@dataclass(frozen=True)
class Dependent:
    """Something that refers to an entry, in words ("product Benev, component Hyaluronic acid")."""

    place: str


class CatalogueEditor:
    """Applies the clinic's edits to an open catalogue.

    Attributes:
        changed: whether anything was changed since the editor was made (for the after-session backup).
    """

    def __init__(self, database: CatalogueDatabase, seed: Path | None = None, today: Callable[[], date] = date.today):
        self.database = database
        self.seed_path = seed or paths.seed_catalogue_path()
        self._seed: f.CatalogueDocument | None = None
        self.today = today
        self._undo: list[tuple[str, f.CatalogueDocument]] = []
        self.changed = False

    # --- reading --------------------------------------------------------------------------------------

    def document(self) -> f.CatalogueDocument:
        with self.database.reading() as session:
            return read_catalogue_document(session)

    def seed(self) -> f.CatalogueDocument:
        """The article's catalogue as shipped: where "restore the article's value" looks."""
        if self._seed is None:
            self._seed = f.read_catalogue(self.seed_path)
        return self._seed

    # --- applying -------------------------------------------------------------------------------------

    def apply(self, description: str, change: Callable[[f.CatalogueDocument, str], f.CatalogueDocument]) -> None:
        """Apply `change(document, clinic_source_key)`; validated whole, written in one transaction."""
        with self.database.transaction() as session:
            before = read_catalogue_document(session)
            staged, source = with_clinic_source(before, self.today())
            after = change(staged, source)
            problems = list(f.reference_problems(after))
            if problems:
                raise EditError(self._explain(problems[0]))
            try:
                after = f.CatalogueDocument.model_validate(after.model_dump(mode="json"))
            except ValidationError as error:
                first = error.errors()[0]
                raise EditError(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from None
            unused = self._drop_unused_clinic_sources(after)
            write_document(session, unused)
        self._undo.append((description, before))
        del self._undo[:-UNDO_DEPTH]
        self.changed = True

    @staticmethod
    def _explain(problem: tuple[str, str]) -> str:
        place, words = problem
        return f"{words} (at {place})"

    @staticmethod
    def _drop_unused_clinic_sources(doc: f.CatalogueDocument) -> f.CatalogueDocument:
        dumped = doc.model_dump_json()
        keep = [s for s in doc.sources if not is_clinic_edit(s.key) or dumped.count(f'"{s.key}"') > 1]
        return doc if len(keep) == len(doc.sources) else doc.model_copy(update={"sources": keep})

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_description(self) -> str | None:
        return self._undo[-1][0] if self._undo else None

    def undo(self) -> str | None:
        """Put back the catalogue as it was before the last change; its description, or None."""
        if not self._undo:
            return None
        description, before = self._undo.pop()
        with self.database.transaction() as session:
            write_document(session, before)
        self.changed = True
        return description

    # --- ratings --------------------------------------------------------------------------------------

    def set_rating(self, factor: str, effect: str, level: int) -> None:
        if not is_valid_level(level):
            raise EditError(f"{level!r} is not on the four-step scale (0 to 3)")

        def change(doc: f.CatalogueDocument, source: str) -> f.CatalogueDocument:
            index, entry = self._find(doc.growth_factors, factor, "growth factor")
            if not entry.rated:
                raise EditError(f"{factor} is not rated by the article, so it has no ratings to change")
            ratings = dict(entry.ratings)
            ratings[effect] = f.RatingEntry(level=level, source=source)
            return doc.model_copy(
                update={
                    "growth_factors": _replace(doc.growth_factors, index, entry.model_copy(update={"ratings": ratings}))
                }
            )

        self.apply(f"rating of {factor} on {effect}", change)

    def rating_source(self, factor: str, effect: str) -> str:
        entry = self._find(self.document().growth_factors, factor, "growth factor")[1]
        rating = entry.ratings.get(effect)
        return rating.source if isinstance(rating, f.RatingEntry) else entry.source

    def restore_rating(self, factor: str, effect: str) -> None:
        original = self._find(self.seed().growth_factors, factor, "growth factor")[1].ratings.get(effect)
        if original is None:
            raise EditError(f"the article gives no rating of {factor} on {effect}")

        def change(doc: f.CatalogueDocument, _source: str) -> f.CatalogueDocument:
            index, entry = self._find(doc.growth_factors, factor, "growth factor")
            ratings = dict(entry.ratings)
            ratings[effect] = original
            return doc.model_copy(
                update={
                    "growth_factors": _replace(doc.growth_factors, index, entry.model_copy(update={"ratings": ratings}))
                }
            )

        self.apply(f"the article's rating of {factor} on {effect}", change)

    # --- whole entries --------------------------------------------------------------------------------

    #: The kinds of entry edited whole, and their section of the catalogue document.
    SECTIONS = {
        "product": "products",
        "exosome origin": "exosome_origins",
        "procedure": "procedures",
        "layer": "layers",
        "ingredient category": "ingredient_categories",
    }

    @staticmethod
    def _identity(item: Any) -> str:
        """Entries are known by their key; products by their English name."""
        return str(item.key) if hasattr(item, "key") else str(item.name["en"])

    def _find(self, items: list[Any], key: str, what: str) -> tuple[int, Any]:
        for index, item in enumerate(items):
            if self._identity(item).casefold() == key.casefold():
                return index, item
        raise EditError(f"no {what} {key!r} in the catalogue")

    def save(self, kind: str, original: str | None, entry: Any) -> None:
        """Add `entry` (original None) or replace the entry called `original`; marked as the clinic's."""
        section = self.SECTIONS[kind]
        identify = self._identity

        def change(doc: f.CatalogueDocument, source: str) -> f.CatalogueDocument:
            items = list(getattr(doc, section))
            new_name = identify(entry)
            clash = [identify(i) for i in items if identify(i).casefold() == new_name.casefold()]
            if original is None:
                if clash:
                    raise EditError(f"a {kind} called {new_name!r} exists already")
                items.append(entry.model_copy(update={"source": source}))
            else:
                index, _old = self._find(items, original, kind)
                if clash and new_name.casefold() != original.casefold():
                    raise EditError(f"a {kind} called {new_name!r} exists already")
                items = _replace(items, index, entry.model_copy(update={"source": source}))
            return doc.model_copy(update={section: items})

        self.apply(f"{kind} {identify(entry)}", change)

    def delete(self, kind: str, name: str) -> None:
        """Delete an entry; refused, naming them, if other entries depend on it."""
        section = self.SECTIONS[kind]
        dependents = self.dependents(kind, name)
        if dependents:
            raise EditError(f"{kind} {name} is used by {', '.join(d.place for d in dependents)}; change those first")

        def change(doc: f.CatalogueDocument, _source: str) -> f.CatalogueDocument:
            items = list(getattr(doc, section))
            index, _old = self._find(items, name, kind)
            return doc.model_copy(update={section: [*items[:index], *items[index + 1 :]]})

        self.apply(f"deleting {kind} {name}", change)

    def restore(self, kind: str, name: str) -> None:
        """Bring back the article's version of an entry."""
        section = self.SECTIONS[kind]
        _index, original = self._find(list(getattr(self.seed(), section)), name, kind)

        def change(doc: f.CatalogueDocument, _source: str) -> f.CatalogueDocument:
            items = list(getattr(doc, section))
            index, _old = self._find(items, name, kind)
            return doc.model_copy(update={section: _replace(items, index, original)})

        self.apply(f"the article's {kind} {name}", change)

    def in_article(self, kind: str, name: str) -> bool:
        section = self.SECTIONS[kind]
        try:
            self._find(list(getattr(self.seed(), section)), name, kind)
        except EditError:
            return False
        return True

    def dependents(self, kind: str, name: str) -> list[Dependent]:
        """What refers to an entry; deleting it would break these."""
        doc = self.document()
        found: list[Dependent] = []
        if kind == "ingredient category":
            _index, category = self._find(doc.ingredient_categories, name, kind)
            keys = {i.key for i in category.ingredients}
            found += [Dependent(d.place) for d in self._component_links(doc, "ingredient", keys)]
        elif kind == "exosome origin":
            found += self._component_links(doc, "exosome_origin", {name})
        elif kind == "layer":
            for factor in doc.growth_factors:
                found += [
                    Dependent(f"growth factor {factor.name['en']}") for link in factor.layers if link.layer == name
                ]
            for procedure in doc.procedures:
                found += [Dependent(f"procedure {procedure.name['en']}") for r in procedure.reach if r.layer == name]
            found += [Dependent(f"layer {layer.name['en']}") for layer in doc.layers if layer.parent == name]
        return found

    def ingredient_dependents(self, key: str) -> list[Dependent]:
        return self._component_links(self.document(), "ingredient", {key})

    @staticmethod
    def _component_links(doc: f.CatalogueDocument, field_name: str, keys: set[str]) -> list[Dependent]:
        found = []
        for product in doc.products:
            for component in product.components:
                entries: list[f.ComponentEntry | f.ComponentItem] = [component, *component.items]
                for entry in entries:
                    if getattr(entry, field_name) in keys:
                        found.append(Dependent(f"product {product.name['en']} ({entry.name['en']})"))
        return found

    # --- ingredients (filed within their categories) --------------------------------------------------

    def save_ingredient(self, category: str, original: str | None, ingredient: f.IngredientEntry) -> None:
        def change(doc: f.CatalogueDocument, source: str) -> f.CatalogueDocument:
            categories = list(doc.ingredient_categories)
            every = [i for c in categories for i in c.ingredients]
            if original is None or original.casefold() != ingredient.key.casefold():
                if any(i.key.casefold() == ingredient.key.casefold() for i in every):
                    raise EditError(f"an ingredient with the key {ingredient.key!r} exists already")
            names = [i.name["en"].casefold() for i in every if original is None or i.key != original]
            if ingredient.name["en"].casefold() in names:
                raise EditError(f"an ingredient called {ingredient.name['en']!r} exists already")
            if (
                original is not None
                and original != ingredient.key
                and self._component_links(doc, "ingredient", {original})
            ):
                raise EditError(f"ingredient {original} is linked from products; keep its key")
            marked = ingredient.model_copy(update={"source": source})
            result = []
            for c in categories:
                kept = [i for i in c.ingredients if original is None or i.key != original]
                if c.key == category:
                    position = next((n for n, i in enumerate(c.ingredients) if i.key == original), len(kept))
                    kept.insert(min(position, len(kept)), marked)
                result.append(c.model_copy(update={"ingredients": kept}))
            if not any(c.key == category for c in categories):
                raise EditError(f"no ingredient category {category!r}")
            return doc.model_copy(update={"ingredient_categories": result})

        self.apply(f"ingredient {ingredient.name['en']}", change)

    def delete_ingredient(self, key: str) -> None:
        dependents = self.ingredient_dependents(key)
        if dependents:
            raise EditError(f"ingredient {key} is used by {', '.join(d.place for d in dependents)}; change those first")

        def change(doc: f.CatalogueDocument, _source: str) -> f.CatalogueDocument:
            result = [
                c.model_copy(update={"ingredients": [i for i in c.ingredients if i.key != key]})
                for c in doc.ingredient_categories
            ]
            return doc.model_copy(update={"ingredient_categories": result})

        self.apply(f"deleting ingredient {key}", change)

    def restore_ingredient(self, key: str) -> None:
        for category in self.seed().ingredient_categories:
            for ingredient in category.ingredients:
                if ingredient.key == key:
                    self.save_ingredient(category.key, key, ingredient)
                    # the article's value keeps the article as its source
                    self._unmark_ingredient(key, ingredient.source)
                    return
        raise EditError(f"the article has no ingredient {key!r}")

    def _unmark_ingredient(self, key: str, source: str | None) -> None:
        def change(doc: f.CatalogueDocument, _source: str) -> f.CatalogueDocument:
            result = [
                c.model_copy(
                    update={
                        "ingredients": [
                            i.model_copy(update={"source": source}) if i.key == key else i for i in c.ingredients
                        ]
                    }
                )
                for c in doc.ingredient_categories
            ]
            return doc.model_copy(update={"ingredient_categories": result})

        self.apply(f"the article's ingredient {key}", change)
        # restoring is one step for the user: fold the two into one undo entry
        description, _mid = self._undo.pop()
        self._undo[-1] = (description, self._undo[-1][1])


def edited_facts(doc: f.CatalogueDocument) -> Iterator[tuple[str, date]]:
    """Every fact the clinic changed, with the day (for listings)."""
    for factor in doc.growth_factors:
        for effect, rating in factor.ratings.items():
            if isinstance(rating, f.RatingEntry) and (day := edit_date(rating.source)):
                yield f"{factor.name['en']} on {effect}", day
    for section in ("products", "exosome_origins", "procedures", "layers"):
        for entry in getattr(doc, section):
            if day := edit_date(entry.source):
                yield entry.name["en"], day
