"""Physics, astronomy (AAS) and Nature citation styles, whose titles are set off by commas or periods."""

from __future__ import annotations

import pytest

from scoring.ingest.citation import parse_citation


# --- AAS: "Last, I., & Last, I. YEAR, Title, Journal, volume, page" ------------------------------
@pytest.mark.parametrize(
    ("text", "title", "venue", "year"),
    [
        (
            "Voss, K., Imre, T., & Lindahl, P. Q. 2021, Cold gas in quiet harbour galaxies, ApJ, 88, 1989",
            "Cold gas in quiet harbour galaxies",
            "ApJ",
            2021,
        ),
        (
            "Lindahl, P., & Voss, K. 2003, The Widget Survey: faint discs behind a cluster, AJ, 41, 2010",
            "The Widget Survey: faint discs behind a cluster",
            "AJ",
            2003,
        ),
        (
            "Imre, T., Lindahl, P. Q., & Voss, K. 2008, Dust lanes in toy spirals at z ~ 2,\n    ApJL, 702, L12",
            "Dust lanes in toy spirals at z ~ 2",
            "ApJL",
            2008,
        ),
    ],
)
def test_aas_title_journal_volume_page(text: str, title: str, venue: str, year: int) -> None:
    """The title runs to the journal that a volume and page close; the year after the names beats a page like 1989."""
    c = parse_citation(text)
    assert (c.title, c.venue, c.year, c.type) == (title, venue, year, "journal")


def test_aas_initials_followed_by_more_names() -> None:
    """Initials closing an early name ("Voss, K. E., Imre, T.") do not end the author list."""
    c = parse_citation(
        "Voss, K. E., Imre, T., Orrin, W.-H.‡, & Lindahl, P. 2013, Toy rates from two telescopes, MNRAS, 10, 1893"
    )
    assert c.authors == ["Voss, K. E.", "Imre, T.", "Orrin, W.-H.", "Lindahl, P."]
    assert (c.title, c.venue) == ("Toy rates from two telescopes", "MNRAS")


def test_hyphenated_initials_with_a_lower_case_part() -> None:
    """ "Seo, J.-w." (a romanised given name) is one author's initials, not a name of its own."""
    c = parse_citation("Imre, T., Voss, K., & Seo, J.-w. 2006, Quiet spectra of toy galaxies, A&A, 147, 1052")
    assert [a.split(",")[0] for a in c.authors] == ["Imre", "Voss", "Seo"]
    assert (c.title, c.venue, c.year) == ("Quiet spectra of toy galaxies", "A&A", 2006)


# --- physics: "I. Last, I. Last, and I. Last, Title, Journal vol, page (year)" ---------------------
@pytest.mark.parametrize(
    ("text", "authors", "title", "venue"),
    [
        (
            (
                "P. Orrin‡, T. Imre, and K. Voss, Widget Error Suppression with Real-Time Decoding on a Toy Array, "
                "Phys. Rev. Lett. 134, 180601 (2025) [arXiv:2410.00001]."
            ),
            ["P. Orrin", "T. Imre", "K. Voss"],
            "Widget Error Suppression with Real-Time Decoding on a Toy Array",
            "Phys. Rev. Lett.",
        ),
        (
            "T. Imre, K. Voss, and P. Orrin, Randomised Widget Beyond Toy Twirling, New J. Phys. 24, 093012 (2022).",
            ["T. Imre", "K. Voss", "P. Orrin"],
            "Randomised Widget Beyond Toy Twirling",
            "New J. Phys",
        ),
        (
            "K. Voss and T. Imre, Benchmarking Toy Gates with Cycle Variants, npj Widget Information 10, 56 (2024).",
            ["K. Voss", "T. Imre"],
            "Benchmarking Toy Gates with Cycle Variants",
            "npj Widget Information",
        ),
    ],
)
def test_physics_title_between_commas(text: str, authors: list[str], title: str, venue: str) -> None:
    """Names with initials, a capitalised title and an abbreviated journal are told apart by the volume, page and year."""
    c = parse_citation(text, section_type="journal")
    assert c.authors == authors
    assert (c.title, c.venue, c.type) == (title, venue, "journal")


def test_arxiv_identifier_after_a_journal_is_not_a_preprint() -> None:
    """A published paper that also prints its arXiv number is a journal paper."""
    c = parse_citation(
        "K. Voss and T. Imre, Toy Codes with Boundaries, Widget Quantum 9, 1642 (2025) [arXiv:2501.00001]."
    )
    assert (c.venue, c.type) == ("Widget Quantum", "journal")


def test_conference_after_in_and_an_ordinal() -> None:
    """ "..., in 17th Conference on ..." is the venue, not more of the title."""
    c = parse_citation(
        "K. Voss and T. Imre, Flag Widgets for Toy Codes, in 17th Conference on the Theory of Widgets (TWC 2022), "
        "LIPIcs vol. 232, 4:1–4:18.",
        section_type="conference",
    )
    assert c.title == "Flag Widgets for Toy Codes"
    assert (c.venue or "").startswith("17th Conference on the Theory of Widgets")
    assert c.venue_acronym == "TWC"


def test_status_after_a_comma_is_not_part_of_the_title() -> None:
    """ "Title, in preparation." has a title and no venue."""
    c = parse_citation("K. Voss and T. Imre, Lower Bounds on Toy Surgery with Twist Defects, in preparation.")
    assert (c.title, c.venue, c.year, c.type) == (
        "Lower Bounds on Toy Surgery with Twist Defects",
        None,
        None,
        "preprint",
    )


# --- Nature: "Last, I., Last, I. & Last, I. Title. J. Abbrev. vol, pages (year)." ---------------
def test_long_author_list_before_a_parenthesised_year() -> None:
    """Nine names and a title read up to "(2024)" are not all an author list."""
    c = parse_citation(
        "Voss, K., Imre, T., Orrin, P., Lindahl, P., Quist, M., Aalto, R., Brandt, S.,\n"
        "Noor, A. & Vale, R. Oxygen widgets in layered toy cathodes traced\n"
        "by resonant scattering. Nat. Mater. 56, 1279–1290 (2024).",
        fmt="pdf",
    )
    assert len(c.authors) == 9
    assert c.title == "Oxygen widgets in layered toy cathodes traced by resonant scattering"
    assert (c.venue, c.year) == ("Nat. Mater.", 2024)


def test_nature_preprint_at_an_address() -> None:
    """ "Preprint at https://arxiv.org/..." names the server by its address."""
    c = parse_citation(
        "Voss, K., Imre, T. & Orrin, P. Universal scaling of toy dendrites. "
        "Preprint at https://arxiv.org/abs/2503.00001 (2025)."
    )
    assert (c.title, c.venue, c.year, c.type) == (
        "Universal scaling of toy dendrites",
        "arXiv",
        2025,
        "preprint",
    )


# --- non-refereed lists of physicists ---------------------------------------------------------------
def test_chapter_with_editors_and_page_range_before_the_year() -> None:
    """ "in Book, ed. A. Roe (City: Springer), 411–470 (2013)": the pages and year are no journal volume."""
    c = parse_citation(
        "K. Voss, “Dusty toy galaxies,” in Planets and Widgets, Vol. 6: Toy Cosmology, ed. T. Imre & P. Orrin "
        "(Dordrecht: Springer), 411–470 (2013)."
    )
    assert (c.title, c.venue, c.type, c.year) == (
        "Dusty toy galaxies",
        "Planets and Widgets",
        "chapter",
        2013,
    )


def test_astronomers_telegram_is_other() -> None:
    """A telegram announcing an observation is neither a journal paper nor a conference paper."""
    c = parse_citation(
        "K. Voss, T. Imre, “A toy transient at z = 9.1,” The Astronomer’s Telegram, ATel #16001 (2023)."
    )
    assert c.type == "other"
    assert c.venue == "The Astronomer's Telegram, ATel"


def test_one_word_journal_with_volume_and_pages_is_a_journal() -> None:
    """ "Oikos 23:533–559" or "Toyology 147:e01490": a one-word name with volume and pages is a journal, not an acronym."""
    for venue in ("Widgetia 23:533–559.", "Toyology 147:e01490."):
        c = parse_citation(f"Voss, K., and T. Imre. 2020. Toy pollen limits across a gradient. {venue}")
        assert (c.venue, c.type) == (venue.split()[0], "journal")
    # a proceedings volume is not a journal's volume
    c = parse_citation("J. Roe and A. Doe. Toy widgets for all. In TOYML, PMLR 139:8748–8763, 2021.")
    assert c.type == "conference"


def test_white_paper_label_before_the_journal() -> None:
    """ "Decadal Science White Paper, BAAS 51(3), 210 (2019)": the journal is the venue, the label types it."""
    c = parse_citation(
        "K. Voss, T. Imre, “The toy universe in the 2030s,” Decadal Science White Paper, BAAS 51(3), 210 (2019)."
    )
    assert (c.venue, c.type, c.year) == ("BAAS", "other", 2019)
