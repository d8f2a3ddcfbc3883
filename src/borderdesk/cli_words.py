"""The command line's words in the interface language: the main help, and argparse's own.

argparse looks its messages up through ``gettext`` when it writes them; pointing its lookup at
``core.i18n.translate`` makes a usage error read as one language. Only the words a user of
BorderDesk's commands can meet are listed (and so extracted by lupdate); others stay English.
"""

from __future__ import annotations

import argparse

from borderdesk import commands as data_commands
from borderdesk import print_commands
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"
WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("argparse", "usage: "),
        QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("argparse", "options"),
        QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    }
)


def _lookup(text: str) -> str:
    """Return one of argparse's messages in the interface language."""
    return translate(CONTEXT, text) if text in WORDS else text


def translate_argparse() -> None:
    """Have argparse write its own words through core's translation hook from now on."""
    argparse._ = _lookup  # type: ignore[attr-defined]  # argparse's gettext, looked up per call


EXAMPLES = """\
  borderdesk
  borderdesk --db my-data.sqlite
  borderdesk --item border:kz-cn
  borderdesk export-chart borders.png --width 3840 --height 2160
  borderdesk export-chart slide.png --preset slide --theme dark
  borderdesk export-chart print.pdf --preset a4-landscape --no-caption
  borderdesk export-chart borders.svg --source CIA2015
  borderdesk export-chart compared.png --compare ART,CIA2008,CIA2015
  borderdesk export-map map.png --highlight kz-cn
  borderdesk export-map csto-2016.png --organisation csto --as-of 2016-01-01
  borderdesk export-chart borders-2012.png --source CIA2015 --as-of article
  borderdesk export-map map.pdf --preset a4-portrait --theme contrast --highlight kz-ru
  borderdesk handout kz-ru.pdf --item border:kz-ru
  borderdesk handout handouts.pdf --all --paper letter
  borderdesk handout sco-2012.pdf --item org:sco --as-of 2012-06-01
  borderdesk quiz quiz.pdf --questions 12 --seed 4821
  borderdesk check --as-of 2016-01-01
"""


def epilog() -> str:
    """Return the main help's list of commands and examples, in the interface language."""
    lines = [
        (
            "gui",
            translate(
                "CommandLine", "open the BorderDesk window (the default when no command is given)"
            ),
        ),
        (
            "export-chart",
            translate(
                "CommandLine",
                "write the segment-length chart to a PNG, SVG or PDF file, no display needed",
            ),
        ),
        (
            "export-map",
            translate(
                "CommandLine", "write the border map to a PNG, SVG or PDF file, no display needed"
            ),
        ),
    ]
    listed = "".join(f"  {name:<14} {text}\n" for name, text in lines)
    return (
        translate("CommandLine", "commands:")
        + "\n"
        + listed
        + print_commands.help_lines()
        + data_commands.help_lines()
        + translate("CommandLine", "examples:")
        + "\n"
        + EXAMPLES
    )
