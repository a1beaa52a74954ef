"""Similarity between a group's description and candidates' research texts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

__all__ = ["topic_similarity"]


def topic_similarity(candidates: Sequence[str | Sequence[str]], description: str) -> np.ndarray:
    """One cosine similarity per candidate (higher = closer to *description*).

    Each candidate is a single text or a list of texts (statement, paper titles), joined.
    """
    docs = [c if isinstance(c, str) else " ".join(c) for c in candidates]
    if not docs or not description.strip():
        return np.zeros(len(docs))
    vec = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    try:
        matrix = vec.fit_transform([description, *docs])
    except ValueError:  # every document is empty or stop words only
        return np.zeros(len(docs))
    sims = (matrix[1:] @ matrix[0].T).toarray().ravel()
    return np.asarray(sims, dtype=float)
