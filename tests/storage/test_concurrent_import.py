"""Two imports at once, in two processes: each acknowledged import's rows are in the catalogue afterwards,
and a writer kept waiting too long is told the catalogue is busy, in one line, with nothing changed."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dermacounsel import paths
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.database import DatabaseError, open_database

SPAWN = multiprocessing.get_context("spawn")  # a fresh interpreter, as a second `dermacounsel` would be


def one_more_product(folder: Path, name: str) -> Path:
    """The bundled catalogue plus one product of its own."""
    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    data["products"].append(
        {
            "name": name,
            "components": [{"kind": "functional", "name": "Hyaluronic acid", "ingredient": "hyaluronic-acid"}],
            "source": "article",
        }
    )
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def product_names(database_path: Path) -> list[str]:
    database = open_database(database_path)
    try:
        with database.reading() as session:
            return [p.name["en"] for p in read_catalogue_document(session).products]
    finally:
        database.close()


def _plan_wait_apply(database_path: str, file: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    """A worker process: plan the merge, wait until the other worker has planned too, then apply."""
    from dermacounsel.storage.catalogue_import import apply_import, plan_import

    database = open_database(Path(database_path))
    try:
        plan = plan_import(database, Path(file))
        barrier.wait(timeout=60)
        report = apply_import(database, plan, replace=False)
        results.put((file, report.written, [str(entry) for entry in report.added]))
    finally:
        database.close()


def test_two_merges_planned_on_the_same_catalogue_both_land(database_path: Path, tmp_path: Path) -> None:
    """Both workers plan against the catalogue without the other's product (the race the review hit in
    4 of 5 trials); the second to write must lay its product over the first's, not over the old state."""
    files = [one_more_product(tmp_path, name) for name in ("Serum A", "Serum B")]
    barrier, results = SPAWN.Barrier(2), SPAWN.Queue()
    workers = [
        SPAWN.Process(target=_plan_wait_apply, args=(str(database_path), str(file), barrier, results)) for file in files
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    acknowledged = [results.get(timeout=5) for _ in workers]
    assert all(written and added == [f"product {Path(file).stem}"] for file, written, added in acknowledged)
    names = product_names(database_path)
    assert "Serum A" in names and "Serum B" in names


def test_two_cli_imports_started_together_both_land(database_path: Path, tmp_path: Path) -> None:
    files = [one_more_product(tmp_path, name) for name in ("Serum C", "Serum D")]
    command = [sys.executable, "-m", "dermacounsel", "--db", str(database_path), "import"]
    env = {**os.environ, "PYTHONUTF8": "1"}
    runs = [subprocess.Popen([*command, str(file)], stdout=subprocess.PIPE, text=True, env=env) for file in files]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert all("1 added" in output for output in outputs), outputs
    names = product_names(database_path)
    assert "Serum C" in names and "Serum D" in names


def test_an_import_kept_waiting_by_another_writer_says_busy(database_path: Path, tmp_path: Path) -> None:
    from dermacounsel.storage.catalogue_import import import_catalogue

    before = product_names(database_path)
    holder = sqlite3.connect(database_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
    database = open_database(database_path)
    try:
        with pytest.raises(DatabaseError, match="is busy: another program is writing to it"):
            import_catalogue(database, one_more_product(tmp_path, "Serum E"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        database.close()
    assert product_names(database_path) == before
