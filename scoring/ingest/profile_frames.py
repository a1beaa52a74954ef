"""Working on a pool's frames instead of its ``ParsedCV`` records, which are not kept once read.

A pool of 10,000 CVs held as ``ParsedCV`` objects next to its frames costs twice the memory (and
the Python objects more than the Arrow-backed frames). So a loaded pool keeps only the frames:
dropping a duplicate, joining cached and freshly read candidates and naming candidates are done
on the frames here, and ``ParsedView`` rebuilds a ``ParsedCV`` from them when one is asked for.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from scoring.model import Award, Awards, Candidates, ParsedCV, Profiles, Publication, Publications

__all__ = ["ParsedView", "drop_candidates", "join_in_order", "rename_candidates"]


def _value(v: Any) -> Any:
    """A frame cell as the plain Python value a ``ParsedCV`` holds (``None`` for missing)."""
    if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
        return None
    return v.item() if isinstance(v, np.generic) else v


def _split(joined: Any) -> list[str]:
    return str(joined).split("; ") if _value(joined) else []


def _int(v: Any) -> int | None:
    v = _value(v)
    return None if v is None else int(v)


class ParsedView(Mapping[str, ParsedCV]):
    """``candidate_id -> ParsedCV`` rebuilt from *profiles* on access, in pool order.

    The rebuilt record is what the frames hold: a name that was not found reads back as ``None``
    (the frame shows the candidate id there), and lists joined with ``"; "`` are split again.
    """

    def __init__(self, profiles: Profiles) -> None:
        self._profiles = profiles
        self._pubs: dict[Any, np.ndarray] | None = None
        self._awards: dict[Any, np.ndarray] | None = None

    def __iter__(self) -> Iterator[str]:
        return iter(self._profiles.candidates.index)

    def __len__(self) -> int:
        return len(self._profiles.candidates)

    def __contains__(self, key: object) -> bool:
        return key in self._profiles.candidates.index

    def __getitem__(self, cid: str) -> ParsedCV:
        cands = self._profiles.candidates
        if cid not in cands.index:
            raise KeyError(cid)
        if self._pubs is None:  # grouped once, on the first record asked for
            self._pubs = self._profiles.publications.groupby(Publications.candidate_id, sort=False).indices
            self._awards = self._profiles.awards.groupby(Awards.candidate_id, sort=False).indices
        row = cands.loc[cid]
        name = _value(row[Candidates.name])
        return ParsedCV(
            name=None if name == cid else name,
            email=_value(row[Candidates.email]),
            current_position=_value(row[Candidates.current_position]),
            phd_institution=_value(row[Candidates.phd_institution]),
            phd_year=_int(row[Candidates.phd_year]),
            research_interests=_value(row[Candidates.research_interests]),
            publications=self._publications(cid),
            awards=self._award_list(cid),
            warnings=_split(row[Candidates.parse_warnings]),
            source_files=_split(row[Candidates.source_files]),
            text=_value(row[Candidates.text]) or "",
        )

    def _publications(self, cid: str) -> list[Publication]:
        assert self._pubs is not None
        rows = self._profiles.publications.iloc[self._pubs.get(cid, [])]
        return [
            Publication(
                title=_value(r[Publications.title]) or "",
                authors=_split(r[Publications.authors]),
                candidate_author_position=_int(r[Publications.candidate_author_position]),
                venue=_value(r[Publications.venue]),
                venue_acronym=_value(r[Publications.venue_acronym]),
                year=_int(r[Publications.year]),
                type=_value(r[Publications.type]) or "other",
                source_line=_int(r[Publications.source_line]),
                source_text=_value(r[Publications.source_text]) or "",
                note=_value(r[Publications.note]),
            )
            for r in rows.to_dict("records")
        ]

    def _award_list(self, cid: str) -> list[Award]:
        assert self._awards is not None
        rows = self._profiles.awards.iloc[self._awards.get(cid, [])]
        return [
            Award(
                name=_value(r[Awards.name]) or "",
                year=_int(r[Awards.year]),
                source_line=_int(r[Awards.source_line]),
                source_text=_value(r[Awards.source_text]) or "",
            )
            for r in rows.to_dict("records")
        ]


def _renumbered(frame: pd.DataFrame, id_column: str) -> pd.DataFrame:
    # ids are row numbers, as to_frames gives them
    frame = frame.reset_index(drop=True)
    frame[id_column] = np.arange(len(frame), dtype=np.int64)
    return frame


def drop_candidates(profiles: Profiles, cids: Collection[str]) -> Profiles:
    """*profiles* without the candidates *cids*, numbered as if they had never been read."""
    if not cids:
        return profiles
    gone = list(cids)
    pubs = profiles.publications
    awards = profiles.awards
    return Profiles(
        candidates=profiles.candidates[~profiles.candidates.index.isin(gone)],
        publications=_renumbered(pubs[~pubs[Publications.candidate_id].isin(gone)], Publications.pub_id),
        awards=_renumbered(awards[~awards[Awards.candidate_id].isin(gone)], Awards.award_id),
    )


def rename_candidates(profiles: Profiles, names: Mapping[str, str]) -> Profiles:
    """*profiles* with candidate ids renamed by *names* (ids not in it stay)."""
    names = {old: new for old, new in names.items() if old != new}
    if not names:
        return profiles
    cands = profiles.candidates.rename(index=names)
    cands[Candidates.candidate_id] = cands.index.to_numpy()
    cands = cands.astype({Candidates.candidate_id: Candidates.dtypes[Candidates.candidate_id]})
    pubs = profiles.publications.copy()
    pubs[Publications.candidate_id] = pubs[Publications.candidate_id].replace(names)
    awards = profiles.awards.copy()
    awards[Awards.candidate_id] = awards[Awards.candidate_id].replace(names)
    return replace(profiles, candidates=cands, publications=pubs, awards=awards)


def _ordered(frame: pd.DataFrame, column: str, position: Mapping[str, int]) -> pd.DataFrame:
    # stable: a candidate's rows keep their order
    key = frame[column].map(position).to_numpy(dtype=np.int64)
    return frame.iloc[np.argsort(key, kind="stable")]


def join_in_order(parts: Sequence[Profiles], order: Sequence[str]) -> Profiles:
    """One ``Profiles`` of every candidate in *parts*, in the order of *order* (ids not in it last).

    The result equals ``to_frames`` over the same records in that order.
    """
    parts = [p for p in parts if len(p)] or list(parts[:1])
    if len(parts) == 1:
        only = parts[0]
        if list(only.candidates.index) == [c for c in order if c in only.candidates.index]:
            return only
    candidates = pd.concat([p.candidates for p in parts])
    position = {cid: i for i, cid in enumerate(order)}
    for cid in candidates.index:
        position.setdefault(cid, len(position))
    candidates = candidates.iloc[
        np.argsort(candidates.index.map(position).to_numpy(dtype=np.int64), kind="stable")
    ]
    pubs = pd.concat([p.publications for p in parts], ignore_index=True)
    awards = pd.concat([p.awards for p in parts], ignore_index=True)
    return Profiles(
        candidates=candidates,
        publications=_renumbered(_ordered(pubs, Publications.candidate_id, position), Publications.pub_id),
        awards=_renumbered(_ordered(awards, Awards.candidate_id, position), Awards.award_id),
    )
