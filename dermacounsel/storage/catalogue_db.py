"""Moving a whole catalogue between its file form (CatalogueDocument) and the database."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, selectinload

from dermacounsel.domain.progress import SILENT, Progress
from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage import models as m
from dermacounsel.storage.product_rows import LINK_KINDS, caution_rows, component_rows

Keyed = TypeVar("Keyed", bound=m.Base)
Link = TypeVar("Link", m.GrowthFactorLayer, m.IngredientCategoryLayer, m.CellDerivedClassLayer)


def _link_entries(
    links: list[m.GrowthFactorLayer] | list[m.IngredientCategoryLayer] | list[m.CellDerivedClassLayer],
) -> list[f.LayerLink]:
    return [f.LayerLink(layer=link.layer.key, basis=link.basis, inferred=link.inferred) for link in links]


#: rows per INSERT statement when writing products: small enough to show progress, large enough not to matter
WRITE_CHUNK = 5_000


def insert_catalogue(session: Session, doc: f.CatalogueDocument, progress: Progress = SILENT) -> None:
    """Add every entry of `doc` to an empty catalogue database (the caller commits or rolls back)."""
    progress(0.0, "progress_writing_entries")
    sources = {
        entry.key: m.Source(key=entry.key, kind=entry.kind, title=entry.title, citation=entry.citation)
        for entry in doc.sources
    }
    session.add_all(sources.values())
    session.add_all(
        m.ScaleStep(level=s.level, symbol=s.symbol, label=s.label, meaning=s.meaning, source=sources[s.source])
        for s in doc.scale
    )
    effects = {
        e.key: m.Effect(
            key=e.key,
            position=i,
            name=e.name,
            regions=list(e.regions),
            regions_source=sources[e.regions_source] if e.regions_source else None,
            source=sources[e.source],
        )
        for i, e in enumerate(doc.effects)
    }
    layers: dict[str, m.Layer] = {}
    for i, entry in enumerate(doc.layers):
        thickness = entry.thickness_mm
        layers[entry.key] = m.Layer(
            key=entry.key,
            position=i,
            effect=effects[entry.effect] if entry.effect else None,
            name=entry.name,
            description=entry.description,
            thickness_min_mm=thickness.min if thickness else None,
            thickness_max_mm=thickness.max if thickness else None,
            thickness_note=thickness.note if thickness else None,
            thickness_source=sources[thickness.source] if thickness else None,
            source=sources[entry.source],
        )
    for entry in doc.layers:  # a second pass, so a structure may be listed before its layer
        layers[entry.key].parent = layers[entry.parent] if entry.parent else None
    session.add_all(layers.values())

    def links(link_class: type[Link], entries: list[f.LayerLink]) -> list[Link]:
        return [
            link_class(layer=layers[link.layer], position=j, basis=link.basis, inferred=link.inferred)
            for j, link in enumerate(entries)
        ]

    growth_factors: dict[str, m.GrowthFactor] = {}
    for i, gf in enumerate(doc.growth_factors):
        factor = m.GrowthFactor(
            key=gf.key,
            position=i,
            name=gf.name,
            full_name=gf.full_name,
            feature=gf.feature,
            action=gf.action,
            target_cells=list(gf.target_cells),
            expected_effects=list(gf.expected_effects),
            rated=gf.rated,
            inferred=gf.inferred,
            inference_note=gf.inference_note,
            reading_note=gf.reading_note,
            source=sources[gf.source],
        )
        factor.layers = links(m.GrowthFactorLayer, gf.layers)
        for effect_key, rating in gf.ratings.items():
            level, source = (rating, gf.source) if isinstance(rating, int) else (rating.level, rating.source)
            factor.ratings.append(m.Rating(effect=effects[effect_key], level=level, source=sources[source]))
        growth_factors[gf.key] = factor
    session.add_all(growth_factors.values())
    for i, prep in enumerate(doc.preparations):
        preparation = m.Preparation(
            key=prep.key,
            position=i,
            name=prep.name,
            full_name=prep.full_name,
            description=prep.description,
            source=sources[prep.source],
        )
        preparation.contents = [
            m.PreparationGrowthFactor(growth_factor=growth_factors[key], position=j)
            for j, key in enumerate(prep.growth_factors)
        ]
        session.add(preparation)
    session.add_all(
        m.IngredientFamily(key=e.key, position=i, name=e.name, description=e.description, source=sources[e.source])
        for i, e in enumerate(doc.ingredient_families)
    )
    session.add_all(
        m.CellDerivedClass(
            key=e.key,
            position=i,
            name=e.name,
            description=e.description,
            source=sources[e.source],
            layers=links(m.CellDerivedClassLayer, e.layers),
        )
        for i, e in enumerate(doc.cell_derived_classes)
    )
    stem_cells = {
        e.key: m.StemCellSource(key=e.key, position=i, name=e.name, source=sources[e.source])
        for i, e in enumerate(doc.stem_cell_sources)
    }
    exosomes = {
        e.key: m.ExosomeOrigin(key=e.key, position=i, name=e.name, effects=list(e.effects), source=sources[e.source])
        for i, e in enumerate(doc.exosome_origins)
    }
    session.add_all([*stem_cells.values(), *exosomes.values()])
    ingredients: dict[str, m.Ingredient] = {}
    for i, cat in enumerate(doc.ingredient_categories):
        category = m.IngredientCategory(
            key=cat.key,
            position=i,
            name=cat.name,
            open=cat.open,
            source=sources[cat.source],
            layers=links(m.IngredientCategoryLayer, cat.layers),
        )
        for j, listed in enumerate(cat.ingredients):
            ingredients[listed.key] = m.Ingredient(
                key=listed.key,
                position=j,
                name=listed.name,
                category=category,
                needling_timing_source=sources[listed.needling_timing] if listed.needling_timing else None,
                source=sources[listed.source or cat.source],
            )
        session.add(category)
    for i, proc in enumerate(doc.procedures):
        depth = proc.needle_depth_mm
        procedure = m.Procedure(
            key=proc.key,
            position=i,
            name=proc.name,
            description=proc.description,
            description_source=sources[proc.description_source] if proc.description_source else None,
            systemic=proc.systemic,
            uptake=proc.uptake,
            notes=list(proc.notes),
            needle_depth_min_mm=depth.min if depth else None,
            needle_depth_max_mm=depth.max if depth else None,
            needle_depth_step_mm=depth.step if depth else None,
            needle_depth_source=sources[depth.source] if depth else None,
            source=sources[proc.source],
        )
        procedure.reach = [
            m.ProcedureReach(layer=layers[r.layer], position=j, extent=r.extent) for j, r in enumerate(proc.reach)
        ]
        session.add(procedure)

    # Products are most of a large catalogue: write them, their components and cautions as plain bulk
    # INSERTs with keys given here, not as ORM objects (the unit of work spent ~75% of a 2,000-product
    # import tracking them; see docs/performance.md). Everything they refer to gets its id first.
    session.flush()
    product_rows: list[dict[str, object]] = []
    component_rows: list[dict[str, object]] = []
    caution_rows: list[dict[str, object]] = []
    next_product, next_component, next_caution = (
        (session.scalar(select(func.max(model.id))) or 0) + 1 for model in (m.Product, m.Component, m.Caution)
    )

    progress(0.1, "progress_writing_products")
    tick = progress.part(0.1, 0.3).every(len(doc.products), "progress_preparing_products")

    def component(
        entry: f.ComponentEntry | f.ComponentItem, kind: str, position: int, product_id: int, parent_id: int | None
    ) -> int:
        nonlocal next_component
        component_id, next_component = next_component, next_component + 1
        component_rows.append(
            {
                "id": component_id,
                "product_id": product_id,
                "parent_id": parent_id,
                "kind": kind,
                "position": position,
                "name": entry.name,
                "note": entry.note,
                "open": entry.open if isinstance(entry, f.ComponentEntry) else False,
                "growth_factor_id": growth_factors[entry.growth_factor].id if entry.growth_factor else None,
                "ingredient_id": ingredients[entry.ingredient].id if entry.ingredient else None,
                "stem_cell_source_id": stem_cells[entry.stem_cell_source].id if entry.stem_cell_source else None,
                "exosome_origin_id": exosomes[entry.exosome_origin].id if entry.exosome_origin else None,
            }
        )
        return component_id

    for i, prod in enumerate(doc.products):
        tick(i)
        product_id, next_product = next_product, next_product + 1
        product_rows.append(
            {
                "id": product_id,
                "key": prod.key,
                "position": i,
                "name": prod.name,
                "maker": prod.maker.name if prod.maker else None,
                "maker_source_id": sources[prod.maker.source].id if prod.maker else None,
                "notes": prod.notes,
                "source_id": sources[prod.source].id,
            }
        )
        for j, listed_component in enumerate(prod.components):
            top = component(listed_component, listed_component.kind, j, product_id, None)
            for k, item in enumerate(listed_component.items):
                component(item, listed_component.kind, k, product_id, top)
        for j, c in enumerate(prod.cautions):
            caution_rows.append(
                {
                    "id": next_caution,
                    "product_id": product_id,
                    "position": j,
                    "text": c.text,
                    "source_id": sources[c.source].id,
                }
            )
            next_caution += 1
    writing = progress.part(0.3, 0.95)
    total, written = len(product_rows) + len(component_rows) + len(caution_rows), 0
    for model, rows in ((m.Product, product_rows), (m.Component, component_rows), (m.Caution, caution_rows)):
        for start in range(0, len(rows), WRITE_CHUNK):
            # the table's (Core) INSERT, executemany; the ORM's bulk path splits rows whose None fields
            # differ into separate statements
            writing(written / total, "progress_writing_records", done=written, count=total)
            chunk = rows[start : start + WRITE_CHUNK]
            session.execute(insert(m.Base.metadata.tables[model.__tablename__]), chunk)
            written += len(chunk)
    if session.get_bind().dialect.name == "postgresql":
        # ids given here do not move PostgreSQL's sequences; move them past, or the editor's next new
        # component would be given an id already taken (SQLite takes max(id) + 1 by itself)
        for model in (m.Product, m.Component, m.Caution):
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{model.__tablename__}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {model.__tablename__}), 0) + 1, false)"
                )
            )
    session.add_all(
        m.Concern(
            key=c.key,
            position=i,
            name=c.name,
            effect_keys=list(c.effects),
            growth_factor_keys=list(c.growth_factors),
            category_keys=list(c.ingredient_categories),
            layer_keys=list(c.layers),
            reason=c.reason,
            # texts kept as {language: text} objects, like every other text column
            bases=[
                {"kind": b.kind, "target": b.target, "says": b.says, "source": b.source, "note": b.note}
                for b in c.bases
            ],
            procedures_treat=c.procedures_treat,
            procedure_note=c.procedure_note,
            source=sources[c.source],
        )
        for i, c in enumerate(doc.concerns)
    )
    session.add_all(
        m.Statement(key=s.key, position=i, text=s.text, source=sources[s.source]) for i, s in enumerate(doc.statements)
    )
    session.flush()


def _ordered(session: Session, model: type[Keyed], *options: object) -> list[Keyed]:
    statement = select(model).order_by(model.position)  # type: ignore[attr-defined]
    if options:
        statement = statement.options(*options)  # type: ignore[arg-type]
    return list(session.scalars(statement))


def read_catalogue_document(session: Session, progress: Progress = SILENT) -> f.CatalogueDocument:
    """The whole catalogue in the database, as the file format holds it."""
    progress(0.0, "progress_reading_catalogue")
    sources = list(session.scalars(select(m.Source).order_by(m.Source.id)))
    key_of = {s.id: s.key for s in sources}
    effects = _ordered(session, m.Effect)
    effect_key = {e.id: e.key for e in effects}
    growth_factors = _ordered(
        session,
        m.GrowthFactor,
        selectinload(m.GrowthFactor.ratings),
        selectinload(m.GrowthFactor.layers).selectinload(m.GrowthFactorLayer.layer),
    )
    gf_docs = []
    for gf in growth_factors:
        ratings: dict[str, int | f.RatingEntry] = {}
        by_effect = {r.effect_id: r for r in gf.ratings}
        for effect in effects:
            rating = by_effect.get(effect.id)
            if rating is not None:
                ratings[effect_key[effect.id]] = (
                    rating.level
                    if rating.source_id == gf.source_id
                    else f.RatingEntry(level=rating.level, source=key_of[rating.source_id])
                )
        gf_docs.append(
            f.GrowthFactorEntry(
                key=gf.key,
                name=gf.name,
                full_name=gf.full_name,
                feature=gf.feature,
                action=gf.action,
                target_cells=gf.target_cells,
                layers=_link_entries(gf.layers),
                expected_effects=gf.expected_effects,
                rated=gf.rated,
                inferred=gf.inferred,
                inference_note=gf.inference_note,
                reading_note=gf.reading_note,
                ratings=ratings,
                source=key_of[gf.source_id],
            )
        )
    layers = [
        f.LayerEntry(
            key=layer.key,
            name=layer.name,
            parent=layer.parent.key if layer.parent else None,
            effect=layer.effect.key if layer.effect else None,
            description=layer.description,
            source=key_of[layer.source_id],
            thickness_mm=f.Thickness(
                min=layer.thickness_min_mm,
                max=layer.thickness_max_mm,
                note=layer.thickness_note,
                source=key_of[layer.thickness_source_id],
            )
            if layer.thickness_min_mm is not None
            and layer.thickness_max_mm is not None
            and layer.thickness_source_id is not None
            else None,
        )
        for layer in _ordered(session, m.Layer)
    ]
    procedures = []
    for proc in _ordered(session, m.Procedure, selectinload(m.Procedure.reach).selectinload(m.ProcedureReach.layer)):
        depth = None
        if (
            proc.needle_depth_min_mm is not None
            and proc.needle_depth_max_mm is not None
            and proc.needle_depth_step_mm is not None
            and proc.needle_depth_source_id is not None
        ):
            depth = f.NeedleDepth(
                min=proc.needle_depth_min_mm,
                max=proc.needle_depth_max_mm,
                step=proc.needle_depth_step_mm,
                source=key_of[proc.needle_depth_source_id],
            )
        procedures.append(
            f.ProcedureEntry(
                key=proc.key,
                name=proc.name,
                description=proc.description,
                description_source=key_of[proc.description_source_id] if proc.description_source_id else None,
                reach=[f.ReachEntry(layer=r.layer.key, extent=r.extent) for r in proc.reach],
                systemic=proc.systemic,
                uptake=proc.uptake,
                notes=proc.notes,
                needle_depth_mm=depth,
                source=key_of[proc.source_id],
            )
        )

    # Products are most of a large catalogue: read as rows, not ORM objects (see product_rows).
    progress(0.05, "progress_reading_products")
    product = m.Product.__table__.c
    rows = session.execute(
        select(
            product.id,
            product.key,
            product.name,
            product.maker,
            product.maker_source_id,
            product.notes,
            product.source_id,
        ).order_by(product.position)
    ).all()
    components = component_rows(session)
    cautions = caution_rows(session)
    tick = progress.part(0.4, 0.95).every(len(rows), "progress_reading_products_count")

    def links(c: Any) -> dict[str, str | None]:
        return {kind: getattr(c, kind) for kind in LINK_KINDS}

    products = []
    for index, prod in enumerate(rows):
        tick(index)
        own = components.get(prod.id, [])
        items: dict[int, list[f.ComponentItem]] = {}
        for c in own:
            if c.parent_id is not None:
                items.setdefault(c.parent_id, []).append(f.ComponentItem(name=c.name, note=c.note, **links(c)))
        entries = [
            f.ComponentEntry(kind=c.kind, name=c.name, open=c.open, note=c.note, items=items.get(c.id, []), **links(c))
            for c in own
            if c.parent_id is None
        ]
        products.append(
            f.ProductEntry(
                key=prod.key,
                name=prod.name,
                maker=f.Maker(name=prod.maker, source=key_of[prod.maker_source_id])
                if prod.maker is not None and prod.maker_source_id is not None
                else None,
                components=entries,
                cautions=[f.CautionEntry(text=c.text, source=key_of[c.source_id]) for c in cautions.get(prod.id, [])],
                notes=prod.notes,
                source=key_of[prod.source_id],
            )
        )
    categories = []
    for cat in _ordered(
        session,
        m.IngredientCategory,
        selectinload(m.IngredientCategory.ingredients),
        selectinload(m.IngredientCategory.layers).selectinload(m.IngredientCategoryLayer.layer),
    ):
        categories.append(
            f.IngredientCategoryEntry(
                key=cat.key,
                name=cat.name,
                open=cat.open,
                layers=_link_entries(cat.layers),
                source=key_of[cat.source_id],
                ingredients=[
                    f.IngredientEntry(
                        key=i.key,
                        name=i.name,
                        source=None if i.source_id == cat.source_id else key_of[i.source_id],
                        needling_timing=key_of[i.needling_timing_source_id] if i.needling_timing_source_id else None,
                    )
                    for i in cat.ingredients
                ],
            )
        )
    return f.CatalogueDocument(
        format=f.FORMAT_NAME,
        version=f.FORMAT_VERSION,
        sources=[f.SourceEntry(key=s.key, kind=s.kind, title=s.title, citation=s.citation) for s in sources],
        scale=[
            f.ScaleEntry(level=s.level, symbol=s.symbol, label=s.label, meaning=s.meaning, source=key_of[s.source_id])
            for s in session.scalars(select(m.ScaleStep).order_by(m.ScaleStep.level.desc()))
        ],
        effects=[
            f.EffectEntry(
                key=e.key,
                name=e.name,
                regions=list(e.regions),
                regions_source=key_of[e.regions_source_id] if e.regions_source_id else None,
                source=key_of[e.source_id],
            )
            for e in effects
        ],
        layers=layers,
        growth_factors=gf_docs,
        preparations=[
            f.PreparationEntry(
                key=p.key,
                name=p.name,
                full_name=p.full_name,
                description=p.description,
                growth_factors=[c.growth_factor.key for c in p.contents],
                source=key_of[p.source_id],
            )
            for p in _ordered(session, m.Preparation, selectinload(m.Preparation.contents))
        ],
        ingredient_families=[
            f.FamilyEntry(key=e.key, name=e.name, description=e.description, source=key_of[e.source_id])
            for e in _ordered(session, m.IngredientFamily)
        ],
        cell_derived_classes=[
            f.CellDerivedClassEntry(
                key=e.key,
                name=e.name,
                description=e.description,
                layers=_link_entries(e.layers),
                source=key_of[e.source_id],
            )
            for e in _ordered(
                session,
                m.CellDerivedClass,
                selectinload(m.CellDerivedClass.layers).selectinload(m.CellDerivedClassLayer.layer),
            )
        ],
        stem_cell_sources=[
            f.StemCellSourceEntry(key=e.key, name=e.name, source=key_of[e.source_id])
            for e in _ordered(session, m.StemCellSource)
        ],
        exosome_origins=[
            f.ExosomeOriginEntry(key=e.key, name=e.name, effects=e.effects, source=key_of[e.source_id])
            for e in _ordered(session, m.ExosomeOrigin)
        ],
        ingredient_categories=categories,
        procedures=procedures,
        products=products,
        concerns=[
            f.ConcernEntry(
                key=c.key,
                name=c.name,
                effects=c.effect_keys,
                growth_factors=c.growth_factor_keys,
                ingredient_categories=c.category_keys,
                layers=c.layer_keys,
                reason=c.reason,
                bases=[f.ConcernBasis.model_validate(b) for b in c.bases],
                procedures_treat=c.procedures_treat,
                procedure_note=c.procedure_note,
                source=key_of[c.source_id],
            )
            for c in _ordered(session, m.Concern)
        ],
        statements=[
            f.StatementEntry(key=s.key, text=s.text, source=key_of[s.source_id]) for s in _ordered(session, m.Statement)
        ],
    )
