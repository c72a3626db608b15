"""Where things are: the files shipped with the app (resources/, db/) and the user's database."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "DermaCounsel"
DATABASE_ENV = "DERMACOUNSEL_DB"


def _shipped_dir(name: str) -> Path:
    """`resources` or `db`: inside the installed package (the wheel puts them there), or at the top of a
    source checkout, where they live beside the package. (importlib.resources would find the same folder
    for an installed wheel; it is not imported, to keep start-up lean.)"""
    packaged = Path(__file__).resolve().parent / name  # what importlib.resources.files gives, unzipped
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"DermaCounsel is incompletely installed: its {name}/ folder is missing")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def db_dir() -> Path:
    return _shipped_dir("db")


def seed_catalogue_path() -> Path:
    """The bundled reference catalogue a new database is filled from."""
    return db_dir() / "catalogue.json"


def migrations_dir() -> Path:
    return db_dir() / "migrations"


def default_database_path() -> Path:
    """$DERMACOUNSEL_DB if set, else catalogue.sqlite3 in the user's data folder."""
    chosen = os.environ.get(DATABASE_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "catalogue.sqlite3"
