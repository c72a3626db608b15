"""Japanese printouts: the comparison sheet and the consultation summary written with --lang ja and read
back with pypdf, so that a patient's name and the headings copy and search as the right characters (not
as the Kangxi radicals Qt's PDF writer gave with the installed Noto Sans CJK), in Japanese typography."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from dermacounsel.reports.common import printed_date
from dermacounsel.reports.unambiguous_font import ambiguous, derive, shadowing_code_points

PATIENT = "山田 花子"
#: characters whose glyph Noto Sans CJK JP shares with a lower code point (Kangxi radicals, U+2027,
#: U+2215, U+2329, U+2003): what a PDF writer taking the lowest one got wrong
SHADOWED = "山田子力・／〈〉\u3000"


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squeezed(text: str) -> str:
    """The text without white space: pypdf breaks Japanese lines between words and puts tabs between
    the runs it reads, which Japanese has none of."""
    return "".join(text.split())


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache")}
    env.pop("XDG_CONFIG_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "dermacounsel", *args], env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Both documents in Japanese and the sheet in English, as pypdf reads them; one shared home, so the
    Japanese print font is made once, by the first printing."""
    home = tmp_path_factory.mktemp("home")
    db = str(home / "catalogue.sqlite3")
    texts: dict[str, str] = {}
    jobs = {
        "sheet": ["sheet", "--lang", "ja", "--product", "ベネブ", "--product", "アムニオジェニックス"],
        "summary": ["advise", "--lang", "ja", "--concern", "deep-wrinkles", "--concern", "dryness"],
        "sheet_en": ["sheet", "--lang", "en", "--product", "benev", "--product", "amniogenics"],
    }
    for name, job in jobs.items():
        out = home / f"{name}.pdf"
        result = run_cli(home, "--db", db, "--create", *job, "--patient", PATIENT, "--out", str(out))
        assert result.returncode == 0, result.stderr
        texts[name] = pdf_text(out)
    texts["cache"] = "\n".join(sorted(p.name for p in (home / "cache").rglob("*.otf")))
    return texts


def test_the_patients_name_extracts_as_the_characters_typed(printed: dict[str, str]) -> None:
    for name in ("sheet", "summary", "sheet_en"):
        text = squeezed(printed[name])
        assert "山田花子様" in text or (name == "sheet_en" and "山田花子" in text), (name, text[:300])
        assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text), f"{name}: radicals in {text[:300]!r}"
    assert "DermaCounselSansJP-Regular" in printed["cache"]


def test_japanese_headings_dates_and_footer(printed: dict[str, str]) -> None:
    sheet, summary = squeezed(printed["sheet"]), squeezed(printed["summary"])
    for heading in (
        "製品の比較：ベネブ、アムニオジェニックス",
        "成分",
        "成長因子",
        "製品について",
        "各製品に含まれる成長因子から描いたプロフィール",
    ):
        assert heading in sheet, heading
    for heading in ("ご相談の内容", "お悩み（大切な順）", "導入液を届ける施術", "カウンセリングのまとめ"):
        assert heading in summary, heading
    for text in (sheet, summary):
        assert printed_date(date.today(), "ja") in text  # 2026年12月1日, in the header and the footer
        assert re.search(r"1/\dページ", text), text[-200:]  # "1 / 2 ページ"
        assert "Page1of" not in text and "Preparedfor" not in text and "Source:" not in text
        assert "出典：" in text
    english = " ".join(printed["sheet_en"].split())
    assert "Product comparison: Benev, AmnioGenics" in english and re.search(r"Page 1 of \d", english)


def test_the_unfixed_font_is_what_gave_the_radicals_and_the_copy_does_not() -> None:
    """The cause, on the installed font itself: a writer taking each glyph's lowest code point gets
    山 wrong from Noto Sans CJK JP, and right from the copy the printouts use."""
    source = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    if not source.is_file():
        pytest.skip("fonts-noto-cjk is not installed (.ci/install installs it)")
    font = TTFont(source, fontNumber=0, lazy=True)
    assert font["name"].getDebugName(1) == "Noto Sans CJK JP"
    cmap = font.getBestCmap()
    points = [ord(c) for c in SHADOWED]
    assert ambiguous(cmap, points) == points  # every one of them, before
    tables = {tag: font.reader[tag] for tag in font.reader.keys()}
    copy = TTFont(__import__("io").BytesIO(derive(tables, "DermaCounsel Sans JP")), lazy=True)
    fixed = copy.getBestCmap()
    assert ambiguous(fixed, points) == []
    assert copy["name"].getDebugName(1) == "DermaCounsel Sans JP"
    assert not shadowing_code_points(fixed)
    # nothing a Japanese text is written with was lost: every cp932 character still has its glyph
    lost = [p for p in cmap if p not in fixed and _japanese(p)]
    assert lost == [], [hex(p) for p in lost]


def _japanese(point: int) -> bool:
    try:
        chr(point).encode("cp932")
    except UnicodeEncodeError:
        return False
    return unicodedata.category(chr(point)) != "Cc"


def test_japanese_phrasing_of_the_shared_parts(qapp) -> None:  # type: ignore[no-untyped-def]
    from dermacounsel.reports import common
    from dermacounsel.ui import language

    language.install_translators("ja")
    try:
        assert common.prepared_for_html("山田 花子 様", "ja") == "<p><b>山田 花子</b> 様</p>"  # 様 once
        assert common.prepared_for_html("山田 花子", "ja") == "<p><b>山田 花子</b> 様</p>"
        assert common.caveat_html(common.Caveat("効果には個人差があります。", "記事")).endswith(
            "（出典：記事）</span></p>"
        )
    finally:
        language.install_translators("en")
    assert common.prepared_for_html("Aiko Test", "en") == "<p>Prepared for <b>Aiko Test</b></p>"
    assert common.printed_date(date(2026, 12, 1), "ja") == "2026年12月1日"
    assert common.printed_date(date(2026, 12, 1), "en") == "1 December 2026"
    assert common.listing(["ベネブ", "リジュラン"], "ja") == "ベネブ、リジュラン"
    # the letterhead breaks a long clinic name between its words, never inside 皮膚科 or クリニック
    assert common.name_lines("医療法人社団 スマートスキン美容皮膚科クリニック 銀座院", 44) == [
        "医療法人社団",
        "スマートスキン美容皮膚科クリニック 銀座院",
    ]
    assert common.name_lines("Smart Skin Clinic", 44) == ["Smart Skin Clinic"]
