"""The export commands' options: size (checked against what an export can be), look, sources.

Every range is checked here, by argparse, so a value no export can take is a usage error
(exit 2) before anything is opened or drawn.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from borderdesk.core.display import shorten
from borderdesk.core.export_options import MAX_SIZE, MIN_SIZE, PRESETS, Paper, preset_named
from borderdesk.core.i18n import translate
from borderdesk.gui.style.theme import THEMES


def not_a_number(shown: str) -> str:
    """Return the usage error for a count that is not a whole number, in the language."""
    return translate("CommandLine", "not a whole number: {text}").format(text=shown)


def pixels_type(axis: int, name: str) -> Callable[[str], int]:
    """Return an argparse type for a width (axis 0) or height (axis 1) an export can have."""
    low, high = MIN_SIZE[axis], MAX_SIZE[axis]

    def pixels(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(not_a_number(repr(shorten(text, 40)))) from None
        if not low <= value <= high:
            wrong = (
                translate("CommandLine", "the width must be {low} to {high} pixels, not {value}")
                if name == "width"
                else translate(
                    "CommandLine", "the height must be {low} to {high} pixels, not {value}"
                )
            )
            raise argparse.ArgumentTypeError(wrong.format(low=low, high=high, value=value))
        return value

    return pixels


class SizeOption(argparse.Action):
    """Store --preset, --width or --height; a preset and a pixel size are never combined."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        others = ("width", "height") if self.dest == "preset" else ("preset",)
        if any(getattr(namespace, name, None) is not None for name in others):
            parser.error(
                translate(
                    "CommandLine",
                    "--preset sets the width and height: give either --preset "
                    "or --width/--height, not both",
                )
            )
        setattr(namespace, self.dest, values)


def add_size_options(parser: argparse.ArgumentParser) -> None:
    """Add --width, --height, --preset, --theme and --no-caption to an export command."""
    size = parser.add_argument_group(
        translate("CommandLine", "size and look"),
        translate(
            "CommandLine", "The size is 1920x1080 unless --preset or --width/--height give one."
        ),
    )
    size.add_argument(
        "--width",
        type=pixels_type(0, "width"),
        action=SizeOption,
        help=translate("CommandLine", "pixels, {low} to {high} (default {default})").format(
            low=MIN_SIZE[0], high=MAX_SIZE[0], default=1920
        ),
    )
    size.add_argument(
        "--height",
        type=pixels_type(1, "height"),
        action=SizeOption,
        help=translate("CommandLine", "pixels, {low} to {high} (default {default})").format(
            low=MIN_SIZE[1], high=MAX_SIZE[1], default=1080
        ),
    )
    size.add_argument(
        "--preset",
        choices=[preset.key for preset in PRESETS],
        action=SizeOption,
        help=translate(
            "CommandLine",
            "slide 1920x1080, 4k 3840x2160, or an A4 page at 300 dpi (2480x3508 portrait): "
            "the PDF page is then A4 and a PNG is marked 300 dpi; not with --width/--height",
        ),
    )
    size.add_argument(
        "--theme",
        choices=list(THEMES),
        default="light",
        help=translate(
            "CommandLine",
            "colours to draw in (default light, for print; contrast suits projectors)",
        ),
    )
    size.add_argument(
        "--no-caption",
        dest="caption",
        action="store_false",
        help=translate(
            "CommandLine",
            "draw one line naming the sources instead of the full caption "
            "(the full caption stays in the file's metadata)",
        ),
    )


def export_size(args: argparse.Namespace) -> tuple[int, int, Paper | None]:
    """Return the width, height and printed page the export options ask for."""
    if args.preset is not None:
        preset = preset_named(args.preset)
        return preset.width, preset.height, preset.paper
    return args.width or 1920, args.height or 1080, None


def source_ids(text: str) -> tuple[str, ...]:
    """Return the source ids of ``--compare ART,CIA2015``."""
    ids = tuple(part.strip() for part in text.split(",") if part.strip())
    if not ids:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "name at least one source, e.g. ART,CIA2015")
        )
    return ids
