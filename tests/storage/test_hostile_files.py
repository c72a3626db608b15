"""The hostile-file corpus: every catalogue file the reliability review threw at `import` (numbered as in
its table), each refused in one line naming the file and the place, with the database unchanged, or
accepted when it is a valid catalogue. Nothing here may end in a traceback or a hang."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dermacounsel import paths
from dermacounsel.cli import main

SEED_TEXT = paths.seed_catalogue_path().read_text(encoding="utf-8")


def _json_error(text: str) -> str:
    """The place and first word of the error the JSON reader gives for `text` (the seed's layout moves)."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return f": line {error.lineno}, column {error.colno}: {error.msg.split()[0]}"
    raise AssertionError("the text was expected to be broken JSON")


HEADER = '{"format": "dermacounsel-catalogue", "version": 1, "sources": '


def seed() -> dict[str, Any]:
    return json.loads(SEED_TEXT)


def as_json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def changed(change: Callable[[dict[str, Any]], object]) -> bytes:
    data = seed()
    change(data)
    return as_json(data)


def text_changed(old: str, new: str) -> bytes:
    assert old in SEED_TEXT, old
    return SEED_TEXT.replace(old, new, 1).encode("utf-8")


def _set(data: dict[str, Any], path: str, value: object) -> None:
    node: Any = data
    parts = [int(part) if part.isdigit() else part for part in path.split(".")]
    for part in parts[:-1]:
        node = node[part]
    node[parts[-1]] = value


def setting(path: str, value: object) -> bytes:
    return changed(lambda data: _set(data, path, value))


def _product(name: object) -> dict[str, Any]:
    return {"name": name, "components": [{"kind": "functional", "name": "Hyaluronic acid"}], "source": "article"}


def with_products(*names: object) -> bytes:
    return changed(lambda data: data["products"].extend(_product(name) for name in names))


def _twin_growth_factor(data: dict[str, Any]) -> None:
    twin = dict(data["growth_factors"][0], key="egf", name="egf")
    data["growth_factors"].append(twin)


def _cyclic_layers(data: dict[str, Any]) -> None:
    data["layers"] += [
        {"key": "cyc-a", "name": "A", "parent": "cyc-b", "description": "a", "source": "article"},
        {"key": "cyc-b", "name": "B", "parent": "cyc-a", "description": "b", "source": "article"},
    ]


NESTED = 100_000
# (id, the file's bytes, a part of the one-line refusal; None: the file is valid and imports)
CASES: list[tuple[str, bytes, str | None]] = [
    ("01 nested arrays", (HEADER + "[" * NESTED + "]" * NESTED + "}").encode(), "nested more than 32 levels deep"),
    ("02 nested objects", (HEADER + '{"a":' * NESTED + "1" + "}" * NESTED + "}").encode(), "nested more than 32"),
    (
        "03 a 60 MB note",
        setting("products.0.notes", "n" * 60_000_000),
        "too large to be a catalogue: the most is 6 MiB",
    ),
    ("03b a 200,000-character note", setting("products.0.notes", "n" * 200_000), "the most is 100,000"),
    ("05 65 MiB", b" " * (64 * 1024 * 1024 + 1), "too large to be a catalogue"),
    ("06 NaN thickness", text_changed('"min": 0.03', '"min": NaN'), "NaN is not a number"),
    ("07 Infinity thickness", text_changed('"max": 0.06', '"max": Infinity'), "Infinity is not a number"),
    (
        "08 1e999 needle depth",
        text_changed('"max": 3.0', '"max": 1e999'),
        "procedures[0].needle_depth_mm.max: is not a finite",
    ),
    (
        "09 duplicate products key",
        (SEED_TEXT.rstrip().removesuffix("}") + ', "products": []}').encode(),
        "'products' appears twice",
    ),
    (
        "10 duplicate name in a product",
        text_changed('"name": {\n        "en": "Benev"', '"name": "Other",\n      "name": {\n        "en": "Benev"'),
        "'name' appears twice",
    ),
    ("11 UTF-8 BOM", b"\xef\xbb\xbf" + SEED_TEXT.encode(), None),
    ("12 UTF-16", SEED_TEXT.encode("utf-16-le"), ": is not UTF-8 text"),
    (
        "13 lone surrogate",
        text_changed('"Babyskin"', '"Baby\\ud800skin"'),
        "products[1].name.en: holds a lone surrogate",
    ),
    (
        "14 NUL, ESC and BEL",
        text_changed('"Babyskin"', '"Baby\\u0000\\u001b[31m\\u0007"'),
        "holds the control character U+0000",
    ),
    ("14b ANSI escape", text_changed('"Babyskin"', '"Baby\\u001b[31mskin"'), "holds the control character U+001B"),
    ("15 RLO override", text_changed('"Babyskin"', '"Serum \\u202egnp.exe"'), "bidirectional control U+202E"),
    ("16 20,000-character name", with_products("x" * 20_000), "20,000 characters long; the most is 200"),
    ("17 empty name", with_products(""), 'products[5].name: needs a non-empty "en" text'),
    ("18 whitespace-only name", with_products(" \u3000 "), 'needs a non-empty "en" text'),
    ("19 zero-width-only name", with_products("\u200b\u200b\ufeff"), 'needs a non-empty "en" text'),
    ("20 names differing in case", with_products("Crash Serum", "CRASH SERUM"), "duplicate product name 'CRASH SERUM'"),
    ("21 Café NFC and NFD", with_products("Caf\u00e9", "Cafe\u0301"), "products[6].name: duplicate product name"),
    ("22 HTML in a name", with_products('Zeta <b>serum</b> <img src="file:///etc/passwd">'), None),
    ("23 mathtext in a name", with_products("Kit $\\foo{$ ($30)"), None),
    (
        "22b HTML in a caution and notes",
        changed(
            lambda d: d["products"].append(
                dict(
                    _product("Zeta serum"),
                    notes='<p style="font-size:40pt;color:green">SAFE</p>',
                    cautions=[{"text": 'see leaflet<!-- <img src="file:///etc/passwd">', "source": "article"}],
                )
            )
        ),
        None,
    ),
    ("24 products is an object", setting("products", {}), "products: Input should be a valid list"),
    ("25 a name that is a number", setting("products.0.name", 7), "products[0].name"),
    ("26 components is a string", setting("products.0.components", "EGF"), "products[0].components"),
    (
        "27 rated: yes",
        setting("growth_factors.0.rated", "yes"),
        "growth_factors[0].rated: Input should be a valid boolean",
    ),
    (
        "28 min: '0.02'",
        setting("layers.0.thickness_mm.min", "0.02"),
        "layers[0].thickness_mm.min: Input should be a valid number",
    ),
    (
        "29 product without source",
        changed(lambda d: d["products"][0].pop("source")),
        "products[0].source: Field required",
    ),
    ("30 no effects section", changed(lambda d: d.pop("effects")), "effects: Field required"),
    ("31 unknown product field", setting("products.0.price", 10), "products[0].price: Extra inputs"),
    ("32 unknown section", setting("patients", []), "patients: Extra inputs"),
    (
        "33 unknown reference",
        setting("products.0.components.0.items.0.growth_factor", "XGF"),
        "unknown reference 'XGF'",
    ),
    ("34 cyclic layer parents", changed(_cyclic_layers), "unknown layer 'cyc-b'"),
    ("35 a layer its own parent", setting("layers.0.parent", "epidermis"), "layers[0].parent: unknown layer"),
    ("36 rating -1", setting("growth_factors.0.ratings.cell-proliferation", -1), "ratings.cell-proliferation"),
    ("37 rating 4", setting("growth_factors.0.ratings.cell-proliferation", 4), "ratings.cell-proliferation"),
    ("38 rating 2.5", setting("growth_factors.0.ratings.cell-proliferation", 2.5), "ratings.cell-proliferation"),
    ("39 rating ◎", setting("growth_factors.0.ratings.cell-proliferation", "◎"), "ratings.cell-proliferation"),
    ("40 rating true", setting("growth_factors.0.ratings.cell-proliferation", True), "ratings.cell-proliferation"),
    ("41 rating '3'", setting("growth_factors.0.ratings.cell-proliferation", "3"), "ratings.cell-proliferation"),
    ("42 version 2", setting("version", 2), "version: format version 2 is not supported"),
    ("43 version '1'", setting("version", "1"), 'version: must be the whole number 1, not "1"'),
    ("44 version 1.0", setting("version", 1.0), "version: must be the whole number 1, not 1.0"),
    ("45 version true", setting("version", True), "version: must be the whole number 1, not true"),
    ("46 version null", setting("version", None), "version: must be the whole number 1, not null"),
    ("47 another format", setting("format", "other"), "format: is not a DermaCounsel catalogue"),
    ("48 {}", b"{}", "format: is not a DermaCounsel catalogue"),
    ("49 []", b"[]", "the top level must be a JSON object"),
    ("50 empty file", b"", "line 1, column 1: Expecting value"),
    ("51 truncated", SEED_TEXT[:5000].encode(), _json_error(SEED_TEXT[:5000])),
    (
        "52 invalid UTF-8",
        SEED_TEXT[:5000].encode() + b"\xff" + SEED_TEXT[5000:].encode(),
        f": byte {len(SEED_TEXT[:5000].encode())}: is not UTF-8",
    ),
    ("53 5001-digit version", text_changed('"version": 1', '"version": ' + "9" * 5001), "an integer of 5,001 digits"),
    (
        "54 5000-digit rating",
        text_changed('"cell-proliferation": 3', '"cell-proliferation": ' + "3" * 5000),
        "5,000 digits",
    ),
    (
        "55 needle step 1e-300",
        setting("procedures.0.needle_depth_mm.step", 1e-300),
        "step: must be a number of millimetres from 0.01 to 1",
    ),
    (
        "56 thickness 1e307-1e308",
        changed(
            lambda d: d["layers"][0].update(thickness_mm=dict(d["layers"][0]["thickness_mm"], min=1e307, max=1e308))
        ),
        "from 0.001 to 50",
    ),
    ("57 growth factors egf and EGF", changed(_twin_growth_factor), "duplicate key 'egf' (the same as 'EGF'"),
    (
        "58 duplicate rating key",
        text_changed('"cell-proliferation": 3', '"cell-proliferation": 3, "cell-proliferation": 0'),
        "'cell-proliferation' appears twice",
    ),
    ("59 empty ja text", setting("products.0.name.ja", " "), "products[0].name: the 'ja' text is empty"),
    (
        "61 a needle slider of 999 steps",
        changed(lambda d: d["procedures"][0]["needle_depth_mm"].update(min=0.01, max=10.0, step=0.01)),
        None,
    ),
    ("62 a tab in a name", with_products("Tab\tSerum"), "a name is one line"),
    (
        "63 a backup instead of a catalogue",
        b"SQLite format 3\x00" + bytes(4080),
        "is a DermaCounsel database or backup",
    ),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_import(capsys: pytest.CaptureFixture[str], database_path: Path, file: Path, *options: str) -> tuple[int, str]:
    code = main(["--db", str(database_path), "import", str(file), *options])
    captured = capsys.readouterr()
    return code, captured.err


@pytest.mark.parametrize(("file_bytes", "refusal"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_hostile_file_is_refused_in_one_line_or_imported_whole(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], file_bytes: bytes, refusal: str | None
) -> None:
    file = tmp_path / "hostile.json"
    file.write_bytes(file_bytes)
    before = digest(database_path)
    modes: tuple[tuple[str, ...], ...] = (("--dry-run",), ("--replace",), ())
    for options in modes:
        code, error = run_import(capsys, database_path, file, *options)
        if refusal is None:
            assert code == 0 and error == "", (options, error)
            continue
        assert code == 1, options
        assert error.startswith(f"dermacounsel: error: {file}: ") and error.count("\n") == 1, error[:300]
        assert refusal in error, error[:300]
        assert "Traceback" not in error and "\x1b" not in error
        assert digest(database_path) == before, options


def _many_products(count: int) -> bytes:
    """The review's 04: the seed with `count` small products more, written compactly (134,451 made 63 MiB)."""
    data = seed()
    data["products"] += [
        {
            "name": f"Bulk serum {index:06d} with a long enough name to fill the file like the review's",
            "components": [
                {"kind": "functional", "name": "Hyaluronic acid", "ingredient": "hyaluronic-acid"},
                {"kind": "functional", "name": "Urea", "ingredient": "urea"},
                {"kind": "other", "name": "Water, purified"},
            ],
            "notes": "A generated product of the reliability review's size test. Its note is about as long as the "
            "note a clinic writes for a product: when to use it, and what to tell the patient after it.",
            "source": "article",
        }
        for index in range(count)
    ]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _many_target_cells(count: int) -> bytes:
    """The review's 60: one growth factor naming `count` target cells (2,000,000 made 18 MB)."""
    return changed(lambda data: data["growth_factors"][0].update(target_cells=[f"cell {n}" for n in range(count)]))


SIZED = {"04": (_many_products, 134_451, 62 * 2**20), "60": (_many_target_cells, 2_000_000, 17 * 10**6)}


@pytest.mark.parametrize("number", sorted(SIZED))
def test_the_review_s_huge_files_are_refused_at_once_by_their_size(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], number: str
) -> None:
    """04 (63 MiB of 134,451 products, under the old 64 MiB limit) took over 240 s to merge: the limit is
    now what the import budget allows, and a file over it is refused before it is read."""
    import time

    make, count, at_least = SIZED[number]
    file = tmp_path / "huge.json"
    file.write_bytes(make(count))
    size = file.stat().st_size
    assert size >= at_least  # the review's size
    before = digest(database_path)
    for options in (("--dry-run",), ("--replace",), ()):
        started = time.monotonic()
        code, error = run_import(capsys, database_path, file, *options)
        assert time.monotonic() - started < 5, options
        assert code == 1 and error.count("\n") == 1, error[:300]
        assert error == (
            f"dermacounsel: error: {file}: is {size:,} bytes ({size / 2**20:.1f} MiB), too large to be a "
            "catalogue: the most is 6 MiB, which keeps an import within seconds (a catalogue of 10,000 "
            "products is about 6 MB); split it into smaller files and merge them one by one\n"
        )
        assert digest(database_path) == before


def test_a_file_just_under_the_limit_is_read_and_one_just_over_is_not(tmp_path: Path) -> None:
    from dermacounsel.storage.catalogue_file import MAX_FILE_BYTES, CatalogueFileError, read_catalogue

    text = SEED_TEXT.encode("utf-8")
    under, over = tmp_path / "under.json", tmp_path / "over.json"
    under.write_bytes(text + b" " * (MAX_FILE_BYTES - len(text)))
    over.write_bytes(text + b" " * (MAX_FILE_BYTES - len(text) + 1))
    assert read_catalogue(under).products
    with pytest.raises(CatalogueFileError, match="6,291,457 bytes .6.0 MiB., too large to be a catalogue"):
        read_catalogue(over)


def test_the_corpus_covers_every_input_the_review_numbered() -> None:
    numbered = {case[0].split()[0].rstrip("b") for case in CASES} | set(SIZED)
    assert {f"{n:02}" for n in range(1, 61)} <= numbered


@pytest.mark.parametrize("kind", ["directory", "fifo", "device", "symlink loop", "missing", "unreadable"])
def test_a_path_that_is_no_catalogue_file_is_refused_at_once(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """S1–S8: a folder, a FIFO (which once blocked the import forever), /dev/zero, a symlink loop, a
    missing file and a file its reader may not open."""
    path = tmp_path / "odd.json"
    expected = {
        "directory": "Is a directory",
        "fifo": "is a pipe, not a catalogue file",
        "device": "is a device or socket, not a catalogue file",
        "symlink loop": "Too many levels of symbolic links",
        "missing": "No such file or directory",
        "unreadable": "Permission denied",
    }[kind]
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path = Path("/dev/zero")
    elif kind == "symlink loop":
        path.symlink_to(path)
    elif kind == "unreadable":
        path.write_text(SEED_TEXT, encoding="utf-8")
        path.chmod(0)
        if os.geteuid() == 0:  # root reads it anyway: observe the refusal as an unprivileged user
            from tests.unprivileged import environment, python, shared_folder

            shared = shared_folder()
            try:
                hidden = shared / "odd.json"
                hidden.write_text(SEED_TEXT, encoding="utf-8")
                hidden.chmod(0)
                probe = (
                    "import sys; from pathlib import Path\n"
                    "from dermacounsel.storage.catalogue_file import CatalogueFileError, read_catalogue\n"
                    "try:\n    read_catalogue(Path(sys.argv[1]))\nexcept CatalogueFileError as error:\n    print(error)"
                )
                seen = python(environment(shared / "home"), "-c", probe, str(hidden))
                assert seen.stdout == f"{hidden}: cannot be read ({expected})\n", seen.stderr
            finally:
                shutil.rmtree(shared, ignore_errors=True)
            return
    before = digest(database_path)
    code, error = run_import(capsys, database_path, path)
    assert code == 1 and error.startswith(f"dermacounsel: error: {path}: ") and expected in error, error
    assert error.count("\n") == 1 and digest(database_path) == before


def test_a_real_backup_given_to_import_points_to_restore(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review imported a real `.sqlite3` backup and got "byte 106: is not UTF-8 text"."""
    from dermacounsel.storage.backups import make_backup

    backup = make_backup(database_path, "manual").path
    before = digest(database_path)
    for options in (("--dry-run",), ("--replace",), ()):
        code, error = run_import(capsys, database_path, backup, *options)
        assert code == 1 and error.count("\n") == 1 and "restore" in error, error
        assert error.startswith(f"dermacounsel: error: {backup}: is a DermaCounsel database or backup")
        assert digest(database_path) == before
