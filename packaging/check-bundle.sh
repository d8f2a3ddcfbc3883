#!/usr/bin/env bash
# Check the Linux release archive the way a user gets it. Builds it first (packaging/build.sh)
# unless --reuse is given, then, in a temporary folder outside the source tree:
#   - the archive lists what it must (bundle, data, font, icons, installers, desktop files)
#     and none of what the slimming left out (unused Qt modules, plugins, translations, TLS);
#   - the bundle fits the size budget (200 MB unpacked, 85 MB archived);
#   - unpacked, with a clean environment, no network and, where the kernel allows (root),
#     every Python installation and the source tree hidden, the bundle answers --version and
#     runs every command its parser lists (a command without a check here fails the script):
#     the window offscreen until the tree and then the chart have painted (and, without a
#     display, one line saying so), export-chart and export-map as PNG (pixel size checked),
#     SVG and PDF, handout --all and quiz (page counts checked), export-data, import-pack of
#     that pack, check of the bundled and the imported database, import-notes, export-notes;
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
    borderdesk/_internal/PySide6/QtPrintSupport.abi3.so
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
left_out='PySide6/Qt/translations/(?!(qtbase_(kk|ru)\.qm)?$)|PySide6/Qt/qml/|libQt6(Network|Qml|Quick|Pdf|Test)'
left_out+='|PySide6/Qt(Network|Qml|Quick|Test|DBus|Pdf)\.|tkinter|libqgtk3|libgtk-3'
left_out+='|/_ssl\.|libssl|plugins/(tls|networkinformation|printsupport|qmltooling|sqldrivers)/'
if grep -P "$left_out" "$work/list" >"$work/unwanted"; then
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
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}'; }
pdf_pages() { # print a PDF's page count (pdfinfo), or "?" without poppler
    if command -v pdfinfo >/dev/null; then
        pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'
    else
        echo "?"
    fi
}
is_pdf() { [ "$(head -c 5 "$1")" = "%PDF-" ] && tail -c 64 "$1" | grep -q "%%EOF"; }
is_svg() { head -c 200 "$1" | grep -q "<?xml" && tail -c 64 "$1" | grep -q "</svg>"; }

check_export() { # COMMAND: PNG (pixel size checked), SVG and PDF, each whole
    local command=$1 t0 file size
    for format in png svg pdf; do
        file=$work/$command.$format
        t0=$(date +%s.%N)
        if ! run_bundle "$work/out" "$work/err" "$bundle/borderdesk" "$command" "$file" \
            --width 1600 --height 900 || ! quiet_stderr "$work/err"; then
            fail "$command $format: $(cat "$work/out" "$work/err")"
            continue
        fi
        case $format in
            png) [ "$(png_size "$file")" = 1600x900 ] && size="a 1600x900 PNG" ;;
            svg) is_svg "$file" && size="an SVG" ;;
            pdf) is_pdf "$file" && [ "$(pdf_pages "$file")" != 0 ] && size="a PDF" ;;
        esac
        if [ -n "${size:-}" ]; then
            ok "$command $(basename "$file"): $size of $(stat -c %s "$file") bytes ($(seconds_since "$t0") s)"
        else
            fail "$command $format: not a whole $format file ($(stat -c %s "$file") bytes)"
        fi
        size=
    done
}

check_handout() { # every border and organisation, one page each
    local file=$work/handouts.pdf pages
    if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" handout "$file" --all --paper a4 \
        && quiet_stderr "$work/err" && is_pdf "$file"; then
        pages=$(sed -n 's/^wrote .* (\([0-9]*\) pages, A4)$/\1/p' "$work/out")
        if [ -n "$pages" ] && { [ "$(pdf_pages "$file")" = "$pages" ] || [ "$(pdf_pages "$file")" = "?" ]; }; then
            ok "handout --all: a PDF of $pages A4 pages, $(stat -c %s "$file") bytes"
        else
            fail "handout --all: $(cat "$work/out") but the PDF has $(pdf_pages "$file") pages"
        fi
    else
        fail "handout: $(cat "$work/out" "$work/err")"
    fi
}

check_quiz() { # a quiz and its answer key, the same quiz for the same seed
    local file=$work/quiz.pdf pages
    if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" quiz "$file" --questions 10 \
        --seed 4821 --paper a4 && quiet_stderr "$work/err" && is_pdf "$file"; then
        pages=$(sed -n 's/^wrote .*[– ]\([0-9]*\), A4)$/\1/p' "$work/out")
        if [ -n "$pages" ] && { [ "$(pdf_pages "$file")" = "$pages" ] || [ "$(pdf_pages "$file")" = "?" ]; }; then
            ok "quiz --questions 10 --seed 4821: a PDF of $pages A4 pages, $(stat -c %s "$file") bytes"
        else
            fail "quiz: $(cat "$work/out") but the PDF has $(pdf_pages "$file") pages"
        fi
    else
        fail "quiz: $(cat "$work/out" "$work/err")"
    fi
}

check_window() { # the window, offscreen, until its tree and chart have painted
    local t0
    t0=$(date +%s.%N)
    if run_bundle "$work/out" "$work/err" env BORDERDESK_PROBE=1 BORDERDESK_PROBE_TIMEOUT=60 \
        timeout 90 "$bundle/borderdesk" && grep -q "^probe: tree=.* chart=" "$work/out" \
        && quiet_stderr "$work/err"; then
        ok "gui: the window opened offscreen, painted its tree and chart, and closed ($(seconds_since "$t0") s)"
    else
        fail "gui: $(cat "$work/out" "$work/err")"
    fi
    if [ -s "$home/.local/share/BorderDesk/logs/borderdesk.log" ]; then
        fail "the window logged errors: $(cat "$home/.local/share/BorderDesk/logs/borderdesk.log")"
    fi
    # With no display at all, one line says so (instead of Qt's abort, exit 134).
    if ! run_bundle "$work/out" "$work/err" env -u QT_QPA_PLATFORM "$bundle/borderdesk" \
        && [ "$(wc -l <"$work/err")" = 1 ] && grep -q "needs a graphical display" "$work/err"; then
        ok "gui without a display: $(cut -c1-90 "$work/err")…"
    else
        fail "gui without a display: $(cat "$work/out" "$work/err")"
    fi
}

check_data_pack() { # export-data: the bundled dataset as a pack
    if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" export-data "$work/pack.json" \
        && quiet_stderr "$work/err" && grep -q '"format": "borderdesk-data-pack"' "$work/pack.json"; then
        ok "export-data: $(cut -c1-90 "$work/out")…"
    else
        fail "export-data: $(cat "$work/out" "$work/err")"
    fi
}

check_import_pack() { # import-pack: the exported pack back in, then checked as a database
    [ -f "$work/pack.json" ] || check_data_pack
    if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" import-pack "$work/pack.json" \
        --name checked && quiet_stderr "$work/err"; then
        imported=$(sed -n 's/^open it with: borderdesk --db //p' "$work/out")
        ok "import-pack: $(head -1 "$work/out" | sed "s|$work/||")"
    else
        fail "import-pack: $(cat "$work/out" "$work/err")"
    fi
}

check_check() { # check: the bundled database, and the imported pack's
    local db
    for db in "" "${imported:-}"; do
        if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" check ${db:+--db "$db"} \
            && [ "$(tail -1 "$work/out")" = "Verdict: OK: the database is sound" ] \
            && quiet_stderr "$work/err"; then
            ok "check${db:+ --db $(basename "$db")}: $(tail -1 "$work/out")"
        else
            fail "check ${db:+--db $db}: $(cat "$work/out" "$work/err")"
        fi
    done
}

notes_imported=0
check_notes() { # import-notes, then export-notes: a note goes in and comes back out
    local notes=$work/notes-in.json
    if [ "$1" = export-notes ] && [ "$notes_imported" = 0 ]; then
        check_notes import-notes
    fi
    printf '%s\n' '{"format": "borderdesk-notes", "format_version": 1,' \
        ' "notes": [{"item": "border:kz-ru", "text": "checked by check-bundle"}]}' >"$notes"
    case $1 in
        import-notes) # the first time the note is added; again, nothing is to import
            local expected="^added 1 note"
            [ "$notes_imported" = 0 ] || expected="^nothing to import$"
            if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" import-notes "$notes" \
                && quiet_stderr "$work/err" && grep -q "$expected" "$work/out"; then
                ok "import-notes: $(tail -1 "$work/out")"
                notes_imported=1
            else
                fail "import-notes: $(cat "$work/out" "$work/err")"
            fi
            ;;
        export-notes)
            if run_bundle "$work/out" "$work/err" "$bundle/borderdesk" export-notes "$work/notes.json" \
                && quiet_stderr "$work/err" && grep -q "checked by check-bundle" "$work/notes.json"; then
                ok "export-notes: $(sed "s|$work/||" "$work/out")"
            else
                fail "export-notes: $(cat "$work/out" "$work/err") $(cat "$work/notes.json" 2>/dev/null)"
            fi
            ;;
    esac
}

step "every command of the bundle ($isolation)"
# The list comes from the bundle's own parser (an unknown command is refused with the list of
# those there are), so a command added later has no check here and fails this script.
run_bundle "$work/out" "$work/err" "$bundle/borderdesk" no-such-command || true
commands=$(tr -d '\n' <"$work/err" | sed -n 's/.*(choose from \([^)]*\)).*/\1/p' | tr -d "',")
if [ -z "$commands" ]; then
    fail "the bundle did not list its commands: $(cat "$work/err")"
fi
echo "commands: $commands"
for command in $commands; do
    case $command in
        gui) check_window ;;
        export-chart | export-map) check_export "$command" ;;
        handout) check_handout ;;
        quiz) check_quiz ;;
        export-data) check_data_pack ;;
        import-pack) check_import_pack ;;
        check) check_check ;;
        import-notes | export-notes) check_notes "$command" ;;
        *) fail "no check for the command '$command': add one to packaging/check-bundle.sh" ;;
    esac
done

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
        # shellcheck source=scripts/apt-wait.sh
        . "$repo/scripts/apt-wait.sh"
        apt_get install -y -qq --no-install-recommends desktop-file-utils appstream \
            >/dev/null || true
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
