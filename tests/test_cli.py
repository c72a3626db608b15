"""The `dermacounsel` command: subcommands, one-line errors, and no heavy imports where none are needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dermacounsel import __version__
from dermacounsel.cli import main

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dermacounsel", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


def test_version_and_help_import_neither_qt_nor_sqlalchemy_nor_matplotlib() -> None:
    probe = (
        "import sys, contextlib, io\n"
        "from dermacounsel.cli import main\n"
        "for argv in (['--version'], ['--help'], ['check', '--help']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "        main(argv)\n"
        "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'matplotlib', 'alembic', 'pydantic') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"DermaCounsel {__version__}"


def test_check_passes_on_a_fresh_catalogue(database_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(database_path)]) == 0
    out = capsys.readouterr().out
    assert "No problems found." in out and "quick_check" in out


def test_check_fails_with_exit_1_and_says_what(database_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    with sqlite3.connect(database_path) as connection:
        connection.execute("PRAGMA ignore_check_constraints=ON")
        connection.execute("UPDATE rating SET level = 9 WHERE rowid = 3")
    connection.close()
    assert main(["--db", str(database_path), "check"]) == 1
    out = capsys.readouterr().out
    assert "FAILED" in out and "level: 9 is off the scale" in out


def test_export_to_a_file_and_to_stdout(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "catalogue.json"
    assert main(["export", str(target), "--db", str(database_path)]) == 0
    capsys.readouterr()
    assert main(["export", "-", "--db", str(database_path)]) == 0
    stdout = capsys.readouterr().out
    assert stdout == target.read_text(encoding="utf-8")
    data = json.loads(stdout)
    assert data["format"] == "dermacounsel-catalogue" and data["version"] == 1
    assert [p["name"]["en"] for p in data["products"]] == [
        "Benev",
        "Babyskin",
        "AmnioGenics",
        "Premium Cell",
        "REJURAN",
    ]


def test_the_environment_variable_selects_the_database(database_path: Path, tmp_path: Path) -> None:
    result = run("check", env={"DERMACOUNSEL_DB": str(database_path)})
    assert result.returncode == 0, result.stderr
    assert str(database_path) in result.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export"], "the following arguments are required: PATH"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["--db"], "expected one argument"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(args: list[str], words: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_check_reports_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_bytes(b"plain text, not SQLite " * 100)
    result = run("--db", str(not_a_database), "check")
    assert result.returncode == 1
    assert "file is not a database" in result.stdout and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["export", "-"], ["--terminate-after-init"]])
def test_unusable_database_paths_are_one_line_errors(tmp_path: Path, command: list[str]) -> None:
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_bytes(b"plain text, not SQLite " * 100)
    result = run("--db", str(not_a_database), *command)
    assert result.returncode == 1
    assert result.stderr.startswith("dermacounsel: error: ")
    assert str(not_a_database) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_export_into_a_missing_folder_is_a_one_line_error(database_path: Path, tmp_path: Path) -> None:
    result = run("--db", str(database_path), "export", str(tmp_path / "nowhere" / "x.json"))
    assert result.returncode == 1 and "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_terminate_after_init_paints_and_exits_without_matplotlib(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from dermacounsel.cli import main\n"
        f"code = main(['--db', {str(tmp_path / 'new.sqlite3')!r}, '--create', '--terminate-after-init'])\n"
        "print('exit', code, 'matplotlib' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "exit 0 False", result.stderr
    assert (tmp_path / "new.sqlite3").is_file()


def test_describe_prints_what_the_explorer_panel_shows(database_path, capsys) -> None:
    import json as _json

    from dermacounsel.cli import main as _main

    assert _main(["--db", str(database_path), "describe", "epidermis"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Epidermis\n") and "Growth factors acting here:" in out
    assert "Collagen production" not in out  # made in the dermis, not shown at the epidermis
    assert "Vital Injector reaches it" in out
    assert _main(["--db", str(database_path), "describe", "muscle", "--json"]) == 0
    data = _json.loads(capsys.readouterr().out)
    assert data["reached_by_a_needle"] is False
    assert all("Hair growth" not in r["effect"] for f in data["growth_factors"] for r in f["ratings"])
    assert _main(["--db", str(database_path), "describe", "dermis", "--procedure", "dermapen", "--depth", "0.5"]) == 0
    out = capsys.readouterr().out
    assert "Setting 0.5 mm: the clinic's depth guide targets the middle of the epidermis." in out
    assert "not the depth it reaches" in out and "⚠" not in out.split("Dermapen reaches")[1]
    assert _main(["--db", str(database_path), "describe", "dermis", "--procedure", "dermapen", "--depth", "3.0"]) == 0
    assert "⚠ This setting is longer than the skin and fat together" in capsys.readouterr().out
    assert _main(["--db", str(database_path), "describe", "dermis", "--procedure", "vital-injector", "--json"]) == 0
    data = _json.loads(capsys.readouterr().out)
    assert data["procedure"]["reach"] == "the epidermis and the dermis down to its middle"
    assert next(f for f in data["growth_factors"] if f["key"] == "PRP+FGF")["inferred"]
    assert _main(["--db", str(database_path), "describe", "skin"]) == 1
    assert "unknown layer 'skin'" in capsys.readouterr().err


def test_entries_are_named_by_key_or_by_name_in_any_language(tmp_path: Path) -> None:
    """Products, layers, procedures and concerns: the key, or the name in English or Japanese."""
    db = str(tmp_path / "c.sqlite3")
    sheet = run(
        "--db",
        db,
        "--create",
        "sheet",
        "--product",
        "ベネブ",
        "--product",
        "premium-cell",
        "--out",
        str(tmp_path / "s.pdf"),
    )
    assert sheet.returncode == 0, sheet.stderr
    assert "Benev, Premium Cell" in sheet.stderr
    advice = run("--db", db, "advise", "--concern", "小じわ", "--concern", "Sagging", "--json")
    assert advice.returncode == 0, advice.stderr
    assert json.loads(advice.stdout)["concerns"] == ["fine-lines", "sagging"]
    described = run("--db", db, "describe", "Dermis", "--procedure", "Vital Injector", "--json")
    assert described.returncode == 0, described.stderr
    payload = json.loads(described.stdout)
    assert payload["region"] == "dermis" and payload["procedure"]["key"] == "vital-injector"
    described = run("--db", db, "describe", "真皮", "--procedure", "ヴァイタルインジェクター", "--json")
    assert described.returncode == 0, described.stderr
    payload = json.loads(described.stdout)
    assert payload["region"] == "dermis" and payload["procedure"]["key"] == "vital-injector"
    # a growth factor by its name or its full name in either language
    chart = run(
        "--db",
        db,
        "chart",
        "--gf",
        "上皮成長因子",
        "--gf",
        "Fibroblast growth factor",
        "--out",
        str(tmp_path / "c.svg"),
    )
    assert chart.returncode == 0, chart.stderr
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "EGF" in svg and "FGF" in svg  # both drawn (the legend names them)


def test_a_mistyped_db_is_refused_and_nothing_is_created(database_path: Path, tmp_path: Path, capsys) -> None:
    """An import into `cat.sqlite` when the clinic's file is `cat.sqlite3` once "succeeded" into a new,
    freshly seeded catalogue (and created missing folders on the way)."""
    from dermacounsel.cli import main

    typo = tmp_path / "no-such-folder" / "catalogue.sqlite"
    for command in (["export", "-"], ["import", str(REPO / "db" / "catalogue.json")], ["backup"], ["check"]):
        assert main(["--db", str(typo), *command]) == 1, command
        error = capsys.readouterr().err
        assert error.startswith(f"dermacounsel: error: {typo}: ") and error.count("\n") == 1, error
    assert not typo.parent.exists()


def test_create_makes_a_named_catalogue_and_the_default_is_made_on_first_start(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    from dermacounsel.cli import main

    new = tmp_path / "clinic" / "catalogue.sqlite3"
    assert main(["--db", str(new), "--create", "export", "-"]) == 0
    assert new.is_file() and '"format": "dermacounsel-catalogue"' in capsys.readouterr().out
    assert main(["export", "--db", str(new), "-"]) == 0  # it exists now: no --create needed
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["export", "-"]) == 0  # the default location, first start: created without asking
    assert list((tmp_path / "data").rglob("catalogue.sqlite3"))


def test_without_a_display_the_app_says_so_in_one_line(database_path: Path) -> None:
    """Qt used to abort (exit 134) blaming libxcb-cursor0, which was installed."""
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--db", str(database_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("dermacounsel: error: no display was found") and result.stderr.count("\n") == 1


def test_a_folder_as_db_is_one_line_and_the_app_exits(tmp_path: Path) -> None:
    folder = tmp_path / "catalogue.sqlite3"
    folder.mkdir()
    for command in (
        ["--terminate-after-init"],
        ["export", "-"],
        ["render", "explorer", "--out", str(tmp_path / "x.png")],
    ):
        result = run("--db", str(folder), *command)
        assert result.returncode == 1, (command, result.stderr)
        assert result.stderr == f"dermacounsel: error: {folder}: is a folder, not a database file\n", command


def test_a_mistyped_key_suggests_the_nearest(database_path: Path, capsys) -> None:
    from dermacounsel.cli import main

    assert main(["--db", str(database_path), "sheet", "--product", "Premium Cel", "--product", "Benev",
                 "--out", "x.pdf"]) == 1  # fmt: skip
    assert "unknown product 'Premium Cel' (did you mean 'Premium Cell'?)" in capsys.readouterr().err


def test_the_patient_name_can_come_from_standard_input(database_path: Path, tmp_path: Path) -> None:
    """A name on the command line is visible to every local user in `ps`; standard input is not."""
    from pypdf import PdfReader

    pdf = tmp_path / "sheet.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--db", str(database_path), "sheet", "--product", "Benev",
         "--product", "REJURAN", "--patient", "-", "--out", str(pdf)],
        input="Hanako Yamada\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Hanako Yamada" in text
    assert (
        "--patient -" in run("sheet", "--help").stdout.replace("\n", " ")
        or "standard input" in run("sheet", "--help").stdout
    )


def test_lang_chooses_the_language_of_what_is_written(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    japanese = run(
        "--db",
        db,
        "--create",
        "sheet",
        "--lang",
        "ja",
        "--product",
        "benev",
        "--product",
        "REJURAN",
        "--out",
        str(tmp_path / "ja.pdf"),
    )
    assert japanese.returncode == 0, japanese.stderr
    assert "ベネブ, リジュラン" in japanese.stderr
    english = run(
        "--db",
        db,
        "sheet",
        "--lang",
        "en",
        "--product",
        "ベネブ",
        "--product",
        "rejuran",
        "--out",
        str(tmp_path / "en.pdf"),
    )
    assert english.returncode == 0, english.stderr
    assert "Benev, REJURAN" in english.stderr
    assert (
        run("--db", db, "sheet", "--lang", "fr", "--product", "benev", "--out", str(tmp_path / "x.pdf")).returncode == 2
    )


def test_import_names_the_first_entries_and_counts_the_rest(database_path, tmp_path, capsys) -> None:
    """An import of 10,000 products once printed every name on one 300,000-character line."""
    import json

    from dermacounsel import paths
    from dermacounsel.cli import main

    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    data["products"] += [
        {"name": f"Bulk serum {n:03d}", "components": [{"kind": "other", "name": "Water"}], "source": "article"}
        for n in range(100)
    ]
    source = tmp_path / "bulk.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--db", str(database_path), "import", "--dry-run", str(source)]) == 0
    out = capsys.readouterr().out
    added = next(line for line in out.splitlines() if line.startswith("Added: "))
    assert added.count("product Bulk serum") == 30 and added.endswith("product Bulk serum 029 and 70 more")
    assert main(["--db", str(database_path), "import", "--dry-run", "--all-names", str(source)]) == 0
    added = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Added: "))
    assert added.count("product Bulk serum") == 100


def test_check_treats_a_missing_db_path_as_every_command_does(tmp_path, capsys) -> None:
    """Its help says a named path must exist unless --create is given; check once ignored --create."""
    from dermacounsel.cli import main

    missing = tmp_path / "cat.sqlite"
    assert main(["--db", str(missing), "check"]) == 1
    error = capsys.readouterr().err
    assert "there is no catalogue there (check the --db path); add --create" in error and not missing.exists()
    assert main(["--db", str(missing), "--create", "check"]) == 0
    assert "No problems found." in capsys.readouterr().out and missing.is_file()


def test_a_japanese_user_reads_the_commands_messages_in_japanese(tmp_path: Path) -> None:
    """Issue 14: with --lang ja, what a command says on stderr (what it wrote, its errors) and what it prints
    is Japanese; with --lang en the same lines are English."""
    db = str(tmp_path / "c.sqlite3")
    exported = run("--db", db, "--create", "export", "--lang", "ja", str(tmp_path / "catalogue.json"))
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr.strip() == f"カタログを {tmp_path / 'catalogue.json'} に書き出しました"

    imported = run("--db", db, "import", "--lang", "ja", "--dry-run", str(tmp_path / "catalogue.json"))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"{tmp_path / 'catalogue.json'} を読み込んだ場合：追加0件、変更0件、変更なし")
    assert "（何も書き込んでいません）" in imported.stdout
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "format": "dermacounsel-catalogue",\n  "version": 1,,\n}', encoding="utf-8")
    bad = run("--db", db, "import", "--lang", "ja", str(broken))
    assert bad.returncode == 1
    assert bad.stderr.startswith(f"dermacounsel: エラー：{broken}: 3行16列目：JSONとして読めません（")

    refused = run("--db", db, "sheet", "--lang", "ja", "--product", "benev", "--out", str(tmp_path / "x.pdf"))
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "dermacounsel: エラー：比較できるのは異なる2～4の製品です（指定は1件）。"
        "製品ごとに --product 名前 を指定してください"
    )
    english = run("--db", db, "sheet", "--lang", "en", "--product", "benev", "--out", str(tmp_path / "x.pdf"))
    assert english.stderr.strip() == (
        "dermacounsel: error: compare two to four different products (got 1): give --product NAME for each"
    )

    chart = run("--db", db, "chart", "--lang", "ja", "--gf", "EGF", "--out", str(tmp_path / "chart.svg"))
    assert chart.returncode == 0, chart.stderr
    assert chart.stderr.strip() == f"チャートを {tmp_path / 'chart.svg'} に保存しました"
    folder = tmp_path / "a-folder.svg"
    folder.mkdir()
    unwritten = run("--db", db, "chart", "--lang", "ja", "--gf", "EGF", "--out", str(folder))
    assert unwritten.returncode == 1 and folder.is_dir()
    assert unwritten.stderr.strip() == (
        f"dermacounsel: エラー：{folder}: 書き込めません"
        "（通常のファイルではありません。書き出すファイルの名前を指定してください）"
    )

    small = run("--db", db, "render", "explorer", "--lang", "ja", "--size", "400x300", "--out", str(tmp_path / "x.png"))
    assert small.returncode == 1 and not (tmp_path / "x.png").exists()
    assert small.stderr.startswith("dermacounsel: エラー：400x300 はこの画面を表示するには小さすぎます（")
    assert small.stderr.strip().endswith("以上が必要です）") and len(small.stderr.strip().splitlines()) == 1

    described = run("--db", db, "describe", "dermis", "--lang", "ja", "--procedure", "dermapen", "--depth", "3.0")
    assert described.returncode == 0, described.stderr
    out = described.stdout
    assert "ここに作用する成長因子：" in out and "この深さまで届く施術：" in out
    assert "設定 3.0 mm：クリニックの深さの目安では真皮をねらいます。" in out
    assert "⚠ この設定は、皮膚と皮下脂肪を合わせて最も薄いところ" in out
    assert "Growth factors" not in out and "reaches" not in out


def test_a_broken_database_path_is_one_japanese_line_under_lang_ja(tmp_path: Path, database_path: Path) -> None:
    """Issue 14: storage's and the service's errors are printed in the --lang language: one line naming the
    file first, exit status 1, no traceback; --lang en prints the English as before."""
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    result = run("--db", str(folder), "export", "-", "--lang", "ja")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == (f"dermacounsel: エラー：{folder}：フォルダーです。データベースのファイルではありません\n")
    english = run("--db", str(folder), "export", "-", "--lang", "en")
    assert english.stderr == f"dermacounsel: error: {folder}: is a folder, not a database file\n"

    missing = tmp_path / "gone.sqlite3"
    restored = run("--db", str(database_path), "restore", str(missing), "--lang", "ja")
    assert restored.returncode == 1 and restored.stdout == ""
    assert restored.stderr == f"dermacounsel: エラー：{missing}：元に戻すファイルがありません\n"

    mistyped = run("--db", str(database_path), "sheet", "--lang", "ja", "--product", "Premium Cel",
                   "--product", "Benev", "--out", str(tmp_path / "x.pdf"))  # fmt: skip
    assert mistyped.returncode == 1 and len(mistyped.stderr.strip().splitlines()) == 1
    assert mistyped.stderr.startswith("dermacounsel: エラー：製品「Premium Cel」は見つかりません（「")
    assert "unknown" not in mistyped.stderr and "did you mean" not in mistyped.stderr
