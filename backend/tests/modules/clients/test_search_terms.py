"""How the search box is read (pure functions)."""

from __future__ import annotations

import pytest

from app.modules.clients.search import (
    SearchTerms,
    best_corrections,
    edit_distance,
    fold,
    max_edits,
    near_spellings,
    parse,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jaun  Perex", SearchTerms(text="jaun perex", words=("jaun", "perex"))),
        ("María de la Luz", SearchTerms(text="maria de la luz", words=("maria", "luz"))),
        ("Núñez-Ibáñez", SearchTerms(text="nunez ibanez", words=("nunez", "ibanez"))),
        ("33 1234", SearchTerms(text="331234", phone_prefix="331234", folio=331234)),
        ("+52 (33) 1234-5678", SearchTerms(text="3312345678", phone_prefix="3312345678")),
        ("523312345678", SearchTerms(text="3312345678", phone_prefix="3312345678")),
        ("25031", SearchTerms(text="25031", phone_prefix="25031", folio=25031)),
        ("12", SearchTerms(text="12", folio=12)),
        ("pegj8001", SearchTerms(text="pegj8001", rfc_prefix="PEGJ8001")),
        ("PEGJ-800101-AB1", SearchTerms(text="pegj 800101 ab1", rfc_prefix="PEGJ800101AB1")),
        ("juan", SearchTerms(text="juan", words=("juan",), rfc_prefix="JUAN")),
        ("perez", SearchTerms(text="perez", words=("perez",))),
        ("jo", SearchTerms(text="jo")),
    ],
)
def test_parse(raw: str, expected: SearchTerms) -> None:
    assert parse(raw) == expected


def test_empty_terms() -> None:
    assert parse("jo").is_empty and parse("  -- ").is_empty
    assert not parse("juan").is_empty


def test_fold_matches_unaccent() -> None:
    assert fold("  ÁNGEL  Ñúñez-Ibáñez ") == "angel nunez ibanez"


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("juan", "juan", 0),
        ("jaun", "juan", 1),  # a swap is one edit
        ("garsia", "garcia", 1),
        ("jse", "jose", 1),
        ("josse", "jose", 1),
        ("ybrra", "ibarra", 2),
        ("abc", "xyzw", 3),  # beyond the limit
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance


def test_near_spellings_cover_what_trigrams_miss() -> None:
    assert "juan" in near_spellings("jaun")
    assert "jose" in near_spellings("josse")
    assert "jaun" not in near_spellings("jaun")


def test_best_corrections() -> None:
    vocabulary = ["juan", "juana", "jana", "joan", "jaime", "jaun"]
    assert best_corrections("jaun", vocabulary) == ["juan"]
    assert best_corrections("marta", ["maria", "marta", "martha", "mario"], include_self=True) == [
        "marta",
        "maria",
        "martha",
    ]
    assert best_corrections("hernadez", ["hernandez", "fernandez", "hernan"]) == ["hernandez", "fernandez"]
    assert max_edits("juan") == 1 and max_edits("garcia") == 2
