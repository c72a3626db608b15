"""The app's log: a rotating file in the platform's log folder, crash traces from faulthandler beside it,
and the one-line report of a failure. Patient names typed for a printout never reach the log.

Only the standard library and platformdirs: the command line, the GUI and the bundle all start here.
"""

from __future__ import annotations

import faulthandler
import logging
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from dermacounsel import paths

LOG_NAME = "dermacounsel.log"
CRASH_NAME = "crashes.log"
#: One file of about 1 MB and three older ones: enough for a support question, never a full disk.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
REDACTED = "[patient]"

logger = logging.getLogger("dermacounsel")

_state: dict[str, object] = {}
_private_texts: set[str] = set()


class StartupFailure(Exception):
    """The app cannot start for a reason the user can act on (no display, a missing file): reported as one
    line, without "unexpected"."""


def log_dir() -> Path:
    """The platform's log folder for the app (Linux: ~/.local/state/DermaCounsel/log)."""
    from platformdirs import user_log_path

    return user_log_path(paths.APP_NAME, appauthor=False)


def log_path() -> Path:
    return log_dir() / LOG_NAME


def keep_out_of_log(text: str) -> None:
    """Never write `text` (a patient's name typed for one printout) to the log; it reads [patient] there."""
    text = text.strip()
    if len(text) >= 2:  # a single character would blank out half the log
        _private_texts.add(text)
        _private_texts.update(part for part in text.split() if len(part) >= 2)


def _patients_on_command_line(argv: list[str]) -> list[str]:
    found = []
    for index, word in enumerate(argv):
        if word == "--patient" and index + 1 < len(argv):
            found.append(argv[index + 1])
        elif word.startswith("--patient="):
            found.append(word.partition("=")[2])
    return found


#: A password in a URL (scheme://user:PASSWORD@host): never written to the log.
_URL_PASSWORD = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@")


def redact(text: str) -> str:
    text = _URL_PASSWORD.sub(r"\1***@", text)
    # The longest first, so that "Yamada Hanako" goes whole rather than in two pieces.
    for secret in sorted(_private_texts, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


class _RedactingFormatter(logging.Formatter):
    """Formats a record, traceback included, then blanks out the patients' names."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _RotatingLog(logging.Handler):
    """logging.handlers.RotatingFileHandler, created at the first record: importing logging.handlers
    (socket, pickle, queue...) costs tens of milliseconds that a start-up without errors need not pay."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.target: logging.Handler | None = None

    def rotating_handler(self) -> logging.Handler:
        if self.target is None:
            import logging.handlers

            self.target = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
            )
            self.target.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        return self.target

    def emit(self, record: logging.LogRecord) -> None:
        self.rotating_handler().handle(record)

    def flush(self) -> None:
        if self.target is not None:
            self.target.flush()

    def close(self) -> None:
        if self.target is not None:
            self.target.close()
        super().close()


def start(crash_traces: bool = False) -> Path | None:
    """Send the app's log records to the rotating log file; with `crash_traces`, also let faulthandler
    write a crash's Python stacks (a Qt segfault, an abort) to crashes.log beside it.

    Safe to call more than once. Returns the log file, or None when the folder cannot be written (the
    app then runs without a log rather than failing)."""
    for text in _patients_on_command_line(sys.argv):
        keep_out_of_log(text)
    if "handler" not in _state:
        try:
            folder = log_dir()
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        handler = _RotatingLog(folder / LOG_NAME)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False  # the log file only; the user sees one-line messages on stderr
        _state["handler"] = handler
    if crash_traces and "crash_file" not in _state:
        _state["crash_file"] = _enable_crash_traces(log_dir() / CRASH_NAME)
    return log_path()


def _enable_crash_traces(path: Path) -> IO[str] | None:
    """faulthandler writes into an open file when the process dies; keep that file small by starting
    it afresh once it has grown past the log's size."""
    try:
        if path.is_file() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_suffix(".log.1"))
        crash_file = path.open("a", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(file=crash_file, all_threads=True)
    return crash_file


def crash_file() -> IO[str] | None:
    """The open crashes.log that faulthandler writes to, if crash traces are on."""
    found = _state.get("crash_file")
    return found if found is not None and not getattr(found, "closed", True) else None  # type: ignore[return-value]


def log_exception(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path:
    """Write an unexpected error with its traceback to the log (never to the screen); the log's path."""
    start()
    logger.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)).rstrip())
    return log_path()


def report_failure(error: BaseException) -> int:
    """An error nothing else handled: its cause and traceback to the log, one line to stderr; the exit
    status (1)."""
    where = log_exception(type(error), error, error.__traceback__)
    if isinstance(error, StartupFailure):
        print(f"dermacounsel: error: {error}", file=sys.stderr)
    else:
        print(f"dermacounsel: unexpected error: {type(error).__name__}: {error} (details in {where})", file=sys.stderr)
    return 1
