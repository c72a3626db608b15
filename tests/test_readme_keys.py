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


# --- docs/README.ja.md, the staff's guide: what it names must be what the app has -------------------------

README_JA = REPO / "docs" / "README.ja.md"


def _readme_ja() -> str:
    return README_JA.read_text(encoding="utf-8")


def test_the_japanese_readme_lists_the_keys_the_catalogue_has() -> None:
    readme = _readme_ja()
    assert _generator().readme_ja_with_keys(readme) == readme, "run: python docs/readme_keys.py"


def _command_lines(text: str) -> list[str]:
    """Each command line of the README's sh blocks (comments dropped, `a && b` split), and each inline
    `dermacounsel …` span."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            lines += [part.strip() for part in line.split("&&") if part.strip()]
    lines += re.findall(r"`(dermacounsel [^`]+)`", text)
    return lines


def test_every_command_the_japanese_readme_gives_is_one_the_app_takes(tmp_path: Path, monkeypatch) -> None:
    import argparse
    import shlex

    from dermacounsel.cli import build_parser

    monkeypatch.chdir(tmp_path)  # --out handout.png names a file in the current folder
    commands = []
    for line in _command_lines(_readme_ja()):
        words = shlex.split(line)
        at = next((i for i, word in enumerate(words) if Path(word).name == "dermacounsel"), None)
        if at is not None:
            commands.append(words[at + 1 :])
    assert len(commands) >= 15 and ["check"] in commands
    for argv in commands:
        try:
            build_parser().parse_args(argv)
        except SystemExit as stopped:  # --version and --help stop with 0; a refusal with 2
            if stopped.code != 0:
                raise AssertionError(f"dermacounsel {shlex.join(argv)}: refused by the parser") from stopped
    # every option the README names on its own is an option of some command
    parser = build_parser()
    known = set(parser._option_string_actions)  # noqa: SLF001 (argparse keeps its options there only)
    pending = [parser]
    while pending:
        for action in pending.pop()._actions:  # noqa: SLF001
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for sub in action.choices.values():
                    known |= set(sub._option_string_actions)  # noqa: SLF001
                    pending.append(sub)
    named = set(re.findall(r"`(--[a-z-]+)", _readme_ja()))
    assert named and named <= known, sorted(named - known)


def test_the_shortcuts_the_japanese_readme_names_are_the_apps(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    from dermacounsel.ui.app import make_application
    from dermacounsel.ui.help import VIEW_SHORTCUTS, window_shortcuts
    from dermacounsel.ui.main_window import MainWindow

    make_application()
    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    in_window = {keys for keys, _name in window_shortcuts(window)}
    in_views = {key.strip() for keys, _where, _what in VIEW_SHORTCUTS for key in keys.split(",")}
    text = re.sub(  # `Ctrl+1`～`Ctrl+6` names each of them
        r"`Ctrl\+(\d)`～`Ctrl\+(\d)`",
        lambda m: " ".join(f"`Ctrl+{n}`" for n in range(int(m[1]), int(m[2]) + 1)),
        _readme_ja(),
    )
    named = set(re.findall(r"`((?:Ctrl|Shift|Alt)\+[^`]+|F\d+|Escape|Esc|Tab|Enter)`", text))
    assert named <= in_window | in_views, sorted(named - in_window - in_views)
    assert in_window <= named, sorted(in_window - named)  # and the table leaves none of the window's out


def test_the_menus_and_buttons_the_japanese_readme_names_are_the_ones_the_app_shows() -> None:
    from tests.ui_names import unknown_names

    # UI names are written in bold; a bold lead-in ends in ： or 。 and is not a name
    bold = [b for b in re.findall(r"\*\*([^*]+)\*\*", _readme_ja()) if not b.endswith(("：", "。"))]
    assert len(bold) > 40
    assert not unknown_names(bold, "ja")


def test_the_japanese_readme_shows_japanese_pictures_that_exist() -> None:
    from PySide6.QtGui import QImage

    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", _readme_ja())
    assert {"images/ja/skin-explorer.png", "images/ja/counsel.png"} <= set(pictures)
    for picture in pictures:
        path = README_JA.parent / picture
        assert path.is_file(), picture
        assert path.stat().st_size < 400_000, f"{picture}: {path.stat().st_size} bytes; optimise it"
        assert not QImage(str(path)).isNull(), picture
