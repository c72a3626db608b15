"""Opening the database: creation and seeding, migrations after a backup, refusals with clear reasons."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import string
from datetime import datetime
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from dermacounsel import paths
from dermacounsel.domain import phrasing
from dermacounsel.domain.phrasing import in_language
from dermacounsel.storage import models as m
from dermacounsel.storage.database import (
    SCHEMA_HEAD,
    DatabaseError,
    _migrate,
    backups_dir,
    make_engine,
    open_database,
)
from tests.test_no_english_below_the_interface import english_sentence


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_head_is_the_migrations_head() -> None:
    scripts = ScriptDirectory(str(paths.migrations_dir()))
    assert scripts.get_heads() == [SCHEMA_HEAD]


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """Alembic finds nothing to autogenerate: the ORM models and the migrations describe one schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(tmp_path / "schema.sqlite3")
    _migrate(engine, "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, m.Base.metadata) == []
    engine.dispose()


def test_a_new_database_is_created_in_a_new_folder_and_seeded(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "catalogue.sqlite3"
    database = open_database(path)
    assert database.created and path.is_file()
    with database.reading() as session:
        names = session.scalars(select(m.Product.key).order_by(m.Product.position)).all()
    assert names == ["benev", "babyskin", "amniogenics", "premium-cell", "rejuran"]
    database.close()
    assert not list(path.parent.glob(".*creating"))


def test_reopening_a_current_database_changes_nothing(database_path: Path) -> None:
    before = digest(database_path)
    database = open_database(database_path)
    assert not database.created and database.backup is None
    database.close()
    assert digest(database_path) == before


def test_foreign_keys_are_enforced_on_every_connection(database: object) -> None:
    from dermacounsel.storage.database import CatalogueDatabase

    assert isinstance(database, CatalogueDatabase)
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with pytest.raises(Exception, match="FOREIGN KEY"), database.transaction() as session:
        session.execute(text("INSERT INTO caution (product_id, position, text, source_id) VALUES (999, 0, '{}', 1)"))


def test_a_failed_transaction_leaves_the_database_unchanged(database: object, database_path: Path) -> None:
    from dermacounsel.storage.database import CatalogueDatabase

    assert isinstance(database, CatalogueDatabase)
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.execute(text("DELETE FROM caution"))
        raise RuntimeError("stop half-way")
    with database.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM caution")) == 1


def test_a_database_from_a_newer_version_is_refused_and_left_alone(database_path: Path) -> None:
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = digest(database_path)
    with pytest.raises(DatabaseError, match="newer version of DermaCounsel") as error:
        open_database(database_path)
    assert str(database_path) in str(error.value)
    assert "\n" not in str(error.value)
    assert digest(database_path) == before
    assert not backups_dir(database_path).exists()


def test_an_older_database_is_backed_up_then_migrated(tmp_path: Path) -> None:
    """A database at the schema's base (before the first migration) is backed up, upgraded and filled."""
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    connection.close()
    database = open_database(path)
    assert database.backup is not None and database.backup.parent == backups_dir(path)
    with sqlite3.connect(database.backup) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert backup.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 0
    backup.close()
    with database.reading() as session:
        assert session.scalar(text("SELECT version_num FROM alembic_version")) == SCHEMA_HEAD
        assert session.scalar(select(m.Product.id).limit(1)) is not None
    database.close()


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda p: p.mkdir(), "is a folder"),
        (
            lambda p: p.write_bytes(b"these are not the bytes of a database" * 40),
            "is not a DermaCounsel database",
        ),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE notes (x)").connection.commit(),
            "not a DermaCounsel catalogue",
        ),
    ],
    ids=["folder", "not-sqlite", "foreign-sqlite"],
)
def test_unusable_files_give_one_line_reasons_naming_the_file(tmp_path: Path, prepare, message: str) -> None:
    path = tmp_path / "target.sqlite3"
    prepare(path)
    with pytest.raises(DatabaseError, match=message) as error:
        open_database(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="cannot create"):
        open_database(blocker / "sub" / "catalogue.sqlite3")


def test_a_broken_seed_leaves_no_half_made_database(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text('{"format": "dermacounsel-catalogue", "version": 1, "sources": []}', encoding="utf-8")
    path = tmp_path / "new.sqlite3"
    with pytest.raises(DatabaseError, match="bundled catalogue is unusable"):
        open_database(path, seed=seed)
    assert list(tmp_path.iterdir()) == [seed]


def test_a_0001_catalogue_gains_what_addresses_its_concerns(tmp_path: Path) -> None:
    """Schemas 0002 and 0003 on a catalogue written by the first version: products get stable keys and
    rows their versions (0002), and its concerns are filled from the bundled one, with the sources and
    statements they cite, so counselling has something to go on after the upgrade (0003)."""
    import sqlite3

    from dermacounsel.storage import queries as reference

    path = tmp_path / "old.sqlite3"
    open_database(path).close()
    _downgrade(path, "0004")
    with sqlite3.connect(path) as connection:  # make it look like a 0001 database with the clinic's data
        for column in ("bases", "procedures_treat", "procedure_note"):
            connection.execute(f"ALTER TABLE concern DROP COLUMN {column}")
        for table in ("product", "rating", "exosome_origin", "procedure", "layer", "ingredient_category", "ingredient"):
            connection.execute(f"ALTER TABLE {table} DROP COLUMN version")
        connection.execute("UPDATE product SET key = json_extract(name, '$.en')")  # 0001 keyed them by name
        connection.execute("DELETE FROM statement WHERE key LIKE 'term-%' OR key IN ('expectation', 'acid-timing')")
        connection.execute("DELETE FROM source WHERE key IN ('glossary', 'clinic-notes')")  # cited by those alone
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    database = open_database(path)
    try:
        with database.reading() as session:
            concerns = {c.key: c for c in reference.concerns(session)}
            assert concerns["redness"].bases and not concerns["redness"].procedures_treat
            assert reference.statement(session, "expectation").startswith("What to expect")
            assert reference.glossary(session)
            result = reference.recommendations(session, ["fine-lines"])
        assert [row.name for row in result.products][:3] == ["Benev", "Premium Cell", "REJURAN"]
        with database.reading() as session:
            keys = [key for key, _names in reference.product_identities(session)]
        assert keys == ["benev", "babyskin", "amniogenics", "premium-cell", "rejuran"]
    finally:
        database.close()


def _downgrade(path: Path, target: str) -> None:
    """Take a catalogue file back to schema `target` with the migrations' own downgrades."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(paths.migrations_dir()))
            config.attributes["connection"] = connection
            command.downgrade(config, target)
    finally:
        engine.dispose()


def test_a_0004_catalogue_gains_the_rules_as_data(tmp_path: Path) -> None:
    """Schema 0005 on a catalogue of schema 0004: the effects gain where they take place, the acids and
    retinol the clinic's timing note, the Vital Injector's description its own source, concerns a version;
    what the explorer and counselling show is unchanged by the upgrade."""
    from dermacounsel.domain.explorer import describe_region
    from dermacounsel.storage import queries as reference

    path = tmp_path / "old.sqlite3"
    open_database(path).close()
    _downgrade(path, "0004")
    with sqlite3.connect(path) as connection:
        assert "regions" not in {row[1] for row in connection.execute("PRAGMA table_info(effect)")}
        connection.execute("DELETE FROM statement WHERE key = 'effect-regions'")
        connection.execute("DELETE FROM source WHERE key IN ('effect-regions', 'device-notes')")
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    database = open_database(path)
    try:
        with database.reading() as session:
            catalogue = reference.explorer_catalogue(session)
            assert catalogue.effect_regions["collagen-production"] >= {"dermis", "fibroblasts"}
            assert "epidermis" not in catalogue.effect_regions["collagen-production"]
            assert reference.needling_timed(session) == {"aha", "bha", "pha", "azelaic-acid", "retinol"}
            vital = next(c for c in reference.procedure_cards(session) if c.key == "vital-injector")
            assert vital.description_source is not None and vital.description_source.key == "device-notes"
            shown = {r.effect_key for f in describe_region(catalogue, "epidermis").growth_factors for r in f.ratings}
            assert "collagen-production" not in shown
            assert "not the article's" in catalogue.effect_regions_note
            assert {c.key for c in reference.concerns(session)}
    finally:
        database.close()


def _other_apps_view(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE VIEW answers AS SELECT 42 AS answer")
    connection.commit()
    connection.close()


def _empty_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 1")  # a header page, and no tables at all
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda p: p.write_bytes(b""), r"is empty \(0 bytes\)"),
        (lambda p: os.mkfifo(p), r"is a pipe \(FIFO\), not a database file"),
        (lambda p: p.symlink_to(p), "is a symbolic link that leads nowhere"),
        (lambda p: p.symlink_to(p.with_name("nowhere")), "is a symbolic link that leads nowhere"),
        (_other_apps_view, "is an SQLite database, but not a DermaCounsel catalogue"),
        (_empty_sqlite, "is an empty SQLite database"),
    ],
    ids=["0-byte", "fifo", "symlink-loop", "dangling-symlink", "other-apps-view", "empty-sqlite"],
)
def test_what_is_not_a_catalogue_is_left_untouched(tmp_path: Path, prepare, message: str) -> None:
    path = tmp_path / "catalogue.sqlite3"
    prepare(path)
    before = sorted((p.name, p.lstat().st_mode, p.lstat().st_size) for p in tmp_path.iterdir())
    with pytest.raises(DatabaseError, match=message) as error:
        open_database(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value) and "left as it is" in str(error.value)
    assert sorted((p.name, p.lstat().st_mode, p.lstat().st_size) for p in tmp_path.iterdir()) == before


def test_an_empty_file_names_the_backup_that_puts_it_back(database_path: Path) -> None:
    from dermacounsel.storage.backups import make_backup

    backup = make_backup(database_path, "manual")
    database_path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="newest verified backup") as error:
        open_database(database_path)
    assert str(backup.path) in str(error.value) and "restore" in str(error.value)


def _strip_japanese(value: object) -> object:
    if isinstance(value, dict):
        return {k: _strip_japanese(v) for k, v in value.items() if k not in ("ja", "ja_source")}
    if isinstance(value, list):
        return [_strip_japanese(v) for v in value]
    return value


def test_a_0005_catalogue_gains_the_bundled_japanese_where_its_english_is_the_bundled_one(tmp_path: Path) -> None:
    """Schema 0006 on a catalogue written before the catalogue had Japanese: every text whose English is
    still the bundled one gains its Japanese and where it came from; a text the clinic reworded gains
    none, and Japanese the clinic wrote itself is kept (marked a translation, never the article's)."""
    import json

    from dermacounsel.storage import queries as reference

    path = tmp_path / "old.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:  # make it look like a 0005 database without Japanese
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for rowid, *values in connection.execute(f"SELECT rowid, {', '.join(columns)} FROM {table}").fetchall():
                for column, value in zip(columns, values, strict=True):
                    if isinstance(value, str) and value[:1] in "{[" and '"ja' in value:
                        stripped = json.dumps(_strip_japanese(json.loads(value)), ensure_ascii=False)
                        connection.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (stripped, rowid))
        connection.execute(
            "UPDATE layer SET description = json_object('en', 'The clinic''s own words.') WHERE key = 'epidermis'"
        )
        connection.execute(
            "UPDATE layer SET description = json_set(description, '$.ja', ?) WHERE key = 'dermis'",
            ("真皮はクリニックの言葉で",),
        )
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
        assert "ja" not in connection.execute("SELECT name FROM product WHERE key = 'benev'").fetchone()[0]
    database = open_database(path)
    try:
        with database.reading() as session:
            layers = {layer.key: layer for layer in session.scalars(select(m.Layer))}
            products = {p.key: p for p in session.scalars(select(m.Product))}
            japanese = {layer.key: layer.description for layer in reference.layers(session, "ja")}
            concerns = reference.concerns(session, "ja")
        assert layers["epidermis"].description == {"en": "The clinic's own words."}  # reworded: no translation
        assert layers["dermis"].description["ja"] == "真皮はクリニックの言葉で"  # the clinic's own Japanese kept
        assert layers["dermis"].description["ja_source"] == "translation"
        assert layers["subcutaneous"].description["ja_source"] == "translation"
        assert japanese["subcutaneous"].startswith("真皮の下の層です")
        assert products["benev"].name == {"en": "Benev", "ja": "ベネブ", "ja_source": "article"}
        assert all(basis.says and not basis.says.isascii() for concern in concerns for basis in concern.bases)
    finally:
        database.close()


def test_a_0006_catalogue_drops_the_translation_note_from_prp_fgfs_statement(tmp_path: Path) -> None:
    """Schema 0007: PRP + FGF's statement, which counselling shows the patient, no longer ends "(the
    headers were lost in translation)" in either language; the reading stays in the growth factor's
    inference note. A statement the clinic reworded is left as it wrote it."""
    import json

    from dermacounsel.storage import queries as reference

    old_en = (
        "PRP + FGF is a treatment of its own, not an ingredient of any product: your own blood is drawn, centrifuged "
        "and injected back, combined with FGF. Its column in the article's table is inferred (the headers were lost "
        "in translation)."
    )
    old_ja = (
        "PRP + FGFは、製剤の成分ではなく、それ自体が一つの治療法です。ご自身の血液を採取して遠心分離し、"
        "FGFと組み合わせて体に戻します。記事の表でのこの列は推定です（列見出しが翻訳の際に失われたため）。"
    )
    paths = {name: tmp_path / f"{name}.sqlite3" for name in ("bundled", "reworded")}
    for name, path in paths.items():
        open_database(path).close()
        text = {"en": old_en, "ja": old_ja, "ja_source": "translation"}
        if name == "reworded":
            text = {"en": old_en, "ja": "クリニックの言葉で（列見出しが翻訳の際に失われたため）", "ja_source": "clinic"}
        with sqlite3.connect(path) as connection:
            connection.execute(
                "UPDATE statement SET text = ? WHERE key = 'prp-fgf-treatment'", (json.dumps(text, ensure_ascii=False),)
            )
            connection.execute("UPDATE alembic_version SET version_num = '0006'")
    said = {}
    for name, path in paths.items():
        database = open_database(path)
        try:
            with database.reading() as session:
                said[name] = {lang: reference.statement(session, "prp-fgf-treatment", lang) for lang in ("en", "ja")}
                factors = {g.key: g for g in session.scalars(select(m.GrowthFactor))}
        finally:
            database.close()
    assert said["bundled"]["en"].endswith("Its column in the article's table is inferred.")
    assert said["bundled"]["ja"].endswith("記事の表でのこの列は推定です。")
    assert "translation" not in said["bundled"]["en"] and "翻訳" not in said["bundled"]["ja"]
    assert said["reworded"]["ja"] == "クリニックの言葉で（列見出しが翻訳の際に失われたため）"  # the clinic's own words
    assert "lost in translation" in factors["PRP+FGF"].inference_note["en"]  # the reading is kept for the doctor


# --- issue 14: the same errors in Japanese ---------------------------------------------------------------

#: where a template block of domain/phrasing.py starts: storage's and the service's errors
ERRORS_BLOCK = "# storage and service errors (DatabaseError, EditError, UnknownEntry)"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _error_templates(language: str) -> dict[str, str]:
    """The templates of the errors block in `language`'s table, read from the source (the block runs from
    its comment to the next block's comment, or to the end of that language's table)."""
    from dermacounsel.domain.phrasing import TEMPLATES

    source = Path(phrasing.__file__).read_text(encoding="utf-8")
    starts = [match.end() for match in re.finditer(re.escape(ERRORS_BLOCK), source)]
    assert len(starts) == 2, "one errors block in the English table, one in the Japanese"
    block = source[starts[0 if language == "en" else 1] :]
    block = block[: block.index("\n    },")]
    block = block.split("\n        # ")[0]  # up to the next block's comment, if another follows it
    keys = re.findall(r'^        "(\w+)":', block, flags=re.MULTILINE)
    assert keys, language
    return {key: TEMPLATES[language][key] for key in keys}


def _fields(template: str) -> set[str]:
    return {re.split(r"[.\[]", name)[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_error_template_is_in_both_languages_with_the_same_fields() -> None:
    english, japanese = _error_templates("en"), _error_templates("ja")
    assert list(english) == list(japanese), "the two blocks hold the same keys, in the same order"
    when = datetime(2026, 12, 2, 14, 5)
    for key, template in english.items():
        assert _fields(template) == _fields(japanese[key]), key
        values = {
            name: when if name == "taken_at" else 1234 if name in ("count", "code", "index") else f"<{name}>"
            for name in _fields(template)
        }
        said = phrasing.Said(key, **values)
        assert str(said) == template.format(**values), key
        shown = said.in_language("ja")
        assert shown == japanese[key].format(**values), key
        words = re.sub(r"\{[^}]*\}", "", japanese[key])  # what the template itself says, fields aside
        assert JAPANESE.search(words) or not re.search(r"[A-Za-z]{2,}", words.replace("pip install", "")), key
        assert not english_sentence(words), (key, words)
        for name in ("path", "server", "text", "url"):  # the file or the server is named first, as in English
            if template.startswith("{" + name + "}"):
                assert shown.startswith(f"<{name}>："), (key, shown)
    assert (
        english["db_newest_backup"]
        .format(taken_at=when, path="p", backup="b")
        .startswith("The newest verified backup is from 02 December 2026, 14:05")
    )
    assert "2026年12月2日 14:05" in japanese["db_newest_backup"].format(taken_at=when, path="p", backup="b")


def test_a_folder_or_an_empty_file_is_refused_in_japanese_naming_it_first(tmp_path: Path) -> None:
    folder = tmp_path / "catalogue.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError) as error:
        open_database(folder)
    assert str(error.value) == f"{folder}: is a folder, not a database file"  # English as it was
    assert in_language(error.value.args[0], "ja") == f"{folder}：フォルダーです。データベースのファイルではありません"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseError) as error:
        open_database(empty)
    assert str(error.value).endswith("No verified backup was found beside it")
    assert in_language(error.value.args[0], "ja") == (
        f"{empty}：空（0バイト）で、カタログが入っていません。そのままにしてあります。"
        "そばに確認済みのバックアップは見つかりませんでした"
    )


def test_an_error_pickled_to_another_process_can_still_be_said_in_japanese(tmp_path: Path) -> None:
    import pickle

    folder = tmp_path / "catalogue.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError) as error:
        open_database(folder)
    again = pickle.loads(pickle.dumps(error.value))
    assert str(again) == str(error.value)
    assert in_language(again.args[0], "ja").startswith(f"{folder}：フォルダーです")
