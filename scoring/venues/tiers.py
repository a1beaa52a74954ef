"""Tier schemes: which label a venue row gets, and the committee's overrides.

Schemes (the config's ``[venues] scheme``):

- ``core``: conferences get their CORE 2023 rank (A*, A, B, C). CORE stopped ranking journals in
  2010, so journals fall back to their SJR quartile (Q1..Q4). CORE's other labels (National,
  Australasian, Unranked, TBR, Journal Published) count as ``unranked``.
- ``ccf``: the CCF 2026 list's A, B or C, for conferences and journals alike; nothing else.
- ``sjr``: journals get their SJR 2021 best quartile; conferences are ``unranked``.
- ``best``: the higher of the CORE rank, the CCF rank and the SJR quartile, on the scale
  A* > A = Q1 > B = Q2 > C = Q3 > Q4 (a letter wins a tie). The same equivalence is built into the
  default tier weights (A and Q1 both weigh 2).
- ``custom``: only the committee's overrides; every other venue is ``unranked``.

``unranked`` (no rank in the scheme, or no venue found) and ``preprint`` are explicit tiers.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, get_args

import numpy as np
import pandas as pd

from scoring.errors import ConfigError

__all__ = [
    "SCHEMES",
    "TIERS",
    "Scheme",
    "check_overrides",
    "check_scheme",
    "load_overrides",
    "parse_overrides",
    "scheme_tier",
    "scheme_tiers",
    "tier_below",
]

Scheme = Literal["core", "ccf", "sjr", "best", "custom"]
SCHEMES: tuple[str, ...] = get_args(Scheme)
TIERS: tuple[str, ...] = ("A*", "A", "B", "C", "Q1", "Q2", "Q3", "Q4", "unranked", "preprint")

# Config keys named in errors.
_SCHEME_KEY, _OVERRIDES_KEY, _FILE_KEY = "venues.scheme", "venues.overrides", "venues.overrides_file"
_LETTERS = ("A*", "A", "B", "C")
_QUARTILES = ("Q1", "Q2", "Q3", "Q4")
# Common scale for "best": higher is better; letters beat quartiles on a tie (the +0.5).
_SCALE = {"A*": 5.5, "A": 4.5, "Q1": 4, "B": 3.5, "Q2": 3, "C": 2.5, "Q3": 2, "Q4": 1}
_BELOW = {
    "A*": "A",
    "A": "B",
    "B": "C",
    "C": "unranked",
    "Q1": "Q2",
    "Q2": "Q3",
    "Q3": "Q4",
    "Q4": "unranked",
}


def check_scheme(scheme: str) -> Scheme:
    """Return *scheme* if known, else raise ``ConfigError`` naming the allowed ones."""
    if scheme not in SCHEMES:
        msg = f"{scheme!r} is not a scheme; use one of {', '.join(SCHEMES)}"
        raise ConfigError(_SCHEME_KEY, msg)
    return scheme  # type: ignore[return-value]  # checked against SCHEMES just above


def scheme_tier(row: Mapping[str, str], scheme: Scheme) -> str:
    """The tier one venue row gets under *scheme* (before overrides).

    Examples:
        >>> row = {"kind": "conference", "core_rank": "A*", "ccf_rank": "B", "sjr_quartile": ""}
        >>> scheme_tier(row, "core"), scheme_tier(row, "ccf"), scheme_tier(row, "sjr")
        ('A*', 'B', 'unranked')
    """
    core = row["core_rank"] if row["core_rank"] in _LETTERS else ""
    ccf = row["ccf_rank"] if row["ccf_rank"] in _LETTERS[1:] else ""
    sjr = row["sjr_quartile"] if row["sjr_quartile"] in _QUARTILES else ""
    journal = row["kind"] == "journal"
    match scheme:
        case "core":
            tier = sjr if journal else core
        case "ccf":
            tier = ccf
        case "sjr":
            tier = sjr if journal else ""
        case "best":
            tier = max((core, ccf, sjr), key=lambda t: _SCALE.get(t, 0))
        case "custom":
            tier = ""
        case _:
            check_scheme(scheme)
            tier = ""
    return tier or "unranked"


def scheme_tiers(rows: pd.DataFrame, scheme: Scheme) -> list[str]:
    """``scheme_tier`` for every row of a venue table at once (vectorised; same rules)."""
    core = rows["core_rank"].where(rows["core_rank"].isin(_LETTERS), "").to_numpy(dtype=object)
    ccf = rows["ccf_rank"].where(rows["ccf_rank"].isin(_LETTERS[1:]), "").to_numpy(dtype=object)
    sjr = rows["sjr_quartile"].where(rows["sjr_quartile"].isin(_QUARTILES), "").to_numpy(dtype=object)
    journal = (rows["kind"] == "journal").to_numpy()
    match scheme:
        case "core":
            tier = np.where(journal, sjr, core)
        case "ccf":
            tier = ccf
        case "sjr":
            tier = np.where(journal, sjr, "")
        case "best":
            options = np.stack([core, ccf, sjr])
            scale = np.vectorize(lambda t: _SCALE.get(t, 0.0), otypes=[float])(options)
            tier = options[scale.argmax(axis=0), np.arange(len(rows))]
        case _:
            tier = np.full(len(rows), "", dtype=object)
    return ["unranked" if t == "" else str(t) for t in tier]


def tier_below(tier: str) -> str:
    """One step down the scale a tier belongs to (A* -> A, Q2 -> Q3, C -> unranked)."""
    return _BELOW.get(tier, tier)


def check_overrides(overrides: Mapping[str, str], *, key: str = "venues.overrides") -> dict[str, str]:
    """Validate override tiers and return them as a plain dict.

    Raises:
        ConfigError: a tier is not one of ``TIERS``; the message names the venue and the choices.
    """
    out: dict[str, str] = {}
    for venue, tier in overrides.items():
        tier = str(tier).strip()
        if tier not in TIERS:
            at, msg = f"{key}.{venue}", f"venue tier {tier!r} unknown; use one of {', '.join(TIERS)}"
            raise ConfigError(at, msg)
        out[str(venue).strip()] = tier
    return out


def parse_overrides(text: str, *, fmt: Literal["csv", "toml"]) -> dict[str, str]:
    """Overrides from CSV text (``venue,tier`` header) or TOML text.

    TOML may be a flat ``"venue" = "tier"`` document or hold the pairs under ``[overrides]`` or
    ``[venues.overrides]``, so a search config itself can be passed.
    """
    match fmt:
        case "csv":
            reader = csv.DictReader(io.StringIO(text))
            if not reader.fieldnames or not {"venue", "tier"} <= set(reader.fieldnames):
                msg = "CSV needs a header with columns venue,tier"
                raise ConfigError(_OVERRIDES_KEY, msg)
            pairs = {r["venue"]: r["tier"] for r in reader if (r["venue"] or "").strip()}
        case "toml":
            try:
                doc = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                msg = f"not valid TOML: {exc}"
                raise ConfigError(_OVERRIDES_KEY, msg) from exc
            table = doc.get("venues", {}).get("overrides", doc.get("overrides", doc))
            pairs = {k: v for k, v in table.items() if isinstance(v, str)}
    return check_overrides(pairs)


def load_overrides(path: Path) -> dict[str, str]:
    """Read the committee's overrides file (``.csv`` or ``.toml``) named in the search config."""
    fmt: Literal["csv", "toml"] = "toml" if path.suffix.lower() == ".toml" else "csv"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        msg = f"cannot read {path}: {exc.strerror}"
        raise ConfigError(_FILE_KEY, msg) from exc
    return parse_overrides(text, fmt=fmt)
