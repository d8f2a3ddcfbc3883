"""Composition root: open the store, hand the repository to the window or the exporter."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from borderdesk.core.compare import source_comparison
from borderdesk.core.display import display_path, quoted
from borderdesk.core.errors import BorderDeskError, ItemNotFoundError, StoreError
from borderdesk.core.export_options import Paper
from borderdesk.core.i18n import translate
from borderdesk.core.model import ItemRef
from borderdesk.core.pages import ChartView
from borderdesk.core.service import ReferenceService


def open_service(db_path: Path | None) -> ReferenceService:
    """Open the bundled database (or ``db_path``) read-only; raise StoreError if unusable."""
    from borderdesk.data.store import open_store

    return open_store(db_path)


def export_chart(
    db_path: Path | None,
    output: Path,
    *,
    width: int,
    height: int,
    source_id: str | None = None,
    highlight: str | None = None,
    compare: tuple[str, ...] | None = None,
    theme: str = "light",
    caption: bool = True,
    paper: Paper | None = None,
) -> Path:
    """Write the segment chart (or several sources compared) to ``output`` headless.

    ``theme`` is light, dark or contrast; without ``caption`` a one-line credit is drawn;
    ``paper`` (an A4 preset's) makes the PDF page that size and marks a PNG's resolution.
    """
    service = _command_service(db_path)
    view: ChartView
    if compare:
        view = source_comparison(service, compare)
        keys = view.keys
    else:
        try:
            view = service.segment_series(source_id)
        except ItemNotFoundError:
            known = ", ".join(option.ref.id for option in service.chart_sources())
            raise ItemNotFoundError(
                translate(
                    "App",
                    "no source {source} gives all five segment lengths; choose one of: {known}",
                ).format(source=quoted(source_id), known=known)
            ) from None
        keys = tuple(bar.key for bar in view.bars)
    if highlight is not None and highlight not in keys:
        raise ItemNotFoundError(
            translate("App", "no border {border}; choose one of: {known}").format(
                border=quoted(highlight), known=", ".join(keys)
            )
        )

    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.render.chart_file import render_chart
    from borderdesk.gui.style.theme import theme_named

    ensure_application(headless=True)
    return render_chart(
        view,
        output,
        width,
        height,
        highlight=highlight,
        theme=theme_named(theme),
        caption=caption,
        paper=paper,
    )


def export_map(
    db_path: Path | None,
    output: Path,
    *,
    width: int,
    height: int,
    highlight: str | None = None,
    theme: str = "light",
    caption: bool = True,
    paper: Paper | None = None,
) -> Path:
    """Write the border map (a segment highlighted, if named) to ``output`` headless."""
    service = _command_service(db_path)
    border_map = service.border_map()
    keys = tuple(line.key for line in border_map.segments)
    if not keys:
        raise ItemNotFoundError(translate("App", "this database holds no map"))
    if highlight is not None and highlight not in keys:
        raise ItemNotFoundError(
            translate("App", "no border {border}; choose one of: {known}").format(
                border=quoted(highlight), known=", ".join(keys)
            )
        )

    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.render.map_file import render_map
    from borderdesk.gui.style.theme import theme_named

    ensure_application(headless=True)
    return render_map(
        border_map,
        output,
        width,
        height,
        highlight=highlight,
        theme=theme_named(theme),
        caption=caption,
        edition=service.edition(),
        paper=paper,
        published={b.key: (b.length.value, b.length.source.label) for b in service.borders()},
    )


def write_handouts(
    db_path: Path | None,
    output: Path,
    *,
    items: Sequence[str] = (),
    every: bool = False,
    paper: str = "a4",
    notes: bool = True,
) -> tuple[Path, int]:
    """Write one-page handouts of the items (or of every border and organisation) to a PDF.

    With ``notes`` each page prints the user's note on its item as the teacher's note.
    Return the file and its number of pages; HandoutError names an item with no handout.
    """
    from datetime import date

    from borderdesk import __version__
    from borderdesk.core.handout import build_handout_set, handout_refs, resolve_items
    from borderdesk.core.paper import PaperSize

    service = _command_service(db_path)
    refs = handout_refs(service) if every else resolve_items(service, items)
    saved = saved_notes() if notes else {}
    book = build_handout_set(
        service,
        refs,
        version=__version__,
        printed=date.today(),
        notes=lambda ref: saved.get(ref, ""),
    )

    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.render.handout_output import render_handouts

    ensure_application(headless=True)
    return render_handouts(book, output, PaperSize(paper)), len(book.handouts)


def saved_notes() -> dict[ItemRef, str]:
    """Return the user's notes by item, or none when there is no notes file to read.

    The notes are only read (as an export beside the open window reads them): nothing is
    created, migrated or backed up to print a handout. A notes file that cannot be read gives
    no notes (and a log line): the handout is still made.
    """
    from borderdesk.core.userdirs import UserFolders

    folders = UserFolders.default()
    if not folders.notes_db.is_file():
        return {}
    from borderdesk.data.userdb.repository import read_user_data

    try:
        repository = read_user_data(folders)
    except BorderDeskError:
        logging.getLogger(__name__).exception("notes could not be read for the handout")
        return {}
    try:
        return {note.ref: note.text for note in repository.snapshot().notes}
    except BorderDeskError:
        logging.getLogger(__name__).exception("notes could not be read for the handout")
        return {}
    finally:
        repository.close()


def write_quiz(
    db_path: Path | None,
    output: Path,
    *,
    questions: int,
    seed: int,
    paper: str = "a4",
) -> tuple[Path, int, int]:
    """Write a quiz and its answer key to a PDF; return the file, its pages and the key's first.

    QuizError says how many questions the dataset allows when more are asked for.
    """
    from datetime import date

    from borderdesk import __version__
    from borderdesk.core.paper import PaperSize
    from borderdesk.core.quiz import build_quiz

    service = _command_service(db_path)
    quiz = build_quiz(service, questions, seed)

    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.render.quiz_pages import QuizSheet
    from borderdesk.gui.render.quiz_print import render_quiz

    ensure_application(headless=True)
    sheet = QuizSheet(quiz, __version__, date.today())
    written, renderer = render_quiz(sheet, output, PaperSize(paper))
    return written, renderer.page_count, renderer.key_start


def _command_service(db_path: Path | None) -> ReferenceService:
    """Return the dataset in the language the command writes in (``--lang``, else the system's)."""
    from borderdesk.core.i18n import interface_language

    return open_service(db_path).in_language(interface_language())


def log_path() -> Path:
    """Return the log file in the user's log folder (never beside the installed files)."""
    from borderdesk.core.userdirs import UserFolders

    return UserFolders.default().log_file


def store_message(error: StoreError, chosen: Path | None) -> str:
    advice = (
        translate("App", "Check that the file you chose with --db is a BorderDesk database.")
        if chosen is not None
        else translate(
            "App", "BorderDesk's own database is damaged or missing: please reinstall BorderDesk."
        )
    )
    return (
        translate("App", "The database file\n\n{file}\n\ncannot be used: {problem}.").format(
            file=display_path(error.path), problem=error.problem
        )
        + f"\n\n{advice}"
    )
