"""A process that changes the catalogue over and over and says so after each commit, to be killed with
SIGKILL at a random moment by the crash-safety test.

Usage: python crash_worker.py DB MODE FILE_A FILE_B TAG
MODE is `edits` (a rating, cycling 0-3), `imports` (whole catalogues w0.json to w3.json in turn, from
FILE_A's folder, --replace), `cli-replaces` (the same through `dermacounsel import --replace`),
`restores` (`dermacounsel restore` of W0.sqlite3 to W3.sqlite3, the same catalogues as databases),
`lying-imports` (a broken worker that acknowledges imports it never makes),
`merges` (merging a file that adds one product of its own, `TAG-<n>`, each time), `cli-merges` (the
same through the `dermacounsel import` command, with its before-import backup, and a `backup` every
fifth step), or `lying-merges`: a deliberately broken worker that acknowledges merges it never writes,
which the test must catch.
Prints "ack <state>" after every committed transaction; <state> says what the database now holds.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from itertools import count
from pathlib import Path

from dermacounsel.cli import main as cli
from dermacounsel.storage.catalogue_import import import_catalogue
from dermacounsel.storage.database import open_database
from dermacounsel.storage.editing import CatalogueEditor


def product_file(folder: Path, base: dict, name: str) -> Path:
    """The base catalogue plus one product named `name`."""
    data = dict(base, products=[*base["products"], {"name": name, "components": [{"kind": "other", "name": "Water"}],
                                                      "source": "article"}])  # fmt: skip
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def main() -> None:
    database_path, mode, file_a, _file_b, tag = (
        sys.argv[1],
        sys.argv[2],
        Path(sys.argv[3]),
        Path(sys.argv[4]),
        sys.argv[5],
    )
    database = open_database(Path(database_path))
    editor = CatalogueEditor(database)
    base = json.loads(file_a.read_text(encoding="utf-8"))
    folder = Path(tempfile.mkdtemp(prefix="crash-worker-"))
    print("ready", flush=True)
    for step in count():
        if mode == "edits":
            level = step % 4
            editor.set_rating("EGF", "angiogenesis", level)
            print(f"ack {level}", flush=True)
        elif mode in ("imports", "cli-replaces", "restores", "lying-imports"):
            name = f"W{step % 4}"  # the test writes w0.json..w3.json and W0.sqlite3..W3.sqlite3 beside FILE_A
            whole = file_a.parent / f"{name.lower()}.json"
            if mode == "imports":
                import_catalogue(database, whole, replace=True)
            elif mode == "cli-replaces":
                with contextlib.redirect_stdout(io.StringIO()):
                    assert cli(["--db", database_path, "import", "--replace", str(whole)]) == 0
            elif mode == "restores":
                with contextlib.redirect_stdout(io.StringIO()):
                    assert cli(["--db", database_path, "restore", str(file_a.parent / f"{name}.sqlite3")]) == 0
            elif step % 2 == 0:  # lying-imports skips every second catalogue, and acknowledges them all
                import_catalogue(database, whole, replace=True)
            print(f"ack {name}", flush=True)
        else:
            name = f"{tag}-{step}"
            path = product_file(folder, base, name)
            if mode == "merges":
                report = import_catalogue(database, path)
                assert report.written
            elif mode == "cli-merges":
                with contextlib.redirect_stdout(io.StringIO()):
                    assert cli(["--db", database_path, "import", str(path)]) == 0
                    if step % 5 == 4:
                        assert cli(["--db", database_path, "backup"]) == 0
            elif mode != "lying-merges":
                raise SystemExit(f"unknown mode {mode!r}")
            print(f"ack {name}", flush=True)


if __name__ == "__main__":
    main()
