"""Test set-up: Qt runs offscreen, settings and data go to a temporary home, and every test gets a fresh
catalogue database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")  # the Japanese print font made by the first printing
os.environ.pop("DERMACOUNSEL_DB", None)

import pytest  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.pool import Pool  # noqa: E402

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
def catalogue(database: CatalogueDatabase) -> Iterator[Catalogue]:
    """The test database behind the catalogue service, as the views and reports receive it."""
    opened = Catalogue(database)
    yield opened
    opened.close()  # the database it holds now: restoring a backup replaces the first with a new one


#: DBAPI connections the catalogue's engines have opened and not yet closed, with where they were opened
#: (sqlite3 connections cannot be weakly referenced; the entry goes when SQLAlchemy closes the connection).
_OPEN_CONNECTIONS: dict[int, tuple[sqlite3.Connection, str]] = {}


@event.listens_for(Pool, "connect")
def _connection_opened(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    _OPEN_CONNECTIONS[id(dbapi_connection)] = (dbapi_connection, _test_code_calling())


@event.listens_for(Pool, "close")
@event.listens_for(Pool, "close_detached")
def _connection_closed(dbapi_connection: sqlite3.Connection, *_record: Any) -> None:
    _OPEN_CONNECTIONS.pop(id(dbapi_connection), None)


def _test_code_calling() -> str:
    """The innermost line of the tests or the app that led here."""
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(str(REPO)) and not name.startswith(str(REPO / ".venv")) and name != __file__:
            return f"{Path(name).relative_to(REPO)}:{frame.f_lineno}"
        frame = frame.f_back
    return "?"


def _qt_application() -> Any:
    """The QApplication if a test has made one (Qt is not imported for tests that do not use it)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return None
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def _delete_closed_widgets() -> None:
    """Carry out the deferred deletes (deleteLater) pending now.

    pytest-qt closes the widgets a test registered and calls deleteLater() on them, but in Qt 6 a deferred
    delete posted outside any running event loop is carried out neither by processEvents() nor by a later
    test's nested loop (qtbot.wait, waitSignal); only app.exec() or an explicit send would. Left alone, every
    window a test showed stays alive to the end of the run, and each QApplication.setStyleSheet (the `show`
    fixture's make_application) re-polishes all of them: set-up grew to seconds a test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _top_level_widgets() -> dict[int, Any]:
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    return {Shiboken.getCppPointer(widget)[0]: widget for widget in QApplication.topLevelWidgets()}


def _describe(widget: Any) -> str:
    title = widget.windowTitle()
    return f"{type(widget).__name__}" + (f" {title!r}" if title else "") + (" (visible)" if widget.isVisible() else "")


_CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.when == "call" and report.failed:
        item.stash[_CALL_FAILED] = True
    return report


@pytest.fixture(autouse=True)
def _leak_check(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves behind what would build up over the run and slow or break later tests: live
    top-level widgets, background work (the Qt thread pool, Python threads) or open catalogue databases
    (after napari's leak-checking fixtures). What leaked is then cleaned up, so the next test starts clean.

    Every widget a test shows should be given to qtbot.addWidget (or the `show` fixture), every window it
    opens closed, every job waited for, every database it opens closed."""
    app = _qt_application()
    if app is not None:
        _delete_closed_widgets()
    widgets_before = set(_top_level_widgets()) if app is not None else set()
    threads_before = set(threading.enumerate())
    connections_before = set(_OPEN_CONNECTIONS)
    yield
    leaks: list[str] = []
    app = _qt_application()
    if app is not None:
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()
        if not pool.waitForDone(2000):
            leaks.append(f"background jobs still running: {pool.activeThreadCount()}")
            pool.clear()
            pool.waitForDone(10000)
        app.processEvents()  # what finished jobs reported, so their dialogs close as they would
        _delete_closed_widgets()
        left = {key: widget for key, widget in _top_level_widgets().items() if key not in widgets_before}
        if left:
            leaks.append("top-level widgets still alive: " + ", ".join(sorted(map(_describe, left.values()))))
            for widget in left.values():
                widget.close()
                widget.deleteLater()
            _delete_closed_widgets()
    for thread in set(threading.enumerate()) - threads_before:
        if isinstance(thread, threading._DummyThread):  # a Qt thread that ran Python code: the pool's
            continue
        thread.join(2.0)
        if thread.is_alive():
            leaks.append(f"thread still running: {thread.name}")
    opened = [key for key in _OPEN_CONNECTIONS if key not in connections_before]
    if opened:
        where = sorted({_OPEN_CONNECTIONS[key][1] for key in opened})
        leaks.append(f"{len(opened)} database connection(s) never closed, opened at " + ", ".join(where))
        for key in opened:
            connection, _where = _OPEN_CONNECTIONS.pop(key)
            connection.close()
    if leaks and not request.node.stash.get(_CALL_FAILED, False):  # a failed test's traceback keeps things
        pytest.fail(f"{request.node.nodeid} left behind:\n  " + "\n  ".join(leaks), pytrace=False)


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
