"""argparse's own words (``usage:``, ``error:``, ``invalid choice``) in the interface language.

argparse looks its messages up through ``gettext`` when it writes them; pointing its lookup at
``core.i18n.translate`` makes a usage error read as one language. Only the words a user of
BorderDesk's commands can meet are listed (and so extracted by lupdate); others stay English.
"""

from __future__ import annotations

import argparse

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
