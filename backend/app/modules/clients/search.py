"""How a client search text is read (pure functions; the SQL lives in the repository).

One box searches everything (screens §1.3):
- only digits (spaces, dashes, parentheses and +52 ignored): a phone prefix (3-10 digits) of the
  WhatsApp or the second phone, and, when it fits, a policy folio (exact);
- an RFC prefix (``PEGJ``, ``PEGJ8001``, ``PEGJ800101AB1``): the RFC column, by prefix;
- words: the full name, forgiving accents, case and small typos. Each word of 3+ letters must be
  similar to a word of the name (pg_trgm word similarity >= ``WORD_THRESHOLD``, served by the GIN
  trigram index ``ix_client_full_name_trgm``), so "maria jose" finds "María José" and "perex"
  finds "Pérez". Requiring every word keeps the index's candidate sets small (fast); ranking is
  by the similarity of the whole text to the whole name.
- when that finds nothing, the words are corrected against the vocabulary of name words
  (``client_name_word``): a word that is in no name is replaced by the real words at most
  ``max_edits`` edits away (a wrong, missing or extra letter, or two letters swapped: trigrams
  alone cannot see that "jaun" is "juan", they share one trigram of five); when every word is a
  real one, each may also be a neighbour ("marta" for "maria"). The second pass then looks for the
  corrected words, exactly.
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
CORRECTED_THRESHOLD: Final = 0.8
"""The second pass looks for vocabulary words, which are in the names as they are: a high
threshold keeps its index scans narrow."""
CANDIDATE_SIMILARITY: Final = 0.25
"""pg_trgm.similarity_threshold to fetch correction candidates from the vocabulary (a wrong letter
in a 4-letter word still shares a quarter of its trigrams); edit distance then decides."""
MAX_CORRECTIONS: Final = 5
MIN_WORD: Final = 3
MAX_WORDS: Final = 6
INT32_MAX: Final = 2_147_483_647

_RFC_PREFIX: Final = re.compile(r"^[A-ZÑ&]{3,4}(?:[0-9]{1,6}|[0-9]{6}[A-Z0-9]{1,3})?$")
_SEPARATORS: Final = re.compile(r"[\s\-().]")


def fold(text: str) -> str:
    """Lower case, no accents, letters/digits and single spaces: the name as compared."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def max_edits(word: str) -> int:
    """How far a correction may be: one edit up to 5 letters, two from 6."""
    return 1 if len(word) <= 5 else 2


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
    adjacent letters); anything above ``limit`` is reported as ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def near_spellings(word: str) -> tuple[str, ...]:
    """The word with two adjacent letters swapped or one letter left out: exact-lookup
    candidates that share too few trigrams with the typed word to be found by similarity."""
    out: dict[str, None] = {}
    for i in range(len(word) - 1):
        out[word[:i] + word[i + 1] + word[i] + word[i + 2 :]] = None
    for i in range(len(word)):
        out[word[:i] + word[i + 1 :]] = None
    out.pop(word, None)
    return tuple(w for w in out if len(w) >= MIN_WORD)


def best_corrections(word: str, candidates: list[str], *, include_self: bool = False) -> list[str]:
    """The vocabulary ``candidates`` within ``max_edits`` of ``word``, nearest first."""
    limit = max_edits(word)
    scored = sorted((edit_distance(word, c, limit), c) for c in set(candidates) if include_self or c != word)
    return [c for d, c in scored if d <= limit][:MAX_CORRECTIONS]


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
