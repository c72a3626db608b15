"""The bundled fonts are added only where the system lacks them; the C locale becomes UTF-8 for Qt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from dermacounsel.ui import identity
from dermacounsel.ui.app import make_application


def test_nothing_is_added_outside_the_bundle_or_when_the_system_has_the_fonts(tmp_path: Path) -> None:
    make_application()
    assert not identity.bundled_fonts_dir().exists()  # a checkout or a wheel has no bundled fonts
    assert identity.add_missing_fonts(tmp_path / "absent") == []
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)  # .ci/install brings Noto CJK
    assert identity.add_missing_fonts(fonts) == []


def test_on_a_bare_system_the_bundled_and_matplotlib_fonts_are_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    dejavu = identity._matplotlib_dejavu()
    assert any(path.name == "DejaVuSans.ttf" for path in dejavu)
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(next(p for p in dejavu if p.name == "DejaVuSans-Bold.ttf"), fonts / "StandIn-CJK.ttf")

    class BareSystem(QFontDatabase):
        """What a laptop without DejaVu and without any Japanese font reports."""

        @staticmethod
        def families(*_writing_system: object) -> list[str]:  # type: ignore[override]
            return []

    monkeypatch.setattr(identity, "QFontDatabase", BareSystem)
    assert "DejaVu Sans" in identity.add_missing_fonts(fonts)


def test_the_c_locale_becomes_utf8_before_qt_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity.sys, "platform", "linux")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setattr(identity.locale, "setlocale", lambda *_args: "C")
    monkeypatch.delenv("LC_CTYPE", raising=False)
    identity.prepare_environment()
    assert identity.os.environ["LC_CTYPE"] == "C.UTF-8"
