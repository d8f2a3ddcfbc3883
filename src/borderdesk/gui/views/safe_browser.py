"""A text browser that follows no link and loads no resource by itself.

``QTextBrowser`` follows links (``file:`` ones included) unless told not to, and loads images
and style sheets named in the HTML from files. Pages, the user guide and the shortcut sheet are
shown in this one instead: a click only emits ``anchorClicked`` for the owner to handle, and
every resource comes back empty.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

log = logging.getLogger(__name__)


class SafeBrowser(QTextBrowser):
    """Show HTML; route every link to ``anchorClicked``; load nothing from files or the net."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802
        """Load nothing: the HTML shown carries no images or style sheets from files."""
        log.debug("refused resource %s (type %s)", name, kind)
        # Never None: on a null answer QTextDocument reads local files and data: URLs itself,
        # and on an empty image the image handler loads the file by name.
        if kind == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return QByteArray()
