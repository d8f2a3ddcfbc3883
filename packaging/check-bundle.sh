#!/usr/bin/env bash
# Check the Linux release archive the way a user gets it. Builds it first (packaging/build.sh)
# unless --reuse is given, then, in a temporary folder outside the source tree:
#   - the archive lists what it must (bundle, data, font, icons, installers, desktop files)
#     and none of what the slimming left out (unused Qt modules, plugins, translations, TLS);
#   - the bundle fits the size budget (200 MB unpacked, 85 MB archived);
#   - unpacked, with a clean environment, no network and, where the kernel allows (root),
#     every Python installation and the source tree hidden, the bundle answers --version,
#     exports the chart as PNG (1920x1080, checked), SVG and PDF, and opens its window
#     offscreen until the tree and then the chart have painted;
#   - install.sh into a temporary prefix, the installed menu entry's command runs, the
#     validators accept the installed desktop entry and metainfo, and uninstall.sh leaves the
#     prefix empty.
#
# Usage: packaging/check-bundle.sh [--reuse]
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_id=io.github.borderdesk.BorderDesk
max_bundle=200000000
max_archive=85000000
began=$(date +%s.%N)

if [ "${1:-}" = "--reuse" ]; then
    reuse=1
elif [ $# -eq 0 ]; then
    reuse=0
else
    echo "usage: $0 [--reuse]" >&2
    exit 2
fi

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$repo/src/borderdesk/__init__.py")
name=borderdesk-$version-linux-$(uname -m)
archive=$repo/dist/$name.tar.gz
if [ "$reuse" = 0 ] || [ ! -f "$archive" ]; then
    "$repo/packaging/build.sh"
fi

failures=0
ok() { printf 'ok    %s\n' "$*"; }
fail() {
    printf 'FAIL  %s\n' "$*"
    failures=$((failures + 1))
}
step() { printf '\n== %s\n' "$*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/borderdesk-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
case "$work/" in "$repo/"*) echo "the temporary folder is inside the source tree" >&2 && exit 1 ;; esac

step "archive contents"
tar -tzf "$archive" >"$work/list"
required=(
    INSTALL VERSION LICENSE DATA-SOURCES.md install.sh uninstall.sh
    borderdesk/borderdesk
    borderdesk/_internal/borderdesk/assets/borderdesk.sqlite
    borderdesk/_internal/borderdesk/assets/borderdesk.sqlite.sha256
    borderdesk/_internal/borderdesk/assets/fonts/NotoSans.ttf
    borderdesk/_internal/borderdesk/assets/icons/borderdesk.svg
    borderdesk/_internal/PySide6/QtOpenGL.abi3.so
    borderdesk/_internal/PySide6/QtOpenGLWidgets.abi3.so
    borderdesk/_internal/PySide6/QtSvg.abi3.so
    borderdesk/_internal/PySide6/Qt/plugins/platforms/libqxcb.so
    borderdesk/_internal/PySide6/Qt/plugins/platforms/libqwayland.so
    borderdesk/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
)
for size in 16 24 32 48 64 128 256 512; do
    required+=("borderdesk/_internal/borderdesk/assets/icons/borderdesk-$size.png")
    required+=("share/icons/hicolor/${size}x$size/apps/$app_id.png")
done
missing=0
for entry in "${required[@]}"; do
    if ! grep -qxF -- "$name/$entry" "$work/list"; then
        fail "missing from the archive: $entry"
        missing=1
    fi
done
[ "$missing" = 1 ] || ok "all ${#required[@]} required entries present ($(wc -l <"$work/list") in all)"
for dist in pyside6_essentials shiboken6 pyqtgraph sqlalchemy numpy; do
    if ! grep -qiE "^$name/borderdesk/_internal/$dist-[^/]*\.dist-info/METADATA$" "$work/list"; then
        fail "missing from the archive: $dist's metadata (its licence terms)"
        missing=1
    fi
done
[ "$missing" = 1 ] || ok "the bundled libraries' metadata and licence terms are present"
left_out='PySide6/Qt/translations/|PySide6/Qt/qml/|libQt6(Network|Qml|Quick|Pdf|Test|PrintSupport)'
left_out+='|PySide6/Qt(Network|Qml|Quick|Test|DBus|PrintSupport|Pdf)\.|tkinter|libqgtk3|libgtk-3'
left_out+='|/_ssl\.|libssl|plugins/(tls|networkinformation|printsupport|qmltooling|sqldrivers)/'
if grep -E "$left_out" "$work/list" >"$work/unwanted"; then
    fail "the archive holds what the slimming should leave out:"
    sed 's/^/        /' "$work/unwanted"
else
    ok "no unused Qt modules, plugins, translations, GTK or TLS libraries"
fi

step "unpack outside the source tree and measure"
tar -xzf "$archive" -C "$work"
release=$work/$name
bundle=$release/borderdesk
bundle_bytes=$(du -sb "$bundle" | cut -f1)
archive_bytes=$(stat -c %s "$archive")
files=$(find "$bundle" -type f | wc -l)
if [ "$bundle_bytes" -le "$max_bundle" ]; then
    ok "bundle unpacked: $bundle_bytes bytes ($((bundle_bytes / 1000000)) MB, $files files)"
else
    fail "bundle unpacked: $bundle_bytes bytes, over the $max_bundle budget"
fi
if [ "$archive_bytes" -le "$max_archive" ]; then
    ok "archive: $archive_bytes bytes ($((archive_bytes / 1000000)) MB)"
else
    fail "archive: $archive_bytes bytes, over the $max_archive budget"
fi
dangling=$(find "$release" -xtype l)
if [ -z "$dangling" ]; then ok "no dangling symbolic links"; else fail "dangling links: $dangling"; fi

# Every Python on this machine (the build's, the system's) and the source tree are hidden
# from the bundle where the kernel lets us (root: a private mount and network namespace).
hide=$(printf '%s\n' "$repo" /usr/lib/python3* /usr/local/lib/python3*)
if [ -x "$repo/.venv/bin/python" ]; then
    hide+=$'\n'$("$repo/.venv/bin/python" -c 'import sys; print(sys.base_prefix)')
fi
export BORDERDESK_CHECK_HIDE=$hide
if unshare --mount --net true 2>/dev/null; then
    isolation="no network; Python and the source tree hidden"
    # shellcheck disable=SC2016 # the script is for the inner bash, which expands it
    isolate=(unshare --mount --net -- bash -c '
        while IFS= read -r dir; do
            case "$dir" in /usr|/usr/local|/|"") continue ;; esac
            if [ -d "$dir" ]; then mount -t tmpfs -o ro,size=4k none "$dir"; fi
        done <<<"$BORDERDESK_CHECK_HIDE"
        exec "$@"' isolated)
else
    isolation="not isolated (unshare needs root): network and Python left visible"
    isolate=()
fi
home=$work/home
mkdir -p "$home" "$work/run" && chmod 700 "$work/run"
clean_env=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "XDG_RUNTIME_DIR=$work/run"
    "XDG_CONFIG_HOME=$home/.config" "XDG_DATA_HOME=$home/.local/share" "QT_QPA_PLATFORM=offscreen")
run_bundle() { # OUT ERR ARGS...: run the bundle (or another program) isolated, from $work
    local out=$1 err=$2
    shift 2
    (cd "$work" && ${isolate[@]+"${isolate[@]}"} "${clean_env[@]}" "$@" >"$out" 2>"$err")
}
quiet_stderr() { # ERR: true if the file has no traceback or error line (Qt's offscreen note aside)
    ! grep -v "propagateSizeHints" "$1" | grep -qiE "traceback|error|warning|cannot|failed"
}

step "run the bundle ($isolation)"
t0=$(date +%s.%N)
if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" --version \
    && [ "$(cat "$work/out")" = "BorderDesk $version" ] && quiet_stderr "$work/err"; then
    ok "--version: $(cat "$work/out") ($(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}') s)"
else
    fail "--version: $(cat "$work/out" "$work/err")"
fi

png_size() { # print a PNG file's WIDTHxHEIGHT from its header
    [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || return 1
    od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}
t0=$(date +%s.%N)
if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" export-chart out.png \
    --width 1920 --height 1080 && [ "$(png_size "$work/out.png")" = 1920x1080 ] \
    && quiet_stderr "$work/err"; then
    ok "export-chart out.png --width 1920 --height 1080: a 1920x1080 PNG of $(stat -c %s "$work/out.png") bytes ($(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}') s)"
else
    fail "export-chart PNG: $(cat "$work/out" "$work/err")"
fi
if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" export-chart out.svg --source CIA2015 \
    && grep -q "<svg" "$work/out.svg" && quiet_stderr "$work/err"; then
    ok "export-chart out.svg --source CIA2015: $(stat -c %s "$work/out.svg") bytes of SVG"
else
    fail "export-chart SVG: $(cat "$work/out" "$work/err")"
fi
if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" export-chart out.pdf \
    && [ "$(head -c 5 "$work/out.pdf")" = "%PDF-" ] && quiet_stderr "$work/err"; then
    ok "export-chart out.pdf: $(stat -c %s "$work/out.pdf") bytes of PDF"
else
    fail "export-chart PDF: $(cat "$work/out" "$work/err")"
fi

t0=$(date +%s.%N)
if run_bundle "$work/out" "$work/err" env BORDERDESK_PROBE=1 BORDERDESK_PROBE_TIMEOUT=60 \
    timeout 90 "$bundle/borderdesk" && grep -q "^probe: tree=.* chart=" "$work/out" \
    && quiet_stderr "$work/err"; then
    ok "window opened offscreen, painted its tree and chart, and closed ($(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}') s)"
else
    fail "window: $(cat "$work/out" "$work/err")"
fi
if [ -f "$home/.local/share/BorderDesk/logs/borderdesk.log" ] \
    && [ -s "$home/.local/share/BorderDesk/logs/borderdesk.log" ]; then
    fail "the window logged errors: $(cat "$home/.local/share/BorderDesk/logs/borderdesk.log")"
fi

step "install, start from the menu entry, validate, uninstall"
prefix=$work/prefix
mkdir -p "$prefix"
if "$release/install.sh" --prefix "$prefix" >"$work/out" 2>"$work/err"; then
    ok "install.sh --prefix PREFIX: $(head -1 "$work/out")"
else
    fail "install.sh: $(cat "$work/out" "$work/err")"
fi
desktop=$prefix/share/applications/$app_id.desktop
exec_path=$(sed -n 's/^Exec=//p' "$desktop" | sed 's/^"\(.*\)"$/\1/')
if [ "$(readlink -f "$exec_path")" = "$(readlink -f "$prefix/lib/borderdesk/borderdesk")" ] \
    && run_bundle "$work/out" "$work/err" "$exec_path" --version \
    && [ "$(cat "$work/out")" = "BorderDesk $version" ]; then
    ok "the menu entry's command runs: $exec_path --version"
else
    fail "menu entry command ($exec_path): $(cat "$work/out" "$work/err" 2>/dev/null)"
fi
if [ "$(readlink -f "$prefix/bin/borderdesk")" = "$(readlink -f "$exec_path")" ]; then
    ok "PREFIX/bin/borderdesk links to the installed program"
else
    fail "PREFIX/bin/borderdesk does not link to the installed program"
fi
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        echo "Installing the validators (apt-get install desktop-file-utils appstream)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            desktop-file-utils appstream >/dev/null 2>&1 || true
    fi
fi
if command -v desktop-file-validate >/dev/null; then
    if desktop-file-validate "$desktop" >"$work/out" 2>&1 && [ ! -s "$work/out" ]; then
        ok "desktop-file-validate $(basename "$desktop"): no messages"
    else
        fail "desktop-file-validate: $(cat "$work/out")"
    fi
else
    echo "skip  desktop-file-validate is not installed"
fi
if command -v appstreamcli >/dev/null; then
    metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
    if appstreamcli validate --no-net "$metainfo" >"$work/out" 2>&1; then
        ok "appstreamcli validate --no-net $(basename "$metainfo"): $(grep -v '^$' "$work/out" | tail -1)"
    else
        fail "appstreamcli validate: $(cat "$work/out")"
    fi
else
    echo "skip  appstreamcli is not installed"
fi
if "$prefix/lib/borderdesk/uninstall.sh" >"$work/out" 2>&1 && [ -z "$(ls -A "$prefix")" ]; then
    ok "uninstall.sh: $(head -1 "$work/out") The prefix is empty again."
else
    fail "uninstall.sh: $(cat "$work/out"); left: $(find "$prefix" | head)"
fi

step "done"
awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN{printf "check took %.0f s\n", b-a}'
if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
