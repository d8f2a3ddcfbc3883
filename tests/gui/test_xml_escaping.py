"""The XMP packet's escaping is exactly ``xml.sax.saxutils``' (which exports no longer import)."""

from __future__ import annotations

import itertools
import subprocess
import sys
from xml.sax.saxutils import escape, quoteattr

from borderdesk.gui.render.vector_devices import xml_attribute, xml_text, xmp_packet

PIECES = ("&", "<", ">", '"', "'", "\n", "\r", "\t", " ", "a", "&amp;", "é", "–", "]]>")


def test_text_and_attributes_are_escaped_as_saxutils_escapes_them() -> None:
    for size in range(4):
        for parts in itertools.product(PIECES, repeat=size):
            text = "".join(parts)
            assert xml_text(text) == escape(text), text
            assert xml_attribute(text) == quoteattr(text), text


def test_the_packet_names_a_title_with_every_kind_of_quote() -> None:
    packet = xmp_packet(
        title="Kazakhstan <\"borders\"> & 'neighbours'",
        description="a\nb",
        author="A & B",
        keywords=["x", 'say "hi"'],
        creator="BorderDesk",
        document_id="{0f7c}",
    ).decode()
    assert "Kazakhstan &lt;\"borders\"&gt; &amp; 'neighbours'" in packet
    assert "<rdf:li>A &amp; B</rdf:li>" in packet
    assert "pdf:Keywords='x; say \"hi\"'" in packet
    assert 'xmpMM:DocumentID="uuid:0f7c"' in packet


def test_an_export_imports_neither_urllib_request_nor_email() -> None:
    code = (
        "import sys\n"
        "import borderdesk.gui.render.figure_output, borderdesk.gui.render.handout_output\n"
        "heavy = {'urllib.request', 'http.client', 'ssl', 'email', 'xml.sax'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
