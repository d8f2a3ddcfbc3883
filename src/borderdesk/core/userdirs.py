"""Where BorderDesk keeps the user's files: platformdirs folders, never the install folder."""

from __future__ import annotations

import os
from pathlib import Path

from borderdesk.core.record import frozen

APP_NAME = "BorderDesk"
HOME_VARIABLE = "BORDERDESK_USER_DIR"  # one folder for everything (tests, portable installs)


@frozen
class UserFolders:
    """The user's folders: data (notes database, packs, backups), logs and settings.

    ``config`` is None where the platform's settings place is used (Qt finds it); in a portable
    install (``$BORDERDESK_USER_DIR``) it is a folder inside that one, like everything else.
    """

    data: Path
    logs: Path
    config: Path | None = None

    @property
    def notes_db(self) -> Path:
        """Return the notes and bookmarks database."""
        return self.data / "userdata.sqlite"

    @property
    def backups(self) -> Path:
        """Return the folder of verified backups of the notes database."""
        return self.data / "backups"

    @property
    def packs(self) -> Path:
        """Return the folder of databases built from imported data packs."""
        return self.data / "packs"

    @property
    def instance_lock(self) -> Path:
        """Return the lock file that lets one BorderDesk at a time use these folders."""
        return self.data / "borderdesk.lock"

    @property
    def requests(self) -> Path:
        """Return the folder where a second start leaves its request for the open window."""
        return self.data / "requests"

    @property
    def settings_file(self) -> Path | None:
        """Return the settings file, or None for the platform's own place."""
        return self.config / f"{APP_NAME}.ini" if self.config is not None else None

    @property
    def log_file(self) -> Path:
        """Return the error log."""
        return self.logs / "borderdesk.log"

    @property
    def crash_log(self) -> Path:
        """Return the file a native crash writes its traceback to."""
        return self.logs / "crash.log"

    @classmethod
    def under(cls, root: Path) -> UserFolders:
        """Return folders inside one root folder."""
        return cls(data=root / "data", logs=root / "logs", config=root / "config")

    @classmethod
    def default(cls) -> UserFolders:
        """Return the platform's folders, or those under ``$BORDERDESK_USER_DIR`` if set."""
        override = os.environ.get(HOME_VARIABLE)
        if override:
            return cls.under(Path(override))
        import platformdirs

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )
