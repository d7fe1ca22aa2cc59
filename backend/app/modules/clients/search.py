"""How a client search text is read (pure functions; the SQL lives in the repository).

One box searches everything (screens §1.3):
- only digits (spaces, dashes, parentheses and +52 ignored): a phone prefix (3-10 digits) of the
  WhatsApp or the second phone, and, when it fits, a policy folio (exact);
- an RFC prefix (``PEGJ``, ``PEGJ8001``, ``PEGJ800101AB1``): the RFC column, by prefix;
- words: the full name, forgiving accents, case and typos. Each word of 3+ letters must be
  similar to a word of the name (pg_trgm word similarity >= ``WORD_THRESHOLD``, served by the GIN
  trigram index ``ix_client_full_name_trgm``), so "maria jose" finds "María José" and "perex"
  finds "Pérez". Requiring every word keeps the index's candidate sets small (fast); ranking is
  by the similarity of the whole text to the whole name.
- when that finds nothing, a second pass forgives more: each word that matches no name on its own
  (an index probe per word) is also tried with two adjacent letters swapped (a swap inside a short
  word destroys most of its trigrams: "jaun" shares one of five with "juan"), and the threshold
  drops to ``TYPO_THRESHOLD`` (a wrong letter inside a 5-letter word: "marha").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

WORD_THRESHOLD: Final = 0.55
"""pg_trgm.word_similarity_threshold of the first pass: accents and case never matter (both sides
are folded), and one wrong or missing letter in a word of 6+ letters, or at the end of a 5-letter
one, still matches ("garsia", "perex", "lopes", "gonzales", "hernandes")."""
TYPO_THRESHOLD: Final = 0.5
"""The second pass (only when the first finds nothing): one wrong letter inside a 5-letter word."""
MIN_WORD: Final = 3
TYPO_WORD_LENGTHS: Final = range(4, 7)
"""Words whose adjacent-swap variants the second pass tries: from 7 letters a swap keeps half of
the word's trigrams, enough for the threshold."""
MAX_WORDS: Final = 6
INT32_MAX: Final = 2_147_483_647

_RFC_PREFIX: Final = re.compile(r"^[A-ZÑ&]{3,4}(?:[0-9]{1,6}|[0-9]{6}[A-Z0-9]{1,3})?$")
_SEPARATORS: Final = re.compile(r"[\s\-().]")


def fold(text: str) -> str:
    """Lower case, no accents, letters/digits and single spaces: the name as compared."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def typo_variants(word: str) -> tuple[str, ...]:
    """``word`` and its versions with two adjacent letters swapped ("jaun" -> "ajun", "juan", "janu").

    Only words of ``TYPO_WORD_LENGTHS`` get variants, and only swaps that break the match: a swap
    of the last two letters of a 5-6 letter word leaves enough trigrams for the threshold (and
    would only add an expensive, redundant index scan)."""
    variants = [word]
    if len(word) not in TYPO_WORD_LENGTHS:
        return tuple(variants)
    for i in range(max(len(word) - 3, 2) + 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped not in variants:
            variants.append(swapped)
    return tuple(variants)


@dataclass(frozen=True, slots=True)
class SearchTerms:
    text: str  # the folded text (for the similarity ranking)
    words: tuple[str, ...] = ()
    phone_prefix: str | None = None
    rfc_prefix: str | None = None
    folio: int | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.phone_prefix or self.rfc_prefix or self.folio)


def parse(raw: str) -> SearchTerms:
    compact = _SEPARATORS.sub("", raw.strip())
    if compact.startswith("+52"):
        compact = compact[3:]
    if compact.isdigit():
        digits = compact
        if len(digits) in (12, 13) and digits.startswith("52"):
            digits = digits[3:] if len(digits) == 13 else digits[2:]
        phone = digits if 3 <= len(digits) <= 10 else None
        folio = int(digits) if len(digits) <= 10 and 0 < int(digits) <= INT32_MAX else None
        return SearchTerms(text=digits, phone_prefix=phone, folio=folio)
    upper = compact.upper()
    rfc = upper if len(upper) >= 4 and _RFC_PREFIX.fullmatch(upper) else None
    folded = fold(raw)
    if rfc is not None and any(c.isdigit() for c in rfc):  # clearly an RFC: its letters are no name
        return SearchTerms(text=folded, rfc_prefix=rfc)
    words = tuple(
        dict.fromkeys(w for w in folded.split() if len(w) >= MIN_WORD and not any(c.isdigit() for c in w))
    )[:MAX_WORDS]
    return SearchTerms(text=folded, words=words, rfc_prefix=rfc)
