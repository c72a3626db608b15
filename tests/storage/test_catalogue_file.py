"""The catalogue file format: a round trip through the database, and bad files named to the place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dermacounsel import paths
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.catalogue_file import (
    MAX_FILE_BYTES,
    CatalogueFileError,
    dump_catalogue,
    parse_catalogue,
    read_catalogue,
    write_text_atomically,
)
from dermacounsel.storage.database import CatalogueDatabase, open_database


def seed_data() -> dict:
    return json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))


def error_for(data: dict | bytes) -> CatalogueFileError:
    raw = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode()
    with pytest.raises(CatalogueFileError) as caught:
        parse_catalogue(raw, "clinic.json")
    return caught.value


def test_the_seed_is_written_exactly_as_export_writes_it(database: CatalogueDatabase) -> None:
    with database.reading() as session:
        exported = dump_catalogue(read_catalogue_document(session))
    assert exported == paths.seed_catalogue_path().read_text(encoding="utf-8")


def test_export_then_import_into_a_fresh_database_gives_the_same_export(
    database: CatalogueDatabase, tmp_path: Path
) -> None:
    with database.reading() as session:
        first = dump_catalogue(read_catalogue_document(session))
    exported = tmp_path / "export.json"
    write_text_atomically(exported, first)
    fresh = open_database(tmp_path / "fresh.sqlite3", seed=exported)
    with fresh.reading() as session:
        assert dump_catalogue(read_catalogue_document(session)) == first
    fresh.close()


def test_japanese_texts_survive_the_round_trip(database: CatalogueDatabase) -> None:
    with database.reading() as session:
        doc = read_catalogue_document(session)
    assert doc.products[0].name == {"en": "Benev", "ja": "ベネブ", "ja_source": "article"}
    assert doc.layers[0].description["ja_source"] == "translation"
    assert "ベネブ" in dump_catalogue(doc)


def test_where_a_japanese_text_came_from_is_read_and_written(tmp_path: Path) -> None:
    data = seed_data()
    data["layers"][0]["name"] = {"en": "Epidermis", "ja": "表皮", "ja_source": "clinic"}
    data["layers"][1]["name"] = {"en": "Dermis", "ja": "真皮"}  # a file written before origins were recorded
    data["layers"][2]["name"] = "Subcutaneous tissue"  # a plain string: English alone
    document = parse_catalogue(json.dumps(data, ensure_ascii=False).encode(), "clinic.json")
    assert document.layers[0].name["ja_source"] == "clinic"
    assert document.layers[1].name == {"en": "Dermis", "ja": "真皮", "ja_source": "translation"}
    assert document.layers[2].name == {"en": "Subcutaneous tissue"}
    written = json.loads(dump_catalogue(document))
    assert written["layers"][0]["name"] == {"en": "Epidermis", "ja": "表皮", "ja_source": "clinic"}
    assert written["layers"][1]["name"]["ja_source"] == "translation"
    assert written["layers"][2]["name"] == "Subcutaneous tissue"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        (
            {"en": "Epidermis", "ja": "表皮", "ja_source": "guess"},
            "'ja_source' must be one of 'article', 'translation'",
        ),
        ({"en": "Epidermis", "ja_source": "article"}, "'ja_source' records where a translation came from, but there"),
        ({"en": "Epidermis", "en_source": "article"}, "'en_source' records where a translation came from"),
    ],
)
def test_a_wrong_record_of_where_a_text_came_from_is_named(name: dict, problem: str) -> None:
    data = seed_data()
    data["layers"][0]["name"] = name
    error = error_for(data)
    assert error.place == "layers[0].name"
    assert problem in error.problem


def test_a_translation_marked_out_of_date_is_read_written_and_stored(tmp_path: Path) -> None:
    data = seed_data()
    data["layers"][0]["name"] = {"en": "Epidermis (outer)", "ja": "表皮", "ja_source": "clinic", "ja_outdated": "en"}
    data["layers"][1]["name"] = {"en": "Dermis", "en_outdated": "ja", "ja": "真皮（改）", "ja_source": "clinic"}
    raw = json.dumps(data, ensure_ascii=False)
    document = parse_catalogue(raw.encode(), "clinic.json")
    assert document.layers[0].name["ja_outdated"] == "en"
    written = json.loads(dump_catalogue(document))
    assert written["layers"][0]["name"] == data["layers"][0]["name"]
    assert written["layers"][1]["name"] == data["layers"][1]["name"]
    path = tmp_path / "clinic.json"
    write_text_atomically(path, raw)
    fresh = open_database(tmp_path / "fresh.sqlite3", seed=path)
    with fresh.reading() as session:
        stored = read_catalogue_document(session)
    fresh.close()
    assert stored.layers[0].name == data["layers"][0]["name"]  # the database keeps the mark as it is
    assert stored.layers[1].name["en_outdated"] == "ja"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ({"en": "Epidermis", "ja_outdated": "en"}, "'ja_outdated' marks a text as out of date, but there is no 'ja'"),
        ({"en": "Epidermis", "ja": "表皮", "ja_outdated": "ja"}, "'ja_outdated' must name the other language"),
        ({"en": "Epidermis", "ja": "表皮", "ja_outdated": "fr"}, "'ja_outdated' must name the other language"),
        ({"en": "Epidermis", "ja": "表皮", "ja_note": "x"}, "'ja_note' is not a language code such as 'en' or 'ja'"),
    ],
)
def test_a_wrong_out_of_date_mark_is_named(name: dict, problem: str) -> None:
    data = seed_data()
    data["layers"][0]["name"] = name
    error = error_for(data)
    assert error.place == "layers[0].name"
    assert problem in error.problem


def test_broken_json_names_line_and_column() -> None:
    error = error_for(b'{\n  "format": "dermacounsel-catalogue",\n  "version": 1,,\n}')
    assert error.place == "line 3, column 16"
    assert str(error).startswith("clinic.json: line 3, column 16: ")


def test_not_utf8_is_named() -> None:
    error = error_for('{"format": "dermacounsel-catalogue", "x": "caf\u00e9"}'.encode("latin-1"))
    assert "not UTF-8" in str(error)


def test_too_large_is_refused_before_parsing() -> None:
    error = error_for(b" " * (MAX_FILE_BYTES + 1))
    assert "too large to be a catalogue" in str(error)


@pytest.mark.parametrize(
    ("change", "place", "words"),
    [
        (lambda d: d.update(version=7), "version", "format version 7 is not supported"),
        (lambda d: d.update(format="something-else"), "format", "not a DermaCounsel catalogue"),
        (
            lambda d: d["growth_factors"][1]["ratings"].update({"hair-growth": 5}),
            "growth_factors[1].ratings.hair-growth",
            "less than or equal to 3",
        ),
        (
            lambda d: d["products"][3]["components"][1].update(kind="potion"),
            "products[3].components[1].kind",
            "Input should be",
        ),
        (
            lambda d: d["products"][0]["components"][0]["items"][1].update(growth_factor="XGF"),
            "products[0].components[0].items[1].growth_factor",
            "unknown reference 'XGF'",
        ),
        (
            lambda d: d["products"].append(dict(d["products"][0], name="benev")),
            "products[5].name",
            "duplicate product name",
        ),
        (lambda d: d["layers"].append(dict(d["layers"][0])), "layers[15].key", "duplicate key 'epidermis'"),
        (
            lambda d: d["growth_factors"][0]["ratings"].pop("angiogenesis"),
            "growth_factors[0].ratings",
            "no rating for angiogenesis",
        ),
        (
            lambda d: d["procedures"][0].update(source="rumour"),
            "procedures[0].source",
            "unknown reference 'rumour'",
        ),
        (lambda d: d["effects"][0].update(name={"ja": "細胞"}), "effects[0].name", 'non-empty "en"'),
        (lambda d: d["products"][2].update(colour="red"), "products[2].colour", "Extra inputs"),
    ],
    ids=[
        "version",
        "format",
        "rating",
        "kind",
        "reference",
        "duplicate-name",
        "duplicate-key",
        "missing-rating",
        "source",
        "english",
        "unknown-field",
    ],
)
def test_bad_values_are_named_by_their_path(change, place: str, words: str) -> None:
    data = seed_data()
    change(data)
    error = error_for(data)
    assert error.file == "clinic.json"
    assert error.place == place, str(error)
    assert words in error.problem


def test_a_missing_file_is_a_catalogue_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogueFileError, match="cannot be read"):
        read_catalogue(tmp_path / "absent.json")


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError):
        write_text_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_an_exported_file_gets_the_mode_of_a_plain_new_file(tmp_path) -> None:
    """mkstemp's 0600 left exports unreadable to the colleague they were meant for."""
    import os
    import stat

    from dermacounsel.storage.catalogue_file import write_text_atomically

    umask = os.umask(0o022)
    try:
        target = tmp_path / "export.json"
        write_text_atomically(target, "{}\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o640)
        write_text_atomically(target, "{}\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o640, "a replaced file keeps its mode"
    finally:
        os.umask(umask)


def test_the_common_file_problems_read_in_japanese(tmp_path: Path) -> None:
    """Issue 14: the import dialog and `import --lang ja` show a bad file's common problems in Japanese,
    naming the same file and place; the English text is unchanged."""
    broken = error_for(b'{\n  "format": "dermacounsel-catalogue",\n  "version": 1,,\n}')
    assert broken.phrase("ja").startswith("clinic.json: 3行16列目：JSONとして読めません（")
    assert broken.phrase() == str(broken)

    data = seed_data()
    del data["layers"][0]["name"]
    missing = error_for(data)
    assert str(missing) == "clinic.json: layers[0].name: Field required"
    assert missing.phrase("ja") == "clinic.json: layers[0].name：必須の項目がありません"

    data = seed_data()
    data["growth_factors"][0]["layers"][0]["layer"] = "skin"
    unknown = error_for(data)
    assert "unknown reference 'skin'; known layers (" in str(unknown)
    assert "参照先'skin'がありません。あるのは層（epidermis, " in unknown.phrase("ja")

    data = seed_data()
    data["products"].append(dict(data["products"][0]))
    duplicate = error_for(data)
    assert duplicate.phrase("ja").endswith("製品名'Benev'が重複しています")

    absent = tmp_path / "absent.json"
    with pytest.raises(CatalogueFileError) as raised:
        read_catalogue(absent)
    assert raised.value.phrase("ja") == f"{absent}: 読み込めません（そのファイルまたはフォルダーはありません）"
    assert str(raised.value) == f"{absent}: cannot be read (No such file or directory)"  # the system's words


@pytest.mark.parametrize(
    ("change", "english", "japanese"),
    [
        (
            lambda data: data["products"][0].update(notes="Serum \u202egnp.exe"),
            "products[0].notes: holds the bidirectional control U+202E, which can disguise how the text reads",
            "products[0].notes：双方向テキストの制御文字U+202Eを含んでいます。文字の並びを偽装できるため使えません",
        ),
        (
            lambda data: data["products"][0].update({"bell\x07": 1}),
            "products[0]: a key holds the control character U+0007; only tabs and line breaks are allowed",
            "products[0]：キーが制御文字U+0007を含んでいます。使えるのはタブと改行だけです",
        ),
        (
            lambda data: data["layers"].__setitem__(1, {**data["layers"][1], "parent": "fibroblasts"}),
            "layers[1].parent: unknown layer 'fibroblasts'; a structure lies in one of the layers (",
            "layers[1].parent：層'fibroblasts'がありません。構造はいずれかの層（",
        ),
        (
            lambda data: data["scale"].pop(),
            "scale: must describe each level from 0 to 3 once",
            "scale：0から3までの各段階を1回ずつ説明しなければなりません",
        ),
    ],
)
def test_the_rarer_file_problems_read_in_japanese(change, english: str, japanese: str) -> None:
    """Issue 14: refused characters, a structure's layer and the scale are said in Japanese too, naming the
    same place; the English text is as it was."""
    data = seed_data()
    change(data)
    error = error_for(data)
    assert str(error).startswith(f"clinic.json: {english}"), str(error)
    assert error.phrase("ja").startswith(f"clinic.json: {japanese}"), error.phrase("ja")


def _procedure(data: dict, **fields: object) -> None:
    data["procedures"][0].update(fields)


def _first_rating(data: dict, level: int) -> None:
    ratings = data["growth_factors"][0]["ratings"]
    effect, rating = next(iter(ratings.items()))
    if isinstance(rating, dict):
        rating["level"] = level
    else:
        ratings[effect] = level


@pytest.mark.parametrize(
    ("change", "english", "japanese"),
    [
        (
            lambda data: _procedure(data, uptake="sometimes"),
            "procedures[0].uptake: Input should be 'passive' or 'active'",
            "procedures[0].uptake：'passive'、'active'のいずれかでなければなりません",
        ),
        (
            lambda data: _procedure(data, systemic="yes"),
            "procedures[0].systemic: Input should be a valid boolean",
            "procedures[0].systemic：true か false でなければなりません",
        ),
        (
            lambda data: _procedure(data, key=" dermapen"),
            "procedures[0].key: String should match pattern",
            "procedures[0].key：形式が正しくありません（空でなく、前後に空白のない文字列にしてください）",
        ),
        (
            lambda data: _procedure(data, key="k" * 81),
            "procedures[0].key: String should have at most 80 characters",
            "procedures[0].key：80文字以下でなければなりません",
        ),
        (
            lambda data: _procedure(data, reach=[], systemic=False),
            "procedures[0]: reaches no layer and is not systemic",
            "procedures[0]：どの層にも届かず、全身（systemic）でもありません",
        ),
        (
            lambda data: _procedure(data, name={"en": "Derma\npen"}),
            "procedures[0].name: the 'en' name holds a line break or tab; a name is one line",
            "procedures[0].name：'en'の名前に改行かタブがあります。名前は1行にしてください",
        ),
        (
            lambda data: _procedure(data, name={"en": "Dermapen", "ja": "ダーマペン", "ja_source": "internet"}),
            "procedures[0].name: 'ja_source' must be one of 'article', 'translation', 'clinic', not 'internet'",
            "procedures[0].name：'ja_source'は'article'、'translation'、'clinic'のいずれかでなければなりません"
            "（'internet'ではありません）",
        ),
        (
            lambda data: _procedure(data, name={"en": "Dermapen", "ja": " "}),
            "procedures[0].name: the 'ja' text is empty",
            "procedures[0].name：'ja'のテキストが空です",
        ),
        (
            lambda data: data["procedures"].__setitem__(0, 3),
            "procedures[0]: Input should be a valid dictionary or instance of ProcedureEntry",
            "procedures[0]：項目のオブジェクト（{…}）でなければなりません",
        ),
        (
            lambda data: _first_rating(data, 7),
            "growth_factors[0].ratings.",
            "growth_factors[0].ratings.",
        ),
    ],
)
def test_the_validators_and_pydantics_other_problems_read_in_japanese(change, english: str, japanese: str) -> None:
    """Issue 14: what the catalogue's own checks say (a name of one line, a translation's origin, a
    procedure that reaches nothing) and pydantic's other common problems (a choice, a yes/no, a key's form
    and length, a level off the scale) are said in Japanese too; the English is pydantic's and as it was."""
    data = seed_data()
    change(data)
    error = error_for(data)
    assert str(error).startswith(f"clinic.json: {english}"), str(error)
    assert error.phrase("ja").startswith(f"clinic.json: {japanese}"), error.phrase("ja")
    problem = error.phrase("ja").split("：", 1)[1]
    assert not {"should", "must", "is", "has", "no"} & set(problem.replace("'", " ").split()), problem  # not English
    if english == "growth_factors[0].ratings.":
        assert str(error).endswith(": Input should be less than or equal to 3")
        assert error.phrase("ja").endswith("：3以下でなければなりません")


@pytest.mark.parametrize(
    ("raw", "english", "japanese"),
    [
        (
            b'{"format": "dermacounsel-catalogue", "version": 1, "version": 1}',
            "line 1, column 52: the key 'version' appears twice in one object",
            "1行52列目：1つのオブジェクトにキー'version'が2回出てきます",
        ),
        (
            b'{"format": "dermacounsel-catalogue", "version": 1, "x": NaN}',
            "line 1, column 57: NaN is not a number a catalogue can hold",
            "1行57列目：NaNはカタログに入れられる数値ではありません",
        ),
        (
            b'{"format": "dermacounsel-catalogue", "version": 1, "x": ' + b"1" * 30 + b"}",
            "line 1, column 57: an integer of 30 digits is too long",
            "1行57列目：30桁の整数は長すぎます",
        ),
        (
            b'{"format": "dermacounsel-catalogue", "version": 1, "x": {"y": ' + b"[" * 35 + b"]" * 35 + b"}}",
            "x.y" + "[0]" * 30 + ": is nested more than 32 levels deep",
            "x.y" + "[0]" * 30 + "：入れ子が32段より深くなっています",
        ),
    ],
)
def test_a_file_json_refuses_reads_in_japanese(raw: bytes, english: str, japanese: str) -> None:
    error = error_for(raw)
    assert str(error) == f"clinic.json: {english}"
    assert error.phrase("ja") == f"clinic.json: {japanese}"
