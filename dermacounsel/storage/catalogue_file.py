"""The catalogue file format (JSON, versioned): reading with errors that name the place, and writing.

The bundled seed (`db/catalogue.json`) and `dermacounsel export` share this format; docs/catalogue-format.md
describes it. Things refer to each other by readable keys, never by database ids.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    model_validator,
)

from dermacounsel.domain.measurements import MAX_NEEDLE_POSITIONS as MAX_NEEDLE_POSITIONS
from dermacounsel.domain.measurements import NEEDLE_DEPTH_RANGE_MM as NEEDLE_DEPTH_RANGE_MM
from dermacounsel.domain.measurements import NEEDLE_STEP_RANGE_MM as NEEDLE_STEP_RANGE_MM
from dermacounsel.domain.measurements import THICKNESS_RANGE_MM as THICKNESS_RANGE_MM
from dermacounsel.domain.phrasing import Phrasing, Said, in_language, system_reason
from dermacounsel.domain.progress import SILENT, Progress
from dermacounsel.domain.scale import HIGHEST_LEVEL, LOWEST_LEVEL
from dermacounsel.domain.text import (
    ORIGIN_SUFFIX,
    ORIGINS,
    OUTDATED_SUFFIX,
    SOURCE_LANGUAGE,
    TRANSLATION,
    is_language,
    origin_key,
)
from dermacounsel.paths import write_atomically

FORMAT_NAME = "dermacounsel-catalogue"
#: The document's sections whose entries each name a source.
SOURCED_SECTIONS = (
    "scale",
    "effects",
    "layers",
    "growth_factors",
    "preparations",
    "ingredient_families",
    "cell_derived_classes",
    "stem_cell_sources",
    "exosome_origins",
    "ingredient_categories",
    "procedures",
    "products",
    "concerns",
    "statements",
)
FORMAT_VERSION = 1
#: Far larger than any real catalogue (the bundled one is ~30 KB; 10,000 products fit in about 6 MB), and
#: small enough that checking and merging a file this size stays within the import budget (10 s,
#: docs/performance.md; measured: merging costs ~1.3x a --replace, and 8 MiB would have been ~9.6 s).
#: At 64 MiB, 134,451 products took over 240 s to merge.
MAX_FILE_BYTES = 6 * 1024 * 1024
#: Longest name (of a product, layer, effect...) and longest other text, in characters.
MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 100_000
#: Deepest nesting of arrays and objects; the format itself needs 7.
MAX_DEPTH = 32
#: Longest integer, in digits: a rating or a version has one.
MAX_INT_DIGITS = 18
#: Characters refused anywhere in a text: they reorder what is shown (bidirectional overrides and
#: isolates) or drive a terminal (control characters; a tab or line break is allowed outside names).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class CatalogueFileError(Exception):
    """A catalogue file that cannot be used, with where the problem is.

    Attributes:
        file: the file's name as given.
        place: "line 3, column 7" for broken JSON, or a path to the field such as "products[3].name".
        problem: what is wrong, in words.
    """

    def __init__(self, file: str, place: str | None, problem: str) -> None:
        self.file, self.place, self.problem = file, place, problem
        super().__init__(self.phrase())

    def phrase(self, language: str = "en") -> str:
        """The error in `language`: its file, place and problem, each said again there where it was phrased
        (a `Said`; pydantic's own messages other than the common ones stay English)."""
        say = Phrasing(language)
        file, problem = in_language(self.file, language), in_language(self.problem, language)
        if self.place:
            return say.say("file_problem_at", file=file, place=in_language(self.place, language), problem=problem)
        return say.say("file_problem", file=file, problem=problem)


def _to_localized(value: object) -> object:
    """A plain string is English alone; a translation whose origin a file does not record (one written
    before the format recorded it) is read as a translation made for the app: nothing claims it is the
    article's own."""
    if isinstance(value, str):
        return {SOURCE_LANGUAGE: value}
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        unrecorded = [
            key for key in value if is_language(key) and key != SOURCE_LANGUAGE and origin_key(key) not in value
        ]
        if unrecorded:
            return {**value, **{origin_key(language): TRANSLATION for language in unrecorded}}
    return value


def visible(text: str) -> bool:
    """Whether `text` has something to see: not only spaces, line breaks or invisible (format) characters
    such as zero-width spaces."""
    return any(unicodedata.category(char)[0] not in "ZC" for char in text)


def same_name(text: str) -> str:
    """What two names share when they are the same name: equal after Unicode normalisation (NFC) and
    case folding, so "Café" typed two ways, or "EGF" and "egf", are one name."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


def _quoted_list(values: Sequence[str], joiner: str = "list_comma") -> str:
    """Values quoted and listed in the reader's language: 'a', 'b' or 'c' / 'a'、'b'、'c'. `joiner` is the
    template joining the last two (list_comma or list_or)."""
    quoted = [repr(value) for value in values]
    if len(quoted) <= 1:
        return "".join(quoted)
    listed: str = Said(joiner, first=quoted[-2], rest=quoted[-1])
    for value in reversed(quoted[:-2]):
        listed = Said("list_comma", first=value, rest=listed)
    return listed


def _check_localized(value: dict[str, str], longest: int = MAX_TEXT_CHARS) -> dict[str, str]:
    if not visible(value.get(SOURCE_LANGUAGE, "")):
        raise ValueError(Said("file_text_needs_source", language=SOURCE_LANGUAGE))
    for language, text in value.items():
        if language.endswith(OUTDATED_SUFFIX):
            of = language.removesuffix(OUTDATED_SUFFIX)
            if of not in value or not is_language(of):
                raise ValueError(Said("file_text_outdated_without", language=language, of=of))
            if text == of or not is_language(text) or text not in value:
                raise ValueError(Said("file_text_outdated_names", language=language, text=text))
            continue
        if not is_language(language):
            of = language.removesuffix(ORIGIN_SUFFIX)
            if not language.endswith(ORIGIN_SUFFIX) or not is_language(of):
                raise ValueError(Said("file_text_not_language_nor_record", language=language))
            if of not in value or of == SOURCE_LANGUAGE:
                raise ValueError(Said("file_text_origin_without", language=language, of=of))
            if text not in ORIGINS:
                raise ValueError(
                    Said("file_text_origin_choice", language=language, text=text, choices=_quoted_list(ORIGINS))
                )
            continue
        if not (2 <= len(language) <= 8 and language.replace("-", "").isalnum() and language.isascii()):
            raise ValueError(Said("file_text_not_language", language=language))
        if not visible(text):
            raise ValueError(Said("file_text_empty", language=language))
        if len(text) > longest:
            raise ValueError(Said("file_text_too_long", language=language, length=len(text), longest=longest))
    return value


def _check_name(value: dict[str, str]) -> dict[str, str]:
    for language, text in value.items():
        if not is_language(language):
            continue
        if "\n" in text or "\t" in text or "\r" in text:
            raise ValueError(Said("file_name_one_line", language=language))
    return _check_localized(value, MAX_NAME_CHARS)


def _from_localized(value: dict[str, str]) -> str | dict[str, str]:
    """An English-only text is written as a plain string, to keep the file easy to read."""
    return value[SOURCE_LANGUAGE] if set(value) == {SOURCE_LANGUAGE} else dict(value)


#: A user-visible text: a plain string (English) or {"en": ..., "ja": ..., "ja_source": "article"}.
Localized = Annotated[
    dict[str, str],
    BeforeValidator(_to_localized),
    AfterValidator(_check_localized),
    PlainSerializer(_from_localized),
]
#: A name (of a product, a layer, a source...): a Localized text of one line, at most MAX_NAME_CHARS long.
Name = Annotated[
    dict[str, str],
    BeforeValidator(_to_localized),
    AfterValidator(_check_name),
    PlainSerializer(_from_localized),
]
Key = Annotated[str, Field(min_length=1, max_length=80, pattern=r"^\S(.*\S)?$")]
Level = Annotated[int, Field(ge=LOWEST_LEVEL, le=HIGHEST_LEVEL, strict=True)]


def _in_range(low: float, high: float) -> Callable[[float], float]:
    """A check that a measurement in millimetres is finite and within [low, high]."""

    def check(value: float) -> float:
        if not math.isfinite(value) or not low <= value <= high:
            raise ValueError(Said("file_mm_range", low=low, high=high, value=value))
        return value

    return check


# strict: "min": "0.02" is refused, not read as a number (an integer still counts as one)
ThicknessMm = Annotated[float, Field(strict=True), AfterValidator(_in_range(*THICKNESS_RANGE_MM))]
DepthMm = Annotated[float, Field(strict=True), AfterValidator(_in_range(*NEEDLE_DEPTH_RANGE_MM))]
StepMm = Annotated[float, Field(strict=True), AfterValidator(_in_range(*NEEDLE_STEP_RANGE_MM))]
#: A yes/no field: true or false in the file, never "yes", 1 or "true"
Flag = Annotated[bool, Field(strict=True)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceEntry(_Model):
    key: Key
    kind: Literal["article", "study", "clinic-page", "reference", "clinic-edit"]
    title: Name
    citation: Localized


class ScaleEntry(_Model):
    level: Level
    symbol: str = Field(min_length=1, max_length=4)
    label: Localized
    meaning: Localized
    source: Key


class EffectEntry(_Model):
    """A rated effect; `regions` the layers and structures where it takes place (the explorer shows its
    ratings only there; none: everywhere), placed by `regions_source` (not the article's)."""

    key: Key
    name: Name
    regions: list[Key] = []
    regions_source: Key | None = None
    source: Key

    @model_validator(mode="after")
    def _placed_by_a_source(self) -> EffectEntry:
        if self.regions and self.regions_source is None:
            raise ValueError(Said("file_regions_source"))
        return self


class Thickness(_Model):
    min: ThicknessMm
    max: ThicknessMm
    note: Localized | None = None
    source: Key

    @model_validator(mode="after")
    def _ordered(self) -> Thickness:
        if self.min > self.max:
            raise ValueError(Said("file_min_above_max"))
        return self


class LayerLink(_Model):
    """Where something acts, and the article's words that place it there (`inferred` if not stated)."""

    layer: Key
    basis: Localized
    inferred: Flag = False


class LayerEntry(_Model):
    """A layer (no `parent`) or a structure within one; `effect` is the rated effect acting on it."""

    key: Key
    name: Name
    parent: Key | None = None
    effect: Key | None = None
    description: Localized
    thickness_mm: Thickness | None = None
    source: Key


class RatingEntry(_Model):
    """A rating whose source differs from its growth factor's (a clinic's edit)."""

    level: Level
    source: Key


class GrowthFactorEntry(_Model):
    key: Key
    name: Name
    full_name: Name | None = None
    feature: Localized | None = None
    action: Localized | None = None
    target_cells: list[Localized] = []
    layers: list[LayerLink] = []
    expected_effects: list[Localized] = []
    rated: Flag
    inferred: Flag = False
    inference_note: Localized | None = None
    reading_note: Localized | None = None
    ratings: dict[str, Level | RatingEntry] = {}
    source: Key

    @model_validator(mode="after")
    def _ratings_match_rated(self) -> GrowthFactorEntry:
        if not self.rated and self.ratings:
            raise ValueError(Said("file_rated_not"))
        if self.inferred and self.inference_note is None:
            raise ValueError(Said("file_inferred_note"))
        return self


class PreparationEntry(_Model):
    key: Key
    name: Name
    full_name: Name | None = None
    description: Localized
    growth_factors: list[Key]
    source: Key


class FamilyEntry(_Model):
    key: Key
    name: Name
    description: Localized
    source: Key


class CellDerivedClassEntry(FamilyEntry):
    layers: list[LayerLink] = []


class StemCellSourceEntry(_Model):
    key: Key
    name: Name
    source: Key


class ExosomeOriginEntry(_Model):
    key: Key
    name: Name
    effects: list[Localized]
    source: Key


class IngredientEntry(_Model):
    key: Key
    name: Name
    source: Key | None = None  # the category's source when absent
    #: the source of the timing note beside a needle procedure (statement "acid-timing"), for the
    #: ingredients it is about (acids, retinol); absent for the others
    needling_timing: Key | None = None


class IngredientCategoryEntry(_Model):
    key: Key
    name: Name
    open: Flag
    layers: list[LayerLink] = []
    source: Key
    ingredients: list[IngredientEntry]


class ReachEntry(_Model):
    layer: Key
    extent: Literal["whole", "upper", "central"]


class NeedleDepth(_Model):
    min: DepthMm
    max: DepthMm
    step: StepMm
    source: Key

    @model_validator(mode="after")
    def _ordered(self) -> NeedleDepth:
        if self.min > self.max:
            raise ValueError(Said("file_min_above_max"))
        if (self.max - self.min) / self.step > MAX_NEEDLE_POSITIONS:
            raise ValueError(Said("file_step_small", most=MAX_NEEDLE_POSITIONS))
        return self


class ProcedureEntry(_Model):
    key: Key
    name: Name
    description: Localized
    description_source: Key | None = None  # the procedure's source when absent
    reach: list[ReachEntry]
    systemic: Flag
    uptake: Literal["passive", "active"]
    notes: list[Localized] = []
    needle_depth_mm: NeedleDepth | None = None
    source: Key

    @model_validator(mode="after")
    def _reaches_something(self) -> ProcedureEntry:
        if not self.reach and not self.systemic:
            raise ValueError(Said("file_reaches_nothing"))
        return self


def _at_most_one_link(entry: ComponentItem | ComponentEntry) -> None:
    links = [entry.growth_factor, entry.ingredient, entry.stem_cell_source, entry.exosome_origin]
    if sum(link is not None for link in links) > 1:
        raise ValueError(Said("file_one_link"))


class ComponentItem(_Model):
    """One item of a listed group, e.g. "EGF" in "Growth factors (EGF, FGF, etc.)"."""

    name: Name
    growth_factor: Key | None = None
    ingredient: Key | None = None
    stem_cell_source: Key | None = None
    exosome_origin: Key | None = None
    note: Localized | None = None

    @model_validator(mode="after")
    def _one_link(self) -> ComponentItem:
        _at_most_one_link(self)
        return self


class ComponentEntry(_Model):
    """A listed component; `items` holds a group's members and `open` its trailing "etc."."""

    kind: Literal["growth-factor", "stem-cell", "exosome", "other", "functional"]
    name: Name
    open: Flag = False
    items: list[ComponentItem] = []
    growth_factor: Key | None = None
    ingredient: Key | None = None
    stem_cell_source: Key | None = None
    exosome_origin: Key | None = None
    note: Localized | None = None

    @model_validator(mode="after")
    def _one_link(self) -> ComponentEntry:
        _at_most_one_link(self)
        return self


class Maker(_Model):
    name: Name
    source: Key


class CautionEntry(_Model):
    text: Localized
    source: Key


def product_key(english_name: str) -> str:
    """A product's stable key made from its English name ("Premium Cell" -> "premium-cell"), for files
    written before products carried keys; once made it never changes with the name."""
    # at most a key's length: a name too long to keep is refused by the name's own check, with its length
    return re.sub(r"[^a-z0-9]+", "-", english_name.casefold())[:80].strip("-") or "product"


class ProductEntry(_Model):
    """A product; `key` is its stable identity (made from the English name when a file has none)."""

    key: Key
    name: Name
    maker: Maker | None = None
    components: list[ComponentEntry]
    cautions: list[CautionEntry] = []
    notes: Localized | None = None
    source: Key

    @model_validator(mode="before")
    @classmethod
    def _key_from_name(cls, data: Any) -> Any:
        if isinstance(data, dict) and "key" not in data:
            name = data.get("name")
            english = name.get(SOURCE_LANGUAGE) if isinstance(name, dict) else name
            if isinstance(english, str):
                return {"key": product_key(english), **data}
        return data


class ConcernBasis(_Model):
    """One statement that ties a concern to something that addresses it: the article's expected-effect
    sentence (source "article") or this app's editorial link (another source, with a `note` saying why).

    `kind` says what `target` is: a growth factor, an exosome origin, stem cells in general, a functional
    ingredient category, or a treatment of its own (PRP + FGF, a growth-factor key that no product lists)."""

    kind: Literal["growth-factor", "exosome-origin", "stem-cells", "ingredient-category", "treatment"]
    target: Key | None = None
    says: Localized
    source: Key
    note: Localized | None = None


class ConcernEntry(_Model):
    """A patient's concern: the statements that address it (`bases`), the layers it sits in, and what to
    say of procedures for it.

    `effects`, `growth_factors` and `ingredient_categories` name the related rated effects and the targets
    of the bases (for the doctor's detail and for searching); counselling scores the `bases` only.
    `procedures_treat` false: a procedure is never a treatment for it (needling causes redness), and
    `procedure_note` is then a caution shown beside any needle procedure in the plan."""

    key: Key
    name: Name
    effects: list[Key] = []
    growth_factors: list[Key] = []
    ingredient_categories: list[Key] = []
    layers: list[Key] = []
    reason: Localized
    bases: list[ConcernBasis] = []
    procedures_treat: bool = True
    procedure_note: Localized | None = None
    source: Key


class StatementEntry(_Model):
    key: Key
    text: Localized
    source: Key


class CatalogueDocument(_Model):
    """A whole catalogue as the file holds it, lists in display order."""

    format: Literal["dermacounsel-catalogue"]
    version: int
    sources: list[SourceEntry]
    scale: list[ScaleEntry]
    effects: list[EffectEntry]
    layers: list[LayerEntry]
    growth_factors: list[GrowthFactorEntry]
    preparations: list[PreparationEntry] = []
    ingredient_families: list[FamilyEntry] = []
    cell_derived_classes: list[CellDerivedClassEntry] = []
    stem_cell_sources: list[StemCellSourceEntry] = []
    exosome_origins: list[ExosomeOriginEntry] = []
    ingredient_categories: list[IngredientCategoryEntry] = []
    procedures: list[ProcedureEntry] = []
    products: list[ProductEntry] = []
    concerns: list[ConcernEntry] = []
    statements: list[StatementEntry] = []


# --- reading ---------------------------------------------------------------------------------------


#: pydantic's common problems, by its error type, as the phrasing keys that say them in either language,
#: with the fields of pydantic's context each one quotes (pydantic's message is kept where it is not the
#: one expected, or of another type)
_PYDANTIC_PROBLEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "missing": ("file_missing", ()),
    "extra_forbidden": ("file_extra", ()),
    "string_type": ("file_not_text", ()),
    "int_type": ("file_not_integer", ()),
    "int_parsing": ("file_not_integer", ()),
    "float_type": ("file_not_number", ()),
    "list_type": ("file_not_list", ()),
    "bool_type": ("file_not_flag", ()),
    "dict_type": ("file_not_mapping", ()),
    "model_type": ("file_not_entry", ("class_name",)),
    "string_too_short": ("file_too_short", ("min_length",)),
    "string_too_long": ("file_too_long", ("max_length",)),
    "string_pattern_mismatch": ("file_pattern", ("pattern",)),
    "greater_than_equal": ("file_at_least", ("ge",)),
    "less_than_equal": ("file_at_most", ("le",)),
    "literal_error": ("file_one_of", ("expected",)),
}


def pydantic_problem(error: Any) -> str:
    """One of pydantic's errors (an item of `ValidationError.errors()`) in words: the catalogue's own
    validators raise theirs as a `Said`, which is kept; pydantic's common ones become a `Said` when its
    message is the one expected; any other stays pydantic's own message (English)."""
    context = error.get("ctx") or {}
    cause = context.get("error")
    if isinstance(cause, ValueError) and cause.args and isinstance(cause.args[0], Said):
        return cause.args[0]
    message = str(error["msg"]).removeprefix("Value error, ")
    key, quoted = _PYDANTIC_PROBLEMS.get(str(error["type"]), ("", ()))
    if not key or any(name not in context for name in quoted):
        return message
    fields: dict[str, object] = {name: context[name] for name in quoted}
    if key == "file_one_of":  # "'passive' or 'active'": the values, for a language's own list
        fields["values"] = _quoted_list(re.findall(r"'([^']*)'", str(context["expected"])), joiner="list_or")
    said = Said(key, **fields)
    return said if said == message else message


def _place(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in {"str", "dict[str,str]", "int", "RatingEntry", "constrained-int"} or "[" in part:
            continue  # pydantic's name for a union member, not a place in the file
        else:
            if not part.isprintable() or not part or "." in part:
                part = json.dumps(part, ensure_ascii=False)  # a key made of odd characters, shown quoted
            out += f".{part}" if out else part
    return out or Said("file_top_level")


class _DuplicateKey(Exception):
    pass


class _LongInteger(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json's object hook: an object that names a key twice is refused (else the last would silently win,
    and a trailing `"products": []` would empty the catalogue)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKey
    return result


def _short_integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise _LongInteger
    return int(digits)


def _refuse_constant(name: str) -> float:
    raise ValueError(name)


#: JSON's strings, brackets, colons and integers, for finding where a problem json.loads found lies.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:]|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|NaN|-?Infinity')


def _line_column(text: str, position: int) -> str:
    line_start = text.rfind("\n", 0, position) + 1
    return Said("file_line_column", line=text.count(chr(10), 0, position) + 1, column=position - line_start + 1)


def _locate(text: str, problem: type[Exception] | str) -> tuple[str | None, str]:
    """(place, problem) for the first duplicate key, over-long integer, NaN/Infinity or too-deep nesting in
    `text`, scanning its tokens; only run once json.loads has refused the text for one of these."""
    stack: list[set[str] | None] = []  # per open bracket: the keys an object has named so far
    candidate: re.Match[str] | None = None  # a string that is a key if a colon follows
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == ":" and candidate is not None and stack and stack[-1] is not None:
            key = json.loads(candidate.group())
            if key in stack[-1] and problem is _DuplicateKey:
                return _line_column(text, candidate.start()), Said("file_key_twice", key=key)
            stack[-1].add(key)
        candidate = match if token.startswith('"') else None
        if token in ("{", "["):
            stack.append(set() if token == "{" else None)
            if len(stack) > MAX_DEPTH and problem == "depth":
                return _line_column(text, match.start()), Said("file_too_deep", depth=MAX_DEPTH)
        elif token in ("}", "]"):
            if stack:
                stack.pop()
        elif problem is _LongInteger and token[-1].isdigit() and len(token.lstrip("-")) > MAX_INT_DIGITS:
            if token.lstrip("-").isdigit():
                digits = len(token.lstrip("-"))
                return _line_column(text, match.start()), Said("file_long_integer", digits=digits)
        elif problem == "constant" and token in ("NaN", "Infinity", "-Infinity"):
            return _line_column(text, match.start()), Said("file_constant", token=token)
    messages: dict[type[Exception] | str, str] = {
        _DuplicateKey: Said("file_key_twice_somewhere"),
        _LongInteger: Said("file_long_integer_somewhere"),
        "constant": Said("file_constant_somewhere"),
        "depth": Said("file_too_deep", depth=MAX_DEPTH),
    }
    return None, messages[problem]


#: Characters refused in any text: control characters other than tab and line breaks (a terminal obeys
#: ESC sequences in an import report), bidirectional overrides and isolates (they disguise what is shown,
#: as in "Serum \u202egnp.exe"), and lone surrogates (not text at all; SQLite cannot store them).
_REFUSED_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _character_problem(text: str) -> str | None:
    found = _REFUSED_CHARACTERS.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        return Said("file_surrogate", code=code)
    if code in range(0x202A, 0x202F) or code in range(0x2066, 0x206A):
        return Said("file_bidi", code=code)
    return Said("file_control", code=code)


def raw_problems(raw: object) -> Iterator[tuple[str, str]]:
    """Problems in parsed JSON that its schema cannot see, as (place, problem): nesting deeper than
    MAX_DEPTH, numbers that are not finite, and refused characters in any text or key."""
    pending: list[tuple[tuple[int | str, ...], object]] = [((), raw)]
    while pending:
        location, value = pending.pop()
        if isinstance(value, str):
            problem = _character_problem(value)
            if problem:
                yield _place(location), problem
        elif isinstance(value, float):
            if not math.isfinite(value):
                yield _place(location), Said("file_not_finite")
        elif isinstance(value, dict | list):
            if len(location) >= MAX_DEPTH:
                yield _place(location), Said("file_too_deep", depth=MAX_DEPTH)
                continue
            items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
            for name, item in reversed(items):
                if isinstance(name, str):
                    problem = _character_problem(name)
                    if problem:
                        yield _place(location), Said("file_in_key", problem=problem)
                pending.append(((*location, name), item))


def parse_catalogue(data: bytes, file: str, progress: Progress = SILENT) -> CatalogueDocument:
    """Parse and check catalogue bytes; raise CatalogueFileError naming the first problem's place."""
    progress(0.0, "progress_reading_file")
    if len(data) > MAX_FILE_BYTES:
        raise CatalogueFileError(file, None, _too_large(len(data)))
    if data.startswith(b"SQLite format 3\x00"):
        raise CatalogueFileError(file, None, Said("file_is_database"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CatalogueFileError(file, Said("file_byte", byte=error.start), Said("file_not_utf8")) from None
    try:
        raw = json.loads(
            text, object_pairs_hook=_no_duplicates, parse_int=_short_integer, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as error:
        at = Said("file_line_column", line=error.lineno, column=error.colno)
        raise CatalogueFileError(file, at, Said("file_json", detail=error.msg)) from None
    except (_DuplicateKey, _LongInteger) as error:
        raise CatalogueFileError(file, *_locate(text, type(error))) from None
    except RecursionError:
        raise CatalogueFileError(file, *_locate(text, "depth")) from None
    except ValueError:  # NaN or Infinity, from _refuse_constant
        raise CatalogueFileError(file, *_locate(text, "constant")) from None
    if not isinstance(raw, dict):
        raise CatalogueFileError(file, None, Said("file_not_object"))
    if raw.get("format") != FORMAT_NAME:
        raise CatalogueFileError(file, "format", Said("file_wrong_format", expected=FORMAT_NAME))
    version = raw.get("version")
    if type(version) is not int:  # True, 1.0 and "1" are not the number 1 the format writes
        shown = json.dumps(version, ensure_ascii=False)[:40]
        raise CatalogueFileError(file, "version", Said("file_version_type", version=FORMAT_VERSION, shown=shown))
    if version != FORMAT_VERSION:
        raise CatalogueFileError(file, "version", Said("file_version", given=version, version=FORMAT_VERSION))
    for place, problem in raw_problems(raw):
        raise CatalogueFileError(file, place, problem)
    progress(0.05, "progress_checking_entries", count=sum(len(v) for v in raw.values() if isinstance(v, list)))
    try:
        document = CatalogueDocument.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise CatalogueFileError(file, _place(tuple(first["loc"])), pydantic_problem(first)) from None
    progress(0.65, "progress_checking_references")
    problems = list(reference_problems(document))
    if problems:
        place, message = problems[0]
        raise CatalogueFileError(file, place, message)
    progress(1.0, "progress_file_valid")
    return document


def read_catalogue(path: Path, progress: Progress = SILENT) -> CatalogueDocument:
    """Read a catalogue file; every failure is a CatalogueFileError naming the file."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; anything but a plain file is refused
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(handle, "rb") as stream:
            kind = os.fstat(stream.fileno()).st_mode
            if not stat.S_ISREG(kind):
                what = (
                    "file_a_folder" if stat.S_ISDIR(kind) else "file_a_pipe" if stat.S_ISFIFO(kind) else "file_a_device"
                )
                raise CatalogueFileError(str(path), None, Said("file_is_other", what=Said(what)))
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_FILE_BYTES:  # refused before a byte is read: at once, whatever its size
                raise CatalogueFileError(str(path), None, _too_large(size))
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CatalogueFileError(str(path), None, Said("file_unreadable", reason=system_reason(error))) from None
    return parse_catalogue(data, str(path), progress)


def _too_large(size: int) -> str:
    return Said("file_too_large", size=size, mib=size / 2**20, most=MAX_FILE_BYTES // 2**20)


def document_problems(document: CatalogueDocument) -> list[tuple[str, str]]:
    """What reading `document` from a file would refuse, for a document built another way (read back from
    a database): refused characters, then broken references and duplicates, as (place, problem). Ranges,
    types and lengths are checked when the document's entries are built."""
    found = list(raw_problems(document.model_dump(mode="python")))
    return found or list(reference_problems(document))


def _duplicates(names: list[str]) -> set[str]:
    return {name for name, count in Counter(names).items() if count > 1}


def reference_problems(doc: CatalogueDocument) -> Iterator[tuple[str, str]]:
    """Every unknown reference and duplicate key or name in `doc`, as (place, problem)."""

    def known(kind: str, keys: list[str]) -> tuple[set[str], str]:
        return set(keys), Said("file_known", kind=Said(f"file_kind_{kind}"), keys=", ".join(keys))

    def duplicated(section: str, keys: list[str], what: str = "key") -> Iterator[tuple[str, str]]:
        """Keys equal, or equal but for case or Unicode normalisation ("EGF" and "egf")."""
        seen: dict[str, str] = {}
        for index, key in enumerate(keys):
            same = same_name(key)
            if same in seen:
                said = Said(f"file_what_{what}")
                yield (
                    f"{section}[{index}].{what}",
                    (
                        Said("file_duplicate", what=said, key=key)
                        if seen[same] == key
                        else Said("file_duplicate_twin", what=said, key=key, twin=seen[same])
                    ),
                )
            seen.setdefault(same, key)

    sections: list[tuple[str, list[str]]] = [
        ("sources", [s.key for s in doc.sources]),
        ("effects", [e.key for e in doc.effects]),
        ("layers", [layer.key for layer in doc.layers]),
        ("growth_factors", [g.key for g in doc.growth_factors]),
        ("preparations", [p.key for p in doc.preparations]),
        ("ingredient_families", [f.key for f in doc.ingredient_families]),
        ("cell_derived_classes", [c.key for c in doc.cell_derived_classes]),
        ("stem_cell_sources", [s.key for s in doc.stem_cell_sources]),
        ("exosome_origins", [e.key for e in doc.exosome_origins]),
        ("ingredient_categories", [c.key for c in doc.ingredient_categories]),
        ("procedures", [p.key for p in doc.procedures]),
        ("concerns", [c.key for c in doc.concerns]),
        ("statements", [s.key for s in doc.statements]),
    ]
    for section, keys in sections:
        yield from duplicated(section, keys)
    yield from duplicated("scale", [str(s.level) for s in doc.scale], "level")
    levels = {s.level for s in doc.scale}
    if doc.scale and levels != set(range(LOWEST_LEVEL, HIGHEST_LEVEL + 1)):
        yield "scale", Said("file_scale_levels", low=LOWEST_LEVEL, high=HIGHEST_LEVEL)
    product_names: set[str] = set()  # sets: a list made this check quadratic in the number of products
    product_keys: set[str] = set()
    for index, product in enumerate(doc.products):
        name = same_name(product.name[SOURCE_LANGUAGE])
        if name in product_names:
            yield f"products[{index}].name", Said("file_duplicate_product_name", name=product.name["en"])
        elif product.key.casefold() in product_keys:
            yield f"products[{index}].key", Said("file_duplicate_product_key", key=product.key)
        product_names.add(name)
        product_keys.add(product.key.casefold())
    ingredient_keys: list[str] = []
    seen_ingredients: set[str] = set()
    for c_index, category in enumerate(doc.ingredient_categories):
        for i_index, ingredient in enumerate(category.ingredients):
            if same_name(ingredient.key) in seen_ingredients:
                yield (
                    f"ingredient_categories[{c_index}].ingredients[{i_index}].key",
                    Said("file_duplicate_ingredient", key=ingredient.key),
                )
            ingredient_keys.append(ingredient.key)
            seen_ingredients.add(same_name(ingredient.key))

    sources = known("sources", [s.key for s in doc.sources])
    effects = known("effects", [e.key for e in doc.effects])
    layers = known("layers", [layer.key for layer in doc.layers])
    growth_factors = known("growth_factors", [g.key for g in doc.growth_factors])
    ingredients = known("ingredients", ingredient_keys)
    stem_cells = known("stem_cell_sources", [s.key for s in doc.stem_cell_sources])
    exosomes = known("exosome_origins", [e.key for e in doc.exosome_origins])

    def check(place: str, key: str | None, among: tuple[set[str], str]) -> Iterator[tuple[str, str]]:
        if key is not None and key not in among[0]:
            yield place, Said("file_unknown_reference", key=key, among=among[1])

    def check_sources(place: str, value: Any) -> Iterator[tuple[str, str]]:
        """Every `source` field anywhere below `value`."""
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                child = getattr(value, name)
                child_place = f"{place}.{name}" if place else name
                if name == "source" and isinstance(child, str) and not isinstance(value, CatalogueDocument):
                    yield from check(child_place, child, sources)
                else:
                    yield from check_sources(child_place, child)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from check_sources(f"{place}[{index}]", item)
        elif isinstance(value, dict):
            for name, item in value.items():
                yield from check_sources(f"{place}.{name}", item)

    for section in SOURCED_SECTIONS:
        yield from check_sources(section, getattr(doc, section))

    for e_index, effect_entry in enumerate(doc.effects):
        yield from check(f"effects[{e_index}].regions_source", effect_entry.regions_source, sources)
        for r_index, region in enumerate(effect_entry.regions):
            yield from check(f"effects[{e_index}].regions[{r_index}]", region, layers)
        yield from duplicated(f"effects[{e_index}].regions", list(effect_entry.regions), "layer")
    for c_index, category in enumerate(doc.ingredient_categories):
        for i_index, ingredient in enumerate(category.ingredients):
            place = f"ingredient_categories[{c_index}].ingredients[{i_index}].needling_timing"
            yield from check(place, ingredient.needling_timing, sources)
    for p_index, procedure in enumerate(doc.procedures):
        yield from check(f"procedures[{p_index}].description_source", procedure.description_source, sources)
    top_layers = {layer.key for layer in doc.layers if layer.parent is None}
    for l_index, layer in enumerate(doc.layers):
        yield from check(f"layers[{l_index}].effect", layer.effect, effects)
        if layer.parent is not None and layer.parent not in top_layers:
            yield (
                f"layers[{l_index}].parent",
                Said("file_unknown_parent", parent=layer.parent, layers=", ".join(top_layers)),
            )

    def check_links(place: str, links: list[LayerLink]) -> Iterator[tuple[str, str]]:
        for l_index, link in enumerate(links):
            yield from check(f"{place}.layers[{l_index}].layer", link.layer, layers)
        yield from duplicated(f"{place}.layers", [link.layer for link in links], "layer")

    for c_index, category in enumerate(doc.ingredient_categories):
        yield from check_links(f"ingredient_categories[{c_index}]", category.layers)
    for c_index, cell_class in enumerate(doc.cell_derived_classes):
        yield from check_links(f"cell_derived_classes[{c_index}]", cell_class.layers)
    for g_index, factor in enumerate(doc.growth_factors):
        place = f"growth_factors[{g_index}]"
        yield from check_links(place, factor.layers)
        for effect in factor.ratings:
            yield from check(f"{place}.ratings.{effect}", effect, effects)
        if factor.rated:
            missing = [e.key for e in doc.effects if e.key not in factor.ratings]
            if missing:
                yield f"{place}.ratings", Said("file_missing_ratings", effects=", ".join(missing))
    categories = known("ingredient_categories", [c.key for c in doc.ingredient_categories])
    for c_index, concern in enumerate(doc.concerns):
        for field_name, among in (
            ("effects", effects),
            ("growth_factors", growth_factors),
            ("ingredient_categories", categories),
            ("layers", layers),
        ):
            for k_index, key in enumerate(getattr(concern, field_name)):
                yield from check(f"concerns[{c_index}].{field_name}[{k_index}]", key, among)
        bases_among = {
            "growth-factor": growth_factors,
            "treatment": growth_factors,
            "exosome-origin": exosomes,
            "ingredient-category": categories,
        }
        for b_index, basis in enumerate(concern.bases):
            if basis.kind in bases_among:
                yield from check(f"concerns[{c_index}].bases[{b_index}].target", basis.target, bases_among[basis.kind])
    for p_index, preparation in enumerate(doc.preparations):
        for f_index, key in enumerate(preparation.growth_factors):
            yield from check(f"preparations[{p_index}].growth_factors[{f_index}]", key, growth_factors)
    for p_index, procedure in enumerate(doc.procedures):
        for r_index, reach in enumerate(procedure.reach):
            yield from check(f"procedures[{p_index}].reach[{r_index}].layer", reach.layer, layers)
        yield from duplicated(f"procedures[{p_index}].reach", [r.layer for r in procedure.reach], "layer")
    for p_index, product in enumerate(doc.products):
        for c_index, component in enumerate(product.components):
            entries: list[tuple[str, ComponentItem | ComponentEntry]] = [
                (f"products[{p_index}].components[{c_index}]", component)
            ]
            entries += [
                (f"products[{p_index}].components[{c_index}].items[{i_index}]", item)
                for i_index, item in enumerate(component.items)
            ]
            for place, entry in entries:
                yield from check(f"{place}.growth_factor", entry.growth_factor, growth_factors)
                yield from check(f"{place}.ingredient", entry.ingredient, ingredients)
                yield from check(f"{place}.stem_cell_source", entry.stem_cell_source, stem_cells)
                yield from check(f"{place}.exosome_origin", entry.exosome_origin, exosomes)


# --- writing ---------------------------------------------------------------------------------------


def dump_catalogue(doc: CatalogueDocument) -> str:
    """The document as the file format's JSON text: indented, UTF-8 characters kept readable."""
    data = doc.model_dump(mode="json", exclude_defaults=True)
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **data}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_text_atomically(path: Path, text: str) -> None:
    """Write `text` (UTF-8, newlines as written) to `path` so that a crash leaves either the old file or the
    whole new one."""
    write_atomically(path, text.encode("utf-8"))
