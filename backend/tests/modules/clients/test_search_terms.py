"""How the search box is read (pure functions)."""

from __future__ import annotations

import pytest

from app.modules.clients.search import SearchTerms, fold, parse, typo_variants


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


def test_typo_variants_swap_the_letters_that_break_the_match() -> None:
    assert typo_variants("jaun") == ("jaun", "ajun", "juan", "janu")
    assert typo_variants("perex") == ("perex", "eprex", "preex", "peerx")  # not "perxe": 0.5 already
    assert "garcia" in typo_variants("garica")
    assert typo_variants("hernandez") == ("hernandez",)  # long words keep enough trigrams
    assert typo_variants("ana") == ("ana",)
