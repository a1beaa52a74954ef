"""What the scoring does when the search config says nothing: default tables and the default config.

The tables are plain data so ``sample_profiles/search.toml`` can spell them out for a committee to
edit. Rule tables map a category to case-insensitive regular expressions; the first category
(in table order) with a matching pattern wins, and text no rule matches falls into ``other``.
"""

from __future__ import annotations

from scoring.config import CriterionSpec, SearchConfig

__all__ = [
    "AWARD_RULES",
    "AWARD_WEIGHTS",
    "COUNTED_TYPES",
    "POSITION_RULES",
    "POSITION_SCORES",
    "TIER_WEIGHTS",
    "default_config",
]

# CORE / CCF letters and SJR quartiles side by side, so any scheme works without editing.
TIER_WEIGHTS: dict[str, float] = {
    "A*": 4.0,
    "A": 2.0,
    "B": 1.0,
    "C": 0.5,
    "Q1": 2.0,
    "Q2": 1.0,
    "Q3": 0.5,
    "Q4": 0.25,
    "unranked": 0.25,
    "preprint": 0.0,
}

COUNTED_TYPES: tuple[str, ...] = ("conference", "journal", "workshop")

# Order matters: "best paper finalist" is a finalist, not a best paper.
AWARD_RULES: dict[str, list[str]] = {
    "finalist": [
        r"finalist",
        r"nomin(ee|ated|ation)",
        r"honou?rable mention",
        r"runner[- ]up",
        r"shortlisted",
    ],
    "best_paper": [
        r"best (student |short |long |demo |poster |reviewer )?paper",
        r"outstanding paper",
        r"distinguished paper",
        r"test[- ]of[- ]time",
        r"paper (award|prize)",
        r"(thesis|dissertation)",
    ],
    "early_career": [
        r"early[- ]career",
        r"\bcareer award",
        r"young (investigator|researcher|scientist)",
        r"rising star",
        r"faculty (research |early career )?award",
        r"new investigator",
        r"starting grant",
        r"sloan",
        r"under 35",
    ],
    "fellowship": [r"\bfellow(ship)?s?\b"],
    "scholarship": [
        r"scholar(ship)?s?\b",
        r"studienstiftung",
        r"stipend",
        r"bursary",
        r"studentship",
        r"travel (award|grant)",
    ],
    "competition": [
        r"medal",
        r"olympiad",
        r"competition",
        r"challenge",
        r"kaggle",
        r"hackathon",
        r"contest",
        r"\b(1st|2nd|3rd|first|second|third) (place|prize)\b",
    ],
}

AWARD_WEIGHTS: dict[str, float] = {
    "best_paper": 3.0,
    "early_career": 3.0,
    "fellowship": 2.0,
    "scholarship": 1.0,
    "competition": 1.0,
    "finalist": 1.0,
    "other": 0.5,
}

POSITION_RULES: dict[str, list[str]] = {
    "postdoc": [r"post-?doc", r"research fellow"],
    "phd_student": [
        r"ph\.? ?d\.? (student|candidate|researcher)",
        r"\bdoctoral (student|candidate|researcher)",
    ],
    "assistant_professor": [
        r"assistant professor",
        r"tenure[- ]track",
        r"junior professor",
        r"juniorprofess",
    ],
    "associate_professor": [r"associate professor", r"reader\b"],
    "full_professor": [r"\bprofessor\b", r"chair\b"],
    "lecturer": [r"lecturer", r"teaching fellow"],
    "research_scientist": [r"research (scientist|engineer)", r"scientist", r"researcher"],
}

# Suited to an assistant-professor search; a committee hiring senior staff reverses them.
POSITION_SCORES: dict[str, float] = {
    "postdoc": 1.0,
    "assistant_professor": 1.0,
    "lecturer": 0.8,
    "research_scientist": 0.8,
    "phd_student": 0.6,
    "associate_professor": 0.5,
    "full_professor": 0.3,
    "other": 0.3,
}


def default_config() -> SearchConfig:
    """Publications by tier count most, then topic match, then awards."""
    return SearchConfig(
        criteria=(
            CriterionSpec("tier_publications", 0.5),
            CriterionSpec("topic_match", 0.3),
            CriterionSpec("awards", 0.2),
        )
    )
