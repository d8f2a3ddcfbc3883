"""Write a large, valid data pack: the bundled dataset plus seeded synthetic records.

Two sizes:

  10k    about ten thousand items, like a national gazetteer: 2,005 borders, 507
         organisations, 20,000 memberships, 5,113 sources, about 50,000 figures (~15 MB)
  limit  what the format allows: lists of up to 100,000 items (85,000 facts on the overview,
         99,000 memberships), just under the 50 MB a pack may hold (checked as it is written)

The same ``--seed`` gives the same file byte for byte. The pack imports like any other
(``borderdesk import-pack OUT.json``); ``benchmarks/big_pack.py`` measures the app on it.

Usage: .venv/bin/python benchmarks/make_pack.py OUT.json [--size 10k|limit] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.data.packs.exporter import export_pack
from borderdesk.data.packs.importer import MAX_PACK_BYTES
from borderdesk.data.packs.schema import MAX_KM
from borderdesk.data.store import bundled_path

SYLLABLES = (
    "ka", "za", "khs", "tan", "ar", "al", "ma", "ty", "ur", "gen", "bai", "kol", "su", "tau",
    "ber", "dy", "syr", "ai", "ly", "kum", "ter", "mir", "on", "sar", "ba", "tob", "yr", "ish",
)  # fmt: skip
WORDS = (
    "border", "post", "river", "steppe", "treaty", "patrol", "customs", "line", "survey",
    "marker", "commission", "crossing", "mountain", "lake", "railway", "road", "village",
    "agreement", "delimitation", "demarcation", "checkpoint", "trade", "security", "guard",
)  # fmt: skip
ROLES = ("member", "member", "member", "observer", "former member", "partner")
LABELS = ("challenge", "history", "relations", "discrepancy")


@dataclass(frozen=True)
class Size:
    """How many synthetic records of each kind to add."""

    sources: int
    countries: int  # each the neighbour of one new border
    complete_sources: int  # sources that give every border's length (chart sources)
    other_lengths: int  # more lengths per border, from random sources
    border_facts: int
    organisations: int
    organisation_figures: int
    organisation_facts: int
    memberships: int
    people: int
    events: int
    topics: int
    quotes: int
    overview_facts: int
    text_words: int  # words in a description


SIZES = {
    "10k": Size(
        sources=5_000,
        countries=2_000,
        complete_sources=5,
        other_lengths=15,
        border_facts=5,
        organisations=500,
        organisation_figures=16,
        organisation_facts=10,
        memberships=20_000,
        people=1_000,
        events=800,
        topics=500,
        quotes=500,
        overview_facts=1_000,
        text_words=40,
    ),
    "limit": Size(
        sources=12_000,
        countries=4_000,
        complete_sources=4,
        other_lengths=4,
        border_facts=2,
        organisations=1_000,
        organisation_figures=4,
        organisation_facts=3,
        memberships=99_000,
        people=2_000,
        events=2_000,
        topics=1_000,
        quotes=1_000,
        overview_facts=85_000,
        text_words=12,
    ),
}


class Maker:
    """Make synthetic records from one seeded random source."""

    def __init__(self, seed: int, size: Size) -> None:
        self.random = random.Random(seed)
        self.size = size

    def name(self) -> str:
        parts = self.random.randint(2, 4)
        return "".join(self.random.choice(SYLLABLES) for _ in range(parts)).capitalize()

    def text(self, words: int | None = None) -> str:
        count = words or self.size.text_words
        body = " ".join(self.random.choice(WORDS) for _ in range(count))
        return body.capitalize() + "."

    def year(self) -> str:
        return str(self.random.randint(1992, 2025))

    def sources(self) -> list[dict[str, Any]]:
        made = []
        for n in range(1, self.size.sources + 1):
            year = self.year()
            made.append(
                {
                    "id": f"SRC{n:05d}",
                    "label": f"{self.name()} survey {n} ({year})",
                    "title": f"{self.text(6)[:-1]} ({year})",
                    "publisher": f"{self.name()} institute",
                    "date": year,
                    "kind": "report",
                    "covers": self.text(10),
                }
            )
        return made

    def borders(
        self, sources: list[str], complete: list[str]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        countries, segments = [], []
        for n in range(1, self.size.countries + 1):
            country = f"C{n:04d}"
            countries.append({"id": country, "name": f"{self.name()}stan {n}", "kind": "country"})
            base = self.random.uniform(5, 7_000)
            lengths = [{"value": round(base, 1), "source": "ART", "as_of": "c. 2012"}]
            others = self.random.sample(sources, self.size.other_lengths)
            for source in (*complete, *others):
                value = round(base * self.random.uniform(0.9, 1.1), 1)
                lengths.append({"value": value, "source": source, "as_of": self.year()})
            segments.append(
                {
                    "id": f"kz-{country.lower()}",
                    "neighbour": country,
                    "description": self.text(),
                    "length": lengths,
                    "fact": [self.fact(sources) for _ in range(self.size.border_facts)],
                }
            )
        return countries, segments

    def fact(self, sources: list[str], label: str | None = None) -> dict[str, Any]:
        return {
            "label": label or self.random.choice(LABELS),
            "text": self.text(14),
            "source": self.random.choice(sources),
            "as_of": self.year(),
        }

    def organisations(self, sources: list[str]) -> list[dict[str, Any]]:
        made = []
        for n in range(1, self.size.organisations + 1):
            figures = [
                {
                    "quantity": f"measure_{k}",
                    "value": self.random.randint(1, 5_000),
                    "unit": "people",
                    "source": self.random.choice(sources),
                    "as_of": self.year(),
                }
                for k in range(self.size.organisation_figures)
            ]
            made.append(
                {
                    "id": f"org{n:04d}",
                    "abbreviation": f"O{n:04d}",
                    "name": f"{self.name()} {self.random.choice(WORDS)} organisation {n}",
                    "description": self.text(),
                    "figure": figures,
                    "fact": [
                        self.fact(sources, "mandate") for _ in range(self.size.organisation_facts)
                    ],
                }
            )
        return made

    def memberships(
        self, countries: list[str], organisations: list[str], sources: list[str]
    ) -> list[dict[str, Any]]:
        pairs: set[tuple[str, str]] = set()
        while len(pairs) < self.size.memberships:
            pairs.add((self.random.choice(countries), self.random.choice(organisations)))
        made = []
        for member, organisation in sorted(pairs):
            since = self.random.randint(1992, 2020)
            role = self.random.choice(ROLES)
            source = self.random.choice(sources)
            dated: dict[str, Any] = {
                "role": "member" if role == "former member" else role,
                "from": str(since),
                "from_source": source,
            }
            if role == "former member":  # a member for a few years
                dated["until"] = str(since + self.random.randint(1, 5))
                dated["until_source"] = source
            made.append({"member": member, "organisation": organisation, "role": [dated]})
        return made

    def people(self, sources: list[str]) -> list[dict[str, Any]]:
        return [
            {
                "id": f"person{n:05d}",
                "name": f"{self.name()} {self.name()}ov",
                "role": f"{self.random.choice(WORDS).capitalize()} officer",
                "description": self.text(),
                "fact": [self.fact(sources, "career") for _ in range(2)],
            }
            for n in range(1, self.size.people + 1)
        ]

    def events(self, refs: list[str], sources: list[str]) -> list[dict[str, Any]]:
        return [
            {
                "id": f"event{n:05d}",
                "title": f"{self.text(4)[:-1]} {n}",
                "date": f"{self.year()}-{self.random.randint(1, 12):02d}",
                "description": self.text(),
                "concerns": sorted(set(self.random.sample(refs, 3))),
                "fact": [self.fact(sources, "outcome")],
            }
            for n in range(1, self.size.events + 1)
        ]

    def topics(self, refs: list[str], sources: list[str]) -> list[dict[str, Any]]:
        return [
            {
                "id": f"topic{n:04d}",
                "name": f"{self.random.choice(WORDS).capitalize()} {self.name().lower()} {n}",
                "description": self.text(),
                "concerns": sorted(set(self.random.sample(refs, 4))),
                "fact": [self.fact(sources, "mention")],
            }
            for n in range(1, self.size.topics + 1)
        ]

    def quotes(
        self, people: list[str], refs: list[str], sources: list[str]
    ) -> list[dict[str, Any]]:
        return [
            {
                "id": f"quote{n:05d}",
                "speaker": self.random.choice(people),
                "text": self.text(20),
                "source": self.random.choice(sources),
                "concerns": sorted(set(self.random.sample(refs, 2))),
            }
            for n in range(1, self.size.quotes + 1)
        ]


def make_pack(size: Size, seed: int) -> dict[str, Any]:
    """Return the bundled dataset as a pack, grown by ``size`` synthetic records."""
    with tempfile.TemporaryDirectory() as folder:
        pack: dict[str, Any] = export_pack(bundled_path(), Path(folder) / "bundled.json")
    maker = Maker(seed, size)
    new_sources = maker.sources()
    source_ids = [s["id"] for s in new_sources]
    complete = source_ids[: size.complete_sources]
    countries, segments = maker.borders(source_ids[size.complete_sources :], complete)
    organisations = maker.organisations(source_ids)
    people = maker.people(source_ids)
    refs = [f"border:{s['id']}" for s in segments] + [
        f"organisation:{o['id']}" for o in organisations
    ]
    all_countries = ["KZ", *(c["id"] for c in countries)]
    organisation_ids = [o["id"] for o in organisations]
    pack["edition"] = {"version": f"synthetic-{seed}", "date": "2026-12-01"}
    for segment in pack["segment"]:  # the bundled borders: lengths from the complete sources
        article = next(le["value"] for le in segment["length"] if le["source"] == "ART")
        segment["length"] += [
            {"value": round(article * maker.random.uniform(0.9, 1.1), 1), "source": source}
            for source in complete
        ]
    pack["source"] += new_sources
    pack["country"] += countries
    pack["segment"] += segments
    pack["organisation"] += organisations
    pack["membership"] += maker.memberships(all_countries, organisation_ids, source_ids)
    pack["person"] += people
    pack["event"] += maker.events(refs, source_ids)
    pack["topic"] += maker.topics(refs, source_ids)
    pack["quote"] += maker.quotes([p["id"] for p in people], refs, source_ids)
    pack["fact"] += [maker.fact(source_ids, "note") for _ in range(size.overview_facts)]
    # Every border now has the complete sources' lengths: each states its total too.
    for source in complete:
        value = sum(
            length["value"]
            for segment in pack["segment"]
            for length in segment["length"]
            if length["source"] == source
        )
        if value <= MAX_KM:  # the format refuses a longer total (thousands of borders add up)
            pack["total"].append({"value": round(value, 1), "source": source})
    return pack


def main() -> None:
    """Write the pack named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, metavar="OUT.json")
    parser.add_argument("--size", choices=sorted(SIZES), default="10k")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    pack = make_pack(SIZES[args.size], args.seed)
    data = json.dumps(pack, ensure_ascii=False, indent=1).encode()
    if len(data) > MAX_PACK_BYTES:
        raise SystemExit(
            f"make_pack: the {args.size} pack came to {len(data):,} bytes, over the "
            f"{MAX_PACK_BYTES:,} a pack may hold: make its Size smaller"
        )
    args.output.write_bytes(data)
    counts = ", ".join(f"{len(v)} {k}" for k, v in pack.items() if isinstance(v, list))
    print(f"wrote {args.output}: {len(data) / 1e6:.1f} MB; {counts}")


if __name__ == "__main__":
    main()
