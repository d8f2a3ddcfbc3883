"""packaging/check-bundle.sh runs every command of the built bundle, and cannot forget one."""

from __future__ import annotations

import re
import subprocess
import sys

from borderdesk.cli import build_parser
from tests.packaging.conftest import CHECK_BUNDLE


def parser_commands() -> set[str]:
    """Return the commands the command line knows, from its parser."""
    parser = build_parser()
    (commands,) = (a for a in parser._actions if a.dest == "command")
    assert isinstance(commands.choices, dict)
    return set(commands.choices)


def checked_commands() -> set[str]:
    """Return the commands check-bundle.sh has a check for (its ``case $command in`` labels)."""
    text = CHECK_BUNDLE.read_text(encoding="utf-8")
    loop = text[text.index("for command in $commands; do") :]
    loop = loop[: loop.index("done")]
    labels = re.findall(r"^\s+([a-z][a-z |-]*)\)", loop, re.MULTILINE)
    return {name.strip() for label in labels for name in label.split("|")}


def test_every_command_of_the_cli_has_a_check_in_check_bundle() -> None:
    assert parser_commands() == checked_commands()


def test_the_bundle_lists_its_commands_the_way_check_bundle_reads_them() -> None:
    """check-bundle.sh asks the bundle for an unknown command and reads the choices offered."""
    result = subprocess.run(
        [sys.executable, "-m", "borderdesk", "no-such-command"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    script = r"""tr -d '\n' | sed -n 's/.*(choose from \([^)]*\)).*/\1/p' | tr -d "',"  """
    listed = subprocess.run(
        ["bash", "-c", script], input=result.stderr, capture_output=True, text=True, check=True
    )
    assert set(listed.stdout.split()) == parser_commands()


def test_the_handout_module_is_bundled() -> None:
    """The handout dialog prints: QtPrintSupport must not be among the modules left out."""
    spec = (CHECK_BUNDLE.parent / "borderdesk.spec").read_text(encoding="utf-8")
    unused = spec[spec.index("UNUSED_QT = [") : spec.index("]", spec.index("UNUSED_QT = ["))]
    assert '"QtPrintSupport"' not in unused
    assert '"QtSvg"' not in unused
