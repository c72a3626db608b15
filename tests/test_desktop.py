"""Desktop integration on Linux: the shipped desktop entry and AppStream metainfo are valid, and
`dermacounsel install-desktop` puts them, with the icons, where desktops look."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from dermacounsel import __version__, desktop
from dermacounsel.cli import main

ENTRY = desktop.desktop_dir() / f"{desktop.DESKTOP_ID}.desktop"
METAINFO = desktop.desktop_dir() / f"{desktop.DESKTOP_ID}.metainfo.xml"


def test_the_metainfo_names_the_desktop_entry_and_this_version() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == desktop.DESKTOP_ID
    assert root.find("launchable").text == f"{desktop.DESKTOP_ID}.desktop"  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    assert f"Icon={desktop.DESKTOP_ID}" in ENTRY.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (CI installs it)")
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_desktop_writes_entry_icons_and_metainfo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "share folder"
    assert main(["install-desktop", "--data-dir", str(data)]) == 0
    assert "Installed the desktop entry" in capsys.readouterr().out
    entry = data / "applications" / f"{desktop.DESKTOP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line != "Exec=dermacounsel"  # this very copy, by its full path
    for size in desktop.ICON_SIZES:
        png = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{desktop.DESKTOP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{desktop.DESKTOP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{desktop.DESKTOP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr
    assert main(["install-desktop", "--data-dir", str(data), "--uninstall"]) == 0
    assert not entry.exists()


def test_the_exec_line_quotes_paths_with_spaces_and_specials() -> None:
    entry = desktop.desktop_entry(["/opt/Derma Counsel/100%/dermacounsel"])
    assert 'Exec="/opt/Derma Counsel/100%%/dermacounsel"' in entry.splitlines()
    lines = desktop.desktop_entry(["/opt/dc/dermacounsel"]).splitlines()
    assert lines.count("Exec=/opt/dc/dermacounsel") == 1 and lines.count("TryExec=/opt/dc/dermacounsel") == 1


def test_install_desktop_from_an_installed_script_points_at_it(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("dermacounsel")
    if not script.is_file():
        pytest.skip("no dermacounsel script beside this Python")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run([str(script), "install-desktop"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "applications" / f"{desktop.DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={script.resolve()}" in text.splitlines()


def test_install_desktop_says_what_it_did_in_japanese(tmp_path: Path) -> None:
    """Issue 14: with --lang ja the command's lines are Japanese, its error too (one line, the folder and
    the system's reason); with --lang en they are as before."""
    data = tmp_path / "share"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "dermacounsel", "install-desktop", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    installed = run("--lang", "ja", "--data-dir", str(data))
    assert installed.returncode == 0, installed.stderr
    entry = data / "applications" / f"{desktop.DESKTOP_ID}.desktop"
    lines = installed.stdout.splitlines()
    assert lines[0] == f"デスクトップ項目 {entry} を登録しました（{data} に11個のファイル）"
    assert lines[1].startswith("起動するコマンド：")
    removed = run("--lang", "ja", "--data-dir", str(data), "--uninstall")
    assert (
        removed.stdout.strip()
        == f"DermaCounselのデスクトップ項目とアイコン（11個のファイル）を {data} から削除しました"
    )
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    refused = run("--lang", "ja", "--data-dir", str(blocker / "share"))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.strip() == (
        f"dermacounsel: エラー：{blocker / 'share'}: 書き込めません（途中の名前がフォルダーではありません）"
    )
    english = run("--lang", "en", "--data-dir", str(data))
    assert english.stdout.splitlines()[0] == f"Installed the desktop entry {entry} (11 files under {data})"
