"""A sidebar template as PDF text gives it: the narrow sidebar first, its lines wrapped at its edge."""

from __future__ import annotations

from scoring.ingest.awards import find_awards
from scoring.ingest.identity import read_identity
from scoring.ingest.sections import split_sections

_LINES = (
    "TOMAS",
    "OKELLO-BRANDT",
    "Lecturer",
    "School of Hydrology",
    "CONTACT",
    "tob@example.org",
    "EDUCATION",
    "Ph.D., Hydrology",
    "Norland University, 2020",
    "AWARDS",
    "2024 Lake Society Early Career",
    "Prize",
    "2021 Quarry Foundation Memorial",
    "Dissertation Award",
    "2017 Dean's List",
    "2015 Hill      College      Travel",
    "Scholarship",
    "INTERESTS",
    "Rivers, sediment transport",
    "                         Publications",
    "                         Okello-Brandt, T. (2023). Slow rivers. Journal of Water, 3(1).",
)
_SIDEBAR = "\n".join(_LINES)


def test_a_name_set_over_two_lines_is_read_whole() -> None:
    """The given name alone on the first line and the family name below make one name."""
    who = read_identity(split_sections(_SIDEBAR, fmt="pdf"), _SIDEBAR, fmt="pdf")
    assert who.name == "Tomas Okello-Brandt"


def test_wrapped_award_names_of_a_narrow_column_are_joined() -> None:
    """A year-led line that fills the column continues on the next line, even when that reads like a heading."""
    sections = split_sections(_SIDEBAR, fmt="pdf")
    assert "Dissertation Award" not in [s.heading for s in sections]
    awards = find_awards(sections, _SIDEBAR, fmt="pdf")
    assert [(a.name, a.year) for a in awards] == [
        ("Lake Society Early Career Prize", 2024),
        ("Quarry Foundation Memorial Dissertation Award", 2021),
        ("Dean's List", 2017),
        ("Hill College Travel Scholarship", 2015),
    ]


def test_short_year_led_lines_keep_their_detail_apart() -> None:
    """A detail line under a short award line is not part of its name."""
    text = "AWARDS\n2024 Lake Prize for Young Hydrologists\n2021 Quarry Medal\nNorland Society\n"
    awards = find_awards(split_sections(text, fmt="pdf"), text, fmt="pdf")
    assert [a.name for a in awards] == ["Lake Prize for Young Hydrologists", "Quarry Medal"]
