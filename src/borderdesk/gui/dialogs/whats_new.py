"""Help → What's new in this dataset: the edition change log, each change with its sources."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from borderdesk.core.model import DatasetChange, DatasetEdition
from borderdesk.gui.plain import plain_label


def tr(text: str) -> str:
    """Translate a string of this dialog."""
    return QCoreApplication.translate("WhatsNewDialog", text)


def change_log_html(changes: Sequence[DatasetChange]) -> str:
    """Return the change log as HTML: per edition, each change and the sources it rests on."""
    if not changes:
        return f"<p>{html.escape(tr('This dataset lists no changes.'))}</p>"
    parts: list[str] = []
    edition = None
    for change in changes:
        if change.edition != edition:
            if edition is not None:
                parts.append("</ol>")
            edition = change.edition
            heading = tr("Dataset edition {edition}").format(edition=edition)
            parts.append(f"<h3>{html.escape(heading)}</h3><ol>")
        sources = "; ".join(
            f"{html.escape(s.label)} ({html.escape(s.title)}, {html.escape(s.publisher)})"
            for s in change.sources
        )
        label = html.escape(tr("Sources"))
        parts.append(
            f"<li><p>{html.escape(change.text)}</p>"
            f'<p style="font-size: small">{label}: {sources}</p></li>'
        )
    parts.append("</ol>")
    return "".join(parts)


class WhatsNewDialog(QDialog):
    """List every correction the dataset edition made, with the sources behind each."""

    def __init__(
        self,
        edition: DatasetEdition,
        changes: Sequence[DatasetChange],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whatsNewDialog")
        self.setWindowTitle(tr("What's new in this dataset"))
        intro = tr(
            "Dataset edition {version} ({date}): {count} change(s) since the previous edition, "
            "each with the sources it rests on."
        ).format(
            version=edition.version,
            date=edition.date,
            count=sum(1 for change in changes if change.edition == edition.version),
        )
        self.summary = plain_label(intro)  # the edition's version and date come from the data
        self.summary.setWordWrap(True)
        self.log = QTextBrowser()
        self.log.setObjectName("changeLog")
        self.log.setOpenLinks(False)
        self.log.setHtml(change_log_html(changes))
        self.log.setAccessibleName(tr("Change log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.log, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
