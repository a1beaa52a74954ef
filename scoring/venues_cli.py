"""``facultyscreen venues``: look up how venue strings resolve and which tier they get."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer

from scoring.config import load_config
from scoring.errors import ScoringError
from scoring.model import Publications
from scoring.venues import VenueColumns, assign_tiers, load_table, resolve_many

__all__ = ["describe_venues", "venues_app"]

venues_app = typer.Typer(no_args_is_help=True, help="Venue tables: how venue strings resolve to tiers.")

_DETAIL = ("name", "acronym", "kind", "core_rank", "ccf_rank", "sjr_quartile")


def describe_venues(
    strings: list[str],
    *,
    scheme: str = "core",
    overrides: dict[str, str] | None = None,
    findings_as: str = "unranked",
    side_tracks_as: str = "unranked",
) -> list[dict[str, Any]]:
    """One record per input: the matched venue with its ranks and tier, or ``None``."""
    table = load_table()
    pubs = pd.DataFrame(
        {Publications.venue: strings, Publications.venue_acronym: None, Publications.type: "other"}
    )
    tiered = assign_tiers(
        pubs,
        scheme=scheme,
        overrides=overrides,
        findings_as=findings_as,
        side_tracks_as=side_tracks_as,
        table=table,
    )
    resolved = resolve_many(strings, table)
    out: list[dict[str, Any]] = []
    for text, (_, row) in zip(strings, tiered.iterrows(), strict=True):
        res = resolved[text]
        match = row[VenueColumns.venue_match]
        if match == "none":
            record: dict[str, Any] = {"input": text, "venue": None}
            if res.guess is not None:  # what a refused fuzzy match came closest to
                record["guess"] = {"name": table.names[res.guess], "confidence": round(res.confidence, 3)}
            out.append(record)
            continue
        detail: dict[str, Any] = dict.fromkeys(_DETAIL)
        if res.row is not None:
            values = table.rows.iloc[res.row]
            detail = {k: (values[k] or None) for k in _DETAIL}
        detail |= {
            "name": row[VenueColumns.venue_name]
            if res.track != "main" or res.row is None
            else detail["name"],
            "tier": row[VenueColumns.tier],
            "scheme": scheme,
            "confidence": round(float(row[VenueColumns.venue_confidence]), 3),
            "how": match,
            "track": row[VenueColumns.venue_track],
        }
        out.append({"input": text, "venue": detail})
    return out


def _line(record: dict[str, Any]) -> str:
    venue = record["venue"]
    if venue is None:
        guess = record.get("guess")
        hint = f"  (closest: {guess['name']}, confidence {guess['confidence']:.2f})" if guess else ""
        return f"{record['input']}\n  -> null{hint}"
    ranks = " ".join(f"{k}={venue[k] or '-'}" for k in ("core_rank", "ccf_rank", "sjr_quartile"))
    label = f"{venue['acronym']} | " if venue["acronym"] else ""
    return (
        f"{record['input']}\n  -> {label}{venue['name']} ({venue['kind'] or venue['track']})\n"
        f"     tier={venue['tier']} ({venue['scheme']})  {ranks}  "
        f"confidence={venue['confidence']:.2f} how={venue['how']} track={venue['track']}"
    )


@venues_app.command("resolve")
def resolve_cmd(
    strings: Annotated[list[str], typer.Argument(help="Venue strings as a CV prints them.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, one record per input.")] = False,
    config: Annotated[Path | None, typer.Option(help="Search config TOML: its scheme and overrides.")] = None,
    scheme: Annotated[
        str | None, typer.Option(help="core | ccf | sjr | best | custom (default: config's).")
    ] = None,
    findings_as: Annotated[
        str | None,
        typer.Option(help="Findings papers: main, one_below or a tier (default: config's, unranked)."),
    ] = None,
    side_tracks_as: Annotated[
        str | None, typer.Option(help="Workshops and other side tracks: the same choices.")
    ] = None,
) -> None:
    """Resolve venue strings: matched venue, its ranks, tier, confidence and how it matched."""
    try:
        cfg = load_config(config) if config is not None else None
        options = dict(cfg.venue_options) if cfg else {}
        records = describe_venues(
            strings,
            scheme=scheme or (cfg.scheme if cfg else "core"),
            overrides=dict(cfg.overrides) if cfg else None,
            findings_as=findings_as or str(options.get("findings_as", "unranked")),
            side_tracks_as=side_tracks_as or str(options.get("side_tracks_as", "unranked")),
        )
    except ScoringError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1))
    else:
        typer.echo("\n".join(_line(r) for r in records))
