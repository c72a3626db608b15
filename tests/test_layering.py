"""`domain` and `storage` never import Qt (or the GUI layers), so they stay usable without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import dermacounsel.domain
import dermacounsel.storage


def modules_of(package: object) -> list[str]:
    return [f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)]  # type: ignore[attr-defined]


def test_domain_and_storage_import_without_qt_or_matplotlib() -> None:
    names = modules_of(dermacounsel.domain) + modules_of(dermacounsel.storage)
    assert "dermacounsel.storage.database" in names and "dermacounsel.domain.scale" in names
    probe = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib'))"
        " + sorted(m for m in sys.modules if m.startswith(('dermacounsel.ui', 'dermacounsel.charts'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_domain_does_not_import_sqlalchemy() -> None:
    names = modules_of(dermacounsel.domain)
    probe = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
