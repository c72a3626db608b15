"""The README's list of keys is the one docs/readme_keys.py generates from the bundled catalogue, and every
key it lists is one the commands accept."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from dermacounsel.cli import main

REPO = Path(__file__).resolve().parent.parent


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("readme_keys", REPO / "docs" / "readme_keys.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_lists_the_keys_the_catalogue_has() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert _generator().readme_with_keys(readme) == readme, "run: python docs/readme_keys.py"


def test_every_listed_concern_and_growth_factor_is_accepted(database_path: Path, tmp_path: Path, capsys) -> None:
    paragraph = _generator().keys_paragraph().replace("\n", " ")
    concerns = re.findall(r"`([^`]+)`", paragraph.split("`--concern`")[1].split(";")[0])
    assert main(["--db", str(database_path), "advise", *[f"--concern={key}" for key in concerns]]) == 0
    factors = re.findall(r"`([^`]+)`", paragraph.split("`--gf` the rated growth factors")[1].split("(`VEGF`")[0])
    out = tmp_path / "chart.svg"
    assert main(["--db", str(database_path), "chart", *[f"--gf={key}" for key in factors], "--out", str(out)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("key", ["VEGF"])
def test_an_unrated_factor_the_readme_names_as_unrated_is_refused(
    database_path: Path, tmp_path: Path, key: str
) -> None:
    assert main(["--db", str(database_path), "chart", "--gf", key, "--out", str(tmp_path / "c.svg")]) == 1
