"""Keys a view handles itself, described where they are bound, for the shortcut sheet.

A view that reads keys in ``keyPressEvent`` or an event filter keeps them in module-level
tuples, uses those tuples to decide what a key does and builds its ``KeyGroup`` from the same
tuples: the sheet (Help → Keyboard shortcuts) cannot drift from what the keys really do.
Descriptions are marked with ``QT_TRANSLATE_NOOP`` and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from borderdesk.core.i18n import QT_TRANSLATE_NOOP
from borderdesk.core.record import frozen

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Key", "KeyGroup", "KeyHelp", "key_name"]

CONTEXT = "KeyHelp"  # the translation context of every description here

Key = Qt.Key | QKeySequence.StandardKey | str  # str: a key sequence as Qt writes it, "Ctrl+C"


def key_name(key: Key) -> str:
    """Return a key as the platform writes it: ``PgDown``, ``Ctrl+C``, ``Alt+Left``."""
    native = QKeySequence.SequenceFormat.NativeText
    if isinstance(key, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(key)
        return bindings[0].toString(native) if bindings else ""
    if isinstance(key, str):
        return QKeySequence(key).toString(native)
    return QKeySequence(key).toString(native)


@frozen
class KeyHelp:
    """Some keys and what they do (untranslated; ``text()`` translates)."""

    keys: tuple[Key, ...]
    what: str

    def key_text(self) -> str:
        """Return the keys as the platform writes them, joined: ``PgDown, Space``."""
        names = (key_name(key) for key in self.keys)
        return ", ".join(dict.fromkeys(name for name in names if name))

    def text(self) -> str:
        """Return what the keys do, in the user's language."""
        return QCoreApplication.translate(CONTEXT, self.what)


@frozen
class KeyGroup:
    """The keys of one place (the map, presentation mode …) under a heading."""

    title: str
    entries: tuple[KeyHelp, ...]

    def heading(self) -> str:
        """Return the heading in the user's language."""
        return QCoreApplication.translate(CONTEXT, self.title)
