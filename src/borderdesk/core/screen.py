"""Tell, before Qt is started, whether the window has a display to appear on.

Without one, Qt's xcb platform prints a misleading hint about ``libxcb-cursor0`` and aborts
the process (exit 134); Wayland fails in its own way. Seen from the environment alone: X
needs ``DISPLAY``, Wayland ``WAYLAND_DISPLAY``; ``QT_QPA_PLATFORM`` may name another platform
(``offscreen``, ``vnc``, ``eglfs``) that needs neither, or a list to try in turn.
"""

from __future__ import annotations

from collections.abc import Mapping

NO_DISPLAY = (
    "the window needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY "
    "are not set); the export-chart, export-map, handout and data commands work without one "
    "(see borderdesk --help)"
)
_NEEDS = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY", "wayland-egl": "WAYLAND_DISPLAY"}


def no_display_reason(environ: Mapping[str, str], platform: str) -> str | None:
    """Return why the window cannot open here (one line), or None if it may.

    ``platform`` is ``sys.platform``: Windows and macOS always have their own display.
    """
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    # "wayland;xcb" tries each in turn; a platform may carry options: "xcb:nomitshm".
    candidates = [part.split(":")[0].strip() for part in chosen.split(";") if part.strip()]
    if not candidates:
        candidates = ["wayland", "xcb"]
    for name in candidates:
        needed = _NEEDS.get(name)
        if needed is None or environ.get(needed, "").strip():
            return None  # offscreen, vnc, eglfs, ... or a display that is set
    return NO_DISPLAY
