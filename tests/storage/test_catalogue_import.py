"""Importing catalogue files: merging by name, replacing, dry runs, and bad files refused whole with the
database unchanged; hypothesis throws mutated and truncated files at the importer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dermacounsel import paths
from dermacounsel.cli import main
from dermacounsel.domain.progress import Progress
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.catalogue_file import CatalogueFileError, dump_catalogue, parse_catalogue
from dermacounsel.storage.catalogue_import import import_catalogue
from dermacounsel.storage.database import CatalogueDatabase, open_database

SEED = paths.seed_catalogue_path().read_bytes()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seed_data() -> dict:
    return json.loads(SEED)


def write(tmp_path: Path, data: dict, name: str = "clinic.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def clinic_file(tmp_path: Path) -> Path:
    """The article's catalogue plus one new product and one changed one, as a clinic might export."""
    data = seed_data()
    data["products"].append(
        {
            "name": "Clinic Serum",
            "components": [{"kind": "functional", "name": "Hyaluronic acid", "ingredient": "hyaluronic-acid"}],
            "source": "article",
        }
    )
    data["products"][0]["notes"] = "Stocked in the fridge"
    return write(tmp_path, data)


def test_merge_adds_changes_and_leaves_alone(database: CatalogueDatabase, tmp_path: Path) -> None:
    report = import_catalogue(database, clinic_file(tmp_path))
    assert report.written
    assert [str(entry) for entry in report.added] == ["product Clinic Serum"]
    # a changed entry says what changed in it: the clinic's note, not "product Benev" alone
    assert [str(entry) for entry in report.changed] == ["product Benev (notes)"]
    assert "product REJURAN" in map(str, report.unchanged) and not report.removed
    with database.reading() as session:
        doc = read_catalogue_document(session)
    assert [p.name["en"] for p in doc.products][-1] == "Clinic Serum"
    assert doc.products[0].notes == {"en": "Stocked in the fridge"}


def test_dry_run_reports_the_same_and_writes_nothing(
    database: CatalogueDatabase, database_path: Path, tmp_path: Path
) -> None:
    before = digest(database_path)
    report = import_catalogue(database, clinic_file(tmp_path), dry_run=True)
    assert [str(entry) for entry in report.added] == ["product Clinic Serum"] and not report.written
    assert digest(database_path) == before


def test_replace_removes_what_the_file_lacks(database: CatalogueDatabase, tmp_path: Path) -> None:
    data = seed_data()
    data["products"] = [p for p in data["products"] if p["name"]["en"] != "AmnioGenics"]
    report = import_catalogue(database, write(tmp_path, data), replace=True)
    assert [str(entry) for entry in report.removed] == ["product AmnioGenics"]
    with database.reading() as session:
        assert "AmnioGenics" not in [p.name["en"] for p in read_catalogue_document(session).products]


def test_a_changed_entry_names_the_fields_that_changed_and_counts_the_rest_past_four(
    database: CatalogueDatabase, tmp_path: Path
) -> None:
    data = seed_data()
    benev = data["products"][0]
    benev["notes"] = "Stocked in the fridge"
    benev["components"] = benev["components"][:-1]
    benev["cautions"] = [{"text": {"en": "Not during pregnancy"}, "source": "article"}]
    data["products"][1]["notes"] = "Kept at the front desk"  # Babyskin: one field only
    path = write(tmp_path, data)
    merged = import_catalogue(database, path, dry_run=True)
    assert [str(entry) for entry in merged.changed] == [
        "product Benev (components, cautions, notes)",
        "product Babyskin (notes)",
    ]
    assert merged.lines(1, "ja")[1] == "変更：製品「ベネブ」（成分・注意事項・メモ）ほか1件"
    data["products"][0]["maker"] = None
    data["products"][0]["name"] = {"en": "Benev Exosome", "ja": "ベネブ エクソソーム"}
    replaced = import_catalogue(database, write(tmp_path, data), replace=True, dry_run=True)
    # five fields: four named, the fifth counted, so that one entry stays one short phrase
    assert str(replaced.changed[0]) == "product Benev Exosome (name, maker, components, cautions and 1 more)"
    assert replaced.changed[0].phrase("ja") == "製品「ベネブ エクソソーム」（名前・メーカー・成分・注意事項ほか1項目）"


def test_a_merge_that_would_break_a_reference_is_refused(
    database: CatalogueDatabase, database_path: Path, tmp_path: Path
) -> None:
    # consistent on its own (no products), but dropping hyaluronic acid breaks the catalogue's products
    data = seed_data()
    data["products"] = []
    data["ingredient_categories"][0]["ingredients"] = data["ingredient_categories"][0]["ingredients"][1:]
    before = digest(database_path)
    with pytest.raises(CatalogueFileError, match="merged into the catalogue.*unknown reference 'hyaluronic-acid'"):
        import_catalogue(database, write(tmp_path, data))
    assert digest(database_path) == before


def test_export_then_import_into_a_fresh_database_gives_an_identical_export(
    database: CatalogueDatabase, tmp_path: Path
) -> None:
    import_catalogue(database, clinic_file(tmp_path))
    with database.reading() as session:
        exported = dump_catalogue(read_catalogue_document(session))
    (tmp_path / "out.json").write_text(exported, encoding="utf-8")
    fresh = open_database(tmp_path / "fresh.sqlite3")
    import_catalogue(fresh, tmp_path / "out.json", replace=True)
    with fresh.reading() as session:
        assert dump_catalogue(read_catalogue_document(session)) == exported
    fresh.close()


def test_cli_import_with_a_broken_file_changes_nothing(database_path: Path, tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.json"
    text = SEED.decode("utf-8")
    broken.write_bytes(text[: len(text) // 2].encode("utf-8"))  # cut between characters: broken JSON
    before = digest(database_path)
    assert main(["--db", str(database_path), "import", str(broken)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"dermacounsel: error: {broken}: line ") and "Traceback" not in error
    assert digest(database_path) == before


def test_cli_import_dry_run_and_merge(database_path: Path, tmp_path: Path, capsys) -> None:
    path = clinic_file(tmp_path)
    assert main(["--db", str(database_path), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Would import {path}: 1 added, 1 changed") and "Added: product Clinic Serum" in out
    assert main(["--db", str(database_path), "import", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"Imported {path}: 1 added, 1 changed")


# --- property-based: whatever the file, the importer refuses it cleanly or imports it whole ---------------


def mutate(data: object, path: list[int], replacement: object) -> object:
    """Replace one value somewhere in the JSON tree, chosen by `path` (indices into the tree's walk)."""
    nodes: list[tuple[object, object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                nodes.append((node, key))
                walk(value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                nodes.append((node, index))
                walk(value)

    walk(data)
    if nodes:
        parent, key = nodes[path[0] % len(nodes)]
        parent[key] = replacement  # type: ignore[index]
    return data


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 99) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.lists(st.integers(0, 10_000), min_size=1, max_size=1), value=JSON_VALUES)
def test_mutated_files_are_refused_cleanly_or_imported_whole(
    database: CatalogueDatabase, database_path: Path, tmp_path: Path, where: list[int], value: object
) -> None:
    data = mutate(seed_data(), where, value)
    raw = json.dumps(data, ensure_ascii=False).encode()
    before = digest(database_path)
    try:
        parse_catalogue(raw, "mutated.json")
    except CatalogueFileError as error:
        assert str(error).startswith("mutated.json: ")
        assert "\n" not in str(error)
        (tmp_path / "mutated.json").write_bytes(raw)
        with pytest.raises(CatalogueFileError):
            import_catalogue(database, tmp_path / "mutated.json", replace=True)
        assert digest(database_path) == before
    else:
        (tmp_path / "mutated.json").write_bytes(raw)
        import_catalogue(database, tmp_path / "mutated.json", replace=True)
        with database.reading() as session:
            assert read_catalogue_document(session) == parse_catalogue(raw, "again.json")


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(0, len(SEED) - 2))
def test_truncated_files_are_refused_with_a_place(cut: int) -> None:
    with pytest.raises(CatalogueFileError) as error:
        parse_catalogue(SEED[:cut], "cut.json")
    message = str(error.value)
    assert message.startswith("cut.json: ") and "\n" not in message


def test_an_odd_key_in_a_text_is_named_on_one_line() -> None:
    # found by the mutation test above: a language key that is a line break
    data = seed_data()
    data["layers"][0]["name"] = {"\n": None}
    with pytest.raises(CatalogueFileError) as raised:
        parse_catalogue(json.dumps(data).encode(), "odd.json")
    assert str(raised.value).startswith('odd.json: layers[0].name."\\n": ')
    assert "\n" not in str(raised.value)


def test_import_and_export_report_their_progress_from_start_to_finish(database: CatalogueDatabase, tmp_path) -> None:
    """What the app's progress bar shows: shares that only grow, from 0 to 1, saying what is happening,
    with the products counted as they are read and written."""

    data = seed_data()
    template = data["products"][0]
    for index in range(1_200):
        data["products"].append(
            {**template, "key": f"generated-serum-{index:04d}", "name": f"Generated serum {index:04d}"}
        )
    reports: list[tuple[float, str]] = []
    report = import_catalogue(
        database,
        write(tmp_path, data),
        replace=True,
        before_write=lambda: None,
        progress=Progress(lambda done, doing: reports.append((done, doing))),
    )
    assert report.written and len(report.added) == 1_200
    shares = [done for done, _ in reports]
    assert shares[0] == 0.0 and shares[-1] == 1.0 and shares == sorted(shares)
    said = [doing for _, doing in reports]
    assert "Checking what refers to what…" in said and "Backing up the catalogue first…" in said
    assert "Preparing the products: 1,000 of 1,205…" in said
    assert any(doing.startswith("Writing the products: ") and "records" in doing for doing in said)

    reports.clear()
    with database.reading() as session:
        document = read_catalogue_document(session, Progress(lambda done, doing: reports.append((done, doing))))
    assert len(document.products) == 1_205
    assert [doing for _, doing in reports][:2] == ["Reading the catalogue…", "Reading the products…"]
    assert ("Reading the products: 1,000 of 1,205…") in [doing for _, doing in reports]
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_a_long_report_names_the_first_entries_and_counts_the_rest() -> None:
    from dermacounsel.storage.catalogue_import import ImportedEntry, ImportReport

    serums = [ImportedEntry("products", f"serum-{i}", (("en", f"Serum {i}"),)) for i in range(2_500)]
    report = ImportReport(
        added=serums, removed=[ImportedEntry("products", "benev", (("en", "Benev"), ("ja", "ベネブ")))]
    )
    assert report.lines(2) == [
        "2,500 added, 0 changed, 0 left alone, 1 removed (nothing written)",
        "Added: product Serum 0, product Serum 1 and 2,498 more",
        "Removed: product Benev",
    ]
    assert len(report.lines()[1].split(", ")) == 2_500  # the command line still lists every one
    assert report.lines(2, "ja") == [
        "追加2,500件、変更0件、変更なし0件、削除1件（何も書き込んでいません）",
        "追加：製品「Serum 0」、製品「Serum 1」ほか2,498件",
        "削除：製品「ベネブ」",
    ]


def test_a_japanese_import_reports_its_steps_and_entries_in_japanese(
    database: CatalogueDatabase, tmp_path: Path
) -> None:
    """Issue 14: the import dialog shows what storage says while it works, and its report, in the app's language."""
    reports: list[str] = []
    report = import_catalogue(
        database,
        clinic_file(tmp_path),
        before_write=lambda: None,
        progress=Progress(lambda _done, doing: reports.append(doing), language="ja"),
    )
    assert "ファイルを読み込んでいます…" in reports and "先にカタログをバックアップしています…" in reports
    assert "以前のカタログを消去しています…" in reports and reports[-1] == "読み込みが終わりました。"
    assert not [doing for doing in reports if any("a" <= ch <= "z" for ch in doing)], reports  # no English left
    assert report.lines(language="ja") == [
        f"追加1件、変更1件、変更なし{len(report.unchanged):,}件",
        "追加：製品「Clinic Serum」",
        "変更：製品「ベネブ」（メモ）",
    ]
