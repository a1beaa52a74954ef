"""A description edit re-scores only the topic criteria and splices them into the earlier scores."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from scoring.config import CriterionSpec, SearchConfig
from scoring.model import Award, ParsedCV, Publication, to_frames
from scoring.ranking import rank, rescore_description, score

_POOL = to_frames(
    [
        ("opt", ParsedCV(name="Opt", phd_year=2020, research_interests="adaptive optimisers for deep networks",
                         publications=[Publication("Warmup schedules for adaptive optimisers", venue_acronym="TOPA",
                                                   year=2023, source_line=4),
                                       Publication("Coral reef surveys by drone", venue_acronym="MIDB", year=2022)],
                         awards=[Award("Best Paper Award", 2024)])),
        ("reef", ParsedCV(name="Reef", phd_year=2015, research_interests="coral reef ecology and ocean warming",
                          publications=[Publication("Bleaching of coral reefs", venue_acronym="MIDB", year=2021)])),
        ("none", ParsedCV(name="None", publications=[Publication("Graph colouring bounds", year=2019)])),
    ]
)


def _config(description: str) -> SearchConfig:
    specs = (CriterionSpec("tier_publications", 0.4), CriterionSpec("topic_match", 0.4),
             CriterionSpec("awards", 0.2))
    return SearchConfig(scheme="custom", overrides={"TOPA": "A*", "MIDB": "B"}, criteria=specs,
                        description=description, current_year=2026)


@pytest.mark.parametrize(("before", "after"), [
    ("adaptive optimisers", "coral reef ecology"),
    ("", "coral reef ecology"),          # no description yet: the topic criterion had nothing to match
    ("adaptive optimisers", ""),
])
def test_spliced_scores_equal_a_full_score(before: str, after: str) -> None:
    """Re-scoring the description on earlier scores gives the same values, evidence and order as scoring afresh."""
    spliced = rescore_description(score(_POOL, _config(before)), _config(after))
    fresh = score(_POOL, _config(after))
    pd.testing.assert_frame_equal(spliced.raw, fresh.raw)
    pd.testing.assert_frame_equal(spliced.breakdown, fresh.breakdown)
    pd.testing.assert_frame_equal(spliced.evidence, fresh.evidence)
    assert spliced.higher_is_better == fresh.higher_is_better
    pd.testing.assert_frame_equal(rank(spliced, _config(after)), rank(fresh, _config(after)))


def test_a_new_description_changes_only_the_topic_values() -> None:
    """Only the topic column moves when the description changes; the other criteria keep their values."""
    old = score(_POOL, _config("adaptive optimisers"))
    new = rescore_description(old, _config("coral reef ecology"))
    assert new.raw.loc["reef", "topic_match"] > old.raw.loc["reef", "topic_match"]
    pd.testing.assert_frame_equal(new.raw.drop(columns="topic_match"), old.raw.drop(columns="topic_match"))


def test_rescoring_keeps_the_weights_of_the_new_config() -> None:
    """The spliced scores rank under the new config's weights like a full score does."""
    config = replace(_config("coral reef ecology")).with_weights({"topic_match": 1.0, "tier_publications": 0.0,
                                                                  "awards": 0.0})
    spliced = rescore_description(score(_POOL, _config("x")), config)
    assert rank(spliced, config)["candidate_id"].iloc[0] == "reef"
