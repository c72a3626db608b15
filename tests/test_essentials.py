"""The app needs only PySide6-Essentials: it depends on it (not the PySide6 meta-package with its 418 MiB of
add-ons), and nothing it imports, at start or inside a function, lies outside it."""

from __future__ import annotations

import ast
import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "dermacounsel"


def essentials_modules() -> set[str]:
    """The PySide6 modules the PySide6-Essentials wheel installs (PySide6/QtCore.abi3.so -> QtCore)."""
    files = importlib.metadata.files("PySide6_Essentials") or []
    return {
        Path(str(f)).name.split(".")[0]
        for f in files
        if str(f).startswith("PySide6/") and str(f).count("/") == 1 and (".so" in str(f) or str(f).endswith(".pyd"))
    }


def pyside6_imports_in_source() -> dict[str, set[str]]:
    """Every `PySide6.X` the package's source imports, anywhere, with the files that do."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    found.setdefault(parts[1], set()).add(str(path.relative_to(REPO)))
    return found


def test_the_package_depends_on_pyside6_essentials_not_the_meta_package() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [requirement.split(">")[0].split("<")[0].split("=")[0].strip() for requirement in project["dependencies"]]
    assert "PySide6-Essentials" in names
    assert "PySide6" not in names and "PySide6-Addons" not in names


def test_every_qt_module_in_the_source_is_in_essentials() -> None:
    essentials = essentials_modules()
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtNetwork", "QtSvg"} <= essentials
    used = pyside6_imports_in_source()
    assert {"QtCore", "QtGui", "QtWidgets"} <= set(used)
    outside = {module: sorted(files) for module, files in used.items() if module not in essentials}
    assert outside == {}


def test_importing_every_module_loads_no_qt_module_outside_essentials() -> None:
    """At run time too (matplotlib's Qt backend, for one, picks its Qt modules itself)."""
    probe = (
        "import importlib, pkgutil, sys\n"
        "import dermacounsel\n"
        "for info in pkgutil.walk_packages(dermacounsel.__path__, 'dermacounsel.'):\n"
        "    if info.name not in ('dermacounsel.__main__',):\n"
        "        importlib.import_module(info.name)\n"
        "import matplotlib.backends.backend_qtagg\n"
        "print(' '.join(sorted({m.split('.')[1] for m in sys.modules if m.startswith('PySide6.Qt')})))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "QtWidgets" in loaded
    assert loaded <= essentials_modules(), loaded - essentials_modules()
