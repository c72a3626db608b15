"""From a patient's concerns, in order of importance, to ranked and explained recommendations: growth
factors, products, functional ingredients and procedures, as the article advises ("rank the patient's
concerns, then choose a formulation whose ingredients act on them, with a suitable procedure").

The scoring rule, in one sentence (shown on screen as RULE):
each concern weighs more the higher it is on the list (of n concerns the first counts n, the last 1);
a growth factor scores its best rating (0-3) on the concern's effects, plus 2 if the article names it
for that concern; a product scores its best growth factor, plus 1 if it lists an ingredient for the
concern; an ingredient scores 2 if its category serves the concern; a procedure scores 2 if it reaches
the concern's layers (1 if only partly, or only through the whole body). Scores add up over the
concerns, weighted; nothing that scores 0 is recommended.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dermacounsel.domain.records import GrowthFactorCard, IngredientGroup, LayerInfo, ProcedureCard, ProductLinks
from dermacounsel.domain.scale import RatingScale

RULE = (
    "Higher concerns count more (the first counts as many times as there are concerns). A growth factor scores "
    "its best rating on a concern's effects, plus 2 when the article names it for that concern; a product "
    "scores its best growth factor, plus 1 for an ingredient for the concern; an ingredient scores 2 when its "
    "category serves the concern; a procedure scores 2 for reaching the concern's layers (1 for part of them)."
)
NAMED_BONUS = 2


@dataclass(frozen=True)
class Concern:
    key: str
    name: str
    effect_keys: tuple[str, ...]
    growth_factor_keys: tuple[str, ...]
    category_keys: tuple[str, ...]
    layer_keys: tuple[str, ...]
    reason: str


@dataclass
class Ranked:
    """One recommendation: what, how strongly, and why (one reason per concern it serves)."""

    key: str
    name: str
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    cautions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recommendations:
    concerns: tuple[Concern, ...]
    growth_factors: tuple[Ranked, ...]
    products: tuple[Ranked, ...]
    ingredients: tuple[Ranked, ...]
    procedures: tuple[Ranked, ...]


def weights(count: int) -> list[int]:
    """The weight of each concern by its place: n for the first, down to 1 for the last."""
    return list(range(count, 0, -1))


def _factor_on(card: GrowthFactorCard, concern: Concern, scale: RatingScale) -> tuple[int, str]:
    """A factor's score on one concern, and the reason in words ("◎ collagen production; named by the article")."""
    best = None
    for rating in card.ratings:
        if rating.effect_key in concern.effect_keys and (best is None or rating.level > best.level):
            best = rating
    score = best.level if best is not None else 0
    words = []
    if best is not None and best.level > 0:
        words.append(f"{scale.symbol(best.level)} {best.effect.lower()}")
    if card.key in concern.growth_factor_keys:
        score += NAMED_BONUS
        words.append("named by the article")
    return score, f"{'; '.join(words)} — {concern.name.lower()}" if words else ""


def _rank(items: list[Ranked]) -> tuple[Ranked, ...]:
    # stable: ties keep the catalogue's order
    return tuple(sorted((item for item in items if item.score > 0), key=lambda item: -item.score))


def recommend(
    chosen: Sequence[Concern],
    factors: Sequence[GrowthFactorCard],
    products: Sequence[ProductLinks],
    categories: Sequence[IngredientGroup],
    procedures: Sequence[ProcedureCard],
    layers: Sequence[LayerInfo],
    scale: RatingScale,
) -> Recommendations:
    """Rank everything by how well it acts on the chosen concerns, most important concern first."""
    weight = weights(len(chosen))
    rated = [card for card in factors if card.rated or any(card.key in c.growth_factor_keys for c in chosen)]

    factor_rows = {card.key: Ranked(card.key, card.name) for card in rated}
    factor_scores: dict[tuple[str, str], int] = {}
    for card in rated:
        for concern, w in zip(chosen, weight, strict=True):
            score, reason = _factor_on(card, concern, scale)
            factor_scores[(card.key, concern.key)] = score
            if score:
                factor_rows[card.key].score += w * score
                factor_rows[card.key].reasons.append(f"{card.name} {reason}")

    category_of = {key: group for group in categories for key in group.member_keys}
    ingredient_rows: list[Ranked] = []
    for group in categories:
        for key, name in zip(group.member_keys, group.members, strict=True):
            row = Ranked(key, name)
            for concern, w in zip(chosen, weight, strict=True):
                if group.key in concern.category_keys:
                    row.score += w * 2
                    row.reasons.append(f"{name}: {group.name.lower()} — {concern.name.lower()}")
            ingredient_rows.append(row)

    product_rows: list[Ranked] = []
    for product in products:
        row = Ranked(product.name, product.name, cautions=product.cautions)
        for concern, w in zip(chosen, weight, strict=True):
            best: tuple[int, str] = (0, "")
            for component, kind, target in product.links:
                if kind == "growth_factor" and (target, concern.key) in factor_scores:
                    score = factor_scores[(target, concern.key)]
                    if score > best[0]:
                        card = next(c for c in rated if c.key == target)
                        reason = _factor_on(card, concern, scale)[1]
                        as_listed = f" (as {component})" if component != card.name else ""
                        best = (score, f"{card.name}{as_listed} {reason}")
            ingredient = next(
                (
                    component
                    for component, kind, target in product.links
                    if kind == "ingredient"
                    and target in category_of
                    and category_of[target].key in concern.category_keys
                ),
                None,
            )
            score = best[0] + (1 if ingredient else 0)
            if score:
                row.score += w * score
                parts = [best[1]] if best[1] else []
                if ingredient:
                    parts.append(f"{ingredient} — {concern.name.lower()}")
                row.reasons.append("; ".join(parts))
        product_rows.append(row)

    parent = {layer.key: layer.parent_key or layer.key for layer in layers}
    names = {layer.key: layer.name for layer in layers}
    procedure_rows: list[Ranked] = []
    for procedure in procedures:
        row = Ranked(procedure.key, procedure.name)
        reached = {r.layer_key for r in procedure.reach}
        for concern, w in zip(chosen, weight, strict=True):
            needed = {parent.get(key, key) for key in concern.layer_keys}
            if not needed:
                continue
            if procedure.systemic:
                score, how = 1, "reaches the whole body"
            elif needed <= reached:
                score, how = 2, "reaches the " + ", ".join(names.get(k, k).lower() for k in sorted(needed))
            elif needed & reached:
                score, how = (
                    1,
                    "reaches part: the " + ", ".join(names.get(k, k).lower() for k in sorted(needed & reached)),
                )
            else:
                continue
            row.score += w * score
            row.reasons.append(f"{procedure.name} {how} — {concern.name.lower()}")
        procedure_rows.append(row)

    return Recommendations(
        tuple(chosen),
        _rank(list(factor_rows.values())),
        _rank(product_rows),
        _rank(ingredient_rows),
        _rank(procedure_rows),
    )
