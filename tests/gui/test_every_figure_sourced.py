"""Every figure shown anywhere has a source a reader can reach.

Walks every node of the navigation tree over the real bundled database, renders its page as
the detail pane does, and checks that each number with a unit (km, people, states, per cent
...) sits in a row, list item, quote block or paragraph holding a ``borderdesk:source:`` link
whose own page loads. Not figures: a source's own title (the heading of its page, e.g. a
headline "... 30% of border left ...") and web addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.navigation import build_navigation
from borderdesk.core.service import ReferenceService, load_detail
from borderdesk.data.store import open_store
from borderdesk.gui.pages.detail_html import render_detail

FIGURE = re.compile(
    r"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s?-?\s?(?:million |thousand )?"
    r"(?:km²|km|kilomet(?:re|er)s?|people|member states|states|members|observers|nations|"
    r"countries|troops|tonnes|per cent|%)(?!\w)"
)
SOURCE_LINK = "borderdesk:source:"
CLAIM_TAGS = ("tr", "li", "div")  # a table row, a list item, a quote block
TEXT_TAGS = ("p", "blockquote", "td", "th", "h1", "h2", "body")  # the nearest, if none of those
VOID = {"br", "img", "hr", "meta"}


@dataclass
class Node:
    """One element of a rendered page: its tag, links inside it and its children."""

    tag: str
    parent: Node | None = None
    links: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def all_links(self) -> Iterator[str]:
        """Yield every link inside this element."""
        yield from self.links
        for child in self.children:
            yield from child.all_links()


class PageTree(HTMLParser):
    """Parse a page into nodes, noting which text sits in which element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("document")
        self._open = self.root
        self.text_nodes: list[tuple[str, Node]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, self._open)
        self._open.children.append(node)
        href = dict(attrs).get("href")
        if tag == "a" and href:
            node.links.append(href)
        if tag not in VOID:
            self._open = node

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self._open
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self._open = node.parent

    def handle_data(self, data: str) -> None:
        if self._open.tag != "style":
            self.text_nodes.append((data, self._open))


def claim_of(node: Node) -> Node:
    """Return the element a figure's claim spans: its row, item or quote, else its paragraph."""
    ancestors = []
    current: Node | None = node
    while current is not None:
        ancestors.append(current)
        current = current.parent
    for tags in (CLAIM_TAGS, TEXT_TAGS):
        found = next((a for a in ancestors if a.tag in tags), None)
        if found is not None:
            return found
    return node


def is_title_or_address(node: Node, *, source_page: bool) -> bool:
    """Tell whether text is a source's own title (its page heading) or a web address."""
    if source_page and node.tag == "h1":
        return True
    return node.tag == "a" and any(link.startswith("http") for link in node.links)


def unsourced_figures(page: str, *, source_page: bool = False) -> list[str]:
    """Return each figure on a page whose claim holds no source link, with its context."""
    tree = PageTree()
    tree.feed(page)
    problems = []
    for text, node in tree.text_nodes:
        if is_title_or_address(node, source_page=source_page):
            continue
        for match in FIGURE.finditer(text):
            claim = claim_of(node)
            if not any(link.startswith(SOURCE_LINK) for link in claim.all_links()):
                problems.append(f"{match.group()!r} in <{claim.tag}>: {text.strip()[:80]!r}")
    return problems


def figures_on(page: str) -> int:
    """Return how many figures with a unit a page shows."""
    tree = PageTree()
    tree.feed(page)
    return sum(len(FIGURE.findall(text)) for text, _ in tree.text_nodes)


def source_ids(page: str) -> set[str]:
    """Return the ids of every source a page links to."""
    return set(re.findall(r'href="borderdesk:source:([^"]+)"', page))


@pytest.fixture(scope="module")
def service() -> Iterator[ReferenceService]:
    """Return the bundled database, opened as the app opens it."""
    store = open_store()
    yield store
    store.close()


@pytest.fixture(scope="module")
def pages(service: ReferenceService) -> dict[ItemRef, str]:
    """Render the page of every node of the navigation tree."""
    return {
        node.ref: render_detail(load_detail(service, node.ref))
        for node in build_navigation(service).walk()
        if node.ref is not None
    }


def test_the_walk_covers_every_kind_of_page(pages: dict[ItemRef, str]) -> None:
    assert {ref.kind for ref in pages} == set(ItemKind)
    assert len(pages) > 150
    assert sum(figures_on(page) for page in pages.values()) > 400


def test_every_figure_on_every_page_sits_beside_a_source_link(pages: dict[ItemRef, str]) -> None:
    problems = {
        ref.to_string(): found
        for ref, page in pages.items()
        if (found := unsourced_figures(page, source_page=ref.kind is ItemKind.SOURCE))
    }
    assert problems == {}


def test_every_source_linked_from_any_page_has_a_page_that_loads(
    service: ReferenceService, pages: dict[ItemRef, str]
) -> None:
    linked = set().union(*(source_ids(page) for page in pages.values()))
    broken = []
    for ident in sorted(linked):
        try:
            detail = service.source(ident)
        except BorderDeskError as error:
            broken.append(f"{ident}: {error}")
            continue
        assert render_detail(detail).startswith("<html>")
    assert broken == []
    assert len(linked) > 90


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<p>The border is 7,591 km long.</p>", ["'7,591 km' in <p>"]),
        ('<p>It is 7,591 km long. <a href="borderdesk:source:X">X</a></p>', []),
        ('<table><tr><td>24 states</td><td><a href="borderdesk:source:X">X</a></td></tr>'
         "</table>", []),
        ('<p><a href="borderdesk:source:X">X</a></p><p>About 16 million people.</p>',
         ["'16 million people' in <p>"]),
        ('<ul><li>Up 11.7% <a href="borderdesk:border:kz-ru">Russia</a></li></ul>',
         ["'11.7%' in <li>"]),
        ('<div><blockquote>“a 1,533-kilometre border”</blockquote>'
         '<p>— <a href="borderdesk:source:ART">Article</a></p></div>', []),
    ],
)  # fmt: skip
def test_the_check_finds_an_unsourced_figure(page: str, expected: list[str]) -> None:
    assert [p.split(":")[0] for p in unsourced_figures(page)] == expected
