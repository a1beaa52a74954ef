"""Venue strings -> venue rows: tracks, exact keys, acronyms, then one batch of fuzzy matching.

Order, per distinct string:

1. preprints (arXiv, CoRR, bioRxiv, "under review") are their own bucket;
2. "Findings of ..." and side tracks (workshops, demos, companion volumes, ...) are split into the
   track and its host venue, so a workshop held at ICML is never ICML itself;
3. exact lookups: the whole name key, then parenthesised parts, then comma-separated segments,
   then acronyms ("NeurIPS'21", "(ICLR), 2024");
4. what is left is matched in one ``rapidfuzz`` batch against every known name. A fuzzy match is
   accepted only if every word on each side has a partner on the other (equal, a typo, or an
   abbreviation), so "Machine Learning and Applications" never becomes "Machine Learning".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np
from rapidfuzz import fuzz, process

from scoring.venues.normalise import (
    LEAD_WORDS,
    ORG_WORDS,
    STEM_WORDS,
    acronym_candidates,
    acronym_key,
    clean,
    name_key,
    signature,
    strip_lead,
)
from scoring.venues.table import VenueTable, load_table

__all__ = ["ACCEPT", "Resolution", "resolve_many", "resolve_one"]

ACCEPT = 0.85  # fuzzy matches below this confidence are left for the committee

_PREPRINT = re.compile(
    r"\barxiv\b|\bcorr\b|\b(?:bio|med|chem|psy|soc|edu|eng)rxiv\b|\bssrn\b|\bpreprints?\b|"
    r"\bunder (?:review|submission)\b|\bin (?:submission|preparation)\b|\bsubmitted\b|\bmanuscript\b",
    re.IGNORECASE,
)
_FINDINGS = re.compile(r"\bfindings\b(?:\s+of)?(?:\s+the)?", re.IGNORECASE)
_WORKSHOP = re.compile(r"\bworkshops?\b", re.IGNORECASE)
_HOST = re.compile(
    r"\b(?:held\s+)?(?:at|co-?located\s+with|colocated\s+with|(?:held\s+)?in\s+conjunction\s+with|"
    r"satellite\s+(?:event\s+)?of)\s+(?:the\s+)?(.+)$|@\s*(.+)$",
    re.IGNORECASE,
)
_SIDE = re.compile(
    r"\b(?:companion(?:\s+(?:volume|proceedings))?|adjunct(?:\s+proceedings)?|extended\s+abstracts?|"
    r"(?:system\s+)?demo(?:nstration)?s?(?:\s+(?:track|session|papers?))?|doctoral\s+(?:consortium|symposium)|"
    r"late[-\s]breaking(?:\s+(?:results?|papers?))?|work[-\s]in[-\s]progress|tiny\s+papers?(?:\s+track)?|"
    r"student\s+(?:abstracts?|research\s+workshop)|poster\s+(?:track|abstracts?|session)|"
    r"datasets?\s+(?:and|&)\s+benchmarks?(?:\s+track)?|blog\s*post\s+track|industry\s+track)\b",
    re.IGNORECASE,
)
# Substrings one of the track patterns above needs; a cheap filter before running them.
_TRACK_HINTS = re.compile(
    "arxiv|corr|rxiv|ssrn|preprint|under |in submission|in preparation|submitted|manuscript|findings|workshop|"
    "companion|adjunct|abstract|demo|doctoral|breaking|progress|tiny|student|poster|benchmark|blog|industry",
    re.IGNORECASE,
).search
_PARENS = re.compile(r"\(([^()]*)\)")
_SEGMENTS = re.compile(r"\s*[,;:]\s*|\s+[-–—]\s+")
_JOURNALISH = frozenset({"j", "trans", "lett", "rev", "ann", "q", "bull"})
_PUBLISHERS = frozenset({"ieee", "acm", "siam", "usenix", "ifip", "aaai", "springer", "elsevier"})
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Resolution:
    """How one venue string resolved.

    Attributes:
        row: the matched venue row (for Findings and side tracks: the host venue), or None.
        how: ``exact``, ``alias``, ``acronym``, ``fuzzy``, ``preprint`` or ``none``.
        confidence: 0..1; 1 for exact names.
        track: ``main``, ``findings``, ``side`` (workshops, demos, ...) or ``preprint``.
        guess: for a refused fuzzy match, the closest venue row (shown to the committee).
        query: the name key still to be matched fuzzily (internal to the batch step).
    """

    row: int | None
    how: str
    confidence: float
    track: str = "main"
    guess: int | None = None
    query: str = ""


_NONE = Resolution(None, "none", 0.0)


def _publishers(text: str) -> frozenset[str]:
    """Publisher words in a string: they tell "SIAM Conf. on Data Mining" from "IEEE Conf. on Data Mining"."""
    return frozenset(_WORD.findall(text.lower())) & _PUBLISHERS


def _pick(
    table: VenueTable, ids: tuple[int, ...], key: str, publishers: frozenset[str] = frozenset()
) -> tuple[int, bool]:
    """The row to take among namesakes, and whether another ranked venue shares the name.

    A row whose name has the string's publishers (SIAM, IEEE, ...) wins, then a journal if the
    string reads like one, then the best-ranked row.
    """
    if len(ids) > 1 and publishers:
        ids = tuple(i for i in ids if publishers <= _publishers(table.names[i])) or ids
    if len(ids) > 1 and _JOURNALISH & set(key.split()):
        ids = tuple(i for i in ids if table.kinds[i] == "journal") or ids
    return ids[0], len(ids) > 1 and table.ranked[ids[1]]


def _by_name(
    table: VenueTable, key: str, publishers: frozenset[str] = frozenset(), *, lead: bool = True
) -> Resolution | None:
    """Look a name key up as is, without "Proceedings of", and (if *lead*) without "Conference on"."""
    variants = [key, strip_lead(key)]
    if lead:
        variants.append(strip_lead(key, LEAD_WORDS))
    if key.endswith(" j"):
        variants.append(key[:-2])  # "Machine Learning Journal" is the journal Machine Learning
    for k in dict.fromkeys(variants):
        ids = table.by_name.get(k)
        if ids:
            own = tuple(i for i in ids if table.row_keys[i] == k)
            curated = table.by_curated.get(k)
            if curated is not None and curated not in own:  # a deliberate choice: PVLDB is VLDB
                return Resolution(curated, "alias", 0.95)
            row, ambiguous = _pick(table, own or ids, key, publishers)
            return Resolution(row, "exact" if own else "alias", (1.0 if own else 0.95) - 0.1 * ambiguous)
    return None


def _by_acronym(table: VenueTable, keys: Iterable[str], context: str) -> Resolution | None:
    """The first acronym key that names a venue; namesakes are told apart by the rest of the string."""
    for k in keys:
        ids = table.by_acronym.get(k)
        if not ids:
            continue
        if len(ids) > 1 and len(context.split()) >= 2:
            # "Automated Software Engineering (ASE)" picks the conference, not the journal.
            scores = [fuzz.token_set_ratio(context, table.row_keys[i]) for i in ids]
            best = max(scores)
            ids = tuple(i for i, sc in zip(ids, scores, strict=True) if sc == best)
        row, ambiguous = _pick(table, ids, context)
        return Resolution(row, "acronym", 0.85 if ambiguous else 0.95)
    return None


def _looks_like_acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 2


def _exact(table: VenueTable, text: str, *, acronyms: bool = True) -> Resolution | None:
    """Every lookup that needs no fuzzy matching, most specific first.

    Order: the whole name; a lone acronym ("DATA 2019" is the DATA conference, "Data" the
    journal); the name without its trailing "(ACRONYM 2019)"; acronyms in parentheses; the first
    comma-separated segments; any other acronym.
    """
    key = name_key(text)
    if not key:  # "A & A": only stop words, so only the acronym is left to look up
        return _by_acronym(table, [acronym_key(text)], "") if acronyms else None
    publishers = _publishers(text)
    core = strip_lead(key)  # "Proc. SC'22" is the acronym SC
    lone = " " not in core
    lone_keys = dict.fromkeys((acronym_key(text), acronym_key(core)))
    if lone and _looks_like_acronym(text):
        found = _by_acronym(table, lone_keys, key)
        if found is not None:
            return found
    found = _by_name(table, key, publishers)
    series = re.search(r" ser(?: [a-d])?$", key)
    if found is None and series:
        found = _by_name(table, key[: series.start()])  # "Math. Program. Ser. A" is Math. Program.
    if found is None and lone:  # one word left: "ACM Ubicomp" -> "ubicomp"
        found = _by_acronym(table, lone_keys, key)
    bare = _PARENS.sub(" ", text)
    if found is None and bare != text:
        last = text.rfind("(")  # "Trans. on VLSI (VLSI) Systems (TVLSI 2019)": drop only the last group
        for variant in dict.fromkeys((text[:last] + _PARENS.sub(" ", text[last:]), bare)):
            found = found or _by_name(table, name_key(variant), publishers)
    if found is None and acronyms:
        found = _by_acronym(table, acronym_candidates(" ".join(f"({p})" for p in _PARENS.findall(text))), key)
    if found is None:
        for part in _PARENS.findall(text) + _SEGMENTS.split(bare):
            part_key = name_key(part)
            if len(strip_lead(part_key).split()) >= 2 and part_key != key:
                found = _by_name(table, part_key, publishers, lead=False)
                if found:
                    break
    if found is None and acronyms:
        found = _by_acronym(table, acronym_candidates(text), key)
    return found


def _main(table: VenueTable, text: str) -> Resolution:
    found = _exact(table, text)
    if found is not None:
        return found
    query = strip_lead(name_key(_PARENS.sub(" ", text)))
    # One word is too little to guess from: "eEnergy" is not "Energy".
    return replace(_NONE, query=query) if " " in query else _NONE


def _workshop(table: VenueTable, text: str, at: int) -> Resolution:
    """A workshop: the workshop itself if the table knows it, else a side track of its host."""
    own = _exact(table, text, acronyms=False)  # "Information Theory Workshop" is a venue itself
    if own is not None:
        return own
    host = _HOST.search(text)
    if host:
        own_text, host_text = text[: host.start()], host.group(1) or host.group(2) or ""
    else:
        own_text, host_text = text[at:], text[:at]
    own = _exact(table, own_text, acronyms=False)
    if own is None:
        parens = [acronym_key(p) for p in _PARENS.findall(own_text)]
        own = _by_acronym(table, parens, name_key(own_text))
    if own is not None:
        return own
    if not strip_lead(name_key(host_text), LEAD_WORDS):
        return replace(_NONE, track="side")
    return replace(_main(table, host_text), track="side")


def resolve_one(text: str, table: VenueTable | None = None) -> Resolution:
    """Resolve one venue string without the fuzzy step (see ``resolve_many`` for that)."""
    table = table or load_table()
    text = clean(text or "")
    if not text:
        return _NONE
    if not _TRACK_HINTS(text):  # most strings: skip the track patterns
        return _main(table, text)
    if _PREPRINT.search(text):
        return Resolution(None, "preprint", 1.0, "preprint")
    findings = _FINDINGS.search(text)
    if findings:
        rest = text[findings.end() :].strip(" :,")
        host = rest.split(":", 1)[1] if ":" in rest else rest
        found = _main(table, host)
        if found.row is None and host != rest:
            found = _main(table, rest)
        return replace(found, track="findings")
    workshop = _WORKSHOP.search(text)
    if workshop:
        return _workshop(table, text, workshop.start())
    side = _SIDE.search(text)
    if side:
        own = _exact(table, text, acronyms=False)
        if own is not None and own.row is not None and _SIDE.search(table.names[own.row]):
            return own
        return replace(_main(table, text[: side.start()] + " " + text[side.end() :]), track="side")
    return _main(table, text)


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


def _fuzzy(table: VenueTable, queries: list[str]) -> list[tuple[int, float, bool]]:
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


def resolve_many(texts: Iterable[str | None], table: VenueTable | None = None) -> dict[str, Resolution]:
    """Resolve many venue strings: each distinct string once, then one fuzzy batch for the rest.

    Returns:
        A dict from each distinct input string to its ``Resolution``.
    """
    table = table or load_table()
    results = {t: resolve_one(t, table) for t in dict.fromkeys(t or "" for t in texts)}
    pending = sorted({r.query for r in results.values() if r.query})
    matched = dict(zip(pending, _fuzzy(table, pending), strict=True))
    for text, res in results.items():
        if not res.query:
            continue
        row, confidence, accepted = matched[res.query]
        if accepted:
            results[text] = replace(res, row=row, how="fuzzy", confidence=confidence, query="")
        else:
            results[text] = replace(res, guess=row if row >= 0 else None, confidence=confidence, query="")
    return results
