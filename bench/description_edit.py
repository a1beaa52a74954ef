"""What a group-description edit costs at scale: re-scoring time, the candidate page's evidence, memory.

The dashboard scores every criterion once without the description and matches the description on
those scores (``rescore_description``); both scored pools stay cached. This script measures that
pair on a synthetic pool of frames (``scoring_speed.synthetic_pool``), each figure next to its
target and a reference measured in the same run.

    .venv/bin/python bench/description_edit.py [--n 10000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring_speed import CONFIG, DESCRIPTION, synthetic_pool

from scoring.criteria import Context
from scoring.criteria.topic import _texts
from scoring.ranking import rescore_description, score
from scoring.topic import fit_topic_model, pool_best


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _rss_mb() -> float:
    gc.collect()
    pages = int(Path("/proc/self/statm").read_text().split()[1])  # resident pages (Linux)
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _line(label: str, value: str, target: str, ref: str = "") -> None:
    print(f"{label:<58} {value:>10}   {target:<11} {ref}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    profiles = synthetic_pool(args.n)
    texts = iter([f"{DESCRIPTION} Variant {i}: sparse second-order methods." for i in range(8 * args.repeat)])
    print(f"pool: {len(profiles.candidates)} candidates, {len(profiles.publications)} papers\n")
    print(f"{'figure':<58} {'median':>10}   {'target':<11} reference")

    before = _rss_mb()
    start = time.perf_counter()
    base = score(profiles, replace(CONFIG, description=""))
    _line(f"score() without the description ({args.n})", f"{time.perf_counter() - start:.1f} s", "(once)")
    with_base = _rss_mb()
    start = time.perf_counter()
    described = rescore_description(base, CONFIG)
    _line("first description: text list and topic model fit", f"{time.perf_counter() - start:.1f} s", "(once)")
    with_both = _rss_mb()

    edit = _median_ms(lambda: rescore_description(base, replace(CONFIG, description=next(texts))), args.repeat)
    pool = _texts(Context(base.profiles, DESCRIPTION, 2026), True)  # the criterion's own list: a cache hit
    model = fit_topic_model(tuple(pool.text), "tfidf", "")
    paper, owner = pool.is_paper, pool.owner

    def similarities_only() -> None:
        sims = model.text_similarities(next(texts))
        pool_best(sims[paper], owner[paper], args.n, 3)

    floor = _median_ms(similarities_only, args.repeat)
    _line(f"description edit: rescore_description() ({args.n})", f"{edit:.0f} ms", "<= 100 ms",
          f"similarities + best-k pooling alone: {floor:.0f} ms")

    ids = iter(described.raw.index[:: max(1, args.n // (2 * args.repeat))].tolist() * 2)
    one = _median_ms(lambda: described.evidence_for(next(ids)), args.repeat)
    whole = _median_ms(lambda: described.evidence, max(1, args.repeat // 3))
    _line("candidate page: one candidate's evidence, every criterion", f"{one:.0f} ms", "(per view)",
          f"the whole evidence frame: {whole:.0f} ms")

    parts = getattr(described, "evidence_parts", {})
    kept = [n for n in parts if parts[n] is base.evidence_parts.get(n)] or ["none"]
    _line("memory: pool + scores without the description", f"{with_base - before:.0f} MB", "",
          f"process before scoring: {before:.0f} MB")
    _line("memory added by the described scores (model fit included)", f"{with_both - with_base:.0f} MB", "",
          f"evidence shared with the first: {', '.join(kept)}")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
