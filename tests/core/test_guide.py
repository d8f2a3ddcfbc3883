"""The user guide's files: one per language, English when there is no translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core import guide
from borderdesk.core.guide import GuideMissingError, available_languages, candidates, load_guide


@pytest.mark.parametrize(
    ("code", "tried"),
    [
        ("kk_KZ", ["kk_KZ", "kk", "en"]),
        ("ru-ru.UTF-8", ["ru_RU", "ru", "en"]),
        ("ru", ["ru", "en"]),
        ("en_GB", ["en_GB", "en"]),
        ("C", ["en"]),
        ("", ["en"]),
        ("../../etc/passwd", ["en"]),
        ("kk/../../x", ["en"]),
    ],
)
def test_a_language_code_gives_files_to_try_never_a_path(code: str, tried: list[str]) -> None:
    assert candidates(code) == tried


def test_the_bundled_guide_is_in_english_kazakh_and_russian() -> None:
    assert available_languages() == ("en", "kk", "ru")
    assert load_guide("kk_KZ").language == "kk"
    assert "<h1>BorderDesk пайдаланушы нұсқаулығы</h1>" in load_guide("kk_KZ").html
    assert "<h1>Руководство пользователя BorderDesk</h1>" in load_guide("ru_RU").html
    german = load_guide("de_DE")  # no translation: English
    assert german.language == "en"
    assert "<h1>BorderDesk user guide</h1>" in german.html


@pytest.fixture
def guides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "assets" / "guide"
    folder.mkdir(parents=True)
    monkeypatch.setattr(guide, "files", lambda _package: tmp_path / "assets")
    return folder


def test_a_translation_is_chosen_by_its_language_code(guides: Path) -> None:
    (guides / "en.html").write_text("<h1>User guide</h1>", encoding="utf-8")
    (guides / "kk.html").write_text("<h1>Пайдаланушы нұсқаулығы</h1>", encoding="utf-8")

    assert load_guide("kk_KZ").language == "kk"
    assert "нұсқаулығы" in load_guide("kk_KZ").html
    assert load_guide("ru_RU").language == "en"
    assert available_languages() == ("en", "kk")


def test_no_guide_at_all_is_a_clear_error(guides: Path) -> None:
    with pytest.raises(GuideMissingError, match=r"guide/en\.html.*reinstall"):
        load_guide("en")
