"""Fail fast at start: one line and a non-zero status, never a hang or a traceback on screen."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dermacounsel import app_log
from dermacounsel.ui import startup


def run_python(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=environment, cwd=tmp_path
    )


def test_no_display_is_one_line_not_a_qt_abort(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(app_log.StartupFailure, match="no display"):
        startup.check_display()
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    startup.check_display()


def test_the_gui_without_a_display_exits_1_with_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--db", str(tmp_path / "c.sqlite3"), "--create"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "XDG_STATE_HOME": str(tmp_path / "state")},
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "dermacounsel: error: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set): start "
        "DermaCounsel from a desktop session; the commands (see --help) work without one"
    ]


def test_an_error_while_the_catalogue_opens_ends_terminate_after_init_with_1(tmp_path: Path) -> None:
    """The review's bundle hung here: the error went to the error hook and nothing quit the app."""
    code = (
        "import sys\n"
        "import dermacounsel.ui.main_window as main_window\n"
        "def broken(self, database):\n"
        "    raise ImportError(\"No module named 'dermacounsel.ui.ingredients_view'\")\n"
        "main_window.MainWindow.attach = broken\n"
        "from dermacounsel.cli import main\n"
        f"sys.exit(main(['--db', {str(tmp_path / 'c.sqlite3')!r}, '--create', '--terminate-after-init']))\n"
    )
    start = time.monotonic()
    result = run_python(code, tmp_path)
    assert time.monotonic() - start < 60
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("Qt:")]
    assert len(lines) == 1 and lines[0].startswith("dermacounsel: unexpected error: ImportError:"), result.stderr
    log = (tmp_path / "state" / "DermaCounsel" / "log" / "dermacounsel.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "in broken" in log


def test_the_watchdog_ends_a_hung_start_with_124_and_one_line(tmp_path: Path) -> None:
    code = (
        "import time\n"
        "from dermacounsel import app_log\n"
        "from dermacounsel.ui import startup\n"
        "app_log.start(crash_traces=True)\n"
        "startup.start_watchdog(1.0)\n"
        "def stuck():\n"
        "    time.sleep(60)\n"
        "stuck()\n"
    )
    start = time.monotonic()
    result = run_python(code, tmp_path)
    assert time.monotonic() - start < 30
    assert result.returncode == startup.WATCHDOG_STATUS
    (line,) = result.stderr.splitlines()
    assert line.startswith("dermacounsel: error: the window did not finish opening within 1 s")
    crashes = (tmp_path / "state" / "DermaCounsel" / "log" / "crashes.log").read_text(encoding="utf-8")
    assert "in stuck" in crashes


def test_a_healthy_terminate_after_init_is_quick_and_says_nothing(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "dermacounsel",
            "--db",
            str(tmp_path / "c.sqlite3"),
            "--create",
            "--terminate-after-init",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "DERMACOUNSEL_INIT_TIMEOUT": "60"},
    )
    assert result.returncode == 0 and result.stderr == ""


def _lock_of(database: Path) -> Path:
    return Path(str(database.absolute()) + ".lock")


def test_every_exit_on_an_error_removes_the_lock(tmp_path: Path) -> None:
    """The review found catalogue.sqlite3.lock files left after the GUI exited on an error: an error while
    the catalogue opens, and the watchdog ending a start that hung."""
    database = tmp_path / "c.sqlite3"
    failing = (
        "import sys, time\n"
        "import dermacounsel.ui.main_window as main_window\n"
        "def broken(self, database):\n"
        "    raise RuntimeError('the views could not be built')\n"
        "main_window.MainWindow.attach = broken\n"
        "from dermacounsel.cli import main\n"
        f"sys.exit(main(['--db', {str(database)!r}, '--create', '--terminate-after-init']))\n"
    )
    result = run_python(failing, tmp_path)
    assert result.returncode == 1 and "RuntimeError" in result.stderr
    assert database.exists() and not _lock_of(database).exists()
    hung = failing.replace("raise RuntimeError('the views could not be built')", "time.sleep(60)")
    start = time.monotonic()
    result = run_python(hung, tmp_path, DERMACOUNSEL_INIT_TIMEOUT="2")
    assert time.monotonic() - start < 40
    assert result.returncode == startup.WATCHDOG_STATUS, result.stderr
    assert not _lock_of(database).exists()


def test_a_lock_left_by_a_killed_app_is_stale_at_the_next_start(tmp_path: Path) -> None:
    """SIGKILL (or a power cut) leaves the lock file: the next start sees its process is gone and opens."""
    import signal

    database = tmp_path / "c.sqlite3"
    environment = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "QT_QPA_PLATFORM": "offscreen"}
    running = subprocess.Popen(
        [sys.executable, "-m", "dermacounsel", "--db", str(database), "--create"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while not (_lock_of(database).exists() and database.exists()) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1)  # the window is up and the catalogue open
        assert _lock_of(database).read_text().split("\n")[0] == str(running.pid)
    finally:
        running.send_signal(signal.SIGKILL)
        running.wait(30)
    assert _lock_of(database).exists()  # left behind by the kill
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--db", str(database), "--terminate-after-init"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert "already open" not in result.stderr
    assert not _lock_of(database).exists()
