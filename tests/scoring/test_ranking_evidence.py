"""Evidence kept per criterion: one candidate's rows built alone equal the whole frame's, shared on a description edit."""

from __future__ import annotations

import pickle
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

import scoring.criteria.topic as topic_criterion
from scoring.config import CriterionSpec, SearchConfig
from scoring.criteria import EVIDENCE_COLUMNS, Context, get_criterion
from scoring.model import Award, ParsedCV, Publication, to_frames
from scoring.ranking import Scored, rescore_description, score
from scoring.topic import fit_topic_model

_TOPICS = ["warmup schedules for adaptive optimisers", "coral reef bleaching surveys", "graph colouring bounds",
           "loss landscape of deep networks", "protein folding with language models"]


def _pool(n: int = 9) -> object:
    """*n* fictional candidates: statements, papers (repeated titles give tied similarities), awards."""
    cvs = []
    for i in range(n):
        papers = [
            Publication(f"{_TOPICS[(i + j) % len(_TOPICS)].capitalize()} {'part ' + str(j) if j % 2 else ''}".strip(),
                        venue_acronym="TOPA" if j % 3 == 0 else "MIDB", year=2018 + j, type="conference",
                        source_line=5 + j, source_text=f"[{j + 1}] paper {j} of candidate {i}")
            for j in range(i % 5)
        ]
        statement = _TOPICS[i % len(_TOPICS)] if i % 3 else None
        text = "I study warmup for adaptive optimisers." if i == 0 else f"Candidate {i}"
        awards = [Award("Best Paper Award", 2020 + i % 4, source_line=2)] if i % 2 else []
        cvs.append((f"c{i:02d}", ParsedCV(name=f"Cand {i}", phd_year=2015 + i % 8, research_interests=statement,
                                          publications=papers, awards=awards, text=text)))
    return to_frames(cvs)


def _config(description: str, *, n_terms: int = 8) -> SearchConfig:
    specs = (
        CriterionSpec("tier_publications", 0.3),
        CriterionSpec("topic", 0.3, use="topic_match", params={"best_papers": 2, "n_terms": n_terms}),
        CriterionSpec("awards", 0.2),
        CriterionSpec("topic_papers", 0.2, use="topic_match", params={"statement_weight": 0.0}),
    )
    return SearchConfig(scheme="custom", overrides={"TOPA": "A*", "MIDB": "B"}, criteria=specs,
                        description=description, current_year=2026)


def _filtered(frame: pd.DataFrame, candidate_id: str, criterion: str | None = None) -> pd.DataFrame:
    mask = frame["candidate_id"] == candidate_id
    if criterion is not None:
        mask &= frame["criterion"] == criterion
    return frame[mask].reset_index(drop=True)


@pytest.mark.parametrize("description", ["adaptive optimisers and warmup for deep networks", ""])
def test_one_candidates_evidence_equals_its_rows_of_the_whole_frame(description: str) -> None:
    """Each candidate's evidence built alone has the same rows, order and types as the whole evidence frame."""
    scored = score(_pool(), _config(description))
    whole = scored.evidence
    assert list(whole.columns) == EVIDENCE_COLUMNS
    for cid in scored.raw.index:
        pd.testing.assert_frame_equal(scored.evidence_for(cid), _filtered(whole, cid))
    for cid in ("c00", "c04", "c07"):  # the CV-text fallback, papers and a statement, an award
        for name in scored.raw.columns:
            pd.testing.assert_frame_equal(scored.evidence_for(cid, name), _filtered(whole, cid, name))


def test_topic_evidence_source_builds_any_subset_like_the_whole() -> None:
    """The topic evidence of a few candidates (any order, repeats) equals their rows of the evidence for all."""
    pool = _pool()
    result = get_criterion("topic_match")(Context(pool, "warmup for adaptive optimisers, coral reefs", 2026))
    whole = result.evidence
    assert {"statement", "publication", "terms"} <= set(whole["kind"])
    ids = pool.candidates.index
    for positions in ([4], [8, 3, 3, 0], [7, 2], [], list(range(len(ids)))):
        part = result.evidence_source.rows(np.array(positions, dtype=np.int64))
        expected = whole[whole["candidate_id"].isin(ids[positions])].reset_index(drop=True)
        pd.testing.assert_frame_equal(part, expected, check_dtype=False)


def test_shared_terms_are_the_description_terms_heaviest_in_the_candidates_texts() -> None:
    """The shared key terms list, heaviest first, the description's terms by their summed weight in a candidate's texts."""
    pool = _pool()
    description = "adaptive optimisers, warmup, loss landscape, coral reefs"
    ctx = Context(pool, description, 2026)
    result = get_criterion("topic_match")(ctx, n_terms=3)
    texts = topic_criterion._texts(ctx, True)
    model = fit_topic_model(tuple(texts.text))
    query = model.describe(description).toarray().ravel()
    dense = model.matrix.toarray()
    terms = result.evidence[result.evidence["kind"] == "terms"].set_index("candidate_id")["detail"]
    for pos, cid in enumerate(pool.candidates.index):
        weight = dense[texts.owner == pos].sum(axis=0) * query
        best = [model.terms[j] for j in np.argsort(-weight, kind="stable")[:3] if weight[j] > 0]
        assert terms.get(cid, "") == ", ".join(best)


def test_a_description_edit_shares_the_unchanged_evidence() -> None:
    """After a description edit the other criteria's evidence is the same object, not a copy, and only topics change."""
    old = score(_pool(), _config("adaptive optimisers"))
    new = rescore_description(old, _config("coral reef bleaching"))
    assert new.evidence_parts["tier_publications"] is old.evidence_parts["tier_publications"]
    assert new.evidence_parts["awards"] is old.evidence_parts["awards"]
    assert new.evidence_parts["topic"] is not old.evidence_parts["topic"]
    pd.testing.assert_frame_equal(new.evidence, score(_pool(), _config("coral reef bleaching")).evidence)


def test_a_description_edit_reuses_the_text_list_and_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a pool was matched, a description edit neither rebuilds its text list nor refits its model."""
    old = score(_pool(), _config("adaptive optimisers"))

    def fail(*args: object, **kwargs: object) -> None:
        msg = "rebuilt on a description edit"
        raise AssertionError(msg)

    monkeypatch.setattr(topic_criterion, "_texts", fail)
    monkeypatch.setattr(topic_criterion, "fit_topic_model", fail)
    new = rescore_description(old, _config("coral reef bleaching"))
    assert new.raw["topic"].max() > 0


def test_the_memo_of_another_pool_is_not_reused() -> None:
    """Scores whose pool was swapped match the description against the new pool, not the remembered one."""
    old = score(_pool(), _config("adaptive optimisers"))
    smaller = replace(old.profiles, candidates=old.profiles.candidates.iloc[:4])
    swapped = replace(old, profiles=smaller, raw=old.raw.iloc[:4], breakdown=old.breakdown.iloc[:4])
    new = rescore_description(swapped, _config("coral reef bleaching"))
    fresh = rescore_description(replace(swapped, memo={}), _config("coral reef bleaching"))
    pd.testing.assert_frame_equal(new.raw, fresh.raw)
    assert len(new.raw) == 4


def test_pickled_scores_keep_their_evidence_and_drop_the_memo() -> None:
    """A pickled scored pool keeps values and evidence, but not the fitted models it remembered."""
    scored = score(_pool(), _config("adaptive optimisers"))
    assert scored.memo
    back = pickle.loads(pickle.dumps(scored))
    assert isinstance(back, Scored)
    assert back.memo == {}
    pd.testing.assert_frame_equal(back.raw, scored.raw)
    pd.testing.assert_frame_equal(back.evidence, scored.evidence)
    pd.testing.assert_frame_equal(back.evidence_for("c04"), scored.evidence_for("c04"))


def test_evidence_of_an_unknown_candidate_is_empty() -> None:
    """Asking for a candidate not in the pool gives no rows and the evidence columns."""
    scored = score(_pool(), _config("adaptive optimisers"))
    rows = scored.evidence_for("nobody")
    assert rows.empty
    assert list(rows.columns) == EVIDENCE_COLUMNS
