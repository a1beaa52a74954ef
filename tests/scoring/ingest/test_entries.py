"""Splitting publication lists into entries."""

from __future__ import annotations

from scoring.ingest.entries import split_entries


def _split(text: str, fmt: str = "text", start: int = 10) -> list[tuple[int, str]]:
    return [(e.line, e.text) for e in split_entries(text.split("\n"), start, fmt=fmt)]


def test_numbered_entries_with_wrapped_lines() -> None:
    """Numbered entries keep their wrapped lines and report the line they start on."""
    got = _split(
        "1. A. Roe. First title\n   continues here. In ICML, 2020.\n2. A. Roe. Second. In KDD, 2019."
    )
    assert [n for n, _ in got] == [10, 12]
    assert "continues here" in got[0][1]


def test_numbers_must_run_in_sequence() -> None:
    """A wrapped line that starts with a page number is not a new entry."""
    text = "24. Roe A, Doe B. Title. Nat Methods. 2021 Jul;18(7):829-834. Epub 2021 Jun\n28. PMID: 1234.\n25. Doe B. Other. Cell. 2020."
    got = _split(text)
    assert len(got) == 2
    assert "PMID" in got[0][1]


def test_reverse_numbered_and_bracketed() -> None:
    """Entries numbered downwards in brackets are split as well."""
    got = _split(
        "[3] Roe, A. (2021). Three. J. W.\n[2] Roe, A. (2020). Two. J. W.\n[1] Roe, A. (2019). One. J. W."
    )
    assert len(got) == 3


def test_prefixed_labels() -> None:
    """Labels such as [J2] or C1. start entries."""
    assert len(_split("[J2] A. Roe. Two. 2020.\n[J1] A. Roe. One. 2019.")) == 2
    assert len(_split("C2. A. Roe. Two. 2020.\nC1. A. Roe. One. 2019.")) == 2


def test_bullets_without_blank_lines() -> None:
    """Bulleted entries with no blank line between them are separate."""
    assert len(_split("• A. Roe. One. 2020.\n• A. Roe. Two.\n  In KDD, 2019.\n• A. Roe. Three. 2018.")) == 3


def test_unmarked_entries_split_by_shape() -> None:
    """Unmarked PDF lines split where a sentence closes and an author list starts."""
    text = (
        "D. Roe, S. I. Poe, and W. Doe, \u201cWidgets for all,\u201d in Proc. of the Widget\n"
        "Conference, Denver, CO, Jun. 2015.\n"
        "M. Doe, K. Jones, L. Smith, D. Roe, G. T.\n"
        "Ahsan, and I. Addo, \u201cA second one,\u201d Journal of Widgets, vol. 3, 2014.\n"
    )
    got = _split(text, "pdf")
    assert [n for n, _ in got] == [10, 12]


def test_page_break_inside_an_entry_does_not_split_it() -> None:
    """A blank line after an unfinished line is a page break, not an entry boundary."""
    text = "A. Roe, B. Doe. A long title about widgets in the\n\n\nwild. In ICML, 2020.\nB. Doe, A. Roe. Next. In KDD, 2019."
    assert len(_split(text, "pdf")) == 2


def test_year_subheadings_end_entries_and_date_them() -> None:
    """A bare year line between entries starts a new group and dates the entries below it."""
    got = split_entries(["2021", "- A. Roe. One. In NeurIPS.", "2020", "- A. Roe. Two. In ICML."], 1)
    assert [(e.text, e.group_year) for e in got] == [
        ("- A. Roe. One. In NeurIPS.", 2021),
        ("- A. Roe. Two. In ICML.", 2020),
    ]


def test_emphasised_year_subheadings_date_the_entries_below() -> None:
    """Markdown and LaTeX print year sub-headings in bold ("**2021**", "\\textbf{2021}"): still year lines."""
    lines = ["**2021**", "", "1. A. Roe. One. *Nature Methods*, 4:12.", "1. A. Roe. Two. *Cell*, 3:1.",
             "", "__2020__", "", "1. A. Roe. Three. *Genome Biology*, 2:7."]
    assert [e.group_year for e in split_entries(lines, 1, fmt="markdown")] == [2021, 2021, 2020]
    latex = ["\\textbf{2019}", "\\item A. Roe. Four. \\emph{Science}.", "\\textbf{2018}", "\\item A. Roe. Five."]
    assert [e.group_year for e in split_entries(latex, 1, fmt="latex")] == [2019, 2018]


def test_latex_items_and_comments() -> None:
    """LaTeX lists split on \\item; commented-out entries and comment blocks are ignored."""
    text = (
        "\\begin{enumerate}\n\\item A. Roe. One. 2020.\n% \\item A. Roe. Hidden. 2019.\n"
        "\\begin{comment}\n\\item A. Roe. Also hidden. 2018.\n\\end{comment}\n\\item A. Roe. Two. 2017.\n\\end{enumerate}"
    )
    got = _split(text, "latex", start=1)
    assert [n for n, _ in got] == [2, 7]


def test_latex_cventry_and_bibitem() -> None:
    """\\cventry and \\bibitem lines start entries too."""
    assert len(_split("\\cventry{2020}{One}{J. W.}{}{}{}\n\\cventry{2019}{Two}{J. W.}{}{}{}", "latex")) == 2
    assert (
        len(_split("\\bibitem{a} A. Roe.\n\\newblock One.\n\\bibitem{b} A. Roe.\n\\newblock Two.", "latex"))
        == 2
    )


def test_latex_without_items_keeps_only_citations() -> None:
    """Stray LaTeX lines that are not citations (options, summaries) are not entries."""
    assert _split("  nottype=article, check=whatever]\nCitation summary: 1234 citations", "latex") == []


def test_year_lines_after_entries_date_the_entry_above() -> None:
    """When the list opens with an entry, each bare year line belongs to the entry above it."""
    got = split_entries(["- A. Roe. One. In NeurIPS.", "2021", "- A. Roe. Two. In ICML.", "2020"], 1)
    assert [e.group_year for e in got] == [2021, 2020]


def test_year_line_inside_a_marked_entry_does_not_cut_it() -> None:
    """A date-column year that lands inside a wrapped bulleted entry leaves the entry whole."""
    got = split_entries(["- A. Roe. Widgets in", "2021", "the wild. In NeurIPS.", "- A. Roe. Two. ICML."], 1)
    assert [e.text for e in got] == ["- A. Roe. Widgets in\nthe wild. In NeurIPS.", "- A. Roe. Two. ICML."]


def test_dated_lines_without_final_period_are_separate_entries() -> None:
    """One citation per line, ending in a page number rather than a period, still splits per line."""
    text = (
        "Howe CC;Rose KP;Roe J; (2022). Improving widgets in a level III unit. Neonatal Widgets. p. 273\n"
        "Roe J, Doe B. Another widget paper. Widget J. 2020;3:1-9."
    )
    assert [n for n, _ in _split(text, "pdf")] == [10, 11]


def test_dated_wrapped_line_ending_in_a_word_continues() -> None:
    """A wrapped line holding a venue year but stopping on a word is continued by the next line."""
    text = (
        'D. Roe, and R. O. Smith, "Archival widgets," in 2017 Widget Society of North America National\n'
        "Conference, New Orleans, LA, Jun. 2017.\n"
        'B. Doe, "Next," in Proc. WidgetConf, 2016.'
    )
    assert [n for n, _ in _split(text, "pdf")] == [10, 12]


def test_nested_link_bullets_continue_their_entry() -> None:
    """Indented sub-bullets holding links stay with the numbered entry above them."""
    text = "1. J. Roe. Widgets in the wild. In ICML, 2020.\n   - [paper](u) [code](v)\n2. J. Roe. Gadgets. In KDD, 2019."
    got = _split(text, "markdown")
    assert [n for n, _ in got] == [10, 12]


def test_bulleted_year_groups() -> None:
    """Bulleted year lines group the indented citations below them."""
    lines = [
        "- 2021",
        "  - J. Roe. One widget paper. In NeurIPS.",
        "- 2020",
        "  - J. Roe. Two widget paper. In ICML.",
    ]
    got = split_entries(lines, 1, fmt="markdown")
    assert [(e.line, e.group_year) for e in got] == [(2, 2021), (4, 2020)]


def test_markers_on_lines_of_their_own() -> None:
    """A bullet or number printed alone on a line starts the entry on the next line."""
    bullets = "•\nA. Roe. One widget. In ICML, 2020.\n•\nA. Roe. Two widgets. In KDD, 2019."
    assert [n for n, _ in _split(bullets, "pdf")] == [11, 13]
    numbers = "[2]\nA. Roe. Two widgets. In ICML, 2020.\n[1]\nA. Roe. One widget. In KDD, 2019."
    assert [n for n, _ in _split(numbers, "pdf")] == [11, 13]


def test_venue_line_is_not_a_new_entry() -> None:
    """A wrapped line starting with "In ICML" continues the entry above it."""
    text = "Jane Roe. Sparse widgets under adaptive inference.\nIn ICML, 2023.\nBo Doe, Jane Roe. Gadgets. In KDD, 2019."
    assert [n for n, _ in _split(text, "pdf")] == [10, 12]


def test_hanging_indent_line_continues_the_entry_above() -> None:
    """An indented line under an unindented first line continues it, even after a closed title."""
    text = (
        "J. Pell and K. Moor. Sparse lanterns for tidal data.\n"
        "    Journal of Tides, 4(2):10–20, 2021.\n"
        "K. Moor. Dense lanterns. Journal of Tides, 3(1):1–9, 2020.\n"
    )
    got = _split(text)
    assert [n for n, _ in got] == [10, 12]
    assert "Journal of Tides, 4(2)" in got[0][1]


def test_entry_ending_in_a_wrapped_remark_in_parentheses_is_closed() -> None:
    """An entry whose last line closes a parenthetical remark ("(oral" / "presentation)") ends there."""
    text = (
        "J. Pell. Quiet tides. In Proceedings of the Tide Meeting, pages 1–9, 2020. (oral\n"
        "    presentation)\n"
        "K. Moor and J. Pell. Loud tides. In Proceedings of the Tide Meeting, pages 10–19, 2019.\n"
    )
    assert [n for n, _ in _split(text)] == [10, 12]


def test_author_date_line_waits_for_its_title_but_a_finished_entry_does_not() -> None:
    """ "Vos, Ida, and Rhys Pim. 2022." continues on the next line; a whole entry ending "2018." does not."""
    text = (
        "Vos, Ida, and Rhys O'Pim. 2022.\n"
        '"Harbour Dues." Journal of Islands 12: 104.\n'
        "I. Vos, R. Pim, and T. Quell, “Ferry fares,” in Proc. Island Meeting, Jul.\n"
        "2018.\n"
        "R. Pim and I. Vos, “Small boats,” in Proc. Island Meeting, Jun. 2017.\n"
    )
    assert [n for n, _ in _split(text)] == [10, 12, 14]


def test_note_line_before_an_unmarked_list_stays_out_of_the_first_entry() -> None:
    """A legend line above a list whose numbers were lost (DOCX text) does not swallow the first paper."""
    text = (
        "(* denotes equal contribution; students underlined)\n"
        "Roe, J.*, Poe, A.* & Doe, B. Widgets in water. J. Widget Chem. 14, 101–110 (2024).\n"
        "Poe, A. & Roe, J. Dry widgets. Widget Lett. 3, 5–9 (2022).\n"
    )
    got = _split(text, "docx")
    assert [n for n, _ in got] == [11, 12]
    assert got[0][1].startswith("Roe, J.*")


def test_count_remark_in_parentheses_is_not_an_entry() -> None:
    """A parenthesised count above a list ("(4 of 19 articles; h-index 9)") is not an entry."""
    text = "(4 of 19 peer-reviewed articles; h-index 9)\nRoe, J. & Doe, B. Widgets. Widget Lett. 3, 5–9 (2022).\n"
    assert [t for _, t in _split(text, "docx")] == ["Roe, J. & Doe, B. Widgets. Widget Lett. 3, 5–9 (2022)."]


def test_abstract_under_a_paper_is_not_an_entry_or_part_of_it() -> None:
    """An "Abstract:" paragraph under a job-market paper is dropped; the paper and the next one stay."""
    text = (
        "“Rainfall Shocks and School Enrolment in Upland Villages.”\n"
        "Abstract: I use village rainfall records to estimate how droughts change\n"
        "enrolment. Enrolment falls by 4 percent, mostly among girls.\n"
        "“Ferry Fares and Island Labour Markets” (with Ana Poe).\n"
    )
    got = _split(text, "pdf")
    assert [n for n, _ in got] == [10, 13]
    assert "Abstract" not in got[0][1]
    assert "droughts" not in got[0][1]


def test_abstract_inside_a_latex_item_is_cut() -> None:
    """A LaTeX item that prints its abstract after a line break keeps only the citation."""
    text = r"\item J. Roe. Widgets at scale. Working paper, 2025. \\ \textit{Abstract:} We study widgets."
    got = _split(text, "latex")
    assert len(got) == 1
    assert "We study" not in got[0][1]
    assert "Working paper" in got[0][1]


def test_bracketed_labels_of_a_selected_list_may_skip_numbers() -> None:
    """A "[C9]" label after "[C4]" still starts an entry: a selected list leaves numbers out."""
    text = (
        "[C3] A. Roe. Third widget. In ICML, 2022.\n"
        "[C4] A. Roe, B. Poe. Fourth widget. In Uncertainty in\nArtificial Intelligence (UAI 2022).\n"
        "2008\n"
        "[C9] A. Roe. Ninth widget. In ICML, 2008.\n"
    )
    got = _split(text, "pdf")
    assert [n for n, _ in got] == [10, 11, 14]
    assert "Ninth" not in got[1][1]


def test_entry_ending_in_a_link_is_closed_by_a_following_author_list() -> None:
    """A line ending in a DOI link ends its entry when the next line opens an author list, dated or not."""
    text = (
        "Vos, I., Pim, R., & Quell, T. (2025). Harbour dues in a warming sea:\n"
        "Ferries and tolls. TideArXiv. https://doi.org/10.0000/tide.k7m2q\n"
        "Vos, I., & Pim, R. Small boats and their owners. Under review at Island Studies.\n"
    )
    assert [n for n, _ in _split(text)] == [10, 12]


def test_one_number_mid_list_is_not_a_numbered_list() -> None:
    """A wrapped line that starts with a page number ("744. ACM.") does not make the list numbered."""
    text = (
        "Roe A, Lund G (2024) Soft widgets. Proceedings of the Widget Symposium (WS 2024),\n"
        "   Lecture Notes in Widgets, vol. 12, pp. 1–15. Springer.\n\n"
        "Moe C, Roe A (2023) Hard widgets. Proceedings of the 4th Widget Conference (WC ’23), p.\n"
        "   744. ACM.\n"
    )
    assert [n for n, _ in _split(text)] == [10, 13]


def test_raised_section_mark_after_a_name_starts_an_entry() -> None:
    """A student mark (§, ¶) glued to the first author's name does not hide the entry's start."""
    got = _split(
        "Ana Roe, Ben Poe, and Cy Doe. 2021. First Title. In Proceedings of the Lake\n"
        "  Conference on Rivers and Lakes (LC '21). Lake Society, Lake, NY, USA.\n"
        "Dan Moe§, Eve Lo, and Ana Roe. 2020. Second Title. In Proceedings of the Hill\n"
        "  Conference on Hills and Mountains (HC '20). Hill Society, Hill, NY, USA."
    )
    assert len(got) == 2


def test_bracketed_remark_at_the_end_of_an_entry_closes_it() -> None:
    """"... USA. [Best Paper Award]" ends its entry as a closing parenthesis does."""
    got = _split(
        "Ana Roe and Ben Poe. 2021. First Title. In Proceedings of the Lake Conference (LC '21). Lake, NY,\n"
        "  USA. [Best Paper Award]\n"
        "Cy Doe, Ana Roe, and Dan Moe. 2020. Second Title. In Proceedings of the Hill Conference (HC '20).\n"
        "  Hill, NY, USA."
    )
    assert len(got) == 2
