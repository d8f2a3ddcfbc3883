"""The desktop entry and the AppStream metainfo: valid, and consistent with the package."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from borderdesk import __version__
from borderdesk.gui.qtapp import DESKTOP_FILE_NAME
from tests.packaging.conftest import APP_ID, PACKAGING, run

DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    """Return the [Desktop Entry] group."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    """Return the metainfo's root element."""
    return ET.parse(METAINFO).getroot()  # noqa: S314 (our own file)


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = run("desktop-file-validate", DESKTOP)
    assert result.returncode == 0
    assert result.stdout + result.stderr == ""


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run("appstreamcli", "validate", "--no-net", METAINFO)
    assert result.returncode == 0, result.stdout
    assert "Validation was successful" in result.stdout
    assert "W:" not in result.stdout
    assert "E:" not in result.stdout


def test_desktop_entry_names_the_app_its_icon_and_command() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "BorderDesk"
    assert entry["Exec"] == "borderdesk"  # install.sh writes the installed path in
    assert entry["Icon"] == APP_ID == DESKTOP_FILE_NAME
    assert entry["Terminal"] == "false"
    assert "Education" in entry["Categories"].split(";")


def test_metainfo_matches_the_package() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("provides/binary") == "borderdesk"
    assert root.find("content_rating") is not None


def test_metainfo_has_a_release_for_this_version_newest_first() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "no release history"
    assert releases[0].get("version") == __version__
    assert releases[0].get("date")
    assert releases[0].find("description") is not None


def test_every_screenshot_has_a_caption_and_a_web_image() -> None:
    screenshots = metainfo().findall("screenshots/screenshot")
    assert screenshots
    assert screenshots[0].get("type") == "default"
    for screenshot in screenshots:
        assert (screenshot.findtext("caption") or "").strip()
        image = screenshot.findtext("image") or ""
        assert image.startswith("https://")
        assert image.endswith(".png")


def test_release_folder_carries_the_same_files(release: Path) -> None:
    assert (release / "share" / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    metainfo_copy = release / "share" / "metainfo" / METAINFO.name
    assert metainfo_copy.read_bytes() == METAINFO.read_bytes()
