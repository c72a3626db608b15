"""Concerns say what addresses them, statement by statement (issue 13): the article's expected-effect
sentences or the app's editorial links, and whether a procedure can be a treatment for them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 20:10:00
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from dermacounsel import paths

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bases", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("procedures_treat", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("procedure_note", sa.JSON(), nullable=True))
    _fill_from_the_bundled_catalogue()


def _text(value: Any) -> Any:
    """A catalogue text as the database keeps it: {language: text} (the file may give English alone)."""
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, dict):
        return {key: _text(item) if key in ("says", "note") else item for key, item in value.items()}
    return value


def _fill_from_the_bundled_catalogue() -> None:
    """An existing catalogue keeps its own concerns, but gains what addresses each (from the bundled
    catalogue, for the concerns it shares with it) and the sources and statements they cite; without
    these, counselling would have nothing to go on. A new, empty database is seeded afterwards."""
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT count(*) FROM concern")).scalar():
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
                    # a plain string at this revision (0005 makes it a text in several languages)
                    "citation": source["citation"]["en"] if isinstance(source["citation"], dict) else source["citation"],
                },
            )
    source_id = {row[0]: row[1] for row in bind.execute(sa.text("SELECT key, id FROM source"))}
    for concern in seed["concerns"]:
        bind.execute(
            sa.text(
                "UPDATE concern SET bases = :bases, procedures_treat = :treat, procedure_note = :note "
                "WHERE key = :key AND bases = '[]'"
            ),
            {
                "key": concern["key"],
                "bases": json.dumps([_text(b) for b in concern.get("bases", [])], ensure_ascii=False),
                "treat": concern.get("procedures_treat", True),
                "note": json.dumps(_text(concern["procedure_note"]), ensure_ascii=False)
                if concern.get("procedure_note")
                else None,
            },
        )
    have = {row[0] for row in bind.execute(sa.text("SELECT key FROM statement"))}
    position = bind.execute(sa.text("SELECT coalesce(max(position), -1) FROM statement")).scalar() or 0
    for statement in seed["statements"]:
        if statement["key"] in have:
            continue
        position += 1
        bind.execute(
            sa.text("INSERT INTO statement (key, position, text, source_id) VALUES (:key, :position, :text, :source)"),
            {
                "key": statement["key"],
                "position": position,
                "text": json.dumps(_text(statement["text"]), ensure_ascii=False),
                "source": source_id[statement["source"]],
            },
        )


def downgrade() -> None:
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.drop_column("procedure_note")
        batch_op.drop_column("procedures_treat")
        batch_op.drop_column("bases")
