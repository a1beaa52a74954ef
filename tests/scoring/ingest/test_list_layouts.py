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


_TAG_COLUMN = """ODILE FENWARD
Research Scientist, Harbor Data Lab

PUBLICATIONS
                Conference Papers
[VLDB]          Odile Fenward, Piet Arnsby, and Lena Voss. 2025. Tidal Joins over Lossy
                Buoy Feeds. Proceedings of the VLDB Endowment (PVLDB).
       [SIGMOD]   Piet Arnsby and Odile Fenward. 2024. Sketches for Moving Harbors. In
                Proceedings of the 2024 International Conference on Management of Data
                (SIGMOD '24). ★ Best Paper Award
         [CIDR]   Lena Voss, Odile Fenward, and Piet Arnsby. 2023. Cost Models for Tiered
                Tide Storage. In Conference on Innovative Data Systems Research (CIDR '23).
                Theses
[MS]            Odile Fenward. 2019. Approximate Counting of Harbor Cranes. Master's thesis,
                Fenwick University.
"""


def test_bracketed_venue_tags_in_a_left_column_open_entries() -> None:
    """Bracketed tags ("[VLDB]") in a left column, even right-aligned or alone in a list, open an entry
    and are cut from it, also after an entry that ends with an award remark instead of a full stop."""
    cv = parse_cv(_TAG_COLUMN, fmt="pdf")
    assert [(p.title, p.authors[0]) for p in cv.publications] == [
        ("Tidal Joins over Lossy Buoy Feeds", "Odile Fenward"),
        ("Sketches for Moving Harbors", "Piet Arnsby"),
        ("Cost Models for Tiered Tide Storage", "Lena Voss"),
        ("Approximate Counting of Harbor Cranes", "Odile Fenward"),
    ]


def test_patent_number_wrapped_after_patent_continues_its_entry() -> None:
    """A patent number at the start of a line after "... U.S. Patent" ends that entry, it is not a new one."""
    text = (
        "PATENTS\n"
        "P2.    Voss, K.; Roe, H. Tide gauge with a float. U.S. Patent 11,111,222 B2, issued 2021.\n"
        "P1.    Roe, H.; Imre, T. Folding harbor crane and method of assembly. U.S. Patent\n"
        "10,222,333 B1, issued 2019.\n"
    )
    cv = parse_cv(text, fmt="pdf")
    assert [p.title for p in cv.publications] == [
        "Tide gauge with a float",
        "Folding harbor crane and method of assembly",
    ]


_SIDE_LABELS = """                  MARIT K. OSTERGAARD
Department of Economics, Fenwick University
Education          Ph.D. in Economics, Fenwick University               2020 – 2026 (expected)
                   B.A. in Economics, Harbor College                    2019
Research Fields    Labor Economics, Public Economics.
Job Market Paper   Ferry Subsidies, Island Labor Markets, and the Commute of Dock
                   Workers, 2025.
Publications       Harbor Fees and the Timing of Fleet Retirement (with Anders Ruud).
                   Journal of Coastal Economics, 2024, vol. 12, 4411.
Working Papers     Do Toll Holidays Create Jobs? Evidence from Ferry Ports (with Ines Graf
                   and Tomas Brekke). Revise and Resubmit, Journal of Harbor Economics, 2025.
                   Remote Piloting and the Reallocation of Low-Wage Dock Jobs
                   (with Anders Ruud). Harbor Working Paper No. 311, 2024.
Work in Progress   Crane Licensing and the Migration of Dock Workers Across Coastal
                   Regions
                   Tidal Shifts and Hours Worked in Fisheries (with Ines Graf)
Languages          Norwegian (native), English (fluent)
"""


def test_section_labels_in_a_left_column_beside_their_first_line() -> None:
    """Headings printed left of their section's first line ("Publications      Title...") open their
    section, and that line's text is the section's first line, so no paper is lost."""
    cv = parse_cv(_SIDE_LABELS, fmt="pdf")
    assert [(p.title, p.year) for p in cv.publications] == [
        ("Ferry Subsidies, Island Labor Markets, and the Commute of Dock Workers", 2025),
        ("Harbor Fees and the Timing of Fleet Retirement", 2024),
        ("Do Toll Holidays Create Jobs? Evidence from Ferry Ports", 2025),
        ("Remote Piloting and the Reallocation of Low-Wage Dock Jobs", 2024),
        ("Crane Licensing and the Migration of Dock Workers Across Coastal Regions", None),
        ("Tidal Shifts and Hours Worked in Fisheries", None),
    ]


def test_side_labels_need_a_shared_body_column() -> None:
    """A heading word before a wide gap counts as a side label only when two labels and further lines share
    the body column, and not when the right column holds ALL-CAPS headings of its own (two columns)."""
    from scoring.ingest.sections import _plain_heading
    from scoring.ingest.side_labels import side_labels

    def is_heading(text: str, prev: str) -> bool:
        return _plain_heading(text, prev) is not None

    one = ["Publications      A. Roe. Toy springs. 2020.", "                  Toy J. 3, 2020."]
    assert side_labels(one, is_heading) == {}
    two_columns = [
        "AWARDS             PUBLICATIONS",
        "Toy prize 2020     A. Roe. Toy springs. Toy J. 2020.",
        "EDUCATION          A. Roe. Toy gears. Toy J. 2019.",
        "Toy University     TEACHING",
        "SERVICE            Toy course, 2019.",
        "                   Toy course, 2018.",
    ]
    assert side_labels(two_columns, is_heading) == {}
