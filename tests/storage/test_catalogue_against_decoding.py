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


#: the plain words the catalogue uses where DECODING.md says the translation's word must be put right
PLAIN = {
    "keratin care": "exfoliation",
    "skin whitening": "brightening",
    "laugh lines": "nasolabial folds",
    "blemishes": "pigment spots",
}


def says_as_decoded(text: dict[str, str], decoded_text: str, decoded: Decoded) -> None:
    """The catalogue's text is DECODING.md's, except that a machine-translation leftover is put right: the
    plain word in English and the article's own Japanese beside it."""
    leftovers = [word for word in decoded.leftovers if word in decoded_text.casefold()]
    if not leftovers:
        assert norm(text["en"]) == norm(decoded_text)
        return
    for word in leftovers:
        assert word not in text["en"].casefold(), (word, text)
        assert PLAIN[word] in text["en"].casefold(), (word, text)
        assert decoded.leftovers[word] in text.get("ja", ""), (word, text)


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
        says_as_decoded(factors[key].feature, decoded.features[key], decoded)
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
    assert len(doc.ingredient_categories) == len(decoded.functional)
    for category, decoded_name in zip(doc.ingredient_categories, decoded.functional, strict=True):
        says_as_decoded(category.name, decoded_name.split(" (")[0], decoded)
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
    # the clinic's own Japanese names, so marked: the article's, not a translation made for the app
    assert {p.name["ja_source"] for p in doc.products} == {"article"}
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
    assert "Aesthetic Surgery Journal 2015;35(8):1007" in sources["chopra-2015"].citation["en"]
    assert "Dermatologic Surgery 2018" in sources["iyengar-2018"].citation["en"]
    assert sources["article"].title["ja"] in decoded.text
    assert sources["article"].title["ja_source"] == "article"
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


# --- the points corrected on 2026-12-01 (issue 13) -------------------------------------------------


def patient_texts(doc: f.CatalogueDocument) -> list[str]:
    """Every English text of the catalogue, as the screens and printouts may show it."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if "en" in value and isinstance(value["en"], str):
                found.append(value["en"])
            else:
                for item in value.values():
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(doc.model_dump(mode="python", exclude={"sources"}))
    return found


def test_machine_translation_leftovers_are_put_right(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert set(decoded.leftovers) == set(PLAIN)
    for text in patient_texts(doc):
        for word in decoded.leftovers:
            assert word not in text.casefold(), (word, text)
    factors = {g.key: g for g in doc.growth_factors}
    for factor, hedge in decoded.hedges.items():
        assert hedge in factors[factor].action["en"], factor
    egf = " ".join(e["en"] for e in factors["EGF"].expected_effects)
    assert "pigment spots and dullness" in egf
    categories = {c.key: c for c in doc.ingredient_categories}
    assert categories["keratin-care"].name["en"] == "Exfoliation"
    assert categories["keratin-care"].name["ja"] == decoded.leftovers["keratin care"]
    assert categories["brightening"].name["en"] == "Brightening"
    assert categories["brightening"].name["ja"] == decoded.leftovers["skin whitening"]


def test_working_ranges_run_continuously_from_the_first_layer_down(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    """ "each cell runs from its first layer down to its last, as a needle does": consecutive layers, every
    one whole but the last, which may stop partway ("upper", "central": down to its middle)."""
    assert "never draw or reason with gaps" in flat(decoded)
    order = [layer.key for layer in doc.layers if layer.parent is None]
    for procedure in doc.procedures:
        if procedure.systemic:
            assert not procedure.reach
            continue
        keys = [r.layer for r in procedure.reach]
        start = order.index(keys[0])
        assert keys == order[start : start + len(keys)], procedure.key
        assert all(r.extent == "whole" for r in procedure.reach[:-1]), procedure.key
    reach = {p.key: [(r.layer, r.extent) for r in p.reach] for p in doc.procedures}
    assert reach["vital-injector"] == [("epidermis", "whole"), ("dermis", "central")]
    assert reach["physician-injection"] == [("dermis", "whole"), ("subcutaneous", "central")]


def test_the_iv_drip_is_the_exosomes_route_only(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    sentence = "is a feature not found in other formulations"
    assert sentence in flat(decoded)
    iv = next(p for p in doc.procedures if p.systemic)
    assert "exosomes" in iv.description["en"] and "not found in other formulations" in iv.description["en"]
    statements = {s.key: s for s in doc.statements}
    assert "exosomes only" in statements["iv-drip-exosomes"].text["en"]
    # none of the five products is an exosome formulation, so nothing the catalogue lists goes by drip
    for product in doc.products:
        for component in product.components:
            assert component.kind != "exosome" and component.exosome_origin is None, product.name


def test_lists_ending_in_etc_are_open_and_products_are_never_rated(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert 'is *not listed*, never "absent"' in decoded.text
    for product, phrases in decoded.products.items():
        entry = next(p for p in doc.products if p.name["en"] == product)
        for component, phrase in zip(entry.components, phrases, strict=True):
            assert component.open == ("etc." in phrase), (product, phrase)
    assert all(c.open for c in doc.ingredient_categories)


def test_prp_fgf_is_an_inferred_treatment_not_an_ingredient(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert "a treatment in its own right, not an ingredient of any of the five products" in flat(decoded)
    prp_fgf = next(g for g in doc.growth_factors if g.key == "PRP+FGF")
    assert prp_fgf.inferred and "treatment" in prp_fgf.action["en"] and "own blood" in prp_fgf.action["en"]
    for product in doc.products:
        assert all(i.growth_factor != "PRP+FGF" for c in product.components for i in [c, *c.items])
    statements = {s.key: s.text["en"] for s in doc.statements}
    assert "inferred" in statements["prp-fgf-treatment"] and "own blood" in statements["prp-fgf-treatment"]


def test_the_articles_expectation_point(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    assert "functional ingredients act at once but wear off" in flat(decoded)
    statement = next(s for s in doc.statements if s.key == "expectation")
    text = statement.text["en"]
    assert statement.source == "article"
    for words in ("act at once", "wear off", "continued use", "take time", "last"):
        assert words in text, words


def test_the_depth_guide_and_the_setting_is_not_penetration(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    guide = re.search(
        r"for example: ([\d.]+) mm the stratum corneum, ([\d.]+) mm the middle of the epidermis", flat(decoded)
    )
    assert guide
    sources = {s.key: s for s in doc.sources}
    for figure in guide.groups():
        assert f"{figure} mm" in sources["depth-guides"].citation["en"]
    statements = {s.key: s for s in doc.statements}
    assert "not the depth it reaches" in statements["needle-setting"].text["en"]
    assert statements["needle-setting"].source == "depth-guides"


def test_every_concern_basis_quotes_the_article_or_says_it_is_this_apps(doc: f.CatalogueDocument) -> None:
    factors = {g.key: g for g in doc.growth_factors}
    origins = {o.key: o for o in doc.exosome_origins}
    sources = {s.key: s for s in doc.sources}
    for concern in doc.concerns:
        assert concern.bases, concern.key
        assert concern.source == "counselling-map"  # the mapping itself is this app's, the sentences the article's
        targets = [b.target for b in concern.bases if b.kind in ("growth-factor", "treatment")]
        assert concern.growth_factors == list(dict.fromkeys(targets)), concern.key
        for basis in concern.bases:
            assert basis.source in sources
            if basis.source != "article":
                assert basis.note and "this app's choice" in basis.note["en"], (concern.key, basis)
                continue
            if basis.kind in ("growth-factor", "treatment"):
                assert basis.says["en"] in [e["en"] for e in factors[basis.target].expected_effects], (
                    concern.key,
                    basis.target,
                )
            elif basis.kind == "exosome-origin":
                for effect in origins[basis.target].effects:
                    assert norm(effect["en"]) in norm(basis.says["en"]), (concern.key, effect)


def test_what_is_not_the_articles_is_not_sourced_to_it(doc: f.CatalogueDocument, decoded: Decoded) -> None:
    """The article names the Vital Injector without describing it: "a suction multi-needle injector" is
    DECODING.md's gloss, so the description carries its own source. Where effects take place and which
    ingredients the needling timing note is about are this app's and the clinic's, not the article's."""
    sources = {s.key: s for s in doc.sources}
    assert "Vital Injector (a suction multi-needle injector)" in decoded.text
    vital = next(p for p in doc.procedures if p.key == "vital-injector")
    assert "suction multi-needle" in vital.description["en"]
    assert vital.description_source is not None and sources[vital.description_source].kind != "article"
    for procedure in doc.procedures:
        if procedure.description_source is None:
            assert sources[procedure.source].kind == "article"
    for effect in doc.effects:
        assert effect.regions_source is not None and sources[effect.regions_source].kind != "article"
    timed = {i.key: i.needling_timing for c in doc.ingredient_categories for i in c.ingredients if i.needling_timing}
    assert timed == dict.fromkeys(["retinol", "azelaic-acid", "aha", "bha", "pha"], "clinic-notes")
    assert next(s for s in doc.statements if s.key == "acid-timing").source == "clinic-notes"
