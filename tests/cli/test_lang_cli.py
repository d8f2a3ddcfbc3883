"""``--lang kk|ru|en``: every command writes its files and says what it did in that language.

A Kazakh teacher's chart has a Kazakh title, caption and metadata; a Russian handout is
Russian from its title to its sources; messages and errors come in the language asked for,
or in the system's when none is asked for.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

# No locale of the test machine decides the language unless a test says so.
BASE_ENV = {
    key: value
    for key, value in os.environ.items()
    if key not in {"LC_ALL", "LC_MESSAGES", "LC_PAPER", "LANG", "LANGUAGE"}
}
SVG = "{http://www.w3.org/2000/svg}"
NBSP = "\xa0"


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m borderdesk`` with arguments, as a user would, with no display."""
    return subprocess.run(
        [sys.executable, "-m", "borderdesk", *args],
        capture_output=True,
        text=True,
        env={**BASE_ENV, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=120,
        check=False,
    )


def pdf_text(path: Path) -> str:
    """Return a PDF's text, its no-break spaces as plain spaces."""
    output = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return output.stdout.replace(NBSP, " ").replace("\u202f", " ")


def pdfinfo(path: Path) -> dict[str, str]:
    """Return pdfinfo's fields for a file."""
    output = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    fields = (line.split(":", 1) for line in output.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in fields}


def test_a_kazakh_chart_png_says_so_in_its_metadata(tmp_path: Path) -> None:
    out = tmp_path / "chart.png"

    result = run("export-chart", str(out), "--lang", "kk")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out} жазылды (1920x1080)"
    image = QImage(str(out))
    assert image.text("Title") == "Қазақстанның құрлықтағы шекаралары ұзындығы бойынша"
    assert image.text("Description").startswith("Дереккөз: ")
    assert "BorderDesk деректер жинағы" in image.text("Description")
    assert "(3 желтоқсан 2026, " in image.text("Description")  # the edition's date, in Kazakh
    assert image.text("Author") == "Мақала (шамамен 2012 ж.)"


def test_a_russian_map_svg_names_its_title_and_sources_in_russian(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"

    result = run("export-map", str(out), "--lang", "ru", "--highlight", "kz-cn")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"записан {out} (1920x1080)"
    root = ET.parse(out).getroot()  # noqa: S314 - a file this test wrote
    assert (root.findtext(f"{SVG}title") or "").startswith("Казахстан и его соседи, на ")
    assert (root.findtext(f"{SVG}desc") or "").startswith("Данные карты: ")
    drawn = out.read_text(encoding="utf-8")
    assert "45° с. ш." in drawn  # the graticule's degrees, as a Russian atlas writes them
    assert "° в. д." in drawn
    assert "°N" not in drawn
    assert "°E" not in drawn


def test_a_russian_handout_is_russian_from_its_title_to_its_sources(tmp_path: Path) -> None:
    out = tmp_path / "kz-ru.pdf"

    result = run("handout", str(out), "--item", "border:kz-ru", "--paper", "a4", "--lang", "ru")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"записан {out} (1 страница, A4)"
    assert pdfinfo(out)["Title"].startswith(
        "Раздаточный материал BorderDesk: Казахстан – Россия, на "
    )
    text = " ".join(pdf_text(out).split())
    for words in (
        "Раздаточный материал BorderDesk · Сухопутные границы Казахстана",
        "Казахстан – Россия",
        "Граница № 1 по протяжённости",
        "Основные показатели",
        "Статья (ок. 2012 г.): 6 846 км",
        "Главное",
        "Источники",
        "Страница 1 из 1",
    ):
        assert words in text


def test_a_kazakh_quiz_and_its_answer_key(tmp_path: Path) -> None:
    out = tmp_path / "quiz.pdf"

    result = run("quiz", str(out), "--seed", "7", "--questions", "4", "--lang", "kk")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{out} жазылды (№ 7 викторина: 4 сұрақ — 1-бет")
    text = " ".join(pdf_text(out).split())
    assert "BorderDesk викторинасы · Қазақстанның құрлықтағы шекаралары" in text
    assert "Аты-жөні:" in text
    assert "Жауаптар кілті: № 7 викторина" in text
    assert "дереккөзі бойынша" in text or "жағдай бойынша" in text


def test_without_lang_the_system_language_is_used(tmp_path: Path) -> None:
    out = tmp_path / "chart.png"

    result = run("export-chart", str(out), LANG="ru_RU.UTF-8")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("записан ")
    assert QImage(str(out)).text("Title").startswith("Сухопутные границы Казахстана")


def test_errors_come_in_the_language_asked_for(tmp_path: Path) -> None:
    result = run("export-chart", str(tmp_path / "c.png"), "--highlight", "kz-xx", "--lang", "ru")

    assert result.returncode == 1
    assert result.stderr.startswith("borderdesk: нет границы 'kz-xx'; выберите одну из: kz-ru")
    assert not (tmp_path / "c.png").exists()

    kazakh = run("handout", str(tmp_path / "h.pdf"), "--item", "topic:x", "--lang", "kk")
    assert kazakh.returncode == 1
    assert kazakh.stderr.startswith("borderdesk: 'topic:x' үшін үлестірме материал жоқ")


def test_an_unknown_language_is_a_usage_error() -> None:
    result = run("export-chart", "x.png", "--lang", "de")

    assert result.returncode == 2
    assert "--lang" in result.stderr
    assert "'kk'" in result.stderr


def test_usage_errors_come_in_the_language_asked_for() -> None:
    russian = run("quiz", "q.pdf", "--questions", "0", "--lang", "ru")
    kazakh = run("export-chart", "c.png", "--width", "10", "--lang=kk")
    system = run("handout", "h.pdf", LANG="ru_RU.UTF-8")

    assert russian.returncode == kazakh.returncode == system.returncode == 2
    assert (
        "borderdesk quiz: ошибка: аргумент --questions: в викторине должен быть хотя бы один"
        in (russian.stderr)
    )
    assert russian.stderr.startswith("использование: borderdesk quiz")
    assert "қате: --width аргументі: ені 320–7680 пиксель болуы керек, 10 емес" in kazakh.stderr
    assert "укажите хотя бы один --item (например, border:kz-ru) или --all" in system.stderr


def test_the_help_of_a_command_is_in_the_language_asked_for() -> None:
    result = run("export-chart", "--help", "--lang", "ru")

    assert result.returncode == 0
    assert result.stdout.startswith("использование: borderdesk export-chart")
    text = " ".join(result.stdout.split())
    assert "Записать в файл диаграмму протяжённости участков сухопутной границы Казахстана" in text
    assert "ключ выделяемой границы, например kz-ru" in text
    assert "размер и вид:" in text


def test_the_data_and_notes_commands_help_in_kazakh_and_russian() -> None:
    main_help = run("--help", "--lang", "kk")
    import_help = run("import-notes", "--help", "--lang", "ru")

    listed = " ".join(main_help.stdout.split())
    assert "import-pack деректер бумасын тексеріп, жеке деректер жинағы ретінде қосу" in listed
    assert "export-notes жазбалар мен бетбелгілеріңізді JSON файлына жазу" in listed
    text = " ".join(import_help.stdout.split())
    assert import_help.returncode == 0
    assert "только показать, что изменится" in text
    assert "заметка, отличная от вашей: оставить вашу (по умолчанию)" in text


def test_a_notes_export_says_what_it_wrote_in_russian(tmp_path: Path) -> None:
    out = tmp_path / "заметки.json"

    result = run("export-notes", str(out), "--lang", "ru", BORDERDESK_USER_DIR=str(tmp_path))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("0 заметок, 0 закладок")
    assert result.stdout.startswith("записан ")
