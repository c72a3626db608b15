"""Running a command as a user whom file permissions stop: the tests run as root in CI, and root writes
and reads whatever the permissions say, so permission behaviour is observed as `nobody` there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def prefix() -> list[str]:
    """The command prefix that runs a command as an unprivileged user (nothing when not root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv to run as an unprivileged user")
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]


def shared_folder() -> Path:
    """A new folder that the unprivileged user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="dermacounsel-perm-"))
    folder.chmod(0o755)
    return folder


def environment(home: Path) -> dict[str, str]:
    home.mkdir(exist_ok=True)
    home.chmod(0o777)
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def python(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """This interpreter, run as the unprivileged user, from /."""
    return subprocess.run(
        [*prefix(), sys.executable, *args], capture_output=True, text=True, timeout=180, env=env, cwd="/"
    )
