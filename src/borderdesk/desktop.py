"""Start the window: one per user (a second start hands its wishes over), notes beside it."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from borderdesk.app import log_path, open_service, store_message
from borderdesk.core.errors import BorderDeskError, StoreError
from borderdesk.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from borderdesk.core.instance import Holder
    from borderdesk.core.language import Language
    from borderdesk.core.service import ReferenceService
    from borderdesk.core.userdirs import UserFolders
    from borderdesk.gui.translation import LanguageManager

COMMAND_WAIT_S = 30.0  # a command that holds the notes finishes within this


def run_gui(db_path: Path | None, item: str | None = None, language: Language | None = None) -> int:
    """Show the main window on the given database (at ``item``) and run until it closes.

    The interface is in ``language`` (``--lang``), else the one chosen before, else the
    system's. When a window is open already, hand it the database and item instead and return.
    """
    from borderdesk.core.instance import Role, claim
    from borderdesk.core.userdirs import UserFolders

    folders = UserFolders.default()
    _can_make(folders.data)
    lock, holder = claim(folders.instance_lock, Role.WINDOW, wait=COMMAND_WAIT_S)
    if lock is None:
        return _hand_over(folders, holder, db_path, item)
    from borderdesk.core.collection import end_start_up, pause_start_up

    pause_start_up()  # until the first load is in (the window keeps what it made)
    try:
        _import_before_qt()
        from borderdesk.gui.qtapp import ensure_application

        app = ensure_application()
        from borderdesk.gui.errors import install_excepthook
        from borderdesk.gui.settings import keep_qt_settings_in

        if folders.config is not None:  # a portable install keeps Qt's own settings there too
            keep_qt_settings_in(folders.config)

        install_excepthook(log_path)
        from borderdesk.gui.settings import Settings
        from borderdesk.gui.translation import LanguageManager

        languages = LanguageManager(Settings(), app, given=language)  # one for every window
        try:
            service = open_service(db_path)
        except StoreError as error:
            from borderdesk.gui.errors import show_error

            print(f"borderdesk: {error}", file=sys.stderr)
            show_error(
                None,
                translate("App", "BorderDesk cannot open its database"),
                store_message(error, db_path),
            )
            return 1
        service = service.in_language(languages.language)
        return _run_windows(app, service, db_path, item, folders, languages)
    finally:
        end_start_up()  # closed before its first load was in, or never shown
        lock.release()


def _import_before_qt() -> None:
    """Import what the window needs before it shows and that needs no Qt, before Qt.

    Once PySide6 is imported, its import hook reads the source of every module imported
    after it (to look for PySide6 features): SQLAlchemy's ORM, which the notes need, costs
    a fifth more imported after Qt than before it.
    """
    import borderdesk.core.navigation
    import borderdesk.data.packs.catalog
    import borderdesk.data.store
    import borderdesk.data.userdb.repository  # noqa: F401


def _hand_over(
    folders: UserFolders, holder: Holder | None, db_path: Path | None, item: str | None
) -> int:
    """Ask the open window to come to the front (with the database and item); report."""
    from borderdesk.core import requests
    from borderdesk.core.instance import Role

    if holder is not None and holder.role is Role.WINDOW:
        request = requests.Request(item, db_path.absolute() if db_path is not None else None)
        try:
            if requests.send(folders.requests, request):
                print(
                    translate(
                        "App", "BorderDesk is already open: its window was brought to the front"
                    )
                )
                return 0
        except OSError as error:
            reason = translate("App", "cannot reach the open window: {reason}")
            print("borderdesk: " + reason.format(reason=error), file=sys.stderr)
        message = translate(
            "App",
            "{who} but does not answer. If its window does not respond, close it and start "
            "BorderDesk again.",
        ).format(who=holder.describe())
    else:
        who = (
            holder.describe()
            if holder is not None
            else translate("App", "another BorderDesk is running")
        )
        message = translate(
            "App", "{who} and is using your notes. Start BorderDesk again when it has finished."
        ).format(who=who)
    print(f"borderdesk: {message}", file=sys.stderr)
    from borderdesk.gui.errors import show_error
    from borderdesk.gui.qtapp import ensure_application

    ensure_application()
    show_error(None, translate("App", "BorderDesk is already running"), message)
    return 1


def _run_windows(
    app: QApplication,
    service: ReferenceService,
    db_path: Path | None,
    item: str | None,
    folders: UserFolders,
    languages: LanguageManager,
) -> int:
    """Run the window with the user's notes beside it: crash log, restore news, backup."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import UTC, datetime

    from borderdesk.core import crashlog
    from borderdesk.core.handout import parse_item
    from borderdesk.core.leftovers import sweep_folders
    from borderdesk.data.packs.catalog import PackCatalog
    from borderdesk.data.userdb.backups import refresh_backup
    from borderdesk.data.userdb.repository import open_user_data
    from borderdesk.gui.errors import show_error
    from borderdesk.gui.settings import Settings
    from borderdesk.gui.style.theme_manager import ThemeManager
    from borderdesk.gui.window.main_window import MainWindow
    from borderdesk.gui.window.second_start import RequestListener
    from borderdesk.gui.window.user_session import UserSession, show_messages, startup_messages

    settings = Settings()
    own = (folders.data, folders.packs, folders.backups, folders.requests, folders.logs)
    exported = Path(settings.export.get("folder", ""))  # ours only are swept there
    sweep_folders((*own, settings.path.parent), [exported] if exported.is_absolute() else [])
    crash = crashlog.take_previous(folders.crash_log)
    crashlog.enable(folders.crash_log)
    # Opened beside the window's making: a first start creates the notes file and its
    # first backup, and their disk syncs need not hold the window back.
    pool = ThreadPoolExecutor(max_workers=1)
    opening = pool.submit(open_user_data, folders)

    def open_window(path: Path | None) -> MainWindow | None:
        try:
            chosen = service if path == db_path else open_service(path)
        except StoreError as error:
            show_error(
                None,
                translate("App", "BorderDesk cannot open this database"),
                store_message(error, path),
            )
            return None
        return MainWindow(chosen, Settings(), theme_manager=look, language_manager=languages)

    look = ThemeManager(settings, app)  # one theme and text size for every window
    window = MainWindow(service, Settings(), theme_manager=look, language_manager=languages)
    user_data = opening.result()
    pool.shutdown()
    session = UserSession(user_data, PackCatalog(folders.packs), open_window)
    session.attach(window, db_path)
    if item is not None:
        session.select(parse_item(item))
    listener = RequestListener(folders.requests, session)
    listener.requested.connect(session.answer)
    window.show()
    show_messages(window, startup_messages(user_data.report, crash))
    try:
        return app.exec()
    finally:
        if user_data.report.writable and user_data.path.exists():
            try:
                refresh_backup(user_data.path, folders.backups, datetime.now(UTC))
            except (OSError, BorderDeskError, sqlite3.Error) as error:
                reason = translate("App", "no backup of your notes was taken: {reason}")
                print("borderdesk: " + reason.format(reason=error), file=sys.stderr)
        user_data.close()
        crashlog.disable(folders.crash_log)


def _can_make(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True
