"""Read-only queries that give the views their reference rows, resolved to one language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from dermacounsel.domain import records as r
from dermacounsel.domain.counselling import Basis, Concern, Recommendations, recommend
from dermacounsel.domain.explorer import ExplorerCatalogue, ProductCriteria
from dermacounsel.domain.glossary import TERM_PREFIX, Gloss
from dermacounsel.domain.glossary import glossary as read_glossary
from dermacounsel.domain.scale import RatingScale, ScaleStep
from dermacounsel.domain.text import SOURCE_LANGUAGE, pick, versions
from dermacounsel.storage import models as m
from dermacounsel.storage.product_rows import LINK_KINDS, caution_rows, component_rows


def _links(
    links: list[m.GrowthFactorLayer] | list[m.IngredientCategoryLayer] | list[m.CellDerivedClassLayer], language: str
) -> tuple[r.LayerLink, ...]:
    return tuple(
        r.LayerLink(link.layer.key, pick(link.layer.name, language), pick(link.basis, language), link.inferred)
        for link in links
    )


def _note(source: m.Source, language: str) -> r.SourceNote:
    return r.SourceNote(source.key, pick(source.title, language), pick(source.citation, language))


def rating_scale(session: Session, language: str = SOURCE_LANGUAGE) -> RatingScale:
    steps = session.scalars(select(m.ScaleStep).order_by(m.ScaleStep.level.desc()))
    return RatingScale(
        tuple(ScaleStep(s.level, s.symbol, pick(s.label, language), pick(s.meaning, language)) for s in steps)
    )


def functional_ingredients(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.FunctionalIngredient]:
    rows = session.execute(
        select(m.Ingredient, m.IngredientCategory)
        .join(m.Ingredient.category)
        .options(selectinload(m.Ingredient.source))
        .order_by(m.IngredientCategory.position, m.Ingredient.position)
    )
    return [
        r.FunctionalIngredient(
            i.key, pick(i.name, language), c.key, pick(c.name, language), c.open, _note(i.source, language)
        )
        for i, c in rows
    ]


def growth_factor_cards(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.GrowthFactorCard]:
    effects = list(session.scalars(select(m.Effect).order_by(m.Effect.position)))
    preparations = list(session.scalars(select(m.Preparation).options(selectinload(m.Preparation.contents))))
    factors = session.scalars(
        select(m.GrowthFactor)
        .order_by(m.GrowthFactor.position)
        .options(
            selectinload(m.GrowthFactor.ratings),
            selectinload(m.GrowthFactor.layers).selectinload(m.GrowthFactorLayer.layer),
            selectinload(m.GrowthFactor.source),
        )
    )
    cards = []
    for gf in factors:
        level = {rating.effect_id: rating.level for rating in gf.ratings}
        cards.append(
            r.GrowthFactorCard(
                key=gf.key,
                name=pick(gf.name, language),
                full_name=pick(gf.full_name, language),
                feature=pick(gf.feature, language),
                action=pick(gf.action, language),
                target_cells=tuple(pick(t, language) for t in gf.target_cells),
                layers=_links(gf.layers, language),
                expected_effects=tuple(pick(t, language) for t in gf.expected_effects),
                rated=gf.rated,
                ratings=tuple(r.Rating(e.key, pick(e.name, language), level[e.id]) for e in effects if e.id in level),
                inference_note=pick(gf.inference_note, language) if gf.inferred else "",
                in_preparations=tuple(
                    pick(p.name, language) for p in preparations if any(c.growth_factor_id == gf.id for c in p.contents)
                ),
                source=_note(gf.source, language),
                reading_note=pick(gf.reading_note, language),
            )
        )
    return cards


def preparations(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.Preparation]:
    rows = session.scalars(
        select(m.Preparation)
        .order_by(m.Preparation.position)
        .options(selectinload(m.Preparation.contents).selectinload(m.PreparationGrowthFactor.growth_factor))
    )
    return [
        r.Preparation(
            p.key,
            pick(p.name, language),
            pick(p.full_name, language),
            pick(p.description, language),
            tuple(pick(c.growth_factor.name, language) for c in p.contents),
            _note(p.source, language),
        )
        for p in rows
    ]


def _named(rows: list[m.Base], language: str) -> list[r.NamedEntry]:
    entries = []
    for row in rows:
        description = getattr(row, "description", None)
        effects = getattr(row, "effects", [])
        entries.append(
            r.NamedEntry(
                row.key,  # type: ignore[attr-defined]
                pick(row.name, language),  # type: ignore[attr-defined]
                pick(description, language),
                tuple(pick(e, language) for e in effects),
                _note(row.source, language),  # type: ignore[attr-defined]
            )
        )
    return entries


def stem_cell_sources(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.NamedEntry]:
    return _named(list(session.scalars(select(m.StemCellSource).order_by(m.StemCellSource.position))), language)


def exosome_origins(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.NamedEntry]:
    return _named(list(session.scalars(select(m.ExosomeOrigin).order_by(m.ExosomeOrigin.position))), language)


def ingredient_families(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.NamedEntry]:
    return _named(list(session.scalars(select(m.IngredientFamily).order_by(m.IngredientFamily.position))), language)


def cell_derived_classes(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.NamedEntry]:
    return _named(list(session.scalars(select(m.CellDerivedClass).order_by(m.CellDerivedClass.position))), language)


def procedure_cards(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.ProcedureCard]:
    rows = session.scalars(
        select(m.Procedure)
        .order_by(m.Procedure.position)
        .options(
            selectinload(m.Procedure.reach).selectinload(m.ProcedureReach.layer),
            selectinload(m.Procedure.description_source),
        )
    )
    cards = []
    for p in rows:
        depth = None
        if p.needle_depth_min_mm is not None and p.needle_depth_max_mm is not None and p.needle_depth_step_mm:
            depth = (p.needle_depth_min_mm, p.needle_depth_max_mm, p.needle_depth_step_mm)
        cards.append(
            r.ProcedureCard(
                key=p.key,
                name=pick(p.name, language),
                description=pick(p.description, language),
                reach=tuple(r.Reach(x.layer.key, pick(x.layer.name, language), x.extent) for x in p.reach),
                systemic=p.systemic,
                uptake=p.uptake,
                notes=tuple(pick(n, language) for n in p.notes),
                needle_depth_mm=depth,
                needle_depth_source=_note(p.needle_depth_source, language) if p.needle_depth_source else None,
                source=_note(p.source, language),
                description_source=_note(p.description_source, language) if p.description_source else None,
            )
        )
    return cards


def layers(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.LayerInfo]:
    """Every layer and structure, from the surface down."""
    rows = session.scalars(
        select(m.Layer)
        .order_by(m.Layer.position)
        .options(selectinload(m.Layer.parent), selectinload(m.Layer.effect), selectinload(m.Layer.source))
    )
    return [
        r.LayerInfo(
            layer.key,
            pick(layer.name, language),
            pick(layer.description, language),
            layer.parent.key if layer.parent else None,
            layer.effect.key if layer.effect else None,
            _note(layer.source, language),
            (layer.thickness_min_mm, layer.thickness_max_mm)
            if layer.thickness_min_mm is not None and layer.thickness_max_mm is not None
            else None,
            pick(layer.thickness_note, language),
            _note(layer.thickness_source, language) if layer.thickness_source else None,
        )
        for layer in rows
    ]


def glossary(session: Session, language: str = SOURCE_LANGUAGE) -> tuple[Gloss, ...]:
    """The catalogue's plain words for technical terms (statements keyed "term-…")."""
    rows = session.scalars(
        select(m.Statement).where(m.Statement.key.startswith(TERM_PREFIX)).order_by(m.Statement.position)
    )
    return read_glossary({row.key: pick(row.text, language) for row in rows})


def statement(session: Session, key: str, language: str = SOURCE_LANGUAGE) -> str:
    row = session.scalars(select(m.Statement).where(m.Statement.key == key)).first()
    return pick(row.text, language) if row else ""


def statement_citation(session: Session, key: str, language: str = SOURCE_LANGUAGE) -> str:
    """The citation of a statement's source ("" when there is no such statement)."""
    row = session.scalars(select(m.Statement).where(m.Statement.key == key)).first()
    return pick(row.source.citation, language) if row else ""


def statement_source_title(session: Session, key: str, language: str = SOURCE_LANGUAGE) -> str:
    """The title of a statement's source, as a printout cites it ("" when there is no such statement)."""
    row = session.scalars(select(m.Statement).where(m.Statement.key == key)).first()
    return pick(row.source.title, language) if row else ""


def counts(session: Session) -> dict[str, int]:
    """How many products, growth factors, ingredients and procedures the catalogue holds."""
    return {
        name: session.scalar(select(func.count()).select_from(model)) or 0
        for name, model in (
            ("products", m.Product),
            ("growth factors", m.GrowthFactor),
            ("ingredients", m.Ingredient),
            ("procedures", m.Procedure),
        )
    }


#: Tables whose every change shows in the change mark: the rows the editor versions (each change raises a
#: version, an import raises every one it touches) and the tables only an import or a restore rewrites.
_VERSIONED = (m.Layer, m.Rating, m.ExosomeOrigin, m.IngredientCategory, m.Ingredient, m.Procedure, m.Product)
_UNVERSIONED = (m.Source, m.Concern, m.Statement, m.Component)


def change_mark(session: Session) -> tuple[int, ...]:
    """A cheap fingerprint of the catalogue's state, in one query: how many rows each versioned table
    holds and the sum of their versions, and how many rows the others hold. Any edit, import, deletion
    or restore made by any client changes it, so comparing it every few seconds tells a running client
    that the catalogue changed elsewhere."""
    parts: list[Any] = []
    for model in _VERSIONED:
        parts.append(select(func.count()).select_from(model).scalar_subquery())
        parts.append(select(func.coalesce(func.sum(model.version), 0)).scalar_subquery())
    for table in _UNVERSIONED:
        parts.append(select(func.count()).select_from(table).scalar_subquery())
    row = session.execute(select(*parts)).one()
    return tuple(int(value) for value in row)


def ingredient_categories(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.IngredientGroup]:
    """Functional ingredients by expected effect, with where each effect's ingredients act."""
    rows = session.scalars(
        select(m.IngredientCategory)
        .order_by(m.IngredientCategory.position)
        .options(
            selectinload(m.IngredientCategory.layers).selectinload(m.IngredientCategoryLayer.layer),
            selectinload(m.IngredientCategory.source),
        )
    )
    # the ingredients as rows: a clinic's catalogue may hold thousands (docs/performance.md)
    ingredient = m.Ingredient.__table__.c
    members: dict[int, list[tuple[str, str]]] = {}
    for row in session.execute(
        select(ingredient.category_id, ingredient.key, ingredient.name).order_by(
            ingredient.category_id, ingredient.position, ingredient.id
        )
    ):
        members.setdefault(row.category_id, []).append((row.key, pick(row.name, language)))
    return [
        r.IngredientGroup(
            c.key,
            pick(c.name, language),
            tuple(name for _key, name in members.get(c.id, ())),
            tuple(key for key, _name in members.get(c.id, ())),
            _links(c.layers, language),
            _note(c.source, language),
        )
        for c in rows
    ]


def cell_derived_groups(session: Session, language: str = SOURCE_LANGUAGE) -> list[r.IngredientGroup]:
    """Classes of cell-derived ingredients, with where each acts."""
    rows = session.scalars(
        select(m.CellDerivedClass)
        .order_by(m.CellDerivedClass.position)
        .options(
            selectinload(m.CellDerivedClass.layers).selectinload(m.CellDerivedClassLayer.layer),
            selectinload(m.CellDerivedClass.source),
        )
    )
    return [
        r.IngredientGroup(c.key, pick(c.name, language), (), (), _links(c.layers, language), _note(c.source, language))
        for c in rows
    ]


def _acts(criteria: ProductCriteria) -> ColumnElement[bool]:
    """A product (row of the product table) with a component acting by `criteria` (see domain.explorer)."""
    product = m.Product.__table__.c
    component = m.Component.__table__.c
    acting = or_(
        component.growth_factor_id.in_(
            select(m.GrowthFactor.id).where(m.GrowthFactor.key.in_(sorted(criteria.growth_factors)))
        ),
        component.ingredient_id.in_(select(m.Ingredient.id).where(m.Ingredient.key.in_(sorted(criteria.ingredients)))),
        component.stem_cell_source_id.is_not(None) if criteria.stem_cell_sources else false(),
        component.exosome_origin_id.is_not(None) if criteria.exosome_origins else false(),
    )
    # EXISTS, checked product by product (in catalogue order when listing, so a LIMIT stops early)
    return select(component.id).where(component.product_id == product.id, acting).exists()


def count_acting_products(session: Session, criteria: ProductCriteria) -> int:
    """How many products have a component acting by `criteria`."""
    return session.scalar(select(func.count()).select_from(m.Product.__table__).where(_acts(criteria))) or 0


def product_links(
    session: Session,
    language: str = SOURCE_LANGUAGE,
    keys: Sequence[str] | None = None,
    acting: ProductCriteria | None = None,
    limit: int | None = None,
) -> list[r.ProductLinks]:
    """Products with what their components link to, and their cautions, in catalogue order: all of them,
    those with these `keys`, or those with a component `acting` by a region's criteria; at most
    `limit`. Read as plain rows, not ORM objects: a large catalogue has tens of thousands of components."""
    product = m.Product.__table__.c
    chosen = select(product.id, product.key, product.name).order_by(product.position)
    if keys is not None:
        chosen = chosen.where(product.key.in_(list(keys)))
    if acting is not None:
        chosen = chosen.where(_acts(acting))
    if limit is not None:
        chosen = chosen.limit(limit)
    products = session.execute(chosen).all()
    whole = keys is None and acting is None and limit is None
    ids = None if whole else [row.id for row in products]
    components = component_rows(session, ids)
    cautions = caution_rows(session, ids)
    result = []
    for row in products:
        own = components.get(row.id, [])
        links = []
        for c in own:
            name = pick(c.name, language)
            for kind in LINK_KINDS:
                target = getattr(c, kind)
                if target is not None:
                    links.append((name, kind, target))
        parents = {c.parent_id for c in own if c.parent_id is not None}
        listed = tuple(
            pick(c.name, language)
            for c in own
            if c.kind == "growth-factor" and (c.parent_id is not None or c.id not in parents)
        )
        warnings = tuple(pick(c.text, language) for c in cautions.get(row.id, ()))
        listed_components = tuple((pick(c.name, language), c.kind) for c in own)
        open_kinds = tuple(dict.fromkeys(c.kind for c in own if c.open))
        result.append(
            r.ProductLinks(
                pick(row.name, language), tuple(links), warnings, listed, listed_components, open_kinds, row.key
            )
        )
    return result


def explorer_catalogue(session: Session, language: str = SOURCE_LANGUAGE) -> ExplorerCatalogue:
    """Everything the skin explorer needs, in one read."""
    return ExplorerCatalogue(
        layers=tuple(layers(session, language)),
        growth_factors=tuple(growth_factor_cards(session, language)),
        ingredient_categories=tuple(ingredient_categories(session, language)),
        cell_derived_classes=tuple(cell_derived_groups(session, language)),
        procedures=tuple(procedure_cards(session, language)),
        effect_regions=effect_regions(session),
        effect_regions_note=pick(
            session.scalar(select(m.Statement.text).where(m.Statement.key == "effect-regions")), language
        ),
    )


def effect_regions(session: Session) -> dict[str, frozenset[str]]:
    """Where each rated effect takes place, by the catalogue (effects without regions are left out)."""
    return {e.key: frozenset(e.regions) for e in session.scalars(select(m.Effect)) if e.regions}


def needling_timed(session: Session) -> frozenset[str]:
    """The ingredients the clinic's timing note is about beside a needle procedure (acids, retinol)."""
    return frozenset(
        session.scalars(select(m.Ingredient.key).where(m.Ingredient.needling_timing_source_id.is_not(None)))
    )


def product_names(session: Session, language: str = SOURCE_LANGUAGE) -> list[str]:
    """Every product's name, in catalogue order (for pickers)."""
    return [pick(name, language) for name in session.scalars(select(m.Product.name).order_by(m.Product.position))]


def product_identities(session: Session) -> list[tuple[str, dict[str, str]]]:
    """Every product's key and its name in every language the catalogue holds, in catalogue order."""
    product = m.Product.__table__.c
    return [
        (row.key, versions(row.name))
        for row in session.execute(select(product.key, product.name).order_by(product.position))
    ]


#: The kinds of entry a user may name on the command line, and their tables.
NAMED_KINDS: dict[str, Any] = {
    "layer": m.Layer,
    "procedure": m.Procedure,
    "concern": m.Concern,
    "growth factor": m.GrowthFactor,
    "ingredient": m.Ingredient,
    "stem cell source": m.StemCellSource,
    "exosome origin": m.ExosomeOrigin,
}


def names_by_key(session: Session, kind: str) -> dict[str, list[str]]:
    """Each entry's key and its names in every language the catalogue holds, in catalogue order: its name,
    and a growth factor's full name too ("上皮成長因子" is EGF)."""
    model = NAMED_KINDS[kind]
    full_name = model.full_name if model is m.GrowthFactor else None
    columns = [model.key, model.name] if full_name is None else [model.key, model.name, full_name]
    rows = session.execute(select(*columns).order_by(model.position)).all()
    return {row[0]: list(dict.fromkeys(text for names in row[1:] for text in versions(names).values())) for row in rows}


def product_details(
    session: Session, keys: list[str] | None = None, language: str = SOURCE_LANGUAGE
) -> list[r.ProductDetail]:
    """The products with these keys (in that order), or all, with their components flattened."""
    statement = (
        select(m.Product)
        .order_by(m.Product.position)
        .options(
            selectinload(m.Product.components).selectinload(m.Component.items),
            selectinload(m.Product.all_components).selectinload(m.Component.growth_factor),
            selectinload(m.Product.all_components).selectinload(m.Component.ingredient),
            selectinload(m.Product.all_components).selectinload(m.Component.stem_cell_source),
            selectinload(m.Product.all_components).selectinload(m.Component.exosome_origin),
            selectinload(m.Product.cautions),
            selectinload(m.Product.source),
            selectinload(m.Product.maker_source),
        )
    )
    if keys is not None:
        statement = statement.where(m.Product.key.in_(keys))
    details = []
    for product in session.scalars(statement):
        flat: list[r.ComponentInfo] = []
        open_kinds: list[str] = []

        def info(component: m.Component, kind: str, group: str) -> r.ComponentInfo:
            for link_kind, target in (
                ("growth_factor", component.growth_factor),
                ("ingredient", component.ingredient),
                ("stem_cell_source", component.stem_cell_source),
                ("exosome_origin", component.exosome_origin),
            ):
                if target is not None:
                    return r.ComponentInfo(
                        kind,
                        pick(component.name, language),
                        group,
                        link_kind,
                        target.key,
                        pick(target.name, language),
                        pick(component.note, language),
                    )
            return r.ComponentInfo(
                kind, pick(component.name, language), group, "", "", "", pick(component.note, language)
            )

        for component in product.components:
            if component.items:
                group = pick(component.name, language)
                flat.extend(info(item, component.kind, group) for item in component.items)
            else:
                flat.append(info(component, component.kind, ""))
            if component.open and component.kind not in open_kinds:
                open_kinds.append(component.kind)
        details.append(
            r.ProductDetail(
                name=pick(product.name, language),
                maker=pick(product.maker, language),
                maker_source=_note(product.maker_source, language) if product.maker_source else None,
                components=tuple(flat),
                open_kinds=tuple(open_kinds),
                cautions=tuple(pick(c.text, language) for c in product.cautions),
                source=_note(product.source, language),
                key=product.key,
            )
        )
    if keys is not None:
        order = {key: i for i, key in enumerate(keys)}
        details.sort(key=lambda d: order.get(d.key, len(order)))
    return details


def concerns(session: Session, language: str = SOURCE_LANGUAGE) -> list[Concern]:
    """The patient concerns the catalogue knows, in its order; what the clinic edited says so."""
    kind_of = dict(session.execute(select(m.Source.key, m.Source.kind)).all())
    return [
        Concern(
            c.key,
            pick(c.name, language),
            tuple(c.effect_keys),
            tuple(c.growth_factor_keys),
            tuple(c.category_keys),
            tuple(c.layer_keys),
            pick(c.reason, language),
            tuple(
                Basis(
                    b["kind"],
                    b.get("target") or "",
                    pick(b["says"], language),
                    b["source"],
                    pick(b.get("note"), language),
                    by_clinic=kind_of.get(b["source"]) == "clinic-edit",
                )
                for b in c.bases or ()
            ),
            c.procedures_treat,
            pick(c.procedure_note, language),
            edited=kind_of.get(c.source.key) == "clinic-edit",
            language=language,
        )
        for c in session.scalars(select(m.Concern).order_by(m.Concern.position).options(selectinload(m.Concern.source)))
    ]


def recommendations(
    session: Session, concern_keys: list[str], language: str = SOURCE_LANGUAGE, preferred: Sequence[str] = ()
) -> Recommendations:
    """The ranked recommendations for these concerns (most important first)."""
    known = {c.key: c for c in concerns(session, language)}
    return recommend(
        [known[key] for key in concern_keys],
        growth_factor_cards(session, language),
        product_links(session, language),
        ingredient_categories(session, language),
        procedure_cards(session, language),
        layers(session, language),
        rating_scale(session, language),
        {s.key: pick(s.text, language) for s in session.scalars(select(m.Statement))},
        exosome_origins(session, language),
        preferred,
        needling_timed(session),
        language,
    )
