"""A copy of a Japanese font whose character map lets a PDF writer recover the right characters: no glyph
reachable from a lower code point than the one Japanese text uses for it (no Qt here, only fontTools).

Why: Noto Sans CJK maps both 山 (U+5C71) and the Kangxi radical ⼭ (U+2F2D) to one glyph, and so on for
about 600 glyphs (radicals, ・ and U+2027, ／ and U+2215, 〈 and U+2329, the ideographic space and
U+2003 ...). Qt's PDF writer writes each glyph's text (the ToUnicode map) as the *lowest* code point the
font maps to it, so 山田 花子 is copied and searched as ⼭⽥ 花⼦. Dropping the lower duplicates from the
copy's cmap leaves every glyph one code point below all others: the one Japanese text uses. The glyphs,
layout tables and metrics are copied untouched, so the text looks exactly as before
(docs/japanese-printing.md).
"""

from __future__ import annotations

import io
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

#: Blocks whose characters are look-alikes of others, rarely what Japanese text means to say: CJK Radicals
#: Supplement and Kangxi Radicals, CJK compatibility ideographs (and their supplement).
LOOK_ALIKE_BLOCKS = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def _encodes(character: str, encoding: str) -> bool:
    try:
        character.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _preference(code_point: int) -> tuple[int, int, int, int, int]:
    """Sort key, best first: in the Basic Multilingual Plane (the only one Qt's writer looks in for a
    glyph's text), what Japanese text is written with (Windows' cp932, then JIS X 0213), not a look-alike
    block, its own normal form (NFKC), then the lower code point."""
    character = chr(code_point)
    if _encodes(character, "cp932"):
        standard = 0
    elif _encodes(character, "euc_jis_2004"):
        standard = 1
    else:
        standard = 2
    look_alike = int(any(low <= code_point <= high for low, high in LOOK_ALIKE_BLOCKS))
    normal = int(unicodedata.normalize("NFKC", character) != character)
    return (int(code_point > 0xFFFF), standard, look_alike, normal, code_point)


def shadowing_code_points(cmap: Mapping[int, str]) -> set[int]:
    """The code points to drop so that each glyph's lowest code point is its preferred one: for every
    glyph mapped from several code points, those below the preferred. Higher duplicates stay (text holding
    them still draws, and extracts as the preferred character, which is what it looks like)."""
    by_glyph: dict[str, list[int]] = defaultdict(list)
    for code_point, glyph in cmap.items():
        by_glyph[glyph].append(code_point)
    dropped: set[int] = set()
    for code_points in by_glyph.values():
        if len(code_points) < 2:
            continue
        preferred = min(code_points, key=_preference)
        dropped.update(point for point in code_points if point < preferred)
    return dropped


def _rename(font: object, family: str) -> None:
    """Give the copy its own family (and full and PostScript names), so that it never stands in for the
    installed original; the style (Regular, Bold) is kept."""
    names = font["name"]  # type: ignore[index]
    style = names.getDebugName(17) or names.getDebugName(2) or "Regular"
    postscript = f"{family.replace(' ', '')}-{style.replace(' ', '')}"
    for record in names.names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 3:
            record.string = f"{postscript};derived by DermaCounsel"
        elif record.nameID == 4:
            record.string = f"{family} {style}"
        elif record.nameID == 6:
            record.string = postscript


def derive(tables: Mapping[str, bytes], family: str) -> bytes:
    """A font file (OpenType) from a font's tables, with the shadowing code points dropped from every
    Unicode cmap subtable and the family renamed to `family`. Only cmap and name are rewritten; the rest
    (the 15 MB of CFF outlines of Noto CJK among them) are copied as they are, so this takes about a
    second."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.sfnt import SFNTWriter

    if "cmap" not in tables or "name" not in tables or "maxp" not in tables:
        raise ValueError("not a usable font: its cmap, name or maxp table is missing")
    raw = io.BytesIO()
    writer = SFNTWriter(raw, len(tables), sfntVersion="OTTO" if "CFF " in tables else "\0\1\0\0")
    for tag in sorted(tables):
        writer[tag] = tables[tag]
    writer.close()
    raw.seek(0)
    font = TTFont(raw, lazy=True)
    # The cmap is read by glyph names; naming glyphs by number avoids reading the outlines (CFF) for
    # their names, which would then be rebuilt on saving: a minute instead of a second.
    font.setGlyphOrder([".notdef", *(f"glyph{index:05d}" for index in range(1, font["maxp"].numGlyphs))])
    cmap = font["cmap"]
    dropped = shadowing_code_points(cmap.getBestCmap() or {})
    for subtable in cmap.tables:
        if subtable.format != 14 and subtable.isUnicode():
            for code_point in dropped.intersection(subtable.cmap):
                del subtable.cmap[code_point]
    _rename(font, family)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def ambiguous(cmap: Mapping[int, str], code_points: Iterable[int]) -> list[int]:
    """Of `code_points`, those a writer taking each glyph's lowest code point would not give back."""
    lowest: dict[str, int] = {}
    for code_point in sorted(cmap):
        lowest.setdefault(cmap[code_point], code_point)
    return [point for point in code_points if point in cmap and lowest[cmap[point]] != point]
