"""Products get stable keys ("premium-cell") instead of their English names, and every row the editor
changes carries a version, so that an edit made against a stale copy is refused instead of overwriting
someone else's change.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 20:20:00
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables whose rows the catalogue editor changes one by one.
VERSIONED = ("product", "rating", "exosome_origin", "procedure", "layer", "ingredient_category", "ingredient")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "product"


def upgrade() -> None:
    connection = op.get_bind()
    taken: set[str] = set()
    for product_id, key in connection.execute(sa.text("SELECT id, key FROM product ORDER BY position")).all():
        new, n = _slug(key), 2
        while new in taken:  # two names that differ only in punctuation keep apart
            new, n = f"{_slug(key)}-{n}", n + 1
        taken.add(new)
        connection.execute(sa.text("UPDATE product SET key = :key WHERE id = :id"), {"key": new, "id": product_id})
    with op.batch_alter_table("product") as batch:
        batch.alter_column("key", type_=sa.String(length=120), existing_type=sa.String(length=120), existing_nullable=False)
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
