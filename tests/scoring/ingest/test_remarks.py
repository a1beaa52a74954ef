"""Remarks about a publication list (legends, counts, abstracts) told apart from its entries."""

from __future__ import annotations

import pytest

from scoring.ingest.parse import parse_cv
from scoring.ingest.remarks import LIST_REMARK, blank_remarks, cut_abstract, is_list_remark


@pytest.mark.parametrize(
    "line",
    [
        "(* denotes equal contribution; students underlined)",
        "* = equal contribution, † = corresponding author",
        "† corresponding author",
        "Supervised students are underlined.",
        "(6 of 31 refereed articles; h-index 12)",
        "See my Google Scholar page for the full list.",
        "Bold = me. Links to data and code are on the lab page.",
    ],
)
def test_legends_and_counts_are_remarks(line: str) -> None:
    """Legends for author marks and citation counts are remarks, not entries."""
    assert is_list_remark(line)


@pytest.mark.parametrize(
    "line",
    [
        "A. Roe*, B. Poe* (* equal contribution). Widgets. In ICML, 2020.",
        "Roe, J. (2021). Equal contribution games. Widget J., 3, 1–9.",
        "“Trade and Widgets” (with Ana Poe and Bo Doe).",
        "[2]",
    ],
)
def test_entries_are_not_remarks(line: str) -> None:
    """Citations, even ones that mention equal contribution, are not remarks."""
    assert not is_list_remark(line)


def test_parenthesised_line_inside_an_entry_is_kept() -> None:
    """A wrapped "(with A. Poe and B. Doe)." line after an entry's first line stays in the entry."""
    lines = ["“Trade and Widgets”", "(with Ana Poe and Bo Doe).", "Revise and resubmit, Widget Review."]
    assert blank_remarks(lines) == lines


def test_abstract_paragraph_ends_at_a_blank_line_or_the_next_entry() -> None:
    """An abstract runs until a blank line, or until an entry starts after a closed sentence."""
    lines = [
        "Roe, J. Widgets. Working paper, 2025.",
        "Abstract: We study widgets and",
        "find that they matter.",
        "Poe, A. Gadgets. Working paper, 2024.",
        "Summary: gadgets too.",
        "",
        "Doe, B. Sprockets. Working paper, 2023.",
    ]
    got = blank_remarks(lines, starts_entry=lambda ln: ln[:1].isupper())
    assert got == [lines[0], "", "", lines[3], "", "", lines[6]]


def test_cut_abstract_keeps_the_citation_lines() -> None:
    """Entry text is cut at an abstract line and the lines before it are kept."""
    assert (
        cut_abstract("J. Roe. Widgets.\nWidget J., 2020.\n*Abstract:* we study")
        == "J. Roe. Widgets.\nWidget J., 2020."
    )
    assert (
        cut_abstract("J. Roe. Abstract widgets.\nWidget J., 2020.")
        == "J. Roe. Abstract widgets.\nWidget J., 2020."
    )


def test_nested_abstract_ends_at_the_next_item_of_the_outer_list() -> None:
    """An abstract written as a sub-item ends where the next paper's item starts."""
    lines = [
        "- **Widgets at sea** (with A. Poe)",
        "  - Abstract: We study widgets at sea.",
        "    They float.",
        "- **Gadgets on land**",
    ]
    assert blank_remarks(lines) == [lines[0], "", "", lines[3]]


def test_presented_at_line_under_a_paper_is_left_out() -> None:
    """A "Presented at:" line under a paper is blanked alone; the paper after it is kept."""
    lines = ["“Widgets at Sea” (with A. Poe)", "Presented at: Widget Meeting 2023", "“Gadgets on Land”"]
    assert blank_remarks(lines) == [lines[0], "", lines[2]]


def test_presented_at_as_the_first_line_is_kept() -> None:
    """A poster entry that opens with "Presented at:" is not a remark about an entry above it."""
    lines = ["Presented at: Widget Meeting 2023, poster on sea widgets"]
    assert blank_remarks(lines) == lines


def test_a_note_about_links_is_a_remark() -> None:
    """ "Links: [pdf] [slides] where available." describes the list's links; it is not an entry."""
    assert is_list_remark("Links: [pdf] [slides] [code] where available. Journals are marked J.")
    assert not is_list_remark('A. Roe. "Where available bandwidth hides." In Widget Conf., 2021.')


def test_remark_broken_off_mid_sentence_takes_its_next_line() -> None:
    """A legend that stops on "as" goes on to the next line, which is blanked with it."""
    lines = [
        "Names in bold are mine; advisees are underlined. Papers were published as",
        "“Roe, K.” until 2015.",
        "Roe-Vance, K., & Poe, A. (2019). Widgets at dusk. Widget Journal, 4, 1–9.",
    ]
    assert blank_remarks(lines) == ["", "", lines[2]]


def test_remark_ending_a_sentence_leaves_the_next_line() -> None:
    """A legend that closes its sentence does not take the entry below it."""
    lines = ["Advisees are underlined.", "Poe, A., & Roe, K. (2019). Widgets. Widget Journal, 4, 1–9."]
    assert blank_remarks(lines) == ["", lines[1]]


def test_remark_line_going_on_from_the_line_above_takes_that_line() -> None:
    """When a former-name note starts mid-sentence, the line holding its start is a remark too."""
    lines = [
        "Authors marked with ‡ were students I advised. Papers before 2011",
        "appeared under my maiden name, K. Roe.",
        "K. Roe-Vance and A. Poe. Widgets at dusk. In Widget Conf., 2020.",
    ]
    assert blank_remarks(lines) == ["", "", lines[2]]


_NOTED_CV = """Kira Roe-Vance
Publications
{note}
Roe-Vance, K., & Poe, A. (2019). Widgets at dusk. Widget Journal, 4, 1–9.
Roe, K. (2012). Gadgets at dawn. Gadget Letters, 2, 5–8.
Other Writing
Roe-Vance, K. (2021). Why widgets matter. The Daily Widget, March 3, 2021.

Reviews of books on widgets in Widget History, Gadget Quarterly and Sprocket
Studies (fifteen since 2012; list on request).
"""


@pytest.mark.parametrize(
    "note",
    [
        "Papers before 2015 appear under my former surname, Roe.",
        "Authors are listed alphabetically, as is usual in my field. Papers before 2015 appear under\nthe name K. Roe.",
    ],
)
def test_notes_about_a_former_name_or_a_counted_list_are_not_entries(note: str) -> None:
    """A former-name note and a "(fifteen since 2012; list on request)" summary are not publications."""
    cv = parse_cv(_NOTED_CV.format(note=note), fmt="text")
    assert [p.title for p in cv.publications] == ["Widgets at dusk", "Gadgets at dawn", "Why widgets matter"]


def test_a_title_about_appearing_under_something_is_kept() -> None:
    """ "appear under" in a title is no former-name note."""
    assert not LIST_REMARK.search("Roe, K. (2020). What may appear under ice. Widget Journal, 4, 1–9.")
