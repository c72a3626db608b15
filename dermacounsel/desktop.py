"""`dermacounsel install-desktop`: puts the app in a Linux desktop's menu (freedesktop.org desktop entry,
hicolor icons, AppStream metainfo) for the user, or system-wide with --data-dir /usr/local/share."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dermacounsel import DESKTOP_ID, paths
from dermacounsel.cli.messages import translate

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_dir() -> Path:
    """resources/desktop: the desktop entry and metainfo shipped with the app."""
    return paths.resources_dir() / "desktop"


def default_data_dir() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share: where a user's own menu entries live."""
    chosen = os.environ.get("XDG_DATA_HOME")
    return Path(chosen) if chosen else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the menu should start this very copy of the app: the bundle's executable, the installed
    `dermacounsel` script, or this Python with `-m dermacounsel`."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "dermacounsel" and script.is_file():
        return [str(script.resolve())]
    import shutil

    found = shutil.which("dermacounsel")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "dermacounsel"]


def _exec_quote(word: str) -> str:
    """Quote one argument of a desktop entry's Exec key (Desktop Entry Specification, "The Exec key")."""
    word = word.replace("%", "%%")
    if not any(c in word for c in " \t\n\"'\\><~|&;$*?#()`"):
        return word
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in word)
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    """The shipped desktop entry with Exec and TryExec pointing at `command`."""
    lines = []
    for line in (desktop_dir() / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_exec_quote(word) for word in command)
            lines.append(f"TryExec={command[0]}")
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(data_dir: Path) -> list[Path]:
    icons = data_dir / "icons" / "hicolor"
    return [
        data_dir / "applications" / f"{DESKTOP_ID}.desktop",
        data_dir / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png" for size in ICON_SIZES),
    ]


def install(data_dir: Path, command: list[str]) -> list[Path]:
    """Write the desktop entry, the icons and the metainfo under `data_dir`; the files written."""
    entry, metainfo, svg, *pngs = installed_files(data_dir)
    icons = paths.resources_dir() / "icons"
    sources: list[tuple[Path, bytes]] = [
        (entry, desktop_entry(command).encode("utf-8")),
        (metainfo, (desktop_dir() / f"{DESKTOP_ID}.metainfo.xml").read_bytes()),
        (svg, (icons / "dermacounsel.svg").read_bytes()),
        *((png, (icons / f"dermacounsel-{size}.png").read_bytes()) for png, size in zip(pngs, ICON_SIZES, strict=True)),
    ]
    for target, content in sources:
        target.parent.mkdir(parents=True, exist_ok=True)
        paths.write_atomically(target, content)
    _refresh_caches(data_dir)
    return [target for target, _ in sources]


def uninstall(data_dir: Path) -> list[Path]:
    removed = []
    for path in installed_files(data_dir):
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh_caches(data_dir)
    return removed


def _refresh_caches(data_dir: Path) -> None:
    """Tell the menu and the icon theme about the change, where the desktop has the tools for it (their
    absence is harmless: desktops also notice new files by themselves)."""
    import shutil
    import subprocess

    for tool, folder in (
        ("update-desktop-database", data_dir / "applications"),
        ("gtk-update-icon-cache", data_dir / "icons" / "hicolor"),
    ):
        found = shutil.which(tool)
        if found and folder.is_dir():
            options = ["-q", "-t"] if tool == "gtk-update-icon-cache" else ["-q"]
            subprocess.run([found, *options, str(folder)], capture_output=True, timeout=30, check=False)


def run_install_desktop(args: argparse.Namespace) -> int:
    """What the command did, in the --lang language (else the app's setting); a folder that cannot be
    written is one line naming it and the system's reason."""
    from dermacounsel.cli.common import UserError, cannot_write

    data_dir = Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
    try:
        if args.uninstall:
            removed = uninstall(data_dir)
            done = translate("cli", "Removed DermaCounsel's desktop entry and icons ({count} files) from {folder}")
            print(done.format(count=len(removed), folder=data_dir))
            return 0
        command = launch_command()
        written = install(data_dir, command)
    except OSError as error:
        raise UserError(cannot_write(data_dir, error)) from None
    installed = translate("cli", "Installed the desktop entry {entry} ({count} files under {folder})")
    print(installed.format(entry=written[0], count=len(written), folder=data_dir))
    print(translate("cli", "It starts: {command}").format(command=" ".join(command)))
    return 0


def add_command(commands: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    """The `install-desktop` subcommand, for cli.build_parser."""
    parser = commands.add_parser(
        "install-desktop",
        parents=parents,
        help=translate("cli", "add DermaCounsel to the desktop's applications menu (Linux), with its icon"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "cli", "install under DIR instead of your own data folder (~/.local/share); /usr/local/share for everyone"
        ),
    )
    parser.add_argument("--uninstall", action="store_true", help=translate("cli", "remove the entry and icons again"))
    parser.set_defaults(handler=run_install_desktop)
