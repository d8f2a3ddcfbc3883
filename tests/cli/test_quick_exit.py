"""An export run as a program ends as soon as its file is written: output, exit handlers kept."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Run as the console script runs it: main() with no arguments, from sys.argv. The exit
# handler stands for logging's and any other a normal exit runs.
PROGRAM = """
import atexit, sys
from pathlib import Path
marker = Path(sys.argv.pop())
atexit.register(lambda: marker.write_text("ran"))
from borderdesk.cli import main
sys.exit(main())
"""


def run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    marker = tmp_path / "exit-handler-ran"
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, *args, str(marker)],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "BORDERDESK_USER_DIR": str(tmp_path / "user"),
        },
        timeout=120,
        check=False,
    )
    return result, marker


def test_an_export_ends_with_its_file_its_line_and_the_exit_handlers(tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    result, marker = run(tmp_path, "export-chart", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}")
    assert out.read_text(encoding="utf-8").rstrip().endswith("</svg>")
    assert marker.read_text() == "ran"


def test_a_failed_export_exits_as_before(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "chart.png"
    result, marker = run(tmp_path, "export-chart", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("borderdesk: ")
    assert marker.read_text() == "ran"
    assert not out.exists()


def test_a_handout_ends_with_its_pages_written(tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    result, marker = run(tmp_path, "handout", str(out), "--item", "org:csto")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (1 page, A4)"
    assert out.read_bytes().rstrip().endswith(b"%%EOF")
    assert marker.read_text() == "ran"


def test_an_export_runs_with_the_collector_paused_and_gives_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import borderdesk.cli as cli

    monkeypatch.setenv("BORDERDESK_USER_DIR", str(tmp_path / "user"))
    real = cli._export_chart
    seen: list[bool] = []

    def export(args: object) -> int:
        seen.append(gc.isenabled())
        return real(args)

    monkeypatch.setattr(cli, "_export_chart", export)
    out = tmp_path / "chart.svg"
    assert cli.main(["export-chart", str(out)]) == 0
    assert out.read_text(encoding="utf-8").rstrip().endswith("</svg>")
    assert cli.main(["export-chart", str(tmp_path / "missing" / "chart.png")]) == 1

    assert seen == [False, False]  # no collection while the file is made
    assert gc.isenabled()  # a caller in the same process gets it back, failed or not


def test_numpy_runs_one_thread_unless_the_user_asked_for_more(tmp_path: Path) -> None:
    # OpenBLAS reads the setting when the export first imports numpy, and starts its
    # threads then: counted once the chart is written, in the same process.
    program = (
        "import os, sys\n"
        "from borderdesk.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('numpy:', 'numpy' in sys.modules, os.environ['OPENBLAS_NUM_THREADS'])\n"
        "print('threads:', len(os.listdir('/proc/self/task')))\n"
        "sys.exit(code)\n"
    )

    def threads(given: str | None) -> tuple[str, int]:
        env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
        env.update(QT_QPA_PLATFORM="offscreen", BORDERDESK_USER_DIR=str(tmp_path / "user"))
        if given is not None:
            env["OPENBLAS_NUM_THREADS"] = given
        out = tmp_path / "chart.png"
        result = subprocess.run(
            [sys.executable, "-c", program, "export-chart", str(out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        used = result.stdout.split("numpy: True ")[1].split()[0]
        return used, int(result.stdout.split("threads:")[1].split()[0])

    (ours, ours_count), (asked, asked_count) = threads(None), threads("4")
    assert (ours, asked) == ("1", "4")  # the user's own setting is kept
    # OpenBLAS's own threads, only when asked: one per core up to the four asked, less this one.
    assert asked_count - ours_count == min(4, len(os.sched_getaffinity(0))) - 1
