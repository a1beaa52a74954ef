"""Topic match as a criterion: the statement and the best-matching papers, with shared key terms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from scoring.criteria import Context, CriterionResult, criterion, empty_evidence, evidence_frame
from scoring.errors import ConfigError
from scoring.model import Candidates, Publications
from scoring.topic import Method, TopicModel, fit_topic_model, pool_best

__all__ = ["topic_match"]

_STATEMENT, _PAPER = 0, 1


def _check(params: dict[str, Any]) -> None:
    if params.get("best_papers", 3) < 1:
        raise ConfigError(key="best_papers", reason="must be at least 1")
    if params.get("statement_weight", 0.5) > 1:
        raise ConfigError(key="statement_weight", reason="must be between 0 and 1")
    if params.get("method") == "semantic":
        from scoring.semantic import resolve_model_dir

        resolve_model_dir(str(params.get("model", "")))


@dataclass(frozen=True, slots=True)
class _Texts:
    """Every non-empty text of the pool as parallel arrays (kept out of pandas: strings are costly)."""

    owner: np.ndarray  # candidate position
    is_paper: np.ndarray  # False: the research statement (or the CV text fallback)
    text: np.ndarray  # object array of str
    row: np.ndarray  # publication row position, -1 for statements
    fallback: np.ndarray  # the statement is the whole CV text


def _texts(ctx: Context, fallback_cv_text: bool) -> _Texts:
    """The statement and paper texts of every candidate, empty ones dropped."""
    cands = ctx.profiles.candidates
    pubs = ctx.profiles.publications
    statements = cands[Candidates.research_interests].fillna("").astype(str).str.strip()
    owner = cands.index.get_indexer(pubs[Publications.candidate_id])
    has_pub = np.bincount(owner[owner >= 0], minlength=len(cands)) > 0
    fallback = fallback_cv_text & (statements == "").to_numpy(dtype=bool) & ~has_pub
    if fallback.any():
        statements = statements.where(~fallback, cands[Candidates.text].fillna("").astype(str).str.strip())
    paper_text = pubs[Publications.title].fillna("").astype(str)
    if "abstract" in pubs:  # abstracts are optional; a parser or a bib file may supply them
        paper_text = paper_text + ". " + pubs["abstract"].fillna("").astype(str)
    paper_text = paper_text.str.strip()
    keep_statement = (statements != "").to_numpy(dtype=bool)
    keep_paper = ((paper_text != "").to_numpy(dtype=bool)) & (owner >= 0)
    n_keep = np.flatnonzero(keep_statement)
    p_keep = np.flatnonzero(keep_paper)
    return _Texts(
        owner=np.concatenate([n_keep, owner[p_keep]]).astype(np.int64),
        is_paper=np.concatenate([np.zeros(len(n_keep), dtype=bool), np.ones(len(p_keep), dtype=bool)]),
        text=np.concatenate(
            [statements.to_numpy(dtype=object)[n_keep], paper_text.to_numpy(dtype=object)[p_keep]]
        ),
        row=np.concatenate([np.full(len(n_keep), -1), p_keep]).astype(np.int64),
        fallback=np.concatenate([fallback[n_keep], np.zeros(len(p_keep), dtype=bool)]),
    )


def _shared_terms(model: TopicModel, description: str, owner: np.ndarray, n: int, n_terms: int) -> list[str]:
    """Per candidate, the description's terms that weigh most in the candidate's own texts."""
    query = model.describe(description)
    if query.nnz == 0 or n_terms == 0:
        return [""] * n
    groups = sp.csr_matrix((np.ones(len(owner)), (owner, np.arange(len(owner)))), shape=(n, len(owner)))
    weight = (groups @ model.matrix[:, query.indices]).toarray() * query.data
    out: list[str] = []
    for row in weight:
        best = np.argsort(-row, kind="stable")[:n_terms]
        out.append(", ".join(str(model.terms[query.indices[j]]) for j in best if row[j] > 0))
    return out


@criterion(validate=_check)
def topic_match(
    ctx: Context,
    *,
    method: Method = "tfidf",
    best_papers: int = 3,
    statement_weight: float = 0.5,
    n_terms: int = 8,
    fallback_cv_text: bool = True,
    model: str = "",
) -> CriterionResult:
    """Topic match with the group.

    Similarity (0..1) between the group description and the candidate's research: the research
    statement, and the mean of the best-matching papers (titles, and abstracts when present),
    blended by statement_weight. The evidence lists the best papers and the shared key terms.

    Args:
        method: tfidf (default), lsa (TF-IDF reduced by SVD: matches related words), or semantic
            (sentence embeddings; needs the semantic extra and a local model).
        best_papers: How many of a candidate's best-matching papers are averaged.
        statement_weight: Share of the research statement in the match (the papers get the rest);
            a candidate with only one of the two is matched on that one.
        n_terms: How many shared key terms the evidence shows.
        fallback_cv_text: When neither a statement nor papers were found, match the whole CV text.
        model: For semantic: a local model folder or an installed model package name.
    """
    cands = ctx.profiles.candidates
    pubs = ctx.profiles.publications
    n = len(cands)
    texts = _texts(ctx, fallback_cv_text)
    if len(texts.text) == 0 or not ctx.description.strip():
        reason = "no group description" if not ctx.description.strip() else "no research text found"
        evidence = evidence_frame(
            n,
            candidate_id=cands.index.to_numpy(),
            criterion="topic_match",
            item="topic match",
            value=0.0,
            detail=reason,
            kind="statement",
        )
        return CriterionResult(values=pd.Series(0.0, index=cands.index), evidence=evidence)
    fitted = fit_topic_model(tuple(texts.text), method, model)
    sims = fitted.text_similarities(ctx.description)
    owner, is_paper = texts.owner, texts.is_paper
    statement = np.zeros(n)
    has_statement = np.zeros(n, dtype=bool)
    statement[owner[~is_paper]] = sims[~is_paper]
    has_statement[owner[~is_paper]] = True
    papers, used = pool_best(sims[is_paper], owner[is_paper], n, best_papers)
    has_papers = np.bincount(owner[is_paper], minlength=n) > 0
    share = np.where(has_statement & has_papers, statement_weight, has_statement.astype(float))
    values = pd.Series(share * statement + (1 - share) * papers, index=cands.index, dtype=float)

    ids = cands.index.to_numpy(dtype=object)
    stmt_owner = owner[~is_paper]
    best_rows = pubs.iloc[texts.row[is_paper][used]]
    best_owner = owner[is_paper][used]
    terms = _shared_terms(fitted, ctx.description, owner, n, n_terms)
    evidence = (
        pd.concat(
            [
                pd.DataFrame(
                    {
                        "candidate_id": ids[stmt_owner],
                        "item": "research statement",
                        "value": sims[~is_paper],
                        "kind": "statement",
                        "detail": np.where(
                            texts.fallback[~is_paper],
                            "no statement or papers found: whole CV text",
                            "statement",
                        ),
                    }
                ),
                pd.DataFrame(
                    {
                        "candidate_id": ids[best_owner],
                        "item": best_rows[Publications.title].to_numpy(),
                        "value": sims[is_paper][used],
                        "kind": "publication",
                        "detail": "best-matching paper",
                        "source_line": best_rows[Publications.source_line].to_numpy(),
                        "row_id": best_rows[Publications.pub_id].to_numpy(),
                        "source_text": best_rows[Publications.source_text].to_numpy(),
                    }
                ),
                pd.DataFrame(
                    {
                        "candidate_id": ids,
                        "item": "shared key terms",
                        "value": np.nan,
                        "kind": "terms",
                        "detail": terms,
                    }
                ),
            ],
            ignore_index=True,
        )
        .reindex(columns=empty_evidence().columns)
        .assign(criterion="topic_match")
    )
    evidence = evidence[(evidence["kind"] != "terms") | (evidence["detail"] != "")]
    breakdown = pd.DataFrame(
        {
            "statement": np.where(has_statement, statement, np.nan),
            "papers": np.where(has_papers, papers, np.nan),
        },
        index=cands.index,
    )
    return CriterionResult(values=values, evidence=evidence.reset_index(drop=True), breakdown=breakdown)
