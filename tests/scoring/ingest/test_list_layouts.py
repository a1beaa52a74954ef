"""Publication-list layouts: left-column labels, year sub-headings, former names, typed sub-list notes."""

from __future__ import annotations

from scoring.ingest.parse import parse_cv

_LABEL_COLUMN = """IDA MARLOWE
Lecturer in Computing, Fenwick University

PUBLICATIONS

KDD'25        Ida Marlowe, Tom Arbery, and Lena Voss. “Streaming Joins over Lossy
              Sensor Feeds.” In Proceedings of the 31st ACM Conference on Knowledge
              Discovery and Data Mining, 2025.

VLDB'24       Tom Arbery and Ida Marlowe. “Compact Sketches for Moving Windows.”
              Proceedings of the VLDB Endowment 17, 4 (2024), 801–813.

SIGMOD'23     Ida Marlowe. “Cost Models for Tiered Storage.” In Proceedings of the
              2023 International Conference on Management of Data, 2023.
"""


def test_venue_tags_in_a_left_column_are_not_part_of_the_first_author() -> None:
    """A left column of venue tags ("KDD'25") is cut from the entries, so the first author is the candidate."""
    cv = parse_cv(_LABEL_COLUMN, fmt="pdf")
    assert [(p.authors[0], p.candidate_author_position) for p in cv.publications] == [
        ("Ida Marlowe", 1),
        ("Tom Arbery", 2),
        ("Ida Marlowe", 1),
    ]


def test_year_subheading_dates_entries_without_a_year() -> None:
    """A markdown "### 2022" sub-heading dates a journal entry that prints no year of its own."""
    text = (
        "# Ida Marlowe\n\n## Publications\n\n### 2022\n\n"
        '1. **Ida Marlowe**, Tom Arbery. "Compact Sketches for Moving Windows." *Journal of Sketches*, 4(2).\n\n'
        "### 2021\n\n"
        '1. Tom Arbery, **Ida Marlowe**. "Cost Models for Tiered Storage." *SIGMOD 2021*.\n'
    )
    cv = parse_cv(text, fmt="markdown")
    assert [p.year for p in cv.publications] == [2022, 2021]


def test_capitalised_published_as_note_gives_a_former_name() -> None:
    """ "Published as Ida Brandt before 2019." makes papers by "I. Brandt" the candidate's."""
    text = (
        "Ida Marlowe\nLecturer, Fenwick University\n\nPublications\n"
        "Published as Ida Brandt before 2019. Students underlined.\n"
        "[2] T. Arbery and I. Marlowe, “Compact sketches,” in Proc. SIGMOD, 2021.\n"
        "[1] I. Brandt and T. Arbery, “Cost models for tiered storage,” in Proc. VLDB, 2018.\n"
    )
    cv = parse_cv(text, fmt="pdf")
    assert [p.candidate_author_position for p in cv.publications] == [2, 1]


def test_non_refereed_note_makes_a_sub_list_other() -> None:
    """ "Regional Conferences (non-refereed)" is a sub-heading whose entries are typed other."""
    text = (
        "IDA MARLOWE\n\nPUBLICATIONS\n\nConference Papers\n\n"
        "[2]  Ida Marlowe and Tom Arbery. Compact Sketches for Moving Windows. In Proceedings of the\n"
        "     Conference on Data Streams (CDS 2022), 2022.\n\n"
        "Regional Conferences (non-refereed)\n\n"
        "[1]  Ida Marlowe. Cost Models for Tiered Storage. In The 9th Annual Meeting of the Fenwick\n"
        "     Data Society, 2021.\n"
    )
    cv = parse_cv(text, fmt="pdf")
    assert [p.type for p in cv.publications] == ["conference", "other"]


def test_sponsored_research_heading_ends_the_publication_list() -> None:
    """A "SPONSORED RESEARCH" list after the last entry is not read into it (its years do not date it)."""
    text = (
        "IDA MARLOWE\n\nPUBLICATIONS\n"
        "[2] I. Marlowe and T. Arbery, “Compact sketches,” in Proc. SIGMOD, 2021.\n"
        "[1] I. Marlowe, “Cost models for tiered storage,” Ph.D. dissertation, Fenwick University,\n"
        "     2019.\n\n"
        "SPONSORED RESEARCH\n"
        "NSF IIS-1234567, “Sketches for streams,” $400,000, 2024–2027 (PI). Fenwick seed\n"
        "grant, $25,000, 2023.\n"
    )
    cv = parse_cv(text, fmt="pdf")
    assert [(p.year, p.type) for p in cv.publications] == [(2021, "conference"), (2019, "thesis")]


def test_label_column_needs_wrapped_lines_at_its_text_column() -> None:
    """Lines with a wide gap but no wrapped lines under their text, and bracketed list labels, are left whole."""
    from scoring.ingest.list_shape import strip_label_column

    gaps = ["Roe J.    Toy springs. 2020.", "Doe B.    Toy gears. 2019.", "Poe C.    Toy cogs. 2018."]
    assert strip_label_column(gaps) == gaps
    marked = [
        "[J3]   A. Roe. Toy springs.",
        "       Toy J. 2020.",
        "[J2]   A. Roe. Toy gears.",
        "       Toy J. 2019.",
    ]
    marked += ["[J1]   A. Roe. Toy cogs.", "       Toy J. 2018."]
    assert strip_label_column(marked) == marked


def test_date_labels_are_not_cut_as_venue_tags() -> None:
    """A left column of dates ("Summer 2024") is left to the date readers, not cut as a venue tag."""
    from scoring.ingest.list_shape import strip_label_column

    lines = ["Summer 2024   I. Marlowe. Toy springs.", "              Toy J., 2024."] * 3
    assert strip_label_column(lines) == lines
