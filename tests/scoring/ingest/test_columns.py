"""Two-column plain text: the sidebar and the main column are read apart, line numbers kept."""

from __future__ import annotations

from scoring.ingest.awards import find_awards
from scoring.ingest.columns import column_views
from scoring.ingest.identity import read_identity
from scoring.ingest.sections import split_sections


def _two_columns() -> str:
    """A small fictional two-column CV written the way a layout-keeping export prints it."""
    left = [
        "MARA HOLT",
        "Lecturer · School of Geology · Hill University",
        "",
        "CONTACT",
        "School of Geology",
        "mara.holt@example.org",
        "",
        "EDUCATION",
        "PhD Geology, 2019",
        "University of Norland",
        "",
        "AWARDS",
        "2022  Lindqvist Prize for Young",
        "      Geologists",
        "2020  Quarry Medal, Society",
        "      of Field Geology",
        "2016  Dean's List",
        "",
        "SKILLS",
        "R, GIS, field mapping",
    ]
    right = [
        "",
        "",
        "",
        "POSITIONS",
        "2021–present  Lecturer in Geology,",
        "              School of Geology, Hill",
        "              University",
        "2019–2021     Research associate, Lake",
        "              Institute of Sediments",
        "",
        "ARTICLES",
        "Holt, M. and Roe, A. (2023) 'Slow folds in",
        "soft rock', Journal of Quiet Geology, 4(1).",
        "Holt, M. (2021) 'Grain sizes along the",
        "Norland coast', Sediment Letters, 9(2).",
        "",
        "TALKS",
        "Holt, M. (2022) 'Folds', Rock Meeting, Lake.",
        "",
        "",
    ]
    return (
        "\n".join(
            (f"{a:<36}{b}" if b and i >= 2 else a).rstrip()
            for i, (a, b) in enumerate(zip(left, right, strict=True))
        )
        + "\n"
    )


def test_views_keep_line_count_and_split_at_the_gutter() -> None:
    """Each column view has as many lines as the text, with the other column's text removed."""
    text = _two_columns()
    views = column_views(text)
    assert views is not None
    left, right = (v.split("\n") for v in views)
    assert len(left) == len(right) == len(text.split("\n"))
    assert left[12] == "2022  Lindqvist Prize for Young"
    assert right[12] == "soft rock', Journal of Quiet Geology, 4(1)."
    assert left[1].startswith("Lecturer · School")  # the full-width header stays whole


def test_awards_of_the_sidebar_do_not_mix_with_articles() -> None:
    """Award entries wrapped in a narrow column are read whole, and citation text never joins them."""
    text = _two_columns()
    awards = find_awards(split_sections(text, fmt="text"), text, fmt="text")
    assert [(a.name, a.year) for a in awards] == [
        ("Lindqvist Prize for Young Geologists", 2022),
        ("Quarry Medal, Society of Field Geology", 2020),
        ("Dean's List", 2016),
    ]
    assert awards[0].source_line == 13


def test_identity_of_a_two_column_cv() -> None:
    """Current role and PhD come from their own column, not from text beside them."""
    text = _two_columns()
    who = read_identity(split_sections(text, fmt="text"), text, fmt="text")
    assert who.name == "Mara Holt"
    assert who.current_position == "Lecturer in Geology, School of Geology, Hill University"
    assert (who.phd_institution, who.phd_year) == ("University of Norland", 2019)


def test_right_aligned_dates_are_not_a_second_column() -> None:
    """A one-column CV whose dates line up on the right is left as it is."""
    rows = [
        ("EXPERIENCE", ""),
        ("Lecturer, Hill University", "2021 – present"),
        ("Research Associate, Lake Institute", "2019 – 2021"),
        ("Tutor, Lake Institute", "2017 – 2019"),
        ("EDUCATION", ""),
        ("PhD Geology, University of Norland", "2019"),
        ("MSc Geology, University of Norland", "2015"),
        ("BSc Geology, Quarry College", "2013"),
        ("AWARDS", ""),
        ("Quarry Medal", "2020"),
        ("Lindqvist Prize", "2018"),
    ]
    text = "\n".join(f"{a:<50}{b}".rstrip() for a, b in rows) + "\n"
    assert column_views(text) is None


def test_short_text_is_one_column() -> None:
    """A few lines never make a two-column layout."""
    assert column_views("AWARDS        TALKS\n2020 Prize    Lake, 2021\n") is None


def test_two_award_lists_side_by_side_under_one_heading() -> None:
    """A section printing two year-led lists on the same lines is read as its left list, then its right one."""
    rows = [
        ("MARA HOLT", ""),
        ("Lecturer in Geology, Hill University", ""),
        ("", ""),
        ("AWARDS", ""),
        ("2023  Quarry Medal", "2019  Lindqvist Prize for Young"),
        ("2021  Lake Society Award for Field", "      Geologists"),
        ("      Mapping", "2016  Dean's List"),
        ("", ""),
        ("ARTICLES", ""),
        ("Holt, M. (2023) 'Slow folds', Journal of Quiet Geology, 4(1).", ""),
    ]
    text = "\n".join(f"{a:<40}{b}".rstrip() for a, b in rows) + "\n"
    awards = find_awards(split_sections(text, fmt="text"), text, fmt="text")
    assert [(a.name, a.year, a.source_line) for a in awards] == [
        ("Quarry Medal", 2023, 5),
        ("Lake Society Award for Field Mapping", 2021, 6),
        ("Lindqvist Prize for Young Geologists", 2019, 5),
        ("Dean's List", 2016, 7),
    ]


def test_dates_on_the_right_of_an_award_list_are_no_second_list() -> None:
    """Right-aligned years beside award names stay with their awards."""
    rows = [("AWARDS", ""), ("Quarry Medal", "2023"), ("Lindqvist Prize", "2019"), ("Dean's List", "2016")]
    text = "\n".join(f"{a:<40}{b}".rstrip() for a, b in rows) + "\n"
    awards = find_awards(split_sections(text, fmt="text"), text, fmt="text")
    assert [(a.name, a.year) for a in awards] == [
        ("Quarry Medal", 2023),
        ("Lindqvist Prize", 2019),
        ("Dean's List", 2016),
    ]
