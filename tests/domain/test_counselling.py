"""Counselling against the article: a table of concern sets, each with what must be offered, what must
not be, and the article's sentence that decides it (written from seed-article.txt and DECODING.md, not
from the code's output); then ties, the IV-drip rule, redness, facial lift and PRP + FGF on their own."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from dermacounsel.domain.counselling import Ranked, Recommendations, equal_groups, weights
from dermacounsel.storage import queries as reference
from dermacounsel.storage.database import CatalogueDatabase

REQUIRED = [
    "fine-lines",
    "deep-wrinkles",
    "sagging",
    "dullness-spots",
    "texture",
    "scars",
    "dryness",
    "redness",
    "pores",
    "hair-thinning",
    "facial-lift",
]
NEEDLES = {"dermapen", "vital-injector", "physician-injection"}
PRODUCTS = {"Benev", "Babyskin", "AmnioGenics", "Premium Cell", "REJURAN"}


@pytest.fixture
def advise(database: CatalogueDatabase):
    def ranked(*keys: str, preferred: tuple[str, ...] = ()) -> Recommendations:
        with database.reading() as session:
            return reference.recommendations(session, list(keys), preferred=preferred)

    return ranked


def offered(result: Recommendations) -> set[str]:
    """Everything offered, by key (growth factors, exosome origins, treatments, ingredients, procedures)
    and by name (products)."""
    rows: list[Ranked] = [
        *result.growth_factors,
        *result.cell_derived,
        *result.treatments,
        *result.ingredients,
        *result.procedures,
    ]
    return {row.key for row in rows} | {row.name for row in result.products}


@dataclass(frozen=True)
class Case:
    concerns: tuple[str, ...]
    must: frozenset[str]
    must_not: frozenset[str]
    because: str  # the article's sentence (or DECODING.md's reading) that decides it
    unreached: tuple[str, ...] = ()


def case(concerns: str, must: str, must_not: str, because: str, unreached: str = "") -> Case:
    split = lambda text: frozenset(item.strip() for item in text.split(",") if item.strip())  # noqa: E731
    return Case(tuple(concerns.split()), split(must), split(must_not), because, tuple(unreached.split()))


IV = "iv-drip"
TABLE = [
    case(
        "hair-thinning",
        "IGF-1, Babyskin, dermapen",
        f"{IV}, TGF-β, EGF, Benev, AmnioGenics, REJURAN",
        "IGF-1: 'Improves thinning and hair loss ... by promoting hair growth'; only Babyskin lists IGF-1.",
    ),
    case(
        "facial-lift",
        "",
        f"IGF-1, Babyskin, {IV}, dermapen, vital-injector, physician-injection",
        "IGF-1 'affects the deep myofascial layer'; no working range reaches the muscle layer.",
        "facial-lift",
    ),
    case(
        "redness",
        "TGF-β, AmnioGenics, Premium Cell, allantoin",
        f"dermapen, vital-injector, physician-injection, {IV}, IGF-1, Babyskin",
        "TGF-β: 'Reduction of inflammation reduces redness'; dermapen and Vital Injector are 'with downtime'.",
    ),
    case(
        "deep-wrinkles",
        "FGF, PDGF, PRP+FGF, Benev, Premium Cell, dermapen",
        f"IGF-1, Babyskin, {IV}, TGF-β",
        "FGF: 'Deep wrinkles and lines in particular tend to improve'; Premium Cell lists bFGF.",
    ),
    case(
        "sagging",
        "FGF, PDGF, PRP+FGF, Benev, Premium Cell, dermapen",
        f"IGF-1, Babyskin, {IV}",
        "PDGF: 'reduces sagging and wrinkles'; FGF: 'wrinkles and sagging skin become less noticeable'.",
    ),
    case(
        "dullness-spots",
        "EGF, cord-blood, PRP+FGF, arbutin, Benev, Premium Cell, REJURAN",
        f"IGF-1, FGF, Babyskin, AmnioGenics, {IV}",
        "EGF: 'Blemishes (シミ) and dullness are improved'; cord blood exosomes: 'spots and dullness'.",
    ),
    case(
        "fine-lines",
        "EGF, Benev, Premium Cell, REJURAN",
        f"IGF-1, FGF, PDGF, TGF-β, AmnioGenics, {IV}",
        "EGF: 'increased skin thickness and moisturizing effect reduces the appearance of fine lines'.",
    ),
    case(
        "texture",
        "EGF, PDGF, TGF-β, REJURAN, AmnioGenics",
        f"IGF-1, FGF, Babyskin, {IV}",
        "EGF: 'smoother texture'; PDGF: 'smoother skin texture'; TGF-β: 'improves skin tone and texture'.",
    ),
    case(
        "scars",
        "EGF, PRP+FGF, Benev, Premium Cell, REJURAN",
        f"IGF-1, Babyskin, TGF-β, {IV}",
        "EGF: 'promotes wound healing, thereby reducing scarring'; PRP + FGF: 'scars'.",
    ),
    case(
        "dryness",
        "EGF, adipose-stem-cell, hyaluronic-acid, Babyskin, Benev",
        f"TGF-β, IGF-1, AmnioGenics, {IV}",
        "EGF: 'Dryness is reduced and moist skin is maintained'; moisturizing: hyaluronic acid.",
    ),
    case(
        "pores",
        "PRP+FGF, niacinamide, tea-extract",
        f"{IV}, dermapen, Benev, Babyskin, Premium Cell, REJURAN",
        "PRP + FGF: 'pore improvement'; pore care: niacinamide, tea extract; no product lists either.",
    ),
    case(
        "redness scars",
        "TGF-β, EGF, dermapen",
        f"{IV}, IGF-1",
        "Needling serves the scars (EGF's wound healing), with redness as a caution, not as a treatment.",
    ),
    case("scars redness", "TGF-β, EGF, dermapen", f"{IV}, IGF-1", "The same, in the other order."),
    case(
        "facial-lift hair-thinning",
        "IGF-1, Babyskin, dermapen",
        f"{IV}",
        "Hair: IGF-1 in the dermis's follicles; the lift: no working range reaches muscle.",
        "facial-lift",
    ),
    case(
        "hair-thinning facial-lift",
        "IGF-1, Babyskin, dermapen",
        f"{IV}",
        "The same, in the other order.",
        "facial-lift",
    ),
    case(
        "facial-lift deep-wrinkles",
        "FGF, Benev, dermapen",
        f"{IV}, Babyskin",
        "With the lift unreachable, the plan is the wrinkles'; the drip is the exosomes' route.",
        "facial-lift",
    ),
    case(
        "deep-wrinkles dryness",
        "FGF, EGF, hyaluronic-acid",
        f"{IV}, IGF-1",
        "FGF for deep wrinkles, EGF for dryness, hyaluronic acid moisturizing.",
    ),
    case(
        "dullness-spots texture",
        "EGF, PDGF, vitamin-c-derivative",
        f"IGF-1, FGF, Babyskin, {IV}",
        "EGF's one sentence names dullness and texture; PDGF: 'brighter, smoother skin texture'.",
    ),
    case(
        "fine-lines dryness",
        "EGF, hyaluronic-acid, Benev",
        f"IGF-1, PDGF, TGF-β, {IV}",
        "EGF: moisture and fine lines, two of its expected effects.",
    ),
    case(
        "sagging facial-lift",
        "FGF, PDGF, Benev",
        f"Babyskin, IGF-1, {IV}",
        "Babyskin's IGF-1 is for the lift, which nothing reaches; its hyaluronic acid is not for sagging.",
        "facial-lift",
    ),
    case(
        "pores texture",
        "niacinamide, aha, dermapen",
        f"{IV}, IGF-1",
        "Pore care and exfoliation are functional categories; EGF's 'smoother texture' brings a formulation.",
    ),
    case(
        "redness pores",
        "TGF-β, niacinamide, PRP+FGF",
        f"dermapen, vital-injector, physician-injection, {IV}",
        "Nothing needled treats redness, and no product lists pore care.",
    ),
    case(
        "dryness redness",
        "EGF, TGF-β, dermapen",
        f"{IV}",
        "Needling can deliver for dryness; for redness it is a caution ('with downtime').",
    ),
    case(
        "hair-thinning redness",
        "IGF-1, Babyskin, TGF-β, dermapen",
        f"{IV}",
        "IGF-1's hair growth; TGF-β's redness; the needle only for the hair.",
    ),
    case(
        "scars dullness-spots",
        "EGF, PRP+FGF",
        f"IGF-1, Babyskin, {IV}",
        "EGF names scarring and dullness; PRP + FGF names scars and dull skin.",
    ),
    case(
        "deep-wrinkles sagging dullness-spots",
        "PRP+FGF, FGF, PDGF, EGF, Benev",
        f"IGF-1, Babyskin, {IV}",
        "PRP + FGF: 'wrinkles, sagging, dull skin'.",
    ),
    case("texture redness", "TGF-β, EGF", f"{IV}, IGF-1", "TGF-β's one sentence: redness, tone and texture."),
    case(
        "facial-lift redness",
        "TGF-β",
        f"{IV}, dermapen, vital-injector, physician-injection, Babyskin",
        "Nothing reaches the lift's layer; nothing needled treats redness.",
        "facial-lift",
    ),
    case(
        "dryness fine-lines deep-wrinkles",
        "EGF, FGF, hyaluronic-acid, Benev",
        f"{IV}, IGF-1",
        "EGF for dryness and fine lines, FGF for deep wrinkles.",
    ),
    case("fine-lines texture pores", "EGF, niacinamide, Benev", f"{IV}, IGF-1, FGF", "EGF's surface effects."),
    case(
        " ".join(REQUIRED),
        "EGF, FGF, PDGF, TGF-β, IGF-1, PRP+FGF, Babyskin, dermapen",
        f"{IV}",
        "All eleven: each of the article's factors serves a concern; the drip serves none of the products.",
        "facial-lift",
    ),
    case(
        " ".join(reversed(REQUIRED)),
        "EGF, FGF, IGF-1, PRP+FGF, dermapen",
        f"{IV}",
        "The same, in reverse order.",
        "facial-lift",
    ),
]


def test_the_table_has_at_least_thirty_concern_sets() -> None:
    assert len(TABLE) >= 30
    assert all(c.because for c in TABLE)


@pytest.mark.parametrize("row", TABLE, ids=lambda c: "+".join(c.concerns))
def test_offered_and_not_offered_as_the_article_decides(advise, row: Case) -> None:
    result = advise(*row.concerns)
    got = offered(result)
    assert row.must <= got, (row.because, sorted(row.must - got))
    assert not row.must_not & got, (row.because, sorted(row.must_not & got))
    assert tuple(u.key for u in result.unreached) == row.unreached


def test_the_catalogue_has_every_required_concern_with_its_statements(database: CatalogueDatabase) -> None:
    with database.reading() as session:
        concerns = {c.key: c for c in reference.concerns(session)}
    assert list(concerns)[: len(REQUIRED)] == REQUIRED
    for concern in concerns.values():
        assert concern.reason and concern.bases
        assert any(not b.editorial for b in concern.bases), concern.key  # at least one of the article's


def test_higher_concerns_weigh_more(advise) -> None:
    assert weights(3) == [3, 2, 1]
    hair_first = advise("hair-thinning", "deep-wrinkles")
    wrinkles_first = advise("deep-wrinkles", "hair-thinning")
    assert hair_first.growth_factors[0].key == "IGF-1"
    assert wrinkles_first.growth_factors[0].key in ("FGF", "PDGF")
    assert hair_first.products[0].name == "Babyskin"


def test_ties_are_equal_standing_in_alphabetical_order(advise) -> None:
    """Fine lines: EGF is the article's one factor for them, and Benev, Premium Cell and REJURAN each list
    EGF and hyaluronic acid: equally suited, whatever the catalogue's order."""
    result = advise("fine-lines")
    first = equal_groups(result.products)[0]
    assert [row.name for row in first] == ["Benev", "Premium Cell", "REJURAN"]
    assert all(row.tied and row.standing == 1 for row in first)
    assert result.products[3].name == "Babyskin" and result.products[3].standing == 2  # hyaluronic acid alone


def test_a_product_with_a_caution_never_outranks_an_equal_one_without(advise) -> None:
    """Texture: REJURAN lists EGF, AmnioGenics lists TGF-β; each is one of the article's sentences for
    texture. Equal, and AmnioGenics (the donation caution) comes after, though A sorts before R."""
    result = advise("texture")
    names = [row.name for row in result.products]
    rejuran, amnio = (next(r for r in result.products if r.name == n) for n in ("REJURAN", "AmnioGenics"))
    assert rejuran.standing == amnio.standing and amnio.tied
    assert names.index("REJURAN") < names.index("AmnioGenics")
    assert amnio.cautions == ("After AmnioGenics treatment you cannot donate blood or organs.",)


def test_the_clinics_preferred_order_orders_equals(advise) -> None:
    result = advise("fine-lines", preferred=("REJURAN", "Premium Cell"))
    assert [row.name for row in equal_groups(result.products)[0]] == ["REJURAN", "Premium Cell", "Benev"]


def test_the_iv_drip_is_never_offered_with_the_five_products(advise) -> None:
    """'The fact that exosomes can act systemically through intravenous infusion is a feature not found in
    other formulations'; none of the five products is an exosome formulation."""
    for keys in [(key,) for key in REQUIRED] + [tuple(REQUIRED)]:
        result = advise(*keys)
        assert "iv-drip" not in {row.key for row in result.procedures}, keys
        assert any("exosomes only" in note for note in result.notes), keys


def test_no_procedure_is_a_treatment_for_redness(advise) -> None:
    alone = advise("redness")
    assert not alone.procedures
    assert any("not a treatment for redness" in note for note in alone.notes)
    with_scars = advise("redness", "scars")
    assert with_scars.procedures
    for row in with_scars.procedures:
        assert all(not reason.startswith("Redness") for reason in row.reasons)
        assert any("not a treatment for redness" in caution for caution in row.cautions)


def test_facial_lift_says_plainly_that_nothing_reaches_the_muscle(advise) -> None:
    result = advise("facial-lift")
    assert not (result.products or result.procedures or result.growth_factors)
    (unreached,) = result.unreached
    assert "muscle layer" in unreached.note and "nothing here is recommended" in unreached.note


def test_prp_fgf_is_an_inferred_treatment_of_its_own(advise) -> None:
    result = advise("pores")
    assert "PRP+FGF" not in {row.key for row in result.growth_factors}
    (treatment,) = result.treatments
    assert treatment.inferred and "(inferred)" in treatment.name
    assert any("own blood" in caution and "inferred" in caution for caution in treatment.cautions)


def test_exosomes_and_stem_cell_media_count(advise) -> None:
    """Benev lists mesenchymal stem cell-derived culture fluid; the article gives MSC exosomes wound
    healing, and stem cells wound healing and tissue repair (this app's links for scars)."""
    result = advise("scars")
    benev = next(row for row in result.products if row.name == "Benev")
    assert any("culture fluid" in reason for reason in benev.reasons)
    premium = next(row for row in result.products if row.name == "Premium Cell")
    assert any("Stem cell-derived ingredients" in reason for reason in premium.reasons)


def test_honest_words_in_every_reason(advise) -> None:
    result = advise(*REQUIRED)
    rows = [
        *result.growth_factors,
        *result.cell_derived,
        *result.treatments,
        *result.products,
        *result.ingredients,
        *result.procedures,
    ]
    for row in rows:
        assert row.score > 0 and row.reasons
        for reason in row.reasons:
            assert "named by the article" not in reason
            assert "laugh lines" not in reason and "blemishes" not in reason.lower()
    for row in result.products:
        if row.name != "Babyskin":  # every other product's growth-factor list ends in "etc."
            quoting = [r for r in row.reasons if "The article says of" in r]
            assert quoting and all(", among others. The article says of" in r for r in quoting), row.name


def test_each_reason_reads_as_sentences_with_the_article_s_words_quoted(advise) -> None:
    """Issue 15: the product's listing and the article's statement are two sentences, never glued with
    "; " before a catalogue sentence ("lists peptides (anti-aging); An anti-aging ingredient…"); the
    article's words are in quotation marks, this app's links say so."""
    result = advise(*REQUIRED)
    rows = [*result.growth_factors, *result.cell_derived, *result.products, *result.ingredients]
    reasons = [reason for row in rows for reason in row.reasons]
    for reason in reasons:
        assert not re.search(r"; [A-Z]", reason), reason
        assert reason.endswith((".", ".”", ".)", "?”", "!”")), reason
    assert any("(Linked to this concern by this app, not by the article.)" in r for r in reasons)
    benev = next(row for row in result.products if row.name == "Benev")
    wrinkles = next(r for r in benev.reasons if r.startswith("Deep wrinkles and nasolabial folds"))
    assert "it lists FGF, among others. The article says of FGF: “Skin becomes plumper" in wrinkles
    assert "It lists peptides (anti-aging). An anti-aging ingredient" in wrinkles
    assert "(Linked to this concern by this app, not by the article.)" in wrinkles


def test_a_statement_that_serves_several_concerns_is_said_once(advise) -> None:
    """FGF's statement serves deep wrinkles and sagging: one reason names both concerns and quotes it
    once; where another concern of the same product needs a statement quoted already, it points to it."""
    result = advise("deep-wrinkles", "sagging", "dullness-spots", "texture")
    benev = next(row for row in result.products if row.name == "Benev")
    fgf = "Skin becomes plumper and more elastic"
    assert sum(fgf in r for r in benev.reasons) == 1
    assert any(r.startswith("Deep wrinkles and nasolabial folds · Sagging: it lists FGF") for r in benev.reasons)
    premium = next(row for row in result.products if row.name == "Premium Cell")
    assert sum(fgf in r for r in premium.reasons) == 1
    assert any(r.startswith("Deep wrinkles and nasolabial folds · Sagging: it lists bFGF") for r in premium.reasons)
    egf = "The metabolism of the cells in the epithelial layer"
    assert sum(egf in r for r in premium.reasons) == 1
    texture = next(r for r in premium.reasons if r.startswith("Rough texture"))
    assert "it lists EGF, among others. The article's words on EGF are quoted above." in texture
    # an article statement and the same words linked by this app stay apart: each says whose it is
    adipose = next(row for row in advise("deep-wrinkles", "sagging").cell_derived if row.key == "adipose-stem-cell")
    assert adipose.reasons[0].startswith("Deep wrinkles and nasolabial folds: the article says: “")
    assert adipose.reasons[1].startswith("Sagging: Adipose") and adipose.reasons[1].endswith(
        "(Linked to this concern by this app, not by the article.)"
    )


def test_acids_beside_needling_carry_the_clinics_timing_note(advise) -> None:
    result = advise("texture")
    assert {"dermapen"} <= {row.key for row in result.procedures}
    acids = [row for row in result.ingredients if row.key in ("aha", "bha", "pha")]
    assert acids and all("Clinic's note" in row.cautions[0] for row in acids)
    assert not [row for row in advise("pores").ingredients if row.cautions]  # no needle in that plan


def test_every_single_and_ordered_pair_of_concerns_keeps_the_rules(advise) -> None:
    """All 121 runs the review made: no IV drip, no needle for redness, nothing for a lift, equals shown
    as equals, a cautioned product never before an equal one without."""
    runs = [(a,) for a in REQUIRED] + [(a, b) for a in REQUIRED for b in REQUIRED if a != b]
    assert len(runs) == 121
    for keys in runs:
        result = advise(*keys)
        assert "iv-drip" not in {row.key for row in result.procedures}, keys
        for row in result.procedures:
            assert not any(reason.startswith(("Redness:", "Facial lift:")) for reason in row.reasons), keys
        for row in result.products:
            assert not any(reason.startswith("Facial lift:") for reason in row.reasons), keys
        for group in equal_groups(result.products):
            cautioned = [bool(row.cautions) for row in group]
            assert cautioned == sorted(cautioned), keys  # uncautioned first among equals
            assert len({row.score for row in group}) == 1 and all(row.tied == (len(group) > 1) for row in group)
        standings = [row.standing for row in result.products]
        assert standings == sorted(standings)


def test_which_ingredients_the_timing_note_is_about_is_catalogue_data(database: CatalogueDatabase, advise) -> None:
    """The acids and retinol are the catalogue's `needling_timing` entries (the clinic's note), not a list
    in the code: an ingredient the clinic takes off the list loses the note, one it adds gains it."""
    from sqlalchemy import update

    from dermacounsel.storage import models as m

    with database.reading() as session:
        flagged = {i.key for i in session.scalars(select(m.Ingredient)) if i.needling_timing_source_id}
        source = session.scalar(
            select(m.Source.key).join(m.Ingredient, m.Ingredient.needling_timing_source_id == m.Source.id)
        )
    assert flagged == {"aha", "bha", "pha", "azelaic-acid", "retinol"} and source == "clinic-notes"
    with database.writing() as session:
        session.execute(update(m.Ingredient).where(m.Ingredient.key == "aha").values(needling_timing_source_id=None))
        clinic = session.scalar(select(m.Source.id).where(m.Source.key == "clinic-notes"))
        session.execute(
            update(m.Ingredient).where(m.Ingredient.key == "niacinamide").values(needling_timing_source_id=clinic)
        )
    result = advise("texture", "pores")
    cautioned = {row.key for row in result.ingredients if row.cautions}
    assert "aha" not in cautioned and {"bha", "pha", "niacinamide"} <= cautioned


def test_the_rule_and_the_clinics_edits_read_in_the_language_asked_for() -> None:
    """Issue 14: the rule for patients and "the clinic's edit" are phrased per language, not in English."""
    from dermacounsel.domain.counselling import Concern, rule

    assert rule(()).endswith("in alphabetical order (a product with a caution after an equal one without).")
    assert "アルファベット順で表示します" in rule((), "ja")
    assert "製剤はクリニックの指定順（REJURAN, Benev）" in rule(("REJURAN", "Benev"), "ja")
    edited = Concern("dryness", "乾燥", (), (), (), (), "肌のうるおいが足りない状態です。", edited=True, language="ja")
    assert edited.shown_reason == "肌のうるおいが足りない状態です。（クリニックによる編集）"
    english = Concern("dryness", "Dryness", (), (), (), (), "Skin short of moisture.", edited=True)
    assert english.shown_reason == "Skin short of moisture. (the clinic's edit)"
