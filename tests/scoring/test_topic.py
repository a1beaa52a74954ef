"""Topic similarity: tokenisation, per-paper pooling, caching, LSA and the optional semantic method."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

import scoring.semantic
from scoring import topic
from scoring.errors import ConfigError
from scoring.topic import analyse, fit_topic_model, pool_best, topic_similarity

GROUP = "Optimisation for deep learning: adaptive optimisers, learning-rate warmup, loss landscape geometry."
ON_TOPIC = ["Warmup and adaptive optimizers for deep networks", "Loss landscapes of transformers"]
OFF_TOPIC = ["Protein structure prediction with graph networks", "Bayesian phylogenetics of fungi"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Optimisation", "optimization"),
        ("optimisers", "optimizer"),
        ("Regularised", "regularized"),
        ("behaviour", "behavior"),
        ("modelling", "modeling"),
        ("landscapes", "landscape"),
        ("Théorie des probabilités", "theorie"),
        ("opti-\nmization", "optimization"),
    ],
)
def test_analyse_folds_spelling_plurals_accents_and_line_breaks(text: str, term: str) -> None:
    """British and American spellings, plurals, accents and hyphenated line breaks map to one term."""
    assert term in analyse(text)


def test_analyse_drops_stop_words_numbers_and_publishing_boilerplate() -> None:
    """Stop words, years and words like proceedings or arXiv carry no topic and are dropped."""
    assert analyse("Proceedings of the 2024 International Conference, arXiv preprint") == []


def test_on_topic_candidate_scores_higher() -> None:
    """A candidate whose papers match the description scores above one who works on something else."""
    sims = topic_similarity([ON_TOPIC, OFF_TOPIC, "deep learning optimisation"], GROUP)
    assert sims[0] > sims[1]
    assert sims[2] > sims[1]
    assert ((sims >= 0) & (sims <= 1)).all()


def test_scores_follow_candidates_when_shuffled() -> None:
    """Reordering the candidates reorders the scores and changes nothing else."""
    cands = [ON_TOPIC, OFF_TOPIC, ["warmup"], [""]]
    base = topic_similarity(cands, GROUP)
    perm = [2, 0, 3, 1]
    assert np.allclose(topic_similarity([cands[i] for i in perm], GROUP), base[perm])


def test_best_papers_are_not_drowned_by_many_other_papers() -> None:
    """Pooling the best papers: one on-topic paper among twenty off-topic ones still counts fully."""
    focused = [ON_TOPIC[0]]
    broad = [ON_TOPIC[0], *[f"{t} part {i}" for i in range(10) for t in OFF_TOPIC]]
    sims = topic_similarity([focused, broad, OFF_TOPIC], GROUP, best_k=1)
    assert sims[1] == pytest.approx(sims[0], rel=0.05)
    assert sims[1] > 3 * sims[2]


def test_empty_inputs_give_zeros() -> None:
    """No description, no candidates, or candidates without text all score 0 without errors."""
    assert topic_similarity([ON_TOPIC], "  ").tolist() == [0.0]
    assert topic_similarity([], GROUP).shape == (0,)
    assert topic_similarity(["", ["the of and"]], GROUP).tolist() == [0.0, 0.0]


def test_pool_best_averages_each_owners_top_k() -> None:
    """pool_best averages each owner's k best similarities and marks the texts it used."""
    sims = np.array([0.2, 0.9, 0.4, 0.1, 0.0])
    owner = np.array([0, 0, 0, 2, 2])
    pooled, used = pool_best(sims, owner, 3, 2)
    assert pooled.tolist() == pytest.approx([0.65, 0.0, 0.05])
    assert used.tolist() == [False, True, True, True, True]


def test_changing_the_description_does_not_refit_the_model() -> None:
    """The fitted model depends only on the candidates' texts, so a new description reuses it."""
    cands = [ON_TOPIC, OFF_TOPIC, ["a text only this test uses"]]
    topic_similarity(cands, GROUP)
    before = fit_topic_model.cache_info()
    topic_similarity(cands, "protein structure")
    after = fit_topic_model.cache_info()
    assert after.misses == before.misses
    assert after.hits == before.hits + 1


def test_lsa_method_ranks_like_tfidf_on_clear_cases() -> None:
    """The LSA method gives 0..1 similarities and still prefers the on-topic candidate."""
    cands = [ON_TOPIC, OFF_TOPIC, ["adaptive optimisers in practice", "fungi"]]
    sims = topic_similarity(cands, GROUP, method="lsa")
    assert sims[0] > sims[1]
    assert ((sims >= 0) & (sims <= 1)).all()


def _fake_encoder(texts: Sequence[str]) -> np.ndarray:
    """Hashing bag-of-words, unit length: a stand-in for a sentence model."""
    out = np.zeros((len(texts), 64))
    for i, text in enumerate(texts):
        for word in analyse(text):
            out[i, sum(map(ord, word)) % 64] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)


def test_semantic_method_uses_the_local_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    """method="semantic" embeds texts and the description with the encoder loaded for the model."""
    monkeypatch.setattr(scoring.semantic, "load_encoder", lambda model: _fake_encoder)
    sims = topic_similarity([ON_TOPIC, OFF_TOPIC], GROUP, method="semantic", model="fake-model")
    assert sims[0] > sims[1]


def test_semantic_model_must_be_local(tmp_path: Path) -> None:
    """A model name that is neither a folder nor an installed package is refused, never downloaded."""
    with pytest.raises(ConfigError, match="never downloaded") as info:
        scoring.semantic.resolve_model_dir("sentence-transformers/all-MiniLM-L6-v2")
    assert info.value.key == "model"
    (tmp_path / "modules.json").write_text("[]", encoding="utf-8")
    assert scoring.semantic.resolve_model_dir(str(tmp_path)) == tmp_path.resolve()


def test_default_install_does_not_import_torch() -> None:
    """Scoring and topic matching never import torch or sentence-transformers unless asked to."""
    code = (
        "import sys, scoring, scoring.topic, scoring.ranking, scoring.criteria;"
        "scoring.criteria.criterion_names();"
        "scoring.topic.topic_similarity([['adam']], 'adam');"
        "bad = {'torch', 'sentence_transformers', 'streamlit', 'plotly'} & set(sys.modules);"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_module_exports_topic_similarity() -> None:
    """topic_similarity stays part of the public surface of scoring.topic."""
    assert "topic_similarity" in topic.__all__


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("k", [1, 3, 5])
def test_pool_best_matches_sorting_every_text(seed: int, k: int) -> None:
    """The k-pass pooling picks the same texts (earlier text on ties) and means as sorting by owner then similarity."""
    rng = np.random.default_rng(seed)
    m = 40
    sims = rng.integers(0, 4, m) / 3.0 if seed % 2 else rng.random(m)  # odd seeds: many ties
    owner = rng.integers(0, 9, m)
    if seed % 3 == 0:
        owner = np.sort(owner)  # grouped already, as a pool's papers usually are
    pooled, used = pool_best(sims, owner, 10, k)
    order = np.lexsort((np.arange(m), -sims, owner))
    expected_used = np.zeros(m, dtype=bool)
    expected = np.zeros(10)
    for o in range(10):
        mine = [i for i in order if owner[i] == o][:k]
        expected_used[mine] = True
        expected[o] = np.mean(sims[mine]) if mine else 0.0
    assert used.tolist() == expected_used.tolist()
    assert np.allclose(pooled, expected, rtol=0, atol=1e-12)


def test_pool_best_with_many_best_texts_or_missing_similarities() -> None:
    """A large k and NaN similarities give the same pooling rule (NaN texts are taken last)."""
    sims = np.array([0.2, np.nan, 0.9, 0.4, 0.1, 0.3])
    owner = np.array([1, 0, 1, 1, 0, 0])
    pooled, used = pool_best(sims, owner, 2, 2)
    assert used.tolist() == [False, False, True, True, True, True]
    assert np.allclose(pooled, [0.2, 0.65])
    pooled, used = pool_best(sims[[0, 2, 3]], owner[[0, 2, 3]], 2, 20)
    assert used.all()
    assert np.allclose(pooled, [0.0, 0.5])


def test_similarities_with_a_given_query_equal_describing_again() -> None:
    """Passing the already described query gives the same similarities as letting the model describe it."""
    model = fit_topic_model(tuple(ON_TOPIC + OFF_TOPIC))
    query = model.describe(GROUP)
    assert np.array_equal(model.text_similarities(GROUP, query), model.text_similarities(GROUP))
    sims = model.text_similarities(GROUP)
    assert sims[0] > 0
    assert sims[2] == 0
