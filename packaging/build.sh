#!/usr/bin/env bash
# Build BorderDesk for Linux: the PyInstaller one-folder bundle, then the release archive.
#
#   dist/borderdesk/                               the bundle (runs without Python)
#   dist/borderdesk-VERSION-linux-ARCH/            the release folder: bundle, install.sh,
#                                                  uninstall.sh, INSTALL, desktop files, icons
#   dist/borderdesk-VERSION-linux-ARCH.tar.gz      the same folder as an archive
#
# Sets up .venv first (scripts/bootstrap.sh) and installs PyInstaller into it if missing.
# The archive is reproducible: fixed file order, owners and times (SOURCE_DATE_EPOCH, or the
# last commit's time).
#
# Usage: packaging/build.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
pyinstaller_req="pyinstaller>=6.10,<7"

scripts/bootstrap.sh
python=$repo/.venv/bin/python
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    echo "Installing $pyinstaller_req into .venv"
    "$python" -m pip install --quiet "$pyinstaller_req"
fi

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/borderdesk/__init__.py)
name=borderdesk-$version-linux-$(uname -m)

start=$(date +%s.%N)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/borderdesk.spec
built=$(date +%s.%N)

rm -rf "dist/$name" "dist/$name.tar.gz"
packaging/stage.sh dist/borderdesk "dist/$name"
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    -C dist -cf - "$name" | gzip -n >"dist/$name.tar.gz"
done_at=$(date +%s.%N)

bundle_bytes=$(du -sb dist/borderdesk | cut -f1)
archive_bytes=$(stat -c %s "dist/$name.tar.gz")
echo
echo "BorderDesk $version"
awk -v b="$bundle_bytes" -v a="$archive_bytes" -v s="$start" -v m="$built" -v e="$done_at" \
    -v n="$name" 'BEGIN {
        printf "  bundle   dist/borderdesk/       %11d bytes  %6.1f MB  (budget 200 MB)\n", b, b / 1e6
        printf "  archive  dist/%s.tar.gz  %d bytes  %.1f MB  (budget 85 MB)\n", n, a, a / 1e6
        printf "  time     %.0f s PyInstaller, %.0f s in all\n", m - s, e - s
    }'
