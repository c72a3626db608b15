"""The catalogue in Japanese (issue 14): every text records where its Japanese came from
(`ja_source`: "article", "translation" or "clinic"), a source's citation becomes a text in several
languages like every other, and an existing catalogue gains the bundled catalogue's Japanese for every
text it still has in English alone.

A text is filled only where its English is exactly the bundled catalogue's (so a text the clinic has
reworded keeps no translation of words it no longer says) and it has no Japanese yet (a clinic's own
Japanese is never replaced). Japanese already there is marked with the bundled catalogue's origin when
it is the bundled text, else as a translation: nothing is claimed to be the article's that may not be.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:30:00
"""

import json
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from dermacounsel import paths

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables whose columns hold texts at this revision: their primary key and their text columns.
TEXT_COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "source": (("id",), ("title", "citation")),
    "scale_step": (("level",), ("label", "meaning")),
    "effect": (("id",), ("name",)),
    "layer": (("id",), ("name", "description", "thickness_note")),
    "growth_factor": (
        ("id",),
        ("name", "full_name", "feature", "action", "target_cells", "expected_effects", "inference_note", "reading_note"),
    ),
    "growth_factor_layer": (("growth_factor_id", "layer_id"), ("basis",)),
    "preparation": (("id",), ("name", "full_name", "description")),
    "ingredient_family": (("id",), ("name", "description")),
    "cell_derived_class": (("id",), ("name", "description")),
    "cell_derived_class_layer": (("cell_derived_class_id", "layer_id"), ("basis",)),
    "stem_cell_source": (("id",), ("name",)),
    "exosome_origin": (("id",), ("name", "effects")),
    "ingredient_category": (("id",), ("name",)),
    "ingredient_category_layer": (("ingredient_category_id", "layer_id"), ("basis",)),
    "ingredient": (("id",), ("name",)),
    "procedure": (("id",), ("name", "description", "notes")),
    "product": (("id",), ("name", "maker", "notes")),
    "component": (("id",), ("name", "note")),
    "caution": (("id",), ("text",)),
    "concern": (("id",), ("name", "reason", "bases", "procedure_note")),
    "statement": (("id",), ("text",)),
}


def _texts(value: Any) -> Iterator[dict[str, Any]]:
    """Every text ({"en": ...}) in a stored value: a text, a list of texts, a concern's bases."""
    if isinstance(value, dict):
        if isinstance(value.get("en"), str):
            yield value
        else:
            for item in value.values():
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _bundled_japanese() -> dict[str, tuple[str, str]]:
    """The bundled catalogue's Japanese by English text: (Japanese, where it came from)."""
    seed = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}
    for text in _texts(seed):
        if isinstance(text.get("ja"), str):
            found.setdefault(text["en"], (text["ja"], text.get("ja_source", "translation")))
    return found


def _each_row(change: Any) -> None:
    """Apply `change(text)` to every stored text, writing back the rows it changed."""
    bind = op.get_bind()
    for name, (keys, columns) in TEXT_COLUMNS.items():
        table = sa.table(name, *(sa.column(k) for k in keys), *(sa.column(c, sa.JSON) for c in columns))
        for row in bind.execute(sa.select(table)).mappings().all():
            updates = {}
            for column in columns:
                value = row[column]
                if isinstance(value, str):  # a driver that hands JSON back as text
                    value = json.loads(value)
                if value is None:
                    continue
                if any([change(text) for text in _texts(value)]):
                    updates[column] = value
            if updates:
                where = sa.and_(*(table.c[k] == row[k] for k in keys))
                bind.execute(table.update().where(where).values(**updates))


def _citations_as_texts() -> None:
    """source.citation: a plain string becomes {"en": the string}, as every other text is kept."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.alter_column(
            "source", "citation", type_=sa.JSON(), postgresql_using="json_build_object('en', citation)"
        )
        return
    bind.execute(sa.text("UPDATE source SET citation = json_object('en', citation)"))
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.alter_column("citation", type_=sa.JSON(), existing_type=sa.String(500), existing_nullable=False)


def _citations_as_strings() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.alter_column("source", "citation", type_=sa.String(500), postgresql_using="(citation->>'en')")
        return
    bind.execute(sa.text("UPDATE source SET citation = json_extract(citation, '$.en')"))
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.alter_column("citation", type_=sa.String(500), existing_type=sa.JSON(), existing_nullable=False)


def upgrade() -> None:
    _citations_as_texts()
    bundled = _bundled_japanese()

    def fill(text: dict[str, Any]) -> bool:
        known = bundled.get(text["en"])
        if "ja" not in text:
            if known is None:
                return False
            text["ja"], text["ja_source"] = known
            return True
        if "ja_source" in text:
            return False
        text["ja_source"] = known[1] if known is not None and known[0] == text["ja"] else "translation"
        return True

    _each_row(fill)


def downgrade() -> None:
    """Forget where translations came from (the Japanese itself stays: the older schema holds it)."""

    def forget(text: dict[str, Any]) -> bool:
        recorded = [key for key in text if key.endswith("_source")]
        for key in recorded:
            del text[key]
        return bool(recorded)

    _each_row(forget)
    _citations_as_strings()
