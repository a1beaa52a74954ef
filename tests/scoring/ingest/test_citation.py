"""Reading fields from one printed citation, in the styles CVs use."""

from __future__ import annotations

import pytest

from scoring.ingest.citation import parse_citation, publication_type


def test_ieee_style_quoted_title() -> None:
    """IEEE style: quoted title, venue after "in", acronym in parentheses, date at the end."""
    c = parse_citation(
        'J. Roe, B. Doe, and C. Poe, "Sparse widgets for dense problems," in Proc. IEEE Conf. on Widgets '
        "(CWW), Boston, MA, Jun. 2019, pp. 1-9."
    )
    assert c.title == "Sparse widgets for dense problems"
    assert c.authors == ["J. Roe", "B. Doe", "C. Poe"]
    assert (c.year, c.venue_acronym, c.type) == (2019, "CWW", "conference")
    assert c.venue is not None
    assert c.venue.startswith("Proc. IEEE Conf. on Widgets")


def test_apa_style() -> None:
    """APA style: inverted names, year in parentheses, journal with volume and pages."""
    c = parse_citation(
        "Roe, J. A., & Doe, B. (2021). Learning to rank widgets. Journal of Widget Science, 12(3), 1-10."
    )
    assert (c.title, c.venue, c.year, c.type) == (
        "Learning to rank widgets",
        "Journal of Widget Science",
        2021,
        "journal",
    )
    assert c.authors == ["Roe, J. A.", "Doe, B."]


def test_acm_style_year_before_title() -> None:
    """ACM reference format puts the year between authors and title."""
    c = parse_citation(
        "Jane Roe and Bo Doe. 2022. Tangible widgets. In Proceedings of the 2022 CHI Conference (CHI '22). ACM."
    )
    assert (c.title, c.year, c.venue_acronym, c.type) == ("Tangible widgets", 2022, "CHI", "conference")


def test_pubmed_style() -> None:
    """NIH/PubMed style: "Last FM" names, abbreviated journal, date and volume after it."""
    c = parse_citation(
        "Roe JA, Doe B, Poe C. Sparse widget networks regulate growth. Nat Cell Biol. 2021 Mar;23(3):100-110. doi: 10.1038/x. PMID: 123456."
    )
    assert (c.title, c.venue, c.year, c.type) == (
        "Sparse widget networks regulate growth",
        "Nat Cell Biol",
        2021,
        "journal",
    )
    assert c.authors == ["Roe JA", "Doe B", "Poe C"]


def test_plain_title_up_to_first_period() -> None:
    """Without quotes or emphasis the title is the sentence after the author list."""
    c = parse_citation("Ana Roe, Bo Doe and Cy Poe. Widgets: what, why and how? In NeurIPS, 2024.")
    assert (c.title, c.venue, c.venue_acronym, c.year) == (
        "Widgets: what, why and how?",
        "NeurIPS",
        "NeurIPS",
        2024,
    )


def test_question_mark_inside_title() -> None:
    """A question mark in the middle of a title does not end it."""
    c = parse_citation("A. Roe. When should widgets move? A study of gadgets. arXiv:2401.01234, 2024.")
    assert c.title == "When should widgets move? A study of gadgets"
    assert (c.venue, c.type, c.year) == ("arXiv", "preprint", 2024)


def test_markdown_bold_title_and_marked_author() -> None:
    """Markdown: the bold run after the authors is the title; a bold name marks the candidate."""
    c = parse_citation(
        "- **J. Roe**, B. Doe. **Widgets at scale.** *Advances in Widget Systems (WS 2021)*.", fmt="markdown"
    )
    assert (c.title, c.marked_author, c.venue_acronym, c.year) == ("Widgets at scale", "J. Roe", "WS", 2021)


def test_latex_fields_split_by_line_breaks() -> None:
    """LaTeX entries with authors, italic title and venue on separate \\\\ lines."""
    raw = "\\item{Ana Roe, \\textbf{Bo Doe}}\\\\\n\\textit{Widgets in the wild}\\\\\n\\textbf{*~}{WidgetSys 2022. Rome, Italy (Acceptance rate: 20\\%)}"
    c = parse_citation(raw, fmt="latex")
    assert (c.title, c.venue, c.venue_acronym, c.year) == (
        "Widgets in the wild",
        "WidgetSys",
        "WidgetSys",
        2022,
    )
    assert c.marked_author == "Bo Doe"


def test_latex_entry_with_date_field_and_swapped_slots() -> None:
    """A \\entry with an MM/YY date, author list, linked venue and title in any slot order."""
    raw = "\\entry\n{09/18}\n{Roe, A. D.; Doe, C. P.}\n{\\href{https://x.org}{A \\& A, Volume 617, id.L7}}\n{Surface widgets in scattered light}"
    c = parse_citation(raw, fmt="latex")
    assert (c.title, c.year) == ("Surface widgets in scattered light", 2018)
    assert c.authors == ["Roe, A. D.", "Doe, C. P."]
    assert c.venue == "A & A"


def test_cventry_title_and_venue() -> None:
    """moderncv \\cventry{year}{title}{venue}: no author list, title and venue from their slots."""
    c = parse_citation(
        "\\cventry{2020}{Widgets revisited}{Journal of Widgets}{vol. 3}{}{With B. Doe.}", fmt="latex"
    )
    assert (c.title, c.venue, c.year, c.type) == ("Widgets revisited", "Journal of Widgets", 2020, "journal")


def test_converter_remnants_in_pdf_text() -> None:
    """LaTeX left in PDF text by converters does not reach the venue."""
    c = parse_citation("A. Roe and B. Doe. Fast widgets. In ${\\rm ICML}$, 2020.", fmt="pdf")
    assert (c.venue, c.venue_acronym) == ("ICML", "ICML")


def test_year_is_the_citation_year_not_the_venue_year() -> None:
    """A year inside the venue name loses to the printed date at the end."""
    c = parse_citation(
        'A. Roe, "Widgets," in 2014 International Conference on Widgets, Denver, CO, Jun. 2015.'
    )
    assert c.year == 2015


def test_arxiv_id_is_not_a_year() -> None:
    """An arXiv identifier such as 2001.06487 is not the year 2001."""
    c = parse_citation("A. Roe. Widgets. arXiv:2001.06487.")
    assert (c.year, c.venue, c.type) == (None, "arXiv", "preprint")


def test_award_remark_becomes_a_note_not_a_venue() -> None:
    """A "(Best Paper Award)" remark is kept as the note and left out of the venue."""
    c = parse_citation("A. Roe. Widgets. In KDD 2019 (Best Paper Award).")
    assert (c.venue, c.note) == ("KDD", "Best Paper Award")


def test_title_first_then_authors() -> None:
    """An entry printing the title before the authors still finds both."""
    c = parse_citation("Widget theory. J. Roe, B. Doe. ICML 2020.")
    assert (c.title, c.authors, c.venue_acronym) == ("Widget theory", ["J. Roe", "B. Doe"], "ICML")


@pytest.mark.parametrize(
    ("text", "venue", "section", "kind"),
    [
        ("A. Roe. W. arXiv preprint, 2020.", "arXiv", None, "preprint"),
        ("A. Roe. W. Under review, 2023.", "Under review", None, "preprint"),
        ("A. Roe. W. Working paper, 2023.", "Working paper", None, "preprint"),
        (
            "A. Roe. W. In Workshop on Widgets at NeurIPS, 2019.",
            "Workshop on Widgets at NeurIPS",
            None,
            "workshop",
        ),
        ("A. Roe. W. In Ubicomp 2020 Adjunct.", "Ubicomp 2020 Adjunct", "conference", "workshop"),
        ("A. Roe. W. PhD thesis, Univ. of X, 2015.", "PhD thesis, Univ. of X", None, "thesis"),
        ("A. Roe. W. US Patent 9,999,999, 2019.", "US Patent 9,999,999", None, "patent"),
        ("A. Roe. W. In: B. Doe (ed.) Handbook of Widgets, 2018.", "Handbook of Widgets", None, "chapter"),
        ("A. Roe. W. Poster at Widget Day, 2017.", "Poster at Widget Day", None, "other"),
        ("A. Roe. W. Technical Report TR-1, 2016.", "Technical Report TR-1", None, "other"),
        ("A. Roe. W. Proc Natl Acad Sci U S A. 2020;1:1.", "Proc Natl Acad Sci U S A", None, "journal"),
        ("A. Roe. W. In Proceedings of WidgetConf, 2020.", "Proceedings of WidgetConf", None, "conference"),
        ("A. Roe. W. Widget Letters, 3(2):1-9, 2020.", "Widget Letters", None, "journal"),
        ("A. Roe. W. In ICML, 2020.", "ICML", None, "conference"),
        ("A. Roe. W. IEEE TPAMI, 2020.", "TPAMI", None, "journal"),
        ("A. Roe. W. Widget Letters, 2020.", "Widget Letters", "other", "other"),
        ("A. Roe. W. arXiv, 2020.", "arXiv", "journal", "preprint"),
    ],
)
def test_publication_type(text: str, venue: str, section: str | None, kind: str) -> None:
    """The type comes from the section heading where it is specific, else from the entry's words."""
    acronym = venue if venue.isupper() else None
    assert publication_type(text, venue, acronym, section) == kind


def test_commas_only_citation() -> None:
    """A citation separated by commas only still splits into authors, title and venue."""
    c = parse_citation("J. Roe, B. Doe, Widget theory for all systems, Journal of Widgets, 12, 2020.")
    assert (c.authors, c.title, c.venue, c.year) == (
        ["J. Roe", "B. Doe"],
        "Widget theory for all systems",
        "Journal of Widgets",
        2020,
    )


def test_coauthor_remark_is_not_part_of_the_title() -> None:
    """An economics-style "(with B. Doe)" remark names co-authors and stays out of the title."""
    c = parse_citation('"Widget theory for all" (with B. Doe), American Economic Review, 2020.')
    assert (c.title, c.venue, c.year, c.type) == (
        "Widget theory for all",
        "American Economic Review",
        2020,
        "journal",
    )


def test_quoted_phrase_opening_a_title_is_kept() -> None:
    """A quotation that opens a title ("“I do not know”: ...") is part of the title, not all of it."""
    c = parse_citation("A. Roe. “I do not know”: Quantifying widget uncertainty. In KDD, 2020.")
    assert (c.title, c.venue) == ("“I do not know”: Quantifying widget uncertainty", "KDD")


@pytest.mark.parametrize(
    "text",
    [
        'J. Roe, B. Doe, "Sparse widgets," in Proc. ICML, 2020.',
        "J. Roe, “Sparse widgets.” Journal of W, 2020.",
        'J. Roe, "Sparse widgets" in ICML 2020.',
    ],
)
def test_quoted_titles(text: str) -> None:
    """A quoted title ends at its closing quote, with or without punctuation inside it."""
    assert parse_citation(text).title == "Sparse widgets"


def test_harvard_style_single_quoted_title() -> None:
    """A title in single quotes after "(year)" is the title, an apostrophe inside it is not its end."""
    cit = parse_citation("Vale, R. and Oduya, T. (2021) 'The heron's last winter', Wetlands, 12(3), pp. 4–9.")
    assert (cit.title, cit.authors, cit.venue, cit.year) == (
        "The heron's last winter",
        ["Vale, R.", "Oduya, T."],
        "Wetlands",
        2021,
    )
    assert parse_citation("Vale, R. (2019) 'Still water', Oikos, 3(1), pp. 1–5.").venue == "Oikos"


def test_page_range_is_not_the_year_and_question_mark_ends_a_title() -> None:
    """Pages "2011–2045" after a volume are not a year; a title ending in "?" stops before the journal."""
    cit = parse_citation(
        "Vale, R., Oduya, T. N., & Pim, L. (2019). Do herons wait? Review of Wetland Studies, 89(4), 2011–2045."
    )
    assert (cit.title, cit.venue, cit.year) == ("Do herons wait?", "Review of Wetland Studies", 2019)
    assert len(cit.authors) == 3


def test_inverted_name_with_two_initials_before_a_title() -> None:
    """ "Oduya, T. N. Title." keeps both initials in the author and starts the title after them."""
    cit = parse_citation("Oduya, T. N. Bank runs in small towns. Working paper.")
    assert (cit.authors, cit.title) == (["Oduya, T. N."], "Bank runs in small towns")


def test_volume_and_article_number_are_not_part_of_the_venue() -> None:
    """ "Tide Letters 9:e58812" names the journal "Tide Letters"."""
    cit = parse_citation("R. Vale, I. Vos. Harbour memory. Tide Letters 9:e58812, 2020.")
    assert (cit.venue, cit.year) == ("Tide Letters", 2020)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "P. Oduya, M.-L. Trần. Sparse widgets for dense problems. In Proc. CWW, 2020.",
            ["P. Oduya", "M.-L. Trần"],
        ),
        (
            "Ø. Berge, J. Roe. Sparse widgets for dense problems. Widget Journal, 4(2):1--9, 2021.",
            ["Ø. Berge", "J. Roe"],
        ),
        (
            "J. Roe, Ł. Wróbel. Sparse widgets for dense problems. Widget Journal, 4(2):1--9, 2021.",
            ["J. Roe", "Ł. Wróbel"],
        ),
    ],
)
def test_hyphenated_and_non_ascii_initials_do_not_end_the_author_list(text: str, authors: list[str]) -> None:
    """Initials like "M.-L." or "Ø." and Vietnamese letters keep the author list whole, so the title is found."""
    c = parse_citation(text)
    assert c.authors == authors
    assert c.title == "Sparse widgets for dense problems"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            (
                "I. Marlowe and T. Arbery. Tagging Rare Verbs. In Proceedings of the 18th Conference of the "
                "European Chapter of the Association for Computational Linguistics (EACL 2024)."
            ),
            "conference",
        ),
        ("I. Marlowe and T. Arbery. Tagging Rare Verbs. HotNets 2023.", "workshop"),
        (
            "Marlowe, I. (2022). “Gauge data for a flume test.” Report No. 2022/04, Fenwick Hydraulics Center.",
            "other",
        ),
        (
            (
                "I. Marlowe. Tagging rare verbs. In Companion Proceedings of the Toy Conference, "
                "ACM Student Research Competition, 2024."
            ),
            "other",
        ),
    ],
)
def test_types_from_venue_words(text: str, kind: str) -> None:
    """A society's "Chapter" is no book chapter, HotNets is a workshop, numbered reports and SRC abstracts are other."""
    assert parse_citation(text).type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Ana Kowal and Bo Lind. 2024. Soft Widgets. Proc. VLDB Endow. 17, 11 (2024), 3120–3133.",
            "conference",
        ),
        (
            "Ana Kowal. 2025. Hard Widgets. Proceedings of the ACM on Management of Data (SIGMOD), Vol. 3.",
            "conference",
        ),
        (
            (
                "Ana Kowal. 2022. Worn Widgets. In Proceedings of the ACM on Interactive, Mobile, Wearable and "
                "Ubiquitous Technologies (IMWUT) 6, 2, Article 7."
            ),
            "journal",
        ),
    ],
)
def test_journals_of_conference_papers(text: str, kind: str) -> None:
    """PVLDB, and a PACM journal printed with a conference's label, hold conference papers; a journal's own label does not."""
    assert parse_citation(text).type == kind
