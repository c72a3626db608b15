"""Products' components and cautions read as plain rows (SQLAlchemy Core), for reads over many products:
a large catalogue has tens of thousands of components, and building as many ORM objects takes seconds
where rows take a fraction of that (docs/performance.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dermacounsel.storage import models as m

#: what a component may link to; each component row has these attributes, holding the linked key or None
LINK_KINDS = ("growth_factor", "ingredient", "stem_cell_source", "exosome_origin")
#: product ids per query when reading a chosen set of products
_ID_CHUNK = 500


def _groups(product_ids: Sequence[int] | None) -> list[list[int] | None]:
    if product_ids is None:
        return [None]
    return [list(product_ids[start : start + _ID_CHUNK]) for start in range(0, len(product_ids), _ID_CHUNK)]


def component_rows(session: Session, product_ids: Sequence[int] | None = None) -> dict[int, list[Any]]:
    """The components of the products (of every product when None), by product id. Each row has
    product_id, id, parent_id, position, kind, name, open, note and the linked keys (LINK_KINDS), in the
    order the products list them (a group's items after the group's own position)."""
    component = m.Component.__table__.c
    linked = {
        "growth_factor": (m.GrowthFactor.__table__, component.growth_factor_id),
        "ingredient": (m.Ingredient.__table__, component.ingredient_id),
        "stem_cell_source": (m.StemCellSource.__table__, component.stem_cell_source_id),
        "exosome_origin": (m.ExosomeOrigin.__table__, component.exosome_origin_id),
    }
    by_product: dict[int, list[Any]] = {}
    for group in _groups(product_ids):
        statement = select(
            component.product_id,
            component.id,
            component.parent_id,
            component.position,
            component.kind,
            component.name,
            component.open,
            component.note,
            *(table.c.key.label(kind) for kind, (table, _link) in linked.items()),
        ).select_from(m.Component.__table__)
        for table, link in linked.values():
            statement = statement.outerjoin(table, table.c.id == link)
        statement = statement.order_by(component.product_id, component.position, component.id)
        if group is not None:
            statement = statement.where(component.product_id.in_(group))
        for row in session.execute(statement):
            by_product.setdefault(row.product_id, []).append(row)
    return by_product


def caution_rows(session: Session, product_ids: Sequence[int] | None = None) -> dict[int, list[Any]]:
    """The cautions of the products (of every product when None), by product id, in order; each row has
    product_id, text and source_id."""
    caution = m.Caution.__table__.c
    by_product: dict[int, list[Any]] = {}
    for group in _groups(product_ids):
        statement = select(caution.product_id, caution.text, caution.source_id).order_by(
            caution.product_id, caution.position, caution.id
        )
        if group is not None:
            statement = statement.where(caution.product_id.in_(group))
        for row in session.execute(statement):
            by_product.setdefault(row.product_id, []).append(row)
    return by_product
