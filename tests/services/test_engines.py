"""The catalogue service on both engines, an SQLite file and a real PostgreSQL server (issue 17): opening,
seeding, migrating after a backup, refusing a newer schema, reads, import and export, row-level edits by
two writers, checks, backups and restore, sync and the offline fallback."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dermacounsel.services.catalogue import Catalogue, DatabaseError, StaleEdit, check_file, sync
from dermacounsel.storage.engines import ServerLocation, parse_location
from dermacounsel.storage.sqlite_file import SCHEMA_HEAD


def _name(url: str) -> str:
    """The database a test URL names."""
    from sqlalchemy import make_url

    return str(make_url(url).database)


def _execute(location: str, statement: str) -> None:
    """Change the catalogue behind the app's back (as another program or a damaged row would)."""
    engine = create_engine(f"sqlite:///{location}" if "://" not in location else location)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


# --- telling a URL from a path -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text_", ["catalogue.sqlite3", "clinic?branch/catalogue.sqlite3", "100%/catalogue.sqlite3", "~/a:b/c", "C:\\x"]
)
def test_a_path_stays_a_path_even_with_question_marks_and_percent_signs(text_: str) -> None:
    assert parse_location(text_) == Path(text_).expanduser()


def test_a_url_is_a_server_and_its_password_is_never_shown() -> None:
    location = parse_location("postgresql+psycopg://desk:s3cret@db.example:5433/catalogue?sslmode=require")
    assert isinstance(location, ServerLocation)
    assert location.describe() == "database catalogue on db.example:5433"
    assert "s3cret" not in str(location) and "sslmode=require" in str(location)
    assert isinstance(parse_location("postgresql://db/catalogue"), ServerLocation)  # driver filled in


def test_an_unsupported_engine_is_one_clear_line() -> None:
    with pytest.raises(DatabaseError, match="works with SQLite files and postgresql"):
        parse_location("mysql://u:pw@db/catalogue")


def test_a_servers_errors_are_said_in_japanese_naming_the_server_first() -> None:
    """Issue 14: a server's description and its errors are Said: English as before, Japanese when said
    again there (the driver's own words kept as they are), the password never shown in either."""
    from dermacounsel.domain.phrasing import in_language
    from dermacounsel.storage.engines import server_error

    location = parse_location("postgresql+psycopg://desk:s3cret@db.example:5433/catalogue")
    assert isinstance(location, ServerLocation)
    assert in_language(location.describe(), "ja") == "db.example:5433のデータベース「catalogue」"
    error = server_error(location, ConnectionRefusedError("connection refused"))
    assert str(error) == "database catalogue on db.example:5433: cannot connect (connection refused)"
    assert (
        in_language(error.args[0], "ja")
        == "db.example:5433のデータベース「catalogue」：接続できません（connection refused）"
    )
    with pytest.raises(DatabaseError) as refused:
        parse_location("mysql://u:pw@db/catalogue")
    japanese = in_language(refused.value.args[0], "ja")
    assert (
        japanese
        == "mysql://u:***@db/catalogue：DermaCounselで使えるのは、SQLiteのファイルとpostgresql+psycopg://のサーバーです"
    )
    assert "pw@" not in japanese and "s3cret" not in in_language(location.describe(), "ja")


def test_a_folder_named_with_a_question_mark_holds_an_sqlite_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "branch?1" / "50%" / "catalogue.sqlite3"
    with Catalogue.open(str(path)) as catalogue:
        assert catalogue.server is None and catalogue.counts()["products"] == 5
    assert path.is_file()


# --- both engines ----------------------------------------------------------------------------------------


def test_open_seeds_once_and_reads_the_same_on_both_engines(location: str, database_path: Path) -> None:
    with Catalogue.open(location) as catalogue, Catalogue.open(database_path) as reference:
        assert not catalogue.created
        assert catalogue.counts() == reference.counts()
        assert catalogue.product_links() == reference.product_links()
        assert catalogue.product_details() == reference.product_details()
        assert catalogue.concerns() == reference.concerns()
        concern = reference.concerns()[0].key
        assert catalogue.recommendations([concern]) == reference.recommendations([concern])
        assert catalogue.growth_factor_cards() == reference.growth_factor_cards()
        assert catalogue.export_text() == reference.export_text()


def test_an_empty_server_database_is_given_the_schema_and_the_catalogue(pg_server) -> None:
    pg_server.sql("CREATE DATABASE fresh_one")
    with Catalogue.open(pg_server.url("fresh_one")) as catalogue:
        assert catalogue.created and catalogue.counts()["products"] == 5
    with Catalogue.open(pg_server.url("fresh_one")) as catalogue:
        assert not catalogue.created


def test_product_keys_are_unique_whatever_their_case_on_both_engines(location: str) -> None:
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        _execute(location, "UPDATE product SET key = 'REJURAN' WHERE key != 'rejuran' AND position = 1")


def test_a_catalogue_written_by_a_newer_dermacounsel_is_refused(location: str) -> None:
    _execute(location, "UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(DatabaseError, match="newer version of DermaCounsel \\(schema 0099\\)"):
        Catalogue.open(location)


def test_an_older_server_catalogue_is_migrated_after_a_checked_backup(pg_server) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.orm import Session

    from dermacounsel import paths
    from dermacounsel.storage.catalogue_db import insert_catalogue
    from dermacounsel.storage.catalogue_file import read_catalogue

    pg_server.sql("CREATE DATABASE older")
    url = pg_server.url("older")
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    with Session(engine) as session, session.begin():
        insert_catalogue(session, read_catalogue(paths.seed_catalogue_path()))
    with engine.connect() as connection:  # a catalogue as schema 0003 held it, by the migrations' downgrades
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        connection.commit()
    engine.dispose()
    with Catalogue.open(url) as catalogue:
        backup = catalogue.migration_backup
        assert backup is not None and backup.is_file()
        assert catalogue.check().ok
        catalogue.set_language("ja")
        assert catalogue.statement_citation("individual-variation").startswith("美容皮膚科スマートスキンクリニック")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        assert copy.execute("SELECT count(*) FROM product").fetchone() == (5,)
    copy.close()
    with Catalogue.open(url) as catalogue:
        assert catalogue.migration_backup is None
    assert SCHEMA_HEAD == "0007"


def test_import_and_export_round_trip_on_both_engines(location: str, tmp_path: Path) -> None:
    exported = tmp_path / "out.json"
    with Catalogue.open(location) as catalogue:
        catalogue.export(exported)
        document = json.loads(exported.read_text(encoding="utf-8"))
        document["products"][0]["notes"] = "A clinic's own note"
        changed = tmp_path / "changed.json"
        changed.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        report = catalogue.import_file(changed, replace=True)
        assert report.written and report.changed == [f"product {document['products'][0]['key']}"] or report.changed
        assert "A clinic's own note" in catalogue.export_text()
        assert catalogue.backups(), "an import is preceded by a backup"
        catalogue.import_file(exported, replace=True)
        assert catalogue.export_text() == exported.read_text(encoding="utf-8")
        # the editor adds rows after an import (ids allocated by the engine must not collide)
        entry = catalogue.editor.entry("product", "rejuran")
        catalogue.editor.save("product", "rejuran", {**entry.values, "notes": {"en": "After import"}}, entry.version)


def test_two_writers_never_silently_overwrite_each_other(location: str) -> None:
    with Catalogue.open(location) as desk_a, Catalogue.open(location) as desk_b:
        mine = desk_a.editor.entry("product", "rejuran")
        theirs = desk_b.editor.entry("product", "rejuran")
        desk_b.editor.save("product", "rejuran", {**theirs.values, "notes": {"en": "Theirs"}}, theirs.version)
        with pytest.raises(StaleEdit, match="REJURAN was changed elsewhere since you opened it"):
            desk_a.editor.save("product", "rejuran", {**mine.values, "notes": {"en": "Mine"}}, mine.version)
        assert desk_a.editor.entry("product", "rejuran").values["notes"] == {"en": "Theirs"}


def test_a_rating_edit_is_seen_by_another_client(location: str) -> None:
    with Catalogue.open(location) as desk_a, Catalogue.open(location) as desk_b:
        desk_a.editor.set_rating("EGF", "angiogenesis", 3)
        assert desk_b.editor.entry("rating", "EGF/angiogenesis").values["level"] == 3


def test_a_name_taken_by_another_product_is_refused_on_both_engines(location: str) -> None:
    from dermacounsel.services.catalogue import EditError

    with Catalogue.open(location) as catalogue:
        entry = catalogue.editor.entry("product", "rejuran")
        other = next(p for p in catalogue.products() if p.key != "rejuran")
        values = {**entry.values, "name": {"en": other.names["en"].upper()}}
        with pytest.raises(EditError, match="called .* exists already"):
            catalogue.editor.save("product", "rejuran", values, entry.version)


def test_check_passes_and_then_names_a_broken_rule_on_both_engines(location: str) -> None:
    assert check_file(location).ok
    _execute(location, "DELETE FROM component WHERE product_id = (SELECT id FROM product WHERE key = 'rejuran')")
    report = check_file(location)
    assert "product rejuran: no components" in report.problems
    from dermacounsel.domain.phrasing import in_language  # issue 14: said in Japanese on either engine

    assert "製品「rejuran」：成分がありません" in [in_language(problem, "ja") for problem in report.problems]


def test_the_server_check_runs_postgresqls_own_checks(pg_url: str) -> None:
    report = check_file(pg_url)
    assert report.ok
    assert any("the server answers (PostgreSQL" in line for line in report.lines)
    assert any("every index is valid (pg_index)" in line for line in report.lines)


def test_backup_and_restore_on_both_engines(location: str) -> None:
    with Catalogue.open(location) as catalogue:
        before = catalogue.editor.entry("rating", "EGF/angiogenesis").values["level"]
        backup = catalogue.back_up("manual")
        assert backup.path.is_file() and check_file(backup.path).ok
        catalogue.editor.set_rating("EGF", "angiogenesis", 0 if before else 3)
        catalogue.restore(backup.path)
        assert catalogue.editor.entry("rating", "EGF/angiogenesis").values["level"] == before
        with Catalogue.open(backup.path, read_only=True) as copy:
            assert catalogue.export_text() == copy.export_text()


# --- servers that cannot be used --------------------------------------------------------------------------


def test_an_unreachable_server_is_one_line_naming_the_host(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://desk@/catalogue?host={tmp_path}"
    with pytest.raises(DatabaseError) as error:
        Catalogue.open(url)
    message = str(error.value)
    assert message.startswith(f"database catalogue on {tmp_path}: cannot connect (")
    assert "\n" not in message and "Traceback" not in message


def test_a_refusing_server_is_one_line_naming_the_database(pg_server) -> None:
    with pytest.raises(DatabaseError) as error:
        Catalogue.open(pg_server.url("no_such_catalogue"))
    assert "database no_such_catalogue on" in str(error.value)
    assert 'database "no_such_catalogue" does not exist' in str(error.value)
    assert "\n" not in str(error.value)


def test_a_read_only_role_opens_the_catalogue_read_only(pg_server, pg_url: str) -> None:
    database = _name(pg_url)
    pg_server.sql("DO $$ BEGIN CREATE ROLE frontdesk LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    pg_server.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO frontdesk", database=database)
    with Catalogue.open(pg_server.url(database, role="frontdesk")) as catalogue:
        assert catalogue.read_only
        assert catalogue.counts()["products"] == 5


# --- the laptop's local copy ------------------------------------------------------------------------------


def test_sync_copies_the_server_into_a_checked_local_file_after_a_backup(pg_url: str, tmp_path: Path) -> None:
    local = tmp_path / "laptop.sqlite3"
    copied, backup = sync(pg_url, local)
    assert copied == local and backup is None and check_file(local).ok
    with Catalogue.open(pg_url) as server:
        server.editor.set_rating("EGF", "angiogenesis", 0)
        expected = server.export_text()
    copied, backup = sync(pg_url, local)
    assert backup is not None and backup.path.is_file()
    with Catalogue.open(local, read_only=True) as copy:
        assert copy.export_text() == expected
    assert not list(tmp_path.glob(".*syncing*"))


def test_the_cli_syncs_and_checks_a_server(pg_url: str, tmp_path: Path, capsys) -> None:
    from dermacounsel.cli import main

    assert main(["sync", "--from", pg_url, "--to", str(tmp_path / "copy.sqlite3")]) == 0
    assert main(["--db", pg_url, "check"]) == 0
    out = capsys.readouterr().out
    assert "Checking database catalogue_" in out and "No problems found." in out
    assert main(["--db", pg_url, "export", "-"]) == 0
    assert '"format": "dermacounsel-catalogue"' in capsys.readouterr().out


def test_offline_the_local_copy_opens_read_only_saying_how_old_it_is(pg_server, pg_url: str) -> None:
    local, _ = sync(pg_url)  # the default local copy, one per server
    os.utime(local, (local.stat().st_atime, local.stat().st_mtime - 3 * 3600))
    database = _name(pg_url)
    pg_server.sql(f"DROP DATABASE {database}")  # the server no longer gives this catalogue
    with pytest.raises(DatabaseError):
        Catalogue.open(pg_url)
    with Catalogue.open(pg_url, offline_copy=True) as catalogue:
        assert catalogue.read_only and catalogue.offline is not None
        assert f"database {database} on" in catalogue.offline.reason
        assert 3 * 3600 - 60 < catalogue.offline.age_seconds() < 3 * 3600 + 60
        assert catalogue.counts()["products"] == 5


# --- logical backups on a server: the catalogue file and pg_dump's archive ---------------------------------


def test_a_server_backup_keeps_a_checked_catalogue_file_and_pg_dumps_archive(pg_url: str) -> None:
    from dermacounsel.storage.server import companions, pg_tool

    with Catalogue.open(pg_url) as catalogue:
        backup = catalogue.back_up("manual")
        kept = {path.suffix: path for path in companions(backup.path)}
        document = json.loads(kept[".json"].read_text(encoding="utf-8"))
        assert document["format"] == "dermacounsel-catalogue"
        assert kept[".json"].read_text(encoding="utf-8") == catalogue.export_text()
        if pg_tool("pg_dump") is None:
            pytest.skip("pg_dump is not installed: only the SQLite copy and the catalogue file are kept")
        assert kept[".pgdump"].read_bytes().startswith(b"PGDMP")


@pytest.mark.parametrize("kind", [".json", ".pgdump"])
def test_restore_takes_the_catalogue_file_or_pg_dumps_archive(pg_url: str, kind: str, capsys) -> None:
    from dermacounsel.cli import main
    from dermacounsel.storage.server import pg_tool

    if kind == ".pgdump" and pg_tool("pg_restore") is None:
        pytest.skip("pg_dump and pg_restore are not installed")
    with Catalogue.open(pg_url) as catalogue:
        before = catalogue.export_text()
        backup = catalogue.back_up("manual")
    archive = backup.path.with_suffix(kind)
    with Catalogue.open(pg_url) as desk:
        desk.editor.set_rating("EGF", "angiogenesis", 0)
        desk.editor.delete("product", "rejuran", desk.editor.entry("product", "rejuran").version)
        assert desk.export_text() != before
    assert main(["--db", pg_url, "restore", str(archive)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {archive}" in out and "The catalogue as it was is kept in" in out
    with Catalogue.open(pg_url) as catalogue:
        assert catalogue.export_text() == before
        assert catalogue.check().ok
        # the editor goes on after a restore (ids and versions the engine allocates must not collide)
        entry = catalogue.editor.entry("product", "rejuran")
        catalogue.editor.save("product", "rejuran", {**entry.values, "notes": {"en": "After restore"}}, entry.version)


def test_a_damaged_pg_dump_archive_is_refused_and_the_server_is_unchanged(pg_url: str, tmp_path: Path) -> None:
    from dermacounsel.storage.server import pg_tool

    if pg_tool("pg_restore") is None:
        pytest.skip("pg_restore is not installed")
    with Catalogue.open(pg_url) as catalogue:
        archive = catalogue.back_up("manual").path.with_suffix(".pgdump")
        damaged = tmp_path / "damaged.pgdump"
        damaged.write_bytes(archive.read_bytes()[: len(archive.read_bytes()) // 2])
        before = catalogue.export_text()
        with pytest.raises(DatabaseError) as error:
            catalogue.restore(damaged)
        assert str(error.value).startswith("database catalogue_") and "\n" not in str(error.value)
        assert catalogue.export_text() == before


def test_a_read_only_role_is_told_why_an_import_is_refused(pg_server, pg_url: str, tmp_path: Path) -> None:
    database = _name(pg_url)
    pg_server.sql("DO $$ BEGIN CREATE ROLE frontdesk LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    pg_server.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO frontdesk", database=database)
    exported = tmp_path / "catalogue.json"
    with Catalogue.open(pg_url) as catalogue:
        catalogue.export(exported)
    with Catalogue.open(pg_server.url(database, role="frontdesk")) as desk:
        with pytest.raises(DatabaseError, match=f"^database {database} on .*: the database role you log in as may"):
            desk.import_file(exported, replace=True)


def test_a_service_of_libpqs_service_file_names_the_server(pg_server, pg_url: str, tmp_path: Path, monkeypatch) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[catalogue]\nhost={pg_server.socket}\ndbname={_name(pg_url)}\nuser=dermacounsel\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    url = "postgresql+psycopg:///?service=catalogue"
    with Catalogue.open(url) as catalogue:
        assert catalogue.server == "PostgreSQL service catalogue" and catalogue.counts()["products"] == 5
    local, _ = sync(url)
    assert local.name == "service-catalogue.sqlite3" and check_file(local).ok
