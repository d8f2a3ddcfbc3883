"""Command line: the window by default, headless commands beside it. No Qt import until needed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from borderdesk import __version__
from borderdesk import commands as data_commands
from borderdesk.core.errors import BorderDeskError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

EPILOG = """\
commands:
  gui            open the BorderDesk window (the default when no command is given)
  export-chart   write the segment-length chart to a PNG, SVG or PDF file, no display needed
  export-map     write the border map to a PNG, SVG or PDF file, no display needed
{data_commands}
examples:
  borderdesk
  borderdesk --db my-data.sqlite
  borderdesk export-chart borders.png --width 3840 --height 2160
  borderdesk export-chart borders.svg --source CIA2015
  borderdesk export-chart compared.png --compare ART,CIA2008,CIA2015
  borderdesk export-map map.png --highlight kz-cn
""".replace("{data_commands}\n", data_commands.HELP)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 16 <= value <= 16384:
        raise argparse.ArgumentTypeError(f"must be between 16 and 16384 pixels, got {value}")
    return value


def _source_ids(text: str) -> tuple[str, ...]:
    ids = tuple(part.strip() for part in text.split(",") if part.strip())
    if not ids:
        raise argparse.ArgumentTypeError("name at least one source, e.g. ART,CIA2015")
    return ids


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="open this BorderDesk database instead of the bundled one",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="borderdesk",
        description="BorderDesk: an offline reference on Kazakhstan's land borders "
        "and the regional organisations that work on their security.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"BorderDesk {__version__}")
    _add_db_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the BorderDesk window (default)")
    _add_db_option(gui)

    export = commands.add_parser(
        "export-chart",
        help="write the segment-length chart to PNG, SVG or PDF (format from the extension)",
        description="Write the chart of Kazakhstan's land-border segment lengths to a file. "
        "The format follows the extension: .png, .svg or .pdf. Needs no display.",
    )
    export.add_argument("output", type=Path, metavar="OUT", help="OUT.png, OUT.svg or OUT.pdf")
    export.add_argument("--width", type=_positive_int, default=1920, help="pixels (default 1920)")
    export.add_argument("--height", type=_positive_int, default=1080, help="pixels (default 1080)")
    which = export.add_mutually_exclusive_group()
    which.add_argument(
        "--source",
        metavar="ID",
        help="whose figures to chart, e.g. ART or CIA2015 (default: the dataset's default source)",
    )
    which.add_argument(
        "--compare",
        type=_source_ids,
        metavar="IDS",
        help="chart several sources side by side as grouped bars, e.g. ART,CIA2008,CIA2015",
    )
    export.add_argument("--highlight", metavar="BORDER", help="border key to highlight, e.g. kz-ru")
    _add_db_option(export)
    export_map = commands.add_parser(
        "export-map",
        help="write the border map to PNG, SVG or PDF (format from the extension)",
        description="Write the map of Kazakhstan's five land-border segments to a file, with "
        "a caption naming its data source and scale. The format follows the extension.",
    )
    export_map.add_argument("output", type=Path, metavar="OUT", help="OUT.png, OUT.svg or OUT.pdf")
    export_map.add_argument("--width", type=_positive_int, default=1920, help="pixels")
    export_map.add_argument("--height", type=_positive_int, default=1080, help="pixels")
    export_map.add_argument("--highlight", metavar="BORDER", help="border key, e.g. kz-cn")
    _add_db_option(export_map)
    data_commands.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run BorderDesk with command-line arguments; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    try:
        if command in data_commands.NAMES:
            return data_commands.run(args)
        if command == "export-chart":
            return _export_chart(args)
        if command == "export-map":
            return _export_map(args)
        from borderdesk.app import run_gui

        return run_gui(args.db)
    except BorderDeskError as error:
        print(f"borderdesk: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


def _export_chart(args: argparse.Namespace) -> int:
    from borderdesk.app import export_chart

    written = export_chart(
        args.db,
        args.output,
        width=args.width,
        height=args.height,
        source_id=args.source,
        highlight=args.highlight,
        compare=args.compare,
    )
    print(f"wrote {written} ({args.width}x{args.height})")
    return EXIT_OK


def _export_map(args: argparse.Namespace) -> int:
    from borderdesk.app import export_map

    written = export_map(
        args.db, args.output, width=args.width, height=args.height, highlight=args.highlight
    )
    print(f"wrote {written} ({args.width}x{args.height})")
    return EXIT_OK
