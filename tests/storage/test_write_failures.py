"""SQLite refusing a write mid-import (a full disk, a read-only file): one line naming the file, and the
catalogue exactly as it was."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from dermacounsel import paths
from dermacounsel.storage.catalogue_import import import_catalogue
from dermacounsel.storage.database import DatabaseError, open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def many_products(folder: Path, count: int) -> Path:
    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    data["products"] += [
        {"name": f"Serum {n}", "components": [{"kind": "other", "name": "Water " * 20}], "source": "article"}
        for n in range(count)
    ]
    path = folder / "many.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_full_disk_during_an_import_is_one_line_and_changes_nothing(database_path: Path, tmp_path: Path) -> None:
    """The review filled a small tmpfs and got `OperationalError: database or disk is full`; SQLite's
    max_page_count gives the same SQLITE_FULL without needing a mount."""
    with sqlite3.connect(database_path) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    before = digest(database_path)
    database = open_database(database_path)
    database.engine.dispose()

    @event.listens_for(database.engine, "connect")
    def _small_disk(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    try:
        with pytest.raises(DatabaseError, match=r"could not be written \(database or disk is full\)") as error:
            import_catalogue(database, many_products(tmp_path, 3000))
    finally:
        database.close()
    assert str(database_path) in str(error.value) and "\n" not in str(error.value)
    assert "Nothing was changed" in str(error.value)
    assert digest(database_path) == before
