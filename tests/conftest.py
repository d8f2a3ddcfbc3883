"""Shared test set-up: Qt offscreen before any Qt import, settings in a temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No network, proven: every socket the test session tries to create fails loudly.
import socket

import pytest


class _NoNetworkError(RuntimeError):
    """A test (or the code under test) tried to open a socket."""


class _BlockedSocket(socket.socket):
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise _NoNetworkError("network access attempted during the tests")


def _blocked_connection(*args: object, **kwargs: object) -> socket.socket:
    raise _NoNetworkError("network access attempted during the tests")


socket.socket = _BlockedSocket  # type: ignore[misc]
socket.create_connection = _blocked_connection  # type: ignore[assignment]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if anything imported Qt's network module."""
    import sys

    if "PySide6.QtNetwork" in sys.modules:
        print("\nQtNetwork was imported during the tests: BorderDesk must never load it")
        session.exitstatus = 1
