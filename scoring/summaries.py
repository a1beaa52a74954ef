"""Per-candidate counts the dashboard tabulates and charts: tiers, awards, papers per year."""

from __future__ import annotations

import pandas as pd

from scoring.model import Awards, Candidates, Profiles, Publications

__all__ = [
    "TIER_ORDER",
    "candidate_summary",
    "cv_line",
    "evidence_for",
    "order_tiers",
    "publications_per_year",
    "side_by_side",
    "tier_counts",
    "top_candidates",
    "venue_table",
]

# Best first; tiers of schemes not listed here follow, sorted, before the catch-alls.
TIER_ORDER = ("A*", "A", "B", "C", "Q1", "Q2", "Q3", "Q4")
_LAST = ("unranked", "preprint")


def order_tiers(tiers: list[str] | pd.Index) -> list[str]:
    """Tier labels best first: the known ladder, then other labels sorted, then unranked/preprint.

    Examples:
        >>> order_tiers(["unranked", "B", "A*", "X"])
        ['A*', 'B', 'X', 'unranked']
    """
    present = {str(t) for t in tiers}
    known = [t for t in TIER_ORDER if t in present]
    last = [t for t in _LAST if t in present]
    return known + sorted(present - set(known) - set(last)) + last


def tier_counts(publications: pd.DataFrame, index: pd.Index) -> pd.DataFrame:
    """Papers per tier per candidate (rows: *index*, columns: tiers best first, zeros filled).

    *publications* must carry the ``tier`` column added by venue resolution.
    """
    if "tier" not in publications or publications.empty:
        return pd.DataFrame(index=index)
    table = pd.crosstab(publications[Publications.candidate_id], publications["tier"].astype(str))
    table = table.reindex(index=index, columns=order_tiers(table.columns), fill_value=0)
    table.columns.name = None
    return table.astype(int)


def publications_per_year(publications: pd.DataFrame) -> pd.DataFrame:
    """Long frame ``candidate_id, year, papers``: how many dated papers each candidate has per year."""
    dated = publications.dropna(subset=[Publications.year])
    counts = dated.groupby([Publications.candidate_id, Publications.year]).size()
    out = counts.rename("papers").reset_index()
    return out.astype({Publications.year: int, "papers": int})


def candidate_summary(profiles: Profiles) -> pd.DataFrame:
    """One row per candidate: paper and award counts, tier counts, parse warnings.

    Columns: ``n_publications``, ``n_awards``, one per tier (``tier_A*``...), ``warnings`` (text).
    """
    cands = profiles.candidates
    pubs = profiles.publications.groupby(Publications.candidate_id).size()
    awards = profiles.awards.groupby(Awards.candidate_id).size()
    out = pd.DataFrame(
        {
            "n_publications": pubs.reindex(cands.index, fill_value=0).astype(int),
            "n_awards": awards.reindex(cands.index, fill_value=0).astype(int),
        },
        index=cands.index,
    )
    tiers = tier_counts(profiles.publications, cands.index).add_prefix("tier_")
    out = out.join(tiers)
    out["warnings"] = cands[Candidates.parse_warnings].fillna("").astype(str)
    return out


def top_candidates(ranked: pd.DataFrame, *, by: str = "total", k: int | None = None) -> pd.DataFrame:
    """The *k* best rows of *ranked* by column *by* (highest first, ties kept in rank order)."""
    out = ranked.sort_values([by, "rank"], ascending=[False, True], kind="mergesort")
    return out if k is None else out.head(k)


def cv_line(text: str, line: object) -> str:
    """Line number *line* (1-based) of *text*, stripped; empty when unknown or out of range."""
    if line is None or pd.isna(line):
        return ""
    lines = text.split("\n")  # as the parser counts them: a form feed does not end a line
    n = int(line)  # type: ignore[call-overload]
    return lines[n - 1].strip() if 1 <= n <= len(lines) else ""


def evidence_for(evidence: pd.DataFrame, text: str, candidate_id: str) -> pd.DataFrame:
    """One candidate's evidence: ``criterion, item, value, detail, source_line, cv_line``.

    ``cv_line`` is the evidence's own source text when it has one, else line ``source_line`` of *text*.
    """
    rows = evidence[evidence["candidate_id"] == candidate_id]
    own = rows["source_text"].fillna("").astype(str) if "source_text" in rows else pd.Series("", index=rows.index)
    lines = [o.strip() or cv_line(text, n) for o, n in zip(own, rows["source_line"], strict=True)]
    out = rows[["criterion", "item", "value", "detail", "source_line"]].assign(cv_line=lines)
    return out.reset_index(drop=True)


def side_by_side(ranked: pd.DataFrame, summary: pd.DataFrame, rows: dict[str, str]) -> pd.DataFrame:
    """Candidates as columns (by ``label``), the chosen *rows* (column -> row title) as rows.

    *ranked* holds the candidates to compare, in order; *summary* is joined on candidate id.
    """
    extra = summary.drop(columns=[c for c in summary.columns if c in ranked.columns])
    table = ranked.join(extra, on="candidate_id").set_index("label")
    present = {col: title for col, title in rows.items() if col in table}
    out = table[list(present)].rename(columns=present).T
    out.columns.name = None
    return out


def venue_table(publications: pd.DataFrame, *, confidence_below: float = 0.8) -> pd.DataFrame:
    """Venues across the pool: how often each appears, its tier, how it matched, and whether it needs
    a look (unranked, or matched with confidence below *confidence_below*). Needing a look first."""
    pubs = publications.assign(
        key=publications[Publications.venue].fillna(publications[Publications.venue_acronym]).fillna("")
    )
    pubs = pubs[pubs["key"].astype(str).str.strip() != ""]
    extra = [c for c in ("venue_name", "venue_match", "venue_confidence") if c in pubs]
    agg: dict[str, tuple[str, str]] = {
        "venue": (Publications.venue, "first"),
        "papers": ("key", "size"),
        "candidates": (Publications.candidate_id, "nunique"),
        "tier": ("tier", "first"),
        **{c: (c, "first") for c in extra},
    }
    table = pubs.groupby("key", sort=True).agg(**agg).reset_index()
    unsure = table["tier"].isin(["unranked"])
    if "venue_confidence" in table:
        unsure |= table["venue_confidence"].fillna(0).astype(float) < confidence_below
    table.insert(1, "needs_review", unsure)
    table = table.sort_values(["needs_review", "papers", "key"], ascending=[False, False, True], kind="mergesort")
    return table.reset_index(drop=True)
