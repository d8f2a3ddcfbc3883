"""A small in-memory dataset implementing the service, for view previews and GUI tests.

The real content lives in the bundled database; this sample carries just enough of it
(the article's and the CIA 2015-2025 lengths, two organisations, one of everything else)
to run each view on its own.
"""

from __future__ import annotations

from datetime import date

from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.fallback import EnglishOnly
from borderdesk.core.grid import GridOrganisation, build_grid
from borderdesk.core.language import DEFAULT_LANGUAGE, Language
from borderdesk.core.model import (
    Bar,
    BorderDetail,
    BorderMap,
    BorderSummary,
    ChartSource,
    DatasetChange,
    DatasetEdition,
    EventDetail,
    Fact,
    Figure,
    ItemKind,
    ItemRef,
    Link,
    MapLine,
    MapOutline,
    MapPoint,
    Membership,
    OrganisationDetail,
    Overview,
    PersonDetail,
    Quote,
    Role,
    SegmentSeries,
    Source,
    SourceDetail,
    SourceRef,
    TopicDetail,
)
from borderdesk.core.pages import OrganisationGrid, Timeline, TimelineEntry
from borderdesk.core.service import ReferenceService
from borderdesk.core.validity import Validity

ART = SourceRef(
    "ART",
    "Article (c. 2012)",
    "Guarding the Border of the World's Largest Landlocked Country",
    "EdgeKz magazine",
    "c. 2012",
    "2012",
)
CIA2015 = SourceRef(
    "CIA2015",
    "CIA World Factbook 2015-2025",
    "The World Factbook: Kazakhstan",
    "US Central Intelligence Agency",
    "2015-2025 editions",
    "2015",
    "cia-factbook",
)

EDITION = DatasetEdition("sample", "2026-11-28", "0" * 64, 1)

# key, neighbour, article km, CIA 2015 km
_SEGMENTS = (
    ("kz-ru", "Russia", 6846.0, 7644.0),
    ("kz-uz", "Uzbekistan", 2203.0, 2330.0),
    ("kz-cn", "China", 1533.0, 1765.0),
    ("kz-kg", "Kyrgyzstan", 1051.0, 1212.0),
    ("kz-tm", "Turkmenistan", 379.0, 413.0),
)

_ORGS = {
    "csto": ("CSTO", "Collective Security Treaty Organization"),
    "sco": ("SCO", "Shanghai Cooperation Organisation"),
}


_REASON = "The CIA re-measured land boundaries across the whole Factbook in 2014-2015."


def _length(km: float, source: SourceRef, default: bool) -> Figure:
    as_of, reason = ("c. 2012", "") if default else ("2015", _REASON)
    return Figure("length_km", km, "km", source, as_of, is_default=default, reason=reason)


def _memberships() -> tuple[Membership, ...]:
    """Return the sample memberships: KZ and RU in both organisations, CH(ina) in the SCO."""
    rows = [("Kazakhstan", "KZ", "CSTO"), ("Kazakhstan", "KZ", "SCO"), ("Russia", "RU", "CSTO")]
    rows += [("Russia", "RU", "SCO"), ("China", "CH", "SCO")]
    since = Validity(since="1996", since_source=CIA2015)
    return tuple(
        Membership(n, k, org, (Role("member", since),), organisation_key=org.lower())
        for n, k, org in rows
    )


class SampleService:
    """Serve the sample dataset through the ReferenceService interface (in English only)."""

    @property
    def language(self) -> Language:
        """Return English: the sample has no translations."""
        return DEFAULT_LANGUAGE

    def in_language(self, language: Language) -> ReferenceService:
        """Return the sample in ``language``: the English texts, each marked as fallen back."""
        return self if language == DEFAULT_LANGUAGE else EnglishOnly(self, language)

    def prepare_pages(self) -> None:
        """Do nothing: the sample is in memory."""

    def edition(self) -> DatasetEdition:
        """Return the sample edition."""
        return EDITION

    def borders(self) -> tuple[BorderSummary, ...]:
        """Return the five segments, longest first."""
        return tuple(BorderSummary(k, n, _length(a, ART, True)) for k, n, a, _ in _SEGMENTS)

    def overview(self) -> Overview:
        """Return a short overview."""
        total = sum(s[2] for s in _SEGMENTS)
        return Overview(
            title="Kazakhstan",
            description="The largest landlocked country, with five land neighbours.",
            stated_total=Figure(
                "land_border_total_km", 12012.0, "km", ART, "c. 2012", is_default=True
            ),
            computed_total_km=total,
            segments=self.borders(),
            landlocked_note="The Caspian has no outlet to the ocean: its shore is no sea access.",
            caspian=(),
            facts=(Fact("Population about 16 million.", ART, "c. 2012", label="population"),),
            figures=(
                Figure("population", 16e6, "people", ART, "c. 2012"),
                Figure("population", 20432662.0, "people", CIA2015, "2025"),
            ),
            totals=(
                Figure("segments_total_km", 12012.0, "km", ART, "c. 2012", is_default=True),
                Figure("segments_total_km", 13364.0, "km", CIA2015, "2015", reason=_REASON),
            ),
            discrepancies=(Fact(_REASON, CIA2015, "2015", label="discrepancy"),),
        )

    def border(self, key: str) -> BorderDetail:
        """Return one segment."""
        for rank, (k, name, art, cia) in enumerate(_SEGMENTS, start=1):
            if k == key:
                total = sum(s[2] for s in _SEGMENTS)
                return BorderDetail(
                    key=k,
                    neighbour=name,
                    neighbour_key=name[:2].upper(),
                    description=f"Kazakhstan's border with {name}.",
                    lengths=(_length(art, ART, True), _length(cia, CIA2015, False)),
                    share_of_total=art / total,
                    rank=rank,
                    challenges=(Fact("Smuggling <goods> & people.", ART, label="challenge"),),
                    relations=(),
                    history=(),
                    memberships=tuple(
                        m for m in _memberships() if m.member_key in ("KZ", name[:2].upper())
                    ),
                    quotes=(),
                    topics=(),
                    events=(),
                    discrepancies=(Fact(_REASON, CIA2015, "2015", label="discrepancy"),),
                )
        raise ItemNotFoundError(f"border:{key}")

    def organisations(self) -> tuple[Link, ...]:
        """Return the two sample organisations."""
        return tuple(Link(ItemRef(ItemKind.ORGANISATION, k), v[0], v[1]) for k, v in _ORGS.items())

    def organisation(self, key: str) -> OrganisationDetail:
        """Return one organisation."""
        if key not in _ORGS:
            raise ItemNotFoundError(f"organisation:{key}")
        abbreviation, name = _ORGS[key]
        return OrganisationDetail(
            key=key,
            abbreviation=abbreviation,
            name=name,
            description=f"{name} ({abbreviation}).",
            founded=(),
            headquarters=(),
            memberships=tuple(m for m in _memberships() if m.organisation == abbreviation),
            mandate=(),
            kazakhstan_role=(),
            figures=(),
            related=(),
            quotes=(),
            sources=(ART,),
        )

    def topics(self) -> tuple[Link, ...]:
        """Return one topic."""
        return (Link(ItemRef(ItemKind.TOPIC, "smuggling"), "Smuggling"),)

    def topic(self, key: str) -> TopicDetail:
        """Return the sample topic."""
        if key != "smuggling":
            raise ItemNotFoundError(f"topic:{key}")
        return TopicDetail(key, "Smuggling", "Goods moved across a border illegally.", (), ())

    def people(self) -> tuple[Link, ...]:
        """Return one person."""
        return (Link(ItemRef(ItemKind.PERSON, "sanderson"), "Thomas Sanderson"),)

    def person(self, key: str) -> PersonDetail:
        """Return the sample person."""
        if key != "sanderson":
            raise ItemNotFoundError(f"person:{key}")
        quote = Quote(
            "They know it's a challenge.",
            Link(ItemRef(ItemKind.PERSON, key), "Thomas Sanderson"),
            "Thomas Sanderson",
            "analyst",
            "told EdgeKz magazine",
            ART,
        )
        return PersonDetail(key, "Thomas Sanderson", (), "analyst", "", (), (quote,), ())

    def events(self) -> tuple[Link, ...]:
        """Return one event."""
        return (Link(ItemRef(ItemKind.EVENT, "independence"), "Independence (1991)"),)

    def event(self, key: str) -> EventDetail:
        """Return the sample event."""
        if key != "independence":
            raise ItemNotFoundError(f"event:{key}")
        return EventDetail(key, "Independence", "1991-12-16", "Independence from the USSR.", (), ())

    def sources(self) -> tuple[Link, ...]:
        """Return the two sample sources."""
        return tuple(Link(ItemRef(ItemKind.SOURCE, s.id), s.label) for s in (ART, CIA2015))

    def source(self, key: str) -> SourceDetail:
        """Return one source."""
        for ref in (ART, CIA2015):
            if ref.id == key:
                return SourceDetail(Source(ref, "", "", "", "", "", "article"), (), 5)
        raise ItemNotFoundError(f"source:{key}")

    def chart_sources(self) -> tuple[ChartSource, ...]:
        """Return the article (default) and CIA 2015-2025."""
        return (ChartSource(ART, True), ChartSource(CIA2015, False))

    def organisation_grid(self, on: date | None = None) -> OrganisationGrid:
        """Return the sample grid: Kazakhstan and Russia in both organisations, China in the SCO."""
        borders = [(Link(ItemRef(ItemKind.BORDER, k), n), n[:2].upper()) for k, n, *_ in _SEGMENTS]
        organisations = [GridOrganisation(link) for link in self.organisations()]
        day = on or date.fromisoformat(EDITION.date)
        return build_grid(borders, organisations, _memberships(), home="KZ", on=day)

    def timeline(self) -> Timeline:
        """Return the one sample event."""
        link = self.events()[0]
        return Timeline((TimelineEntry(link, "1991-12-16", "Independence from the USSR.", (ART,)),))

    def changes(self) -> tuple[DatasetChange, ...]:
        """Return a one-line sample change log."""
        return (DatasetChange("sample", "The sample dataset was made for the previews.", (ART,)),)

    def segment_series(self, source_id: str | None = None) -> SegmentSeries:
        """Return the lengths from the article or CIA 2015-2025."""
        use_cia = source_id == CIA2015.id
        if source_id not in (None, ART.id, CIA2015.id):
            raise ItemNotFoundError(f"source:{source_id}")
        bars = tuple(Bar(k, n, cia if use_cia else art) for k, n, art, cia in _SEGMENTS)
        bars = tuple(sorted(bars, key=lambda b: -b.value))
        chart_source = self.chart_sources()[1 if use_cia else 0]
        return SegmentSeries(chart_source, bars, EDITION, 13364.0 if use_cia else 12012.0)

    def border_map(self) -> BorderMap:
        """Return a small hand-made map: each border a straight-ish line between tri-points."""
        corners = {  # rough tri-points and shore ends, clockwise from the Caspian's north
            "ru-caspian": (49.1, 46.4),
            "ru-cn": (87.4, 49.2),
            "cn-kg": (80.3, 42.4),
            "kg-uz": (71.0, 42.3),
            "uz-tm": (56.0, 41.3),
            "tm-caspian": (52.5, 41.8),
        }
        order = ("ru-caspian", "ru-cn", "cn-kg", "kg-uz", "uz-tm", "tm-caspian")
        keys = ("kz-ru", "kz-cn", "kz-kg", "kz-uz", "kz-tm")
        names = {k: n for k, n, *_ in _SEGMENTS}
        middle = {"kz-ru": (68.0, 55.0)}  # Russia's border bows north
        segments = []
        for key, a, b in zip(keys, order, order[1:], strict=False):
            points = (corners[a], *((middle[key],) if key in middle else ()), corners[b])
            segments.append(
                MapLine(key, f"Kazakhstan–{names[key]}", points, ("KZ", key[3:].upper()))
            )
        shore = MapLine(
            "caspian",
            "Caspian Sea shore",
            (corners["tm-caspian"], (50.0, 44.0), corners["ru-caspian"]),
        )
        ring = (*(p for s in segments for p in s.points[:-1]), *shore.points)
        outline = MapOutline("KZ", "Kazakhstan", "kazakhstan", (ring,))
        points = (
            *(
                MapPoint(f"kz-{key}", key, "shore-end" if "caspian" in key else "tripoint", point)
                for key, point in corners.items()
            ),
            MapPoint("astana", "Astana", "city", (71.43, 51.13), ("KZ",), "capital"),
        )
        return BorderMap(tuple(segments), (shore,), (outline,), points, ART, "sample")
