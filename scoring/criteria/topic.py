"""Topic match as a criterion: the statement and the best-matching papers, with shared key terms.

A description edit re-runs only this criterion, so it is built to be cheap on a pool it has seen:
the text list and the fitted model are kept in the context's memo, and the evidence (the best
papers' rows and the shared key terms as words) is built when a page reads it, for the
candidates it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from scoring.criteria import (
    EVIDENCE_COLUMNS,
    Context,
    CriterionResult,
    criterion,
    empty_evidence,
    evidence_frame,
)
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


@dataclass(frozen=True, slots=True, eq=False)
class _Prepared:
    """A pool's texts and the model fitted on them: what every description is matched against."""

    candidates: pd.DataFrame  # the frames it was built from, compared by identity before reuse
    publications: pd.DataFrame
    texts: _Texts
    model: TopicModel
    statement: np.ndarray  # text positions of the statements
    paper: np.ndarray  # text positions of the papers
    has_statement: np.ndarray  # per candidate
    has_papers: np.ndarray  # per candidate


def _prepare(ctx: Context, fallback_cv_text: bool, method: Method, model: str) -> _Prepared | None:
    """The pool's texts and fitted model, from the memo when this pool was seen (None: no text)."""
    cands, pubs = ctx.profiles.candidates, ctx.profiles.publications
    key = ("topic_match", fallback_cv_text, method, model)
    kept = ctx.memo.get(key)
    if isinstance(kept, _Prepared) and kept.candidates is cands and kept.publications is pubs:
        return kept
    texts = _texts(ctx, fallback_cv_text)
    if len(texts.text) == 0:
        return None
    n, owner = len(cands), texts.owner
    prepared = _Prepared(
        candidates=cands,
        publications=pubs,
        texts=texts,
        model=fit_topic_model(tuple(texts.text), method, model),
        statement=np.flatnonzero(~texts.is_paper),
        paper=np.flatnonzero(texts.is_paper),
        has_statement=np.bincount(owner[~texts.is_paper], minlength=n) > 0,
        has_papers=np.bincount(owner[texts.is_paper], minlength=n) > 0,
    )
    ctx.memo[key] = prepared
    return prepared


@dataclass(frozen=True, slots=True, eq=False)
class _TermEntries:
    """The description's terms in the pool's texts, one entry per (text, term) with a weight.

    Kept as entries rather than a candidates x terms table: a description edit only slices the
    model's columns, and a page adds up the entries of the candidates it shows.
    """

    owner: np.ndarray  # candidate position of each entry's text
    term: np.ndarray  # position of the entry's term in ``names``
    weight: np.ndarray  # the term's TF-IDF weight in that text
    names: np.ndarray  # the description's terms
    query: np.ndarray  # the description's weight of each term
    n_terms: int

    def shared(self, positions: np.ndarray) -> np.ndarray:
        """Per candidate at (sorted, unique) *positions*: its heaviest terms of the description, joined."""
        out = np.full(len(positions), "", dtype=object)
        if len(positions) == 0 or self.n_terms == 0:
            return out
        width = len(self.names)
        keep = np.isin(self.owner, positions)
        cell = np.searchsorted(positions, self.owner[keep]) * width + self.term[keep]
        # entries are in text order within each term, the order a product of owner and texts adds them in
        total = np.bincount(cell, weights=self.weight[keep], minlength=len(positions) * width)
        weight = total.reshape(len(positions), width) * self.query
        for i, row in enumerate(weight):
            best = np.argsort(-row, kind="stable")[: self.n_terms]
            out[i] = ", ".join(str(self.names[j]) for j in best if row[j] > 0)
        return out


def _term_entries(prepared: _Prepared, query: sp.csr_matrix, n_terms: int) -> _TermEntries | None:
    """Where the description's terms occur in the pool's texts (``None``: no shared term shown)."""
    if query.nnz == 0 or n_terms == 0:
        return None
    columns = prepared.model.matrix[:, query.indices]  # texts x terms, held column-wise
    return _TermEntries(
        owner=prepared.texts.owner[columns.indices],
        term=np.repeat(np.arange(len(query.indices)), np.diff(columns.indptr)),
        weight=columns.data,
        names=prepared.model.terms[query.indices],
        query=query.data,
        n_terms=n_terms,
    )


@dataclass(frozen=True, slots=True, eq=False)
class _TopicEvidence:
    """The rows behind the topic values, kept as arrays and built into a frame when read.

    Statements first, then the best-matching papers in publication order, then the shared key
    terms: the order a candidate's rows keep whether all candidates are built or a few.
    """

    ids: np.ndarray  # candidate id by position
    statement_owner: np.ndarray
    statement_value: np.ndarray
    statement_fallback: np.ndarray
    paper_owner: np.ndarray  # the best-matching papers only
    paper_value: np.ndarray
    paper_row: np.ndarray  # row positions in ``publications``
    publications: pd.DataFrame  # the pool's own frame, not a copy
    terms: _TermEntries | None  # for the shared key terms

    def rows(self, positions: np.ndarray | None = None) -> pd.DataFrame:
        """The evidence rows of the candidates at *positions* (every candidate when ``None``)."""
        if positions is None:
            wanted = np.arange(len(self.ids))
            s: slice | np.ndarray = slice(None)
            p: slice | np.ndarray = slice(None)
        else:
            wanted = np.unique(np.asarray(positions, dtype=np.int64))
            s, p = np.isin(self.statement_owner, wanted), np.isin(self.paper_owner, wanted)
        pubs = self.publications
        best = self.paper_row[p]
        terms = (
            self.terms.shared(wanted) if self.terms is not None else np.full(len(wanted), "", dtype=object)
        )
        has_terms = terms != ""
        blocks = [
            pd.DataFrame(
                {
                    "candidate_id": self.ids[self.statement_owner[s]],
                    "item": "research statement",
                    "value": self.statement_value[s],
                    "kind": "statement",
                    "detail": np.where(
                        self.statement_fallback[s], "no statement or papers found: whole CV text", "statement"
                    ),
                }
            ),
            pd.DataFrame(
                {
                    "candidate_id": self.ids[self.paper_owner[p]],
                    "item": pubs[Publications.title].iloc[best].to_numpy(),
                    "value": self.paper_value[p],
                    "kind": "publication",
                    "detail": "best-matching paper",
                    "source_line": pubs[Publications.source_line].iloc[best].to_numpy(),
                    "row_id": pubs[Publications.pub_id].iloc[best].to_numpy(),
                    "source_text": pubs[Publications.source_text].iloc[best].to_numpy(),
                }
            ),
            pd.DataFrame(
                {
                    "candidate_id": self.ids[wanted[has_terms]],
                    "item": "shared key terms",
                    "value": np.nan,
                    "kind": "terms",
                    "detail": terms[has_terms],
                }
            ),
        ]
        filled = [b for b in blocks if len(b)]
        rows = pd.concat(filled, ignore_index=True) if filled else empty_evidence()
        return rows.reindex(columns=EVIDENCE_COLUMNS).assign(criterion="topic_match")


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
    n = len(cands)
    prepared = _prepare(ctx, fallback_cv_text, method, model) if ctx.description.strip() else None
    if prepared is None:
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
    fitted, owner = prepared.model, prepared.texts.owner
    query = fitted.describe(ctx.description)
    sims = fitted.text_similarities(ctx.description, query)
    stmt, paper = prepared.statement, prepared.paper
    statement = np.zeros(n)
    statement[owner[stmt]] = sims[stmt]
    papers, used = pool_best(sims[paper], owner[paper], n, best_papers)
    has_statement, has_papers = prepared.has_statement, prepared.has_papers
    share = np.where(has_statement & has_papers, statement_weight, has_statement.astype(float))
    values = pd.Series(share * statement + (1 - share) * papers, index=cands.index, dtype=float)
    best = paper[used]
    evidence = _TopicEvidence(
        ids=cands.index.to_numpy(dtype=object),
        statement_owner=owner[stmt],
        statement_value=sims[stmt],
        statement_fallback=prepared.texts.fallback[stmt],
        paper_owner=owner[best],
        paper_value=sims[best],
        paper_row=prepared.texts.row[best],
        publications=ctx.profiles.publications,
        terms=_term_entries(prepared, query, n_terms),
    )
    breakdown = pd.DataFrame(
        {
            "statement": np.where(has_statement, statement, np.nan),
            "papers": np.where(has_papers, papers, np.nan),
        },
        index=cands.index,
    )
    return CriterionResult(values=values, evidence=evidence, breakdown=breakdown)
