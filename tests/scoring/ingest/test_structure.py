"""List and page structure that hides entries: sub-headings, numbering, quoted titles, running heads, macros."""

from __future__ import annotations

from scoring.ingest.entries import split_entries
from scoring.ingest.list_notes import explains_the_list
from scoring.ingest.list_shape import subheading_lines
from scoring.ingest.macros import expand_user_macros
from scoring.ingest.page_heads import blank_lone_running_heads
from scoring.ingest.parse import parse_cv
from scoring.ingest.sections import split_sections


def _titles(text: str, fmt: str = "text") -> list[str]:
    return [p.title for p in parse_cv(text, fmt=fmt).publications]


# --- a career-stage sub-heading under Publications ------------------------------------------------
_CAREER_GROUPS = """TOMAS EKBERG
Professor of Geology, Fjordvik University

EMPLOYMENT
2014-present  Professor, Fjordvik University

PUBLICATIONS
(numbered from the most recent)

Independent Research (Fjordvik University, 2014–present)
4. Ekberg, T.; Lund, A. Glacial Rebound Rates in Coastal Fjords. Geology 2022, 50, 101–109.
3. Moss, K.; Ekberg, T. Sediment Pulses after Lake Drainage Events. J. Geophys. Res. 2019, 124,
     2211–2230.

Postdoctoral Career (Harbor Institute, 2010–2014)
2. Ekberg, T.; Haldor, P. Moraine Dating with Cosmogenic Beryllium. Quat. Sci. Rev. 2012, 31,
     44–59.

Doctoral and Visiting Research
1. Ekberg, T. A Field Guide to Drumlin Shapes. Boreas 2010, 39, 600–612.

TEACHING
GEO 101 Introduction to Geology
"""


def test_career_stage_subheading_keeps_the_publication_list() -> None:
    """A sub-heading such as "Independent Research (place, years)" over citations groups papers, not jobs."""
    assert _titles(_CAREER_GROUPS) == [
        "Glacial Rebound Rates in Coastal Fjords",
        "Sediment Pulses after Lake Drainage Events",
        "Moraine Dating with Cosmogenic Beryllium",
        "A Field Guide to Drumlin Shapes",
    ]


_SAME_SIZE_GROUPS = """Tomas Ekberg
Professor of Geology, Fjordvik University
Employment
2014–present  Professor, Fjordvik University
Publications
* corresponding author
Independent Career (Fjordvik University and Harbor Institute)
2. Ekberg, T.; Lund, A.* Glacial Rebound Rates in Coastal Fjords. Geology 2022, 50, 101–109.
1. Moss, K.; Ekberg, T.* Sediment Pulses after Lake Drainage Events. J. Geophys. Res. 2019, 124,
2211–2230.
Teaching
GEO 101 Introduction to Geology
"""


def test_career_stage_subheading_as_big_as_the_publications_heading() -> None:
    """In PDF text every heading is a plain short line: a career-stage line right after "Publications"
    and its legend still groups the papers below it."""
    assert _titles(_SAME_SIZE_GROUPS, "pdf") == [
        "Glacial Rebound Rates in Coastal Fjords",
        "Sediment Pulses after Lake Drainage Events",
    ]


def test_unnamed_subheading_in_a_numbered_list_is_in_no_entry() -> None:
    """A short line of words between two numbered entries is a sub-heading, not the end of an entry."""
    cv = parse_cv(_CAREER_GROUPS)
    for pub in cv.publications:
        assert not any(w in (pub.source_text or "") for w in ("Doctoral", "Independent", "Career"))
    assert [p.year for p in cv.publications] == [2022, 2019, 2012, 2010]


def test_experience_under_a_lower_heading_stays_experience() -> None:
    """Job lines under a sub-heading of Publications do not become publications."""
    text = (
        "PUBLICATIONS\n1. A. Roe, B. Doe. Widget theory revisited. Journal of Widgets, 12(3):1–20, 2020.\n"
        "2. A. Roe. Widgets at scale. In Proceedings of WidgetConf, pages 3–9, 2019.\n\n"
        "Professional Experience\nAssistant Professor, Lakeside University, 2019–present\n"
        "Postdoctoral Fellow, Harbor Institute, 2016–2019\nResearch Intern, Widget Labs, 2015\n"
    )
    kinds = {s.heading: s.kind for s in split_sections(text)}
    assert kinds["Professional Experience"] == "experience"
    assert len(parse_cv(text).publications) == 2


# --- markdown ordered lists numbered "1." throughout -------------------------------------------------
def test_markdown_items_all_numbered_one_are_separate_entries() -> None:
    """A markdown list whose items are all "1." (the renderer numbers them) gives one entry per item."""
    text = (
        "# Ines Vall\n\n## Publications\n\n"
        "1. **Ines Vall** and Piet Aro. 2024. Tangled Threads: Sewing Circles as Care Networks. In *Proc. CSCW*.\n"
        "1. Piet Aro, **Ines Vall**, and Ola Brun. 2023. Quiet Data: Silence in Sensor Logs. In *Proc. CHI*.\n"
        "1. **Ines Vall**. 2021. Paper Trails of Home Repair. In *Proc. DIS*.\n"
    )
    cv = parse_cv(text, fmt="markdown")
    assert [p.year for p in cv.publications] == [2024, 2023, 2021]
    assert [p.candidate_author_position for p in cv.publications] == [1, 2, 1]


def test_sequential_numbers_still_reject_a_wrapped_page_number() -> None:
    """Mixed numbers keep the sequence rule: a wrapped line starting with a number is not an entry."""
    lines = ["1. A. Roe. One long title. Journal, vol. 3,", "12. pages, 2020.", "2. A. Roe. Two. J., 2019."]
    assert len(split_entries(lines, 1)) == 2


# --- LaTeX shorthand macros ---------------------------------------------------------------------------
_MACRO_CV = r"""\documentclass{article}
\newcommand{\me}{\textbf{K.~Brandt}}
\def\lab{Harbor Lab}
\newcommand{\pub}[1]{\item #1}
\begin{document}
\section*{Publications}
\begin{enumerate}
  \item A.~Moss and \me.
  \newblock {\em Counting Trees in Sparse Forests}.
  \newblock Journal of Graph Widgets, 12:1--20, 2021.
  \item \me{}, J.~Lind and A.~Moss.
  \newblock {\em Flows on Planar Widgets}.
  \newblock In Proceedings of WidgetConf, pages 3--9, 2019.
\end{enumerate}
\end{document}
"""


def test_user_macro_for_the_candidate_is_expanded() -> None:
    """``\\me`` defined by the CV stands for the candidate: author lists and positions read through it."""
    cv = parse_cv(_MACRO_CV, fmt="latex")
    assert [p.title for p in cv.publications] == [
        "Counting Trees in Sparse Forests",
        "Flows on Planar Widgets",
    ]
    assert [p.candidate_author_position for p in cv.publications] == [2, 1]


def test_macro_expansion_keeps_lines_and_leaves_macros_with_arguments() -> None:
    """Only argument-less one-line macros are replaced; definitions and the line count stay."""
    out = expand_user_macros(_MACRO_CV + "\\pub{x} at \\lab. \\labnote\n% \\newcommand{\\gone}{X}\n\\gone\n")
    assert out.count("\n") == _MACRO_CV.count("\n") + 3
    assert "\\newcommand{\\me}{\\textbf{K.~Brandt}}" in out
    assert "\\pub{x} at Harbor Lab. \\labnote" in out
    assert out.rstrip().endswith("\\gone")  # its definition is commented out


# --- running page headers printed once ------------------------------------------------------------------
def test_lone_running_header_between_entries_is_blanked() -> None:
    """A "Name — CV    2" page header between entries neither drops an entry nor joins a title."""
    text = (
        "Mira Solberg\nmira@fjordvik.edu\n\nWORKING PAPERS\n"
        "    “Rent Caps and Household Moves” (with Ada Lund). NBER Working Paper No. 30001, 2024.\n"
        "Mira Solberg — CV                                                 2\n"
        "    “Ferry Fares and Island Labor Markets” (with Per Vik). Submitted.\n"
        "    “School Meals and Attendance”. Revise and resubmit.\n"
    )
    assert _titles(text) == [
        "Rent Caps and Household Moves",
        "Ferry Fares and Island Labor Markets",
        "School Meals and Attendance",
    ]


def test_dated_running_header_printed_once_is_blanked() -> None:
    """A page-2 header dated instead of numbered ("Name · Curriculum Vitae · May 2026") is furniture."""
    filler = [f"line {n} of the first page" for n in range(25)]
    header = "Mira A. Solberg · Curriculum Vitae · November 2026"
    lines = ["Mira Anna Solberg", *filler, header, "disruption of widgets in the wild. J Widgets. 2023;4:12."]
    assert blank_lone_running_heads(lines)[26] == ""
    # at the top it is the CV's own title block, and a dated line without a CV word is content
    assert blank_lone_running_heads([header, "x", header])[:3] == [header, "x", header]
    assert blank_lone_running_heads(["Mira Solberg", *filler, "Solberg Prize, May 2026"])[-1] != ""


def test_numbered_lines_that_are_not_headers_stay() -> None:
    """A numbered line whose words are not the CV's title or name is content, and stays."""
    lines = ["Mira Solberg", "Solberg Prize for Teaching      2", "Curriculum Vitae of a project   3"]
    assert blank_lone_running_heads(lines) == [*lines[:2], ""]
    assert blank_lone_running_heads(["Mira Solberg", "3     Mira Solberg, Curriculum Vitae"])[1] == ""


# --- bare quoted titles on consecutive lines ------------------------------------------------------------
def test_consecutive_quoted_titles_are_separate_papers() -> None:
    """Lines that each open with a quoted title are one work in progress each."""
    text = (
        "Mira Solberg\n\nWORK IN PROGRESS\n"
        "“Commuting Costs and Job Search” (with Ada Lund)\n"
        "“Harbor Closures and Local Wages”\n"
        "“Daycare Queues and Return to Work” (with Per Vik and Ola Brun)\n"
    )
    assert len(_titles(text)) == 3


def test_quoted_title_on_a_wrapped_line_stays_in_its_entry() -> None:
    """A quoted title after an author line is part of that entry, not a new one."""
    lines = ["Roe, Jane, and Ann Poe. 2020.", "“Widgets in the Wild.” Journal of Widgets 3: 1–20."]
    assert len(split_entries(lines, 1)) == 1


# --- a short paragraph used as a sub-heading (DOCX text has no bold) -------------------------------------
_DOCX_LIKE = """Runa Holm
PUBLICATIONS
Research articles
Holm R, Aro P, Lind J. Somite clocks in cave fish. Dev Biol. 2023;501:1-12.
Aro P, Holm R. Tail bud flows under stress. Development. 2021;148:dev1234.
Lind J, Holm R, Vik P. Notch pulses in explants. Cell Rep. 2019;26:33-45.
Commentaries and reviews
Holm R, Lind J. Timers, waves and gradients. Annu Rev Cell Dev Biol. 2022;38:1-25.
Holm R. Growing a body axis. Curr Opin Genet Dev. 2020;63:9-14.
"""


def test_short_subheading_between_entries_is_not_glued_to_one() -> None:
    """An unmarked sub-heading between entries separates them and belongs to neither."""
    cv = parse_cv(_DOCX_LIKE, fmt="docx")
    assert [p.title for p in cv.publications][-2:] == ["Timers, waves and gradients", "Growing a body axis"]
    assert all("Commentaries" not in (p.source_text or "") for p in cv.publications)


def test_title_first_entries_are_not_taken_for_subheadings() -> None:
    """When every entry opens with a short title line, those lines are titles, not sub-headings."""
    lines = [
        "Widgets in the Wild",
        "A. Roe, B. Doe. Journal of Widgets, 2021.",
        "Slow Widgets",
        "A. Roe. WidgetConf, 2020.",
        "Quiet Widgets",
        "B. Doe, A. Roe. Widget Letters, 2019.",
    ]
    assert (
        subheading_lines(lines, lambda ln: ln.endswith("."), lambda ln: ln.startswith(("A.", "B."))) == set()
    )
    assert "Slow Widgets" in "\n".join(e.text for e in split_entries(lines, 1))


# --- the name on a two-column first line -----------------------------------------------------------------
def test_name_on_a_two_column_first_line() -> None:
    """ "Name        Department" on the first line gives the name."""
    text = (
        "Lotte Vermeer                                            Marine Robotics Department\n"
        "Assistant Professor                                      Fjordvik University\n"
        "lotte@fjordvik.edu\n\nPUBLICATIONS\n"
        "L. Vermeer and A. Roe. Swimming robots. In Proc. ICRA, 2023.\n"
    )
    assert parse_cv(text).name == "Lotte Vermeer"


# --- explanatory prose under Publications -----------------------------------------------------------------
def test_explanatory_note_under_publications_is_not_an_entry() -> None:
    """A note on how the list is printed, under the heading, is not read as a publication."""
    text = (
        "# Ines Vall\n\n## Publications\n\n"
        "My name is in bold. In design research, full papers at DIS and CSCW are archival and refereed.\n\n"
        "### Full Papers\n\n"
        "- **Ines Vall** and Piet Aro. 2024. Tangled Threads: Sewing Circles as Care Networks. In *Proc. CSCW*.\n"
    )
    assert _titles(text, "markdown") == ["Tangled Threads: Sewing Circles as Care Networks"]


def test_yearless_papers_are_not_taken_for_notes() -> None:
    """Working papers without a year, even with "we" in the title, remain publications."""
    assert not explains_the_list("A. Roe and J. Poe. Why we sleep: a survey. Under review.")
    assert not explains_the_list("Mara Holt, Jane Roe. What is mine is yours: sharing. Journal of Trade.")
    assert explains_the_list("Authors are listed alphabetically, as is usual in economics.")


def test_supervised_theses_under_publications_stay_out() -> None:
    """A students' list under Publications reads as citations but is not the candidate's papers."""
    text = (
        "\\section*{Publications}\n\\subsection*{Journal Articles}\n\\begin{enumerate}\n"
        "\\item A.~Roe and B.~Doe. Widget flows. \\emph{Journal of Widgets}, 3:1--9, 2021.\n\\end{enumerate}\n"
        "\\subsection*{Supervised Theses}\n\\begin{itemize}\n"
        "\\item C.~Poe, \\emph{Widgets over lossy links}, PhD thesis, Lakeside University, 2022.\n"
        "\\item D.~Moe, \\emph{Warm starts for tiny widgets}, PhD thesis, Lakeside University, 2024.\n"
        "\\end{itemize}\n"
    )
    assert _titles(text, "latex") == ["Widget flows"]


def test_subheading_with_a_comma_is_in_no_entry() -> None:
    """A sub-heading such as "Short, resource and demo papers" between two entries belongs to neither."""
    text = (
        "PUBLICATIONS\nConference papers\n"
        "Vale, R., & Poe, D. (2023). Quiet harbours at night. In Proceedings of the Tide Conference\n"
        "(pp. 1–9). ACM.\n"
        "Short, resource and demo papers\n"
        "Poe, D., & Vale, R. (2022). Small boats and their owners. In Proceedings of the Tide\n"
        "Conference (pp. 10–13). ACM.\n"
        "Senn, I., & Vale, R. (2021). Ferry fares in winter. In Proceedings of the Tide\n"
        "Conference (pp. 14–17). ACM.\n"
    )
    assert _titles(text) == [
        "Quiet harbours at night",
        "Small boats and their owners",
        "Ferry fares in winter",
    ]
