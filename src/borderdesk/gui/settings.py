"""Typed access to QSettings: user preferences apart from remembered window state.

Every read checks the stored type and falls back to the default on a missing, garbled or
wrong-typed value, so one bad key never spoils the others. A settings file that is not
text at all, is empty (truncated to nothing) or that Qt cannot parse is moved aside as
``NAME.bad-TIMESTAMP`` (kept for inspection) and replaced by defaults. A settings folder
that cannot be written, or a save that fails (disk full, read-only), is reported through
``save_problem`` instead of being lost in a log.
"""

from __future__ import annotations

import logging
import math
import os
import struct
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from borderdesk.core.atomic import reason
from borderdesk.core.i18n import translate
from borderdesk.core.language import Language
from borderdesk.core.leftovers import folder_prefix
from borderdesk.core.model import ItemRef
from borderdesk.core.userdirs import UserFolders
from borderdesk.gui.style.text_scale import DEFAULT_TEXT_SCALE, is_text_scale
from borderdesk.gui.style.theme import ThemeChoice

log = logging.getLogger(__name__)

ORGANISATION = "BorderDesk"
APPLICATION = "BorderDesk"
_SPLITTER_HEADER = ">iii"  # QDataStream, big-endian: magic, version, number of sizes
_SPLITTER_MAGIC = 0xFF
_MAX_PANES = 8


def _is_unreadable(path: Path) -> bool:
    """Tell whether a settings file exists but is empty or not a text INI file."""
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    if not raw or b"\x00" in raw:  # truncated to nothing, or zeroed
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _parses(qsettings: QSettings) -> bool:
    """Tell whether Qt could parse the settings file (some errors show only once read)."""
    qsettings.allKeys()
    return qsettings.status() is not QSettings.Status.FormatError


def _write_problem(folder: Path) -> str:
    """Return why no file can be written in ``folder`` ("" when one can)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix=folder_prefix("settings-probe"))
    except OSError as error:
        return reason(error)
    try:
        os.write(handle, b"\0" * 4096)  # a full disk refuses bytes, not always a new name
    except OSError as error:
        return reason(error)
    finally:
        os.close(handle)
        Path(name).unlink(missing_ok=True)
    return ""


def _platform_path() -> Path:
    """Return where Qt keeps this application's settings on this platform."""
    probe = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
    return Path(probe.fileName())


def keep_qt_settings_in(folder: Path) -> None:
    """Make Qt's own settings (the file dialog's, in ``QtProject.conf``) live in ``folder`` too.

    For a portable install: without it Qt writes them to the platform's settings folder.
    """
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


def _splitter_sizes(raw: bytes) -> tuple[int, ...] | None:
    """Return the sizes in a ``QSplitter.saveState()`` blob (magic, version, count, sizes)."""
    header = struct.calcsize(_SPLITTER_HEADER)
    if len(raw) < header:
        return None
    magic, version, count = struct.unpack_from(_SPLITTER_HEADER, raw)
    if magic != _SPLITTER_MAGIC or version != 1 or not 0 < count <= _MAX_PANES:
        return None
    if len(raw) < header + 4 * count:
        return None
    return tuple(struct.unpack_from(f">{count}i", raw, header))


def _defaults_only(path: Path) -> QSettings:
    """Return settings that read nothing and can never be saved (a file under a file)."""
    return QSettings(str(path / "unsaved.ini"), QSettings.Format.IniFormat)


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

    def get_float(self, name: str, default: float) -> float:
        value = self._qsettings.value(self._key(name))
        if isinstance(value, bool):  # a bool is an int to Python, never a size
            return default
        try:
            number = float(value) if isinstance(value, int | float | str) else default
        except ValueError:
            return default
        return number if math.isfinite(number) else default

    def get_bytes(self, name: str) -> QByteArray | None:
        value = self._qsettings.value(self._key(name))
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def set(self, name: str, value: bool | str | float | QByteArray) -> None:
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

    @property
    def slide_order(self) -> str:
        """Return the slides chosen in View → Slides: "item", "related" or "deck" (default)."""
        text = self._store.get_str("slide_order", "deck").strip().lower()
        return text if text in ("item", "related", "deck") else "deck"

    @slide_order.setter
    def slide_order(self, value: str) -> None:
        self._store.set("slide_order", value)

    @property
    def theme(self) -> ThemeChoice:
        """Return the theme chosen in View → Theme (System when missing or not a theme)."""
        text = self._store.get_str("theme", ThemeChoice.SYSTEM.value)
        try:
            return ThemeChoice(text.strip().lower())
        except ValueError:
            return ThemeChoice.SYSTEM

    @theme.setter
    def theme(self, choice: ThemeChoice) -> None:
        self._store.set("theme", choice.value)

    @property
    def language(self) -> Language | None:
        """Return the language chosen in View → Language; None (follow the system) if none."""
        text = self._store.get_str("language", "")
        try:
            return Language(text.strip().lower())
        except ValueError:
            return None

    @language.setter
    def language(self, language: Language | None) -> None:
        if language is None:
            self._store.remove("language")
        else:
            self._store.set("language", language.value)

    @property
    def text_scale(self) -> float:
        """Return the window's text size in percent (100 when missing or out of range)."""
        percent = self._store.get_float("text_scale", DEFAULT_TEXT_SCALE)
        return percent if is_text_scale(percent) else DEFAULT_TEXT_SCALE

    @text_scale.setter
    def text_scale(self, percent: float) -> None:
        self._store.set("text_scale", float(percent))


class ExportChoices:
    """What the export dialog last used: size preset, format, theme, caption, folder."""

    def __init__(self, store: _Store) -> None:
        self._store = store

    def get(self, name: str, default: str) -> str:
        """Return a remembered choice (preset, format, theme, folder, custom_size)."""
        return self._store.get_str(name, default)

    def set(self, name: str, value: str) -> None:
        """Remember a choice."""
        self._store.set(name, value)

    @property
    def caption(self) -> bool:
        """Return whether exports carry their full caption (else a one-line credit)."""
        return self._store.get_bool("caption", True)

    @caption.setter
    def caption(self, value: bool) -> None:
        self._store.set("caption", value)


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

    def splitter_sizes(self, name: str) -> tuple[int, ...] | None:
        """Return the pane sizes a saved splitter state holds, or None when it holds none.

        Only the sizes are read: the rest of a state (handle width, orientation, whether
        panes may collapse to nothing) is the window's to decide, never the file's.
        """
        state = self.splitter(name)
        return _splitter_sizes(bytes(state.data())) if state is not None else None

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

    def clear_splitter(self, name: str) -> None:
        """Forget a splitter's state."""
        self._store.remove(f"splitter_{name}")

    def clear_layout(self) -> None:
        """Forget geometry and splitters (the last selection stays)."""
        for name in ("geometry", "splitter_main", "splitter_detail"):
            self._store.remove(name)


class Settings:
    """BorderDesk's settings in one INI file: ``preferences``, ``window`` and ``export``."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            path = UserFolders.default().settings_file or _platform_path()
        self.path = path
        self.recovered_from: Path | None = None  # where an unreadable file was moved
        self.save_problem = ""  # why settings cannot be saved, in a user's words ("" if they can)
        self._qsettings = self._open(path)
        why_not = _write_problem(path.parent)
        if why_not:
            self.save_problem = self._describe(why_not)
        self.preferences = Preferences(_Store(self._qsettings, "preferences"))
        self.window = WindowState(_Store(self._qsettings, "window"))
        self.export = ExportChoices(_Store(self._qsettings, "export"))

    def _open(self, path: Path) -> QSettings:
        """Return the settings in ``path``; a damaged file is first moved aside for defaults."""
        damaged = _is_unreadable(path)
        if not damaged:
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
            if _parses(qsettings):
                return qsettings
            log.warning("settings file %s could not be parsed; using defaults", path)
            del qsettings
        self.recovered_from = self._move_aside(path)
        if self.recovered_from is None:  # could not be moved aside: never write over it
            return _defaults_only(path)
        return QSettings(str(path), QSettings.Format.IniFormat)

    def startup_news(self) -> str:
        """Return what the reader should hear about the settings at start ("" when nothing)."""
        news = []
        if self.recovered_from is not None:
            news.append(
                translate(
                    "Settings",
                    "The settings file was unreadable; defaults are used "
                    "(the old file was kept as {file}).",
                ).format(file=self.recovered_from)
            )
        if self.save_problem:
            news.append(self.save_problem)
        return " ".join(news)

    def _describe(self, why_not: str) -> str:
        return translate("Settings", "Settings cannot be saved to {file}: {reason}.").format(
            file=self.path, reason=why_not
        )

    @staticmethod
    def _move_aside(path: Path) -> Path | None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        bad = path.with_name(f"{path.name}.bad-{stamp}")
        n = 1
        while bad.exists():  # never replace an earlier bad copy
            bad = path.with_name(f"{path.name}.bad-{stamp}-{n}")
            n += 1
        try:
            path.replace(bad)
        except OSError:
            log.warning("cannot move unreadable settings %s aside", path, exc_info=True)
            return None
        log.warning("settings file %s was unreadable; kept as %s", path, bad)
        return bad

    def sync(self) -> bool:
        """Write pending changes to disk; on failure set ``save_problem`` and return False."""
        self._qsettings.sync()
        if self._qsettings.status() is QSettings.Status.NoError:
            return True
        why_not = _write_problem(self.path.parent) or translate(
            "Settings", "the file could not be written"
        )
        self.save_problem = self._describe(why_not)
        log.warning("%s", self.save_problem)
        return False
