"""Publications frame -> the same frame with venue tiers, and the committee's review list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from scoring.errors import ConfigError
from scoring.model import Publications
from scoring.venues.normalise import acronym_key, clean, name_key
from scoring.venues.resolve import ACCEPT, Resolution, resolve_many
from scoring.venues.table import VenueTable, load_table
from scoring.venues.tiers import TIERS, Scheme, check_overrides, check_scheme, tier_below

__all__ = ["TRACK_RULES", "VenueColumns", "assign_tiers", "unresolved_venues"]

TRACK_RULES = ("main", "one_below", *TIERS)


class VenueColumns:
    """Columns ``assign_tiers`` adds to the publications frame."""

    tier = "tier"
    venue_name = "venue_name"
    venue_match = "venue_match"  # exact | alias | acronym | fuzzy | override | preprint | none
    venue_confidence = "venue_confidence"
    venue_track = "venue_track"  # main | findings | side | preprint


@dataclass(frozen=True, slots=True)
class _Overrides:
    """Override tiers keyed three ways: by the raw string's key, by name key and by acronym."""

    by_key: dict[str, str]
    by_acronym: dict[str, str]

    @classmethod
    def of(cls, overrides: Mapping[str, str] | None) -> _Overrides:
        checked = check_overrides(overrides or {})
        return cls(
            by_key={name_key(clean(k)): v for k, v in checked.items()},
            by_acronym={acronym_key(k): v for k, v in checked.items() if " " not in k.strip()},
        )

    def for_string(self, text: str) -> str | None:
        return self.by_key.get(name_key(clean(text))) if text and self.by_key else None

    def for_row(self, table: VenueTable, row: int) -> str | None:
        if not (self.by_key or self.by_acronym):
            return None
        acr = table.acronyms[row]
        hit = self.by_acronym.get(acronym_key(acr)) if acr else None
        return hit or self.by_key.get(table.row_keys[row])


def _check_rule(value: str, name: str) -> None:
    if value not in TRACK_RULES:
        key, msg = f"venues.{name}", f"{value!r} is not allowed; use one of {', '.join(TRACK_RULES)}"
        raise ConfigError(key, msg)


def _text_column(frame: pd.DataFrame, column: str) -> pd.Series:
    """A column as stripped strings: "" for missing values, or for every row if the column is absent."""
    if column not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    values = frame[column].astype(object)
    return values.where(values.notna(), "").astype(str).str.strip()


def _label(table: VenueTable, row: int) -> str:
    return table.acronyms[row] or table.names[row]


def _describe(
    res: Resolution, text: str, table: VenueTable, scheme: Scheme, ov: _Overrides, rules: Mapping[str, str]
) -> tuple[str, str | None, str, float]:
    """Tier, venue name, how it matched and confidence for one distinct venue string.

    A committee tier for the resolved venue wins (the match kind stays); then one for the string
    as printed (match kind ``override``), which is how a workshop or an unknown venue gets a tier.
    """
    if res.row is not None and res.track == "main":
        row_override = ov.for_row(table, res.row)
        if row_override is not None:
            return row_override, table.names[res.row], res.how, res.confidence
    raw_override = ov.for_string(text)
    if raw_override is not None:
        name = table.names[res.row] if res.row is not None else clean(text)
        return raw_override, name, "override", 1.0
    if res.track == "preprint":
        return "preprint", "preprint", "preprint", res.confidence
    if res.row is None:
        return "unranked", None, "none", res.confidence if res.how != "none" else 0.0
    host_tier = ov.for_row(table, res.row) or table.tiers(scheme)[res.row]
    name = table.names[res.row]
    if res.track == "main":
        return host_tier, name, res.how, res.confidence
    rule = rules[res.track]
    tier = host_tier if rule == "main" else tier_below(host_tier) if rule == "one_below" else rule
    label = _label(table, res.row)
    name = f"Findings of {label}" if res.track == "findings" else f"{label} workshop or side track"
    return tier, name, res.how, res.confidence


def assign_tiers(
    publications: pd.DataFrame,
    *,
    scheme: str = "core",
    overrides: dict[str, str] | None = None,
    findings_as: str = "unranked",
    side_tracks_as: str = "unranked",
    table: VenueTable | None = None,
) -> pd.DataFrame:
    """Return *publications* with ``tier``, ``venue_name``, ``venue_match``, ``venue_confidence``, ``venue_track``.

    Args:
        publications: the publications frame (``venue``, ``venue_acronym``, ``type`` columns).
        scheme: ``core``, ``ccf``, ``sjr``, ``best`` or ``custom`` (see ``scoring.venues.tiers``).
        overrides: the committee's tiers, keyed by venue acronym, venue name or the venue string as
            printed; they win over the scheme (for ``custom`` they are the only tiers).
        findings_as: tier for "Findings of ..." papers: ``main`` (the host's tier), ``one_below``
            (one step under the host) or a tier label such as ``unranked`` or ``B``.
        side_tracks_as: the same for workshops held at a venue, demos, posters tracks, companions.
        table: a venue table (default: the shipped one).

    Raises:
        ConfigError: an unknown scheme, track rule or override tier.
    """
    checked_scheme = check_scheme(scheme)
    _check_rule(findings_as, "findings_as")
    _check_rule(side_tracks_as, "side_tracks_as")
    table = table or load_table()
    ov = _Overrides.of(overrides)
    rules = {"findings": findings_as, "side": side_tracks_as}
    venue = _text_column(publications, Publications.venue)
    acronym = _text_column(publications, Publications.venue_acronym)
    resolved = resolve_many(pd.concat([venue, acronym]).unique(), table)
    # A parser-given acronym helps only when the printed venue says nothing we recognise.
    query = venue.where(venue != "", acronym)
    unknown = [resolved[t].row is None and resolved[t].track == "main" for t in query]
    fallback = (acronym != "") & pd.Series(unknown, index=query.index, dtype=bool)
    query = query.where(~fallback, acronym)
    described = {
        t: (*_describe(resolved[t], t, table, checked_scheme, ov, rules), resolved[t].track)
        for t in query.unique()
    }
    name_key.cache_clear()  # no CV's strings stay cached between calls
    parts = pd.DataFrame.from_dict(
        described,
        orient="index",
        columns=[
            VenueColumns.tier,
            VenueColumns.venue_name,
            VenueColumns.venue_match,
            VenueColumns.venue_confidence,
            VenueColumns.venue_track,
        ],
    )
    # A shallow copy: only new columns are written, and a deep one would double a large pool's text.
    out = publications.copy(deep=False)
    rows = parts.index.get_indexer(query)  # one lookup per paper, shared by every added column
    for col in parts.columns:
        out[col] = parts[col].to_numpy()[rows]
    del parts, rows, query
    is_preprint = _text_column(publications, Publications.type) == "preprint"
    out.loc[is_preprint, VenueColumns.tier] = "preprint"
    out.loc[is_preprint, VenueColumns.venue_track] = "preprint"
    out[VenueColumns.tier] = out[VenueColumns.tier].astype(str)
    out[VenueColumns.venue_confidence] = out[VenueColumns.venue_confidence].astype(float)
    return out


def unresolved_venues(
    publications: pd.DataFrame, *, below: float = ACCEPT + 0.05, table: VenueTable | None = None
) -> pd.DataFrame:
    """Venue strings the committee should look at once for the whole pool.

    Lists strings that matched nothing, plus fuzzy and ambiguous matches under *below*
    confidence, with how many publications each affects, the best guess and its confidence.
    Preprints and committee overrides are settled and left out.

    Args:
        publications: a frame returned by ``assign_tiers``.
        below: matches with a lower confidence are listed too.
    """
    columns = ["venue", "publications", "best_guess", "confidence", "venue_match"]
    pubs = publications
    match = _text_column(pubs, VenueColumns.venue_match)
    settled = match.isin(["override", "preprint"]) | (_text_column(pubs, Publications.type) == "preprint")
    doubtful = (match == "none") | (pubs[VenueColumns.venue_confidence] < below)
    todo = pubs[doubtful & ~settled]
    printed = _text_column(todo, Publications.venue)
    venue = printed.where(printed != "", _text_column(todo, Publications.venue_acronym))
    venue = venue[venue != ""]
    if venue.empty:
        return pd.DataFrame(columns=columns)
    table = table or load_table()
    counts = venue.value_counts(sort=False)
    first_match = match[venue.index].groupby(venue).first()
    resolved = resolve_many(counts.index, table)
    rows = []
    for text, n in counts.items():
        res = resolved[text]
        row = res.row if res.row is not None else res.guess
        guess = None if row is None else table.names[row]
        rows.append((text, int(n), guess, float(res.confidence), first_match[text]))
    out = pd.DataFrame(rows, columns=columns)
    order = ["publications", "venue"]
    return out.sort_values(order, ascending=[False, True], kind="mergesort").reset_index(drop=True)
