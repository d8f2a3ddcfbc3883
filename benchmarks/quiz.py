"""Time a quiz from the bundled dataset: reading what it is made from, then drawing and printing.

Prints the median of several runs of each step, in milliseconds: reading the questions' data
from the store (``QuizData.read``; the border map is most of it), drawing every candidate
question, drawing a quiz of ten, and laying out and writing its PDF. The first figure is what
the first View → Quiz of a session waits for; later quizzes reuse the data.

    python benchmarks/quiz.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(step: Callable[[], object], runs: int) -> float:
    """Return the median time of a step over runs, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    from borderdesk.core.paper import PaperSize
    from borderdesk.core.quiz import QuizData, available, build_quiz
    from borderdesk.data.store import open_store
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.render.quiz_pages import QuizSheet
    from borderdesk.gui.render.quiz_print import render_quiz

    ensure_application(headless=True)
    service = open_store(None)
    data = QuizData.read(service)
    sheet = QuizSheet(build_quiz(data, 10, 1), "bench", date.today())
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "quiz.pdf"
        rows = [
            ("read the data (QuizData.read)", median_ms(lambda: QuizData.read(service), runs)),
            ("every candidate question", median_ms(lambda: available(data), runs)),
            ("a quiz of ten", median_ms(lambda: build_quiz(data, 10, 1), runs)),
            (
                "its PDF, questions and key",
                median_ms(lambda: render_quiz(sheet, target, PaperSize.A4), runs),
            ),
        ]
    print(f"quiz timings, median of {runs} runs ({available(data)} questions available)")
    for name, ms in rows:
        print(f"  {name:32} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
