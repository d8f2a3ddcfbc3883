#!/usr/bin/env bash
# Prepare .venv with BorderDesk and its dependencies; install missing Debian libraries Qt needs.
# Idempotent: a second run only checks. Used by ./run-borderdesk and ./run-tests.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$repo/.venv"
extra="${1:-}"   # "dev" installs the test and lint tools too
# shellcheck source=scripts/apt-wait.sh
. "$repo/scripts/apt-wait.sh"

pip_install() { # pip install ARGS...: one line per package fetched, the whole log on failure
    local log="$venv/.install.log"
    if ! "$venv/bin/python" -m pip install --progress-bar off --disable-pip-version-check "$@" \
        2>&1 | tee "$log" | sed -un \
            -e 's/^Collecting \([^ ;<>=!~]*\).*/    fetching \1/p' \
            -e 's/^Installing collected packages: .*/    installing them (this takes a while).../p'; then
        echo "Installing failed; the last lines of $log:" >&2
        tail -n 25 "$log" >&2
        exit 1
    fi
}

python=${PYTHON:-python3}
stamp="$venv/.installed-$extra"
if [ ! -f "$stamp" ] || [ "$repo/pyproject.toml" -nt "$stamp" ]; then
    # The first run takes a minute or two: say what is happening while it does.
    echo "Setting up BorderDesk${extra:+ with the $extra tools} in $venv (first run only)"
    if [ ! -x "$venv/bin/python" ]; then
        echo "  [1/3] creating a Python environment"
        "$python" -m venv "$venv"
    fi
    echo "  [2/3] installing BorderDesk and the libraries it uses (PySide6, pyqtgraph, SQLAlchemy)"
    pip_install --upgrade pip
    if [ -n "$extra" ]; then
        pip_install -e "$repo[$extra]"
    else
        pip_install -e "$repo"
    fi
    echo "  [3/3] checking the system libraries Qt needs"
    touch "$stamp"
fi
# Compiled now, so that no start compiles BorderDesk again: some systems set
# PYTHONDONTWRITEBYTECODE, and then Python never keeps what it compiles (pip does this for
# the installed dependencies, but the editable install's own modules live in src/).
"$venv/bin/python" -m compileall -q "$repo/src/borderdesk" >/dev/null

# Qt's own wheels carry Qt, not the system libraries it links to (GL, fontconfig, xcb ...).
probe='import sys
from PySide6.QtWidgets import QApplication
from PySide6.QtOpenGL import QOpenGLBuffer
from PySide6.QtPrintSupport import QPrinter
app = QApplication(["probe", "-platform", "offscreen"])
sys.exit(0)'
qxcb=$("$venv/bin/python" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')
if ! QT_QPA_PLATFORM=offscreen "$venv/bin/python" -c "$probe" >/dev/null 2>&1 \
    || ldd "$qxcb" | grep -q "not found"; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Installing the system libraries Qt needs (apt-get)"
        apt_get update -qq
        apt_get install -y -qq --no-install-recommends \
            libgl1 libegl1 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 \
            libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
            libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
            libxcb-xinerama0 >/dev/null
        apt_get install -y -qq --no-install-recommends libglib2.0-0t64 >/dev/null 2>&1 \
            || apt_get install -y -qq --no-install-recommends libglib2.0-0 >/dev/null
    else
        echo "Qt cannot start: install its system libraries (see README, 'Troubleshooting')." >&2
        exit 1
    fi
fi

# The tests read exported PDFs back (poppler), render exported SVGs with another renderer
# (librsvg) and validate the desktop entry and metainfo.
if [ "$extra" = "dev" ]; then
    missing=""
    for tool in pdfinfo:poppler-utils pdftotext:poppler-utils pdftoppm:poppler-utils \
        pdffonts:poppler-utils rsvg-convert:librsvg2-bin \
        desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
        command -v "${tool%%:*}" >/dev/null 2>&1 || missing="$missing ${tool#*:}"
    done
    if [ -n "$missing" ]; then
        packages=$(echo "$missing" | tr ' ' '\n' | sort -u | tr '\n' ' ')
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
            echo "Installing the tools the tests use (apt-get):$packages"
            apt_get update -qq
            # shellcheck disable=SC2086  # one word per package
            apt_get install -y -qq --no-install-recommends $packages >/dev/null
        else
            echo "The tests need these Debian packages:$packages" >&2
            exit 1
        fi
    fi
fi
