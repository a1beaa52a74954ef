"""How long the dashboard takes to open a pool and to react, measured with Streamlit's AppTest.

A pool of N fictional plain-text CVs is written to a temporary folder (fixed seed). Reported:
the first run of the app (read + parse + score + rank + charts), a rerun after a weight moves on
Settings then the Ranking drawn again (re-rank only, scores are cached), opening the Candidate
page, the Compare page, and a new session after a restart, whose profiles come from the pool's
committee workspace instead of being parsed again. No browser: this is the Python side of each interaction.

    python bench/dashboard_speed.py [--n 200] [--seed 0]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
_VENUES = ["ICML", "NeurIPS", "ICLR", "AISTATS", "UAI", "IJCNN", "Journal of Optimization Theory",
           "Workshop on Efficient Learning", "arXiv preprint"]
_WORDS = ["adaptive", "stochastic", "gradient", "momentum", "curvature", "sparse", "robust", "federated",
          "training", "networks", "variance", "convergence", "implicit", "regularisation", "scaling"]


def _cv(rng: random.Random, i: int) -> str:
    name = f"Candidate{i:04d} Surname{rng.randrange(10_000):04d}"
    papers = []
    for j in range(rng.randrange(1, 25)):
        title = " ".join(rng.sample(_WORDS, 5)).capitalize()
        papers.append(f'{j + 1}. {name.split()[1]}, A. Coauthor. "{title}". In Proc. {rng.choice(_VENUES)}, '
                      f"{rng.randrange(2012, 2026)}.")
    awards = [f"- Prize number {k}, {rng.randrange(2012, 2026)}" for k in range(rng.randrange(0, 4))]
    return "\n".join([name, f"c{i}@uni.example", "", "RESEARCH INTERESTS", " ".join(rng.sample(_WORDS, 8)), "",
                      "PUBLICATIONS", *papers, "", "AWARDS", *awards]) + "\n"


def _timed(label: str, step: Callable[[], AppTest]) -> AppTest:
    start = time.perf_counter()
    at = step()
    elapsed = time.perf_counter() - start
    if at.exception:
        msg = f"{label}: {at.exception[0].value}"
        raise SystemExit(msg)
    print(f"{label:<45} {elapsed:6.2f} s")
    return at


def main(n: int, seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        pool = Path(tmp)
        for i in range(n):
            (pool / f"cv{i:04d}.txt").write_text(_cv(rng, i), encoding="utf-8")
        os.environ["FACULTYSCREEN_POOL"] = str(pool)
        print(f"pool: {n} candidates")
        at = _timed("first run (read, parse, score, rank, draw)",
                    lambda: AppTest.from_file(str(APP), default_timeout=600).run())
        at = _timed("open Settings", lambda: at.switch_page("views/settings.py").run())
        at.slider(key="settings.criteria.awards.weight").set_value(0.9)
        at = _timed("move a weight", lambda: at.run())
        at = _timed("back to Ranking (re-rank, cached scores)", lambda: at.switch_page("views/ranking.py").run())
        at = _timed("open Candidate", lambda: at.switch_page("views/candidate.py").run())
        _timed("open Compare", lambda: at.switch_page("views/compare.py").run())
        st.cache_resource.clear()  # as after a server restart: the workspace is opened afresh
        _timed("new session after a restart (profiles from the workspace)",
               lambda: AppTest.from_file(str(APP), default_timeout=600).run())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    main(args.n, args.seed)
