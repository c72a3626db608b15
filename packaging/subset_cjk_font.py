"""Cuts Noto Sans CJK down to the Japanese the app can meet, for the Linux bundle (about 8 MB a weight
instead of 20): Latin, punctuation and symbols, kana, and every kanji of JIS X 0208 (cp932, with the NEC
and IBM extensions Windows uses) and JIS X 0213 (for rarer kanji in patients' names).

    python packaging/subset_cjk_font.py SOURCE.ttc OUT.otf

Subsetting is a modification the SIL Open Font License allows; the font keeps its name (Noto CJK has no
reserved font name) and its licence (resources/licences/noto-sans-cjk.txt)."""

from __future__ import annotations

import sys

from fontTools import subset


def japanese_code_points() -> list[int]:
    points = list(range(0x20, 0x250)) + list(range(0x2000, 0x2C00))  # Latin, punctuation, symbols, shapes
    for point in range(0x3000, 0x10000):
        character = chr(point)
        for encoding in ("cp932", "euc_jis_2004"):
            try:
                character.encode(encoding)
            except UnicodeEncodeError:
                continue
            points.append(point)
            break
    return sorted(set(points))


def main(source: str, target: str) -> None:
    options = subset.Options()
    options.font_number = 0  # the collection's first face: Noto Sans CJK JP
    options.layout_features = ["*"]  # vertical forms, proportional kana, ligatures
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=japanese_code_points())
    subsetter.subset(font)
    subset.save_font(font, target, options)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
