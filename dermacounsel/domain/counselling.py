"""From a patient's concerns, in order of importance, to recommendations a doctor can sign: growth factors,
other cell-derived ingredients, treatments, products, functional ingredients and procedures, each with the
statements that put it there, as the article advises ("rank the patient's concerns, then choose a
formulation whose ingredients act on them, with a suitable procedure").

The rule (`rule()` for patients, in domain/phrasing.py; its detail for the doctor is the counselling view's):

* Each concern lists the statements that address it (`Concern.bases`): the article's own expected-effect
  sentences, or this app's editorial links, marked as such. Nothing else counts: not whole rating rows.
* A statement counts 2 when it is the article's, 1 when it is this app's link; a concern's counts are
  multiplied by its place (of n concerns the first counts n times, the last once).
* A product counts each statement that applies to something it lists: a growth factor, stem cells, a
  stem-cell culture fluid read through its cells' exosomes, a functional ingredient by its category.
* A needle procedure is suggested only to deliver a suggested product, for the concerns whose layers it
  reaches, and never for a concern it cannot treat (redness, where needling is a caution instead). The IV
  drip is suggested only with an exosome formulation: the article names it for exosomes only. A concern
  whose layers no procedure reaches (the muscle layer of a facial lift) is said so, and nothing is offered.
* PRP + FGF is a treatment of its own (the patient's blood), never an ingredient; its column is inferred.
* Equal counts are equal standing ("equally suited"): listed by the clinic's preferred order, then
  alphabetically, and a product with a caution never before an equal one without.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from dermacounsel.domain.explorer import reach_phrase
from dermacounsel.domain.phrasing import Phrasing
from dermacounsel.domain.records import (
    GrowthFactorCard,
    IngredientGroup,
    LayerInfo,
    NamedEntry,
    ProcedureCard,
    ProductLinks,
)
from dermacounsel.domain.scale import RatingScale


def rule(preferred: Sequence[str] = (), language: str = "en") -> str:
    """The rule for patients, with the order equals are shown in (the clinic's, or alphabetical), in
    `language`."""
    say = Phrasing(language)
    order = say.say("order_preferred", names=", ".join(preferred)) if preferred else say.say("order_alphabetical")
    return say.say("rule", order=order)


ARTICLE_SOURCE = "article"
ARTICLE_POINTS, EDITORIAL_POINTS = 2, 1
#: a stem-cell culture fluid holds its cells' exosomes ("culture medium holds growth factors, cytokines,
#: exosomes ..."), so a listed culture fluid is read through the article's exosomes of the same origin
EXOSOMES_OF_STEM_CELLS = {
    "mesenchymal": "mesenchymal-stem-cell",
    "adipose": "adipose-stem-cell",
    "umbilical-cord-blood": "cord-blood",
}


@dataclass(frozen=True)
class Basis:
    """One statement that addresses a concern.

    Attributes:
        kind: "growth-factor", "exosome-origin", "stem-cells", "ingredient-category" or "treatment".
        target: the key of what it is about ("" for stem cells in general).
        says: the statement, in the article's words (or this app's, for an editorial link).
        source_key: "article", or the source of an editorial link.
        note: why an editorial link was made.
        by_clinic: the clinic added or changed it (its source is a clinic edit): said so wherever shown.
    """

    kind: str
    target: str
    says: str
    source_key: str
    note: str = ""
    by_clinic: bool = False

    @property
    def editorial(self) -> bool:
        return self.source_key != ARTICLE_SOURCE

    @property
    def points(self) -> int:
        return EDITORIAL_POINTS if self.editorial else ARTICLE_POINTS


@dataclass(frozen=True)
class Concern:
    key: str
    name: str
    effect_keys: tuple[str, ...]
    growth_factor_keys: tuple[str, ...]
    category_keys: tuple[str, ...]
    layer_keys: tuple[str, ...]
    reason: str
    bases: tuple[Basis, ...] = ()
    procedures_treat: bool = True
    procedure_note: str = ""
    edited: bool = False  # the clinic changed its mapping (what addresses it, its reason, ...)
    language: str = "en"  # the language its texts are in

    @property
    def shown_reason(self) -> str:
        """The reason as patients read it, with the clinic's edit said as such."""
        return Phrasing(self.language).say("clinic_edit", reason=self.reason) if self.edited else self.reason


@dataclass
class Ranked:
    """One recommendation: what, how it stands, and why (one reason per concern it serves).

    Attributes:
        score: the count behind its standing (for the doctor's detail and --json, not patient screens).
        standing: 1 for the first group of equals, 2 for the next group, ...
        tied: whether another item has the same standing.
        inferred: it rests on the article's inferred sixth column (PRP + FGF).
        details: the reasoning for the doctor: each statement with its source and points.
    """

    key: str
    name: str
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    cautions: tuple[str, ...] = ()
    standing: int = 0
    tied: bool = False
    inferred: bool = False
    details: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Unreached:
    """A concern no procedure of the article reaches: said plainly, nothing is offered for it."""

    key: str
    name: str
    note: str


@dataclass(frozen=True)
class Recommendations:
    concerns: tuple[Concern, ...]
    growth_factors: tuple[Ranked, ...]
    products: tuple[Ranked, ...]
    ingredients: tuple[Ranked, ...]
    procedures: tuple[Ranked, ...]
    cell_derived: tuple[Ranked, ...] = ()
    treatments: tuple[Ranked, ...] = ()
    unreached: tuple[Unreached, ...] = ()
    notes: tuple[str, ...] = ()
    #: the clinic's preferred order that ordered equal products (empty: alphabetical)
    preferred: tuple[str, ...] = ()
    language: str = "en"  # the language its texts are in

    @property
    def rule(self) -> str:
        return rule(self.preferred, self.language)


def weights(count: int) -> list[int]:
    """The weight of each concern by its place: n for the first, down to 1 for the last."""
    return list(range(count, 0, -1))


def _quoted(basis: Basis, subject: str, say: Phrasing, again: bool = False) -> str:
    """The statement as a sentence: the article's words in quotation marks (“…”, 「」), this app's or the
    clinic's link marked as theirs; `again` when the same item quoted it for an earlier concern (said once)."""
    if basis.kind == "ingredient-category" and not basis.editorial:
        listed = basis.says.rstrip(".。")  # the article's list, not a sentence of it
        return say.mid_sentence(listed[:1].lower() + listed[1:] if say.english else listed)
    if again:
        if basis.editorial:
            return say.say("again_clinic" if basis.by_clinic else "again_app")
        return say.say("again_article_on", subject=subject) if subject else say.say("again_article")
    says = basis.says.strip()
    if say.english and not says.endswith((".", "!", "?")):
        says += "."  # a sentence of its own: its mark follows it
    if basis.by_clinic:
        return say.say("by_clinic", says=says)
    if basis.editorial:
        return say.say("by_app", says=says)
    return say.say("article_on", subject=subject, says=says) if subject else say.say("article", says=says)


#: one statement an item was found for: (the app's sentence before it, such as "it lists FGF", or "";
#: the statement; the subject it is quoted on, or "")
Piece = tuple[str, Basis, str]


@dataclass
class _Found:
    concerns: list[str]
    pieces: tuple[Piece, ...]


class _Reasons:
    """An item's reasons, gathered concern by concern and said at the end (`said`): concerns that the same
    statements serve share one reason ("Deep wrinkles and nasolabial folds · Sagging: …"), and a statement
    quoted for an earlier concern is not quoted again ("the article's words on FGF are quoted above")."""

    def __init__(self) -> None:
        self.found: dict[tuple[tuple[str, str, str, bool, bool], ...], _Found] = {}

    def add(self, concern: str, pieces: Sequence[Piece]) -> None:
        # the same words, from the same kind of source (the article's, or a link): what the patient reads
        key = tuple((lead, basis.says, subject, basis.editorial, basis.by_clinic) for lead, basis, subject in pieces)
        if key in self.found:
            self.found[key].concerns.append(concern)
        else:
            self.found[key] = _Found([concern], tuple(pieces))

    def said(self, say: Phrasing) -> list[str]:
        quoted: set[tuple[str, str, bool, bool]] = set()
        reasons = []
        for found in self.found.values():
            parts = []
            for lead, basis, subject in found.pieces:
                said_so = (basis.says, subject, basis.editorial, basis.by_clinic)
                again = said_so in quoted
                quoted.add(said_so)
                parts += [lead, _quoted(basis, subject, say, again=again)]
            concerns = say.say("concerns").join(found.concerns)
            reasons.append(say.say("reason", concern=concerns, text=say.sentences(parts)))
        return reasons


def _detail(basis: Basis, concern: Concern, weight: int, say: Phrasing) -> str:
    if basis.by_clinic:
        origin = say.say("origin_clinic", note=basis.note or basis.source_key)
    elif basis.editorial:
        origin = say.say("origin_app", note=basis.note or basis.source_key)
    else:
        origin = say.say("origin_article")
    return say.say(
        "detail",
        concern=concern.name,
        says=basis.says,
        origin=origin,
        points=basis.points,
        weight=weight,
        total=basis.points * weight,
    )


def rank(items: Sequence[Ranked], preferred: Sequence[str] = ()) -> tuple[Ranked, ...]:
    """Items that scored, best first. Equal scores are equal standing: ordered by `preferred` (the clinic's
    order), then alphabetically, and an item with a caution never before an equal one without."""
    order = {name.casefold(): index for index, name in enumerate(preferred)}
    kept = sorted(
        (item for item in items if item.score > 0),
        key=lambda item: (
            -item.score,
            bool(item.cautions),
            order.get(item.name.casefold(), len(order)),
            item.name.casefold(),
        ),
    )
    standing, previous = 0, None
    for item in kept:
        if item.score != previous:
            standing += 1
            previous = item.score
        item.standing = standing
    counts: dict[int, int] = {}
    for item in kept:
        counts[item.standing] = counts.get(item.standing, 0) + 1
    for item in kept:
        item.tied = counts[item.standing] > 1
    return tuple(kept)


def equal_groups(rows: Sequence[Ranked]) -> list[list[Ranked]]:
    """Rows grouped by standing, in order: each group is "equally suited"."""
    groups: list[list[Ranked]] = []
    for row in rows:
        if groups and groups[-1][0].standing == row.standing:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def recommend(
    chosen: Sequence[Concern],
    factors: Sequence[GrowthFactorCard],
    products: Sequence[ProductLinks],
    categories: Sequence[IngredientGroup],
    procedures: Sequence[ProcedureCard],
    layers: Sequence[LayerInfo],
    scale: RatingScale,
    statements: Mapping[str, str] | None = None,
    exosome_origins: Sequence[NamedEntry] = (),
    preferred: Sequence[str] = (),
    needling_timed: Collection[str] = (),
    language: str = "en",
) -> Recommendations:
    """Everything that addresses the chosen concerns, most important concern first, with its reasons.
    `preferred` orders equal products (the clinic's order, by key or name); `needling_timed` are the ingredients the
    clinic's timing note (statement "acid-timing") is about beside a needle procedure."""
    del scale  # ratings are the doctor's detail in the views; the concern's statements decide
    say = Phrasing(language)
    said = dict(statements or {})
    weight = dict(zip((c.key for c in chosen), weights(len(chosen)), strict=True))
    parent = {layer.key: layer.parent_key or layer.key for layer in layers}
    layer_name = {layer.key: layer.name.lower() if say.english else layer.name for layer in layers}
    needle = [p for p in procedures if not p.systemic]
    reached_by = {p.key: {r.layer_key for r in p.reach} for p in needle}

    def needed(concern: Concern) -> set[str]:
        return {parent.get(key, key) for key in concern.layer_keys}

    unreached = tuple(
        Unreached(c.key, c.name, c.procedure_note or say.say("unreached", concern=c.name))
        for c in chosen
        if needed(c) and not any(needed(c) & reached for reached in reached_by.values())
    )
    skipped = {u.key for u in unreached}
    served = [c for c in chosen if c.key not in skipped]

    card_of = {card.key: card for card in factors}
    origin_name = {entry.key: entry.name for entry in exosome_origins}
    factor_rows: dict[str, Ranked] = {}
    cell_rows: dict[str, Ranked] = {}
    treatment_rows: dict[str, Ranked] = {}
    gathered: dict[int, tuple[Ranked, _Reasons]] = {}  # each row's reasons, said once all concerns are seen

    def gather(row: Ranked, concern: Concern, pieces: Sequence[Piece]) -> None:
        gathered.setdefault(id(row), (row, _Reasons()))[1].add(concern.name, pieces)

    for concern in served:
        w = weight[concern.key]
        for basis in concern.bases:
            if basis.kind == "growth-factor" and basis.target in card_of:
                card = card_of[basis.target]
                row = factor_rows.setdefault(card.key, Ranked(card.key, card.name, inferred=bool(card.inference_note)))
                gather(row, concern, [("", basis, card.name)])
            elif basis.kind == "treatment" and basis.target in card_of:
                card = card_of[basis.target]
                row = treatment_rows.setdefault(
                    card.key, Ranked(card.key, say.say("inferred", name=card.name), inferred=bool(card.inference_note))
                )
                gather(row, concern, [("", basis, "")])
            elif basis.kind == "exosome-origin":
                name = say.say("exosomes", origin=origin_name.get(basis.target, basis.target))
                row = cell_rows.setdefault(basis.target, Ranked(basis.target, name))
                gather(row, concern, [("", basis, "")])
            elif basis.kind == "stem-cells":
                row = cell_rows.setdefault("stem-cells", Ranked("stem-cells", say.say("stem_cells")))
                gather(row, concern, [("", basis, "")])
            else:
                continue
            row.score += w * basis.points
            row.details.append(_detail(basis, concern, w, say))

    category_of = {key: group for group in categories for key in group.member_keys}
    ingredient_rows: list[Ranked] = []
    for group in categories:
        for key, name in zip(group.member_keys, group.members, strict=True):
            row = Ranked(key, name)
            for concern in served:
                for basis in concern.bases:
                    if basis.kind == "ingredient-category" and basis.target == group.key:
                        row.score += weight[concern.key] * basis.points
                        gather(row, concern, [("", basis, "")])
                        row.details.append(_detail(basis, concern, weight[concern.key], say))
            ingredient_rows.append(row)

    product_rows: list[Ranked] = []
    exosome_products: set[str] = set()
    products_for: dict[str, set[str]] = {}
    for product in products:
        row = Ranked(product.name, product.name, cautions=product.cautions)
        open_factors = "growth-factor" in product.open_kinds
        stem_components = [name for name, kind in product.components if kind == "stem-cell"]
        if any(kind == "exosome_origin" for _c, kind, _t in product.links):
            exosome_products.add(product.name)
        for concern in served:
            found: list[Piece] = []
            used: set[str] = set()  # a listed component counts once per concern, by its strongest statement
            for basis in sorted(concern.bases, key=lambda b: -b.points):
                match: Piece | None = None
                matched = ""
                for component, kind, target in product.links:
                    if component in used:
                        continue
                    if basis.kind == "growth-factor" and kind == "growth_factor" and target == basis.target:
                        shown = (
                            component if component == target else say.say("form_of", component=component, target=target)
                        )
                        lists = say.say("lists_open" if open_factors else "lists", shown=shown)
                        match = (lists, basis, target)
                    elif (
                        basis.kind == "ingredient-category"
                        and kind == "ingredient"
                        and target in category_of
                        and category_of[target].key == basis.target
                    ):
                        shown = say.say(
                            "listed_ingredient",
                            component=say.mid_sentence(component) if not say.english else component.lower(),
                            category=category_of[target].name.lower() if say.english else category_of[target].name,
                        )
                        match = (say.say("lists", shown=shown), basis, "")
                    elif basis.kind == "exosome-origin" and kind == "exosome_origin" and target == basis.target:
                        match = (say.say("lists", shown=component), basis, "")
                    elif (
                        basis.kind == "exosome-origin"
                        and kind == "stem_cell_source"
                        and EXOSOMES_OF_STEM_CELLS.get(target) == basis.target
                    ):
                        match = (say.say("holds_exosomes", component=component), basis, "")
                    if match:
                        matched = component
                        break
                unused_stem = [name for name in stem_components if name not in used]
                if not match and basis.kind == "stem-cells" and unused_stem:
                    matched = unused_stem[0]
                    match = (say.say("lists", shown=matched), basis, "")
                if match:
                    used.add(matched)
                    found.append(match)
                    row.score += weight[concern.key] * basis.points
                    row.details.append(_detail(basis, concern, weight[concern.key], say))
            if found:
                products_for.setdefault(concern.key, set()).add(product.name)
                gather(row, concern, found)
        product_rows.append(row)
    name_of = {p.name.casefold(): p.name for p in products} | {p.key.casefold(): p.name for p in products if p.key}
    preferred = [name_of[given.casefold()] for given in preferred if given.casefold() in name_of]
    for row, reasons in gathered.values():
        row.reasons = reasons.said(say)
    ranked_products = rank(product_rows, preferred)
    offered = {row.name for row in ranked_products}

    notes: list[str] = []
    cautions_for_needles = tuple(c.procedure_note for c in chosen if not c.procedures_treat and c.procedure_note)
    procedure_rows: list[Ranked] = []
    for procedure in procedures:
        row = Ranked(procedure.key, procedure.name)
        if procedure.systemic:
            carried = sorted(exosome_products & offered)
            if carried:
                for concern in served:
                    if products_for.get(concern.key, set()) & set(carried):
                        row.score += weight[concern.key] * 2
                        carries = say.say("carries", products=say.listing(carried))
                        row.reasons.append(say.say("reason", concern=concern.name, text=carries))
            elif said.get("iv-drip-exosomes"):
                notes.append(said["iv-drip-exosomes"])
            procedure_rows.append(row)
            continue
        reached = reached_by[procedure.key]
        for concern in served:
            if not concern.procedures_treat or not products_for.get(concern.key):
                continue
            need = needed(concern)
            if not need or not need & reached:
                continue
            points = 2 if need <= reached else 1
            how = say.say("delivers" if points == 2 else "delivers_part", reach=reach_phrase(procedure, say.language))
            row.score += weight[concern.key] * points
            row.reasons.append(say.say("reason", concern=concern.name, text=how))
            row.details.append(
                say.say(
                    "reaches_detail",
                    concern=concern.name,
                    layers=say.listing([layer_name.get(k, k) for k in sorted(need & reached)]),
                    points=points,
                    weight=weight[concern.key],
                )
            )
        if row.score:
            row.reasons.append(
                say.say("article_notes", notes=say.joined([say.mid_sentence(n) for n in procedure.notes]))
            )
        row.cautions = cautions_for_needles
        procedure_rows.append(row)
    ranked_procedures = rank(procedure_rows)
    needling = any(not p.systemic for p in procedures if p.key in {r.key for r in ranked_procedures})
    for concern in chosen:
        if not concern.procedures_treat and concern.procedure_note:
            notes.append(concern.procedure_note)

    ranked_ingredients = rank(ingredient_rows)
    if needling and said.get("acid-timing"):
        timed = [row for row in ranked_ingredients if row.key in needling_timed]
        for row in timed:
            row.cautions = (said["acid-timing"],)
        if timed:
            notes.append(said["acid-timing"])
    treatments = rank(list(treatment_rows.values()))
    if treatments and said.get("prp-fgf-treatment"):
        for row in treatments:
            row.cautions = (said["prp-fgf-treatment"],)
    return Recommendations(
        concerns=tuple(chosen),
        growth_factors=rank(list(factor_rows.values())),
        products=ranked_products,
        ingredients=ranked_ingredients,
        procedures=ranked_procedures,
        cell_derived=rank(list(cell_rows.values())),
        treatments=treatments,
        unreached=unreached,
        notes=tuple(dict.fromkeys(notes)),
        preferred=tuple(preferred),
        language=say.language,
    )
