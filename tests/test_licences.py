"""`dermacounsel --licenses` and the licence notices shipped with the app."""

from __future__ import annotations

import os
import subprocess
import sys

from dermacounsel import licences


def test_every_component_has_its_notice_and_a_licence() -> None:
    names = [component.name for component in licences.COMPONENTS]
    for expected in ("Qt 6", "Qt for Python (PySide6, shiboken6)", "matplotlib", "SQLAlchemy", "Alembic"):
        assert expected in names
    for expected in ("pydantic", "platformdirs", "Noto Sans CJK", "DejaVu fonts", "Python"):
        assert expected in names
    for component in licences.COMPONENTS:
        text = component.notice_path().read_text(encoding="utf-8")
        assert len(text) > 500, component.name
        assert component.licence and component.url.startswith("https://")
    qt = next(c for c in licences.COMPONENTS if c.name == "Qt 6")
    assert qt.licence == "LGPL-3.0-only" and qt.version()
    notice = qt.notice_path().read_text(encoding="utf-8")
    assert "replace" in notice and "Written offer" in notice and "download.qt.io" in notice
    for full_text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        assert "GNU" in (licences.licences_dir() / full_text).read_text(encoding="utf-8")


def test_licenses_option_lists_components_with_versions_without_loading_qt() -> None:
    probe = (
        "import sys, contextlib, io\n"
        "from dermacounsel.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
        "    main(['--licenses'])\n"
        "print(out.getvalue())\n"
        "print('loaded:', sorted(m for m in ('PySide6', 'sqlalchemy', 'matplotlib') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env={**os.environ}
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "loaded: []" in out
    import matplotlib
    import sqlalchemy

    assert f"matplotlib {matplotlib.__version__}" in out and f"SQLAlchemy {sqlalchemy.__version__}" in out
    assert "LGPL-3.0-only" in out and "OFL-1.1" in out
    assert str(licences.licences_dir()) in out


def test_the_bundle_keeps_the_metadata_of_every_listed_distribution() -> None:
    """The spec copies these distributions' metadata so that versions show in the bundle too."""
    assert "PySide6_Essentials" in licences.distributions_to_bundle()
    assert all(
        c.distribution is None or c.distribution in licences.distributions_to_bundle() for c in licences.COMPONENTS
    )
