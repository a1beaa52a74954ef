"""Citation years, venues and authors that page ranges, volumes, other versions and middle initials used to spoil."""

from __future__ import annotations

import pytest

from scoring.ingest.citation import parse_citation


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Toy dynamics, Proceedings of the Toy Congress 2018, Vol. 2, Toy Press, Berlin, 2019, 2001–2025.",
            2019,
        ),
        ("J. Roe. Toy springs. Toy Journal 12 (2016), 2020-2041.", 2016),
        ("Toy springs and gears, Toy Math. J. 236 (2014), 1033–1101.", 2014),
        ("Roe, J. (2020). Toy springs. Journal of Toys, 12, 1999–2004.", 2020),
        ("J. Roe. Toy springs. In Proceedings of the Toy Symposium, pages 2003--2011, 2001.", 2001),
    ],
)
def test_year_never_comes_from_a_page_range(text: str, year: int) -> None:
    """Pages that look like years ("2010–2034") do not date the paper; the printed year does."""
    assert parse_citation(text).year == year


def test_range_is_the_only_date() -> None:
    """A citation dated only by a range of years still gets the range's end as its year."""
    assert parse_citation("J. Roe. Toy springs survey. Toy Annual Report 2019–2021.").year == 2021


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Poe, M. and Roe, D. (2021). A toy theorem for block models. Stochastica 31 455–490.",
            "Stochastica",
        ),
        (
            "Roe, D. (2020). Toy testing with e-values. Electronic Journal of Toy Statistics 16 2412–2450.",
            "Electronic Journal of Toy Statistics",
        ),
    ],
)
def test_volume_and_pages_without_punctuation_leave_the_venue(text: str, venue: str) -> None:
    """ "Stochastica 31 455–490" is the journal "Stochastica", a journal article."""
    c = parse_citation(text)
    assert (c.venue, c.type) == (venue, "journal")


@pytest.mark.parametrize(
    "note",
    [
        "Full version in Toy J. Comput., 50(2):100--140, 2021.",
        "Journal version: Toy J. Comput. 50 (2021).",
        "A preliminary version appeared in Toy Letters, 2017.",
    ],
)
def test_other_version_note_does_not_date_the_entry(note: str) -> None:
    """A conference entry that mentions its journal version keeps its own year, venue and type."""
    c = parse_citation(
        "Z. Roe and B. Doe. Toy hierarchies for shortest paths. In Proceedings of the 60th Symposium on "
        f"Toy Theory (STT 2019), pages 10--20, 2019. {note}"
    )
    assert (c.year, c.venue, c.type) == (
        2019,
        "Proceedings of the 60th Symposium on Toy Theory",
        "conference",
    )
    assert c.venue_acronym == "STT"


def test_papers_and_proceedings_journal_is_a_journal() -> None:
    """A journal named "... Papers and Proceedings" is a journal, not a conference."""
    c = parse_citation(
        "“Toy wages and mergers” (with T. Roe). TEA Papers and Proceedings, 2023, 113: 412–416."
    )
    assert (c.venue, c.type) == ("TEA Papers and Proceedings", "journal")


_ACM_REST = (
    "2024. Lattice: Fast Snapshots for Toy Storage. In Proceedings of the 31st Symposium on Toy Systems "
    "(TSS '24). ACME, 12–30."
)


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        (
            "Mara T. Quenby, Ilse Dorn, Oren Valli, and Petra Saito.",
            ["Mara T. Quenby", "Ilse Dorn", "Oren Valli", "Petra Saito"],
        ),
        ("Mara T. Quenby.", ["Mara T. Quenby"]),
        ("Mara T. Quenby and Oren K. Valli.", ["Mara T. Quenby", "Oren K. Valli"]),
    ],
)
def test_acm_style_first_author_with_middle_initial(names: str, authors: list[str]) -> None:
    """ "Mara T. Quenby, ..." is a name with a middle initial, not the NIH "Quenby T." that ends a list."""
    c = parse_citation(f"{names} {_ACM_REST}")
    assert c.authors == authors
    assert (c.title, c.year, c.venue_acronym) == ("Lattice: Fast Snapshots for Toy Storage", 2024, "TSS")
    assert c.venue == "Proceedings of the 31st Symposium on Toy Systems"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Quenby M. Widget assembly in toy cells. J Toy. 2021;4:2-9.", ["Quenby M"]),
        ("Quenby MT, Dorn I. Widget assembly in toy cells. J Toy. 2021;4:2-9.", ["Quenby MT", "Dorn I"]),
    ],
)
def test_nih_style_lists_still_end_at_their_initials(text: str, authors: list[str]) -> None:
    """NIH "Family I." lists are unaffected by the middle-initial reading."""
    c = parse_citation(text)
    assert (c.authors, c.title) == (authors, "Widget assembly in toy cells")


def test_target_venue_year_is_not_the_year() -> None:
    """ "In preparation for KDD 2027" names a target, so the work has no year."""
    text = "Ida Marlowe and Tom Arbery. “Cost Models for Tiered Storage.” In preparation for KDD 2027."
    assert parse_citation(text).year is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Marlowe, I., and Arbery, T. (2019). “Sketches of the 2011 flood gauges.” J. Hydrol. Eng., 12(3), 7–31.",
            2019,
        ),
        (
            "Marlowe, I., and Arbery, T. (2025, in press). “Sketches of flood gauges.” J. Hydrol. Eng., in press.",
            2025,
        ),
    ],
)
def test_author_date_year_wins_over_a_year_in_the_title(text: str, year: int) -> None:
    """The date printed after the authors, even with "in press" beside it, is the citation's year."""
    cit = parse_citation(text)
    assert cit.year == year
    assert cit.title.startswith("Sketches of")


def test_special_issue_is_not_part_of_the_venue() -> None:
    """ "Toy Micro, Special Issue: Top Picks ..." names the journal "Toy Micro"."""
    text = (
        "I. Marlowe and T. Arbery, “Compact sketches,” Toy Micro, Special Issue: Top Picks from the 2024 "
        "Toy Conferences, vol. 45, no. 3, pp. 40–48, 2025."
    )
    assert parse_citation(text).venue == "Toy Micro"
