"""Commands that make printed material: one-page handouts and a quiz with its answer key.

Each writes a PDF with no display needed; the window is never opened. Parsed here, run
through ``borderdesk.app``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from borderdesk.cli_options import not_a_number
from borderdesk.commands import add_as_of_option
from borderdesk.core.display import display_path, quoted
from borderdesk.core.i18n import Counted, translate
from borderdesk.core.quiz import DEFAULT_QUESTIONS

NAMES = ("handout", "quiz")


def help_lines() -> str:
    """Return the lines the main help gives these commands, in the interface language."""
    handout = translate(
        "CommandLine", "write one-page handouts (a border or an organisation a page) to a PDF"
    )
    quiz = translate(
        "CommandLine", "write a quiz for the class, with a separate answer key, to a PDF"
    )
    return f"  handout        {handout}\n  quiz           {quiz}\n"


MAX_SEED = 999_999_999

if TYPE_CHECKING:  # generic only to type checkers
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parsers(
    commands: Commands, add_db_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add the handout and quiz commands to the command-line parser."""
    _add_handout_parser(commands, add_db_option)
    _add_quiz_parser(commands, add_db_option)


def check(args: argparse.Namespace) -> None:
    """Stop with a usage error (exit code 2) for a handout that names nothing."""
    if args.command == "handout" and not (args.item or args.all):
        args.usage_error(
            translate("CommandLine", "name at least one --item (e.g. border:kz-ru), or use --all")
        )


def run(args: argparse.Namespace) -> int:
    """Run one of the commands in NAMES; return the exit code (errors propagate)."""
    return _handout(args) if args.command == "handout" else _quiz(args)


def _add_handout_parser(
    commands: Commands, add_db_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    handout = commands.add_parser(
        "handout",
        help=translate(
            "CommandLine",
            "write one-page handouts of borders and organisations to a PDF, one page each",
        ),
        description=translate(
            "CommandLine",
            "Write a one-page handout for each border or organisation named: the "
            "title, the chart and the map with the border highlighted (for an organisation, the "
            "map with its member states marked), the key figures each with its source, a few key "
            "points, your own note on the item as the teacher's note, and the list of sources. "
            "Needs no display.",
        ),
        epilog=translate(
            "CommandLine",
            "items: border:KEY or organisation:KEY (org:KEY for short), "
            "e.g. border:kz-ru, border:kz-cn, organisation:csto, org:sco",
        ),
    )
    handout.add_argument(
        "output",
        type=Path,
        metavar="OUT.pdf",
        help=translate("CommandLine", "the PDF file to write"),
    )
    handout.add_argument(
        "--item",
        action="append",
        default=[],
        metavar="ITEM",
        help=translate(
            "CommandLine",
            "a border or organisation, e.g. border:kz-ru or organisation:csto; repeat for more",
        ),
    )
    handout.add_argument(
        "--all",
        action="store_true",
        help=translate("CommandLine", "one page for every border and organisation"),
    )
    handout.add_argument(
        "--paper",
        type=str.lower,
        choices=("a4", "letter"),
        help=translate(
            "CommandLine",
            "paper size (default: from the locale, US Letter in the US and Canada, else A4)",
        ),
    )
    add_as_of_option(handout, translate("CommandLine", "what held on DATE (default: today)"))
    handout.add_argument(
        "--no-notes",
        dest="notes",
        action="store_false",
        help=translate(
            "CommandLine",
            "leave out your notes (by default each page prints your note on its item)",
        ),
    )
    add_db_option(handout)
    handout.set_defaults(usage_error=handout.error)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(not_a_number(quoted(text, 40))) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "a quiz needs at least one question, not {value}").format(
                value=value
            )
        )
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(not_a_number(quoted(text, 40))) from None
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "must be between 0 and {most}, got {value}").format(
                most=MAX_SEED, value=value
            )
        )
    return value


def _add_quiz_parser(
    commands: Commands, add_db_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    quiz = commands.add_parser(
        "quiz",
        help=translate(
            "CommandLine", "write a quiz for the class, with a separate answer key, to a PDF"
        ),
        description=translate(
            "CommandLine",
            "Write a quiz made from the dataset and its sources: the questions "
            "first, then the answer key on pages of its own, every answer with its figures and "
            "their sources. The same --seed gives the same quiz. Needs no display.",
        ),
    )
    quiz.add_argument(
        "output",
        type=Path,
        metavar="OUT.pdf",
        help=translate("CommandLine", "the PDF file to write"),
    )
    quiz.add_argument(
        "--questions",
        type=_count,
        default=DEFAULT_QUESTIONS,
        metavar="N",
        help=translate("CommandLine", "how many questions (default {count})").format(
            count=DEFAULT_QUESTIONS
        ),
    )
    quiz.add_argument(
        "--seed",
        type=_seed,
        metavar="S",
        help=translate(
            "CommandLine",
            "the quiz's number: the same number gives the same quiz (default: a new one)",
        ),
    )
    quiz.add_argument(
        "--paper",
        type=str.lower,
        choices=("a4", "letter"),
        help=translate(
            "CommandLine",
            "paper size (default: from the locale, US Letter in the US and Canada, else A4)",
        ),
    )
    add_db_option(quiz)


def _handout(args: argparse.Namespace) -> int:
    import os

    from borderdesk.app import write_handouts
    from borderdesk.core.paper import PaperSize, paper_for_locale

    paper = PaperSize(args.paper) if args.paper else paper_for_locale(os.environ)
    with _page_progress(sys.stderr) as progress:
        written, pages = write_handouts(
            args.db,
            args.output,
            items=args.item,
            every=args.all,
            paper=paper.value,
            on=args.as_of,
            notes=args.notes,
            progress=progress,
        )
    counted = Counted.tr("%n page(s)", "", pages)
    print(
        translate("Commands", "wrote {file} ({pages}, {paper})").format(
            file=display_path(written), pages=counted, paper=paper.label
        )
    )
    return 0


@contextmanager
def _page_progress(stream: TextIO) -> Iterator[Callable[[int, int], None] | None]:
    """Yield what shows "Page 3 of 12" on a terminal, over and over on one line; else None.

    Only a terminal sees it (a log or a pipe gets no progress), and the line is wiped when the
    pages are done or stopped (Ctrl+C), so what the command prints after starts clean.
    """
    if not stream.isatty():
        yield None
        return
    from borderdesk.core.handout import page_number

    shown = 0

    def show(index: int, count: int) -> None:
        nonlocal shown
        text = page_number(index, count)
        stream.write("\r" + text.ljust(shown))
        stream.flush()
        shown = len(text)

    try:
        yield show
    finally:
        if shown:
            stream.write("\r" + " " * shown + "\r")
            stream.flush()


def _quiz(args: argparse.Namespace) -> int:
    import os
    import random

    from borderdesk.app import write_quiz
    from borderdesk.core.paper import PaperSize, paper_for_locale

    paper = PaperSize(args.paper) if args.paper else paper_for_locale(os.environ)
    seed = args.seed if args.seed is not None else random.randint(1, 9999)  # noqa: S311
    written, pages, key_start = write_quiz(
        args.db, args.output, questions=args.questions, seed=seed, paper=paper.value
    )
    if key_start == 1:
        questions = translate("Commands", "page 1")
    else:
        questions = translate("Commands", "pages 1–{last}").format(last=key_start)
    if pages == key_start + 1:
        key = translate("Commands", "page {page}").format(page=pages)
    else:
        key = translate("Commands", "pages {first}–{last}").format(first=key_start + 1, last=pages)
    line = Counted.tr(
        "wrote {file} (quiz {seed}: %n question(s) on {questions}, the answer key on {key}, "
        "{paper})",
        "",
        args.questions,
    )
    print(
        line.format(
            file=display_path(written), seed=seed, questions=questions, key=key, paper=paper.label
        )
    )
    return 0
