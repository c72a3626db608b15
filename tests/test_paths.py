"""paths.write_atomically, the one way the app puts a file in place: whole or not at all, no temporary file
left behind, and the permissions a file would have had if written plainly."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dermacounsel.paths import write_atomically


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_umasks_permissions_not_owner_only(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "sheet.pdf", b"%PDF")
    finally:
        os.umask(previous)
    assert (tmp_path / "sheet.pdf").read_bytes() == b"%PDF"
    assert mode(tmp_path / "sheet.pdf") == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "catalogue.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600


def test_a_failed_replace_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


def test_a_device_or_pipe_is_never_replaced_by_an_atomic_write(tmp_path, database_path, capsys) -> None:
    """`export /dev/null` once renamed a regular file over the system's /dev/null: a target that is not a
    regular file is refused, in one line, and left as it was (a FIFO stands in for the device here)."""
    from dermacounsel.cli import main

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file"):
        write_atomically(pipe, b"x")
    assert main(["--db", str(database_path), "export", str(pipe)]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(pipe.stat().st_mode)
