"""Test set-up: Qt runs offscreen, settings and data go to a temporary home, and every test gets a fresh
catalogue database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Qt is imported anywhere: no screen, and no reading or writing of the real user's settings.
_HOME = Path(tempfile.mkdtemp(prefix="dermacounsel-tests-"))
# A laptop-sized virtual screen (the offscreen default of 800x600 is smaller than the main window).
_SCREEN = _HOME / "screen.json"
_SCREEN.write_text(
    json.dumps(
        {
            # Window activation and focus take effect at once, as the tests expect of a real desktop.
            "synchronousWindowSystemEvents": True,
            "windowFrameMargins": False,
            "screens": [
                {
                    "name": "Laptop",
                    "x": 0,
                    "y": 0,
                    "width": 1920,
                    "height": 1080,
                    "logicalDpi": 96,
                    "logicalBaseDpi": 96,
                    "dpr": 1,
                }
            ],
        }
    ),
    encoding="utf-8",
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.pop("DERMACOUNSEL_DB", None)

import pytest  # noqa: E402

from dermacounsel.storage.database import CatalogueDatabase, open_database  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database created once from the bundled catalogue, to copy for each test."""
    path = tmp_path_factory.mktemp("template") / "catalogue.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def database_path(template_database: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seeded database, made with SQLite's backup API."""
    path = tmp_path / "catalogue.sqlite3"
    with sqlite3.connect(template_database) as source, sqlite3.connect(path) as target:
        source.backup(target)
    source.close()
    target.close()
    return path


@pytest.fixture
def database(database_path: Path) -> Iterator[CatalogueDatabase]:
    opened = open_database(database_path)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _clean_settings(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test starts without saved window geometry or other settings."""
    yield
    shutil.rmtree(_HOME / "config", ignore_errors=True)
