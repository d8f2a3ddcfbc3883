"""A notes file holding what cannot be shown or stored is refused at its place; nothing changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderdesk.core.import_errors import ImportFileError
from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import Conflict, UserDataError
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.repository import UserDataRepository, open_user_data

RU = ItemRef.from_string("border:kz-ru")
HEAD = '{"format": "borderdesk-notes", "format_version": 1, '


@pytest.fixture
def repository(folders: UserFolders) -> UserDataRepository:
    repository = open_user_data(folders)
    repository.set_note(RU, "mine")
    return repository


def refused(repository: UserDataRepository, path: Path, text: str) -> list[str]:
    """Preview an import of ``text``; return its problems, after checking nothing changed."""
    path.write_text(text, encoding="utf-8")
    before = repository.snapshot()
    with pytest.raises(ImportFileError) as caught:
        repository.preview_import(path)
    assert str(path) in str(caught.value)
    assert repository.snapshot() == before
    return [problem.line() for problem in caught.value.problems]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            r'"notes": [{"item": "border:kz-ru", "text": "bell \u0007"}]}',
            "notes[0].text: contains the control character U+0007, "
            "which cannot be shown or written",
            id="a control character",
        ),
        pytest.param(
            r'"notes": [{"item": "border:kz-ru", "text": "half \ud83d of a smile"}]}',
            "notes[0].text: contains U+D83D, half of a surrogate pair: not a character",
            id="a lone surrogate (was a traceback from SQLite)",
        ),
        pytest.param(
            r'"notes": [{"item": "border:kz-ru", "text": "a", "text": "b"}]}',
            "notes[0].text: is given more than once in the same object",
            id="a key given twice",
        ),
        pytest.param(
            r'"bookmarks": [{"item": "border:kz-ru", "title": "two\nlines"}]}',
            "bookmarks[0].title: contains a tab or line break; a bookmark's title is one line",
            id="a title of two lines",
        ),
        pytest.param(
            r'"bookmarks": [{"item": "border:<img src=\"/dev/zero\">"}]}',
            "bookmarks[0].item: is not an item reference like 'border:kz-ru'",
            id="an item that is not an id",
        ),
        pytest.param(
            '"exported": ' + "1" * 5000 + "}",
            "exported: is a whole number of 5,000 digits; at most 15 are used",
            id="a number of 5,000 digits (was a traceback)",
        ),
    ],
)
def test_what_cannot_be_shown_or_stored_is_refused(
    repository: UserDataRepository, tmp_path: Path, body: str, expected: str
) -> None:
    assert refused(repository, tmp_path / "notes.json", HEAD + body) == [expected]


def test_tabs_and_line_breaks_in_a_note_are_kept(
    repository: UserDataRepository, tmp_path: Path
) -> None:
    text = "first line\n\tindented\r\nlast"
    path = tmp_path / "notes.json"
    path.write_text(
        json.dumps(
            {
                "format": "borderdesk-notes",
                "format_version": 1,
                "notes": [{"item": "border:kz-cn", "text": text}],
            }
        )
    )
    preview = repository.preview_import(path)
    repository.apply_import(preview, Conflict.KEEP)
    note = repository.note(ItemRef.from_string("border:kz-cn"))
    assert note is not None
    assert note.text == text


def test_a_note_typed_with_a_control_character_is_refused_as_the_file_would_be(
    repository: UserDataRepository,
) -> None:
    with pytest.raises(UserDataError, match=r"the note contains the control character U\+001B"):
        repository.set_note(RU, "escape \x1b[31m red")
    assert repository.note(RU).text == "mine"  # type: ignore[union-attr]


def test_a_bookmark_title_is_stored_on_one_line(repository: UserDataRepository) -> None:
    repository.set_bookmark(RU, "Kazakhstan –\nRussia", True)
    assert [bookmark.title for bookmark in repository.bookmarks()] == ["Kazakhstan – Russia"]
