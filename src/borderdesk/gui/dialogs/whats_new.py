"""Help → What's new in this dataset: the edition change log, each change with its sources."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from borderdesk.core.dates import format_date
from borderdesk.core.i18n import Counted
from borderdesk.core.model import DatasetChange, DatasetEdition
from borderdesk.gui.plain import plain_label


def change_log_html(changes: Sequence[DatasetChange]) -> str:
    """Return the change log as HTML: per edition, each change and the sources it rests on."""
    if not changes:
        none = QCoreApplication.translate("WhatsNewDialog", "This dataset lists no changes.")
        return f"<p>{html.escape(none)}</p>"
    parts: list[str] = []
    edition = None
    label = html.escape(QCoreApplication.translate("WhatsNewDialog", "Sources"))
    for change in changes:
        if change.edition != edition:
            if edition is not None:
                parts.append("</ol>")
            edition = change.edition
            heading = QCoreApplication.translate("WhatsNewDialog", "Dataset edition {edition}")
            parts.append(f"<h3>{html.escape(heading.format(edition=edition))}</h3><ol>")
        sources = "; ".join(
            f"{html.escape(s.label)} ({html.escape(s.title)}, {html.escape(s.publisher)})"
            for s in change.sources
        )
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
        self._edition = edition
        self._changes = tuple(changes)
        self.summary = plain_label("")  # the edition's version and date come from the data
        self.summary.setWordWrap(True)
        self.log = QTextBrowser()
        self.log.setObjectName("changeLog")
        self.log.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.log, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._retranslate()

    def show_changes(self, edition: DatasetEdition, changes: Sequence[DatasetChange]) -> None:
        """Show this change log (read again, in the language of the dataset now)."""
        self._edition, self._changes = edition, tuple(changes)
        self._retranslate()

    def _retranslate(self) -> None:
        """Put the title, the summary and the log's headings in the interface language."""
        edition = self._edition
        self.setWindowTitle(self.tr("What's new in this dataset"))
        count = sum(1 for change in self._changes if change.edition == edition.version)
        intro = Counted.tr(
            "Dataset edition {version} ({date}): {count} change(s) since the previous edition, "
            "each with the sources it rests on.",
            "",
            count,
        ).format(version=edition.version, date=format_date(edition.date), count=count)
        self.summary.setText(intro)
        self.log.setHtml(change_log_html(self._changes))
        self.log.setAccessibleName(self.tr("Change log"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate every text when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
