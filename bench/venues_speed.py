"""How long venue resolution takes for 50,000 venue strings as CVs print them.

Strings are generated from the shipped table (fixed seed): acronyms with years, full names with
"Proceedings of the 12th", pages and volumes, a few typos, workshops, Findings, preprints and
unknown venues. Reported: table load (cold), ``resolve_many`` and ``assign_tiers`` on 50,000
publications, and how the strings resolved.

    python bench/venues_speed.py [--n 50000] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

import pandas as pd

from scoring.model import Publications
from scoring.venues import assign_tiers, load_table, resolve_many
from scoring.venues.table import VenueTable

_ORDINALS = ["1st", "2nd", "3rd", "12th", "21st", "33rd", "Thirty-Sixth", "Twenty-First", "Eleventh"]


def _typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(1, max(2, len(text) - 1))
    return text[:i] + text[i + 1 :]


def make_strings(table: VenueTable, n: int, seed: int) -> list[str]:
    """*n* venue strings in the styles CVs use, drawn mostly from ranked venues."""
    rng = random.Random(seed)
    rows = table.rows
    ranked = rows[(rows["core_rank"].isin(["A*", "A", "B", "C"])) | (rows["ccf_rank"] != "")]
    journals = rows[rows["sjr_quartile"] != ""]
    confs = ranked[(ranked["kind"] == "conference") & (ranked["acronym"] != "")]
    out: list[str] = []
    for _ in range(n):
        year = rng.randrange(2005, 2026)
        roll = rng.random()
        if roll < 0.45:
            r = confs.iloc[rng.randrange(len(confs))]
            style = rng.randrange(4)
            out.append(
                [
                    f"{r['acronym']} {year}",
                    f"{r['acronym']}'{year % 100:02d}",
                    f"Proceedings of the {rng.choice(_ORDINALS)} {r['name']} ({r['acronym']} {year})",
                    f"In {r['name']}, pages {rng.randrange(1, 900)}-{rng.randrange(900, 999)}, {year}",
                ][style]
            )
        elif roll < 0.85:
            r = (journals if rng.random() < 0.7 else ranked).iloc[
                rng.randrange(len(journals) if rng.random() < 0.7 else len(ranked)) % len(ranked)
            ]
            out.append(
                f"{r['name']}, {rng.randrange(1, 80)}({rng.randrange(1, 12)}):{rng.randrange(1, 999)}, {year}"
            )
        elif roll < 0.90:
            r = journals.iloc[rng.randrange(len(journals))]
            out.append(_typo(rng, str(r["name"])))
        elif roll < 0.93:
            r = confs.iloc[rng.randrange(len(confs))]
            out.append(f"Workshop on Topic {rng.randrange(500)} at {r['acronym']} {year}")
        elif roll < 0.95:
            out.append(f"Findings of {rng.choice(['ACL', 'EMNLP', 'NAACL'])} {year}")
        elif roll < 0.98:
            out.append(f"arXiv preprint arXiv:{rng.randrange(1000, 2500)}.{rng.randrange(10000, 99999)}")
        else:
            out.append(f"Journal of Unknown Studies {rng.randrange(5000)}")
    return out


class _Clock:
    """Wall and process CPU time since the last lap."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> str:
        wall, cpu = time.perf_counter(), time.process_time()
        text = f"{wall - self.wall:6.2f} / {cpu - self.cpu:6.2f}"
        self.wall, self.cpu = wall, cpu
        return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    clock = _Clock()
    table = load_table()
    load_s = clock.lap()
    strings = make_strings(table, args.n, args.seed)

    clock.lap()
    resolved = resolve_many(strings, table)
    resolve_s = clock.lap()

    pubs = pd.DataFrame(
        {
            Publications.venue: strings,
            Publications.venue_acronym: None,
            Publications.type: "conference",
        }
    )
    clock.lap()
    tiered = assign_tiers(pubs, table=table)
    assign_s = clock.lap()

    hows = Counter(resolved[s].how for s in strings)
    print("wall s / CPU s (CPU counts both cores of the fuzzy step; wall includes other load)")
    print(
        f"table load (cold):            {load_s}  ({len(table.rows):,} venues, {len(table.choices):,} names)"
    )
    print(f"resolve_many {len(strings):,} strings: {resolve_s}  ({len(resolved):,} distinct)")
    print(f"assign_tiers {len(pubs):,} rows:     {assign_s}")
    print("match kinds:", ", ".join(f"{k} {v:,}" for k, v in hows.most_common()))
    print("tiers:", ", ".join(f"{k} {v:,}" for k, v in tiered["tier"].value_counts().items()))


if __name__ == "__main__":
    main()
