"""Maths-style citations: title and venue joined by commas, volume (year), books, chapters and theses."""

from __future__ import annotations

import pytest

from scoring.ingest.citation import parse_citation
from scoring.ingest.parse import parse_cv


@pytest.mark.parametrize(
    ("text", "title", "venue", "year"),
    [
        (
            "Sheaves on toy curves of small genus (with R. T. Abernethy), Ann. of Geom. (2) 88 (2021), no. 3, 101–150.",
            "Sheaves on toy curves of small genus",
            "Ann. of Geom. (2)",
            2021,
        ),
        (
            "Counting lattice points in thin annuli, Math. Q. 301 (2019), 12–40.",
            "Counting lattice points in thin annuli",
            "Math. Q.",
            2019,
        ),
        (
            "Rigid toy modules over local rings, Selecta Toy. (N.S.) 7 (2016), 2030–2049.",
            "Rigid toy modules over local rings",
            "Selecta Toy. (N.S.)",
            2016,
        ),
        (
            "Cusps, cones and toy surfaces, Int. Toy Res. Not. 2017, no. 4, 800–830.",
            "Cusps, cones and toy surfaces",
            "Int. Toy Res. Not.",
            2017,
        ),
        (
            "Integral toy points on moduli (with K. Ortiz), Publ. Toy Inst. Sci., to appear.",
            "Integral toy points on moduli",
            "Publ. Toy Inst. Sci",
            None,
        ),
    ],
)
def test_comma_separated_title_and_abbreviated_journal(
    text: str, title: str, venue: str, year: int | None
) -> None:
    """The title runs to the comma before the journal; abbreviation periods neither end it nor become authors."""
    c = parse_citation(text)
    assert (c.title, (c.venue or "").rstrip("."), c.year, c.authors) == (title, venue.rstrip("."), year, [])
    assert c.type == "journal"


def test_comma_separated_citation_with_authors() -> None:
    """ "A. Roe and B. Doe, Title, J. X 14 (2018), 1–22." keeps both names as authors."""
    c = parse_citation(
        "A. B. Corrin and T. Lusk, Rigidity of toy modules, J. Algebraic Toys 14 (2018), 1–22."
    )
    assert c.authors == ["A. B. Corrin", "T. Lusk"]
    assert (c.title, c.venue, c.year) == ("Rigidity of toy modules", "J. Algebraic Toys", 2018)


def test_journal_named_like_a_meeting_with_volume_and_year_is_a_journal() -> None:
    """A journal whose name holds "Forum" is still a journal when it prints volume (year), pages."""
    c = parse_citation("Toy Mordell bounds for small curves, Forum Toy Math. 10 (2022), e14, 58 pp.")
    assert ((c.venue or "").rstrip("."), c.type) == ("Forum Toy Math", "journal")


def test_book_in_a_series_with_publisher_and_page_count() -> None:
    """Series, publisher, city and a page count make a book; the venue keeps the series and publisher."""
    c = parse_citation(
        "Heights and Toy Varieties, Graduate Lectures in Toy Mathematics 12, Springer, Cham, 2019, xii+300 pp."
    )
    assert (c.title, c.year, c.type) == ("Heights and Toy Varieties", 2019, "book")
    assert c.venue == "Graduate Lectures in Toy Mathematics, Springer"


def test_chapter_after_in_colon_is_a_chapter_even_in_a_conference_list() -> None:
    """ "in: Book 9, Amer. Math. Soc., City, 2020, 10–80" is a chapter, whatever list it sits in."""
    text = (
        "Lectures on toy conjectures (with D. Pell), in: Toy Geometry: Summer School Series 9, "
        "Amer. Math. Soc., Providence, RI, 2020, 10–80."
    )
    c = parse_citation(text, section_type="conference")
    assert (c.title, c.venue, c.year, c.type) == (
        "Lectures on toy conjectures",
        "Toy Geometry: Summer School Series",
        2020,
        "chapter",
    )


def test_university_press_book_is_a_book_not_a_journal() -> None:
    """A title followed only by a university press, a year and a page count is a book."""
    c = parse_citation(
        "K. Lund and P. Arno. Practical Toy Algorithms: Cuts, Flows and Trees. Northbridge University Press, 2018. 350 pages."
    )
    assert (c.title, c.venue, c.year, c.type) == (
        "Practical Toy Algorithms: Cuts, Flows and Trees",
        "Northbridge University Press",
        2018,
        "book",
    )


def test_proceedings_with_a_publisher_stays_a_conference_paper() -> None:
    """Proceedings printed by a press are not a book: the venue is the proceedings."""
    c = parse_citation(
        "Toy dynamics and heights, Proceedings of the Toy Congress 2018, Vol. 2, Toy Press, Berlin, 2019, 101–120."
    )
    assert c.title == "Toy dynamics and heights"
    assert (c.venue or "").startswith("Proceedings of the Toy Congress")
    assert c.type == "conference"


def test_thesis_after_a_comma_names_the_university() -> None:
    """ "Title, Ph.D. thesis, University, year" is a thesis whose venue is the university."""
    c = parse_citation("Toy varieties and their heights, Ph.D. thesis, Northbridge University, 2011.")
    assert (c.title, c.venue, c.year, c.type) == (
        "Toy varieties and their heights",
        "Northbridge University",
        2011,
        "thesis",
    )


def test_untitled_author_maths_list_keeps_every_paper() -> None:
    """A numbered list of "Title, J. 12 (2014), pages." entries without authors loses none of them."""
    cv = parse_cv(
        "Petra Lund\n\nPublications\n\n"
        "3. Lower bounds for toy degrees, Compos. Toy. 15 (2015), 1801–1826.\n"
        "2. Special toy subvarieties, Toy Z. 277 (2014), 433–462.\n"
        "1. Heights on toy curves (with M. Ferro), J. Toy Theory 133 (2013),\n"
        "    2880–2903.\n"
    )
    got = [(p.title, (p.venue or "").rstrip("."), p.year) for p in cv.publications]
    assert got == [
        ("Lower bounds for toy degrees", "Compos. Toy", 2015),
        ("Special toy subvarieties", "Toy Z", 2014),
        ("Heights on toy curves", "J. Toy Theory", 2013),
    ]


def test_period_separated_titles_are_not_read_as_comma_style() -> None:
    """A title closed by a period keeps the usual reading even when the venue prints volume (year)."""
    c = parse_citation("J. Roe. Widgets, gears and toy springs. Toy Journal 12 (2016), 20–41.")
    assert (c.authors, c.title, c.venue, c.year) == (
        ["J. Roe"],
        "Widgets, gears and toy springs",
        "Toy Journal",
        2016,
    )


def test_full_names_then_a_year_are_authors_not_a_comma_title() -> None:
    """An ACM list of full names is not taken for a comma-separated title before a journal volume."""
    c = parse_citation(
        "Olga Brandt, Arjun Vell, Petra Lund, and Deniz Koru. 2022. Toy Memory in Practice. "
        "IEEE Toy Micro 42, 4 (2022), 22–30."
    )
    assert c.authors == ["Olga Brandt", "Arjun Vell", "Petra Lund", "Deniz Koru"]
    assert (c.title, c.year) == ("Toy Memory in Practice", 2022)


def test_publisher_word_in_a_title_does_not_make_a_book() -> None:
    """ "Press" inside the title is not a publisher: the paper keeps its conference type."""
    c = parse_citation(
        "J. Roe. Press coverage of toy fairs. In Proceedings of the Toy Media Conference, 2019."
    )
    assert (c.title, c.type) == ("Press coverage of toy fairs", "conference")
    c = parse_citation("J. Roe. Toy Press Coverage. TOYWEB 2019.")
    assert c.type == "conference"


def test_book_venue_is_the_publisher_after_its_series() -> None:
    """A book printed as "Title. Series. Publisher." takes the publisher as its venue."""
    c = parse_citation(
        "Ana Kowal and Bo Lind. 2021. Toy Provenance: Models and Systems. Synthesis Lectures on Widgets. "
        "Morgan & Claypool."
    )
    assert (c.title, c.venue, c.year, c.type) == (
        "Toy Provenance: Models and Systems",
        "Morgan & Claypool",
        2021,
        "book",
    )
