"""Concerns say what addresses them, statement by statement (issue 13): the article's expected-effect
sentences or the app's editorial links, and whether a procedure can be a treatment for them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bases", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("procedures_treat", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("procedure_note", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.drop_column("procedure_note")
        batch_op.drop_column("procedures_treat")
        batch_op.drop_column("bases")
