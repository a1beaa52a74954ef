"""What a committee waits for at 10,000 candidates: re-rank, a description edit, a dashboard rerun, memory.

The pool is built as frames (``scoring_speed.synthetic_pool``: 5-40 papers and 0-6 awards per
candidate, real venue acronyms), not parsed from files: ``bench/ingest_speed.py`` measures parsing.
Each figure is the median of --repeat runs, printed next to its target and a reference measured in
the same run. The dashboard figures also give the CPU time the process spent (both threads: the
page script and AppTest reading its output), which a busy shared machine inflates much less than
the wall time.

    .venv/bin/python bench/scale.py [--n 10000] [--repeat 7] [--no-dashboard] [--profile-ranking FILE]

``--profile-ranking FILE`` runs cProfile in the page script's own thread during the timed Ranking
reruns and writes the stats to FILE (``python -m pstats FILE``); the timings of that run include
the profiler's overhead. A profiler in the calling thread sees only AppTest waiting.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring_speed import CONFIG, DESCRIPTION, synthetic_pool

from scoring.ingest.pool import Pool
from scoring.ingest.status import FileStatus
from scoring.ranking import Scored, rank, rescore_description, score

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _line(label: str, value: str, target: str, ref: str = "") -> None:
    print(f"{label:<58} {value:>12}   {target:<12} {ref}", flush=True)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _similarity_floor_ms(scored: Scored, texts: Iterator[str], repeat: int) -> float:
    """What a description edit must cost at least: one sparse product and the best-k pooling."""
    from scoring.criteria import Context
    from scoring.criteria.topic import _texts  # the criterion's own text list, so the cached model is hit
    from scoring.topic import fit_topic_model, pool_best

    pool = _texts(Context(scored.profiles, DESCRIPTION, 2026), True)
    model = fit_topic_model(tuple(pool.text), "tfidf", "")
    n = len(scored.raw)

    def values() -> None:
        sims = model.text_similarities(next(texts))
        pool_best(sims[pool.is_paper], pool.owner[pool.is_paper], n, 3)

    return _median_ms(values, repeat)


def _bare_streamlit_ms(frame: pd.DataFrame, repeat: int) -> float:
    """Reference: an app that shows the same ranked frame and one bar chart of its top 30."""
    from streamlit.testing.v1 import AppTest

    def app() -> None:
        import plotly.express as px
        import streamlit as st

        data = st.session_state["frame"]
        st.dataframe(data)
        st.plotly_chart(px.bar(data.head(30), x="candidate_id", y="total"))
        st.slider("w", 0.0, 1.0, 0.5, key="w")

    at = AppTest.from_function(app, default_timeout=120)
    at.session_state["frame"] = frame
    at.run()
    values = iter(np.linspace(0.1, 0.9, 2 * repeat))

    def move() -> None:
        at.slider(key="w").set_value(float(next(values))).run()

    return _median_ms(move, repeat)


class _ScriptTimer:
    """CPU time (and optionally a cProfile) of the page script's thread, around AppTest's runner."""

    def __init__(self, profile_path: str | None) -> None:
        from streamlit.testing.v1 import local_script_runner

        self.on = False
        self.cpu_ms: list[float] = []
        self.profile = cProfile.Profile() if profile_path else None
        self.profile_path = profile_path
        runner = local_script_runner.LocalScriptRunner
        original = runner._run_script_thread  # the thread body that executes the page script
        timer = self

        def timed(runner_self: object) -> None:
            start = time.thread_time()
            if timer.on and timer.profile is not None:
                timer.profile.enable()
            try:
                original(runner_self)
            finally:
                if timer.on and timer.profile is not None:
                    timer.profile.disable()
                if timer.on:
                    timer.cpu_ms.append((time.thread_time() - start) * 1000)

        runner._run_script_thread = timed  # type: ignore[method-assign]

    def save(self) -> None:
        if self.profile is not None and self.profile_path:
            self.profile.dump_stats(self.profile_path)
            print(f"profile of the Ranking page's script thread written to {self.profile_path}", flush=True)


def _check(at: object, step: str) -> None:
    errors = getattr(at, "exception", None)
    if errors:
        msg = f"{step}: {errors[0].value}"
        raise SystemExit(msg)


def _dashboard(pool: Pool, repeat: int, profile_path: str | None = None) -> None:
    from streamlit.testing.v1 import AppTest

    from dashboard import state

    script = _ScriptTimer(profile_path)

    os.environ["FACULTYSCREEN_POOL"] = str(Path("/nonexistent-bench-pool"))
    at = AppTest.from_file(str(APP), default_timeout=900)
    at.session_state[state.POOL] = pool
    at.session_state[state.POOL_SOURCE] = "bench"
    at.session_state[state.POOL_TOKEN] = "bench"
    at.session_state[state.CONFIG] = CONFIG
    start = time.perf_counter()
    at.run()
    _check(at, "first run")
    _line(f"dashboard first run, Ranking page ({len(pool.profiles)})", f"{time.perf_counter() - start:.1f} s",
          "(once)", "scores all criteria, fits the topic model")
    at.switch_page("views/settings.py").run()
    values = iter(np.linspace(0.05, 0.9, 2 * repeat))

    def move_on_settings() -> None:
        at.slider(key="settings.criteria.awards.weight").set_value(float(next(values))).run()
        _check(at, "slider")

    settings_ms = _median_ms(move_on_settings, repeat)

    def move_then_ranking() -> None:
        at.switch_page("views/settings.py").run()
        at.slider(key="settings.criteria.awards.weight").set_value(float(next(values)))
        start, cpu = time.perf_counter(), time.process_time()
        script.on = True
        at.switch_page("views/ranking.py").run()
        script.on = False
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu) * 1000)
        _check(at, "ranking")

    values = iter(np.linspace(0.05, 0.9, 2 * repeat))
    times: list[float] = []
    cpu_times: list[float] = []
    for _ in range(repeat):
        move_then_ranking()
    ranking_ms = statistics.median(times)
    script.save()
    ranked = rank(score(pool.profiles, CONFIG), CONFIG)
    ref = _bare_streamlit_ms(ranked, repeat)
    _line("dashboard rerun after a weight slider move (Settings)", f"{settings_ms:.0f} ms", "<= 150 ms",
          f"bare app, same frame + 1 chart: {ref:.0f} ms")
    _line("dashboard Ranking page after a weight change", f"{ranking_ms:.0f} ms", "<= 150 ms",
          f"all {len(pool.profiles)} rows in the table, top 25 in the open chart tab")
    _line("  same, CPU time of the process (script + AppTest)", f"{statistics.median(cpu_times):.0f} ms", "",
          f"page script's thread alone: {statistics.median(script.cpu_ms):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-dashboard", action="store_true", help="skip the AppTest timings")
    parser.add_argument("--profile-ranking", metavar="FILE", help="cProfile the Ranking page's script thread")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"load average at start: {load:.1f} on {os.cpu_count()} cores", flush=True)

    start = time.perf_counter()
    profiles = synthetic_pool(args.n)
    print(f"pool: {len(profiles.candidates)} candidates, {len(profiles.publications)} papers, "
          f"{len(profiles.awards)} awards (built in {time.perf_counter() - start:.1f} s)\n", flush=True)
    print(f"{'figure':<58} {'median':>12}   {'target':<12} reference")

    start = time.perf_counter()
    scored = score(profiles, CONFIG)
    _line(f"score(): tiers, every criterion, topic model fit ({args.n})",
          f"{time.perf_counter() - start:.1f} s", "(once)")

    configs = iter([CONFIG.with_weights({"awards": w}) for w in np.linspace(0.05, 0.5, 2 * args.repeat)])
    rerank = _median_ms(lambda: rank(scored, next(configs)), args.repeat)
    matrix = scored.raw.rank(pct=True).to_numpy()
    w = np.array(list(CONFIG.weights().values()))
    ref = _median_ms(lambda: pd.Series(matrix @ w, index=scored.raw.index).sort_values(ascending=False),
                     args.repeat)
    _line(f"re-rank after a weight change ({args.n})", f"{rerank:.1f} ms", "<= 10 ms",
          f"bare numpy product + pandas sort: {ref:.1f} ms")

    texts = iter([f"{DESCRIPTION} Variant {i}: sparse second-order methods." for i in range(4 * args.repeat)])
    describe = _median_ms(lambda: score(profiles, replace(CONFIG, description=next(texts))), args.repeat)
    topic_only = replace(CONFIG, criteria=tuple(c for c in CONFIG.criteria if c.kind == "topic_match"))
    topic = _median_ms(lambda: score(profiles, replace(topic_only, description=next(texts))), args.repeat)
    _line(f"description edit: score() again, model cached ({args.n})", f"{describe:.0f} ms", "<= 100 ms",
          f"topic criterion alone: {topic:.0f} ms")
    splice = _median_ms(lambda: rescore_description(scored, replace(CONFIG, description=next(texts))), args.repeat)
    _line(f"description edit: rescore_description(), model cached ({args.n})", f"{splice:.0f} ms", "<= 100 ms",
          "topic criterion only, spliced into the earlier scores")
    _line("  floor: similarities + best-k pooling, model cached", f"{_similarity_floor_ms(scored, texts, args.repeat):.0f} ms",
          "", "values only, no evidence")
    print(f"peak memory so far (this process): {_peak_mb():.0f} MB", flush=True)

    if not args.no_dashboard:
        pool = Pool(profiles=profiles, statuses=[FileStatus(c, f"{c}.pdf", "ok") for c in profiles.candidates.index])
        _dashboard(pool, args.repeat, args.profile_ranking)
    _line(f"peak memory, whole run ({args.n})", f"{_peak_mb():.0f} MB", "<= 1536 MB", "ru_maxrss of this process")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
