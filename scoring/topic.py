"""Similarity between a group's description and candidates' research texts.

Each candidate brings several texts (a research statement, paper titles, abstracts). Every text is
matched on its own and a candidate's score pools its best matches, the way reviewer-paper affinity
is computed for conference assignment: one strong paper on the topic counts, forty papers on other
topics do not drown it. The default model is TF-IDF (sublinear term frequency, unigrams and
bigrams, British/American spelling and plurals folded); ``lsa`` adds a truncated SVD on top, and
``semantic`` uses a local sentence-embedding model (see ``scoring.semantic``).

The fitted model depends only on the candidates' texts, never on the description, and is cached:
editing the description re-scores a pool without refitting.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import numpy as np
import scipy.sparse as sp
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.preprocessing import normalize

__all__ = ["Method", "TopicModel", "analyse", "fit_topic_model", "pool_best", "topic_similarity"]

Method = Literal["tfidf", "lsa", "semantic"]

# Words that say where or how something was published, not what it is about.
_CV_STOP = {
    "paper",
    "papers",
    "proceedings",
    "proc",
    "conference",
    "international",
    "annual",
    "workshop",
    "journal",
    "transactions",
    "arxiv",
    "preprint",
    "vol",
    "volume",
    "pp",
    "pages",
    "ieee",
    "acm",
    "press",
    "submitted",
    "review",
    "accepted",
    "appear",
    "toward",
    "towards",
    "using",
    "via",
    "based",
    "new",
    "approach",
    "study",
    "et",
    "al",
    "abs",
    "doi",
    "http",
    "https",
    "www",
    "org",
    "com",
    "edu",
}
_STOP = frozenset(ENGLISH_STOP_WORDS) | _CV_STOP
_WORD = re.compile(r"[a-z][a-z0-9]*|[0-9]+[a-z][a-z0-9]*")
_BROKEN_LINE = re.compile(r"(\w)-\s*\n\s*(\w)")
_BRITISH = [
    (re.compile(r"(?<=..)is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=...)our$"), "or"),
    (re.compile(r"(?<=..)elling$"), "eling"),
    (re.compile(r"(?<=..)elled$"), "eled"),
]


@lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """One spelling per word ("" for a stop word): American forms, singular nouns.

    Light and consistent rather than a full stemmer: both the description and the candidates'
    texts go through it, so all that matters is that variants meet.
    """
    if word in _STOP or len(word) < 2:
        return ""
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as")):
        word = word[:-1]
    return "" if word in _STOP else word


def analyse(text: str) -> list[str]:
    """Text -> unigram and bigram terms: accents and case folded, stop words and numbers dropped.

    Examples:
        >>> analyse("Optimisers for Deep Networks (ICML 2024)")
        ['optimizer', 'deep', 'network', 'icml', 'optimizer deep', 'deep network', 'network icml']
    """
    if "\n" in text:
        text = _BROKEN_LINE.sub(r"\1\2", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = [t for t in map(_term, _WORD.findall(text.lower())) if t]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True, slots=True)
class TopicModel:
    """A model fitted on a flat list of texts; rows of ``matrix`` are unit-length TF-IDF vectors.

    ``matrix`` is held column-wise: a description has a few dozen terms, so matching it reads only
    those columns instead of every text's row.
    """

    method: Method
    vectorizer: TfidfVectorizer | None
    matrix: sp.csc_matrix
    terms: np.ndarray
    latent: np.ndarray | None = None  # unit rows (LSA components or sentence embeddings)
    svd: TruncatedSVD | None = None
    model: str = ""
    empty: np.ndarray = field(init=False, repr=False, compare=False)  # texts without a single term

    def __post_init__(self) -> None:
        n = self.matrix.shape[0]
        object.__setattr__(self, "empty", np.bincount(self.matrix.indices, minlength=n) == 0)

    def describe(self, description: str) -> sp.csr_matrix:
        """The description as a unit-length TF-IDF row in this model's vocabulary (sorted term indices)."""
        if self.vectorizer is None:
            return sp.csr_matrix((1, 0))
        query = self.vectorizer.transform([description]).tocsr()
        query.sort_indices()
        return query

    def text_similarities(self, description: str, query: sp.csr_matrix | None = None) -> np.ndarray:
        """Cosine similarity (clipped to 0..1) of every fitted text to *description*.

        *query* is ``describe(description)`` when the caller already has it.
        """
        n = self.matrix.shape[0]
        if self.vectorizer is None or not description.strip():
            return np.zeros(n)
        query = self.describe(description) if query is None else query
        match self.method:
            case "tfidf":
                # only the description's columns: the product sums each text's terms in index order
                sims = self.matrix[:, query.indices] @ query.data
            case "lsa":
                assert self.svd is not None
                assert self.latent is not None
                q = normalize(self.svd.transform(query))
                sims = self.latent @ q.ravel()
            case "semantic":
                from scoring.semantic import load_encoder

                assert self.latent is not None
                sims = self.latent @ load_encoder(self.model)([description]).ravel()
        sims = np.clip(np.asarray(sims, dtype=float), 0.0, 1.0)
        sims[self.empty] = 0.0  # an empty text matches nothing
        return np.asarray(sims, dtype=float)


@lru_cache(maxsize=4)
def fit_topic_model(
    texts: tuple[str, ...], method: Method = "tfidf", model: str = "", components: int = 100
) -> TopicModel:
    """Fit the vocabulary (and LSA or embeddings) on *texts*; cached per distinct pool of texts."""
    vectorizer = TfidfVectorizer(analyzer=analyse, sublinear_tf=True, dtype=np.float64)
    try:
        matrix = vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # no text has a single content word
        return TopicModel(method, None, sp.csc_matrix((len(texts), 0)), np.array([], dtype=object))
    terms = vectorizer.get_feature_names_out()
    columns = matrix.tocsc()
    match method:
        case "tfidf":
            return TopicModel(method, vectorizer, columns, terms)
        case "lsa":
            k = min(components, matrix.shape[1] - 1, matrix.shape[0] - 1)
            if k < 1:  # too few texts or terms for a latent space: plain TF-IDF is the honest answer
                return TopicModel("tfidf", vectorizer, columns, terms)
            svd = TruncatedSVD(n_components=k, random_state=0)
            latent = normalize(svd.fit_transform(matrix))
            return TopicModel(method, vectorizer, columns, terms, latent, svd)
        case "semantic":
            from scoring.semantic import load_encoder

            latent = load_encoder(model)(list(texts))
            return TopicModel(method, vectorizer, columns, terms, latent, model=model)


def pool_best(sims: np.ndarray, owner: np.ndarray, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean of each owner's *k* best similarities, and a mask of the texts that were used.

    Owners with no text get 0; between equal similarities the earlier text is used. Examples:
        >>> pooled, used = pool_best(np.array([.9, .1, .5, .3]), np.array([0, 0, 0, 1]), 3, 2)
        >>> pooled.round(2).tolist(), used.tolist()
        ([0.7, 0.3, 0.0], [True, False, True, True])
    """
    if len(sims) == 0 or k < 1:
        return np.zeros(n), np.zeros(len(sims), dtype=bool)
    if k > _FEW_BEST or np.isnan(sims).any():
        return _pool_best_sorted(sims, owner, n, k)
    # k rounds of "best text per owner" over texts grouped by owner: a few linear passes instead
    # of sorting every text, which is most of a description edit's cost at 10,000 candidates
    perm = None if bool(np.all(owner[1:] >= owner[:-1])) else np.argsort(owner, kind="stable")
    work = np.array(sims if perm is None else sims[perm], dtype=float)
    grouped_owner = owner if perm is None else owner[perm]
    starts = np.flatnonzero(np.r_[True, grouped_owner[1:] != grouped_owner[:-1]])
    group = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(work)]))
    position = np.arange(len(work))
    sums = np.zeros(len(starts))
    counts = np.zeros(len(starts), dtype=np.int64)
    taken = np.zeros(len(work), dtype=bool)
    for _ in range(k):
        best = np.maximum.reduceat(work, starts)
        left = best > -np.inf
        if not left.any():
            break
        first = np.minimum.reduceat(np.where(work == best[group], position, len(work)), starts)[left]
        sums[left] += work[first]  # best first, the order a sorted pass would add them in
        counts[left] += 1
        taken[first] = True
        work[first] = -np.inf
    pooled = np.zeros(n)
    pooled[grouped_owner[starts]] = sums / counts
    used = taken if perm is None else np.zeros(len(sims), dtype=bool)
    if perm is not None:
        used[perm[taken]] = True
    return pooled, used


_FEW_BEST = 8  # above this many texts per owner, one sort is cheaper than k passes


def _pool_best_sorted(sims: np.ndarray, owner: np.ndarray, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """``pool_best`` by sorting every text by owner, then similarity (any *k*, NaN last)."""
    used = np.zeros(len(sims), dtype=bool)
    order = np.lexsort((-sims, owner))
    sorted_owner = owner[order]
    starts = np.searchsorted(sorted_owner, np.arange(n))
    position = np.arange(len(order)) - starts[sorted_owner]
    take = position < k
    used[order[take]] = True
    sums = np.bincount(sorted_owner[take], weights=sims[order][take], minlength=n)
    counts = np.bincount(sorted_owner[take], minlength=n)
    return np.divide(sums, counts, out=np.zeros(n), where=counts > 0), used


def flatten(candidates: Sequence[str | Sequence[str]]) -> tuple[tuple[str, ...], np.ndarray]:
    """All texts in one tuple and the candidate position each came from."""
    texts: list[str] = []
    owner: list[int] = []
    for i, cand in enumerate(candidates):
        items = [cand] if isinstance(cand, str) else list(cand)
        texts.extend(str(t or "") for t in items)
        owner.extend([i] * len(items))
    return tuple(texts), np.asarray(owner, dtype=np.int64)


def topic_similarity(
    candidates: Sequence[str | Sequence[str]],
    description: str,
    *,
    method: Method = "tfidf",
    best_k: int = 3,
    model: str = "",
) -> np.ndarray:
    """One similarity in 0..1 per candidate (higher = closer to *description*).

    Each candidate is a single text or a list of texts (statement, paper titles, abstracts); each
    text is matched alone and the candidate scores the mean of its *best_k* best matches.

    Examples:
        >>> topic_similarity([["Adam and warmup in deep learning optimisation"], "Protein folding"],
        ...                  "optimization for deep learning").round(2).tolist()
        [0.67, 0.0]
    """
    texts, owner = flatten(candidates)
    if not texts or not description.strip():
        return np.zeros(len(candidates))
    fitted = fit_topic_model(texts, method, model)
    pooled, _ = pool_best(fitted.text_similarities(description), owner, len(candidates), best_k)
    return pooled
