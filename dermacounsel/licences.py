"""Third-party components DermaCounsel ships with, their licences and notices (`--licenses`, Help > About)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dermacounsel import paths


@dataclass(frozen=True)
class Component:
    """One third-party piece of the app.

    Attributes:
        name: what it is called.
        licence: its licence as an SPDX expression.
        notice: the file in resources/licences/ with its licence text and copyright notices.
        distribution: the Python distribution it comes from, for its version (None: not a Python package).
        url: where its source is published.
        note: what it is for, in a few words.
    """

    name: str
    licence: str
    notice: str
    distribution: str | None
    url: str
    note: str

    def version(self) -> str:
        """The installed version, or "" when it cannot be known (not a Python package, no metadata)."""
        if self.distribution is None:
            return ""
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version(self.distribution)
        except PackageNotFoundError:
            return ""

    def notice_path(self) -> Path:
        return licences_dir() / self.notice


COMPONENTS: tuple[Component, ...] = (
    Component(
        "Qt 6",
        "LGPL-3.0-only",
        "qt-and-pyside6.txt",
        "PySide6_Essentials",
        "https://download.qt.io/official_releases/qt/",
        "the windows, printing and PDF writing",
    ),
    Component(
        "Qt for Python (PySide6, shiboken6)",
        "LGPL-3.0-only",
        "qt-and-pyside6.txt",
        "PySide6_Essentials",
        "https://download.qt.io/official_releases/QtForPython/",
        "Qt from Python",
    ),
    Component(
        "Python",
        "PSF-2.0",
        "python.txt",
        None,
        "https://www.python.org/downloads/source/",
        "the language; inside the bundled app",
    ),
    Component(
        "matplotlib",
        "LicenseRef-matplotlib",
        "matplotlib.txt",
        "matplotlib",
        "https://github.com/matplotlib/matplotlib",
        "the radar charts and their SVG and PDF export",
    ),
    Component(
        "DejaVu fonts",
        "Bitstream-Vera",
        "matplotlib.txt",
        None,
        "https://dejavu-fonts.github.io/",
        "the charts' lettering (shipped inside matplotlib)",
    ),
    Component(
        "Noto Sans CJK",
        "OFL-1.1",
        "noto-sans-cjk.txt",
        None,
        "https://github.com/notofonts/noto-cjk",
        "Japanese text where the system has no CJK font; inside the bundled app",
    ),
    Component("SQLAlchemy", "MIT", "sqlalchemy.txt", "SQLAlchemy", "https://www.sqlalchemy.org/", "the database"),
    Component("Alembic", "MIT", "alembic.txt", "alembic", "https://alembic.sqlalchemy.org/", "database migrations"),
    Component("Mako", "MIT", "mako.txt", "Mako", "https://www.makotemplates.org/", "used by Alembic"),
    Component("MarkupSafe", "BSD-3-Clause", "markupsafe.txt", "MarkupSafe", "https://palletsprojects.com/", "Mako"),
    Component("pydantic", "MIT", "pydantic.txt", "pydantic", "https://docs.pydantic.dev/", "catalogue file checks"),
    Component("pydantic-core", "MIT", "pydantic-core.txt", "pydantic_core", "https://github.com/pydantic", "pydantic"),
    Component(
        "annotated-types",
        "MIT",
        "annotated-types.txt",
        "annotated-types",
        "https://github.com/annotated-types",
        "pydantic",
    ),
    Component(
        "typing-inspection",
        "MIT",
        "typing-inspection.txt",
        "typing-inspection",
        "https://github.com/pydantic",
        "pydantic",
    ),
    Component(
        "typing_extensions",
        "PSF-2.0",
        "typing-extensions.txt",
        "typing_extensions",
        "https://github.com/python/typing_extensions",
        "SQLAlchemy, pydantic",
    ),
    Component(
        "platformdirs", "MIT", "platformdirs.txt", "platformdirs", "https://github.com/tox-dev/platformdirs", "folders"
    ),
    Component(
        "NumPy",
        "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0",
        "numpy.txt",
        "numpy",
        "https://numpy.org/",
        "matplotlib (with the libraries its wheel bundles, listed in its notice)",
    ),
    Component("Pillow", "MIT-CMU", "pillow.txt", "pillow", "https://python-pillow.org/", "matplotlib's images"),
    Component("fontTools", "MIT", "fonttools.txt", "fonttools", "https://github.com/fonttools/fonttools", "matplotlib"),
    Component(
        "kiwisolver", "BSD-3-Clause", "kiwisolver.txt", "kiwisolver", "https://github.com/nucleic/kiwi", "matplotlib"
    ),
    Component("contourpy", "BSD-3-Clause", "contourpy.txt", "contourpy", "https://github.com/contourpy", "matplotlib"),
    Component("cycler", "BSD-3-Clause", "cycler.txt", "cycler", "https://github.com/matplotlib/cycler", "matplotlib"),
    Component("pyparsing", "MIT", "pyparsing.txt", "pyparsing", "https://github.com/pyparsing/pyparsing", "matplotlib"),
    Component(
        "python-dateutil",
        "Apache-2.0 AND BSD-3-Clause",
        "python-dateutil.txt",
        "python-dateutil",
        "https://github.com/dateutil/dateutil",
        "matplotlib",
    ),
    Component(
        "packaging",
        "Apache-2.0 OR BSD-2-Clause",
        "packaging.txt",
        "packaging",
        "https://github.com/pypa/packaging",
        "matplotlib",
    ),
)


def licences_dir() -> Path:
    return paths.resources_dir() / "licences"


def distributions_to_bundle() -> list[str]:
    """The Python distributions whose metadata the bundle keeps, so that versions can be shown."""
    return sorted({c.distribution for c in COMPONENTS if c.distribution is not None})


def report() -> str:
    """The plain-text list printed by `dermacounsel --licenses`."""
    from dermacounsel import __version__

    lines = [
        f"DermaCounsel {__version__} uses these third-party components:",
        "",
    ]
    width = max(len(c.name) for c in COMPONENTS) + 12
    for component in COMPONENTS:
        version = component.version()
        name = f"{component.name} {version}" if version else component.name
        lines.append(f"  {name:<{width}} {component.licence}")
        lines.append(f"      {component.note}; {component.url}")
    lines += [
        "",
        "Qt and PySide6 are used under the GNU LGPL version 3: the app is one folder in which they are",
        "ordinary, replaceable files, and their source is offered in qt-and-pyside6.txt.",
        f"Full licence texts and notices: {licences_dir()}",
    ]
    return "\n".join(lines) + "\n"
