"""Award headings swallowed by the section above them (narrow PDF sidebars), on small fictional fragments."""

from __future__ import annotations

from scoring.ingest.award_headings import split_award_headings
from scoring.ingest.parse import parse_cv
from scoring.ingest.sections import Section


def _pairs(text: str) -> list[tuple[str, int | None]]:
    return [(a.name, a.year) for a in parse_cv(text, fmt="pdf").awards]


def test_heading_wrapped_over_two_lines_in_a_sidebar() -> None:
    """ "FELLOWSHIPS AND" / "SCHOLARSHIPS" under another section's last line still opens an award list."""
    text = (
        "Lena Voss\nPh.D. Candidate in Geology\n\nEDUCATION\nPh.D., Geology, Tarn\nUniversity, 2021–2026\n"
        "FIELDS\nPrimary: Sediments\nSecondary: Tides,\nRiver Deltas\nFELLOWSHIPS AND\nSCHOLARSHIPS\n"
        "Quarry Foundation Prize\nFellowship, 2024–2025\nTarn University Fellowship,\n2021–2026\n"
        "Orla Scholarship for\nundergraduate thesis, 2019\n\nREFERENCES\nProf. Ana Roe\n"
    )
    assert _pairs(text) == [
        ("Quarry Foundation Prize Fellowship", 2024),
        ("Tarn University Fellowship", 2021),
        ("Orla Scholarship for undergraduate thesis", 2019),
    ]


def test_only_heading_words_open_an_award_list() -> None:
    """A capitalised line naming a particular award, or a lone "AND", leaves its section whole."""
    lines = [
        "Lecturer in Geology, 2021 – present",
        "NSF CAREER AWARD",
        "TEACHING AND",
        "OUTREACH",
        "Taught 40 students",
    ]
    host = Section("EXPERIENCE", "experience", None, 4, lines)
    assert split_award_headings([host]) == [host]


def test_heading_splits_its_host_section() -> None:
    """The host keeps the lines above the heading; the award section starts on the line after it."""
    host = Section("FIELDS", "interests", None, 10, ["Tides", "HONORS & AWARDS", "Quarry Medal, 2020"])
    assert split_award_headings([host]) == [
        Section("FIELDS", "interests", None, 10, ["Tides"]),
        Section("HONORS & AWARDS", "awards", None, 12, ["Quarry Medal, 2020"]),
    ]
