"""Reads ../shared/domain/DECODING.md (a copy is kept in tests/data) into plain values, so tests can
check the bundled catalogue against the decoded article value by value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDORED = HERE / "data" / "DECODING.md"
SHARED = HERE.parent.parent / "shared" / "domain" / "DECODING.md"


def _tables(text: str) -> list[list[list[str]]]:
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r"-+", cell) for cell in cells):
                current.append(cells)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def _bullets(text: str) -> list[str]:
    bullets: list[str] = []
    for line in text.splitlines():
        if line.startswith("- "):
            bullets.append(line[2:].strip())
        elif line.startswith("  ") and bullets and line.strip():
            bullets[-1] += " " + line.strip()
        elif not line.strip():
            continue
        else:
            bullets.append("") if bullets and bullets[-1] else None
    return [b for b in bullets if b]


def _split_top(text: str, separator: str) -> list[str]:
    """Split on `separator` outside parentheses."""
    parts, depth, start = [], 0, 0
    index = 0
    while index < len(text):
        char = text[index]
        depth += char == "("
        depth -= char == ")"
        if depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index].strip())
            index += len(separator)
            start = index
            continue
        index += 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


@dataclass
class Decoded:
    levels: dict[str, int] = field(default_factory=dict)  # symbol -> level
    legend: dict[int, str] = field(default_factory=dict)  # level -> meaning
    columns: list[str] = field(default_factory=list)  # ["EGF", ..., "PRP+FGF"]
    full_names: dict[str, str] = field(default_factory=dict)
    features: dict[str, str] = field(default_factory=dict)
    effects: list[str] = field(default_factory=list)
    ratings: dict[tuple[str, str], int] = field(default_factory=dict)  # (effect, column) -> level
    procedures: dict[str, dict[str, str]] = field(default_factory=dict)  # row -> column -> cell
    procedure_columns: list[str] = field(default_factory=list)
    functional: dict[str, list[str]] = field(default_factory=dict)  # category -> ingredients
    stem_cell_sources: list[str] = field(default_factory=list)
    exosomes: dict[str, list[str]] = field(default_factory=dict)
    products: dict[str, list[str]] = field(default_factory=dict)  # product -> component phrases
    prp_factors: list[str] = field(default_factory=list)
    japanese_names: list[str] = field(default_factory=list)
    leftovers: dict[str, str] = field(default_factory=dict)  # machine-translation word -> the Japanese
    hedges: dict[str, str] = field(default_factory=dict)  # growth factor -> the hedge to keep ("is said to")
    text: str = ""


def read_decoding(path: Path = VENDORED) -> Decoded:
    text = path.read_text(encoding="utf-8")
    decoded = Decoded(text=text)
    symbols, columns, ratings, procedures = _tables(text)[:4]
    for _gloss, symbol, meaning, level in symbols[1:]:
        decoded.levels[symbol] = int(level)
        decoded.legend[int(level)] = meaning
    for column, feature in columns[1:]:
        abbreviation = re.match(r"(\S+(?: \+ \S+)?)", column).group(1).replace(" + ", "+")
        decoded.columns.append(abbreviation)
        full = re.search(r"\(([^)]*)\)", column)
        if full and "inferred" not in full.group(1):
            decoded.full_names[abbreviation] = full.group(1)
        decoded.features[abbreviation] = feature
    header = ratings[0][1:]
    assert header == decoded.columns, (header, decoded.columns)
    for row in ratings[1:]:
        decoded.effects.append(row[0])
        for column, symbol in zip(header, row[1:], strict=True):
            decoded.ratings[(row[0], column)] = decoded.levels[symbol]
    decoded.procedure_columns = procedures[0][1:]
    for row in procedures[1:]:
        decoded.procedures[row[0]] = dict(zip(decoded.procedure_columns, row[1:], strict=True))

    for bullet in _bullets(text):
        if bullet.startswith("Functional ingredients by expected effect"):
            body = bullet.split("):", 1)[1].split(". The article notes")[0]
            for part in _split_top(body, " · "):
                category, items = part.split(": ", 1)
                decoded.functional[category.strip()] = _split_top(items, ", ")
        elif bullet.startswith("Stem cell sources used in aesthetic medicine:"):
            sources = bullet.split(":", 1)[1].split(".")[0]
            decoded.stem_cell_sources = _split_top(sources, ", ")
        elif bullet.startswith("Exosomes by origin:"):
            body = bullet.split(":", 1)[1].split(". ")[0]
            for part in _split_top(body, "; "):
                origin, effects = re.fullmatch(r"(.*?) \((.*)\)", part.strip()).groups()
                decoded.exosomes[origin] = _split_top(effects, ", ")
        elif bullet.startswith("Machine-translation leftovers"):
            body = bullet.split(":", 1)[1]
            for word, japanese in re.findall(r"\"([^\"]+)\" (?:is|are) ([^\s,]+),", body):
                decoded.leftovers[word] = japanese
            for factor, hedge in re.findall(r"(\S+) \"([^\"]+)\" act", body):
                decoded.hedges[factor] = hedge
        elif bullet.startswith("PRP: "):
            decoded.prp_factors = _split_top(bullet.split("contains ", 1)[1].split(".")[0], ", ")
        elif bullet.startswith("The five products"):
            body = bullet.split("):", 1)[1]
            body, japanese = body.split("Japanese names:")
            decoded.japanese_names = [n.strip(" .") for n in japanese.split(",")]
            for part in _split_top(body, " · "):
                product, components = part.split(": ", 1)
                components = components.split("; caution")[0].rstrip(" .")
                decoded.products[product.strip()] = _split_top(components, ", ")
    return decoded
