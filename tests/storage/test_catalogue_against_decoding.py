"""The bundled catalogue, as seeded into a new database, says exactly what DECODING.md decodes."""

from __future__ import annotations

import re

import pytest

from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.database import CatalogueDatabase
from tests.decoding import SHARED, VENDORED, Decoded, read_decoding


def flat(decoded: Decoded) -> str:
    """DECODING.md's text with its line breaks folded, for searching sentences that wrap."""
    return " ".join(decoded.text.split())


def norm(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split()).rstrip(".")


@pytest.fixture(scope="module")
def decoded() -> Decoded:
    return read_decoding()


@pytest.fixture
def doc(database: CatalogueDatabase) -> f.CatalogueDocument:
    with database.reading() as session:
        return read_catalogue_document(session)


def test_vendored_decoding_is_the_shared_one() -> None:
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    assert VENDORED.read_text(encoding="utf-8") == SHARED.read_text(encoding="utf-8")


def test_scale_symbols_levels_and_legend(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert {s.symbol: s.level for s in doc.scale} == decoded.levels
    assert {s.level: norm(s.meaning["en"]) for s in doc.scale} == {
        level: norm(meaning) for level, meaning in decoded.legend.items()
    }
    assert all(s.source == "article" for s in doc.scale)


def test_six_effects_in_the_articles_order(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert [norm(e.name["en"]) for e in doc.effects] == [norm(e) for e in decoded.effects]


def test_all_36_ratings_exactly_as_decoded(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    effect_name = {e.key: norm(e.name["en"]) for e in doc.effects}
    rated = [g for g in doc.growth_factors if g.rated]
    assert [g.key for g in rated] == decoded.columns
    seen = {}
    for factor in rated:
        for effect_key, level in factor.ratings.items():
            assert isinstance(level, int)
            seen[(effect_name[effect_key], factor.key)] = level
    assert len(seen) == 36
    assert seen == decoded.ratings


def test_columns_names_features_and_the_inferred_column(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    factors = {g.key: g for g in doc.growth_factors}
    for key in decoded.columns:
        assert norm(factors[key].feature["en"]) == norm(decoded.features[key])
    for key, full_name in decoded.full_names.items():
        assert norm(factors[key].full_name["en"]) == norm(full_name)
    inferred = [g.key for g in doc.growth_factors if g.inferred]
    assert inferred == ["PRP+FGF"]
    assert "inferred" not in decoded.text or "PRP + FGF" in factors["PRP+FGF"].inference_note["en"]


def test_prp_and_its_six_growth_factors_with_vegf_unrated(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    (prp,) = [p for p in doc.preparations if p.key == "PRP"]
    assert prp.growth_factors == decoded.prp_factors
    vegf = next(g for g in doc.growth_factors if g.key == "VEGF")
    assert not vegf.rated and not vegf.ratings
    assert norm(prp.full_name["en"]) == "platelet-rich plasma"


def test_growth_factor_sections(doc: f.CatalogueDocument) -> None:
    """Where each acts, from the article's sections as DECODING.md summarises them."""
    factors = {g.key: g for g in doc.growth_factors}
    cells = {key: {norm(c["en"]) for c in g.target_cells} for key, g in factors.items()}
    assert cells["FGF"] == {"fibroblasts"}
    assert cells["PDGF"] == {"fibroblasts", "smooth muscle cells", "macrophages"}
    assert cells["IGF-1"] == {"muscle cells", "bone cells", "fibroblasts", "fat cells"}
    assert [link.layer for link in factors["EGF"].layers] == ["epidermis"]
    assert [link.layer for link in factors["FGF"].layers] == ["dermis", "fibroblasts"]
    assert {link.layer for link in factors["IGF-1"].layers} >= {"muscle", "bone"}
    assert "apoptosis" in factors["TGF-β"].action["en"] and "immune" in factors["TGF-β"].action["en"]
    for key in ("EGF", "FGF", "PDGF", "IGF-1", "TGF-β", "PRP+FGF"):
        assert factors[key].expected_effects, key
        assert factors[key].layers, key
    for factor in factors.values():
        for link in factor.layers:
            assert link.basis["en"], (factor.key, link.layer)
    prp_fgf = " ".join(e["en"] for e in factors["PRP+FGF"].expected_effects).lower()
    for problem in ("firmness", "elasticity", "wrinkles", "sagging", "dull skin", "scars", "pores"):
        assert problem in prp_fgf


def test_functional_ingredients_in_seven_open_categories(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert [norm(c.name["en"]) for c in doc.ingredient_categories] == [norm(c) for c in decoded.functional]
    for category, expected in zip(doc.ingredient_categories, decoded.functional.values(), strict=True):
        assert [norm(i.name["en"]) for i in category.ingredients] == [norm(i) for i in expected]
        assert category.open
    assert sum(len(c.ingredients) for c in doc.ingredient_categories) == sum(
        len(items) for items in decoded.functional.values()
    )


def test_stem_cell_sources_and_exosome_origins(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert len(doc.stem_cell_sources) == len(decoded.stem_cell_sources) == 5
    for entry, expected in zip(doc.stem_cell_sources, decoded.stem_cell_sources, strict=True):
        assert norm(entry.name["en"]).startswith(norm(expected))
    assert len(doc.exosome_origins) == len(decoded.exosomes) == 6
    for entry, (origin, effects) in zip(doc.exosome_origins, decoded.exosomes.items(), strict=True):
        assert norm(entry.name["en"]).startswith(norm(origin))
        assert [norm(e["en"]) for e in entry.effects] == [norm(e) for e in effects]
    assert {c.key for c in doc.cell_derived_classes} == {
        "growth-factors",
        "stem-cell-culture-medium",
        "exosomes",
    }
    assert "intravenous drip" in next(c for c in doc.cell_derived_classes if c.key == "exosomes").description["en"]


def component_phrase(component: f.ComponentEntry) -> str:
    if not component.items:
        return norm(component.name["en"])
    items = ", ".join(i.name["en"] for i in component.items) + (", etc." if component.open else "")
    return norm(f"{component.name['en']} ({items})")


def test_five_products_with_every_listed_component(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert [p.name["en"] for p in doc.products] == list(decoded.products)
    assert [p.name["ja"] for p in doc.products] == decoded.japanese_names
    for product in doc.products:
        assert [component_phrase(c) for c in product.components] == [
            norm(c) for c in decoded.products[product.name["en"]]
        ]


def test_components_link_to_known_growth_factors_and_ingredients(doc: f.CatalogueDocument) -> None:
    known_factors = {g.key for g in doc.growth_factors}
    ingredient_names = {norm(i.name["en"]): i.key for c in doc.ingredient_categories for i in c.ingredients}
    for product in doc.products:
        for component in product.components:
            for entry in [component, *component.items]:
                name = entry.name["en"]
                if name in known_factors:
                    assert entry.growth_factor == name, (product.name, name)
                if norm(name) in ingredient_names:
                    assert entry.ingredient == ingredient_names[norm(name)], (product.name, name)
    premium = next(p for p in doc.products if p.name["en"] == "Premium Cell")
    bfgf = next(i for c in premium.components for i in c.items if i.name["en"] == "bFGF")
    assert bfgf.growth_factor == "FGF" and bfgf.note is not None


def test_makers_where_known_and_the_amniogenics_caution(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    makers = {p.name["en"]: p.maker.name["en"] if p.maker else None for p in doc.products}
    match = re.search(r"REJURAN is made by (.+?); Benev by (.+?)\. No maker is known here for (.+?):", flat(decoded))
    assert match
    assert makers["REJURAN"] == match.group(1)
    assert makers["Benev"] == match.group(2)
    for unknown in ("Babyskin", "AmnioGenics", "Premium Cell"):
        assert unknown in match.group(3) and makers[unknown] is None
    cautions = {p.name["en"]: [c.text["en"] for c in p.cautions] for p in doc.products}
    assert [name for name, texts in cautions.items() if texts] == ["AmnioGenics"]
    (caution,) = cautions["AmnioGenics"]
    assert "donate blood or organs" in caution


def test_four_procedures(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    layer_name = {layer.key: norm(layer.name["en"]) for layer in doc.layers}
    assert [p.name["en"] for p in doc.procedures] == decoded.procedure_columns
    assert [p.key for p in doc.procedures] == ["dermapen", "vital-injector", "physician-injection", "iv-drip"]
    for procedure in doc.procedures:
        column = procedure.name["en"]
        if procedure.systemic:
            working_range = "whole body (systemic)"
        else:
            working_range = ", ".join(
                ("" if r.extent == "whole" else r.extent + " ") + layer_name[r.layer] for r in procedure.reach
            )
        assert working_range == norm(decoded.procedures["working range"][column])
        assert procedure.uptake == decoded.procedures["uptake of the solution"][column]
        assert norm("; ".join(n["en"] for n in procedure.notes)) == norm(decoded.procedures["other"][column])
    dermapen = doc.procedures[0]
    depth = re.search(r"depth is set from ([\d.]+) to ([\d.]+) mm in ([\d.]+) mm steps", flat(decoded))
    assert depth and dermapen.needle_depth_mm is not None
    assert (
        dermapen.needle_depth_mm.min,
        dermapen.needle_depth_mm.max,
        dermapen.needle_depth_mm.step,
    ) == tuple(float(x) for x in depth.groups())
    assert all(p.needle_depth_mm is None for p in doc.procedures[1:])


def test_layers_with_measured_depths_and_descriptions(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    layers = {layer.key: layer for layer in doc.layers}
    assert list(layers)[:5] == ["epidermis", "dermis", "subcutaneous", "muscle", "bone"]
    epidermis = re.search(r"epidermis about ([\d.]+) to ([\d.]+) mm", flat(decoded))
    dermis = re.search(r"dermis about ([\d.]+) mm \(eyelid\) to ([\d.]+) mm \(nose\)", flat(decoded))
    fat = re.search(r"subcutaneous fat about ([\d.]+) mm \(forehead\) to [\d.]+ to ([\d.]+) mm", flat(decoded))
    for key, match, source in (
        ("epidermis", epidermis, "chopra-2015"),
        ("dermis", dermis, "chopra-2015"),
        ("subcutaneous", fat, "iyengar-2018"),
    ):
        assert match, key
        thickness = layers[key].thickness_mm
        assert thickness is not None
        assert (thickness.min, thickness.max) == (float(match.group(1)), float(match.group(2)))
        assert thickness.source == source
    for layer in layers.values():
        assert len(layer.description["en"]) > 20


def test_every_fact_has_a_source_and_the_sources_are_cited(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    sources = {s.key: s for s in doc.sources}
    assert "Chopra et al., Aesthetic Surgery Journal 2015;35(8):1007" in decoded.text
    assert "Aesthetic Surgery Journal 2015;35(8):1007" in sources["chopra-2015"].citation
    assert "Dermatologic Surgery 2018" in sources["iyengar-2018"].citation
    assert sources["article"].title["ja"] in decoded.text
    problems = list(f.reference_problems(doc))
    assert problems == []
    # every section's entries carry a source key (the model requires it; this guards the seed itself)
    for section in f.SOURCED_SECTIONS:
        for entry in getattr(doc, section):
            assert entry.source in sources, (section, entry)


def test_the_articles_advice_and_its_caveat(doc: f.CatalogueDocument) -> None:
    statements = {s.key: s.text["en"] for s in doc.statements}
    assert "varies from person to person" in statements["individual-variation"]
    assert "concerns" in statements["advice"]
    assert "lost in translation" in statements["procedure-stars"]
