"""The radar in Japanese: the `chart --lang ja` command's PNG, SVG and PDF carry the catalogue's Japanese
effect names in a CJK font (no missing-glyph boxes: matplotlib warns of every glyph it cannot draw), SVG
text stays text, PDF text extracts; and Japanese labels wrap between characters by the kinsoku rules."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from matplotlib.image import imread
from pypdf import PdfReader

from dermacounsel.charts.radar import RadarChart, Series, fill
from dermacounsel.services.catalogue import Catalogue

MISSING = "missing from font"


def effect_names(catalogue: Catalogue, language: str) -> list[str]:
    catalogue.set_language(language)
    rated = next(card for card in catalogue.growth_factor_cards() if card.rated)
    return [rating.effect for rating in rated.ratings]


def run_chart(database_path: Path, out: Path, home: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache")}
    env.pop("XDG_CONFIG_HOME", None)
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--db", str(database_path), "chart", "--lang", "ja", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.fixture(scope="module")
def japanese_effects(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    from dermacounsel.storage.database import open_database

    path = tmp_path_factory.mktemp("names") / "catalogue.sqlite3"
    database = open_database(path)
    catalogue = Catalogue(database)
    try:
        names = effect_names(catalogue, "ja")
    finally:
        catalogue.close()
    assert all(any(ord(c) > 0x3000 for c in name) for name in names), names  # the catalogue has them
    return names


@pytest.mark.parametrize("suffix", ["svg", "pdf", "png"])
def test_the_japanese_chart_file_has_its_japanese_labels(
    database_path: Path, tmp_path: Path, suffix: str, japanese_effects: list[str]
) -> None:
    out = tmp_path / f"chart.{suffix}"
    stderr = run_chart(database_path, out, tmp_path)
    assert MISSING not in stderr and "Glyph" not in stderr, stderr  # no tofu in any format
    note = "破線：記事の表にはなく、本文から推定した列"
    if suffix == "svg":
        root = ET.parse(out).getroot()
        texts = ["".join(element.itertext()) for element in root.iter("{http://www.w3.org/2000/svg}text")]
        joined = "".join("".join(texts).split())
        for name in japanese_effects:
            assert name in joined, name  # text stays text, each label whole across its wrapped lines
        assert note in joined
        assert any("Noto Sans CJK JP" in (e.get("style") or "") for e in root.iter("{http://www.w3.org/2000/svg}text"))
    elif suffix == "pdf":
        text = "".join("".join(page.extract_text() for page in PdfReader(out).pages).split())
        for name in japanese_effects:
            assert name in text, name
        assert note in text
        assert not _truetype_holding_cff(PdfReader(out)), "a CFF font embedded as TrueType (readers may refuse it)"
    else:
        image = imread(out)
        assert image.shape[0] > 500 and image.shape[1] > 500


def test_a_missing_glyph_is_reported_so_the_check_above_can_fail(japanese_effects: list[str]) -> None:
    """The control: drawn in DejaVu Sans alone (no CJK font), matplotlib warns of the boxes it draws."""
    from dermacounsel.domain.scale import RatingScale, ScaleStep

    scale = RatingScale(
        tuple(ScaleStep(level, symbol, symbol, symbol) for level, symbol in ((3, "◎"), (2, "○"), (1, "△"), (0, "ー")))
    )
    chart = RadarChart(japanese_effects, scale, language="ja")
    for label in chart.effect_labels:
        label.set_fontfamily(["DejaVu Sans"])
    with warnings.catch_warnings(record=True) as caught:  # the chart lays its labels out as it shows them
        warnings.simplefilter("always")
        chart.show([Series("EGF", "EGF", (3, 2, 1, 0, 1, 2), "#0072B2")])
        chart.figure.savefig(io.BytesIO(), format="png")
    assert any(MISSING in str(w.message) for w in caught)
    chart = RadarChart(japanese_effects, scale, language="ja")
    with warnings.catch_warnings(record=True) as caught:  # the chart lays its labels out as it shows them
        warnings.simplefilter("always")
        chart.show([Series("EGF", "EGF", (3, 2, 1, 0, 1, 2), "#0072B2")])
        chart.figure.savefig(io.BytesIO(), format="png")
    assert not [str(w.message) for w in caught if MISSING in str(w.message)]


def test_japanese_labels_wrap_between_characters_in_balanced_lines() -> None:
    assert fill("コラーゲン産生の促進", 18) == "コラーゲン\n産生の促進"
    assert fill("細胞の増殖・分化の促進", 18) == "細胞の増殖・\n分化の促進"  # ・ never starts a line
    assert fill("創傷治癒の促進", 18) == "創傷治癒の促進"  # fits
    assert fill("IGF-1による細胞の増殖と分化の促進", 14).startswith("IGF-1")  # never inside IGF-1
    for line in fill("お肌の（はり）と、うるおい。ツヤのある肌へ", 10).splitlines():
        assert line[0] not in "、。）ー" and line[-1] != "（", line
    assert fill("Cell proliferation and differentiation", 18) == "Cell proliferation\nand\ndifferentiation"


def _truetype_holding_cff(reader: PdfReader) -> list[str]:
    """Fonts embedded as TrueType (FontFile2) whose data is in fact OpenType with CFF outlines ("OTTO")."""
    wrong = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]:
                descriptor = descendant.get("/FontDescriptor")
                if descriptor is None:
                    continue
                embedded = descriptor.get_object().get("/FontFile2")
                if embedded is not None and embedded.get_object().get_data()[:4] == b"OTTO":
                    wrong.append(str(descendant.get("/BaseFont")))
    return wrong
