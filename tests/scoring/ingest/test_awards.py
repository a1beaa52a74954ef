"""Award reading on small fictional CV fragments, one pattern each."""

from __future__ import annotations

import pytest

from scoring.ingest.awards import find_awards
from scoring.ingest.parse import parse_cv
from scoring.ingest.sections import split_sections
from scoring.model import Award


def _awards(text: str, fmt: str = "text") -> list[Award]:
    return find_awards(split_sections(text, fmt=fmt), text, fmt=fmt)


def _pairs(text: str, fmt: str = "text") -> list[tuple[str, int | None]]:
    return [(a.name, a.year) for a in _awards(text, fmt)]


def test_year_first_lines_in_pdf_text() -> None:
    """A year printed before each award name dates that award and is not part of the name."""
    text = "Mira Okafor\nHONORS AND AWARDS\n2021 Best Paper Award, Symposium on Quiet Systems\n2019 Halvorsen Fellowship\n"
    assert _pairs(text, "pdf") == [
        ("Best Paper Award, Symposium on Quiet Systems", 2021),
        ("Halvorsen Fellowship", 2019),
    ]


def test_month_and_year_first() -> None:
    """ "Jan. 2025 Name" lines start entries and give the year."""
    text = "Awards\nJan. 2025 Harbour Prize for Young Researchers\nSept. 2018 Lindqvist Scholarship, Nordvik University\n"
    assert _pairs(text, "pdf") == [
        ("Harbour Prize for Young Researchers", 2025),
        ("Lindqvist Scholarship, Nordvik University", 2018),
    ]


def test_year_after_name_in_markdown_bullets() -> None:
    """Markdown bullets with the year at the end keep the name without the year."""
    text = "## Honors\n\n- Outstanding Reviewer Award, Conference on Learning Things, 2020\n- Gold Medal, Physics Olympiad (2011)\n"
    assert _pairs(text, "markdown") == [
        ("Outstanding Reviewer Award, Conference on Learning Things", 2020),
        ("Gold Medal, Physics Olympiad", 2011),
    ]


def test_tab_separated_columns() -> None:
    """Tab-separated year, name and place columns become one award."""
    text = "Awards\n2019\tBest Poster Award\tWorkshop on Tidal Data\n2017\tDean's List\n"
    assert _pairs(text) == [("Best Poster Award, Workshop on Tidal Data", 2019), ("Dean's List", 2017)]


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Brandt Fellowship, 2013-2015", 2013),
        ("Dean's List (2014, 2015, 2016)", 2014),
        ("2016 – 2018 Okoro Scholarship", 2016),
        ("Tamsin Prize, 2012--2013", 2012),
    ],
)
def test_range_or_repeated_years_give_one_entry_dated_by_earliest(line: str, year: int) -> None:
    """A range or a list of years is one award dated by its earliest year."""
    awards = _awards(f"Honours\n- {line}\n", "markdown")
    assert [a.year for a in awards] == [year]


def test_note_in_parentheses_is_kept() -> None:
    """A "(top 2%)" note stays in the award name."""
    assert _pairs("Awards\n- Oral presentation (top 2%), Meeting on Small Models, 2022\n", "markdown") == [
        ("Oral presentation (top 2%), Meeting on Small Models", 2022)
    ]


def test_wrapped_entry_with_date_on_next_line() -> None:
    """A name whose date wraps onto the next line is one entry with that date."""
    text = "Awards and Achievements\n• Kestrel Student Paper Award (Honorable Mention) – July\n2018\n• Ferrow Scholarship – May 2016\nAwarded for travel to a meeting.\n"
    assert _pairs(text, "pdf") == [
        ("Kestrel Student Paper Award (Honorable Mention)", 2018),
        ("Ferrow Scholarship", 2016),
    ]


def test_description_lines_are_not_awards() -> None:
    """Lines explaining a bulleted award do not become awards of their own."""
    text = (
        "Awards\n• 2018 Orla Scholarship\nGiven for excellent work in the 2017 season.\n• 2015 Pell Medal\n"
    )
    assert _pairs(text, "pdf") == [("Orla Scholarship", 2018), ("Pell Medal", 2015)]


@pytest.mark.parametrize(
    "line",
    [
        "Travel Grant, Conference on Rivers 2019",
        "Research grant from the Sunfield Trust (2020)",
        "Summa cum laude, 2012",
        "Graduated with highest honors, 2010",
        "PhD student Ana Roe received the Best Thesis Award, 2021",
    ],
)
def test_items_in_award_sections_that_are_not_awards(line: str) -> None:
    """Grants, Latin honours and students' awards are left out even under an awards heading."""
    text = f"Awards\n- {line}\n- Velasco Prize, 2018\n"
    assert _pairs(text, "markdown") == [("Velasco Prize", 2018)]


def test_grant_named_as_scholarship_or_fellowship_is_kept() -> None:
    """ "Travel Grant Scholarship" and "Fellowship Grant" name a scholarship or fellowship, so they count."""
    text = "Awards\n- Summit Travel Grant Scholarship, 2018\n- Summer Research Fellowship Grant, 2016\n"
    assert [a.year for a in _awards(text, "markdown")] == [2018, 2016]


def test_students_awards_section_is_skipped() -> None:
    """A section of awards won by the candidate's students is not the candidate's."""
    text = "Awards\n- Rowan Prize, 2020\n\nStudents' Honours and Awards\n- Li Wei won the Best Student Paper Award, 2022\n"
    assert _pairs(text, "markdown") == [("Rowan Prize", 2020)]


def test_prose_awards_in_a_biography() -> None:
    """Named scholarships, fellowships and awards written in a sentence are each found."""
    text = (
        "Pat Example\n"
        "Biography\n"
        "He received the Ardent scholarship, the Tamsin Fellowship and Quarry Faculty Research Award in 2019.\n"
    )
    assert [a.name for a in _awards(text)] == [
        "Ardent scholarship",
        "Tamsin Fellowship",
        "Quarry Faculty Research Award",
    ]
    assert {a.year for a in _awards(text)} == {2019}


def test_paper_award_note_in_publications() -> None:
    """A "Best Paper Award" note on a publication entry is an award dated by the paper."""
    text = (
        "Publications\n"
        "1. A. Author and B. Writer. Sorting socks quickly. In Proc. of SockConf 2019. (Best Paper Award)\n"
        "2. A. Author. Folding towels. In TowelConf 2020. (Oral)\n"
        "3. A. Author. Big shirts. In ShirtConf 2021. (Spotlight)\n"
    )
    assert _pairs(text) == [("Best Paper Award, SockConf 2019", 2019)]


def test_reviewer_recognition_in_service_is_not_an_award() -> None:
    """ "Top reviewer" notes in a service list are not awards."""
    text = "Service\n- Reviewer, Conference on Owls 2021 (Top 10% Reviewer Award)\n- Gold reviewer, Owl Journal 2022\n"
    assert _awards(text, "markdown") == []


def test_generic_fellow_titles_are_not_awards_but_named_ones_are() -> None:
    """ "Postdoctoral Fellow" is a job title; "Marlow Fellow" or "C.V. Smith Fellow" name a fellowship."""
    text = (
        "Appointments\n"
        "- 2019-2021, Postdoctoral Fellow, Ridge University\n"
        "- 2016-2018, C.V. Smith Fellow, Ridge Neuroscience Institute\n"
        "- 2014-2016, Graduate Research Fellow, Ridge University\n"
    )
    assert _pairs(text, "markdown") == [("C.V. Smith Fellow, Ridge Neuroscience Institute", 2016)]


def test_named_fellowship_in_funding_list_and_pending_left_out() -> None:
    """A named fellowship under funding counts; a pending application does not."""
    text = (
        "\\section{Research support}\n"
        "\\subsection{Pending}\n"
        "\\cvline{2024}{Starling Fellowship application: ``A plan''}\n"
        "\\subsection{Completed}\n"
        "\\cvline{2015--2016}{National Science Foundation, Graduate Research Fellowship: ``Towards ears''}\n"
        "\\cvline{2012--2014}{Seed grant: ``Small things''}\n"
    )
    assert _pairs(text, "latex") == [("National Science Foundation Graduate Research Fellowship", 2015)]


def test_prose_award_already_listed_is_not_repeated() -> None:
    """An award named both in an experience bullet and in the awards section is counted once."""
    text = (
        "Experience\n"
        "Research Intern, Tern Labs, 2020\n"
        "• Received the Tern Labs Rising Star Award\n"
        "Awards\n"
        "2020 Tern Labs Rising Star Award\n"
    )
    assert _pairs(text, "pdf") == [("Tern Labs Rising Star Award", 2020)]


def test_latex_items_with_hfill_years_and_nested_years() -> None:
    """LaTeX items give name and year; a nested list of years dates its parent by the earliest."""
    text = (
        "\\section*{Honours and Awards}\n"
        "\\begin{itemize}\n"
        "\\item[]{Young Alumni Award, Eastbrook Institute} \\hfill\\textit{2023}\n"
        "\\item[] Letter of appreciation for teaching\n"
        "\\begin{itemize}\n"
        "  \\item[] Algebra 2021, Geometry 2019, Algebra 2020\n"
        "\\end{itemize}\n"
        "\\item[] Travel grants\n"
        "\\begin{itemize}\n"
        "  \\item[] Conference grant for Meeting 2017\n"
        "\\end{itemize}\n"
        "\\end{itemize}\n"
    )
    assert _pairs(text, "latex") == [
        ("Young Alumni Award, Eastbrook Institute", 2023),
        ("Letter of appreciation for teaching", 2019),
    ]


def test_latex_comments_are_ignored() -> None:
    """Commented-out award sections and comment environments are not read."""
    text = (
        "\\section{Awards}\n"
        "\\cvitem{2019}{Harlow Prize}\n"
        "% \\cvitem{2015}{Fake Template Award}\n"
        "\\begin{comment}\n"
        "\\cvitem{2014}{Hidden Medal}\n"
        "\\end{comment}\n"
        "%\\section{Honors}\n"
        "%\\cvitem{2010}{Lorem Ipsum Prize}\n"
    )
    assert _pairs(text, "latex") == [("Harlow Prize", 2019)]


def test_moderncv_list_items() -> None:
    """moderncv ``\\cvlistitem`` entries keep bold names and drop the trailing year."""
    text = (
        "\\section{Honors and Awards}\n"
        "\\cvlistitem{\\textbf{Orchard Dissertation Award}, Westfield University, 2017}\n"
        "\\cvlistitem{Member, \\textbf{Sigma Delta} honor society, inducted 2008.}\n"
    )
    assert _pairs(text, "latex") == [
        ("Orchard Dissertation Award, Westfield University", 2017),
        ("Member, Sigma Delta honor society, inducted", 2008),
    ]


def test_source_line_points_at_the_award() -> None:
    """Every award keeps the 1-based line it was read from and that text."""
    text = "Jo Ng\n\nAwards\n\n- Quill Prize, 2020\n- Ember Medal, 2018\n"
    awards = _awards(text, "markdown")
    assert [a.source_line for a in awards] == [5, 6]
    assert "Ember Medal" in awards[1].source_text


def test_committees_and_search_profiles_are_not_awards() -> None:
    """ "Awards Committee" and "Google Scholar" mention award words without being awards."""
    text = (
        "Jo Ng\nGoogle Scholar profile: example\n"
        "Service\n- 2021 – present, Graduate Program Travel Awards Committee\n"
    )
    assert _awards(text, "markdown") == []


def test_bibtex_has_no_awards() -> None:
    """A .bib file never yields awards, even when a note mentions one."""
    text = "@inproceedings{a, title={Socks}, note={Best Paper Award}, year={2019}}\n"
    assert find_awards([], text, fmt="bibtex") == []


def test_bracketed_fellow_in_memberships() -> None:
    """A named fellow title in brackets after a society counts, without the society's name."""
    text = "Professional Organizations\n• Society of Tidal Engineers [Halden Fellow]\n"
    assert _pairs(text, "pdf") == [("Halden Fellow", None)]


@pytest.mark.parametrize("fmt", ["pdf", "markdown"])
def test_name_wrapped_before_its_year(fmt: str) -> None:
    """A long award name wrapped onto a second line that ends with the year is one award."""
    bullet = "- " if fmt == "markdown" else "• "
    text = (
        "Awards\n"
        f"{bullet}Best Paper Award, International Conference on Software\nEngineering (ICSE), 2019\n"
        f"{bullet}Distinguished Reviewer Medal, Tidal Society, 2018\n"
    )
    assert _pairs(text, fmt) == [
        ("Best Paper Award, International Conference on Software Engineering (ICSE)", 2019),
        ("Distinguished Reviewer Medal, Tidal Society", 2018),
    ]


def test_plain_lines_wrapped_before_year() -> None:
    """Without bullets, a line lacking the year that most entries end with continues on the next line."""
    text = (
        "Awards\n"
        "Kestrel Prize for the best thesis in the field of computational\nlinguistics, 2017\n"
        "Harrow Medal, 2015\n"
        "Lindqvist Scholarship, 2012\n"
    )
    assert _pairs(text, "pdf") == [
        ("Kestrel Prize for the best thesis in the field of computational linguistics", 2017),
        ("Harrow Medal", 2015),
        ("Lindqvist Scholarship", 2012),
    ]


def test_multiline_macro_arguments() -> None:
    """An awesome-cv ``\\cvhonor`` with one argument per line is one award dated by its date argument."""
    text = (
        "\\cvsection{Honors}\n\\begin{cvhonors}\n"
        "  \\cvhonor\n    {Best Paper Award}\n    {Symposium on Rivers}\n    {Oslo, Norway}\n    {2021}\n"
        "  \\cvhonor{Harrow Medal}{Tidal Society}{}{2022}\n"
        "\\end{cvhonors}\n"
    )
    assert _pairs(text, "latex") == [
        ("Best Paper Award, Symposium on Rivers", 2021),
        ("Harrow Medal, Tidal Society", 2022),
    ]


def test_leading_date_wins_over_year_in_name() -> None:
    """An entry's own date dates it, not a year inside the award name."""
    text = "Awards\n* **March 2024:** Completion Award at Winter School 2023\n"
    assert _pairs(text, "markdown") == [("Completion Award at Winter School 2023", 2024)]


def test_funding_list_awards_are_grants() -> None:
    """In a grants list "Award" names a grant; a named fellowship or a CAREER award there still counts."""
    text = (
        "Grants and Funding\n"
        '- 2020-2023, NSF Award IIS-200123, "Counting birds", $450,000 (PI)\n'
        "- 2019, Tern Foundation Research Award, $20,000\n"
        '- 2021-2026, NSF CAREER Award, "Quiet networks"\n'
        "- 2016-2018, Halvorsen Postdoctoral Fellowship\n"
    )
    assert _pairs(text, "markdown") == [
        ("NSF CAREER Award", 2021),
        ("Halvorsen Postdoctoral Fellowship", 2016),
    ]


def test_grant_numbers_dropped_and_numbered_grants_left_out() -> None:
    """Award numbers are not part of a fellowship's name; an item named as a grant is left out."""
    text = (
        "Awards\n* 2021: NSF grant (Topology) QRS-2104777\n* 2015: NSF Postdoctoral Fellowship QRS-1509911\n"
    )
    assert _pairs(text, "markdown") == [("NSF Postdoctoral Fellowship", 2015)]


def test_inline_honours_line_dates_each_award_by_its_own_year() -> None:
    """ "Honors: A Award (2021), B Prize (2019)" gives two awards, each with the year after it."""
    text = "Lena Park\nHonors: Kestrel Young Researcher Award (2021), Harbour Prize (2019)\nEducation\n"
    assert _pairs(text) == [("Kestrel Young Researcher Award", 2021), ("Harbour Prize", 2019)]


def test_award_name_stops_before_lowercase_purpose() -> None:
    """ "the X Award for the search project" names "X Award"."""
    text = "Experience\n- Received the Orbit Labs Impact Award for the search ranking project (2018)\n"
    assert _pairs(text, "markdown") == [("Orbit Labs Impact Award", 2018)]


def test_runner_up_note_on_paper() -> None:
    """A "Best Paper Award Runner-up" note keeps the runner-up qualifier."""
    text = "Publications\n[1] L. Park, J. Ito. Ranking rivers. KDD 2022. Best Paper Award Runner-up.\n"
    assert _pairs(text) == [("Best Paper Award Runner-up, KDD 2022", 2022)]


def test_supervised_student_entries_are_not_the_candidates_awards() -> None:
    """A "Name (PhD 2023; ... Fellowship)" line lists a student's fellowship, not the candidate's."""
    text = "Research Experience\nJun Ito (PhD, 2023; recipient of the Tern Fellowship)\nMara Lind (MSc 2021, Ember Prize)\n"
    assert _awards(text) == []


def test_markdown_table_of_awards() -> None:
    """Rows of a markdown table are awards; the header and separator rows are not."""
    text = "## Awards\n| Year | Award |\n|---|---|\n| 2020 | Gold Medal, Owl Olympiad |\n| 2019 | Silver Medal |\n"
    assert _pairs(text, "markdown") == [("Gold Medal, Owl Olympiad", 2020), ("Silver Medal", 2019)]


def test_latex_tabular_of_awards() -> None:
    """Rows of a LaTeX tabular give year and name from their cells."""
    text = (
        "\\section{Honors}\n\\begin{tabular}{ll}\n2020 & Harlow Research Fellowship \\\\\n"
        "2018 & Quill Early Career Award \\\\\n\\end{tabular}\n"
    )
    assert _pairs(text, "latex") == [("Harlow Research Fellowship", 2020), ("Quill Early Career Award", 2018)]


def test_date_field_in_the_middle_of_an_entry() -> None:
    """A year printed as its own field between name and institution dates the award and leaves the name."""
    text = "\\section{Honors}\n\\cvitem{Quill Excellence Scholarship}{2019}{Ridge University}\n"
    assert _pairs(text, "latex") == [("Quill Excellence Scholarship, Ridge University", 2019)]


@pytest.mark.parametrize(
    "footer",
    [
        "Mira Okafor – CV – page 1 of 3\n\n\n",
        "\nPage 1 of 3\n\nMira Okafor\n",
        "Curriculum Vitae: Mira Okafor 1\n\f",
    ],
)
def test_awards_after_a_page_break_in_pdf_text(footer: str) -> None:
    """Award entries printed after a running footer or name header are read like those before it."""
    text = (
        "Mira Okafor\nmira@example.org\n\nAWARDS\n• Halvorsen Medal, Society of Quiet Systems, 2022\n"
        f"• Brandt Fellowship, Nordvik University, 2019\n{footer}"
        "• Tamsin Prize for Young Researchers, 2017\n• Student Poster Competition Winner, Tidal Data\n"
        "Workshop, 2015\n\nSERVICE\nReviewer for the Journal of Tides\n"
        "Page 2 of 3\n\nMira Okafor\nPage 3 of 3\n"
    )
    assert [(a.name, a.year) for a in parse_cv(text, fmt="pdf").awards] == [
        ("Halvorsen Medal, Society of Quiet Systems", 2022),
        ("Brandt Fellowship, Nordvik University", 2019),
        ("Tamsin Prize for Young Researchers", 2017),
        ("Student Poster Competition Winner, Tidal Data Workshop", 2015),
    ]


def test_entry_wrapped_across_a_page_break() -> None:
    """An award whose second line is printed after the page footer is still one dated award."""
    text = (
        "Mira Okafor\nmira@example.org\n\nAWARDS\n• Halvorsen Medal, Society of Quiet Systems, 2022\n"
        "• Student Paper Competition Winner, Section on Tidal Statistics, American\n"
        "Page 1 of 2\n\nMira Okafor\nStatistical Association, 2012\n\nSERVICE\nReviewer for the Journal of Tides\n"
        "Page 2 of 2\n"
    )
    assert [(a.name, a.year) for a in parse_cv(text, fmt="pdf").awards] == [
        ("Halvorsen Medal, Society of Quiet Systems", 2022),
        (
            "Student Paper Competition Winner, Section on Tidal Statistics, American Statistical Association",
            2012,
        ),
    ]


@pytest.mark.parametrize(
    ("line", "name", "year"),
    [
        (
            "Quarry Best Paper Prize, 2014, for the 2011 Journal of Tides paper",
            "Quarry Best Paper Prize",
            2014,
        ),
        ("Quarry Test-of-Time Award (2020) for a 2010 paper on tides", "Quarry Test-of-Time Award", 2020),
        ("2018 Harwick Medal for the 2015 survey of tidal flats", "Harwick Medal", 2018),
    ],
)
def test_award_year_not_the_year_of_the_work_it_was_for(line: str, name: str, year: int) -> None:
    """A prize dated as a field of its own is dated by that field, not by the year of the paper it honours."""
    [(got_name, got_year)] = _pairs(f"HONORS\n- {line}\n", "markdown")
    assert got_year == year
    assert got_name.startswith(name)


def test_page_counter_inside_a_wrapped_entry_is_not_part_of_the_name() -> None:
    """A "2 / 4" page number printed between an award's name and its year is dropped."""
    text = (
        "Lena Voss\nlena@example.org\n\nHONORS AND AWARDS\n• Halvorsen Medal, Society of Quiet Systems, 2022\n"
        "• Brandt Fellowship, Nordvik University,\n2 / 4\n2019\n• Tamsin Prize for Young Researchers, 2017\n"
    )
    assert [(a.name, a.year) for a in parse_cv(text, fmt="pdf").awards] == [
        ("Halvorsen Medal, Society of Quiet Systems", 2022),
        ("Brandt Fellowship, Nordvik University", 2019),
        ("Tamsin Prize for Young Researchers", 2017),
    ]


def test_prose_after_an_award_list_is_read_as_prose() -> None:
    """A sentence after a bulleted honours list is not part of its last item; its named award counts."""
    text = (
        "Ana Kowal\n\nHonors\n\n- 2022 — Quarry Prize, Society of Widgets\n- 2019 — Lind Fellowship\n\n"
        "In 2024 I received the NSF CAREER Award (CBET-1234567, $500,000), which funds the widget lab.\n"
    )
    assert _pairs(text, "markdown") == [
        ("Quarry Prize, Society of Widgets", 2022),
        ("Lind Fellowship", 2019),
        ("NSF CAREER Award", 2024),
    ]


def test_students_awards_sentence_after_an_award_list_is_skipped() -> None:
    """ "Students I supervised have received ..." after the list names other people's awards."""
    text = (
        "Ana Kowal\n\nHONORS AND AWARDS\n   2022   Quarry Prize\n   2019   Lind Fellowship\n\n"
        "Students supervised have received the Roe Dissertation Award (Bo Lind, 2023) and the\n"
        "Widget Best Student Paper Award (Cy Moe, 2021).\n"
    )
    assert _pairs(text) == [("Quarry Prize", 2022), ("Lind Fellowship", 2019)]


def test_student_awards_section_led_by_student_names_is_skipped() -> None:
    """A "Student Awards" section whose entries start with the winning student's name is not the candidate's."""
    text = (
        "Mira Okafor\n\nHONORS\n2020   Quarry Early Career Award\n\nSTUDENT AWARDS\n"
        "Ana Roe†: Velden Graduate Fellowship (2021)\nJon Ito: Best Student Paper, HydroConf 2022\n"
    )
    assert _pairs(text) == [("Quarry Early Career Award", 2020)]


def test_selectivity_note_and_list_glyph_are_not_part_of_the_name() -> None:
    """A glyph after the date column and "(one of 20 selected)" do not belong to the award name."""
    text = "Mira Okafor\n\nAWARDS\n2024   ▪  Quarry Science Fellow (one of 20 selected worldwide)\n2021   ▪  Tarn Prize\n"
    assert _pairs(text) == [("Quarry Science Fellow", 2024), ("Tarn Prize", 2021)]


def test_paper_award_line_after_a_bracket_note_is_not_a_heading() -> None:
    """ "[Acceptance rate 20%] ★ Best Paper Award" under an entry is the paper's award, not a new section."""
    text = (
        "Mira Okafor\n\nPublications\nFull Papers\n"
        "•   Mira Okafor and Jon Ito. 2025. Quiet Maps for Loud Cities. In Proceedings of the 2025\n"
        "Conference on Urban Sensing (URBS '25). ACM.\n[Acceptance rate 20%] ★ Best Paper Award\n"
        "•   Mira Okafor. 2024. Sound Walks. In Proceedings of Sensing Cities (SC '24). ACM.\n"
    )
    assert _pairs(text, "pdf") == [("Best Paper Award, URBS 2025", 2025)]
