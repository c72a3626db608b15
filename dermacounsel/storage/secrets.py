"""A server's password, kept out of every setting and log: libpq's own means (a service file, ~/.pgpass,
PGPASSWORD) supply it when the URL has none, and, when the optional `keyring` package is installed, the
system keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker) can hold it instead.

Nothing here is imported at start-up; `keyring` is imported only when a server is opened.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import URL

#: The keyring "service" the passwords are filed under; each is named user@host/database.
KEYRING_SERVICE = "DermaCounsel"


def _keyring() -> Any | None:
    """The keyring module, if it is installed and has a usable backend (not the "fail" one)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    if isinstance(keyring.get_keyring(), fail.Keyring):
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def keyring_name(url: URL) -> str:
    """How a server's password is named in the keyring: user@host:port/database (no password)."""
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = ",".join(host)
    port = f":{url.port}" if url.port else ""
    return f"{url.username or ''}@{host}{port}/{url.database or ''}"


def store_password(url: URL) -> URL:
    """Move the URL's password into the system keyring; the URL without it. ValueError if the URL holds
    a password and no keyring can take it (it would otherwise have to be written somewhere)."""
    if url.password is None:
        return url
    ring = _keyring()
    if ring is None:
        from dermacounsel.domain.phrasing import Said

        raise ValueError(Said("password_refused"))
    ring.set_password(KEYRING_SERVICE, keyring_name(url), str(url.password))
    return url._replace(password=None)  # URL.set(password=None) would keep it


def with_keyring_password(url: URL) -> URL:
    """The URL with the keyring's password for it, when it names none and the keyring holds one;
    otherwise as given (libpq then looks in ~/.pgpass, the service file and PGPASSWORD)."""
    if url.password is not None or not url.username:
        return url
    ring = _keyring()
    if ring is None:
        return url
    try:
        password = ring.get_password(KEYRING_SERVICE, keyring_name(url))
    except Exception:  # a locked or broken keyring: libpq's own means still apply
        return url
    return url if password is None else url.set(password=password)
