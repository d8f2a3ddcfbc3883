"""Typed access to QSettings: user preferences apart from remembered window state.

Every read checks the stored type and falls back to the default on a missing, garbled or
wrong-typed value, so one bad key never spoils the others. A settings file that is not
text at all is moved aside (kept for inspection) and replaced by defaults.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from borderdesk.core.model import ItemRef

log = logging.getLogger(__name__)

ORGANISATION = "BorderDesk"
APPLICATION = "BorderDesk"


def _is_unreadable(path: Path) -> bool:
    """Tell whether a settings file exists but is not a text INI file."""
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    if b"\x00" in raw:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


class _Store:
    """Typed reads and writes under one group of a QSettings."""

    def __init__(self, qsettings: QSettings, group: str) -> None:
        self._qsettings = qsettings
        self._group = group

    def _key(self, name: str) -> str:
        return f"{self._group}/{name}"

    def get_bool(self, name: str, default: bool) -> bool:
        value = self._qsettings.value(self._key(name))
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return default

    def get_str(self, name: str, default: str) -> str:
        value = self._qsettings.value(self._key(name))
        return value if isinstance(value, str) else default

    def get_bytes(self, name: str) -> QByteArray | None:
        value = self._qsettings.value(self._key(name))
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def set(self, name: str, value: bool | str | QByteArray) -> None:
        self._qsettings.setValue(self._key(name), value)

    def remove(self, name: str) -> None:
        self._qsettings.remove(self._key(name))


class Preferences:
    """What the user chose: kept across layout resets."""

    def __init__(self, store: _Store) -> None:
        self._store = store

    @property
    def restore_last_selection(self) -> bool:
        """Return whether the last selected item is shown again at start."""
        return self._store.get_bool("restore_last_selection", True)

    @restore_last_selection.setter
    def restore_last_selection(self, value: bool) -> None:
        self._store.set("restore_last_selection", value)


class WindowState:
    """What the window remembers about itself: geometry, splitters, last selection."""

    def __init__(self, store: _Store) -> None:
        self._store = store

    @property
    def geometry(self) -> QByteArray | None:
        """Return the saved window geometry, or None."""
        return self._store.get_bytes("geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.set("geometry", value)

    def splitter(self, name: str) -> QByteArray | None:
        """Return a saved splitter state, or None."""
        return self._store.get_bytes(f"splitter_{name}")

    def set_splitter(self, name: str, state: QByteArray) -> None:
        """Remember a splitter state."""
        self._store.set(f"splitter_{name}", state)

    @property
    def last_selection(self) -> ItemRef | None:
        """Return the last selected item, or None when missing or not a reference."""
        text = self._store.get_str("last_selection", "")
        try:
            return ItemRef.from_string(text)
        except ValueError:
            return None

    @last_selection.setter
    def last_selection(self, ref: ItemRef | None) -> None:
        if ref is None:
            self._store.remove("last_selection")
        else:
            self._store.set("last_selection", ref.to_string())

    def clear_layout(self) -> None:
        """Forget geometry and splitters (the last selection stays)."""
        for name in ("geometry", "splitter_main", "splitter_detail"):
            self._store.remove(name)


class Settings:
    """BorderDesk's settings in one INI file: ``preferences`` and ``window`` groups."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            probe = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
            path = Path(probe.fileName())
        self.path = path
        self.recovered_from: Path | None = None  # where an unreadable file was moved
        if _is_unreadable(path):
            self.recovered_from = self._move_aside(path)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        if self._qsettings.status() is not QSettings.Status.NoError:
            log.warning("settings file %s could not be parsed; using defaults", path)
        self.preferences = Preferences(_Store(self._qsettings, "preferences"))
        self.window = WindowState(_Store(self._qsettings, "window"))

    @staticmethod
    def _move_aside(path: Path) -> Path | None:
        bad = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.replace(bad)
        except OSError:
            log.warning("cannot move unreadable settings %s aside", path, exc_info=True)
            return None
        log.warning("settings file %s was unreadable; kept as %s", path, bad)
        return bad

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qsettings.sync()
