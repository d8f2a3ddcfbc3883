"""Composition root: open the store, hand the repository to the window or the exporter."""

from __future__ import annotations

import sys
from pathlib import Path

from borderdesk.core.errors import ItemNotFoundError, StoreError
from borderdesk.core.service import ReferenceService


def open_service(db_path: Path | None) -> ReferenceService:
    """Open the bundled database (or ``db_path``) read-only; raise StoreError if unusable."""
    from borderdesk.data.store import open_store

    return open_store(db_path)


def run_gui(db_path: Path | None) -> int:
    """Show the main window on the given database and run until it closes."""
    from borderdesk.gui.qtapp import ensure_application

    app = ensure_application()
    from borderdesk.gui.errors import install_excepthook

    install_excepthook(log_path)
    try:
        service = open_service(db_path)
    except StoreError as error:
        from borderdesk.gui.errors import show_error

        print(f"borderdesk: {error}", file=sys.stderr)
        show_error(None, "BorderDesk cannot open its database", _store_message(error, db_path))
        return 1

    from borderdesk.gui.main_window import MainWindow
    from borderdesk.gui.settings import Settings

    window = MainWindow(service, Settings())
    window.show()
    return app.exec()


def export_chart(
    db_path: Path | None,
    output: Path,
    *,
    width: int,
    height: int,
    source_id: str | None = None,
    highlight: str | None = None,
) -> Path:
    """Write the segment chart to ``output`` headless; return the path written."""
    service = open_service(db_path)
    try:
        series = service.segment_series(source_id)
    except ItemNotFoundError:
        known = ", ".join(option.ref.id for option in service.chart_sources())
        raise ItemNotFoundError(
            f"no source {source_id!r} gives all five segment lengths; choose one of: {known}"
        ) from None
    if highlight is not None and highlight not in {bar.key for bar in series.bars}:
        known = ", ".join(bar.key for bar in series.bars)
        raise ItemNotFoundError(f"no border {highlight!r}; choose one of: {known}")

    from borderdesk.gui.export import render_chart
    from borderdesk.gui.qtapp import ensure_application

    ensure_application(headless=True)
    return render_chart(series, output, width, height, highlight=highlight)


def log_path() -> Path:
    """Return the log file in the user's data folder (never beside the installed files)."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / "logs" / "borderdesk.log"


def _store_message(error: StoreError, chosen: Path | None) -> str:
    advice = (
        "Check that the file you chose with --db is a BorderDesk database."
        if chosen is not None
        else "BorderDesk's own database is damaged or missing: please reinstall BorderDesk."
    )
    return f"The database file\n\n{error.path}\n\ncannot be used: {error.problem}.\n\n{advice}"
