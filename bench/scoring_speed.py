"""Scoring speed on a synthetic pool: what a weight change and a topic match cost.

Run:  .venv/bin/python bench/scoring_speed.py [--candidates 10000] [--topic-candidates 1000] [--repeat 15]

Prints each figure (median of --repeat runs) next to its target and a reference measured in the
same run (a bare pandas weighted sum and sort of the same matrix: the floor for re-ranking).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pandas as pd

from scoring.config import CriterionSpec, SearchConfig
from scoring.criteria import Context, get_criterion
from scoring.model import Awards, Candidates, Profiles, Publications
from scoring.ranking import rank, score
from scoring.sensitivity import rank_sensitivity
from scoring.topic import fit_topic_model, topic_similarity

TOPICS = {
    "optimisation": "adaptive optimizer adam momentum warmup learning rate schedule sharpness curvature "
    "loss landscape edge stability convergence nonconvex gradient descent stochastic batch "
    "preconditioning second order shampoo scaling law hyperparameter transfer",
    "vision": "image segmentation detection convolutional network object recognition video depth "
    "estimation self supervised contrastive representation diffusion generative",
    "language": "language model transformer attention pretraining instruction tuning retrieval "
    "translation question answering reasoning token alignment",
    "biology": "protein folding genome sequencing cell single molecular dynamics drug discovery "
    "phylogenetic gene expression microscopy",
    "theory": "sample complexity generalization bound kernel regret bandit online learning "
    "statistical estimation minimax lower bound sparse recovery",
}
GLUE = ["for", "with", "via", "on", "of", "and", "in", "towards", "a", "the", "under", "from"]
VENUES = ["NEURIPS", "ICML", "ICLR", "AISTATS", "UAI", "JMLR", "COLT", "CVPR", "ACL", "TMLR", "IJCNN", "XYZW"]
AWARD_NAMES = [
    "Best Paper Award",
    "PhD Fellowship",
    "Rising Star",
    "Travel Grant",
    "Gold Medal, Olympiad",
    "Best Paper Award finalist",
    "Dean's List",
    "NSF CAREER Award",
]
DESCRIPTION = (
    "Our group studies optimisation for deep learning: adaptive optimisers, learning-rate "
    "warmup and schedules, the loss landscape and edge of stability, scaling laws."
)


def _title(rng: random.Random, words: list[str], n: int) -> str:
    picked = rng.choices(words, k=n)
    return " ".join(f"{w} {rng.choice(GLUE)}" if i % 3 == 1 else w for i, w in enumerate(picked)).capitalize()


def synthetic_pool(n: int, seed: int = 0) -> Profiles:
    """*n* candidates with 5-40 papers and 0-6 awards, each leaning to one research topic."""
    rng = random.Random(seed)
    vocab = {k: v.split() for k, v in TOPICS.items()}
    names = list(TOPICS)
    cand: dict[str, list[object]] = {c: [] for c in Candidates.dtypes}
    pub: dict[str, list[object]] = {c: [] for c in Publications.dtypes}
    award: dict[str, list[object]] = {c: [] for c in Awards.dtypes}
    for i in range(n):
        cid = f"cand-{i:05d}"
        home = vocab[rng.choice(names)]
        for col, value in zip(
            Candidates.dtypes,
            (
                cid,
                f"Candidate {i}",
                None,
                rng.choice(["Postdoc", "PhD student", "Research Scientist"]),
                None,
                rng.randint(2008, 2026),
                _title(rng, home, 25),
                "",
                "",
                "ok",
                0,
                "",
            ),
            strict=True,
        ):
            cand[col].append(value)
        for _ in range(rng.randint(5, 40)):
            words = home if rng.random() < 0.7 else vocab[rng.choice(names)]
            n_auth = rng.randint(1, 8)
            for col, value in zip(
                Publications.dtypes,
                (
                    cid,
                    len(pub[Publications.pub_id]),
                    _title(rng, words, rng.randint(5, 10)),
                    "",
                    n_auth,
                    rng.randint(1, n_auth),
                    None,
                    rng.choice(VENUES),
                    rng.randint(2012, 2026),
                    rng.choice(["conference", "journal", "workshop", "preprint"]),
                    None,
                    len(pub[Publications.pub_id]) % 200,
                    "",
                ),
                strict=True,
            ):
                pub[col].append(value)
        for _ in range(rng.randint(0, 6)):
            for col, value in zip(
                Awards.dtypes,
                (
                    cid,
                    len(award[Awards.award_id]),
                    rng.choice(AWARD_NAMES),
                    rng.randint(2010, 2026),
                    5,
                    "",
                ),
                strict=True,
            ):
                award[col].append(value)
    cands = pd.DataFrame(cand).astype(Candidates.dtypes).set_index(Candidates.candidate_id, drop=False)
    cands.index.name = None
    return Profiles(
        cands, pd.DataFrame(pub).astype(Publications.dtypes), pd.DataFrame(award).astype(Awards.dtypes)
    )


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _line(label: str, ms: float, target: str = "", ref: str = "") -> None:
    print(f"{label:<52} {ms:>10.1f} ms   {target:<14} {ref}")


CONFIG = SearchConfig(
    description=DESCRIPTION,
    current_year=2026,
    criteria=(
        CriterionSpec(
            "tier_publications", 0.4, {"authorship": "fractional", "since_years": 6, "per_year": True}
        ),
        CriterionSpec("topic_match", 0.35),
        CriterionSpec("awards", 0.15),
        CriterionSpec("career_stage", 0.1),
    ),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--topic-candidates", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    start = time.perf_counter()
    pool = synthetic_pool(args.candidates)
    print(
        f"pool: {len(pool.candidates)} candidates, {len(pool.publications)} papers, {len(pool.awards)} awards "
        f"(built in {time.perf_counter() - start:.1f} s)\n"
    )
    print(f"{'figure':<52} {'median':>13}   {'target':<14} reference")

    start = time.perf_counter()
    scored = score(pool, CONFIG)
    _line(
        f"score(): all criteria, {args.candidates} candidates (once)",
        (time.perf_counter() - start) * 1000,
        "(expensive part)",
    )

    weights = [CONFIG.with_weights({"awards": w}) for w in np.linspace(0.05, 0.5, args.repeat)]
    it = iter(weights * 2)
    rerank = _median_ms(lambda: rank(scored, next(it)), args.repeat)
    matrix = scored.raw.rank(pct=True).to_numpy()
    w = np.array(list(CONFIG.weights().values()))
    ref = _median_ms(
        lambda: pd.Series(matrix @ w, index=scored.raw.index).sort_values(ascending=False), args.repeat
    )
    _line(
        f"rank() after a weight change, {args.candidates}", rerank, "< 50 ms", f"bare numpy+sort {ref:.1f} ms"
    )

    small = synthetic_pool(args.topic_candidates, seed=1)
    docs = [
        [s, *t]
        for s, t in zip(
            small.candidates[Candidates.research_interests],
            small.publications.groupby(Publications.candidate_id)[Publications.title]
            .apply(list)
            .reindex(small.candidates.index),
            strict=True,
        )
    ]

    def fresh_topic() -> None:
        fit_topic_model.cache_clear()
        topic_similarity(docs, DESCRIPTION)

    _line(
        f"topic_similarity, {args.topic_candidates} candidates (fit + match)",
        _median_ms(fresh_topic, max(3, args.repeat // 5)),
        "< 2 s",
        f"{len(small.publications)} texts",
    )
    ctx = Context(small, DESCRIPTION, 2026)

    def fresh_criterion() -> None:
        fit_topic_model.cache_clear()
        get_criterion("topic_match")(ctx)

    _line(
        f"topic_match criterion with evidence, {args.topic_candidates}",
        _median_ms(fresh_criterion, max(3, args.repeat // 5)),
        "< 2 s",
    )
    descriptions = iter([f"{DESCRIPTION} variant {i}" for i in range(10 * args.repeat)])
    big_ctx = Context(scored.profiles, DESCRIPTION, 2026)
    get_criterion("topic_match")(big_ctx)  # fitted once, as at ingest
    _line(
        f"topic_match after a description edit, {args.candidates}",
        _median_ms(
            lambda: get_criterion("topic_match")(replace(big_ctx, description=next(descriptions))),
            max(3, args.repeat // 5),
        ),
        "(model cached)",
    )

    for n, draws in ((args.topic_candidates, 500), (args.candidates, 500)):
        sub = (
            scored
            if n == args.candidates
            else replace(
                scored,
                raw=scored.raw.iloc[:n],
                profiles=replace(scored.profiles, candidates=pool.candidates.iloc[:n]),
            )
        )
        _line(
            f"rank_sensitivity, {n} candidates x {draws} draws",
            _median_ms(lambda s=sub, d=draws: rank_sensitivity(s, CONFIG, draws=d), 3),
            "(report)",
        )


if __name__ == "__main__":
    main()
