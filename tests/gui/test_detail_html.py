"""Detail pages as HTML: every value escaped, every figure with its source (no Qt here)."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import date

import pytest

from borderdesk.core.language import ENGLISH, Language, Wording, wording
from borderdesk.core.model import (
    BorderDetail,
    EventDetail,
    Fact,
    Figure,
    ItemKind,
    ItemRef,
    Link,
    Membership,
    PersonDetail,
    Quote,
    Role,
    Source,
    SourceDetail,
    TopicDetail,
)
from borderdesk.core.sample import ART, CIA2015, SampleService
from borderdesk.core.validity import Confirmation, Validity
from borderdesk.gui.pages.detail_html import render_detail, render_message
from borderdesk.gui.pages.html_blocks import fallback_note, fell_back, leading_for, style_sheet

HOSTILE = '<script>alert("x")</script><img src="file:///etc/passwd">'
SANDERSON = Link(ItemRef(ItemKind.PERSON, "sanderson"), "Thomas Sanderson")


def text_of(page: str) -> str:
    """Return the page as a reader sees it: tags dropped, entities decoded, spaces squeezed."""
    without_style = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    inline_joined = re.sub(r"</?(?:a|span|b|i|code)\b[^>]*>", "", without_style)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inline_joined)).split())


def squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def service() -> SampleService:
    return SampleService()


def a_quote(note: str = "") -> Quote:
    return Quote(
        "They know it's a challenge.",
        SANDERSON,
        "Thomas Sanderson",
        "analyst",
        "told EdgeKz magazine",
        ART,
        note,
    )


# Overview -------------------------------------------------------------------------------


def test_overview_totals_agree_with_a_check_mark(service: SampleService) -> None:
    page = render_detail(service.overview())
    text = text_of(page)

    assert "Total of the 5 segments: 12,012 km (computed from Article (c. 2012))" in text
    assert "Stated total: 12,012 km — Article (c. 2012), as of c. 2012" in text
    assert "✓ The segments add up to the stated total." in text
    assert "⚠" not in text


def test_overview_warns_when_the_stated_total_differs(service: SampleService) -> None:
    overview = service.overview()
    stated = replace(overview.stated_total, value=12_100.0)

    text = text_of(render_detail(replace(overview, stated_total=stated)))

    assert "✓" not in text
    assert "⚠ The segments add up to 12,012 km, 88 km less than the stated total of 12,100 km" in (
        text
    )


def test_overview_lists_the_segments_with_km_share_and_source(service: SampleService) -> None:
    page = render_detail(service.overview())
    text = text_of(page)

    assert "Neighbour Length Share Source" in text
    assert "Russia 6,846 km 57% — Article (c. 2012), as of c. 2012" in text
    assert "Turkmenistan 379 km 3%" in text
    assert text.index("Russia 6,846") < text.index("Uzbekistan 2,203") < text.index("China")
    assert '<a href="borderdesk:border:kz-ru">Russia</a>' in page


def test_overview_shows_the_landlocked_note_and_dated_facts(service: SampleService) -> None:
    overview = service.overview()
    caspian = Fact("The Caspian is a lake in law.", CIA2015, "2018", quote="a sea or a lake")
    text = text_of(render_detail(replace(overview, caspian=(caspian,))))

    assert overview.landlocked_note in text
    assert "Population about 16 million. — Article (c. 2012), as of c. 2012" in text
    assert "The Caspian is a lake in law. — CIA World Factbook 2015-2025, as of 2018" in text
    # The quote follows the fact's one citation; no second "— CIA …" under it.
    assert "as of 2018 “a sea or a lake”" in text
    assert "“a sea or a lake” — CIA" not in text


# Border ---------------------------------------------------------------------------------


def test_border_lists_each_source_length_default_first(service: SampleService) -> None:
    border = service.border("kz-ru")
    reversed_lengths = replace(border, lengths=tuple(reversed(border.lengths)))

    text = text_of(render_detail(reversed_lengths))

    assert "Source As of Length vs article Per cent Why it differs" in text
    assert "Article (c. 2012) (reference) c. 2012 6,846 km — — Reference:" in text
    assert (
        "CIA World Factbook 2015-2025 2015 7,644 km +798 km +11.7% "
        "The CIA re-measured land boundaries across the whole Factbook in 2014-2015." in text
    )
    assert text.index("(reference)") < text.index("7,644 km")


def test_border_shows_share_rank_and_shared_organisations(service: SampleService) -> None:
    page = render_detail(service.border("kz-cn"))
    text = text_of(page)

    assert text.startswith("China Kazakhstan's border with China · 3rd longest segment")
    assert "13% of Kazakhstan's land border, by the default source, Article (c. 2012)" in text
    assert "Organisations shared with China SCO" in text
    assert '<a href="borderdesk:organisation:sco">SCO</a>' in page
    assert '<a href="borderdesk:source:ART">Article (c. 2012)</a>' in page


def test_border_escapes_the_challenge_text(service: SampleService) -> None:
    page = render_detail(service.border("kz-ru"))

    assert "Smuggling &lt;goods&gt; &amp; people." in page
    assert "<goods>" not in page
    assert "Challenges Smuggling <goods> & people. — Article (c. 2012)" in text_of(page)


def test_border_quotes_relations_history_topics_and_events(service: SampleService) -> None:
    border = replace(
        service.border("kz-kg"),
        relations=(Fact("Good neighbours.", ART, "2012"),),
        history=(Fact("Demarcated.", CIA2015, "2008", quote="demarcation was completed"),),
        quotes=(a_quote("Which challenge was not said."),),
        topics=(Link(ItemRef(ItemKind.TOPIC, "smuggling"), "Smuggling"),),
        events=(Link(ItemRef(ItemKind.EVENT, "independence"), "Independence (1991)"),),
    )
    page = render_detail(border)
    text = text_of(page)

    assert "Relations Good neighbours. — Article (c. 2012), as of 2012" in text
    assert "History Demarcated. — CIA World Factbook 2015-2025, as of 2008" in text
    assert "<blockquote>“demarcation was completed”</blockquote>" in page
    assert f"<blockquote>“{html.escape(a_quote().text)}”</blockquote>" in page
    assert (
        "— Thomas Sanderson, analyst, told EdgeKz magazine (Article (c. 2012)) "
        "Attribution: “told EdgeKz magazine” — as published. Which challenge was not said." in text
    )
    assert '<a href="borderdesk:person:sanderson">Thomas Sanderson</a>' in page
    assert '<a href="borderdesk:topic:smuggling">Smuggling</a>' in page
    assert '<a href="borderdesk:event:independence">Independence (1991)</a>' in page


# Organisation ---------------------------------------------------------------------------


def test_organisation_page(service: SampleService) -> None:
    org = replace(
        service.organisation("csto"),
        founded=(Fact("Treaty signed 15 May 1992.", CIA2015, label="founded"),),
        headquarters=(
            Fact("The seat is in Moscow.", CIA2015, "2024", label="headquarters", value="Moscow"),
        ),
        memberships=(
            Membership(
                "Kazakhstan",
                "KZ",
                "CSTO",
                (
                    Role(
                        "founding member",
                        Validity(
                            "1992",
                            CIA2015,
                            confirmations=(Confirmation(ART, "c. 2012", "a founder"),),
                        ),
                    ),
                ),
            ),
            Membership(
                "Uzbekistan",
                "UZ",
                "CSTO",
                (Role("member", Validity("1992", ART, "2012-12-19", ART), "left"),),
            ),
            Membership("Serbia", "RS", "CSTO", (Role("observer", Validity("2013", CIA2015)),)),
        ),
        mandate=(Fact("Collective defence.", ART),),
        kazakhstan_role=(Fact("A founding member.", ART),),
        figures=(Figure("member_count", 6, "states", CIA2015, "2024"),),
        related=(Link(ItemRef(ItemKind.ORGANISATION, "sco"), "SCO"),),
        quotes=(a_quote(),),
    )
    page = render_detail(org, date(2016, 1, 1))
    text = text_of(page)

    assert text.startswith("Collective Security Treaty Organization CSTO As of 1 January 2016")
    assert "Founded Treaty signed 15 May 1992. — CIA World Factbook 2015-2025" in text
    # The seat is stated as of 2024: nothing says where it was in 2016.
    assert "Headquarters Moscow" not in text
    assert "Headquarters over time Value When Source Moscow 2024" in text
    assert "Members (1) Member Role Dates and sources Kazakhstan founding member since 1992" in text
    assert "confirmed by Article (c. 2012) “a founder”" in text
    assert "last confirmed as of 2015 (CIA World Factbook 2015-2025)" in text
    assert "Former members (1) Member Role Dates and sources Uzbekistan member since 1992" in text
    assert "until 19 December 2012 (Article (c. 2012)) left" in text
    assert "Observers (1) Member Role Dates and sources Serbia observer since 2013" in text
    now = text_of(render_detail(org, date(2026, 12, 3)))
    assert "Headquarters Moscow since" not in now
    assert "Headquarters Moscow — CIA World Factbook 2015-2025 · last confirmed as of 2024" in now
    assert "Mandate Collective defence." in text
    assert "Kazakhstan's role A founding member." in text
    assert "Member states: 6 states — CIA World Factbook 2015-2025, as of 2024" in now
    assert '<a href="borderdesk:organisation:sco">SCO</a>' in page
    assert "— Thomas Sanderson, analyst" in text
    assert (
        "Sources Article (c. 2012): Guarding the Border of the World's Largest Landlocked "
        "Country, EdgeKz magazine, c. 2012" in text
    )


# Topic, person, event, source -----------------------------------------------------------


def test_topic_page(service: SampleService) -> None:
    topic = replace(
        service.topic("smuggling"),
        mentions=(Fact("Drugs cross from the south.", ART, quote="drug trafficking"),),
        related=(Link(ItemRef(ItemKind.BORDER, "kz-uz"), "Uzbekistan"),),
    )
    page = render_detail(topic)
    text = text_of(page)

    assert text.startswith("Smuggling Topic Goods moved across a border illegally.")
    assert "Mentions Drugs cross from the south. — Article (c. 2012)" in text
    assert "<blockquote>“drug trafficking”</blockquote>" in page
    assert '<a href="borderdesk:border:kz-uz">Uzbekistan</a>' in page


def test_person_page(service: SampleService) -> None:
    person = replace(
        service.person("sanderson"),
        aliases=("T. Sanderson",),
        facts=(Fact("Works for a think tank.", ART, "2012"),),
    )
    text = text_of(render_detail(person))

    assert text.startswith("Thomas Sanderson analyst Also known as T. Sanderson")
    assert "Facts Works for a think tank. — Article (c. 2012), as of 2012" in text
    assert "Quotes “They know it's a challenge.” — Thomas Sanderson, analyst" in text


def test_event_page(service: SampleService) -> None:
    event = replace(service.event("independence"), facts=(Fact("Last to leave.", ART),))

    text = text_of(render_detail(event))

    assert text.startswith("Independence 16 December 1991 Independence from the USSR.")
    assert "Facts Last to leave. — Article (c. 2012)" in text


def test_source_page_links_only_web_addresses() -> None:
    web = Source(CIA2015, "CIA", "2015", "https://www.cia.gov/the-world-factbook/", "All", "", "x")
    detail = SourceDetail(web, (Link(ItemRef(ItemKind.BORDER, "kz-ru"), "Russia"),), 1)
    page = render_detail(detail)
    text = text_of(page)

    assert text.startswith("The World Factbook: Kazakhstan Source")
    assert "Publisher US Central Intelligence Agency" in text
    assert "Edition 2015-2025 editions" in text
    assert '<a href="https://www.cia.gov/the-world-factbook/">' in page
    assert "Used by 1 figure rests on this source. Russia" in text

    for url in ("javascript:alert(1)", "file:///etc/passwd"):
        page = render_detail(replace(detail, source=replace(web, url=url)))
        assert f'href="{url}"' not in page
        assert html.escape(url) in page


def test_every_kind_escapes_hostile_text(service: SampleService) -> None:
    details = [
        replace(service.overview(), title=HOSTILE, description=HOSTILE, landlocked_note=HOSTILE),
        replace(service.border("kz-ru"), neighbour=HOSTILE, description=HOSTILE),
        replace(service.organisation("sco"), name=HOSTILE, abbreviation=HOSTILE),
        TopicDetail("t", HOSTILE, HOSTILE, (Fact(HOSTILE, ART, HOSTILE, HOSTILE),), ()),
        PersonDetail("p", HOSTILE, (HOSTILE,), HOSTILE, HOSTILE, (), (a_quote(HOSTILE),), ()),
        EventDetail(
            "e", HOSTILE, HOSTILE, HOSTILE, (), (Link(ItemRef(ItemKind.TOPIC, "t"), HOSTILE),)
        ),
        SourceDetail(Source(ART, HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE), (), 0),
    ]
    for detail in details:
        page = render_detail(detail)
        assert "<script" not in page.lower(), type(detail).__name__
        assert "<img" not in page.lower(), type(detail).__name__
        assert "&lt;script&gt;" in page, type(detail).__name__


def test_keys_in_links_are_escaped(service: SampleService) -> None:
    overview = service.overview()
    odd = replace(overview.segments[0], key='kz-"><script>')

    page = render_detail(replace(overview, segments=(odd,)))

    assert 'href="borderdesk:border:kz-&quot;&gt;&lt;script&gt;"' in page
    assert "<script" not in page


def test_a_border_with_no_lengths_still_renders() -> None:
    border = BorderDetail("kz-xx", "Nowhere", "XX", "", (), 0.0, 6, (), (), (), (), (), (), ())

    text = text_of(render_detail(border))

    assert text.startswith("Nowhere Kazakhstan's border with Nowhere · 6th longest segment")
    assert "of Kazakhstan's land border" not in text


def test_message_page_escapes() -> None:
    assert text_of(render_message("Not available", HOSTILE)).endswith(html.unescape(HOSTILE))
    assert "<script" not in render_message("t", HOSTILE)


def test_the_page_carries_its_style_sheet_without_a_font_family(service: SampleService) -> None:
    page = render_detail(service.overview())
    style = re.search(r"<style>(.*?)</style>", page, flags=re.S)

    assert style is not None
    assert "font-family" not in style.group(1)
    # The line height is the pane's (style_sheet): closer as the window's text grows.
    assert "line-height: 145%" in style_sheet()
    assert "line-height: 100%" in style_sheet(leading=leading_for(250))
    assert leading_for(80) == leading_for(100) == 145


def test_rendering_imports_no_qt() -> None:
    code = (
        "import sys, borderdesk.gui.pages.detail_html as d\n"
        "from borderdesk.core.sample import SampleService\n"
        "d.render_detail(SampleService().overview())\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@dataclass(frozen=True)
class _Row:
    label: str
    value: float
    wording: Wording = ENGLISH


@dataclass(frozen=True)
class _Table:
    title: str
    rows: tuple[_Row, ...]
    notes: tuple[str, ...] = ()


def test_a_text_fallen_back_deep_in_a_long_page_is_noted() -> None:
    rows = tuple(_Row(f"Border {n}", float(n)) for n in range(2000))
    assert not fell_back(_Table("Lengths", rows, ("a note",)))
    assert fallback_note(_Table("Lengths", rows)) == ""
    fallen = _Row("Border", 1.0, wording(Language.KK, {"label": Language.RU}))
    assert fell_back(_Table("Lengths", (*rows, fallen)))
    assert "not translated yet" in fallback_note(_Table("Lengths", (*rows, fallen)))
    assert fell_back((_Table("Lengths", ()), (rows, (fallen,))))  # in tuples of tuples
