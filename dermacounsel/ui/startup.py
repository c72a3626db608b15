"""Fail fast while the GUI starts: no display is one line, not a Qt abort; an error before the catalogue
shows ends the app with status 1; `--terminate-after-init` cannot hang, a watchdog ends it."""

from __future__ import annotations

import faulthandler
import os
import sys
import threading
from pathlib import Path

from dermacounsel import app_log

#: How long `--terminate-after-init` may take before the watchdog gives up (seconds); CI machines are slow,
#: a healthy start takes one or two seconds.
WATCHDOG_ENV = "DERMACOUNSEL_INIT_TIMEOUT"
DEFAULT_WATCHDOG_SECONDS = 120.0
#: The status the watchdog exits with (timeout(1)'s convention for "took too long").
WATCHDOG_STATUS = 124

_finished = threading.Event()
_watchdogs: list[threading.Timer] = []
_lock: list[Path] = []


def own_lock(path: Path | None) -> None:
    """The lock file this instance holds (None: none any more), for the watchdog to remove on its way out."""
    _lock.clear()
    if path is not None:
        _lock.append(path)


def _remove_own_lock() -> None:
    """Remove the lock file if this process wrote it (QLockFile writes the owner's PID on its first line)."""
    for path in _lock:
        try:
            if path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip() == str(os.getpid()):
                path.unlink()
        except OSError:
            pass


def check_display() -> None:
    """On Linux, Qt aborts the process with a core dump when it finds no display; say so in one line
    instead. An explicit QT_QPA_PLATFORM (offscreen, wayland, xcb) is left to Qt."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise app_log.StartupFailure(
            "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set): start DermaCounsel from a "
            "desktop session; "
            "the commands (see --help) work without one"
        )


def mark_finished() -> None:
    """The catalogue is showing: from now on an error is one failed action, not a failed start."""
    _finished.set()


def finished() -> bool:
    return _finished.is_set()


def watchdog_seconds() -> float:
    try:
        return max(1.0, float(os.environ.get(WATCHDOG_ENV, DEFAULT_WATCHDOG_SECONDS)))
    except ValueError:
        return DEFAULT_WATCHDOG_SECONDS


def start_watchdog(seconds: float | None = None) -> threading.Timer:
    """End the process with status 124 if it is still running after `seconds` (for `--terminate-after-init`,
    whose whole run, exit included, takes a few seconds when healthy): a Python thread says
    so in one line and logs every thread's stack; faulthandler's own thread, which needs no Python lock,
    is the backstop should the interpreter itself be stuck."""
    seconds = watchdog_seconds() if seconds is None else seconds

    def give_up() -> None:
        app_log.start()
        app_log.logger.error("still running after %.0f s; the stacks are in %s", seconds, app_log.CRASH_NAME)
        crash_file = app_log.crash_file()
        if crash_file is not None:
            faulthandler.dump_traceback(file=crash_file, all_threads=True)
            crash_file.flush()
        _remove_own_lock()
        print(
            f"dermacounsel: error: the window did not finish opening within {seconds:.0f} s "
            f"(details in {app_log.log_path()})",
            file=sys.stderr,
            flush=True,
        )
        os._exit(WATCHDOG_STATUS)

    timer = threading.Timer(seconds, give_up)
    timer.daemon = True
    timer.start()
    _watchdogs.append(timer)
    crash_file = app_log.crash_file()
    faulthandler.dump_traceback_later(seconds + 10, exit=True, file=crash_file or sys.stderr)
    return timer


def stop_watchdog() -> None:
    """The event loop has returned: what is left is closing the catalogue, so a caller that goes on (a
    test, a benchmark in the same process) is not ended later."""
    while _watchdogs:
        _watchdogs.pop().cancel()
    faulthandler.cancel_dump_traceback_later()
