"""A built wheel carries resources/ and db/ inside the package, and the installed app works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("dermacounsel-*.whl")
    return built


def test_wheel_ships_resources_seed_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "dermacounsel/resources/style.qss",
        "dermacounsel/db/catalogue.json",
        "dermacounsel/db/migrations/env.py",
        "dermacounsel/db/migrations/script.py.mako",
        "dermacounsel/db/migrations/versions/0001_initial_schema.py",
        "dermacounsel/cli/__init__.py",
        # issue 18: licences, icons, the desktop entry and the help travel with the app
        "dermacounsel/resources/licences/qt-and-pyside6.txt",
        "dermacounsel/resources/licences/LGPL-3.0.txt",
        "dermacounsel/resources/icons/dermacounsel.svg",
        "dermacounsel/resources/icons/dermacounsel-256.png",
        "dermacounsel/resources/desktop/org.dermacounsel.DermaCounsel.desktop",
        "dermacounsel/resources/desktop/org.dermacounsel.DermaCounsel.metainfo.xml",
        "dermacounsel/resources/help/en/guide.html",
        "dermacounsel/resources/help/ja/guide.html",
    ):
        assert expected in names, expected
    assert not any(name.startswith(("tests/", "resources/", "db/")) for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "dermacounsel = dermacounsel.cli:run" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], capture_output=True, text=True, timeout=120, cwd=elsewhere, env=env
        )

    where = run("-c", "import dermacounsel.paths as p; print(p.__file__); print(p.resources_dir()); print(p.db_dir())")
    module, resources, db = where.stdout.split()
    assert module.startswith(str(site)) and resources.startswith(str(site)) and db.startswith(str(site))
    database = tmp_path / "catalogue.sqlite3"
    exported = run("-m", "dermacounsel", "--db", str(database), "--create", "export", "-")
    assert exported.returncode == 0, exported.stderr
    assert '"name": "REJURAN"' in exported.stdout or '"en": "REJURAN"' in exported.stdout
    assert run("-m", "dermacounsel", "--db", str(database), "check").returncode == 0
    gui = run("-m", "dermacounsel", "--db", str(database), "--terminate-after-init")
    assert gui.returncode == 0, gui.stderr
