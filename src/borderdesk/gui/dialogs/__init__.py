"""Dialogs: export with a live preview, handouts, and the preview of a notes import."""
