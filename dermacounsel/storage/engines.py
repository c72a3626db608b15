"""Where a catalogue lives: a file path or a database server's SQLAlchemy URL, told apart once, and an
engine set up for each (SQLite's PRAGMAs on SQLite only; time-outs and a name on a server).

No network connection is opened here; a server engine connects on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError

from dermacounsel.domain.phrasing import Said
from dermacounsel.storage.sqlite_file import DatabaseError

#: "scheme://" at the start: only then is a text taken as a URL. A path never starts so ("C:\x", "./a?b",
#: "100%/x" and "~/x" do not), so a folder named with "?" or "%" stays a path.
_URL_START = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

#: The server dialects DermaCounsel supports, and the driver each is used with when the URL names none.
SERVER_DIALECTS = {"postgresql": "psycopg"}

#: Seconds a server gets to answer a connection, so that an unreachable one fails quickly.
CONNECT_TIMEOUT = 5


@dataclass(frozen=True)
class ServerLocation:
    """A catalogue on a database server.

    Attributes:
        url: the SQLAlchemy URL as given (its password, if one was given, is never shown).
    """

    url: URL

    def __str__(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @property
    def host(self) -> str:
        """The server as the user would name it: host and port, or the socket folder, or "localhost"."""
        host = self.url.host or self.url.query.get("host")
        if isinstance(host, tuple):
            host = ",".join(host)
        if not host:
            return Said("server_local")
        return f"{host}:{self.url.port}" if self.url.port else str(host)

    @property
    def database(self) -> str:
        return self.url.database or Said("server_default_database")

    def describe(self) -> str:
        """'database catalogue on db.example:5432', for messages ('PostgreSQL service catalogue' for a
        URL that names only a service of libpq's service file)."""
        service = self.url.query.get("service")
        if service and not self.url.database and not (self.url.host or self.url.query.get("host")):
            return Said("server_service", service=service)
        return Said("server_database", database=self.database, host=self.host)


Location = Path | ServerLocation


def parse_location(text: str | Path) -> Location:
    """A path, or a ServerLocation for a text of the form scheme://...; DatabaseError for a URL of an
    engine DermaCounsel does not support."""
    if isinstance(text, Path):
        return text.expanduser()
    if not _URL_START.match(text):
        return Path(text).expanduser()
    try:
        url = make_url(text)
    except ArgumentError as error:
        raise DatabaseError(Said("server_not_url", text=_hide_password(text), reason=str(error))) from None
    if url.get_backend_name() == "sqlite":
        if not url.database:
            raise DatabaseError(Said("server_sqlite_url", text=text))
        return Path(url.database).expanduser()
    if url.get_backend_name() not in SERVER_DIALECTS:
        known = ", ".join(f"{name}+{driver}://" for name, driver in SERVER_DIALECTS.items())
        raise DatabaseError(Said("server_unsupported", text=_hide_password(text), known=known))
    if url.password:
        from dermacounsel.app_log import keep_out_of_log

        keep_out_of_log(str(url.password))  # whatever a driver's message quotes, the log never holds it
    if url.drivername == url.get_backend_name():
        url = url.set(drivername=f"{url.get_backend_name()}+{SERVER_DIALECTS[url.get_backend_name()]}")
    return ServerLocation(url)


def _hide_password(text: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)


def server_engine(location: ServerLocation) -> Engine:
    """An engine for a catalogue server. libpq's own means supply what the URL leaves out (a service
    file, ~/.pgpass, PGPASSWORD, sslmode...), or the system keyring when the keyring package is
    installed and holds the password; the URL's query options are passed through to libpq."""
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in location.url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT
    if "application_name" not in location.url.query:
        connect_args["application_name"] = "DermaCounsel"
    from dermacounsel.storage.secrets import with_keyring_password

    try:
        return create_engine(with_keyring_password(location.url), connect_args=connect_args, pool_pre_ping=True)
    except ModuleNotFoundError as error:
        raise DatabaseError(Said("server_no_driver", server=location.describe(), module=error.name)) from None


def server_error(location: ServerLocation, error: BaseException, doing: str | None = None) -> DatabaseError:
    """One line naming the server and what failed (`doing`, a `Said` of this module's phrasing; "cannot
    connect" by default), from a driver's (often multi-line) error."""
    original = getattr(error, "orig", None) or error
    text = " ".join(str(original).split())
    text = re.sub(r'^connection failed: connection to server (at|on) "[^"]*"[^,]*, port \d+ failed: ', "", text)
    text = re.sub(r"^connection is bad: ", "", text)
    text = re.sub(r"^connection to server (at|on) [^,]*, port \d+ failed: ", "", text)
    text = re.sub(r'^connection to server on socket "[^"]*" failed: ', "", text)  # the socket is named already
    text = re.sub(r"(\w) (Is the server running)", r"\1; \2", text)
    text = re.sub(r"\s*\(Background on this error at: [^)]*\)", "", text)
    text = re.sub(r"\s*\[SQL: .*$", "", text)
    doing = Said("server_cannot_connect") if doing is None else doing
    return DatabaseError(
        Said("server_failed", server=location.describe(), doing=doing, reason=text or type(original).__name__)
    )
