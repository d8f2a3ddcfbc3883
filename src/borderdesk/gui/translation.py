"""The interface language: BorderDesk's translations and Qt's own, installed on the application.

``install_language`` takes away the translators of the language before, loads BorderDesk's
``borderdesk_<code>.qm`` (package data, made from the ``.ts`` sources in ``translations/``) and
Qt's own ``qtbase_<code>.qm`` (shipped with PySide6: the standard dialogs and buttons), and
installs them, so every widget gets a ``LanguageChange`` event. It points core's words
(``core.i18n``) at Qt's translator and sets the locale numbers and dates are written in.
English is the source language: it needs no file, and its plurals ("%n question(s)") are
written by ``core.i18n.english_plural``.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from borderdesk.core.i18n import (
    Translator,
    count_text,
    english_plural,
    set_interface_language,
    set_translator,
)
from borderdesk.core.language import DEFAULT_LANGUAGE, Language

ASSETS = "borderdesk.assets"
FOLDER = "i18n"
# Each language named in itself, as language menus do: never translated.
LANGUAGE_NAMES = {Language.EN: "English", Language.KK: "Қазақша", Language.RU: "Русский"}
MNEMONICS = {Language.EN: "&English", Language.KK: "&Қазақша", Language.RU: "&Русский"}
LANGUAGES = (Language.KK, Language.RU, Language.EN)  # the menu's order
# The locale figures and dates are written in: the classroom's, Kazakhstan.
LOCALES = {Language.EN: "en_GB", Language.KK: "kk_KZ", Language.RU: "ru_KZ"}
_installed: list[QTranslator] = []
_kept: list[QTranslator] = []


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate with Qt's installed translators (core's hook, once the application runs).

    Qt picks the plural form by the count and writes it as bare digits ("4005"); the count
    is written as the language writes numbers instead ("4,005", "4 005") where the form is
    one of ours or the English.
    """
    result = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "%n" in text:
        result = _grouped(result, context, text, disambiguation, n)
    return english_plural(result, n) if "(s)" in result else result


def _grouped(result: str, context: str, text: str, disambiguation: str | None, n: int) -> str:
    """Return Qt's ``result`` with the count grouped, when the form it came from is known."""
    forms = (t.translate(context, text, disambiguation, n) for t in reversed(_installed))
    for form in (*forms, text):
        if form and form.replace("%n", str(n)) == result:
            return form.replace("%n", count_text(n))
    return result  # another translator's (a test's pseudo-translation): as Qt wrote it


def file_translator(language: Language) -> Translator | None:
    """Return core's hook reading BorderDesk's own ``.qm`` for ``language`` with no application.

    The command line's usage errors are written before any application exists.
    """
    translator = QTranslator()
    with as_file(files(ASSETS) / FOLDER / qm_file(language)) as path:
        if not _load(translator, path):
            return None
    _kept.append(translator)  # the hook outlives this call

    def hook(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return english_plural(found, n) if found is text else found.replace("%n", count_text(n))

    return hook


def system_language(locale: QLocale | None = None) -> Language:
    """Return the first of the system's languages BorderDesk speaks; English if none."""
    system = locale or QLocale.system()
    for name in (*system.uiLanguages(), system.name()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in {language.value for language in Language}:
            return Language(code)
    return DEFAULT_LANGUAGE


def qm_file(language: Language) -> str:
    """Return the name of BorderDesk's compiled translation for ``language``."""
    return f"borderdesk_{language.value}.qm"


def _load(translator: QTranslator, path: Path) -> bool:
    return path.is_file() and translator.load(str(path))


def install_language(language: Language) -> list[str]:
    """Make ``language`` the interface language; return the translation files installed."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the interface language needs a running Qt application")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if language is not Language.EN:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        with as_file(files(ASSETS) / FOLDER / qm_file(language)) as own:
            for path in (own, qt_folder / f"qtbase_{language.value}.qm"):
                translator = QTranslator(app)
                if _load(translator, path):
                    app.installTranslator(translator)
                    _installed.append(translator)
                    loaded.append(path.name)
    QLocale.setDefault(QLocale(LOCALES[language]))
    set_interface_language(language)
    set_translator(qt_translate)
    return loaded


class LanguagePreferences(Protocol):
    """The remembered choice the manager reads and writes."""

    language: Language | None


class LanguageStore(Protocol):
    """Where the choice is kept (``borderdesk.gui.settings.Settings`` is one)."""

    @property
    def preferences(self) -> LanguagePreferences:
        """Return the user's preferences."""
        ...

    def sync(self) -> bool:
        """Write the preferences to disk; return whether that worked."""
        ...


class LanguageManager(QObject):
    """Hold the interface language of every window: install it, remember it, announce it.

    The language is the one given (``--lang``), else the one chosen before, else the
    system's. Qt tells every widget through ``LanguageChange``; ``language_changed`` tells
    the windows to read their data again in the new language.
    """

    language_changed = Signal(object)  # the Language now in use

    def __init__(
        self,
        settings: LanguageStore,
        parent: QObject | None = None,
        *,
        given: Language | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._language = given or settings.preferences.language or system_language()
        install_language(self._language)

    @property
    def language(self) -> Language:
        """Return the interface language."""
        return self._language

    def set_language(self, language: Language) -> None:
        """Use and remember a language; tell the windows when it changes."""
        self._settings.preferences.language = language
        self._settings.sync()
        if language is not self._language:
            self._language = language
            install_language(language)
            self.language_changed.emit(language)
