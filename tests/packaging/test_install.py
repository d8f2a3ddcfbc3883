"""install.sh and uninstall.sh on a release folder staged around a fake bundle."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest

from tests.packaging.conftest import APP_ID, FAKE_VERSION_LINE, run, snapshot

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def install(release: Path, prefix: Path) -> str:
    """Install into ``prefix``, failing the test on a non-zero exit; return the output."""
    result = run(release / "install.sh", "--prefix", prefix)
    assert result.returncode == 0, result.stderr
    return result.stdout


def manifest_entries(prefix: Path) -> list[tuple[str, Path]]:
    """Return the manifest's (kind, path) entries."""
    text = (prefix / "lib" / "borderdesk" / "install-manifest.txt").read_text()
    entries = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, _, path = line.partition(" ")
            entries.append((kind, Path(path)))
    return entries


def desktop_value(desktop_file: Path, key: str) -> str:
    """Return one key's value from a desktop entry."""
    for line in desktop_file.read_text().splitlines():
        if line.startswith(f"{key}="):
            return line.split("=", 1)[1]
    raise AssertionError(f"{key} missing from {desktop_file}")


def test_release_folder_holds_bundle_installers_and_desktop_files(release: Path) -> None:
    names = {str(p.relative_to(release)) for p in release.rglob("*")}
    for icon_size in ICON_SIZES:
        assert f"share/icons/hicolor/{icon_size}x{icon_size}/apps/{APP_ID}.png" in names
    assert f"share/icons/hicolor/scalable/apps/{APP_ID}.svg" in names
    assert f"share/applications/{APP_ID}.desktop" in names
    assert f"share/metainfo/{APP_ID}.metainfo.xml" in names
    assert {"INSTALL", "VERSION", "LICENSE", "DATA-SOURCES.md"} <= names
    assert os.access(release / "install.sh", os.X_OK)
    assert os.access(release / "uninstall.sh", os.X_OK)
    assert (release / "borderdesk" / "_internal" / "libfake.so").is_symlink()
    version = (release / "VERSION").read_text().strip()
    assert f"BorderDesk {version} for Linux" in (release / "INSTALL").read_text()


def test_install_puts_program_command_menu_entry_icons_in_prefix(
    release: Path, prefix: Path
) -> None:
    out = install(release, prefix)

    assert f"Installed BorderDesk {(release / 'VERSION').read_text().strip()}" in out
    lib = prefix / "lib" / "borderdesk"
    command = prefix / "bin" / "borderdesk"
    assert command.is_symlink()
    assert command.resolve() == (lib / "borderdesk").resolve()
    assert run(command, "--version").stdout.strip() == f"{FAKE_VERSION_LINE} --version"
    assert (lib / "_internal" / "libfake.so").is_symlink()
    for icon_size in ICON_SIZES:
        icon = prefix / f"share/icons/hicolor/{icon_size}x{icon_size}/apps/{APP_ID}.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (prefix / f"share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert (prefix / f"share/metainfo/{APP_ID}.metainfo.xml").is_file()
    assert (lib / "LICENSE").is_file()
    assert os.access(lib / "uninstall.sh", os.X_OK)


def test_menu_entry_starts_the_installed_program_from_a_path_with_a_space(
    release: Path, prefix: Path
) -> None:
    install(release, prefix)
    desktop_file = prefix / "share" / "applications" / f"{APP_ID}.desktop"

    exec_line = desktop_value(desktop_file, "Exec")
    # the prefix has a space, so the spec's double quotes are needed and shell-compatible here
    assert exec_line.startswith('"')
    argv = shlex.split(exec_line)
    assert argv == [str(prefix / "lib" / "borderdesk" / "borderdesk")]
    assert run(*argv).stdout.strip() == f"{FAKE_VERSION_LINE}"
    assert desktop_value(desktop_file, "TryExec") == argv[0]
    assert desktop_value(desktop_file, "Icon") == APP_ID
    result = run("desktop-file-validate", desktop_file)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_manifest_lists_exactly_what_install_created(release: Path, prefix: Path) -> None:
    before = set(snapshot(prefix))
    install(release, prefix)

    created = set(snapshot(prefix)) - before
    listed = {str(path.relative_to(prefix)) for _kind, path in manifest_entries(prefix)}
    assert listed == created - {"lib/borderdesk/install-manifest.txt"}
    kinds = {str(path.relative_to(prefix)): kind for kind, path in manifest_entries(prefix)}
    assert kinds["bin/borderdesk"] == "link"
    assert kinds["lib/borderdesk"] == "dir"
    assert "bin" not in kinds  # it was there before
    assert "share/applications" not in kinds


def test_uninstall_leaves_the_prefix_as_it_was(release: Path, prefix: Path) -> None:
    before = snapshot(prefix)
    install(release, prefix)

    result = run(prefix / "lib" / "borderdesk" / "uninstall.sh")

    assert result.returncode == 0, result.stderr
    assert "Removed BorderDesk" in result.stdout
    assert snapshot(prefix) == before


def test_uninstall_from_the_release_folder_with_prefix(release: Path, prefix: Path) -> None:
    before = snapshot(prefix)
    install(release, prefix)

    result = run(release / "uninstall.sh", "--prefix", prefix)

    assert result.returncode == 0, result.stderr
    assert snapshot(prefix) == before


def test_install_into_a_new_prefix_and_uninstall_removes_the_folders_it_made(
    release: Path, tmp_path: Path
) -> None:
    before = snapshot(tmp_path)
    target = tmp_path / "opt" / "borderdesk prefix"
    install(release, target)
    assert (target / "bin" / "borderdesk").is_symlink()

    result = run(target / "lib" / "borderdesk" / "uninstall.sh")

    assert result.returncode == 0, result.stderr
    assert snapshot(tmp_path) == before


def test_default_prefix_is_home_dot_local(release: Path, tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "PATH": os.environ["PATH"]}
    result = run(release / "install.sh", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".local" / "bin" / "borderdesk").is_symlink()
    assert (tmp_path / ".local" / "share" / "applications" / f"{APP_ID}.desktop").is_file()

    result = run(release / "uninstall.sh", env=env)

    assert result.returncode == 0, result.stderr
    assert snapshot(tmp_path) == {}


def test_installing_again_replaces_the_earlier_installation(release: Path, prefix: Path) -> None:
    before = snapshot(prefix)
    install(release, prefix)
    first = snapshot(prefix)

    out = install(release, prefix)

    assert "Replacing the BorderDesk installed in" in out
    assert snapshot(prefix).keys() == first.keys()
    assert run(prefix / "lib" / "borderdesk" / "uninstall.sh").returncode == 0
    assert snapshot(prefix) == before


@pytest.mark.parametrize(
    "foreign",
    ["bin/borderdesk", f"share/applications/{APP_ID}.desktop", "lib/borderdesk/notes.txt"],
)
def test_install_refuses_to_overwrite_files_it_did_not_install(
    release: Path, prefix: Path, foreign: str
) -> None:
    (prefix / foreign).parent.mkdir(parents=True, exist_ok=True)
    (prefix / foreign).write_text("someone else's\n")
    before = snapshot(prefix)

    result = run(release / "install.sh", "--prefix", prefix)

    assert result.returncode == 1
    assert str(prefix / foreign.split("/notes.txt")[0]) in result.stderr
    assert snapshot(prefix) == before


def test_uninstall_keeps_files_the_user_added_and_their_folders(
    release: Path, prefix: Path
) -> None:
    install(release, prefix)
    notes = prefix / "lib" / "borderdesk" / "_internal" / "my-notes.txt"
    notes.write_text("mine\n")

    result = run(prefix / "lib" / "borderdesk" / "uninstall.sh")

    assert result.returncode == 0, result.stderr
    assert notes.read_text() == "mine\n"
    assert str(notes.parent) in result.stdout
    left = set(snapshot(prefix / "lib"))
    assert left == {"borderdesk", "borderdesk/_internal", "borderdesk/_internal/my-notes.txt"}
    assert not (prefix / "bin" / "borderdesk").exists()


def test_uninstall_refuses_a_manifest_pointing_outside_the_prefix(
    release: Path, prefix: Path, tmp_path: Path
) -> None:
    install(release, prefix)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    manifest = prefix / "lib" / "borderdesk" / "install-manifest.txt"
    with manifest.open("a") as stream:
        stream.write(f"file {victim}\n")
    before = snapshot(prefix)

    result = run(prefix / "lib" / "borderdesk" / "uninstall.sh")

    assert result.returncode == 1
    assert "outside" in result.stderr
    assert victim.read_text() == "keep me\n"
    assert snapshot(prefix) == before


def test_uninstall_without_an_installation_says_so(release: Path, prefix: Path) -> None:
    result = run(release / "uninstall.sh", "--prefix", prefix)

    assert result.returncode == 1
    assert "no BorderDesk installation" in result.stderr
