"""Composition root: open the store, hand the repository to the window or the exporter."""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from borderdesk.core.as_of import format_day
from borderdesk.core.compare import source_comparison
from borderdesk.core.display import display_path, quoted
from borderdesk.core.editions import chart_source_on, published_by
from borderdesk.core.errors import BorderDeskError, ItemNotFoundError, StoreError
from borderdesk.core.export_options import Paper
from borderdesk.core.i18n import translate
from borderdesk.core.members import roster
from borderdesk.core.model import ChartSource, ItemRef, SourceRef
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
    on: date | None = None,
) -> Path:
    """Write the segment chart (or several sources compared) to ``output`` headless.

    ``theme`` is light, dark or contrast; without ``caption`` a one-line credit is drawn;
    ``paper`` (an A4 preset's) makes the PDF page that size and marks a PNG's resolution.
    ``on`` (today when None): a series gives way to its edition current then; a source not yet
    published is refused; the caption and metadata say the date.
    """
    service = _command_service(db_path)
    on = on or date.today()
    options = service.chart_sources()
    view: ChartView
    if compare:
        _published(options, compare, on)
        view = source_comparison(service, compare, on)
        keys = view.keys
    else:
        known = ", ".join(option.ref.id for option in options)
        if source_id is not None and source_id not in {o.ref.id for o in options}:
            raise ItemNotFoundError(
                translate(
                    "App",
                    "no source {source} gives all five segment lengths; choose one of: {known}",
                ).format(source=quoted(source_id), known=known)
            )
        shown = chart_source_on(options, source_id, on)
        if source_id is not None and shown != source_id:
            # Another edition of the same series stands in (the CIA edition current then);
            # a source of no series that had not appeared yet is refused.
            _published([o for o in options if not o.ref.series], (source_id,), on)
            print(
                "borderdesk: "
                + translate(
                    "App",
                    "{source} is not the edition current on {day}; "
                    "charting {shown}, the edition current then",
                ).format(source=source_id, day=format_day(on), shown=shown),
                file=sys.stderr,
            )
        view = dataclasses.replace(service.segment_series(shown), on=on)
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


def _published(options: Sequence[ChartSource], ids: Sequence[str], on: date) -> None:
    """Refuse a source that had not been published by the day."""
    by_id = {o.ref.id: o.ref for o in options}
    for source_id in ids:
        ref = by_id.get(source_id)
        if ref is not None and not published_by(ref, on):
            raise ItemNotFoundError(
                translate(
                    "App",
                    "{source} ({label}) was not yet published on {day}; "
                    "choose a date from {first} on, or another source",
                ).format(source=source_id, label=ref.label, day=format_day(on), first=ref.date)
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
    organisation: str | None = None,
    on: date | None = None,
) -> Path:
    """Write the border map (a segment highlighted, if named) to ``output`` headless.

    ``organisation`` hatches its member states on ``on`` (today when None); the city names,
    the caption and the metadata are those of that day.
    """
    service = _command_service(db_path)
    on = on or date.today()
    members: tuple[str, ...] = ()
    label = ""
    member_sources: tuple[SourceRef, ...] = ()
    if organisation is not None:
        known = {link.ref.key for link in service.organisations()}
        if organisation not in known:
            raise ItemNotFoundError(
                translate("App", "no organisation {key}; choose one of: {known}").format(
                    key=quoted(organisation), known=", ".join(sorted(known))
                )
            )
        listed = roster(service.organisation(organisation), on)
        members, label, member_sources = listed.hatched(), listed.label(), listed.sources()
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
    from borderdesk.gui.render.map_file import map_look, render_map
    from borderdesk.gui.style.theme import theme_named

    ensure_application(headless=True)
    published = {b.key: (b.length.value, b.length.source.label) for b in service.borders()}
    look = map_look(
        border_map,
        highlight,
        members,
        label,
        published,
        on=on,
        member_sources=member_sources,
    )
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
        look=look,
    )


def write_handouts(
    db_path: Path | None,
    output: Path,
    *,
    items: Sequence[str] = (),
    every: bool = False,
    paper: str = "a4",
    on: date | None = None,
    notes: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Path, int]:
    """Write one-page handouts of the items (or of every border and organisation) to a PDF.

    With ``notes`` each page prints the user's note on its item as the teacher's note;
    ``progress`` hears of each page before it is drawn (its index and the number of pages).
    Return the file and its number of pages; HandoutError names an item with no handout.
    """
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
        on=on or date.today(),
        notes=lambda ref: saved.get(ref, ""),
    )

    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.render.handout_output import render_handouts

    ensure_application(headless=True)
    return render_handouts(book, output, PaperSize(paper), progress), len(book.handouts)


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
    from borderdesk.data.userdb import note_listing  # plain SQL: no ORM to print a page

    try:
        return note_listing.saved_notes(folders.notes_db)
    except BorderDeskError:
        logging.getLogger(__name__).exception("notes could not be read for the handout")
        return {}


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
