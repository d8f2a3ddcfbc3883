"""``borderdesk quiz`` as a teacher runs it: the questions first, the answer key apart, codes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from unicodedata import normalize

import pytest

from borderdesk.core.quiz import available, build_quiz
from borderdesk.data.store import open_store
from borderdesk.gui.views.quiz_text import answer_line, prompt
from tests.cli.test_handout_cli import pdfinfo, run


def page_texts(path: Path) -> list[str]:
    """Return each page's text as pdftotext extracts it, its white space made single spaces."""
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    # NFKC: the font's ligatures ("ﬁ") come out as the letters they stand for
    return [" ".join(normalize("NFKC", page).split()) for page in text.split("\f")[:-1]]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("quiz") / "quiz.pdf"
    result = run("quiz", str(out), "--seed", "4821", "--paper", "a4")
    assert result.returncode == 0, result.stderr
    return out, result.stdout


def test_the_message_names_the_quiz_its_pages_and_the_paper(written: tuple[Path, str]) -> None:
    out, stdout = written
    pages = int(pdfinfo(out)["Pages"])
    found = re.fullmatch(
        rf"wrote {re.escape(str(out))} \(quiz 4821: 10 questions on pages 1–(\d+), "
        rf"the answer key on pages? (\d+)(?:–{pages})?, A4\)\n",
        stdout,
    )
    assert found, stdout
    assert int(found.group(2)) == int(found.group(1)) + 1
    info = pdfinfo(out)
    assert info["Title"] == "BorderDesk quiz 4821"
    assert info["Page size"].startswith("595 x 842")


def test_questions_come_first_and_the_answer_key_on_pages_of_its_own(
    written: tuple[Path, str],
) -> None:
    out, stdout = written
    found = re.search(r"the answer key on pages? (\d+)", stdout)
    assert found is not None
    key_from = int(found.group(1))
    pages = page_texts(out)
    questions, key = pages[: key_from - 1], pages[key_from - 1 :]
    assert questions
    assert key
    assert "Name: ____" in questions[0]
    for page in questions:
        assert "Answer key" not in page.replace("Answer key ·", "")  # only in the footer there
        assert "Questions · page" in page
    assert key[0].startswith("For the teacher")
    for page in key:
        assert "Answer key · page" in page
        assert "Circle the letter" not in page

    quiz = build_quiz(open_store(None), 10, 4821)
    asked = " ".join(questions)
    answers = " ".join(key)
    for number, question in enumerate(quiz.questions, start=1):
        assert f"{number}. {prompt(question)}" in asked
        assert f"{number}. {answer_line(question)}" in answers
        for source in question.sources:
            assert source.label in answers


def test_the_same_seed_gives_the_same_quiz(written: tuple[Path, str], tmp_path: Path) -> None:
    out, _stdout = written
    again = tmp_path / "again.pdf"
    other = tmp_path / "other.pdf"
    assert run("quiz", str(again), "--seed", "4821", "--paper", "a4").returncode == 0
    assert run("quiz", str(other), "--seed", "4822", "--paper", "a4").returncode == 0

    assert page_texts(again) == page_texts(out)
    assert page_texts(other) != page_texts(out)


def test_fewer_questions_on_letter_paper(tmp_path: Path) -> None:
    out = tmp_path / "three.pdf"
    result = run("quiz", str(out), "--questions", "3", "--seed", "7", "--paper", "letter")

    assert result.returncode == 0, result.stderr
    assert "3 questions on page 1, the answer key on page 2, US Letter" in result.stdout
    assert pdfinfo(out)["Page size"].startswith("612 x 792")
    assert len(page_texts(out)) == 2


def test_without_a_seed_the_message_names_the_one_drawn(tmp_path: Path) -> None:
    out = tmp_path / "new.pdf"
    result = run("quiz", str(out), "--questions", "2")
    assert result.returncode == 0, result.stderr
    seed = re.search(r"\(quiz (\d+):", result.stdout)
    assert seed is not None
    assert pdfinfo(out)["Title"] == f"BorderDesk quiz {seed.group(1)}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--questions", "0"], "a quiz needs at least one question, not 0"),
        (["--questions", "ten"], "not a whole number: 'ten'"),
        (["--seed", "-3"], "must be between 0 and 999999999, got -3"),
        (["--paper", "a3"], "invalid choice: 'a3'"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "q.pdf"
    result = run("quiz", str(out), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists()


def test_more_questions_than_the_dataset_allows_is_one_clear_line(tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    most = available(open_store(None))
    result = run("quiz", str(out), "--questions", str(most + 1))
    assert result.returncode == 1
    assert result.stderr == (
        f"borderdesk: this dataset allows {most} different questions: ask for {most} or fewer\n"
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "problem"),
    [("missing/q.pdf", "folder does not exist"), ("q.txt", "a quiz is a PDF file: name it q.pdf")],
)
def test_a_bad_target_is_named_and_nothing_is_written(
    tmp_path: Path, name: str, problem: str
) -> None:
    out = tmp_path / name
    result = run("quiz", str(out), "--seed", "1")
    assert result.returncode == 1
    assert result.stderr == f"borderdesk: cannot write {out}: {problem}\n"
    assert "Traceback" not in result.stderr
    assert not out.exists()
