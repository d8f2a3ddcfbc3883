"""Shared test set-up: Qt offscreen before any Qt import, settings in a temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system's language: the tests run in English, whatever the machine's
# locale (a test that wants Kazakh or Russian asks for it).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

# No network, proven: every socket the test session tries to create fails loudly.
import socket
from collections.abc import Iterator

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


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Leave the interface in English after a test that switched its language."""
    yield
    import sys

    from borderdesk.core import i18n
    from borderdesk.core.language import Language

    translation = sys.modules.get("borderdesk.gui.translation")
    if translation is not None and i18n.interface_language() is not Language.EN:
        translation.install_language(Language.EN)
    i18n.set_interface_language(Language.EN)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if anything imported Qt's network module."""
    import sys

    if "PySide6.QtNetwork" in sys.modules:
        print("\nQtNetwork was imported during the tests: BorderDesk must never load it")
        session.exitstatus = 1
