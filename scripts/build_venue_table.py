"""Build the shipped venue table ``scoring/data/venues.csv`` from the public ranking data.

Input is the merged table in ``shared/data/venues/venues.csv`` (CORE 2023, CCF 2026/2022, SJR 2021,
CAPES/Google Scholar names) plus its untouched inputs in ``raw/``, and the hand-written additions in
``scoring/data/venue_additions.csv`` (venues no source lists, such as L4DC or TMLR).

What the build does, and why:

- keeps the columns the resolver and the tier schemes use, and drops the Google Scholar h5 and
  CAPES Qualis values (not used for tiers);
- keeps an alias only when it appears verbatim in one of the raw source files, so that every name
  shipped can be traced to a source we may redistribute (the merged table once carried
  CSRankings-derived DBLP booktitles; CSRankings' licence forbids derivatives);
- removes the ``csr`` token from ``sources`` for the same reason;
- appends the curated additions with ``sources = curated``.

Usage::

    python scripts/build_venue_table.py [--source ../shared/data/venues] [--out scoring/data/venues.csv]
"""

from __future__ import annotations

import argparse
import csv
import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "venues"
DEFAULT_OUT = ROOT / "scoring" / "data" / "venues.csv"
ADDITIONS = ROOT / "scoring" / "data" / "venue_additions.csv"

COLUMNS = [
    "acronym",
    "name",
    "kind",
    "core_rank",
    "ccf_rank",
    "ccf_rank_2022",
    "sjr_quartile",
    "sjr_year",
    "aliases",
    "issn",
    "dblp_key",
    "ccf_area",
    "core_for",
    "sources",
]
RAW_FILES = [
    "raw/core/CORE2023.csv",
    "raw/ccf/ccf_2026.jsonl",
    "raw/ccf/ccf_2022_venues.csv",
    "raw/gs/out-h5-gs-2025-09.csv",
    "raw/sjr/sjr_2021_journals.csv",
]
BANNED_SOURCES = {"csr"}


def _raw_corpus(source: Path) -> str:
    """All raw source text, lower-cased, with HTML entities also decoded (SJR writes ``&amp;``)."""
    text = " ".join((source / rel).read_text(encoding="utf-8-sig").lower() for rel in RAW_FILES)
    return text + " " + html.unescape(text)


def _clean_row(row: dict[str, str], corpus: str) -> tuple[dict[str, str], int]:
    aliases = [a.strip() for a in row["aliases"].split(";") if a.strip()]
    kept = [html.unescape(a) for a in aliases if a.lower() in corpus]
    sources = [s for s in row["sources"].split(";") if s and s not in BANNED_SOURCES]
    # SJR titles carry HTML entities ("Chemical &amp; Engineering"): store the plain text.
    out = {col: html.unescape(row.get(col, "")).strip() for col in COLUMNS}
    out["aliases"] = ";".join(dict.fromkeys(kept))
    out["sources"] = ";".join(sources)
    return out, len(aliases) - len(kept)


def _read_additions(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not r["acronym"].startswith("#")]
    return [{col: (r.get(col) or "").strip() for col in COLUMNS} | {"sources": "curated"} for r in rows]


def build(source: Path, out: Path, additions: Path = ADDITIONS) -> dict[str, int]:
    """Write the shipped table and return counts for the provenance note."""
    corpus = _raw_corpus(source)
    with (source / "venues.csv").open(encoding="utf-8", newline="") as fh:
        merged = list(csv.DictReader(fh))
    rows: list[dict[str, str]] = []
    dropped = 0
    for row in merged:
        clean, n_dropped = _clean_row(row, corpus)
        if not clean["sources"]:
            continue  # a row only a banned source knew about
        rows.append(clean)
        dropped += n_dropped
    extra = _read_additions(additions)
    known = {r["acronym"].upper() for r in rows if r["acronym"]}
    clash = [r["acronym"] for r in extra if r["acronym"].upper() in known]
    if clash:
        msg = f"curated additions already in the sources: {clash}; remove them from {additions}"
        raise SystemExit(msg)
    rows.extend(extra)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return {
        "rows": len(rows),
        "conferences": sum(r["kind"] == "conference" for r in rows),
        "journals": sum(r["kind"] == "journal" for r in rows),
        "curated": len(extra),
        "aliases_dropped": dropped,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="shared/data/venues folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write venues.csv")
    args = parser.parse_args(argv)
    counts = build(args.source, args.out)
    print(", ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
