"""Headless commands on data packs and the user's notes: export, import, check (no Qt)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from borderdesk.core.as_of import parse_day
from borderdesk.core.display import display_path
from borderdesk.core.i18n import Counted, translate
from borderdesk.core.instance import InstanceLock, Role, claim
from borderdesk.core.leftovers import sweep_folders
from borderdesk.core.userdata import Conflict, UserDataError
from borderdesk.core.userdirs import UserFolders

COMMAND_WAIT_S = 30.0  # another command that has the notes open finishes within this

NAMES = ("export-data", "import-pack", "check", "export-notes", "import-notes")


def help_lines() -> str:
    """Return the lines the main help gives these commands, in the interface language."""
    lines = (
        (
            "export-data",
            translate(
                "CommandLine",
                "write the open dataset (bundled, or --db) to a data pack, OUT.json",
            ),
        ),
        (
            "import-pack",
            translate(
                "CommandLine",
                "validate a data pack and add it as a dataset of its own (bundled data untouched)",
            ),
        ),
        (
            "check",
            translate(
                "CommandLine",
                "verify a database: integrity, schema version, checksum, sources; exit 1 if bad",
            ),
        ),
        ("export-notes", translate("CommandLine", "write your notes and bookmarks to a JSON file")),
        (
            "import-notes",
            translate(
                "CommandLine",
                "merge notes and bookmarks from a JSON file (shows what changes first)",
            ),
        ),
    )
    return "".join(f"  {name:<14} {text}\n" for name, text in lines)


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the data and notes commands to the command-line parser."""
    db_help = translate("CommandLine", "a BorderDesk database instead of the bundled one")
    export = commands.add_parser(
        "export-data", help=translate("CommandLine", "write the dataset to a data pack (JSON)")
    )
    export.add_argument("output", type=Path, metavar="OUT.json")
    # SUPPRESS: not given here, the --db given before the command stands (see cli.py).
    export.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    pack = commands.add_parser(
        "import-pack",
        help=translate("CommandLine", "import a data pack as a dataset of its own"),
    )
    pack.add_argument("pack", type=Path, metavar="FILE.json")
    pack.add_argument(
        "--name", help=translate("CommandLine", "what to call it (default: the file's name)")
    )
    check = commands.add_parser(
        "check", help=translate("CommandLine", "verify a database and print a verdict")
    )
    check.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    add_as_of_option(
        check,
        translate("CommandLine", "also compare the counts in force on DATE with the members then"),
    )
    notes = commands.add_parser(
        "export-notes", help=translate("CommandLine", "write your notes and bookmarks to JSON")
    )
    notes.add_argument("output", type=Path, metavar="OUT.json")
    merge = commands.add_parser(
        "import-notes", help=translate("CommandLine", "merge notes and bookmarks from JSON")
    )
    merge.add_argument("notes", type=Path, metavar="FILE.json")
    merge.add_argument(
        "--conflicts",
        choices=[c.value for c in Conflict],
        default=Conflict.KEEP.value,
        help=translate(
            "CommandLine",
            "a note that differs from yours: keep yours (default), replace it, or keep both",
        ),
    )
    merge.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "show what would change, only"),
    )


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_as_of_option(parser: argparse.ArgumentParser, what: str) -> None:
    """Add ``--as-of DATE`` (YYYY-MM-DD, YYYY-MM, YYYY, article or today)."""
    parser.add_argument(
        "--as-of",
        type=_day,
        metavar="DATE",
        help=translate(
            "CommandLine", "{what}: YYYY-MM-DD, YYYY-MM, YYYY, 'article' (c. 2012) or 'today'"
        ).format(what=what),
    )


def run(args: argparse.Namespace) -> int:
    """Run one of the commands in NAMES; return the exit code (errors propagate)."""
    command: str = args.command
    if command == "check":
        from borderdesk.data.check import check

        report = check(args.db, args.as_of)
        print(report.text())
        return 0 if report.ok else 1
    if command == "export-data":
        from borderdesk.data.packs.exporter import export_pack
        from borderdesk.data.store import bundled_path

        pack = export_pack(args.db or bundled_path(), args.output)
        counts = ", ".join(f"{len(v)} {k}" for k, v in pack.items() if isinstance(v, list))
        wrote = translate("CommandLine", "wrote {file}: dataset {version}; {counts}")
        print(
            wrote.format(
                file=display_path(args.output), version=pack["edition"]["version"], counts=counts
            )
        )
        return 0
    folders = UserFolders.default()
    if command == "import-pack":
        from borderdesk.data.packs.importer import import_pack

        info = import_pack(args.pack, folders.packs, args.name)
        imported = translate("CommandLine", "imported {file} as {name}: {database}")
        print(
            imported.format(
                file=display_path(args.pack), name=info.label(), database=display_path(info.path)
            )
        )
        opening = translate("CommandLine", "open it with: {command}")
        print(opening.format(command=f"borderdesk --db {display_path(info.path)}"))
        return 0
    from borderdesk.data.userdb.repository import open_user_data, read_user_data

    lock = _notes_lock(folders, reading=command == "export-notes")
    # Without the lock (BorderDesk's window has the notes open) an export only reads them:
    # no migration, repair or backup runs beside the window's own.
    repository = open_user_data(folders) if lock is not None else read_user_data(folders)
    try:
        for warning in _startup_lines(repository.report):
            print(warning, file=sys.stderr)
        if command == "export-notes":
            data = repository.export_to(args.output)
            notes = Counted.tr("%n note(s)", "", len(data.notes))
            bookmarks = Counted.tr("%n bookmark(s)", "", len(data.bookmarks))
            wrote = translate("CommandLine", "wrote {file}: {notes}, {bookmarks}")
            print(wrote.format(file=display_path(args.output), notes=notes, bookmarks=bookmarks))
            return 0
        opened = repository.report
        if not opened.writable:
            raise UserDataError(
                opened.path,
                translate("CommandLine", "notes cannot be saved: {reason}").format(
                    reason=opened.read_only_reason
                ),
            )
        preview = repository.preview_import(args.notes)
        print(f"{display_path(args.notes)}: {preview.summary()}")
        for change in preview.conflicting_notes:
            differs = translate("CommandLine", "differs from yours: {item}")
            print("  " + differs.format(item=change.ref.to_string()))
        if args.dry_run or preview.is_empty:
            if args.dry_run:
                print(translate("CommandLine", "nothing was changed"))
            else:
                print(translate("CommandLine", "nothing to import"))
            return 0
        result = repository.apply_import(preview, Conflict(args.conflicts))
        print(result.summary())
        return 0
    finally:
        repository.close()
        if lock is not None:
            lock.release()


def _notes_lock(folders: UserFolders, *, reading: bool) -> InstanceLock | None:
    """Return the single-instance lock held for a notes command, as a window holds it.

    Another command is waited for; an open window is not (it holds the lock until it
    closes): an export then reads beside it (None), an import is refused. Where no lock
    file can be made at all, the lock is returned unheld: opening finds saving is off.
    """
    lock, holder = claim(folders.instance_lock, Role.COMMAND, wait=COMMAND_WAIT_S)
    if lock is None:
        window = holder is not None and holder.role is Role.WINDOW
        if window and reading:
            return None
        who = holder.describe() if holder is not None else "another BorderDesk is running"
        advice = (
            "use File → Import notes and bookmarks… there, or close it and try again"
            if window
            else "try again when it has finished"
        )
        raise UserDataError(folders.notes_db, f"{who}: {advice}")
    if lock.held:
        sweep_folders((folders.data, folders.backups, folders.requests))
    return lock


def _startup_lines(report: object) -> list[str]:
    from borderdesk.core.userdata import StartupReport

    if not isinstance(report, StartupReport):
        return []
    lines = list(report.warnings)
    if report.restored_date is not None and report.set_aside is not None:
        lines.append(
            f"borderdesk: your notes file was damaged and was kept as {report.set_aside}; "
            f"the backup of {report.restored_date:%Y-%m-%d %H:%M} UTC was restored"
        )
    return lines
