"""The imported packs in the user's folder, read with plain SQLite (no ORM, no schema)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from borderdesk.core.dates import format_date
from borderdesk.core.i18n import translate
from borderdesk.core.record import frozen
from borderdesk.data.store import connect_read_only

PACK_SUFFIX = ".sqlite"


@frozen
class PackInfo:
    """A database built from an imported pack, as the window lists it."""

    path: Path
    version: str
    date: str

    @property
    def name(self) -> str:
        """Return the pack's name (its file name without the suffix)."""
        return self.path.stem

    def label(self) -> str:
        """Return how menus name it."""
        return translate("Datasets", "{name} (dataset {version}, {date})").format(
            name=self.name, version=self.version, date=format_date(self.date)
        )


def list_packs(folder: Path) -> tuple[PackInfo, ...]:
    """Return the imported packs in ``folder`` that can be read, by name."""
    packs = []
    for path in sorted(folder.glob(f"*{PACK_SUFFIX}")):
        if not path.is_file():  # SQLite would wait forever on a named pipe
            continue
        try:
            with closing(connect_read_only(path)) as connection:
                row = connection.execute("SELECT version, date FROM dataset_edition").fetchone()
        except sqlite3.Error:
            continue
        if row is not None:
            packs.append(PackInfo(path, str(row[0]), str(row[1])))
    return tuple(packs)
