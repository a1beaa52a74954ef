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

from rapidfuzz import fuzz

from scoring.venues.fuzzy import ACCEPT, match_fuzzy
from scoring.venues.normalise import (
    LEAD_WORDS,
    acronym_candidates,
    acronym_key,
    clean,
    name_key,
    strip_lead,
)
from scoring.venues.table import VenueTable, load_table
from scoring.venues.words import TRACK_WORDS

__all__ = ["ACCEPT", "Resolution", "resolve_many", "resolve_one"]


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
_PARENS = re.compile(r"\(([^()]*)\)")
_SEGMENTS = re.compile(r"\s*[,;:]\s*|\s+[-–—]\s+")
_JOURNALISH = frozenset({"j", "trans", "lett", "rev", "ann", "q", "bull"})
_PUBLISHERS = frozenset({"ieee", "acm", "siam", "usenix", "ifip", "aaai", "springer", "elsevier"})
_WORD = re.compile(r"[a-z]+")


def _may_have_track(text: str) -> bool:
    """Whether a preprint, Findings or side-track pattern could match (most strings: no)."""
    words = set(_WORD.findall(text.lower()))
    return bool(words & TRACK_WORDS) or any(w.endswith("rxiv") for w in words)


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
    if found is None and key.endswith((" ser", " ser b", " ser c", " ser d")):
        # "Math. Program. Ser. A" is Mathematical Programming ("a" is a stop word)
        found = _by_name(table, key[: key.rindex(" ser")])
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
    if not _may_have_track(text):  # most strings: skip the track patterns
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


def resolve_many(texts: Iterable[str | None], table: VenueTable | None = None) -> dict[str, Resolution]:
    """Resolve many venue strings: each distinct string once, then one fuzzy batch for the rest.

    Returns:
        A dict from each distinct input string to its ``Resolution``.
    """
    table = table or load_table()
    try:
        return _resolve_all(texts, table)
    finally:
        name_key.cache_clear()


def _resolve_all(texts: Iterable[str | None], table: VenueTable) -> dict[str, Resolution]:
    results = {t: resolve_one(t, table) for t in dict.fromkeys(t or "" for t in texts)}
    pending = sorted({r.query for r in results.values() if r.query})
    matched = dict(zip(pending, match_fuzzy(table, pending), strict=True))
    for text, res in results.items():
        if not res.query:
            continue
        row, confidence, accepted = matched[res.query]
        if accepted:
            results[text] = replace(res, row=row, how="fuzzy", confidence=confidence, query="")
        else:
            results[text] = replace(res, guess=row if row >= 0 else None, confidence=confidence, query="")
    return results
