"""One award named twice (in an award section and again in prose) is kept once."""

from __future__ import annotations

import re
from functools import lru_cache

from scoring.ingest.award_rules import GENERIC, KEYWORD
from scoring.model import Award

__all__ = ["new_only"]


# every pair of awards is compared, so a name's core is worked out once
@lru_cache(maxsize=4096)
def _core(name: str) -> str:
    text = name.lower().split(",")[0]
    text = re.sub(r"fellowships?|fellows?", "fellow", text)
    text = re.sub(r"scholarships?|scholars?", "scholar", text)
    text = re.sub(r"awards", "award", text)
    return " ".join(w for w in re.findall(r"[a-z0-9]+", text) if w not in {"the", "a", "an"})


def _same(a: Award, b: Award) -> bool:
    ca, cb = _core(a.name), _core(b.name)
    if not ca or not cb:
        return False
    if (
        a.year is not None
        and b.year is not None
        and a.year != b.year
        and not (KEYWORD.search(a.name) and re.search(r"fellow|scholar", ca))
    ):
        return False
    return f" {ca} " in f" {cb} " or f" {cb} " in f" {ca} "


@lru_cache(maxsize=4096)
def _kind(name: str) -> str | None:
    m = KEYWORD.search(name)
    return _core(m.group(0)) if m else None


def _named_by(award: Award, other: Award) -> bool:
    """Whether every distinctive word of *award* is in *other* and both are the same kind of honour.

    "Ada Byron Postdoctoral Fellow, Hill Institute" (a job title) and the listed "Ada Byron Memorial
    Fund Postdoctoral Fellowship" are one fellowship.
    """
    words = [w for w in _core(award.name).split() if w not in GENERIC]
    kind = _kind(award.name)
    return (
        bool(words)
        and kind is not None
        and kind == _kind(other.name)
        and set(words) <= set(_core(other.name).split())
    )


def new_only(prose: list[Award], listed: list[Award]) -> list[Award]:
    """Prose awards that no award-section entry (and no earlier prose award) already names."""
    kept: list[Award] = []
    for award in prose:
        if any(_same(award, other) for other in listed + kept) or any(_named_by(award, x) for x in listed):
            continue
        kept.append(award)
    return kept
