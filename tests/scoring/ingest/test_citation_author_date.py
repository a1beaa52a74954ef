"""Author-date citation styles with the year as a sentence of its own: ESA, ASA and Chicago."""

from __future__ import annotations

import pytest

from scoring.ingest.citation import parse_citation


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Quist, H. L., P. Oduya, R. Vale, and D. Poe. 2022. Tidal widgets at scale. Harbour Review 8:11–30.",
            ["Quist, H. L.", "P. Oduya", "R. Vale", "D. Poe"],
        ),
        (
            "Vale, R., H. L. Quist, and D. Poe. 2022. Tidal widgets at scale. Harbour Review 8:11–30.",
            ["Vale, R.", "H. L. Quist", "D. Poe"],
        ),
        (
            "Vale, R., H. L. Quist, and D. Poe. Tidal widgets at scale. In review.",
            ["Vale, R.", "H. L. Quist", "D. Poe"],
        ),
    ],
)
def test_esa_style_inverts_only_the_first_author(text: str, authors: list[str]) -> None:
    """ "Roe, J. A., B. Doe, and C. Poe" is one list of names, not "Roe, J. A." and a title."""
    c = parse_citation(text)
    assert (c.authors, c.title) == (authors, "Tidal widgets at scale")


@pytest.mark.parametrize("venue", ["Seagrass 12:e03456.", "Tidewater 31:455–490."])
def test_journal_volume_and_colon_pages_make_a_journal(venue: str) -> None:
    """A one-word venue followed by "volume:pages" is a journal, not a conference acronym."""
    c = parse_citation(f"Vale, R., and D. Poe. 2020. Quiet harbours in spring. {venue}")
    assert (c.venue, c.type) == (venue.split()[0], "journal")


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Marlow, Petra J. 2019. “Quiet Harbours and Loud Markets.” Journal of Tides 14(2):101–20.",
            ["Marlow, Petra J."],
            "Quiet Harbours and Loud Markets",
        ),
        (
            "Marlow, Petra J. and Ivo Senn, eds. 2021. Widgets in Motion: New Directions. London: Harbour Books.",
            ["Marlow, Petra J.", "Ivo Senn"],
            "Widgets in Motion: New Directions",
        ),
    ],
)
def test_asa_single_inverted_author_and_editors(text: str, authors: list[str], title: str) -> None:
    """A single "Last, Given I." author, or names with "eds.", before "2019." are the author list."""
    c = parse_citation(text)
    assert (c.authors, c.title) == (authors, title)


def test_year_after_the_authors_wins_over_a_year_in_the_title() -> None:
    """In author-date styles the year after the names dates the work, not a year the title mentions."""
    c = parse_citation(
        "Marlow, Petra and Ivo Senn. 2016. “Harbour Markets after the 2009 Flood.” Journal of Tides 5(1):1–20."
    )
    assert (c.year, c.title) == (2016, "Harbour Markets after the 2009 Flood")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            (
                "Marlow, Petra J. 2021. “Tides at Home.” Pp. 20–44 in The Handbook of Harbours, edited by"
                " Ivo Senn and Lea Roe. Harbour University Press."
            ),
            "The Handbook of Harbours",
        ),
        (
            (
                "Vale, R., and D. Poe. 2021. Tides at Home. Pages 20–44 in I. Senn and L. Roe, editors."
                " Harbours: A Natural History. Second edition. Harbour University Press, Tidewater, UK."
            ),
            "Harbours: A Natural History",
        ),
    ],
)
def test_chapter_venue_is_the_book_after_pages_in(text: str, venue: str) -> None:
    """ "Pp. 20–44 in Book, edited by ..." and "Pages 20–44 in A. Roe, editors. Book." name the book as venue."""
    c = parse_citation(text)
    assert (c.title, c.venue, c.type) == ("Tides at Home", venue, "chapter")


@pytest.mark.parametrize("status", ["In review.", "Under review."])
def test_review_status_alone_is_not_a_venue(status: str) -> None:
    """ "In review." after the title is a status, not a venue called "review"."""
    c = parse_citation(f"Vale, R., and D. Poe. Tidal widgets at scale. {status}")
    assert (c.venue, c.type) == (None, "preprint")


@pytest.mark.parametrize("date", ["(2023, March)", "(2023, May 3–5)"])
def test_apa_presentation_date_is_not_the_title(date: str) -> None:
    """APA dates a poster or talk as "(2023, March)."; the title follows it."""
    c = parse_citation(
        f"Vale, R., & Poe, D. {date}. Quiet harbours at night [Poster]. Annual Meeting of the Tide Society, Tidewater, UK."
    )
    assert (c.title, c.year, c.authors) == ("Quiet harbours at night", 2023, ["Vale, R.", "Poe, D."])


def test_apa_thesis_description_in_brackets_names_the_university() -> None:
    """APA's "Title [Master's thesis, University]." keeps the bracket out of the title; the university is the venue."""
    c = parse_citation(
        "Vale, R. (2016). Quiet harbours at night [Master's thesis, Tidewater State University]."
    )
    assert (c.title, c.venue, c.type) == ("Quiet harbours at night", "Tidewater State University", "thesis")


def test_apa_chapter_venue_drops_editors_and_edition() -> None:
    """APA's "In A. Roe & B. Doe (Eds.), Book (2nd ed., pp. 1–9). Press." has the book as venue."""
    c = parse_citation(
        "Vale, R. (2023). Tides at home. In I. Senn & L. Roe (Eds.), The Handbook of Harbours (2nd ed., pp. 233–251)."
        " Harbour Press."
    )
    assert (c.venue, c.type) == ("The Handbook of Harbours", "chapter")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Vale, R., Senn, I., & Ólafsson, Þ. (2021). Tidal widgets at scale. Harbour Review, 8(2), 11–30.",
            ["Vale, R.", "Senn, I.", "Ólafsson, Þ."],
        ),
        (
            "◆ Łukasik, É., & Vale, R. (2021). Tidal widgets at scale. Harbour Review, 8(2), 11–30.",
            ["Łukasik, É.", "Vale, R."],
        ),
    ],
)
def test_apa_accented_initials_and_award_marks(text: str, authors: list[str]) -> None:
    """Accented initials ("Ó.", "É.") and a paper-award mark (◆) before the names keep the APA list whole."""
    c = parse_citation(text)
    assert (c.authors, c.title) == (authors, "Tidal widgets at scale")


def test_apa_demo_description_outranks_a_conference_list() -> None:
    """ "Title [Demo paper]. In Proceedings ..." among conference papers is a demo, typed other."""
    c = parse_citation(
        "Vale, R., & Poe, D. (2024). TideBox: A harbour sandbox [Demo paper]. In Proceedings of the 9th Tide"
        " Conference (TC '24) (pp. 1–4). ACM.",
        section_type="conference",
    )
    assert (c.title, c.type) == ("TideBox: A harbour sandbox", "other")


def test_chicago_themed_issue_is_a_journal_article() -> None:
    """ "In “Theme,” edited by A. Roe. Journal 38 (2023): 1–9." is an article in a themed journal issue."""
    c = parse_citation(
        "Marlow, Petra. “Tides and Empire.” In “Harbours Revisited,” edited by I. Senn and L. Roe."
        " Tidewater 38 (2023): 141–63."
    )
    assert (c.title, c.venue, c.year, c.type) == ("Tides and Empire", "Tidewater", 2023, "journal")


@pytest.mark.parametrize(
    "note",
    ["★ Harbour Society Prize, 2023", "(Reprinted with a new preface; second printing March 2023.)"],
)
def test_note_after_the_citation_does_not_date_it(note: str) -> None:
    """A marked prize or a parenthesised remark after the citation's end leaves the citation's own year."""
    c = parse_citation(f"Marlow, Petra. “Tides and Empire.” Harbour Review 12, no. 4 (2021): 733–55. {note}")
    assert (c.title, c.venue, c.year) == ("Tides and Empire", "Harbour Review", 2021)


@pytest.mark.parametrize("stand_in", ["(n.d.)", "(in press)"])
def test_apa_date_stand_in_is_not_the_title(stand_in: str) -> None:
    """ "Roe, J. (n.d.). Title. ...": the stand-in for a missing date is neither the title nor a year."""
    c = parse_citation(
        f"Voss, K., & Imre, T. {stand_in}. Conformal widgets for sensor streams. Manuscript in preparation."
    )
    assert c.title == "Conformal widgets for sensor streams"
    assert c.year is None
