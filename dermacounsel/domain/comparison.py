"""Comparing products side by side: which components they share, which only one has, and a one-line
summary of each, all derived from the catalogue.

Two components are the same row when they link to the same catalogue entry (Premium Cell's bFGF and
Benev's FGF both link to FGF) or, unlinked, when their names match ignoring case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dermacounsel.domain.phrasing import Phrasing
from dermacounsel.domain.profiles import Profile
from dermacounsel.domain.records import ComponentInfo, ProductDetail

#: Row groups in display order (the views and the sheet head them in the interface's language).
GROUPS: tuple[str, ...] = ("growth-factor", "stem-cell", "exosome", "other", "functional")
SHARED, UNIQUE, SOME = "shared", "unique", "some"
OPEN_ROW = "etc."


@dataclass(frozen=True)
class Cell:
    """One product's entry in a row: its own name for the component, or absent (None)."""

    text: str | None
    component: ComponentInfo | None = None

    @property
    def present(self) -> bool:
        return self.text is not None


@dataclass(frozen=True)
class Row:
    """A row of the comparison.

    Attributes:
        group: the kind of component (see GROUPS).
        label: the catalogue's name for it (FGF, even where a product says bFGF).
        cells: one per product, in the products' order.
        mark: "shared" (in every product), "unique" (in exactly one) or "some".
        link_kind, link_key: the catalogue entry it explains itself with, if any.
        open_list: the row stands for the article's "etc.": further components, not named.
    """

    group: str
    label: str
    cells: tuple[Cell, ...]
    mark: str
    link_kind: str = ""
    link_key: str = ""
    open_list: bool = False

    @property
    def present_in(self) -> int:
        return sum(cell.present for cell in self.cells)


@dataclass(frozen=True)
class Comparison:
    products: tuple[ProductDetail, ...]
    rows: tuple[Row, ...]

    def differences(self) -> tuple[Row, ...]:
        """The rows that are not in every product."""
        return tuple(row for row in self.rows if row.mark != SHARED)

    def rows_in(self, group: str) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.group == group)


def _identity(component: ComponentInfo) -> tuple[str, str]:
    if component.link_kind:
        return component.link_kind, component.link_key
    return "name", component.name.casefold()


def _mark(cells: Sequence[Cell]) -> str:
    present = sum(cell.present for cell in cells)
    if present == len(cells):
        return SHARED
    if present == 1 and len(cells) > 1:
        return UNIQUE
    return SOME


def compare(products: Sequence[ProductDetail]) -> Comparison:
    """Rows for every component of every product, grouped by kind, in the order first met."""
    rows: list[Row] = []
    for group in GROUPS:
        identities: list[tuple[str, str]] = []
        labels: dict[tuple[str, str], ComponentInfo] = {}
        for product in products:
            for component in product.components:
                if component.kind == group and _identity(component) not in labels:
                    identities.append(_identity(component))
                    labels[_identity(component)] = component
        for identity in identities:
            cells = []
            for product in products:
                found = [c for c in product.components if c.kind == group and _identity(c) == identity]
                cells.append(Cell(" / ".join(c.name for c in found), found[0]) if found else Cell(None))
            first = labels[identity]
            # a growth factor or ingredient goes by the catalogue's name (FGF for bFGF); a culture fluid
            # keeps its own, since the stem cell source it links to is not what the product contains
            named_by_link = first.link_kind in ("growth_factor", "ingredient")
            label = first.link_name if named_by_link and first.link_name else first.name
            rows.append(Row(group, label, tuple(cells), _mark(cells), first.link_kind, first.link_key))
        if any(group in product.open_kinds for product in products):
            cells = [Cell(OPEN_ROW) if group in product.open_kinds else Cell(None) for product in products]
            rows.append(Row(group, OPEN_ROW, tuple(cells), _mark(cells), open_list=True))
    return Comparison(tuple(products), tuple(rows))


def summary(product: ProductDetail, profile: Profile | None, effect_names: Sequence[str], language: str = "en") -> str:
    """One plain sentence about a product, built from its components and its growth-factor profile, in
    `language` (the phrasing lives in domain/phrasing.py)."""
    say = Phrasing(language)
    factors = [c.name for c in product.components if c.kind == "growth-factor"]
    parts = []
    if factors:
        opened = "growth-factor" in product.open_kinds
        parts.append(
            say.say(
                "summary_factors_open" if opened else "summary_factors",
                factors=say.listing(factors),
                factors_and_others=say.listing([*factors, say.say("others")]),
            )
        )
    parts += [
        say.mid_sentence(c.name)
        for kind in ("stem-cell", "exosome", "other", "functional")
        for c in product.components
        if c.kind == kind
    ]
    if not parts:
        sentence = say.say("summary_none", product=product.name)
    else:
        key = "summary_lists_open" if product.open_kinds else "summary_lists"
        sentence = say.say(key, product=product.name, parts=say.listing(parts))
    if profile is not None and profile.levels is not None:
        top = max(profile.levels)
        strongest = [
            say.mid_sentence(name) for name, level in zip(effect_names, profile.levels, strict=True) if level == top
        ]
        sentence += say.say("summary_profile", effects=say.listing(strongest))
    return sentence
