"""PRP + FGF's statement for patients (issue 15) no longer says why its column is inferred: "(the
headers were lost in translation)" is how the article's table was read, not something a patient is told.
That reading stays with the growth factor's inference note, which the doctor's details and the
"Inferred" badge show.

Only a statement still worded as the bundled one is changed (its English, and its Japanese when it has
the bundled one or none): a clinic's own rewording is left as it is.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 03:10:00
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY = "prp-fgf-treatment"
_TREATMENT_EN = (
    "PRP + FGF is a treatment of its own, not an ingredient of any product: your own blood is drawn, "
    "centrifuged and injected back, combined with FGF. Its column in the article's table is inferred"
)
_TREATMENT_JA = (
    "PRP + FGFは、製剤の成分ではなく、それ自体が一つの治療法です。ご自身の血液を採取して遠心分離し、"
    "FGFと組み合わせて体に戻します。記事の表でのこの列は推定です"
)
#: the statement as bundled up to 0006, and as bundled from 0007 on
BEFORE = {
    "en": _TREATMENT_EN + " (the headers were lost in translation).",
    "ja": _TREATMENT_JA + "（列見出しが翻訳の際に失われたため）。",
}
AFTER = {"en": _TREATMENT_EN + ".", "ja": _TREATMENT_JA + "。"}


def _reword(old: dict[str, str], new: dict[str, str]) -> None:
    bind = op.get_bind()
    table = sa.table("statement", sa.column("id"), sa.column("key"), sa.column("text", sa.JSON))
    for row in bind.execute(sa.select(table.c.id, table.c.text).where(table.c.key == KEY)).all():
        text: Any = json.loads(row.text) if isinstance(row.text, str) else row.text
        if not isinstance(text, dict) or text.get("en") != old["en"]:
            continue  # reworded by the clinic: its words are its own
        changed = {**text, "en": new["en"]}
        if text.get("ja") in (None, old["ja"]):
            changed.update(ja=new["ja"], ja_source=text.get("ja_source", "translation"))
        bind.execute(table.update().where(table.c.id == row.id).values(text=changed))


def upgrade() -> None:
    _reword(BEFORE, AFTER)


def downgrade() -> None:
    _reword(AFTER, BEFORE)
