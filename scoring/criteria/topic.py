"""Topic match as a criterion: wraps ``scoring.topic``."""

from __future__ import annotations

import pandas as pd

from scoring.criteria import EVIDENCE_COLUMNS, Context, CriterionResult, criterion
from scoring.model import Candidates, Publications
from scoring.topic import topic_similarity


@criterion
def topic_match(ctx: Context) -> CriterionResult:
    """Topic match with the group.

    TF-IDF cosine similarity between the group description and the candidate's research
    statement and publication titles.
    """
    cands = ctx.profiles.candidates
    titles = ctx.profiles.publications.groupby(Publications.candidate_id)[Publications.title].apply(list)
    docs = [
        [str(cands.at[cid, Candidates.research_interests] or ""), *titles.get(cid, [])] for cid in cands.index
    ]
    values = pd.Series(topic_similarity(docs, ctx.description), index=cands.index, dtype=float)
    return CriterionResult(values=values, evidence=pd.DataFrame(columns=EVIDENCE_COLUMNS))
