"""Where things are: the files shipped with the app (resources/, db/) and the user's database; and how
every file the app writes is put in place (atomically)."""

from __future__ import annotations

import errno
import os
import re
import stat
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


def default_database_path() -> Path | str:
    """$DERMACOUNSEL_DB if set (a file path, or a server's URL such as postgresql+psycopg://host/catalogue,
    returned as text), else catalogue.sqlite3 in the user's data folder."""
    chosen = os.environ.get(DATABASE_ENV)
    if chosen:
        return chosen if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", chosen) else Path(chosen).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "catalogue.sqlite3"


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the whole new one: a temporary
    file in the same folder, flushed to disk, then renamed over `path`. A file that is replaced keeps its
    permissions; a new one gets the usual ones (the umask's), not a temporary file's owner-only mode."""
    path = path.resolve()
    try:
        status = path.stat()
    except FileNotFoundError:
        mode: int | None = None
    else:
        if not stat.S_ISREG(status.st_mode):
            # renaming over /dev/null, a pipe or a socket would replace the system's file with ours
            from dermacounsel.domain.phrasing import Said  # the reason, said in the reader's language

            raise OSError(errno.EINVAL, Said("system_not_a_file"), str(path))
        mode = stat.S_IMODE(status.st_mode)
    while True:
        temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            # 0o666 less the umask, applied by the system (reading the umask would change it for every thread)
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
