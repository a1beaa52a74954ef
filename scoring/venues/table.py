"""The venue table: public rankings plus curated aliases, loaded once and indexed for lookup.

The table is package data (``scoring/data/venues.csv``, built by ``scripts/build_venue_table.py``;
provenance in ``scoring/data/VENUES.md``) and holds no candidate data, so one cached copy per
process serves every pool.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from scoring.venues.normalise import LEAD_WORDS, acronym_key, clean, name_key, signature, strip_lead
from scoring.venues.tiers import Scheme, scheme_tiers

__all__ = ["DATA_DIR", "VenueTable", "load_table"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_QUALIFIER = re.compile(r"\s*(?:\s:\s.*|\([^()]*\))$")
_RANK_ORDER = {"A*": 5, "A": 4, "B": 3, "C": 2, "Q1": 4, "Q2": 3, "Q3": 2, "Q4": 1}


@dataclass(frozen=True)
class VenueTable:
    """Venue rows and the indexes the resolver looks strings up in.

    Attributes:
        rows: one row per venue (acronym, name, kind, core_rank, ccf_rank, sjr_quartile, ...).
        by_name: name key -> row ids (names, aliases and curated aliases; see ``name_key``).
        by_acronym: acronym key -> row ids, best-ranked first.
        choices: the distinct name keys, for fuzzy matching.
        choice_rows: for each choice, its preferred row id.
        by_signature: ``signature`` of a choice -> indexes into ``choices`` (abbreviation lookup).
        names, acronyms, kinds: the ``rows`` columns as lists (fast per-row access).
        by_curated: name keys of the curated aliases -> their row; these win over source names.
        row_keys: each row's own name key (to tell an exact name from an alias).
        ranked: whether each row has a rank in any list (CORE letter, CCF, SJR quartile).
    """

    rows: pd.DataFrame
    by_name: dict[str, tuple[int, ...]]
    by_acronym: dict[str, tuple[int, ...]]
    choices: list[str]
    choice_rows: list[int]
    row_keys: list[str]
    ranked: list[bool]
    by_signature: dict[str, tuple[int, ...]]
    names: list[str] = field(default_factory=list)
    by_curated: dict[str, int] = field(default_factory=dict)
    acronyms: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    _tiers: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def tiers(self, scheme: Scheme) -> list[str]:
        """Every row's tier under *scheme* (before overrides), computed once per scheme."""
        if scheme not in self._tiers:
            self._tiers[scheme] = scheme_tiers(self.rows, scheme)
        return self._tiers[scheme]


def _prominence(rows: pd.DataFrame) -> list[int]:
    """How strongly each row is ranked anywhere, so an A* venue beats its unranked namesakes."""
    best = pd.concat(
        [rows[col].map(_RANK_ORDER).fillna(0) for col in ("core_rank", "ccf_rank", "sjr_quartile")], axis=1
    ).max(axis=1)
    n_sources = rows["sources"].str.count(";") + 1
    scores: list[int] = (best * 10 + n_sources).astype(int).tolist()
    return scores


def _add(index: dict[str, list[int]], key: str, row: int) -> None:
    if key:
        bucket = index.setdefault(key, [])
        if row not in bucket:
            bucket.append(row)


def _is_acronym_like(alias: str) -> bool:
    return " " not in alias.strip() or len(alias) <= 12


def _read_aliases(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [(r["alias"].strip(), r["target"].strip()) for r in csv.DictReader(fh) if r["alias"].strip()]


def _target_rows(target: str, by_acr: dict[str, list[int]], names: dict[str, list[int]]) -> list[int]:
    exact = names.get(target.lower(), [])
    return exact or by_acr.get(acronym_key(target), [])


@lru_cache(maxsize=4)
def load_table(path: Path | None = None, aliases: Path | None = None) -> VenueTable:
    """Read and index the venue table (cached: it is public data, read once per process).

    Args:
        path: a venues CSV with the shipped columns; defaults to the shipped table.
        aliases: a CSV of ``alias,target[,note]`` rows; defaults to the shipped curated aliases.
    """
    # Package data is read here rather than in ingest.readers: it is not user input.
    rows = pd.read_csv(path or DATA_DIR / "venues.csv", dtype=str, keep_default_na=False)
    by_name: dict[str, list[int]] = {}
    by_acr: dict[str, list[int]] = {}
    exact_names: dict[str, list[int]] = {}
    row_keys: list[str] = []
    columns = (rows["acronym"].tolist(), rows["name"].tolist(), rows["aliases"].tolist())
    for i, (acr, name, alias_cell) in enumerate(zip(*columns, strict=True)):
        exact_names.setdefault(name.lower(), []).append(i)
        _add(by_acr, acronym_key(acr), i)
        key = name_key(clean(name))
        row_keys.append(key)
        _add(by_name, key, i)
        for alias in filter(None, alias_cell.split(";")):
            _add(by_name, name_key(clean(alias)), i)
            if _is_acronym_like(alias) and any(ch.isupper() for ch in alias[1:]):
                _add(by_acr, acronym_key(alias), i)
    # SJR titles carry qualifiers CVs leave out: "Journal of X : JASN", "Integrative Biology
    # (United Kingdom)". The bare title is indexed too, unless it names another venue.
    for i, name in enumerate(columns[1]):
        bare = _QUALIFIER.sub("", name)
        if bare != name and len(bare.split()) >= 2 and (key := name_key(clean(bare))) not in by_name:
            _add(by_name, key, i)
    curated: dict[str, int] = {}
    for alias, target in _read_aliases(aliases or DATA_DIR / "venue_aliases.csv"):
        for i in _target_rows(target, by_acr, exact_names)[:1]:
            curated[name_key(clean(alias))] = i
            _add(by_name, name_key(clean(alias)), i)
            if " " not in alias or alias.isupper():
                _add(by_acr, acronym_key(alias), i)
    # SJR says "Applied Soft Computing Journal" where CVs print "Applied Soft Computing".
    for key, ids in list(by_name.items()):
        if key.endswith(" j") and len(key.split()) >= 3 and key[:-2] not in by_name:
            for i in ids:
                _add(by_name, key[:-2], i)
    # Queries drop a leading "Proceedings of" / "Conference on"; names that start with them are
    # indexed without them too, unless that shorter key is another venue's own name.
    for key, ids in list(by_name.items()):
        short = strip_lead(key, LEAD_WORDS)
        # Two words ("software engineering") are too generic to stand for one venue.
        if short != key and len(short.split()) >= 3 and short not in by_name:
            for i in ids:
                _add(by_name, short, i)
    order = _prominence(rows)

    def by_rank(ids: list[int]) -> tuple[int, ...]:
        return tuple(sorted(ids, key=lambda i: -order[i]))

    names = {k: by_rank(v) for k, v in by_name.items()}
    name_key.cache_clear()  # the table's keys are built; keep the cache for CV strings only
    signatures: dict[str, list[int]] = {}
    for ci, key in enumerate(names):
        signatures.setdefault(signature(key), []).append(ci)
    return VenueTable(
        rows=rows,
        by_name=names,
        by_acronym={k: by_rank(v) for k, v in by_acr.items()},
        choices=list(names),
        choice_rows=[ids[0] for ids in names.values()],
        row_keys=row_keys,
        ranked=[o >= 10 for o in order],
        by_signature={k: tuple(v) for k, v in signatures.items()},
        names=columns[1],
        by_curated=curated,
        acronyms=columns[0],
        kinds=rows["kind"].tolist(),
    )
