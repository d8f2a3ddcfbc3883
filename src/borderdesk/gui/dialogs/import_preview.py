"""Show what importing a notes file would change, and how to treat notes that differ."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.userdata import Conflict, MergePreview
from borderdesk.gui.plain import plain_label

CHOICES = (
    (
        Conflict.KEEP,
        QT_TRANSLATE_NOOP(
            "ImportPreviewDialog", "Keep my notes (ignore the imported ones that differ)"
        ),
    ),
    (
        Conflict.BOTH,
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Keep both (add the imported text under mine)"),
    ),
    (
        Conflict.REPLACE,
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Use the imported notes instead of mine"),
    ),
)


class ImportPreviewDialog(QDialog):
    """A preview with counts and every changed item; nothing is written until Import."""

    def __init__(self, preview: MergePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import notes"))
        self.summary = plain_label(f"{preview.source.name}: {preview.summary()}.", name="summary")
        self.summary.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setHtml(_details(preview))
        self.conflicts = QComboBox()
        for conflict, text in CHOICES:
            self.conflicts.addItem(self.tr(text), conflict.value)
        self.conflicts.setEnabled(bool(preview.conflicting_notes))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not preview.is_empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(plain_label(self.tr("Notes that differ from yours:")))
        layout.addWidget(self.conflicts)
        layout.addWidget(buttons)
        self.resize(620, 440)

    @property
    def conflict_choice(self) -> Conflict:
        """Return how the user chose to treat notes that differ."""
        return Conflict(str(self.conflicts.currentData()))


def _details(preview: MergePreview) -> str:
    esc = html.escape
    parts: list[str] = []
    if preview.new_notes:
        heading = translate("ImportPreviewDialog", "New notes")
        parts.append(f"<h4>{esc(heading)}</h4><ul>")
        parts += [
            f"<li>{esc(c.ref.to_string())}: {esc(c.incoming[:120])}</li>" for c in preview.new_notes
        ]
        parts.append("</ul>")
    if preview.conflicting_notes:
        heading = translate("ImportPreviewDialog", "Notes that differ from yours")
        yours = translate("ImportPreviewDialog", "yours:")
        imported = translate("ImportPreviewDialog", "imported:")
        parts.append(f"<h4>{esc(heading)}</h4><ul>")
        parts += [
            f"<li>{esc(c.ref.to_string())}<br>{esc(yours)} {esc(c.current[:120])}<br>"
            f"{esc(imported)} {esc(c.incoming[:120])}</li>"
            for c in preview.conflicting_notes
        ]
        parts.append("</ul>")
    if preview.new_bookmarks:
        heading = translate("ImportPreviewDialog", "New bookmarks")
        parts.append(f"<h4>{esc(heading)}</h4><ul>")
        parts += [
            f"<li>{esc(b.title)} ({esc(b.ref.to_string())})</li>" for b in preview.new_bookmarks
        ]
        parts.append("</ul>")
    nothing = translate("ImportPreviewDialog", "Nothing would change.")
    return "".join(parts) or f"<p>{esc(nothing)}</p>"
