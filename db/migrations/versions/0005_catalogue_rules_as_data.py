"""Rules that were code become catalogue data with their sources (issue 13): where each rated effect takes
place (the skin explorer's region-to-effect map), which ingredients the clinic's needling timing note is
about, and where a procedure's description comes from; concerns gain a version, as the editor changes them
one by one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 23:10:00
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from dermacounsel import paths

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _add_source(batch: Any, table: str, column: str) -> None:
    """A nullable reference to a source, indexed and named as the models' naming convention names it."""
    batch.add_column(sa.Column(column, sa.Integer(), nullable=True))
    batch.create_index(f"ix_{table}_{column}", [column], unique=False)
    batch.create_foreign_key(f"fk_{table}_{column}_source", "source", [column], ["id"], ondelete="RESTRICT")


def upgrade() -> None:
    with op.batch_alter_table("effect") as batch:
        batch.add_column(sa.Column("regions", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("effect") as batch:  # apart: one batch adding both trips Alembic's reordering
        _add_source(batch, "effect", "regions_source_id")
    with op.batch_alter_table("ingredient") as batch:
        _add_source(batch, "ingredient", "needling_timing_source_id")
    with op.batch_alter_table("procedure") as batch:
        _add_source(batch, "procedure", "description_source_id")
    with op.batch_alter_table("concern") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    _fill_from_the_bundled_catalogue()


def _text(value: Any) -> Any:
    return {"en": value} if isinstance(value, str) else value


def _fill_from_the_bundled_catalogue() -> None:
    """An existing catalogue gains the bundled catalogue's placements for the effects, ingredients and
    procedures it shares with it (the rules the app applied until now, so nothing it shows changes), and
    the sources they cite. A new, empty database is seeded afterwards."""
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT count(*) FROM effect")).scalar():
        return
    seed = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    known = {row[0] for row in bind.execute(sa.text("SELECT key FROM source"))}
    for source in seed["sources"]:
        if source["key"] not in known:
            bind.execute(
                sa.text("INSERT INTO source (key, kind, title, citation) VALUES (:key, :kind, :title, :citation)"),
                {
                    **source,
                    "title": json.dumps(_text(source["title"]), ensure_ascii=False),
                    # a plain string at this revision (0006 makes it a text in several languages)
                    "citation": source["citation"]["en"] if isinstance(source["citation"], dict) else source["citation"],
                },
            )
    source_id = {row[0]: row[1] for row in bind.execute(sa.text("SELECT key, id FROM source"))}
    for effect in seed["effects"]:
        if effect.get("regions"):
            bind.execute(
                sa.text("UPDATE effect SET regions = :regions, regions_source_id = :source WHERE key = :key"),
                {
                    "key": effect["key"],
                    "regions": json.dumps(effect["regions"]),
                    "source": source_id[effect["regions_source"]],
                },
            )
    for category in seed["ingredient_categories"]:
        for ingredient in category["ingredients"]:
            if ingredient.get("needling_timing"):
                bind.execute(
                    sa.text("UPDATE ingredient SET needling_timing_source_id = :source WHERE key = :key"),
                    {"key": ingredient["key"], "source": source_id[ingredient["needling_timing"]]},
                )
    have = {row[0] for row in bind.execute(sa.text("SELECT key FROM statement"))}
    position = bind.execute(sa.text("SELECT coalesce(max(position), -1) FROM statement")).scalar() or 0
    for statement in seed["statements"]:
        if statement["key"] == "effect-regions" and statement["key"] not in have:  # said with the placement
            bind.execute(
                sa.text("INSERT INTO statement (key, position, text, source_id) VALUES (:key, :position, :text, :source)"),
                {
                    "key": statement["key"],
                    "position": position + 1,
                    "text": json.dumps(_text(statement["text"]), ensure_ascii=False),
                    "source": source_id[statement["source"]],
                },
            )
    stored = {
        key: json.loads(text) if isinstance(text, str) else text
        for key, text in bind.execute(sa.text("SELECT key, description FROM procedure"))
    }
    for procedure in seed["procedures"]:
        # only a description that is still the bundled one takes its source (JSON is compared here, in
        # Python: PostgreSQL has no equality on json)
        english = _text(procedure["description"]).get("en")  # the English decides: translations may differ
        if procedure.get("description_source") and (stored.get(procedure["key"]) or {}).get("en") == english:
            bind.execute(
                sa.text("UPDATE procedure SET description_source_id = :source WHERE key = :key"),
                {"key": procedure["key"], "source": source_id[procedure["description_source"]]},
            )


def downgrade() -> None:
    with op.batch_alter_table("concern") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("procedure") as batch:
        batch.drop_constraint("fk_procedure_description_source_id_source", type_="foreignkey")
        batch.drop_index("ix_procedure_description_source_id")
        batch.drop_column("description_source_id")
    with op.batch_alter_table("ingredient") as batch:
        batch.drop_constraint("fk_ingredient_needling_timing_source_id_source", type_="foreignkey")
        batch.drop_index("ix_ingredient_needling_timing_source_id")
        batch.drop_column("needling_timing_source_id")
    with op.batch_alter_table("effect") as batch:
        batch.drop_constraint("fk_effect_regions_source_id_source", type_="foreignkey")
        batch.drop_index("ix_effect_regions_source_id")
        batch.drop_column("regions_source_id")
        batch.drop_column("regions")
