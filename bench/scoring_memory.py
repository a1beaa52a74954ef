"""Peak memory of ``score()`` on a large pool built as frames (no PDFs): 10,000 candidates x 80 papers.

Run:  .venv/bin/python bench/scoring_memory.py [--candidates 10000] [--papers 80] [--config default|speed] [--topic]

The pool is the scoring-speed synthetic pool of 1,000 candidates, each candidate's papers cycled
to ``--papers`` and the whole pool copied until it has ``--candidates`` (ids made unique), with a
source line per paper as a parser gives it. Prints the peak RSS of the process and the
tracemalloc peak of ``score()`` (Python allocations, numpy and pandas included) next to the
1,536 MB target, with the RSS of the pool alone as the reference measured in the same run.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_speed import CONFIG, synthetic_pool

from scoring.config import SearchConfig
from scoring.defaults import default_config
from scoring.model import Awards, Candidates, Profiles, Publications
from scoring.ranking import score

TARGET_MB = 1536.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _current_rss_mb() -> float:
    with Path("/proc/self/statm").open() as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def large_pool(n: int, papers: int, base: int = 1_000) -> Profiles:
    """*n* candidates with *papers* papers each, built by copying a *base*-candidate pool."""
    seed = synthetic_pool(min(base, n))
    pubs = seed.publications.reset_index(drop=True)
    owner = seed.candidates.index.get_indexer(pubs[Publications.candidate_id])
    # Each candidate's own papers, cycled to exactly *papers* rows.
    starts = np.searchsorted(owner, np.arange(len(seed.candidates)))
    counts = np.bincount(owner, minlength=len(seed.candidates))
    take = (starts[:, None] + np.arange(papers)[None, :] % counts[:, None]).ravel()
    one = pubs.iloc[take].reset_index(drop=True)
    copies = -(-n // len(seed.candidates))
    cand_frames, pub_frames, award_frames = [], [], []
    for k in range(copies):
        suffix = f"-{k:02d}"
        c = seed.candidates.copy()
        c[Candidates.candidate_id] = c[Candidates.candidate_id] + suffix
        c.index = c[Candidates.candidate_id].to_numpy()
        cand_frames.append(c)
        p = one.copy()
        p[Publications.candidate_id] = p[Publications.candidate_id] + suffix
        pub_frames.append(p)
        a = seed.awards.copy()
        a[Awards.candidate_id] = a[Awards.candidate_id] + suffix
        award_frames.append(a)
    cands = pd.concat(cand_frames).iloc[:n]
    pubs = pd.concat(pub_frames, ignore_index=True)
    pubs = pubs[pubs[Publications.candidate_id].isin(cands.index)].reset_index(drop=True)
    pubs[Publications.pub_id] = np.arange(len(pubs))
    pubs[Publications.source_text] = (
        pubs[Publications.title].astype(object).fillna("").astype(str)
        + ". "
        + pubs[Publications.venue].astype(object).fillna("").astype(str)
        + " "
        + pubs[Publications.year].astype(str)
    )
    awards = pd.concat(award_frames, ignore_index=True)
    awards = awards[awards[Awards.candidate_id].isin(cands.index)].reset_index(drop=True)
    awards[Awards.award_id] = np.arange(len(awards))
    return Profiles(
        cands.astype(Candidates.dtypes), pubs.astype(Publications.dtypes), awards.astype(Awards.dtypes)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--papers", type=int, default=80)
    parser.add_argument(
        "--config",
        choices=["default", "speed"],
        default="default",
        help="default: the shipped criteria (every paper shown); speed: the scoring-speed bench's (6-year window)",
    )
    parser.add_argument("--topic", action="store_true", help="include topic_match (slow at this size)")
    args = parser.parse_args()

    start = time.perf_counter()
    pool = large_pool(args.candidates, args.papers)
    gc.collect()
    pool_rss = _current_rss_mb()
    print(
        f"pool: {len(pool.candidates)} candidates, {len(pool.publications)} papers, "
        f"{len(pool.awards)} awards (built in {time.perf_counter() - start:.1f} s)"
    )
    base = CONFIG if args.config == "speed" else default_config()
    criteria = tuple(s for s in base.criteria if args.topic or s.kind != "topic_match")
    config = SearchConfig(description=CONFIG.description, current_year=CONFIG.current_year, criteria=criteria)

    tracemalloc.start()
    start = time.perf_counter()
    scored = score(pool, config)
    seconds = time.perf_counter() - start
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    kept_rss = _current_rss_mb()
    print(f"criteria: {', '.join(s.kind for s in criteria)}; score() took {seconds:.1f} s")
    print(f"{'peak RSS of the process':<44} {_peak_rss_mb():>8.0f} MB   target <= {TARGET_MB:.0f} MB")
    print(f"{'tracemalloc peak inside score()':<44} {traced_peak / 2**20:>8.0f} MB")
    print(f"{'RSS after score() (pool + scored kept)':<44} {kept_rss:>8.0f} MB")
    print(f"{'RSS of the pool alone (reference)':<44} {pool_rss:>8.0f} MB")
    one = scored.raw.index[len(scored.raw) // 2]
    start = time.perf_counter()
    rows = scored.evidence_for(str(one))
    print(
        f"{'evidence_for one candidate':<44} {(time.perf_counter() - start) * 1000:>8.1f} ms ({len(rows)} rows)"
    )


if __name__ == "__main__":
    main()
