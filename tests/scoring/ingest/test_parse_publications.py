"""Whole-CV publication parsing: sections, sub-list types, positions, source lines, warnings."""

from __future__ import annotations

import pytest

from scoring.ingest.parse import parse_cv

_PDF_CV = """Jane Q. Roe
Assistant Professor, University of Somewhere
Education
PhD in Widgets, University of Elsewhere, 2018
PUBLICATIONS
Journal Articles
1. J. Roe, B. Doe, and C. Poe, "Sparse widgets for dense problems," Journal of Widgets,
vol. 3, no. 2, pp. 10-20, 2021.
2. B. Doe and J. Q. Roe, "A second look at widgets," Widget Letters, vol. 1, 2019.
Conference Papers
1. B. Doe, C. Poe, J. Roe. Fast widgets. In ICML, 2020.
Preprints
1. J. Roe. Slow widgets. arXiv:2301.01234, 2023.
INVITED TALKS
1. Widgets for everyone. Widget Society Meeting, 2022.
"""


def test_sub_sections_set_types_and_talks_are_not_publications() -> None:
    """Entries take the type of their sub-list and talks are left out."""
    cv = parse_cv(_PDF_CV, fmt="pdf")
    assert [(p.title, p.type) for p in cv.publications] == [
        ("Sparse widgets for dense problems", "journal"),
        ("A second look at widgets", "journal"),
        ("Fast widgets", "conference"),
        ("Slow widgets", "preprint"),
    ]


def test_source_lines_point_into_the_text() -> None:
    """Each publication's source_line is the 1-based line where its entry starts."""
    cv = parse_cv(_PDF_CV, fmt="pdf")
    lines = _PDF_CV.split("\n")
    for pub in cv.publications:
        assert pub.source_line is not None
        assert pub.title.split()[0] in lines[pub.source_line - 1] + lines[pub.source_line]


def test_candidate_positions_in_author_lists() -> None:
    """The candidate's position is found under each printed form of the name."""
    cv = parse_cv(_PDF_CV, fmt="pdf")
    assert [p.candidate_author_position for p in cv.publications] == [1, 2, 3, 1]
    assert [p.n_authors for p in cv.publications] == [3, 2, 3, 1]


def test_markdown_cv_with_bold_candidate() -> None:
    """A markdown list marks the candidate in bold; the position follows the bold name."""
    text = "## Publications\n\n- Bo Doe, **Jane Roe**. Widgets. *Widget Letters*, 2020.\n- **Jane Roe**. Gadgets. In KDD, 2019.\n"
    cv = parse_cv(text, fmt="markdown")
    assert [(p.title, p.candidate_author_position, p.year) for p in cv.publications] == [
        ("Widgets", 2, 2020),
        ("Gadgets", 1, 2019),
    ]


def test_latex_cv() -> None:
    """A LaTeX CV: section commands, \\item lists, accents and emphasis are read."""
    text = (
        "\\name{Jane}{Roe}\n\\section{Publications}\n\\subsection{Journal Papers}\n\\begin{enumerate}\n"
        "\\item J.~Roe and B.~M\\\"{u}ller, ``Widget theory,'' \\emph{J. Widget Res.}, vol.~2, 2017.\n"
        "\\end{enumerate}\n\\section{Teaching}\n\\item Widgets 101, 2019.\n"
    )
    cv = parse_cv(text, fmt="latex")
    assert len(cv.publications) == 1
    pub = cv.publications[0]
    assert (pub.title, pub.authors, pub.type, pub.year, pub.source_line) == (
        "Widget theory",
        ["J. Roe", "B. Müller"],
        "journal",
        2017,
        5,
    )


def test_bibtex_file_parses_to_publications() -> None:
    """A .bib file on its own yields publications."""
    cv = parse_cv(
        "@article{a, author={Roe, Jane}, title={Widgets}, journal={J. W.}, year={2020}}", fmt="bibtex"
    )
    assert [(p.title, p.year, p.type, p.candidate_author_position) for p in cv.publications] == [
        ("Widgets", 2020, "journal", None)
    ]


def test_warning_when_no_publication_section() -> None:
    """A CV without any publication heading is flagged for a person to check."""
    cv = parse_cv("Jane Roe\nEducation\nPhD, 2019\n", fmt="text")
    assert "no publication section found" in cv.warnings


def test_warning_for_entries_without_year() -> None:
    """Entries without a year are counted in a warning."""
    cv = parse_cv("Publications\n- J. Roe. Widgets. In ICML.\n- J. Roe. Gadgets. In KDD, 2019.\n")
    assert "1 of 2 publications have no year" in cv.warnings


def test_warning_for_few_entries_in_a_long_cv() -> None:
    """A long CV with almost no publications read is flagged as doubtful."""
    filler = "\n".join(f"Taught course number {i} to many students" for i in range(400))
    cv = parse_cv(f"Jane Roe\nPublications\n- J. Roe. Widgets. In ICML, 2020.\nTeaching\n{filler}\n")
    assert any("only 1 publications" in w for w in cv.warnings)


def test_thirty_page_cv_parses_quickly() -> None:
    """Parsing stays linear: a few hundred entries are read without pathological slowness."""
    entries = "\n".join(
        f"{i}. J. Roe, B. Doe. Widget study number {i}. In Proc. of WidgetConf, {2000 + i % 24}."
        for i in range(1, 301)
    )
    cv = parse_cv(f"Jane Roe\nPublications\n{entries}\n")
    assert len(cv.publications) == 300


def test_date_column_and_icon_heading_in_pdf_text() -> None:
    """A year column printed before each citation and an icon before the heading are handled."""
    text = (
        "Jane Roe\n\uf02d PUBLICATIONS\n2021  J. Roe, B. Doe. Widgets in the wild. In ICML.\n"
        "2020  B. Doe, J. Roe. Gadgets. Journal of Gadgets, 3(1):1-9.\n"
    )
    cv = parse_cv(text, fmt="pdf")
    assert [(p.year, p.title, p.venue, p.candidate_author_position) for p in cv.publications] == [
        (2021, "Widgets in the wild", "ICML", 1),
        (2020, "Gadgets", "Journal of Gadgets", 2),
    ]


def test_warning_when_entries_look_merged() -> None:
    """Many list lines yielding very few entries is flagged: entries were probably merged."""
    body = "\n".join("some wrapped words about widgets without any end" for _ in range(40))
    cv = parse_cv(f"Publications\n{body}\nfinal words 2020.\n")
    assert any("may have been merged" in w for w in cv.warnings)


def test_title_authors_venue_on_lines_of_their_own() -> None:
    """Blocks printing title, authors and venue on separate lines are read field by field."""
    text = (
        "Jane Roe\nPublications\n\nWidget theory for large systems\nJ. Roe, B. Doe\nJournal of Widgets, 2020\n\n"
        "Gadget practice in the small\nB. Doe, J. Roe, C. Poe\nICML 2019\n"
    )
    cv = parse_cv(text, fmt="docx")
    assert [(p.title, p.venue, p.year, p.candidate_author_position) for p in cv.publications] == [
        ("Widget theory for large systems", "Journal of Widgets", 2020, 1),
        ("Gadget practice in the small", "ICML", 2019, 2),
    ]


def test_list_remarks_are_not_publications() -> None:
    """Citation counts and footnotes inside a publication list are not read as entries."""
    text = (
        "Publications\nGoogle Scholar: 1234 citations, h-index 20\n* denotes equal contribution\n\n"
        "J. Roe*, B. Doe*. Evidence indicates widgets work. In ICML, 2020.\n"
    )
    cv = parse_cv(text)
    assert [p.title for p in cv.publications] == ["Evidence indicates widgets work"]


def test_explanatory_lines_under_publications_are_not_entries() -> None:
    """Notes on how the list is marked, or under which name, are not publications."""
    text = (
        "Publications\n"
        "(published as T. Brandt until 2015; full list online)\n"
        "Mentored students are underlined in the author lists below.\n"
        "My name in bold; reverse chronological order, 2018 onwards.\n\n"
        "T. Quell and R. Amsel. Folding maps of the river delta. Journal of Deltas, 2019.\n"
    )
    cv = parse_cv(text)
    assert [p.title for p in cv.publications] == ["Folding maps of the river delta"]


def test_papers_under_a_former_family_name_get_a_position() -> None:
    """Entries by the name the list says the candidate published under are the candidate's."""
    text = (
        "TAMSIN QUELL\n\nPublications\n"
        "(published as T. Brandt until 2015)\n"
        "T. Quell and R. Amsel. Folding maps of the river delta. Journal of Deltas, 2019.\n"
        "R. Amsel and T. Brandt. Silt budgets in winter. Journal of Deltas, 2013.\n"
    )
    cv = parse_cv(text)
    assert [p.candidate_author_position for p in cv.publications] == [1, 2]


def test_markdown_html_underline_and_escaped_marks_in_author_lists() -> None:
    """``<u>`` highlights and escaped ``\\*`` marks in markdown author lists keep title and authors apart."""
    text = (
        "# Orla Penn\n\n## Papers\n"
        '- Ida Vos†★, <u>Orla Penn</u>★. "Tidal Maps from Sparse Buoys." *NeurIPS 2024*.\n'
        "- **Orla Penn**\\*, [Ida Vos](https://example.org)\\*. *Quiet Harbours*. Journal of Ports, 2023.\n"
    )
    cv = parse_cv(text, fmt="markdown")
    got = [(p.title, p.authors, p.candidate_author_position) for p in cv.publications]
    assert got == [
        ("Tidal Maps from Sparse Buoys", ["Ida Vos", "Orla Penn"], 2),
        ("Quiet Harbours", ["Orla Penn", "Ida Vos"], 1),
    ]


def test_publication_list_in_the_right_column_of_a_two_column_page() -> None:
    """Articles printed beside a sidebar on the same text lines are read from their own column."""
    rows = [
        ("CONTACT", "RESEARCH"),
        ("1 Harbour Road", "I study tides in shallow estuaries."),
        ("Porthaven", ""),
        ("", ""),
        ("EDUCATION", "ARTICLES"),
        ("PhD Oceanography, 2020", "Penn, O. and Vos, I. (2023) 'Tidal maps from"),
        ("Univ. of Porthaven", "sparse buoys', Journal of Tides, 4(2), pp. 1–9."),
        ("MSc Physics, 2016", "Vos, I. and Penn, O. (2021) 'Quiet harbours in"),
        ("Univ. of Lowmere", "winter', Estuaries, 9(1), pp. 20–31."),
        ("SKILLS", "Penn, O. (2019) 'Silt and salt', Oikos, 2(3),"),
        ("Python, R, GIS", "pp. 5–8."),
    ]
    text = "OLWEN PENN\n\n" + "\n".join(f"{a:<30}{b}".rstrip() for a, b in rows) + "\n"
    cv = parse_cv(text)
    assert [(p.title, p.year) for p in cv.publications] == [
        ("Tidal maps from sparse buoys", 2023),
        ("Quiet harbours in winter", 2021),
        ("Silt and salt", 2019),
    ]


def test_work_in_progress_named_with_its_coauthors_is_a_publication() -> None:
    """An undated working paper written "Title (with A. Roe)" is kept as a preprint."""
    cv = parse_cv("Work in Progress\nHeron counts and river flow (with D. Amsel)\n")
    assert [(p.title, p.type) for p in cv.publications] == [("Heron counts and river flow", "preprint")]


def test_markdown_title_first_entries_with_marks_consortia_and_status() -> None:
    """Year-first markdown entries keep authors out of the venue, even with marks, a consortium or a status."""
    text = (
        "# Sorcha Vale\n\n## Journal articles\n\n"
        "2021  **Dust lanes in quiet galaxies**. **Vale, S.**, Okoro, D., Pim, E.† *The Sky Journal*, 9, 67.\n\n"
        "2024  **Survey forecasts**. Tidewater Collaboration: Ravel, P., **Vale, S.**, et al. *Sky & Stars*, 6, A2.\n\n"
        "2025  **Spin in filaments**. Pim, E.†, **Vale, S.** Submitted to *Sky Letters*.\n\n"
        "2023  **Bars in discs**. **Vale, S.** *Annals of Sky*. [arXiv](https://arxiv.org/abs/2301.00001)\n"
    )
    cv = parse_cv(text, fmt="markdown")
    got = [(p.venue, p.candidate_author_position, p.type) for p in cv.publications]
    assert got == [
        ("The Sky Journal", 1, "journal"),
        ("Sky & Stars", 2, "journal"),
        ("Sky Letters", 2, "preprint"),
        ("Annals of Sky", 1, "journal"),
    ]


def test_chicago_author_date_entries_wrapped_after_the_year() -> None:
    """Author-date entries whose title starts on the next line stay whole; quoted-title papers are kept."""
    text = (
        "TAMSIN QUELL-AMARO\n\nJOB MARKET PAPER\n"
        '"Ferry Fares and Where Islanders Work."\n'
        "I study how a fare cut changed commuting between islands.\n"
        "PUBLICATIONS\n"
        "Vos, Ida, Tamsin Quell-Amaro, and Rhys Pim. 2022.\n"
        '"Harbour Dues and Small Boats." Journal of Island Economics\n'
        "12: 104.\n"
        'Pim, Rhys, and Tamsin Quell-Amaro. 2019. "Tides and\n'
        'Trade." Coastal Review 28 (2): 5–38.\n'
        "RESEARCH IN PROGRESS\n"
        '"Island Schools and Teacher Pay" (with Ida Vos)\n'
    )
    cv = parse_cv(text, fmt="pdf")
    got = [(p.title, p.year, p.type, p.candidate_author_position) for p in cv.publications]
    assert got == [
        ("Ferry Fares and Where Islanders Work", None, "preprint", None),
        ("Harbour Dues and Small Boats", 2022, "journal", 2),
        ("Tides and Trade", 2019, "journal", 2),
        ("Island Schools and Teacher Pay", None, "preprint", None),
    ]


def test_year_column_list_with_title_authors_and_venue_on_lines_of_their_own() -> None:
    """ "2024 Title" / authors / venue entries, titles and venues wrapped, are split at each year."""
    text = (
        "Rhys Vale\nPublications\n"
        "2024 Tidal memory in shallow harbours: evidence from 12\n"
        "estuaries\n"
        "R. Vale, I. Vos\n"
        "Proceedings of the 9th Meeting on Coastal\n"
        "Dynamics (CDM 2024), pp. 10–19\n"
        "2022 Silt budgets in winter\n"
        "I. Vos, R. Vale, T. Pim\n"
        "Journal of Estuaries, 4, 1–9\n"
        "2021 Ferry wakes and bank erosion\n"
        "R. Vale, T. Pim\n"
        "Coastal Letters, 2021\n"
    )
    cv = parse_cv(text, fmt="pdf")
    got = [(p.title, p.year, p.candidate_author_position) for p in cv.publications]
    assert got == [
        ("Tidal memory in shallow harbours: evidence from 12 estuaries", 2024, 1),
        ("Silt budgets in winter", 2022, 2),
        ("Ferry wakes and bank erosion", 2021, 1),
    ]
    assert cv.publications[0].venue == "Proceedings of the 9th Meeting on Coastal Dynamics"


_SETEXT_CV = """Marisol Vega Ortiz
==================

Research Scientist, Widget Logistics Lab (2023–present)

Refereed Conference Papers
--------------------------

1. Vega Ortiz, M., and Lund, P. (2023). Learned widget routing. In *Proceedings of the Widget Conference (WiCo-23)*, 11–19.

Journal Articles
----------------

2. Lund, P., and Vega Ortiz, M. (2021). Widgets under uncertainty. *Journal of Widget Research*, 12(3), 45–60.

In Preparation
--------------

3. Vega Ortiz, M., and Lund, P. Column generation for widget fleets. In preparation.

Supervised Theses
-----------------

- Lund, P. (2022). *Widgets and their discontents* (Master's thesis). Widget University.
"""


def test_setext_cv_in_preparation_entry_and_supervised_theses() -> None:
    """An undated in-preparation work is a preprint; theses the candidate supervised are not papers."""
    cv = parse_cv(_SETEXT_CV, fmt="markdown")
    assert cv.name == "Marisol Vega Ortiz"
    got = [(p.title, p.year, p.type) for p in cv.publications]
    assert got[-1] == ("Column generation for widget fleets", None, "preprint")
    assert len(got) == 3
    assert not any("discontents" in p.title for p in cv.publications)


_JMP_CV = """ANA LUÍSA MOTA
Department of Economics, Widget University
Job Market Paper
“Ferry Fares and Island Labour Markets.”
Abstract: I use fare changes on twelve ferry routes to estimate how transport costs shape
where islanders work. Commuting rises by 9 percent after a fare cut.
Publications
Mota, Ana Luísa. 2023. “Rain and Roofs.” Widget Economics Letters 12: 1–5.
Working Papers
“Harbour Dues and Fish Prices” (with Bo Doe).
"""


def test_job_market_paper_is_found_and_its_abstract_is_not_a_paper() -> None:
    """A job-market paper printed as a title only is a preprint; the abstract below it is dropped."""
    cv = parse_cv(_JMP_CV, fmt="pdf")
    got = {p.title: p for p in cv.publications}
    assert set(got) == {
        "Ferry Fares and Island Labour Markets",
        "Rain and Roofs",
        "Harbour Dues and Fish Prices",
    }
    jmp = got["Ferry Fares and Island Labour Markets"]
    assert (jmp.type, jmp.year) == ("preprint", None)
    assert "fare changes" not in (jmp.venue or "")
    assert not jmp.authors


_DOCX_CV = """Leila Amrani
Publications
(* denotes equal contribution; students underlined)
Amrani, L.*, Dufour, C.* & Sato, K. Widget coupling in water. J. Widget Chem. 146, 118–127 (2024).
Sato, K. & Amrani, L. Dry widget synthesis. Widget Lett. 23, 55–59 (2021).
Patents
Amrani, L. & Sato, K. Process for aqueous widgets. European Patent EP 4 000 001 B1 (2023).
"""


def test_note_line_above_a_docx_list_does_not_swallow_the_first_paper() -> None:
    """With the list numbers lost in DOCX text, the first paper below a legend line is still read."""
    cv = parse_cv(_DOCX_CV, fmt="docx")
    assert [(p.title, p.year, p.candidate_author_position) for p in cv.publications[:2]] == [
        ("Widget coupling in water", 2024, 1),
        ("Dry widget synthesis", 2021, 2),
    ]
    assert len(cv.publications) == 3


def test_selected_list_with_skipped_labels_keeps_every_entry_and_year() -> None:
    """A "[C9]" label after "[C4]" under a year line is its own entry, so the entry above keeps its year."""
    text = (
        "Tomas Berg\nPUBLICATIONS\nRefereed Conference Papers\n2022\n"
        "[C4] J. Okoro, T. Berg. Kernel tests for widget graphs. In Uncertainty in Artificial\n"
        "Intelligence (UAI 2022).\n2008\n"
        "[C9] T. Berg, G. Ash. Sparse widget approximations. In Proceedings of the 25th\n"
        "International Conference on Machine Learning (ICML 2008), pages 712–719.\n"
    )
    cv = parse_cv(text, fmt="text")
    assert [(p.title, p.year) for p in cv.publications] == [
        ("Kernel tests for widget graphs", 2022),
        ("Sparse widget approximations", 2008),
    ]


@pytest.mark.parametrize(
    "title_line",
    [
        "**Tolls and Trade on Inland Waterways**",
        "*Tolls and Trade on Inland Waterways*",
        "Tolls and Trade on Inland Waterways",
    ],
)
def test_title_only_job_market_paper_in_any_markup(title_line: str) -> None:
    """A job-market paper printed as its bare title, bold or italic, is a publication without a year."""
    text = (
        "# Rui Tavares\n\n## Job Market Paper\n\n"
        f"{title_line}\n*Abstract:* Tolls on rivers raised the price of grain in upstream towns.\n\n"
        "## Teaching\n\n- Intermediate Microeconomics, 2023\n"
    )
    cv = parse_cv(text, fmt="markdown")
    assert [(p.title, p.year, p.type) for p in cv.publications] == [
        ("Tolls and Trade on Inland Waterways", None, "preprint")
    ]


def test_sentence_under_a_working_paper_list_is_not_a_paper() -> None:
    """A remark under a working-paper heading, in sentence or title case, is not taken for a title."""
    for remark in ("Drafts are available on request from the author.", "Drafts Available Upon Request"):
        text = f"# Rui Tavares\n\n## Working Papers\n\n{remark}\n"
        assert parse_cv(text, fmt="markdown").publications == []


def test_presentation_year_under_a_working_paper_is_not_its_year() -> None:
    """A working paper without a year of its own does not take the year of a talk listed under it."""
    text = (
        "ANA POE\nWorking Papers\n“Trade Shocks and Local Public Finance” (with A. Roe)\n"
        "Revise and Resubmit, Review of Widget Studies\nPresented at: Midwest Widget Meeting 2023\n"
        "“Harbour Dues and Fish Prices”\nTeaching\nTA, Widgets 101, 2022\n"
    )
    cv = parse_cv(text, fmt="pdf")
    assert [(p.title, p.year) for p in cv.publications] == [
        ("Trade Shocks and Local Public Finance", None),
        ("Harbour Dues and Fish Prices", None),
    ]


_POSTERS_CV = """Kira Roe
Publications
Roe, K., & Poe, A. (2022). Widgets in class. Journal of Widget Teaching, 4(2), 1–9.
{heading}
Roe, K. (2023). Widget talk in early grades [Poster]. Annual Meeting of the Widget Society, Leeds, UK.
Roe, K. (2024, May). Teaching with gadgets [Paper presentation]. Gadget Conference, Oslo, Norway.
Roe, K., & Doe, B. (2021). Sprocket sketches. Poster presented at the Sprocket Forum, Lyon, France.
"""


def test_posters_under_a_presentations_and_posters_heading_are_publications() -> None:
    """Under a talks heading that names posters too, entries marked as posters count and talks do not."""
    cv = parse_cv(_POSTERS_CV.format(heading="Conference Presentations and Posters"), fmt="text")
    assert [(p.title, p.type) for p in cv.publications] == [
        ("Widgets in class", "journal"),
        ("Widget talk in early grades", "other"),
        ("Sprocket sketches", "other"),
    ]


def test_posters_under_a_plain_presentations_heading_are_left_out() -> None:
    """A talks heading that does not name posters keeps all its entries out of the publications."""
    cv = parse_cv(_POSTERS_CV.format(heading="Conference Presentations"), fmt="text")
    assert [p.title for p in cv.publications] == ["Widgets in class"]
