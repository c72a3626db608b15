"""Issue 14: the command line in Japanese, argparse's own texts included: the usage, the help of every
command and option, and the one-line messages about bad arguments; English as argparse writes it."""

from __future__ import annotations

import argparse
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dermacounsel.cli import main
from dermacounsel.cli.messages import ARGPARSE_MESSAGES, ARGPARSE_TEXTS, choose
from tests.test_no_english_below_the_interface import english_sentence

#: the commands and views whose --help is read here, each with its own options
HELPS = (
    [],
    ["check"],
    ["export"],
    ["import"],
    ["sync"],
    ["render"],
    ["render", "explorer"],
    ["render", "growth-factors"],
    ["render", "compare"],
    ["render", "counsel"],
    ["selftest"],
    ["backup"],
    ["restore"],
    ["advise"],
    ["sheet"],
    ["chart"],
    ["describe"],
    ["install-desktop"],
)


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    choose(None)


def helped(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", HELPS, ids=lambda command: " ".join(command) or "dermacounsel")
def test_help_is_all_japanese_under_lang_ja(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out = helped(capsys, "--lang", "ja", *command)
    assert out.startswith(f"使い方：dermacounsel {' '.join(command)}".rstrip()), out
    assert "\nオプション：\n" in out
    assert re.search(r"\n  -h, --help +このヘルプを表示して終了します\n", out), out
    assert "usage:" not in out and "options:" not in out and "positional arguments" not in out
    english = [line for line in out.splitlines() if english_sentence(line)]
    assert english == [], "\n".join(english)


def test_the_top_level_help_names_the_commands_in_japanese(capsys: pytest.CaptureFixture[str]) -> None:
    out = helped(capsys, "--lang", "ja")
    assert "\nコマンド：\n" in out
    assert "    export              カタログ全体をカタログファイルに書き出します\n" in out
    assert "  --version             プログラムのバージョンを表示して終了します\n" in out
    # a positional argument's heading, and its help
    export = helped(capsys, "export", "--lang", "ja")
    assert "\n位置引数：\n  PATH" in export and "書き出すファイル（標準出力に書き出すには -）" in export


def test_japanese_help_is_wrapped_by_the_columns_it_takes(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    """argparse counts characters: a Japanese one takes two columns, and there are no spaces to break at."""
    from dermacounsel.cli.common import columns

    monkeypatch.setenv("COLUMNS", "82")
    out = helped(capsys, "--lang", "ja", "advise")
    assert max(columns(line) for line in out.splitlines() if "://" not in line) <= 80, out
    assert not any(line.lstrip().startswith(("、", "。", "）")) for line in out.splitlines())


def test_help_in_english_is_argparse_s(capsys: pytest.CaptureFixture[str]) -> None:
    out = helped(capsys, "--lang", "en", "sheet")
    assert out.startswith("usage: dermacounsel sheet [-h]")
    assert re.search(r"\noptions:\n  -h, --help +show this help message and exit\n", out), out
    assert "the PDF file to write" in out


@pytest.mark.parametrize(
    ("argv", "japanese", "english"),
    [
        (
            ["sheet", "--bogus"],
            "dermacounsel sheet: エラー：次の引数が必要です：--out",
            "dermacounsel sheet: error: the following arguments are required: --out",
        ),
        (
            ["sheet", "--out", "x.pdf", "--bogus"],
            "dermacounsel: エラー：認識できない引数です：--bogus",
            "dermacounsel: error: unrecognized arguments: --bogus",
        ),
        (
            ["sheet", "--paper", "b5", "--out", "x.pdf"],
            "dermacounsel sheet: エラー：引数 --paper：'b5' は選べません（選べるもの：'a4', 'letter'）",
            "dermacounsel sheet: error: argument --paper: invalid choice: 'b5' (choose from 'a4', 'letter')",
        ),
        (
            ["sheet", "--out"],
            "dermacounsel sheet: エラー：引数 --out：値を1つ指定してください",
            "dermacounsel sheet: error: argument --out: expected one argument",
        ),
        (
            ["render", "explorer", "--size", "5x5", "--out", "x.png"],
            "dermacounsel render explorer: エラー：引数 --size：'5x5': 縦横とも100～8000ピクセルにしてください",
            "dermacounsel render explorer: error: argument --size: '5x5': each side must be from 100 to 8000 pixels",
        ),
        (
            ["chart", "--out", "chart.txt"],
            "dermacounsel chart: エラー：引数 --out：'chart.txt': .png、.svg、.pdf のいずれかのファイルを指定して",
            "dermacounsel chart: error: argument --out: 'chart.txt': name a .png, .svg or .pdf file",
        ),
    ],
)
def test_a_bad_argument_is_one_japanese_line_and_exit_2(
    argv: list[str], japanese: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for lang, expected, see in (("ja", japanese, "（「dermacounsel --help」をご覧ください）"), ("en", english, "")):
        for order in ([*argv[:1], "--lang", lang, *argv[1:]], ["--lang", lang, *argv]):
            with pytest.raises(SystemExit) as exited:
                main(order)
            assert exited.value.code == 2
            error = capsys.readouterr().err
            assert error.startswith(expected) and error.count("\n") == 1, error
            assert error.endswith(f"{see}\n" if see else "(see 'dermacounsel --help')\n"), error


def test_a_bad_argument_in_japanese_from_the_command_itself() -> None:
    """As a user runs it: one line on stderr, exit status 2, no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--lang", "ja", "sheet", "--bogus"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("dermacounsel sheet: エラー：") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr and not english_sentence(result.stderr)


def test_argparse_still_writes_the_messages_that_are_translated() -> None:
    """The templates read back are argparse's own: a Python whose argparse words them otherwise would
    leave them English, and fails here first."""
    source = inspect.getsource(argparse)
    for template in (*ARGPARSE_MESSAGES, *ARGPARSE_TEXTS):
        assert repr(template)[1:-1] in source or template in source, template


def _help_without_lang(tmp_path: Path, setting: str | None, locale: str) -> tuple[str, str]:
    """`dermacounsel --help` with no --lang, the app's setting (None: never chosen) and the system's
    locale as given: what it printed, and whether it loaded Qt to know the language."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "LANG": locale, "LANGUAGE": ""}
    env = {name: value for name, value in env.items() if not name.startswith("LC_")}
    if setting is not None:
        subprocess.run(
            [
                sys.executable,
                "-c",
                "from PySide6.QtCore import QSettings\ns = QSettings('DermaCounsel', 'DermaCounsel')\n"
                f"s.setValue('interface/language', {setting!r}); s.sync()",
            ],
            env=env,
            check=True,
        )
    probe = (
        "import sys, contextlib, io\nfrom dermacounsel.cli import main\nout = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n    main(['--help'])\n"
        "print('PySide6' in sys.modules)\nprint(out.getvalue())"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    loaded, _, out = result.stdout.partition("\n")
    return out, loaded


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there only Qt reads the setting and the locale")
def test_help_without_lang_follows_the_app_s_setting_and_the_system_s_locale(tmp_path: Path) -> None:
    out, loaded = _help_without_lang(tmp_path / "never", None, "C.UTF-8")
    assert out.startswith("usage: ") and loaded == "False", "English is known without Qt"
    out, loaded = _help_without_lang(tmp_path / "english", "en", "ja_JP.UTF-8")
    assert out.startswith("usage: ") and loaded == "False", "the setting wins over the locale"
    out, _ = _help_without_lang(tmp_path / "japanese", "ja", "C.UTF-8")
    assert out.startswith("使い方：") and "オプション：" in out, out
    out, _ = _help_without_lang(tmp_path / "system", None, "ja_JP.UTF-8")
    assert out.startswith("使い方："), out


def test_lang_without_a_command_is_refused_not_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    """Before a command it sets the command's language; without one the app would open in its own."""
    assert main(["--lang", "ja"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("dermacounsel: エラー：--lang は") and error.count("\n") == 1, error
    assert main(["--lang", "en"]) == 1
    assert capsys.readouterr().err.startswith("dermacounsel: error: --lang sets the language of a command's")
