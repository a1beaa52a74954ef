"""Author lists and venues in APA, author-date and Nature citation styles."""

from __future__ import annotations

import pytest

from scoring.ingest.citation import parse_citation


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Ibarra Soto, L., Kessel, M., and Ng, T. (2022). Tidal widgets at scale. Harbour Review, 8(2), 11-30.",
            ["Ibarra Soto, L.", "Kessel, M.", "Ng, T."],
        ),
        (
            "van der Molen, P., De la Vega, R., & Oduya, T. (2019). Tidal widgets at scale. Harbour Review, 8(2), 11-30.",
            ["van der Molen, P.", "De la Vega, R.", "Oduya, T."],
        ),
        (
            "Li, Q., Ibarra Soto, L. (2020). Tidal widgets at scale. Harbour Review, 8(2), 11-30.",
            ["Li, Q.", "Ibarra Soto, L."],
        ),
    ],
)
def test_apa_with_compound_and_short_family_names(text: str, authors: list[str]) -> None:
    """Two-word, particle and two-letter family names ("Ng, T.") keep the APA author list out of the title."""
    c = parse_citation(text)
    assert c.authors == authors
    assert (c.title, c.venue, c.year) == (
        "Tidal widgets at scale",
        "Harbour Review",
        int(text.split("(")[1][:4]),
    )


def test_author_date_without_parentheses() -> None:
    """ "Roe, J. and Doe, B. 2019. Title." reads the names before the bare year as authors."""
    c = parse_citation(
        "De la Vega, R., Ibarra Soto, L. and Poe, D. 2019. Quiet harbours. Journal of Tides 3: 1-9."
    )
    assert c.authors == ["De la Vega, R.", "Ibarra Soto, L.", "Poe, D."]
    assert (c.title, c.venue, c.year) == ("Quiet harbours", "Journal of Tides", 2019)


def test_journal_name_before_a_bare_year_is_not_an_author() -> None:
    """A title followed by a journal name and a year keeps the journal as the venue."""
    c = parse_citation("Widget theory for all. American Widget Review 2020.")
    assert (c.authors, c.venue, c.year) == ([], "American Widget Review", 2020)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Oduya, T., Vale, R. & Kessel-Marr, P. A quiet route to chiral widgets. Nat. Chem. 15, 1402–1410 (2023).",
            ["Oduya, T.", "Vale, R.", "Kessel-Marr, P."],
            "A quiet route to chiral widgets",
        ),
        (
            "Vale, R. A. B., Oduya, T. & Poe, D. Even widgets rest. Nat. Commun. 14, 5521 (2023).",
            ["Vale, R. A. B.", "Oduya, T.", "Poe, D."],
            "Even widgets rest",
        ),
        (
            "Oduya, T. et al. Solvent-free widget catalysis. Angew. Chem. Int. Ed. 62, e202301145 (2023).",
            ["Oduya, T."],
            "Solvent-free widget catalysis",
        ),
    ],
)
def test_nature_style_author_list_ends_with_ampersand_or_et_al(
    text: str, authors: list[str], title: str
) -> None:
    """In Nature style the "& Last, F." author and "et al." belong to the author list, not to the title."""
    c = parse_citation(text)
    assert (c.authors, c.title, c.year, c.type) == (authors, title, 2023, "journal")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Oduya, T. & Vale, R. Quiet widgets. Nat. Chem. 15, 1402–1410 (2023).", "Nat. Chem."),
        ("Oduya, T. & Vale, R. Quiet widgets. Nat. Commun. 14, 5521 (2023).", "Nat. Commun."),
        ("Oduya, T. & Vale, R. Quiet widgets. Science 380, eadf1234 (2023).", "Science"),
        ("Oduya, T. & Vale, R. Quiet widgets. Phys. Rev. Lett. 124, 101301 (2023).", "Phys. Rev. Lett."),
        (
            "Oduya, T. & Vale, R. Quiet widgets. Nature Communications 14, 5521 (2023).",
            "Nature Communications",
        ),
    ],
)
def test_nature_style_venue_drops_volume_and_pages(text: str, venue: str) -> None:
    """ "Journal 15, 1402–1410 (2023)": volume, pages or article number are cut and the year comes from the end."""
    c = parse_citation(text)
    assert (c.venue, c.year, c.title) == (venue, 2023, "Quiet widgets")


def test_list_remark_line_glued_to_the_first_entry_is_dropped() -> None:
    """A parenthesised remark about the list on the line before the first entry is not part of it."""
    c = parse_citation(
        "(4 of 19 refereed articles; h-index 9)\nOduya, T. & Vale, R. Quiet widgets. Nat. Chem. 15, 1-9 (2023)."
    )
    assert (c.authors, c.title, c.venue) == (["Oduya, T.", "Vale, R."], "Quiet widgets", "Nat. Chem.")


def test_doubled_period_after_the_last_initial() -> None:
    """ "…, and Poe, D.. Title." (a period after the initial's period) still ends the author list."""
    c = parse_citation("Roe, A., Vale, B. and Poe, D.. Quiet widgets at scale. In Proc. CWW, 2021, pp. 1-9.")
    assert c.authors == ["Roe, A.", "Vale, B.", "Poe, D."]
    assert (c.title, c.venue, c.type) == ("Quiet widgets at scale", "Proc. CWW", "conference")


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ('A. Roe. "Limits of widgets in deep harbours." PhD thesis, Tide University, 2018.', "text"),
        (
            "Roe, A. (2018). *Limits of widgets in deep harbours* (Doctoral dissertation). Tide University.",
            "markdown",
        ),
        ("A. Roe. Limits of widgets in deep harbours. Ph.D. Dissertation. Tide University, 2018.", "text"),
        (
            r"\cventry{2018}{Limits of widgets in deep harbours}{PhD thesis}{Tide University}{}{\textbf{A.~Roe}}",
            "latex",
        ),
    ],
)
def test_thesis_venue_is_the_institution(text: str, fmt: str) -> None:
    """A thesis names its institution as the venue, without the "PhD thesis" label, and is typed a thesis."""
    c = parse_citation(text, fmt=fmt)
    assert (c.title, c.venue, c.type, c.year) == (
        "Limits of widgets in deep harbours",
        "Tide University",
        "thesis",
        2018,
    )


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Roe, A. (2023). Quiet widgets. In *Proceedings of the 9th Widget Conference (WC-23)*, 3891–3899.",
            "Proceedings of the 9th Widget Conference",
        ),
        (
            "Roe, A. (2020). Quiet widgets. In *Advances in Widget Systems 33*, 20114–20125.",
            "Advances in Widget Systems",
        ),
        (
            "Ana Roe. 2024. Quiet widgets. In Proceedings of the Widget Conference (WC '24). ACM, New York, NY, USA, 18 pages.",
            "Proceedings of the Widget Conference",
        ),
        (
            "Ana Roe. 2024. Quiet widgets. In Proceedings of the Widget Symposium (WS '24). USENIX, 211–228.",
            "Proceedings of the Widget Symposium",
        ),
    ],
)
def test_trailing_pages_and_publisher_are_not_part_of_the_venue(text: str, venue: str) -> None:
    """Pages at the end of a venue, and ACM-style "(WC '24). ACM, 18 pages", are cut from the venue."""
    c = parse_citation(text, fmt="markdown" if "*" in text else "text")
    assert (c.title, c.venue) == ("Quiet widgets", venue)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("A. Roe, B. Poe. Widget sorting apparatus. US Patent 11,988,214, 2023.", "US Patent 11,988,214"),
        (
            "A. Roe. Widget sorting apparatus. US Patent Application 18/204,117, filed June 2023.",
            "US Patent Application 18/204,117",
        ),
        (
            "Roe, A., Poe, B. Widget sorting apparatus. European Patent EP 4 102 331 B1 (2024).",
            "European Patent EP 4 102 331 B1",
        ),
        (
            "A. Roe. Widget sorting apparatus. Tide Patent TP 241 887 B1, granted 2023.",
            "Tide Patent TP 241 887 B1",
        ),
    ],
)
def test_patent_numbers_stay_whole(text: str, venue: str) -> None:
    """A patent keeps its whole number ("11,988,214", "B1") and drops "filed"/"granted" dates."""
    c = parse_citation(text, section_type="patent")
    assert (c.title, c.venue, c.type) == ("Widget sorting apparatus", venue, "patent")


def test_in_preparation_is_not_a_venue() -> None:
    """ "In preparation." is a status of the work, not where it appeared."""
    c = parse_citation("Roe, A., and Poe, B. Quiet widgets at scale. In preparation.")
    assert (c.title, c.venue, c.type) == ("Quiet widgets at scale", None, "preprint")


@pytest.mark.parametrize(
    ("place", "venue"),
    [
        ("Tide City, Austria", "Proc. 9th Widget Conference"),
        ("Dune Falls, CO", "Proc. 9th Widget Conference"),
        ("Dune Falls, FL, USA", "Proc. 9th Widget Conference"),
    ],
)
def test_meeting_place_is_not_part_of_the_venue(place: str, venue: str) -> None:
    """ "…, City, Country" or "…, City, ST" after a conference name says where it met, not what it is."""
    c = parse_citation(
        f'A. Roe and B. Poe, "Quiet widgets," in Proc. 9th Widget Conference (WC), {place}, 2024, pp. 1-9.'
    )
    assert (c.title, c.venue, c.venue_acronym, c.year) == ("Quiet widgets", venue, "WC", 2024)


@pytest.mark.parametrize("mark", ["*", "†", "*†"])
def test_acs_style_corresponding_author_mark_before_the_title(mark: str) -> None:
    """ACS style marks the last author ("Roe, T.*") right before the title: the title still starts after it."""
    c = parse_citation(
        f"Okoro, B.A.; Lindgren, S.; Roe, T.{mark} Gentle Widget Couplings at Room Temperature. "
        "J. Widget Chem. Soc. 2021, 143, 1020–1031."
    )
    assert c.title == "Gentle Widget Couplings at Room Temperature"
    assert c.authors == ["Okoro, B.A.", "Lindgren, S.", "Roe, T."]
    assert c.venue == "J. Widget Chem. Soc."
    assert c.year == 2021


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Mira Okafor, Tomas Brandt, Ada Roe, Graph Neural Networks for Tidal Sensing, NeurIPS 2023.",
            "NeurIPS",
        ),
        (
            "Mira Okafor, Tomas Brandt, Ada Roe, Graph Neural Networks for Tidal Sensing, SIGCOMM '23.",
            "SIGCOMM",
        ),
    ],
)
def test_commas_only_with_full_names_and_a_title_case_title(text: str, venue: str) -> None:
    """Full names, a Title Case title and a venue label all separated by commas: the year at the end closes
    the venue and does not make the title an author."""
    c = parse_citation(text)
    assert (c.authors, c.title) == (
        ["Mira Okafor", "Tomas Brandt", "Ada Roe"],
        "Graph Neural Networks for Tidal Sensing",
    )
    assert c.venue is not None
    assert c.venue.startswith(venue)


def test_acs_mark_glued_to_the_title() -> None:
    """ "Roe, H.*Palladium-catalyzed ...": PDF text may drop the space after a raised mark; the title still starts there."""
    c = parse_citation(
        "Voss, K.; Imre, T.; Roe, H.*Palladium-catalyzed widget coupling. J. Am. Chem. Soc. 2023, 145, 10–19."
    )
    assert c.authors == ["Voss, K.", "Imre, T.", "Roe, H."]
    assert c.title == "Palladium-catalyzed widget coupling"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Voss, K. T.; Imre, T.; Roe, H. R. Folding widgets at low temperature. J. Widget Chem. 2021, 4, 10.",
            ["Voss, K. T.", "Imre, T.", "Roe, H. R."],
        ),
        (
            (
                "Roe, J. A.†, E. L. Voss†, B. Imre*, and T. Okafor. 2025. Folding widgets at low temperature. "
                "Widget Ecology 28:e7001."
            ),
            ["Roe, J. A.", "E. L. Voss", "B. Imre", "T. Okafor"],
        ),
    ],
)
def test_two_initials_before_a_semicolon_or_a_mark(text: str, authors: list[str]) -> None:
    """A name with two initials followed by ";" (ACS) or by a raised mark ("J. A.†", ESA) does not end the list."""
    c = parse_citation(text)
    assert c.authors == authors
    assert c.title == "Folding widgets at low temperature"


def test_given_first_list_whose_second_author_has_an_initial() -> None:
    """ "Mira Okafor, C. Roe, Ada Voss, and ...": given-first names, not the inverted "Okafor, C." of NIH style."""
    c = parse_citation(
        "Mira Okafor, C. Roe-Alvarez, Ada Voss, and Tomas Brandt. 2023. Quiet Widgets Are Not Enough. "
        "In Findings of the Widget Society: WS 2023, pages 10–20."
    )
    assert c.authors == ["Mira Okafor", "C. Roe-Alvarez", "Ada Voss", "Tomas Brandt"]
    assert c.title == "Quiet Widgets Are Not Enough"


def test_title_with_a_serial_comma_is_not_an_author_list() -> None:
    """ "Tolls, Ferry Ports, and the Geography of Jobs, 2025.": capitalised pieces before ", and the" are a title."""
    c = parse_citation("Tolls, Ferry Ports, and the Geography of Dock Jobs, 2025.", section_type="preprint")
    assert c.title == "Tolls, Ferry Ports, and the Geography of Dock Jobs"
    assert c.authors == []


@pytest.mark.parametrize(
    ("text", "authors", "title", "venue"),
    [
        (
            (
                "Tamm, K. A., Roe, B., and Ilves, M.: Tidal widgets beneath floating harbours, "
                "The Widget Sphere, 19, 233–251, 2025."
            ),
            ["Tamm, K. A.", "Roe, B.", "Ilves, M."],
            "Tidal widgets beneath floating harbours",
            "The Widget Sphere",
        ),
        (
            (
                "Roe, B.‡ and Tamm, K. A.: Widget drift since 2010, with a twist, Geophys. Widget Lett., 50, "
                "e2023GL104411, 2023."
            ),
            ["Roe, B.", "Tamm, K. A."],
            "Widget drift since 2010, with a twist",
            "Geophys. Widget Lett",
        ),
    ],
)
def test_copernicus_style_colon_after_authors(text: str, authors: list[str], title: str, venue: str) -> None:
    """Geoscience citations end the names with a colon and the journal with volume, pages and year."""
    c = parse_citation(text)
    assert (c.authors, c.title, c.year, c.type) == (authors, title, int(text[-5:-1]), "journal")
    assert c.venue is not None
    assert c.venue.rstrip(".") == venue
