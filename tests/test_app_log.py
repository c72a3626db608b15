"""The app's log: rotating, in the platform's log folder, no patient names; crashes and unexpected errors
leave a trace there and one line on the screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dermacounsel import app_log


def run_python(code: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path
    )


def log_folder(tmp_path: Path) -> Path:
    return tmp_path / "state" / "DermaCounsel" / "log"


def test_the_log_rotates_in_the_platforms_log_folder(tmp_path: Path) -> None:
    result = run_python(
        "from dermacounsel import app_log\n"
        "print(app_log.start())\n"
        "import sys\n"
        "assert 'logging.handlers' not in sys.modules  # imported at the first record, not at start\n"
        "for n in range(10000):\n"
        "    app_log.logger.info('line %d %s', n, 'x' * 400)\n"
        "handler = app_log._state['handler'].rotating_handler()\n"
        "print(type(handler).__name__, handler.maxBytes, handler.backupCount)\n",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    path, kind = result.stdout.splitlines()
    assert Path(path) == log_folder(tmp_path) / "dermacounsel.log"
    assert kind == f"RotatingFileHandler {app_log.MAX_BYTES} {app_log.BACKUP_COUNT}"
    files = sorted(p.name for p in log_folder(tmp_path).iterdir())
    assert files == ["dermacounsel.log", "dermacounsel.log.1", "dermacounsel.log.2", "dermacounsel.log.3"]
    assert all((log_folder(tmp_path) / name).stat().st_size <= app_log.MAX_BYTES + 1000 for name in files)


def test_patient_names_from_the_command_line_are_kept_out_of_the_log(tmp_path: Path) -> None:
    result = run_python(
        "import sys\n"
        "from dermacounsel import app_log\n"
        "app_log.start()\n"
        "try:\n"
        "    raise OSError('cannot write the sheet for Yamada Hanako (山田 花子)')\n"
        "except OSError as error:\n"
        "    app_log.report_failure(error)\n"
        "app_log.logger.warning('printing for 山田 alone')\n",
        tmp_path,
        "sheet",
        "--patient",
        "Yamada Hanako",
        "--patient=山田 花子",
    )
    assert result.returncode == 0, result.stderr
    text = (log_folder(tmp_path) / "dermacounsel.log").read_text(encoding="utf-8")
    assert "Traceback" in text and "OSError" in text and "[patient]" in text
    for secret in ("Yamada", "Hanako", "山田", "花子"):
        assert secret not in text


def test_an_unexpected_error_is_one_line_on_stderr_and_a_traceback_in_the_log(tmp_path: Path) -> None:
    """A command that fails in a way nobody foresaw (here: its handler raises) exits 1 with one line."""
    result = run_python(
        "import sys\n"
        "import dermacounsel.cli as cli\n"
        "import dermacounsel.cli.catalogue_commands as commands\n"
        "def broken(args):\n"
        "    raise RuntimeError('the bundled catalogue is unreadable')\n"
        "commands.run_check = broken\n"
        "sys.argv = ['dermacounsel', 'check']\n"
        "cli.run()\n",
        tmp_path,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("dermacounsel: unexpected error: RuntimeError: the bundled catalogue is unreadable")
    assert "Traceback" not in result.stderr
    text = (log_folder(tmp_path) / "dermacounsel.log").read_text(encoding="utf-8")
    assert "Traceback" in text and "the bundled catalogue is unreadable" in text


def test_faulthandler_writes_a_crash_to_the_crash_log(tmp_path: Path) -> None:
    result = run_python(
        "import ctypes\nfrom dermacounsel import app_log\napp_log.start(crash_traces=True)\nctypes.string_at(0)\n",
        tmp_path,
    )
    assert result.returncode != 0
    crash = (log_folder(tmp_path) / "crashes.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "string_at" in crash


def test_redaction_replaces_the_longest_match_first() -> None:
    app_log.keep_out_of_log("Sato Ichiro")
    assert app_log.redact("sheet for Sato Ichiro") == "sheet for [patient]"
    assert app_log.redact("Ichiro") == "[patient]"
    app_log.keep_out_of_log("x")  # too short to redact: it would blank out every x in the log
    assert app_log.redact("export") == "export"
