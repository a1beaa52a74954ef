"""Section detection on small fictional CV fragments."""

from __future__ import annotations

import pytest

from scoring.ingest.sections import classify_heading, split_sections


def _kinds(text: str, fmt: str = "text") -> list[tuple[str, str, str | None]]:
    return [(s.heading, s.kind, s.pub_type) for s in split_sections(text, fmt=fmt)]


@pytest.mark.parametrize(
    ("heading", "kind", "pub_type"),
    [
        ("Research Publications", "publications", None),
        ("Selected Papers", "publications", None),
        ("DRAFTS + PUBLICATIONS", "publications", None),
        ("Publications and Preprints", "publications", None),
        ("Journal Articles and Book Chapters", "publications", None),
        ("Research Outputs", "publications", None),
        ("Book Reviews", "publications", "other"),
        ("Preprints & Working Papers", "publications", "preprint"),
        ("Journal Articles", "publications", "journal"),
        ("Refereed Conference Proceedings", "publications", "conference"),
        ("Book Chapters", "publications", "chapter"),
        ("Patents", "publications", "patent"),
        ("Posters and Demos", "publications", "other"),
        ("Honors", "awards", None),
        ("Distinctions", "awards", None),
        ("Fellowships", "awards", None),
        ("Competition Awards", "awards", None),
        ("Invited Talks", "talks", None),
        ("Talks and Posters", "talks", None),
        ("Education", "education", None),
        ("Academic Appointments", "experience", None),
        ("Research Interests", "interests", None),
        ("Teaching Experience", "other", None),
        ("Publications Chair", "other", None),
        ("Students' Awards", "other", None),
    ],
)
def test_classify_heading(heading: str, kind: str, pub_type: str | None) -> None:
    """Heading words decide the section kind and the announced publication type."""
    got_kind, got_type, _ = classify_heading(heading)
    assert (got_kind, got_type) == (kind, pub_type)


def test_plain_text_headings_are_short_vocabulary_lines() -> None:
    """In PDF text a short line of heading words starts a section; a sentence does not."""
    text = "Jane Roe\nUniversity of Nowhere\nEducation\nPhD in Physics, 2019\nPublications\nA paper about awards.\n"
    got = _kinds(text, "pdf")
    assert got == [
        ("", "header", None),
        ("Education", "education", None),
        ("Publications", "publications", None),
    ]


def test_header_block_keeps_first_lines_and_numbers() -> None:
    """The header section holds the lines before the first heading and bodies start after it."""
    sections = split_sections("Jane Roe\njane@example.org\n\nAWARDS\nBest Paper Award, 2020\n")
    assert sections[0].lines[:2] == ["Jane Roe", "jane@example.org"]
    assert sections[1].start == 5
    assert sections[1].lines[0] == "Best Paper Award, 2020"


def test_markdown_headings_and_underlines() -> None:
    """Markdown `#` headings and `===` underlines are headings whatever their words."""
    text = "# Jane Roe\n\n## Selected Papers\n- A. Roe. Title. 2020.\n\nHonours\n=======\n- Prize, 2019\n"
    got = _kinds(text, "markdown")
    assert got[1:] == [("Selected Papers", "publications", None), ("Honours", "awards", None)]


@pytest.mark.parametrize(
    "title",
    [
        "Tomasz Ñuñez Okonkwo\n======================",
        "# Tomasz Ñuñez Okonkwo",
        "Tomasz van der Berg\n-------------------",
    ],
)
def test_name_title_stays_in_the_header(title: str) -> None:
    """A first heading that names the person, not a section, is the header's first line."""
    text = f"{title}\nLecturer, Widget College\n\nAwards\n------\n- Widget Prize, 2020\n"
    sections = split_sections(text, fmt="markdown")
    assert [(s.heading, s.kind) for s in sections] == [("", "header"), ("Awards", "awards")]
    assert sections[0].lines[0].lstrip("# ") == title.split("\n")[0].lstrip("# ")
    assert "Lecturer, Widget College" in sections[0].lines
    # body lines keep their numbers: the awards body starts on the line after its underline
    assert text.split("\n")[sections[1].start - 1] == "- Widget Prize, 2020"


def test_section_title_underlined_first_is_still_a_heading() -> None:
    """A first underlined heading with section words ("Publications") is not taken for a title."""
    got = _kinds("Publications\n============\n1. A. Roe. Title. In ICML, 2020.\n", "markdown")
    assert got[1] == ("Publications", "publications", None)


def test_bare_type_heading_after_a_publication_list_continues_it() -> None:
    """Top-level "In Preparation" after "Journal Articles" is a preprint list, not an unknown section."""
    text = (
        "Jo Roe\n======\n\nJournal Articles\n----------------\n1. Roe, J. (2021). A title. *Widget J.*\n\n"
        "In Preparation\n--------------\n2. Roe, J. Another title. In preparation.\n\n"
        "Submitted\n---------\n3. Roe, J. Third title. Submitted.\n"
    )
    got = _kinds(text, "markdown")
    assert got[1:] == [
        ("Journal Articles", "publications", "journal"),
        ("In Preparation", "publications", "preprint"),
        ("Submitted", "publications", "preprint"),
    ]


def test_bare_conference_heading_after_publications_is_not_a_publication_list() -> None:
    """A top-level "Conferences" after a publication list may be meetings attended: it stays other."""
    text = "Publications\n------------\n1. Roe, J. (2021). A title. *Widget J.*\n\nConferences\n-----------\n- WidgetCon 2022, Oslo\n"
    assert _kinds(text, "markdown")[-1] == ("Conferences", "other", None)


@pytest.mark.parametrize(
    "heading",
    [
        "Supervised Theses",
        "Theses Supervised",
        "Students Supervised",
        "Advising",
        "Co-supervised Dissertations",
        "Advised PhD Theses",
        "Mentored Students",
        "Student Theses",
    ],
)
def test_students_work_headings_are_not_publications(heading: str) -> None:
    """Lists of theses the candidate supervised are students' work, not the candidate's publications."""
    assert classify_heading(heading)[0] == "other"


@pytest.mark.parametrize(
    ("heading", "pub_type"),
    [
        ("Publications (supervised students underlined)", None),
        ("Papers [* equal contribution; advisees in bold]", None),
        ("Full Papers (Archival)", "conference"),
        ("Short Papers", "conference"),
        ("Job Market Paper", "preprint"),
    ],
)
def test_publication_headings_with_notes_and_tracks(heading: str, pub_type: str | None) -> None:
    """A note in parentheses does not change a heading's kind; conference tracks announce conferences."""
    assert classify_heading(heading)[:2] == ("publications", pub_type)


@pytest.mark.parametrize(
    "heading", ["Job Market Paper", "Original research articles", "Representative Publications"]
)
def test_plain_text_headings_with_common_qualifiers(heading: str) -> None:
    """Qualifiers CVs put before a publication noun still make a plain-text heading."""
    got = _kinds(
        f"Jo Roe\nEducation\nPhD, Widget University, 2020\n{heading}\nRoe, J. (2021). Title. Widget J.\n",
        "pdf",
    )
    assert got[-1][:2] == (heading, "publications")


def test_bold_line_is_a_heading_in_markdown() -> None:
    """A line that is only bold heading words starts a section."""
    got = _kinds("Intro line\n**Journal Articles**\n1. A paper. 2020.\n", "markdown")
    assert got[-1] == ("Journal Articles", "publications", "journal")


def test_latex_sections_and_subsections() -> None:
    """LaTeX `\\section` and `\\subsection` headings are found and cleaned of markup."""
    text = (
        "\\section*{\\textsc{Publications}}\n\\subsection{Journal Papers}\n\\item A.\n"
        "\\subsection{Conference Papers}\n\\item B.\n\\section{Invited Talks}\n\\subsection{Conferences}\n\\item C.\n"
    )
    got = _kinds(text, "latex")
    assert got[1:] == [
        ("Publications", "publications", None),
        ("Journal Papers", "publications", "journal"),
        ("Conference Papers", "publications", "conference"),
        ("Invited Talks", "talks", None),
        ("Conferences", "talks", None),
    ]


def test_bare_type_word_is_a_sublist_only_inside_publications() -> None:
    """'Conference' under a publications heading sets the type of the list below it."""
    text = "PUBLICATIONS\nConference\n- A. Roe. T. In ICML, 2020.\nJournal\n- A. Roe. U. Nature, 2021.\n"
    got = _kinds(text, "pdf")
    assert got[2:] == [("Conference", "publications", "conference"), ("Journal", "publications", "journal")]


def test_caps_headings_sit_above_mixed_case_ones() -> None:
    """In a CV with ALL-CAPS headings, mixed-case ones are sub-sections that inherit the kind."""
    text = (
        "PRESENTATIONS\nInvited Talks\nA talk, 2020\nPUBLICATIONS\nManuscripts in Review\nA. Roe. T. 2021.\n"
    )
    got = _kinds(text, "pdf")
    assert got[1:] == [
        ("PRESENTATIONS", "talks", None),
        ("Invited Talks", "talks", None),
        ("PUBLICATIONS", "publications", None),
        ("Manuscripts in Review", "publications", "preprint"),
    ]


def test_lines_with_years_or_bullets_are_not_headings() -> None:
    """Entries that happen to contain heading words stay in their section."""
    text = "AWARDS\n- Best Paper Award\nOutstanding Reviewer Award 2021\nPublications\n"
    sections = split_sections(text)
    assert [s.heading for s in sections] == ["", "AWARDS", "Publications"]


def test_wrapped_venue_line_is_not_a_heading() -> None:
    """A wrapped citation line made of heading words ("Proceedings of the ... on") stays in its entry."""
    text = (
        'Publications\nJ. Roe, "Widgets," in\nProceedings of the International Conference on\n'
        "Widgets, 2020.\nJournal Articles\nJ. Roe. Gadgets. J. Widgets, 2019.\n"
    )
    assert [s.heading for s in split_sections(text, fmt="pdf")] == ["", "Publications", "Journal Articles"]


def test_latex_class_specific_section_macros() -> None:
    """A class's own section macro holding heading words is a heading; preamble macros are not."""
    text = (
        "\\documentclass{article}\n\\cvsect{Publications}\n\\item J. Roe. Widgets. In ICML, 2020.\n"
        "\\mysection{Honors and Awards}\n\\item Prize, 2019\n"
    )
    got = [(s.heading, s.kind) for s in split_sections(text, fmt="latex")]
    assert got == [("", "header"), ("Publications", "publications"), ("Honors and Awards", "awards")]


def test_closing_half_of_a_wrapped_parenthesis_is_not_a_heading() -> None:
    """A line ending a parenthesis opened on the line above ("(oral" / "presentation)") continues the entry."""
    text = (
        "PUBLICATIONS\n"
        "A. Fenwick and B. Olmo. Quiet lattices. In Proceedings of the Meeting on Lattices, 2020. (oral\n"
        "    presentation)\n"
        "C. Olmo and A. Fenwick. Loud lattices. In Proceedings of the Meeting on Lattices, 2019.\n"
    )
    assert [k for _, k, _ in _kinds(text)] == ["header", "publications"]


def test_numbered_caps_headings() -> None:
    """ "4. HONORS AND AWARDS" is a heading; a numbered mixed-case list item is not."""
    text = (
        "1. RESEARCH AREAS\nWidgets.\n2. HONORS AND AWARDS\n2020  Quarry Prize\n3. PUBLICATIONS\n"
        "1. Journal Articles and Notes on Widgets\n"
    )
    sections = split_sections(text)
    assert [(s.heading, s.kind) for s in sections] == [
        ("", "header"),
        ("RESEARCH AREAS", "interests"),
        ("HONORS AND AWARDS", "awards"),
        ("PUBLICATIONS", "publications"),
    ]


def test_numbered_mixed_case_headings_in_a_run() -> None:
    """ "1. Education", "2. Honors and Awards", "3. Publications" numbered in order are headings."""
    text = (
        "Jane Roe\n\n1. Education\nPh.D., Hill University, 2010\n2. Honors and Awards\n2020  Quarry Prize\n"
        "3. Publications\nJ. Roe. Widgets. In ICML, 2020.\n"
    )
    assert [(s.heading, s.kind) for s in split_sections(text)] == [
        ("", "header"),
        ("Education", "education"),
        ("Honors and Awards", "awards"),
        ("Publications", "publications"),
    ]


def test_numbered_list_of_roles_stays_in_its_section() -> None:
    """Consecutive numbered items made of heading words ("1. Program Committee") are a list, not headings."""
    text = "SERVICE\n1. Program Committee\n2. Editorial Board\n3. Reviewer\n"
    assert [s.heading for s in split_sections(text)] == ["", "SERVICE"]
