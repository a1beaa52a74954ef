"""Fuzzy matching of the venue strings exact lookups missed: one batch, strict acceptance.

Candidates come from two places: names sharing the string's abbreviation signature ("J Am Soc
Nephrol" and "Journal of the American Society of Nephrology"), then one ``rapidfuzz`` ``cdist``
over every known name. A candidate is accepted only if every word on each side has a partner
(equal, a typo, or an abbreviation), so "Machine Learning and Applications" is never "Machine
Learning"; a refused candidate is still returned as the committee's best guess.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

from scoring.venues.normalise import ORG_WORDS, STEM_WORDS, signature
from scoring.venues.table import VenueTable

__all__ = ["ACCEPT", "match_fuzzy"]

ACCEPT = 0.85  # fuzzy matches below this confidence are left for the committee

_MEETINGS = frozenset({"conf", "meeting", "symp", "congress", "colloquium", "forum"})


def _pair_cost(word: str, other: str) -> float | None:
    """How far *word* (from a CV) is from *other* (a known name's stem): None if unrelated."""
    if word == other:
        return 0.0
    if word in _MEETINGS and other in _MEETINGS:
        return 0.05  # "Annual Conference of the X Society" vs "Annual Meeting of the X Society"
    known = word in STEM_WORDS or other in STEM_WORDS  # a known stem is never itself a prefix
    if not known and min(len(word), len(other)) >= 3 and (other.startswith(word) or word.startswith(other)):
        return 0.02  # an abbreviation the stem table does not know
    if len(word) >= 5 and any(fuzz.ratio(word, full) >= 85 for full in (other, *STEM_WORDS.get(other, ()))):
        return 0.04  # a typo
    return None


def _alignment(query: str, candidate: str) -> float | None:
    """Confidence that *query* names *candidate*: every word on each side needs a partner.

    Misspelt publisher words ("Internatinal") are ignored at a small cost; any other word
    without a partner refuses the match, which is what keeps "Machine Learning and
    Applications" from becoming "Machine Learning".
    """
    right = candidate.split()
    confidence = 0.97
    for word in query.split():
        costs = [(c, w) for w in right if (c := _pair_cost(word, w)) is not None]
        if costs:
            cost, partner = min(costs)
            confidence -= cost
            right.remove(partner)
        elif len(word) >= 5 and any(fuzz.ratio(word, org) >= 85 for org in ORG_WORDS):
            confidence -= 0.03
        else:
            return None
    return None if right else confidence


def _by_signature(table: VenueTable, query: str) -> tuple[int, float, bool] | None:
    """An ISO-4 style abbreviation keeps each word's start: "J Am Soc Nephrol" -> "j am soc nep"."""
    best: tuple[int, float, bool] | None = None
    for ci in table.by_signature.get(signature(query), ()):
        aligned = _alignment(query, table.choices[ci])
        if aligned is not None and (best is None or aligned > best[1]):
            best = (table.choice_rows[ci], aligned, aligned >= ACCEPT)
    return best


def match_fuzzy(table: VenueTable, queries: list[str]) -> list[tuple[int, float, bool]]:
    """Best row, confidence and acceptance for each query: abbreviations first, then ``cdist``."""
    found = {q: hit for q in queries if (hit := _by_signature(table, q)) is not None and hit[2]}
    rest = [q for q in queries if q not in found]
    found |= dict(zip(rest, _fuzzy_cdist(table, rest), strict=True))
    return [found[q] for q in queries]


def _fuzzy_cdist(table: VenueTable, queries: list[str]) -> list[tuple[int, float, bool]]:
    """Best row, confidence and acceptance for each query, from one ``cdist`` call."""
    if not queries:
        return []
    scores = process.cdist(
        queries, table.choices, scorer=fuzz.ratio, score_cutoff=60, dtype=np.uint8, workers=-1
    )
    # Scores under the cutoff are 0: keep the non-zero cells, best first within each query.
    q_idx, c_idx = np.nonzero(scores)
    order = np.lexsort((-scores[q_idx, c_idx].astype(np.int16), q_idx))
    q_sorted, c_sorted = q_idx[order], c_idx[order]
    within = np.arange(len(q_sorted)) - np.searchsorted(q_sorted, q_sorted, side="left")
    top = within < 4
    candidates: dict[int, list[int]] = {}
    for qi, ci in zip(q_sorted[top].tolist(), c_sorted[top].tolist(), strict=True):
        candidates.setdefault(qi, []).append(ci)
    out: list[tuple[int, float, bool]] = []
    for qi, query in enumerate(queries):
        best: tuple[int, float, bool] = (-1, 0.0, False)
        for ci in candidates.get(qi, ()):
            score = float(scores[qi, ci]) / 100
            aligned = _alignment(query, table.choices[ci])
            confidence = aligned if aligned is not None else min(score, 0.6)
            if confidence > best[1]:
                best = (table.choice_rows[ci], confidence, aligned is not None and aligned >= ACCEPT)
        out.append(best)
    return out
