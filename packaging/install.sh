#!/usr/bin/env bash
# Install BorderDesk from this release folder, for one user (default ~/.local) or into a
# prefix: the program in PREFIX/lib/borderdesk, the command PREFIX/bin/borderdesk, the menu
# entry, the icons and the AppStream metadata under PREFIX/share. Every file, link and folder
# it creates is listed in PREFIX/lib/borderdesk/install-manifest.txt; uninstall.sh removes
# exactly those. Installing again over an earlier installation replaces it.
#
# Usage: ./install.sh [--prefix DIR]
set -Eeuo pipefail

app_id=io.github.borderdesk.BorderDesk
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

usage() {
    sed -n '2,/^set -/{/^set -/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

die() {
    echo "install: $*" >&2
    exit 1
}

prefix=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix)
            [ $# -ge 2 ] || die "--prefix needs a folder"
            prefix=$2
            shift 2
            ;;
        --prefix=*)
            prefix=${1#--prefix=}
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            echo "install: unknown argument: $1 (try --help)" >&2
            exit 2
            ;;
    esac
done
if [ -z "$prefix" ]; then
    [ -n "${HOME:-}" ] || die "HOME is not set: give --prefix"
    prefix=$HOME/.local
fi
case "$prefix" in
    /*) ;;
    *) prefix=$PWD/$prefix ;;
esac
while [ "${prefix%/}" != "$prefix" ]; do prefix=${prefix%/}; done
[ -n "$prefix" ] || die "refusing to install into / itself: use --prefix /usr/local"
case "$prefix" in
    *[[:cntrl:]]*) die "the prefix contains a control character" ;;
esac

if [ ! -x "$here/borderdesk/borderdesk" ] || [ ! -f "$here/VERSION" ]; then
    die "run install.sh from the unpacked release folder (borderdesk/ and VERSION beside it)"
fi
version=$(cat "$here/VERSION")

lib=$prefix/lib/borderdesk
manifest=$lib/install-manifest.txt
bin_link=$prefix/bin/borderdesk
share=$prefix/share
desktop_file=$share/applications/$app_id.desktop

# Files placed outside lib/borderdesk, source and destination side by side.
sources=("$here/share/applications/$app_id.desktop" "$here/share/metainfo/$app_id.metainfo.xml")
targets=("$desktop_file" "$share/metainfo/$app_id.metainfo.xml")
while IFS= read -r -d '' icon; do
    sources+=("$icon")
    targets+=("$share/icons/${icon#"$here/share/icons/"}")
done < <(find "$here/share/icons" -type f -print0 | sort -z)

in_manifest() { # KIND PATH: was PATH installed by an earlier run (listed in its manifest)?
    [ -f "$manifest" ] && grep -qxF -- "$1 $2" "$manifest"
}

# Check everything before changing anything: an earlier installation of ours is replaced,
# anything else in the way stops the installer.
if [ ! -f "$manifest" ] && { [ -e "$lib" ] || [ -L "$lib" ]; }; then
    die "$lib exists but was not made by this installer: move it away or choose another --prefix"
fi
conflicts=()
if { [ -e "$bin_link" ] || [ -L "$bin_link" ]; } && ! in_manifest link "$bin_link"; then
    conflicts+=("$bin_link")
fi
for target in "${targets[@]}"; do
    if { [ -e "$target" ] || [ -L "$target" ]; } && ! in_manifest file "$target"; then
        conflicts+=("$target")
    fi
done
if [ ${#conflicts[@]} -gt 0 ]; then
    echo "install: these are in the way and were not installed by BorderDesk's installer:" >&2
    printf '  %s\n' "${conflicts[@]}" >&2
    echo "Move them away, or choose another --prefix." >&2
    exit 1
fi
if [ -f "$manifest" ]; then
    echo "Replacing the BorderDesk installed in $prefix"
    "$here/uninstall.sh" --prefix "$prefix" --quiet
fi

entries=() # what this run creates, in creation order: "dir PATH", "file PATH", "link PATH"
record() {
    entries+=("$1 $2")
    if [ -f "$manifest" ]; then printf '%s %s\n' "$1" "$2" >>"$manifest"; fi
}
make_dirs() { # create DIR and its missing parents, recording each folder created
    local dir=$1 missing=()
    while [ ! -d "$dir" ]; do
        if [ -e "$dir" ] || [ -L "$dir" ]; then die "$dir is in the way (not a folder)"; fi
        missing=("$dir" ${missing[@]+"${missing[@]}"})
        dir=$(dirname "$dir")
    done
    for dir in ${missing[@]+"${missing[@]}"}; do
        mkdir "$dir"
        record dir "$dir"
    done
}
on_error() {
    echo "install: stopped part-way; to remove what was installed: $here/uninstall.sh --prefix '$prefix'" >&2
}
trap on_error ERR

# The program folder, then the manifest, which from then on grows with each step.
make_dirs "$lib"
cp -R -P -p "$here/borderdesk/." "$lib/"
listing=$(mktemp)
{
    echo "# BorderDesk install manifest 1"
    echo "# version $version"
    echo "# prefix $prefix"
    if [ ${#entries[@]} -gt 0 ]; then printf '%s\n' "${entries[@]}"; fi
    find "$lib" -mindepth 1 \( -type d -printf 'dir %p\n' -o -type l -printf 'link %p\n' \
        -o -printf 'file %p\n' \)
} >"$listing"
mv "$listing" "$manifest"
chmod 644 "$manifest"
for extra in uninstall.sh LICENSE DATA-SOURCES.md INSTALL; do
    cp -p "$here/$extra" "$lib/$extra"
    record file "$lib/$extra"
done

make_dirs "$prefix/bin"
ln -s ../lib/borderdesk/borderdesk "$bin_link"
record link "$bin_link"

# The menu entry starts the installed program by its full path, so it works whether or not
# PREFIX/bin is on the desktop session's PATH. Quoting follows the Desktop Entry spec.
exec_arg() {
    local s=$1
    if [[ ! $s =~ ^[A-Za-z0-9/._+,:@=-]+$ ]]; then
        s=${s//\\/\\\\}
        s=${s//\"/\\\"}
        s=${s//\`/\\\`}
        s=${s//\$/\\\$}
        s=\"$s\"
    fi
    s=${s//\\/\\\\} # the string escape of the file format, applied after the quoting
    printf '%s' "${s//%/%%}"
}
for i in "${!sources[@]}"; do
    make_dirs "$(dirname "${targets[$i]}")"
    if [ "${targets[$i]}" = "$desktop_file" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            case "$line" in
                Exec=*) printf 'Exec=%s\n' "$(exec_arg "$lib/borderdesk")" ;;
                TryExec=*) printf 'TryExec=%s\n' "${lib//\\/\\\\}/borderdesk" ;;
                *) printf '%s\n' "$line" ;;
            esac
        done <"${sources[$i]}" >"${targets[$i]}"
        chmod 644 "${targets[$i]}"
    else
        cp "${sources[$i]}" "${targets[$i]}"
        chmod 644 "${targets[$i]}"
    fi
    record file "${targets[$i]}"
done
trap - ERR

echo "Installed BorderDesk $version in $prefix"
echo "  program:    $lib"
echo "  command:    $bin_link"
echo "  menu entry: $desktop_file"
echo "  uninstall:  $lib/uninstall.sh"
case ":${PATH:-}:" in
    *":$prefix/bin:"*) ;;
    *) echo "Note: $prefix/bin is not on your PATH; the menu entry works regardless." ;;
esac
data_dirs=":${XDG_DATA_HOME:-${HOME:-}/.local/share}:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}:"
case "$data_dirs" in
    *":$share:"* | *":$share/:"*) ;;
    *) echo "Note: $share is not among the desktop's data folders (XDG_DATA_DIRS), so the" \
        "menu will not list BorderDesk until it is." ;;
esac
