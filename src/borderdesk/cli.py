"""Command line: the window by default, headless commands beside it. No Qt import until needed."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from borderdesk import __version__, print_commands
from borderdesk import commands as data_commands
from borderdesk.cli_options import add_size_options, export_size, source_ids
from borderdesk.cli_words import epilog
from borderdesk.core.collection import without_collection
from borderdesk.core.display import display_path, shorten
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.i18n import translate
from borderdesk.core.language import Language
from borderdesk.core.screen import no_display_reason

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    # Not given here, a subcommand keeps the --db given before it (``borderdesk --db X
    # export-data OUT``): a subcommand's own default would replace it (argparse's way).
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate("CommandLine", "open this BorderDesk database instead of the bundled one"),
    )
    _add_language_option(parser)


def _add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        type=str.lower,
        choices=[language.value for language in Language],
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine",
            "the language of the window, the files and the messages: kk (Kazakh), "
            "ru (Russian) or en (English); default: the system's, else English",
        ),
    )


def _item(text: str) -> str:
    from borderdesk.core.handout import parse_item

    try:
        return parse_item(text).to_string()
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine", "not an item: {text} (e.g. border:kz-ru, organisation:csto, org:sco)"
            ).format(text=repr(text))
        ) from None


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    _add_db_option(parser)
    parser.add_argument(
        "--item",
        type=_item,
        metavar="ITEM",
        help=translate(
            "CommandLine",
            "open the window at this item, e.g. border:kz-ru or org:csto (a window that is "
            "open already shows it)",
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="borderdesk",
        description=translate(
            "CommandLine",
            "BorderDesk: an offline reference on Kazakhstan's land borders "
            "and the regional organisations that work on their security.",
        ),
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"BorderDesk {__version__}")
    _add_window_options(parser)
    parser.set_defaults(lang=None, db=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser(
        "gui", help=translate("CommandLine", "open the BorderDesk window (default)")
    )
    _add_window_options(gui)

    export = commands.add_parser(
        "export-chart",
        help=translate(
            "CommandLine",
            "write the segment-length chart to PNG, SVG or PDF (format from the extension)",
        ),
        description=translate(
            "CommandLine",
            "Write the chart of Kazakhstan's land-border segment lengths to a file. "
            "The format follows the extension: .png, .svg or .pdf. Needs no display.",
        ),
    )
    export.add_argument(
        "output",
        type=Path,
        metavar="OUT",
        help=translate("CommandLine", "OUT.png, OUT.svg or OUT.pdf"),
    )
    add_size_options(export)
    which = export.add_mutually_exclusive_group()
    which.add_argument(
        "--source",
        metavar="ID",
        help=translate(
            "CommandLine",
            "whose figures to chart, e.g. ART or CIA2015 (default: the dataset's default source)",
        ),
    )
    which.add_argument(
        "--compare",
        type=source_ids,
        metavar="IDS",
        help=translate(
            "CommandLine",
            "chart several sources side by side as grouped bars, e.g. ART,CIA2008,CIA2015",
        ),
    )
    export.add_argument(
        "--highlight",
        metavar="BORDER",
        help=translate("CommandLine", "border key to highlight, e.g. kz-ru"),
    )
    data_commands.add_as_of_option(
        export,
        translate(
            "CommandLine",
            "chart the sources published by DATE, each series' edition current then",
        ),
    )
    _add_db_option(export)
    export_map = commands.add_parser(
        "export-map",
        help=translate(
            "CommandLine", "write the border map to PNG, SVG or PDF (format from the extension)"
        ),
        description=translate(
            "CommandLine",
            "Write the map of Kazakhstan's five land-border segments to a file, with "
            "a caption naming its data source and scale. The format follows the extension.",
        ),
    )
    export_map.add_argument(
        "output",
        type=Path,
        metavar="OUT",
        help=translate("CommandLine", "OUT.png, OUT.svg or OUT.pdf"),
    )
    add_size_options(export_map)
    export_map.add_argument(
        "--highlight", metavar="BORDER", help=translate("CommandLine", "border key, e.g. kz-cn")
    )
    export_map.add_argument(
        "--organisation",
        metavar="KEY",
        help=translate(
            "CommandLine", "hatch an organisation's member states on DATE, e.g. csto, sco, eaeu"
        ),
    )
    data_commands.add_as_of_option(
        export_map, translate("CommandLine", "the map as of DATE: city names, members")
    )
    _add_db_option(export_map)
    print_commands.add_parsers(commands, _add_db_option)
    data_commands.add_parsers(commands)
    for name in data_commands.NAMES:  # their messages and help in the language asked for too
        _add_language_option(commands.choices[name])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run BorderDesk with command-line arguments; return the exit code."""
    # numpy's OpenBLAS starts a thread per core when it is imported, and they spin a while:
    # 100-120 ms of CPU in every start and export, on the core the window's own worker (or
    # the PNG encoder's second band) would use. BorderDesk's arrays are element by element,
    # with no linear algebra for threads to share. A value the user set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    _words_in(_language_asked(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    language = Language(args.lang) if args.lang else None
    print_commands.check(args)
    if command == "gui":
        problem = no_display_reason(os.environ, sys.platform)
        if problem is not None:
            return _fail(problem)
    try:
        if command != "gui":
            _use_language(language)
        if command in WRITERS:  # one file written: what it makes lives until it is written
            code = without_collection(lambda: _run(command, args, language))()
        else:
            code = _run(command, args, language)
    except BorderDeskError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:  # the reader went away (borderdesk check | head -1): say nothing
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except OSError as error:  # the edge: no raw traceback reaches a user
        return _fail(edge_message(command, error))
    except (ValueError, UnicodeError, OverflowError) as error:
        return _fail(_failed(command, str(error)))
    if argv is None and command in WRITERS:  # the program itself, not a caller in-process
        _leave(code)
    return code


# Commands that only write a file: once it is written (whole, renamed into place) and the
# line saying so printed, the process has nothing left to do. An imported pack is such a
# file too (its database and checksum in place): the teardown of the SQLAlchemy, ORM and
# records it leaves took about 90 ms of CPU, a thirtieth of a large pack's import.
WRITERS = frozenset({"export-chart", "export-map", "import-pack", *print_commands.NAMES})


def _leave(code: int) -> None:
    """End the process at once with ``code``, its output flushed and its exit handlers run.

    The interpreter's own teardown after a headless export (every Qt, pyqtgraph and numpy
    object and module destroyed, one by one) took 100-170 ms of CPU and changed nothing a
    user can see: the file is already in place, and nothing of Qt's is kept. The exit
    handlers (logging's among them) still run. If the output cannot be flushed (a reader that
    went away), or another thread is still at work, the usual exit runs as before.
    """
    import atexit
    import threading

    if threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()  # the handlers a normal exit runs
    os._exit(code)


def _run(command: str, args: argparse.Namespace, language: Language | None) -> int:
    if command in data_commands.NAMES:
        return data_commands.run(args)
    if command == "export-chart":
        return _export_chart(args)
    if command == "export-map":
        return _export_map(args)
    if command in print_commands.NAMES:
        return print_commands.run(args)
    from borderdesk.desktop import run_gui

    return run_gui(args.db, args.item, language)


def edge_message(command: str, error: OSError) -> str:
    """Return an OSError that reached the command line as one line naming the file."""
    from borderdesk.core.atomic import reason

    where = f"{display_path(error.filename)}: " if isinstance(error.filename, str) else ""
    return _failed(command, f"{where}{reason(error)}")


def _failed(command: str, problem: str) -> str:
    """Return ``export-chart failed: …`` in the language of the messages."""
    return translate("Commands", "{command} failed: {problem}").format(
        command=command, problem=problem
    )


def _fail(message: str) -> int:
    """Print an error in at most a few bounded lines (a quoted name is cut in the middle)."""
    lines = [shorten(line, 400) for line in message.splitlines()[:30]] or [""]
    print("borderdesk: " + "\n".join(lines), file=sys.stderr)
    return EXIT_FAILURE


def _language_asked(argv: Sequence[str]) -> Language:
    """Return the language ``--lang`` asks for before the arguments are parsed (else the system's).

    A usage error is written before parsing ends: it must already be in the language.
    """
    from borderdesk.core.i18n import system_language

    codes = {language.value for language in Language}
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        else:
            continue
        if value.lower() in codes:
            return Language(value.lower())
    return system_language(os.environ)


def _words_in(language: Language) -> None:
    """Translate the parser's messages into ``language`` (no Qt application needed)."""
    if language is Language.EN:
        return
    from borderdesk.cli_words import translate_argparse
    from borderdesk.core.i18n import set_interface_language, set_translator
    from borderdesk.gui.translation import file_translator

    set_interface_language(language)
    set_translator(file_translator(language))
    translate_argparse()


def _use_language(language: Language | None) -> None:
    """Write the files and the messages of a command in ``language`` (else the system's)."""
    from borderdesk.core.i18n import set_interface_language, system_language

    chosen = language or system_language(os.environ)
    set_interface_language(chosen)
    if chosen is Language.EN:
        return
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.translation import install_language

    ensure_application(headless=True)
    install_language(chosen)


def _export_chart(args: argparse.Namespace) -> int:
    from borderdesk.app import export_chart

    width, height, paper = export_size(args)
    written = export_chart(
        args.db,
        args.output,
        width=width,
        height=height,
        source_id=args.source,
        highlight=args.highlight,
        compare=args.compare,
        theme=args.theme,
        caption=args.caption,
        paper=paper,
        on=args.as_of,
    )
    print(
        translate("Commands", "wrote {file} ({size})").format(
            file=display_path(written), size=f"{width}x{height}"
        )
    )
    return EXIT_OK


def _export_map(args: argparse.Namespace) -> int:
    from borderdesk.app import export_map

    width, height, paper = export_size(args)
    written = export_map(
        args.db,
        args.output,
        width=width,
        height=height,
        highlight=args.highlight,
        theme=args.theme,
        caption=args.caption,
        paper=paper,
        organisation=args.organisation,
        on=args.as_of,
    )
    print(
        translate("Commands", "wrote {file} ({size})").format(
            file=display_path(written), size=f"{width}x{height}"
        )
    )
    return EXIT_OK
