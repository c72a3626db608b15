"""The catalogue in Japanese: every patient-facing text the catalogue holds has Japanese, recorded with
where it came from, and every read the service gives in Japanese is Japanese (English only where the
two are written alike, as "EGF")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from pydantic import BaseModel

from dermacounsel.domain.text import ORIGINS
from dermacounsel.services.catalogue import Catalogue

#: English words run together with spaces ("Skin turnover"): what an untranslated text reads like. Names
#: written alike in both languages have none ("EGF", "PRP + FGF", "IGF-1").
ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,}")


def texts(value: object, place: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """Every text ({"en": ...}) anywhere in a catalogue document, with its place: found by walking the
    document, so a text added to the format later is counted without anyone listing it here."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from texts(getattr(value, name), f"{place}.{name}" if place else name)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from texts(item, f"{place}[{index}]")
    elif isinstance(value, dict):
        if isinstance(value.get("en"), str):
            yield place, value
        else:
            for key, item in value.items():
                yield from texts(item, f"{place}.{key}")


def test_every_patient_facing_text_of_the_catalogue_has_japanese(catalogue: Catalogue) -> None:
    document = catalogue.editor.document()  # the catalogue as loaded: the database's, not the seed file
    found = list(texts(document))
    assert len(found) > 300  # the walk reaches the texts (371 when this was written)
    without = [place for place, text in found if not text.get("ja", "").strip()]
    assert without == [], f"{len(without)} texts without Japanese: {', '.join(without[:20])}"
    unrecorded = [place for place, text in found if text.get("ja_source") not in ORIGINS]
    assert unrecorded == [], f"Japanese texts that do not say where they came from: {', '.join(unrecorded[:20])}"


def test_the_article_s_own_japanese_is_marked_as_the_article_s(catalogue: Catalogue) -> None:
    found = dict(texts(catalogue.editor.document()))
    article = {place: text["ja"] for place, text in found.items() if text["ja_source"] == "article"}
    assert article["sources[0].title"].startswith("【ダーマペン導入液】")
    assert [article[f"products[{n}].name"] for n in range(5)] == [
        "ベネブ",
        "ベビースキン",
        "アムニオジェニックス",
        "プレミアムセル",
        "リジュラン",
    ]
    # and the section words of its opening (GLOSSARY-ja.md); everything else was translated for this app,
    # since only the original's opening is known
    assert set(article.values()) - {
        article["sources[0].title"],
        *(article[f"products[{n}].name"] for n in range(5)),
    } == {
        "機能性成分",
        "細胞由来成分",
        "成長因子",
        "幹細胞培養液",
        "エクソソーム",
    }
    assert found["layers[0].description"]["ja_source"] == "translation"


def leaves(value: object, place: str = "") -> Iterator[tuple[str, str]]:
    """The strings of a record (a dataclass, tuple or list of them), with their place."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from leaves(getattr(value, field.name), f"{place}.{field.name}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from leaves(item, f"{place}[{index}]")
    elif isinstance(value, str):
        yield place, value


def reads(catalogue: Catalogue) -> dict[str, object]:
    """Everything the views, reports and the CLI read from the catalogue, in its display language."""
    statements = [s.key for s in catalogue.editor.document().statements]
    return {
        "scale": catalogue.rating_scale(),
        "growth factors": catalogue.growth_factor_cards(),
        "functional ingredients": catalogue.functional_ingredients(),
        "preparations": catalogue.preparations(),
        "stem cell sources": catalogue.stem_cell_sources(),
        "exosome origins": catalogue.exosome_origins(),
        "ingredient families": catalogue.ingredient_families(),
        "cell-derived classes": catalogue.cell_derived_classes(),
        "ingredient categories": catalogue.ingredient_categories(),
        "cell-derived groups": catalogue.cell_derived_groups(),
        "procedures": catalogue.procedure_cards(),
        "layers": catalogue.layers(),
        "concerns": catalogue.concerns(),
        "glossary": catalogue.glossary(),
        "products": catalogue.product_details(),
        "product links": catalogue.product_links(),
        "statements": [catalogue.statement(key) for key in statements],
    }


def test_every_read_in_japanese_is_japanese(catalogue: Catalogue) -> None:
    english = {kind: dict(leaves(value)) for kind, value in reads(catalogue).items()}
    catalogue.set_language("ja")
    untranslated = []
    for kind, value in reads(catalogue).items():
        for place, text in leaves(value):
            if place.endswith(".citation"):
                continue  # a bibliographic reference, kept as published
            if text == english[kind].get(place) and ENGLISH_WORDS.search(text):
                untranslated.append(f"{kind}{place}: {text[:40]}")
    assert untranslated == []
    catalogue.set_language("en")
    assert catalogue.layers()[0].name == "Epidermis"  # and back: English again


def test_an_unknown_name_is_said_in_japanese_with_the_nearest_one(catalogue: Catalogue) -> None:
    """Issue 14: UnknownEntry and UnknownKeyError carry their text as a Said: English as before, Japanese
    when said again there, the kind of entry in Japanese too."""
    import pytest

    from dermacounsel.domain.keys import UnknownKeyError, resolve_key
    from dermacounsel.domain.phrasing import in_language
    from dermacounsel.services.catalogue import UnknownEntry

    catalogue.set_language("ja")
    with pytest.raises(UnknownEntry) as error:
        catalogue.product_key("Premium Cel")
    assert str(error.value).startswith("unknown product 'Premium Cel' (did you mean 'premium-cell'?); valid: ")
    japanese = str(in_language(error.value.args[0], "ja"))
    assert japanese.startswith("製品「Premium Cel」は見つかりません（「premium-cell」のことですか？）。")
    assert japanese.endswith(
        "指定できるのは次のとおりです：benev (ベネブ), babyskin (ベビースキン), "
        "amniogenics (アムニオジェニックス), premium-cell (プレミアムセル), rejuran (リジュラン)"
    )
    assert not [word for word in ("unknown", "valid", "did you mean", "product") if word in japanese]
    with pytest.raises(UnknownKeyError) as key_error:
        resolve_key("dermiss", list(catalogue.names("layer")), "layer", names=catalogue.names("layer"))
    assert str(in_language(key_error.value.args[0], "ja")).startswith("層「dermiss」は見つかりません（「dermis」")
    with pytest.raises(UnknownEntry) as language:
        catalogue.set_language("fr")
    assert str(language.value) == "unknown language 'fr'; known: en, ja"
    assert in_language(language.value.args[0], "ja") == "言語「fr」はありません。使えるのはen, jaです"
