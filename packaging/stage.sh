#!/usr/bin/env bash
# Lay out a release folder from a built bundle: the bundle, the desktop files and icons, the
# installer and uninstaller, and the INSTALL note. packaging/build.sh archives the result.
#
# Usage: packaging/stage.sh BUNDLE_DIR OUT_DIR
#   BUNDLE_DIR  the one-folder bundle (dist/borderdesk, with the borderdesk executable in it)
#   OUT_DIR     the release folder to create; it must not exist yet
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BUNDLE_DIR OUT_DIR" >&2
    exit 2
fi
bundle=$1
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
app_id=io.github.borderdesk.BorderDesk
icon_sizes="16 24 32 48 64 128 256 512"

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$repo/src/borderdesk/__init__.py")
if [ -z "$version" ]; then
    echo "stage: cannot read __version__ from src/borderdesk/__init__.py" >&2
    exit 1
fi
if ! grep -q "<release version=\"$version\"" "$here/linux/$app_id.metainfo.xml"; then
    echo "stage: the metainfo has no <release> for version $version: add it first" >&2
    exit 1
fi
if [ ! -x "$bundle/borderdesk" ]; then
    echo "stage: $bundle/borderdesk is not an executable bundle" >&2
    exit 1
fi
if [ -e "$out" ]; then
    echo "stage: $out already exists" >&2
    exit 1
fi

mkdir -p "$out"
cp -R -P -p "$bundle" "$out/borderdesk"
install -m 755 "$here/install.sh" "$out/install.sh"
install -m 755 "$here/uninstall.sh" "$out/uninstall.sh"
sed -e "s/@VERSION@/$version/g" -e "s/@ARCH@/$(uname -m)/g" "$here/INSTALL.txt" >"$out/INSTALL"
printf '%s\n' "$version" >"$out/VERSION"
install -m 644 "$repo/LICENSE" "$out/LICENSE"
install -m 644 "$repo/DATA-SOURCES.md" "$out/DATA-SOURCES.md"

share="$out/share"
install -D -m 644 "$here/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
install -D -m 644 "$here/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
icons="$repo/src/borderdesk/assets/icons"
for size in $icon_sizes; do
    install -D -m 644 "$icons/borderdesk-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -D -m 644 "$icons/borderdesk.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
echo "staged BorderDesk $version in $out"
