"""A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl in a temporary folder, listening on a Unix
socket there only (no TCP port), trusted local connections. Run as an unprivileged user when the tests run
as root (initdb refuses root)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "dermacounsel"


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    candidates = [Path(found).resolve().parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def unavailable_reason() -> str | None:
    """Why no cluster can be started here, or None."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'dermacounsel[postgres]')"
    if _binaries() is None:
        return "PostgreSQL's initdb and pg_ctl are not installed (apt-get install postgresql)"
    return None


@dataclass
class Cluster:
    """A running cluster: its folder, its socket folder, and how to reach a database on it."""

    folder: Path
    socket: Path
    bin: Path
    user: str | None

    def url(self, database: str, role: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{role}@/{database}?host={self.socket}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket), dbname=database, user=SUPERUSER, autocommit=True) as c:
            c.execute(statement)  # type: ignore[arg-type]

    def require_password(self, role: str, password: str) -> None:
        """Make `role` log in with a password (SCRAM), as a real server's front desks do; others stay
        trusted."""
        self.sql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        self.sql(f"ALTER ROLE {role} PASSWORD '{password}'")
        hba = self.folder / "data" / "pg_hba.conf"
        rule = f"local all {role} scram-sha-256\n"
        text = hba.read_text()
        if rule not in text:
            hba.write_text(rule + text)
        self._run("pg_ctl", "-D", str(self.folder / "data"), "reload")
        import time

        time.sleep(0.3)  # the postmaster rereads pg_hba.conf on SIGHUP

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / tool), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)


def start() -> Cluster:
    binaries = _binaries()
    assert binaries is not None
    folder = Path(tempfile.mkdtemp(prefix="dermacounsel-pg-"))
    user = None
    if os.geteuid() == 0:
        user = "nobody"
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    folder.chmod(0o755)
    cluster = Cluster(folder, folder, binaries, user)
    cluster._run("initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync")
    options = f"-c listen_addresses='' -c unix_socket_directories={folder} -c fsync=off"
    result = cluster._run(
        "pg_ctl", "-D", str(folder / "data"), "-l", str(folder / "log"), "-o", options, "-w", "start", check=False
    )
    if result.returncode != 0:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        raise RuntimeError(f"pg_ctl start failed: {result.stderr.strip()} {log[-500:]}")
    return cluster
