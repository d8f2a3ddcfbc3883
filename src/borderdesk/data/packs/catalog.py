"""The DatasetCatalog the window uses: the bundled database and the imported packs.

Listing the packs needs only SQLite; importing and exporting (the ORM, the JSON Schema) are
imported when the user asks for them, not while the window starts.
"""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.dates import format_date
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.userdata import DatasetChoice, Progress
from borderdesk.data.packs.listing import list_packs
from borderdesk.data.store import bundled_path

BUNDLED_LABEL = QT_TRANSLATE_NOOP("Datasets", "Bundled dataset")


class PackCatalog:
    """Datasets: the bundled one, then each pack imported into ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def choices(self) -> tuple[DatasetChoice, ...]:
        """Return the bundled dataset, then every imported pack."""
        packs = tuple(DatasetChoice(p.path, p.label()) for p in list_packs(self.folder))
        return (DatasetChoice(None, translate("Datasets", BUNDLED_LABEL)), *packs)

    def import_pack(self, path: Path, progress: Progress | None = None) -> DatasetChoice:
        """Validate a pack file whole and add it; ``progress`` hears each step."""
        from borderdesk.data.packs.importer import import_pack

        info = import_pack(path, self.folder, progress=progress)
        return DatasetChoice(info.path, info.label())

    def export_data(self, database: Path | None, out: Path) -> str:
        """Write a dataset to a pack file; return a one-line summary."""
        from borderdesk.data.packs.exporter import export_pack

        pack = export_pack(database or bundled_path(), out)
        edition = pack["edition"]
        return translate("Datasets", "Wrote {file}: dataset {version} ({date})").format(
            file=out.name, version=edition["version"], date=format_date(edition["date"])
        )
