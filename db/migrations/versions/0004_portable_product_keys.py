"""Product keys are unique whatever their case on every engine: a unique index on the lower-cased key
instead of SQLite's NOCASE collation, which PostgreSQL does not have.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("uq_product_key_lower", "product", [sa.text("lower(key)")], unique=True)


def downgrade() -> None:
    op.drop_index("uq_product_key_lower", table_name="product")
