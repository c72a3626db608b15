"""What acts at each region, checked against the catalogue file itself (not the code under test's reads)."""

from __future__ import annotations

import pytest

from dermacounsel.domain.explorer import ExplorerCatalogue, describe_region
from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.storage.queries import explorer_catalogue, product_links

TOP_LAYERS = ["epidermis", "dermis", "subcutaneous", "muscle", "bone"]


@pytest.fixture
def both(database: CatalogueDatabase) -> tuple[ExplorerCatalogue, f.CatalogueDocument]:
    with database.reading() as session:
        return explorer_catalogue(session), read_catalogue_document(session)


def expected_factors(doc: f.CatalogueDocument, key: str) -> set[str]:
    """The rule, restated on the file's data: placed at the region (or its layer, for a structure with no
    effect of its own), or rated above ー on the region's effect."""
    layer = next(entry for entry in doc.layers if entry.key == key)
    scope = {key} if layer.effect else {key, layer.parent}
    names = set()
    for factor in doc.growth_factors:
        if any(link.layer in scope for link in factor.layers):
            names.add(factor.key)
        if (
            layer.effect
            and isinstance(factor.ratings.get(layer.effect, 0), int)
            and factor.ratings.get(layer.effect, 0)
        ):
            names.add(factor.key)
    return names


def test_every_region_lists_the_factors_the_catalogue_places_there(both) -> None:
    catalogue, doc = both
    assert len(catalogue.region_keys()) == 15
    for key in catalogue.region_keys():
        report = describe_region(catalogue, key)
        assert {f.key for f in report.growth_factors} == expected_factors(doc, key), key


def test_every_layer_lists_the_procedures_reaching_it(both) -> None:
    catalogue, doc = both
    for key in TOP_LAYERS:
        expected = {
            p.key: "systemic" if p.systemic else next((r.extent for r in p.reach if r.layer == key), None)
            for p in doc.procedures
        }
        report = describe_region(catalogue, key)
        assert {p.key: p.extent for p in report.procedures} == {k: v for k, v in expected.items() if v}, key


def test_structures_inherit_their_layers_procedures(both) -> None:
    catalogue, _doc = both
    report = describe_region(catalogue, "fat-lobules")
    assert [(p.key, p.extent) for p in report.procedures] == [
        ("dermapen", "upper"),
        ("physician-injection", "central"),
        ("iv-drip", "systemic"),
    ]
    assert report.layer.key == "subcutaneous"


def test_hand_checked_cases(both) -> None:
    catalogue, _doc = both
    hair = describe_region(catalogue, "hair-follicle")
    assert hair.growth_factors[0].key == "IGF-1"
    assert (
        hair.growth_factors[0].ratings[0].effect_key == "hair-growth" and hair.growth_factors[0].ratings[0].level == 3
    )
    assert "TGF-β" not in {f.key for f in hair.growth_factors}  # rated ー on hair growth
    muscle = describe_region(catalogue, "muscle")
    assert muscle.growth_factors[0].key == "IGF-1"
    epidermis = describe_region(catalogue, "epidermis")
    assert [f.key for f in epidermis.growth_factors][0] == "EGF"
    assert "keratin-care" not in {g.key for g in epidermis.functional}
    corneum = describe_region(catalogue, "stratum-corneum")
    assert "keratin-care" in {g.key for g in corneum.functional}
    dermis = describe_region(catalogue, "dermis")
    assert {s.key for s in dermis.structures} >= {"fibroblasts", "hair-follicle", "papillary-dermis"}
    inferred = {f.key: f.inferred for f in dermis.growth_factors}
    assert inferred["FGF"] is False and inferred["PRP+FGF"] is True


def test_products_act_through_their_linked_components(both, database: CatalogueDatabase) -> None:
    catalogue, _doc = both
    with database.reading() as session:
        products = product_links(session)
    bone = describe_region(catalogue, "bone", products)
    assert [(p.name, p.via) for p in bone.products] == [("Babyskin", ("IGF-1",))]
    epidermis = describe_region(catalogue, "epidermis", products)
    amnio = next(p for p in epidermis.products if p.name == "AmnioGenics")
    assert amnio.via == ("TGF-β",)
    assert any("donate blood or organs" in c for c in amnio.cautions)
    premium = next(p for p in describe_region(catalogue, "dermis", products).products if p.name == "Premium Cell")
    assert "bFGF" in premium.via


def test_the_database_finds_the_same_acting_products_as_the_rules(both, many_products: CatalogueDatabase) -> None:
    """The explorer asks the database for the few products acting at a region (a catalogue may hold
    thousands); that answer must be the rules' answer over every product, in catalogue order."""
    from dermacounsel.domain.explorer import acting_products, product_criteria
    from dermacounsel.storage.queries import count_acting_products

    catalogue, _doc = both
    with many_products.reading() as session:
        every = product_links(session)
        for key in catalogue.region_keys():
            criteria = product_criteria(catalogue, key)
            expected = [p.name for p in acting_products(every, criteria)]
            assert [p.name for p in product_links(session, acting=criteria)] == expected, key
            assert [p.name for p in product_links(session, acting=criteria, limit=25)] == expected[:25], key
            assert count_acting_products(session, criteria) == len(expected), key
    assert len(every) == 605
    assert any(len(acting_products(every, product_criteria(catalogue, key))) > 25 for key in TOP_LAYERS)


def test_a_region_shows_only_the_effects_that_happen_there(both) -> None:
    """Collagen is made in the dermis; hair grows from the follicle (the catalogue's effects[].regions)."""
    catalogue, _doc = both
    for key in ("epidermis", "stratum-corneum"):
        shown = {r.effect_key for f in describe_region(catalogue, key).growth_factors for r in f.ratings}
        assert "collagen-production" not in shown, key
    assert not [r for f in describe_region(catalogue, "stratum-corneum").growth_factors for r in f.ratings]
    for key in ("bone", "subcutaneous", "fat-lobules", "muscle"):
        shown = {r.effect_key for f in describe_region(catalogue, key).growth_factors for r in f.ratings}
        assert "hair-growth" not in shown, key
    follicle = describe_region(catalogue, "hair-follicle")
    assert all(
        r.effect_key in ("hair-growth", "cell-proliferation") for f in follicle.growth_factors for r in f.ratings
    )
    assert "scalp" in follicle.region.description and "fat" in follicle.region.description


def test_prp_fgf_is_marked_inferred_wherever_the_explorer_lists_it(both) -> None:
    catalogue, _doc = both
    seen = 0
    for key in catalogue.region_keys():
        for factor in describe_region(catalogue, key).growth_factors:
            if factor.key == "PRP+FGF":
                seen += 1
                assert factor.inferred, key
    assert seen >= 3  # dermis and its effect-rated structures


def test_reach_in_words_and_the_depth_guide(both) -> None:
    from dermacounsel.domain.explorer import reach_phrase, reach_range, read_depth

    catalogue, _doc = both
    cards = {p.key: p for p in catalogue.procedures}
    assert reach_phrase(cards["vital-injector"]) == "the epidermis and the dermis down to its middle"
    assert reach_range(cards["physician-injection"]) == ("dermis", "subcutaneous", 0.5)
    assert reach_range(cards["iv-drip"]) is None
    assert read_depth(0.25, catalogue.layers).target == "the stratum corneum"
    assert read_depth(0.5, catalogue.layers).target == "the middle of the epidermis"
    assert read_depth(0.7, catalogue.layers).cautions == ()
    assert "thinnest facial skin" in read_depth(0.8, catalogue.layers).cautions[0]
    assert "skin and fat together" in read_depth(3.0, catalogue.layers).cautions[0]
    # phrased in the language asked for (domain/phrasing.py), as the Japanese explorer shows it
    assert read_depth(1.2, catalogue.layers, "ja").target == "表皮と真皮の境目にある基底層"
    assert read_depth(3.0, catalogue.layers, "ja").cautions[0].startswith("この設定は、皮膚と皮下脂肪を合わせて")


def test_the_depth_guide_and_its_cautions_read_in_japanese(both) -> None:
    """Issue 14: a Japanese explorer says where a needle setting aims, and why to take care, in Japanese."""
    from dermacounsel.domain.explorer import read_depth

    catalogue, _doc = both
    assert read_depth(0.25, catalogue.layers, "ja").target == "角層"
    assert read_depth(1.2, catalogue.layers, "ja").target == "表皮と真皮の境目にある基底層"
    assert read_depth(2.5, catalogue.layers, "ja").target == "真皮"
    assert read_depth(0.7, catalogue.layers, "ja").cautions == ()
    (skin,) = read_depth(0.8, catalogue.layers, "ja").cautions
    assert skin.startswith("この設定は、顔で最も薄い皮膚（まぶたでは真皮が約") and skin.endswith("ご注意ください。")
    (fat,) = read_depth(3.0, catalogue.layers, "ja").cautions
    assert "皮膚と皮下脂肪を合わせて最も薄いところ" in fat and "mm" in fat
    english = read_depth(0.8, catalogue.layers).cautions[0]
    assert english[english.index("about ") + 6 :].split(" ")[0] in skin  # the same measured depth in both


def test_the_region_to_effect_map_is_catalogue_data_with_its_source(both) -> None:
    """Each effect's regions come from the catalogue, placed by a source that is not the article, and the
    panel says whose placement it is; a clinic that places an effect elsewhere sees it there."""
    catalogue, doc = both
    sources = {s.key: s for s in doc.sources}
    for effect in doc.effects:
        assert effect.regions, effect.key
        assert effect.regions_source is not None and sources[effect.regions_source].kind != "article"
        assert catalogue.effect_regions[effect.key] == frozenset(effect.regions)
    statement = next(s for s in doc.statements if s.key == "effect-regions")
    assert sources[statement.source].kind != "article" and statement.text["ja"]
    report = describe_region(catalogue, "epidermis")
    assert "not the article's" in report.effects_note
    moved = dict(catalogue.effect_regions, **{"collagen-production": frozenset({"epidermis"})})
    edited = ExplorerCatalogue(
        catalogue.layers,
        catalogue.growth_factors,
        catalogue.ingredient_categories,
        catalogue.cell_derived_classes,
        catalogue.procedures,
        moved,
        "the clinic's placement",
    )
    shown = {r.effect_key for f in describe_region(edited, "epidermis").growth_factors for r in f.ratings}
    assert "collagen-production" in shown
    assert describe_region(edited, "epidermis").effects_note == "the clinic's placement"
