"""A catalogue in a read-only folder (as on a read-only medium) opens read-only with its banner, and the
commands that only read work there; those that write are refused in one line.

Root is not stopped by permissions, so when the tests run as root (as CI does) the commands run as the
unprivileged user `nobody`, which the folder's permissions do stop."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unprivileged import REPO, environment, python, shared_folder


@pytest.fixture
def read_only_folder(database_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """The catalogue in a folder nobody may write, and an environment with a home the user may write."""
    top = shared_folder()
    try:
        folder = top / "medium"
        folder.mkdir()
        path = folder / "catalogue.sqlite3"
        shutil.copy(database_path, path)
        path.chmod(0o444)
        folder.chmod(0o555)
        env = environment(top / "home")
        yield path, env
    finally:
        for entry in (top / "medium", top / "medium" / "catalogue.sqlite3"):
            if entry.exists():
                entry.chmod(0o755)
        shutil.rmtree(top, ignore_errors=True)


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return python(env, *args)


def test_the_folder_really_stops_the_user_writing(read_only_folder) -> None:
    path, env = read_only_folder
    probe = "import os, sys; print(os.access(sys.argv[1], os.W_OK), os.access(os.path.dirname(sys.argv[1]), os.W_OK))"
    assert run(env, "-c", probe, str(path)).stdout.split() == ["False", "False"]


def test_the_app_opens_it_read_only_with_the_banner(read_only_folder) -> None:
    """It used to say "DermaCounsel is already open with this catalogue": it could not make its lock file."""
    path, env = read_only_folder
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from dermacounsel.services.catalogue import Catalogue\n"
        "from dermacounsel.ui.app import make_application\n"
        "from dermacounsel.ui.main_window import MainWindow\n"
        "app = make_application()\n"
        "database = Catalogue.open(Path(sys.argv[1]))\n"
        "window = MainWindow(database)\n"
        "print(database.read_only, window.banner.isVisibleTo(window), window.import_action.isEnabled())\n"
        "print(window.banner.text())\n"
        "database.close()\n"
    )
    shown = run(env, "-c", probe, str(path))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0] == "True True False"
    assert "read-only" in shown.stdout.splitlines()[1]
    started = run(env, "-m", "dermacounsel", "--db", str(path), "--terminate-after-init")
    assert started.returncode == 0, started.stderr
    assert "already open" not in started.stderr
    assert sorted(p.name for p in path.parent.iterdir()) == ["catalogue.sqlite3"]


def test_reading_commands_work_and_writing_ones_are_refused_in_one_line(read_only_folder) -> None:
    path, env = read_only_folder
    before = path.read_bytes()
    assert run(env, "-m", "dermacounsel", "--db", str(path), "check").returncode == 0
    exported = run(env, "-m", "dermacounsel", "--db", str(path), "export", "-")
    assert exported.returncode == 0 and '"dermacounsel-catalogue"' in exported.stdout
    data = json.loads((REPO / "db" / "catalogue.json").read_text(encoding="utf-8"))
    data["products"].append(
        {"name": "New Serum", "components": [{"kind": "other", "name": "Water"}], "source": "article"}
    )
    clinic = Path(env["HOME"]) / "clinic.json"
    clinic.write_text(json.dumps(data), encoding="utf-8")
    clinic.chmod(0o644)
    for command in (["import", str(clinic)], ["import", "--replace", str(clinic)], ["backup"]):
        refused = run(env, "-m", "dermacounsel", "--db", str(path), *command)
        assert refused.returncode == 1, (command, refused.stdout, refused.stderr)
        assert refused.stderr.startswith("dermacounsel: error: ") and refused.stderr.count("\n") == 1, refused.stderr
        assert "Traceback" not in refused.stderr
        assert ("is read-only" if command[0] == "import" else "Permission denied") in refused.stderr
    assert path.read_bytes() == before


def test_creating_a_catalogue_in_a_read_only_folder_is_one_line(read_only_folder) -> None:
    """`export` and `render` with a --db naming a new file in a read-only folder gave tracebacks."""
    path, env = read_only_folder
    new = path.with_name("new.sqlite3")
    for command in (["export", "-"], ["render", "explorer", "--out", str(Path(env["HOME"]) / "x.png")]):
        for create in ([], ["--create"]):
            result = run(env, "-m", "dermacounsel", "--db", str(new), *create, *command)
            assert result.returncode == 1, (command, create, result.stderr)
            assert result.stderr.startswith(f"dermacounsel: error: {new}: ") and result.stderr.count("\n") == 1
    assert not new.exists()
