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
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")  # the app's log, never the real user's
os.environ.pop("DERMACOUNSEL_DB", None)

import pytest  # noqa: E402

from dermacounsel.services.catalogue import Catalogue  # noqa: E402
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


@pytest.fixture
def catalogue(database: CatalogueDatabase) -> Catalogue:
    """The test database behind the catalogue service, as the views and reports receive it."""
    return Catalogue(database)


@pytest.fixture(autouse=True)
def _clean_settings(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test starts without saved window geometry or other settings."""
    yield
    shutil.rmtree(_HOME / "config", ignore_errors=True)


@pytest.fixture
def many_products(database: CatalogueDatabase, tmp_path: Path) -> CatalogueDatabase:
    """The test database holding the article's catalogue plus 600 more products: the seed's five again and
    again under new names ("Serum 000"...), so that every kind of link recurs in bulk."""
    from dermacounsel import paths
    from dermacounsel.storage.catalogue_import import import_catalogue

    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    seed_products = list(data["products"])
    for index in range(600):
        data["products"].append(
            {**seed_products[index % len(seed_products)], "key": f"serum-{index:03d}", "name": f"Serum {index:03d}"}
        )
    source = tmp_path / "many-products.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    import_catalogue(database, source, replace=True)
    return database


# --- a real PostgreSQL server (issue 17) ------------------------------------------------------------------

from tests import pg_cluster as _pg  # noqa: E402


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_pg.Cluster]:
    """A throwaway PostgreSQL cluster on a Unix socket, with a seeded template catalogue to copy per test.
    Skipped, saying why, only where PostgreSQL or its driver is not installed."""
    reason = _pg.unavailable_reason()
    if reason is not None:
        pytest.skip(f"no PostgreSQL here: {reason}")
    cluster = _pg.start()
    try:
        cluster.sql("CREATE DATABASE catalogue_template")
        Catalogue.open(cluster.url("catalogue_template")).close()
        yield cluster
    finally:
        cluster.stop()


_pg_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_server: _pg.Cluster) -> str:
    """A fresh seeded catalogue database on the test server, as a URL."""
    name = f"catalogue_{next(_pg_databases)}"
    pg_server.sql(f"CREATE DATABASE {name} TEMPLATE catalogue_template")
    return pg_server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, database_path: Path) -> str:
    """A fresh seeded catalogue on each engine: an SQLite file's path, or a PostgreSQL database's URL."""
    if request.param == "sqlite":
        return str(database_path)
    return str(request.getfixturevalue("pg_url"))
