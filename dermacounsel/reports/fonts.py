"""The fonts the printouts are set in: DejaVu Sans for English, and for Japanese a copy of Noto Sans CJK JP
whose text a PDF gives back as the right characters (reports/unambiguous_font.py says why), made on the
first printing and kept in the user's cache folder.

The copy is made from the font Qt itself uses (its tables, read through QRawFont), so it needs no font
file path and follows the system's font (or the bundle's). A system without Noto Sans CJK JP prints with
whatever Japanese font Qt falls back to, as before."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from dermacounsel import paths

SOURCE_FAMILY = "Noto Sans CJK JP"
#: the copy's family: its own, so that it never stands in for (or is shadowed by) the installed original
PRINT_FAMILY = "DermaCounsel Sans JP"
LATIN_FAMILY = "DejaVu Sans"
#: changes when the derivation does, so that an older cached copy is made again
DERIVATION = "1"
#: every table an OpenType or TrueType font may carry that a printout needs (QRawFont reads by tag)
TABLES = (
    "BASE", "CFF ", "CFF2", "GDEF", "GPOS", "GSUB", "JSTF", "MATH", "OS/2", "VORG", "cmap", "cvt ", "fpgm",
    "gasp", "glyf", "hdmx", "head", "hhea", "hmtx", "kern", "loca", "maxp", "name", "post", "prep", "vhea",
    "vmtx", "STAT", "meta",
)  # fmt: skip

log = logging.getLogger(__name__)
_registered: list[str | None] = []  # once per process: the family registered, or None if none could be


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(paths.APP_NAME, appauthor=False) / "fonts"


def _source(bold: bool) -> QRawFont | None:
    """The installed Noto Sans CJK JP in this weight, as Qt would draw it; None if it is not installed
    (Qt would substitute another family) or has no face of this weight (Qt emboldens the regular one)."""
    font = QFont(SOURCE_FAMILY)
    font.setBold(bold)
    raw = QRawFont.fromFont(font)
    if not raw.isValid() or raw.familyName() != SOURCE_FAMILY:
        return None
    if bold != (raw.weight() >= QFont.Weight.DemiBold.value):
        return None
    return raw


def _derived_file(raw: QRawFont, bold: bool) -> Path | bytes:
    """The cached copy of `raw` (made now if missing), or the copy's bytes when the cache cannot be
    written. Its name holds a digest of the source's header and name tables, so an updated system font
    gets a new copy."""
    from dermacounsel.reports.unambiguous_font import derive

    head = bytes(raw.fontTable("head").data()) + bytes(raw.fontTable("name").data())
    digest = hashlib.sha256(head + DERIVATION.encode()).hexdigest()[:16]
    style = "Bold" if bold else "Regular"
    path = cache_dir() / f"{PRINT_FAMILY.replace(' ', '')}-{style}-{digest}.otf"
    if path.is_file():
        return path
    tables = {tag: bytes(raw.fontTable(tag).data()) for tag in TABLES}
    data = derive({tag: table for tag, table in tables.items() if table}, PRINT_FAMILY)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for older in path.parent.glob(f"{PRINT_FAMILY.replace(' ', '')}-{style}-*.otf"):
            older.unlink(missing_ok=True)
        paths.write_atomically(path, data)
    except OSError as error:
        log.warning("the print font cannot be cached in %s (%s); it is made again next time", path.parent, error)
        return data
    return path


def japanese_print_family() -> str | None:
    """The family of the Japanese print font, registered with Qt on the first call (about two seconds the
    first time on a machine, then a look at the cache); None when Noto Sans CJK JP is not installed or the
    copy cannot be made (the printouts then use the system's Japanese font)."""
    if _registered:
        return _registered[0]
    family: str | None = None
    for bold in (False, True):
        raw = _source(bold)
        if raw is None:
            continue
        try:
            derived = _derived_file(raw, bold)
        except Exception as error:  # a font fontTools cannot read: print with the system's font instead
            log.warning("the Japanese print font could not be made from %s: %s", SOURCE_FAMILY, error)
            continue
        if isinstance(derived, Path):
            font_id = QFontDatabase.addApplicationFont(str(derived))
        else:
            font_id = QFontDatabase.addApplicationFontFromData(derived)
        if font_id >= 0 and PRINT_FAMILY in QFontDatabase.applicationFontFamilies(font_id):
            family = PRINT_FAMILY
    _registered.append(family)
    return family


def families(language: str) -> list[str]:
    """The families a printout in `language` is set in, first choice first: Japanese in the Japanese
    font throughout (its Latin letters and punctuation match its kana); English in DejaVu Sans, with the
    Japanese font for Japanese names and addresses."""
    japanese = japanese_print_family() or SOURCE_FAMILY
    return [japanese, LATIN_FAMILY] if language == "ja" else [LATIN_FAMILY, japanese]


def document_font(language: str, point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(families(language))
    font.setPointSizeF(point_size)
    return font
