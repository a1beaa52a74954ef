"""Does topic match put the right CV first? Checked on the hand-annotated development CVs.

Run:  .venv/bin/python bench/topic_quality.py [--gold ../shared/cv_dev/gold]

Each query below is a short group description written for one field; the CV from that field
should rank first among all annotated CVs. The CVs' gold titles and research statements are the
candidate texts, so parser errors do not blur the figure. Prints top-1 accuracy, the mean
reciprocal rank and the margin between the right CV and the best wrong one, per method and
pooling. Exits 0 without figures when the annotated CVs are not available.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from scoring.topic import fit_topic_model, pool_best, topic_similarity

# Field descriptions, written for this check; keyed by the development CV id they should find.
QUERIES = {
    "005_batra": "Machine learning for sustainability and buildings: energy disaggregation, smart meters, "
    "air quality sensing, ubiquitous computing.",
    "007_kaiyan": "Reinforcement learning and decision making: offline RL, imitation learning, language-model "
    "agents.",
    "009_jxu": "Mathematical optimization and operations research: stochastic programming, integer programming, "
    "algorithms with convergence guarantees.",
    "010_williams": "Human-computer interaction: accessibility, assistive technology, mobile health and "
    "user studies.",
    "011_schneider": "Astrophysics of exoplanets: atmospheres, planet formation, radiative transfer, "
    "observations with space telescopes.",
    "012_dean": "Biomedical imaging and microscopy: light-sheet fluorescence microscopy, cell biology, "
    "image analysis of cancer cells.",
    "015_kleinschmidt": "Cognitive science of language: speech perception, psycholinguistics, Bayesian models "
    "of adaptation to talkers.",
}


def _load(gold: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(gold.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        texts = [p["title"] for p in data["publications"]]
        out[path.stem] = [data.get("research_interests") or "", *texts]
    return out


def _ranks(scores: np.ndarray, right: int) -> tuple[int, float]:
    order = np.argsort(-scores, kind="stable")
    wrong = np.delete(scores, right)
    return int(np.flatnonzero(order == right)[0]) + 1, float(scores[right] - wrong.max())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "cv_dev" / "gold"
    parser.add_argument("--gold", type=Path, default=default)
    gold = parser.parse_args().gold
    if not gold.is_dir():
        print(f"no annotated CVs at {gold}; nothing measured")
        return 0
    cvs = _load(gold)
    ids = list(cvs)
    docs = [cvs[i] for i in ids]
    print(f"{len(ids)} CVs, {sum(len(d) for d in docs)} texts, {len(QUERIES)} queries\n")
    print(f"{'method':<28} {'top-1':>6} {'MRR':>6} {'mean margin':>12}")
    variants = {
        "tfidf, best 3 papers": {"method": "tfidf", "best_k": 3},
        "tfidf, best 10 papers": {"method": "tfidf", "best_k": 10},
        "lsa, best 3 papers": {"method": "lsa", "best_k": 3},
    }
    for label, kw in variants.items():
        hits, rr, margins = 0, 0.0, []
        for cid, query in QUERIES.items():
            position, margin = _ranks(topic_similarity(docs, query, **kw), ids.index(cid))  # type: ignore[arg-type]
            hits += position == 1
            rr += 1 / position
            margins.append(margin)
        print(f"{label:<28} {hits / len(QUERIES):>6.2f} {rr / len(QUERIES):>6.2f} {np.mean(margins):>12.3f}")
    # the whole profile as one text, for comparison with per-paper pooling
    joined = [" ".join(d) for d in docs]
    model = fit_topic_model(tuple(joined), "tfidf")
    hits, rr = 0, 0.0
    for cid, query in QUERIES.items():
        scores, _ = pool_best(model.text_similarities(query), np.arange(len(ids)), len(ids), 1)
        position, _ = _ranks(scores, ids.index(cid))
        hits += position == 1
        rr += 1 / position
    print(f"{'tfidf, whole CV as one text':<28} {hits / len(QUERIES):>6.2f} {rr / len(QUERIES):>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
