"""`dermacounsel sync --from URL`: bring a chain's server catalogue into this laptop's local copy, for the
days the network is down."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from dermacounsel.cli.common import UserError, said
from dermacounsel.cli.messages import translate


def run_sync(args: argparse.Namespace) -> int:
    from dermacounsel.services.catalogue import DatabaseError, sync

    url = args.source or os.environ.get("DERMACOUNSEL_DB") or ""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", url):
        raise UserError(
            translate("cli", "name the server to copy from: sync --from postgresql+psycopg://user@host/catalogue")
        )
    try:
        local, backup = sync(url, Path(args.to).expanduser() if args.to else None)
    except DatabaseError as error:
        raise UserError(said(error)) from None
    print(
        translate("cli", "Copied the server's catalogue into {path} (checked before it replaced the old copy)").format(
            path=local
        )
    )
    if backup is not None:
        print(translate("cli", "The copy as it was is kept in {path}").format(path=backup.path))
    return 0
