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
