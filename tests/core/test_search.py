"""The search's fold across scripts, its typo rule and its ranks, on plain names."""

from __future__ import annotations

import pytest

from borderdesk.core.search import (
    EXACT,
    PART,
    PREFIX,
    TYPO,
    WORD,
    SearchIndex,
    prefix_distance,
    typos_allowed,
)
from borderdesk.core.search_fold import fold


@pytest.mark.parametrize(
    "spellings",
    [
        ["Kazakhstan", "Kazakstan", "Qazaqstan", "Казахстан", "Қазақстан", "KAZAKHSTAN"],
        ["Kyrgyzstan", "Kirgizstan", "Кыргызстан", "Қырғызстан"],
        ["Alma-Ata", "Alma Ata", "Алма-Ата", "alma_ata"],
        ["Nur-Sultan", "Нұр-Сұлтан", "Нур-Султан"],
        ["Irtysh", "Иртыш"],
        ["Zhaiyq", "Жайық"],
        ["Tajikistan", "Таджикистан"],
        ["Türkiye", "Turkiye"],
    ],
)
def test_spellings_of_one_name_fold_alike(spellings: list[str]) -> None:
    assert len({fold(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    ("kazakh", "russian"),
    [("ә", "а"), ("ғ", "г"), ("қ", "к"), ("ң", "н"), ("ө", "о"), ("ұ", "у"), ("ү", "у"),
     ("һ", "х"), ("і", "и")],
)  # fmt: skip
def test_kazakh_letters_fold_to_their_russian_neighbours(kazakh: str, russian: str) -> None:
    assert fold(kazakh) == fold(russian)
    assert fold(kazakh.upper()) == fold(russian)


def test_different_names_stay_apart() -> None:
    assert fold("Russia") != fold("Belarus")
    assert fold("ОДКБ") != fold("ШОС")


@pytest.mark.parametrize(
    ("word", "typos"),
    [("uz", 0), ("uzbe", 0), ("uzbek", 1), ("uzbekst", 1), ("uzbekist", 2), ("uzbekstan", 2)],
)
def test_typos_allowed_grow_with_the_word(word: str, typos: int) -> None:
    assert typos_allowed(word) == typos


@pytest.mark.parametrize(
    ("query", "word", "distance"),
    [
        ("uzbekstan", "uzbekistan", 1),  # a letter left out
        ("kirgistan", "kirgizstan", 1),
        ("turkemnistan", "turkmenistan", 1),  # two neighbours swapped
        ("uzbeki", "uzbekistan", 0),  # the start of the word
        ("usbekistab", "uzbekistan", 2),
        ("abcdefgh", "uzbekistan", 3),  # more than the limit: the limit plus one
    ],
)
def test_prefix_distance_counts_edits_to_a_start_of_the_word(
    query: str, word: str, distance: int
) -> None:
    assert prefix_distance(query, word, 2) == distance


def test_ranks_exact_prefix_word_part_then_near() -> None:
    index = SearchIndex(
        [[fold(n)] for n in ["Almaty", "Almaty region", "Old Almaty", "Kazalmaty", "Almatx"]]
    )

    assert index.find("almaty").ranks == {0: EXACT, 1: PREFIX, 2: WORD, 3: PART}
    assert index.find("almatyy region").ranks == {1: TYPO}
    assert index.find("").ranks == dict.fromkeys(range(5), EXACT)


def test_typing_on_narrows_the_near_words_to_those_still_near() -> None:
    index = SearchIndex([[fold("Uzbekistan")], [fold("Uzbekabad")]])

    assert set(index.find("uzbekx").ranks) == {0, 1}
    assert set(index.find("uzbekxs").ranks) == {0}
    assert set(index.find("uzbekxst").ranks) == {0}


def test_a_typo_finds_exactly_the_words_within_its_edits_of_a_query() -> None:
    """Every word whose start is near enough is found, and no other (letters of any script)."""
    import random

    chance = random.Random(7)  # noqa: S311 - the same words every run, not a secret
    letters = "abdeikmnorstuzқұәжшы"
    words = sorted(
        {
            fold("".join(chance.choice(letters) for _ in range(chance.randint(3, 11))))
            for _ in range(3000)
        }
    )
    index = SearchIndex([[word] for word in words])
    queries = []
    for word in words:  # a word's start with a letter or two changed, some not in any word
        if len(word) >= 5:
            query = list(word[: chance.randint(5, len(word))])
            for _ in range(chance.randint(1, 3)):
                query[chance.randrange(1, len(query))] = chance.choice(letters + "ёф")
            queries.append(fold("".join(query)))
    checked = found_some = 0
    for query in queries:
        if any(w.startswith(query) for w in words):  # found as it is: no typo looked for
            continue
        limit = typos_allowed(query)
        expected = [
            w
            for w in words
            if w[0] == query[0]
            and len(w) >= len(query) - limit
            and prefix_distance(query, w, limit) <= limit
        ]
        found = index.find(query)
        assert sorted({w for near in found.near.values() for w in near}) == expected, query
        checked += 1
        found_some += bool(expected)
    assert checked > 500
    assert found_some > 100
