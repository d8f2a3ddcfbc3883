#!/usr/bin/env bash
# Remove a BorderDesk installation made by install.sh: exactly the files and links listed in
# its manifest, then the folders it created, if they are empty. Anything else is left alone,
# and so is a listed folder that now holds something else.
#
# Usage: uninstall.sh [--prefix DIR] [--quiet]
#   Run as PREFIX/lib/borderdesk/uninstall.sh it removes that installation; run from a
#   release folder it removes the one in --prefix (default ~/.local).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

usage() {
    sed -n '2,/^set -/{/^set -/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

die() {
    echo "uninstall: $*" >&2
    exit 1
}

prefix=""
quiet=0
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
        --quiet)
            quiet=1
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            echo "uninstall: unknown argument: $1 (try --help)" >&2
            exit 2
            ;;
    esac
done

if [ -z "$prefix" ] && [ -f "$here/install-manifest.txt" ]; then
    manifest=$here/install-manifest.txt
else
    if [ -z "$prefix" ]; then
        [ -n "${HOME:-}" ] || die "HOME is not set: give --prefix"
        prefix=$HOME/.local
    fi
    case "$prefix" in
        /*) ;;
        *) prefix=$PWD/$prefix ;;
    esac
    while [ "${prefix%/}" != "$prefix" ]; do prefix=${prefix%/}; done
    manifest=$prefix/lib/borderdesk/install-manifest.txt
fi
[ -f "$manifest" ] || die "no BorderDesk installation here: $manifest not found"

mapfile -t lines <"$manifest"
[ "${lines[0]:-}" = "# BorderDesk install manifest 1" ] || die "$manifest is not an install manifest"
installed_prefix=""
for line in "${lines[@]}"; do
    case "$line" in "# prefix "*) installed_prefix=${line#"# prefix "} ;; esac
done
case "$installed_prefix" in
    /?*) ;;
    *) die "$manifest names no prefix" ;;
esac

# Check every entry before removing anything: only absolute, plain paths inside the prefix
# (or, for folders, the prefix itself and parents the installer had to create).
entries=()
for line in "${lines[@]}"; do
    case "$line" in "" | "#"*) continue ;; esac
    kind=${line%% *}
    path=${line#* }
    case "$kind" in dir | file | link) ;; *) die "bad manifest line: $line" ;; esac
    case "$path/" in *"/../"* | *"/./"* | *"//"*) die "bad path in manifest: $path" ;; esac
    case "$path" in
        "$installed_prefix"/*) ;;
        "$installed_prefix") [ "$kind" = dir ] || die "bad manifest line: $line" ;;
        *)
            if [ "$kind" != dir ] || [ "${installed_prefix#"$path"/}" = "$installed_prefix" ]; then
                die "path outside $installed_prefix in manifest: $path"
            fi
            ;;
    esac
    entries+=("$kind $path")
done

removed=0
skipped=()
for entry in ${entries[@]+"${entries[@]}"}; do
    kind=${entry%% *}
    path=${entry#* }
    case "$kind" in
        file)
            if [ -f "$path" ] && [ ! -L "$path" ]; then
                rm -f -- "$path"
                removed=$((removed + 1))
            elif [ -e "$path" ] || [ -L "$path" ]; then
                skipped+=("$path (no longer a plain file)")
            fi
            ;;
        link)
            if [ -L "$path" ]; then
                rm -f -- "$path"
                removed=$((removed + 1))
            elif [ -e "$path" ]; then
                skipped+=("$path (no longer a link)")
            fi
            ;;
    esac
done
rm -f -- "$manifest"

# Folders last, deepest first (the reverse of the order they were created in).
kept=()
for ((i = ${#entries[@]} - 1; i >= 0; i--)); do
    kind=${entries[$i]%% *}
    path=${entries[$i]#* }
    [ "$kind" = dir ] || continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        rmdir -- "$path" 2>/dev/null || kept+=("$path")
    fi
done

if [ "$quiet" = 0 ]; then
    echo "Removed BorderDesk from $installed_prefix ($removed files and links)."
fi
if [ ${#skipped[@]} -gt 0 ] || [ ${#kept[@]} -gt 0 ]; then
    echo "Left in place, as they hold or became something the installer did not put there:"
    printf '  %s\n' ${skipped[@]+"${skipped[@]}"} ${kept[@]+"${kept[@]}"}
fi
