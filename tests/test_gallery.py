"""The gallery (docs/gallery.py) renders every view, dialog and printout, and what it draws fits."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="the printouts' pages are drawn with pdftoppm")
def test_the_gallery_renders_every_picture_on_one_screen(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "docs" / "gallery.py"), "--out", str(tmp_path), "--screen", "1280x720",
         "--lang", "ja"],
        check=True, timeout=600,
    )  # fmt: skip
    names = sorted(path.name for path in tmp_path.glob("*.png"))
    views = ["explorer", "growth-factors", "compare", "counsel", "ingredients", "procedures"]
    expected = [f"{v}-1280x720-{m}-ja.png" for v in views for m in ("normal", "presentation")]
    expected += [f"editor-{tab}-1280x720-normal-ja.png" for tab in ("ratings", "products", "ingredients")]
    dialogs = ("settings", "backups", "help", "about", "print-options", "import", "print-preview")
    expected += [f"dialog-{d}-1280x720-normal-ja.png" for d in dialogs]
    expected += ["print-sheet-a4-page1-ja.png", "print-summary-a4-page1-ja.png"]
    assert sorted(expected) == names
    for name in names:  # a picture, not a blank: many colours, none of them nearly everywhere
        image = QImage(str(tmp_path / name))
        assert image.width() >= 120 and image.height() >= 80, name
        step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
        colours = [image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)]
        assert len(set(colours)) > 8, name
        assert max(colours.count(c) for c in set(colours)) < 0.97 * len(colours), name
    fits = json.loads((tmp_path / "fits.json").read_text(encoding="utf-8"))["1280x720-ja"]
    assert fits["screen"] == [1280, 720]
    assert {name: window for name, window in fits["windows"].items() if not window["fits"]} == {}
    assert fits["overlaps"] == []  # the editor's Products form: no widget drawn over another
