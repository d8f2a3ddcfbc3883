"""Compare the start-up of the built bundle with the source install, in the same run.

For each of the two, in fresh processes and alternating so machine noise hits both alike:

  version  ``borderdesk --version``, launch to exit (the frozen interpreter's own start)
  export   ``borderdesk export-chart OUT.png --width 1920 --height 1080``, launch to exit
  tree     the window, offscreen: launch to the first paint of the navigation tree
  chart    the same window: launch to the first paint of the chart

The window times come from the launcher's probe (``BORDERDESK_PROBE=1``, see
packaging/launcher.py); the source install runs that same launcher with the project's .venv
Python. Prints medians in milliseconds and the ratio bundle / source.

Usage: .venv/bin/python packaging/startup.py [--bundle dist/borderdesk/borderdesk] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MEASURES = ("version", "export", "tree", "chart")


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    """Run ``command``; return the seconds from launch to exit and its stdout."""
    start = time.monotonic()
    result = subprocess.run(  # noqa: S603 (our own programs)
        command, env=env, cwd=cwd, capture_output=True, text=True, check=False, timeout=120
    )
    elapsed = time.monotonic() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return elapsed, result.stdout


def measure(program: list[str], env: dict[str, str], work: Path) -> dict[str, float]:
    """Return one sample of every measure for ``program``, in seconds."""
    version, _ = timed([*program, "--version"], env, work)
    out = work / "chart.png"
    export, _ = timed([*program, "export-chart", str(out), "--width", "1920"], env, work)
    probe_env = dict(env, BORDERDESK_PROBE="1")
    start = time.monotonic()
    _, stdout = timed(program, probe_env, work)
    line = next(x for x in stdout.splitlines() if x.startswith("probe: "))
    marks = dict(pair.split("=") for pair in line.removeprefix("probe: ").split())
    return {
        "version": version,
        "export": export,
        "tree": float(marks["tree"]) - start,
        "chart": float(marks["chart"]) - start,
    }


def main() -> None:
    """Measure both installs several times and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "borderdesk" / "borderdesk")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    programs = {
        "bundle": [str(args.bundle.resolve())],
        "source": [sys.executable, str(HERE / "launcher.py")],
    }
    samples: dict[str, dict[str, list[float]]] = {k: {m: [] for m in MEASURES} for k in programs}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(work / "config"),
            XDG_DATA_HOME=str(work / "data"),
        )
        for program in programs.values():  # warm the file cache once, not counted
            measure(program, env, work)
        for _ in range(args.runs):
            for name, program in programs.items():
                for key, value in measure(program, env, work).items():
                    samples[name][key].append(value)

    print(f"start-up, median of {args.runs} runs (ms from launch, offscreen)")
    print(f"  {'':<8}" + "".join(f"{m:>9}" for m in MEASURES))
    medians = {
        name: {key: statistics.median(values) * 1000 for key, values in measures.items()}
        for name, measures in samples.items()
    }
    for name, values in medians.items():
        print(f"  {name:<8}" + "".join(f"{values[m]:>9.0f}" for m in MEASURES))
    ratios = "".join(f"{medians['bundle'][m] / medians['source'][m]:>9.2f}" for m in MEASURES)
    print(f"  {'ratio':<8}{ratios}   (bundle / source)")


if __name__ == "__main__":
    main()
