"""Plain words for technical terms: the catalogue's glossary, found in what patients read."""

from __future__ import annotations

from dermacounsel.domain.glossary import glossary, terms_in
from dermacounsel.storage import queries as reference
from dermacounsel.storage.database import CatalogueDatabase

TERMS = ("Angiogenesis", "ECM remodeling", "Passive uptake", "Active uptake", "Myofascial", "Apoptosis", "IGFBP")


def test_the_catalogue_explains_the_terms_patients_meet(database: CatalogueDatabase) -> None:
    with database.reading() as session:
        glosses = {g.term: g for g in reference.glossary(session)}
    for term in (*TERMS, "MCP-1", "Exfoliation", "Downtime", "PRP"):
        assert term in glosses and len(glosses[term].plain) > 15, term


def test_terms_are_found_as_whole_words_in_any_case() -> None:
    glosses = glossary({"term-a": "Angiogenesis / angiogenic: new blood vessels.", "advice": "not a term: x"})
    assert [g.term for g in glosses] == ["Angiogenesis"]
    assert terms_in(["It has an angiogenic effect"], glosses) == list(glosses)
    assert terms_in(["angiogenesisX"], glosses) == []


def test_the_japanese_glossary_explains_every_term_and_is_found_in_japanese_text(database: CatalogueDatabase) -> None:
    with database.reading() as session:
        english = reference.glossary(session)
        japanese = reference.glossary(session, "ja")
        cards = {card.key: card for card in reference.growth_factor_cards(session, "ja")}
    assert len(japanese) == len(english)  # every term written "用語：説明。" parses, none is lost
    assert all(not g.term.isascii() or g.term == e.term for g, e in zip(japanese, english, strict=True))
    assert all(not g.plain.endswith("。") for g in japanese)
    used = {g.term for g in terms_in(cards["EGF"].expected_effects, japanese)}
    assert {"血管新生", "ターンオーバー", "炎症後色素沈着"} <= used  # found inside words run together


def test_japanese_spellings_are_found_inside_running_text_ascii_ones_as_whole_words() -> None:
    glosses = glossary({"term-a": "血管新生：新しい血管ができること。", "term-b": "FGF：因子。"})
    assert [g.plain for g in glosses] == ["新しい血管ができること", "因子"]
    assert [g.term for g in terms_in(["血管新生の促進"], glosses)] == ["血管新生"]
    assert terms_in(["bFGFを含む"], glosses) == []
    assert [g.term for g in terms_in(["FGFを含む"], glosses)] == ["FGF"]
