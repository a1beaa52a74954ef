"""Text clean-up: LaTeX, converter remnants, typography, hyphenation, page furniture."""

from __future__ import annotations

import pytest

from scoring.ingest.text import (
    blank_page_furniture,
    blank_running_lines,
    clean_inline,
    latex_to_text,
    normalise_lines,
)


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        (r"\textbf{Jane Roe} and B.~Doe", "Jane Roe and B. Doe"),
        (r"M\"{u}ller, G\'eraldine and J{\o}rgensen", "Müller, Géraldine and Jørgensen"),
        (r"In \emph{Proc.\ of ${\rm ICML}$}", "In Proc. of ICML"),
        (r"pages 10--20, A \& B", "pages 10–20, A & B"),
        (r"\href{https://example.org/x}{Widget paper}", "Widget paper"),
        (r"``Quoted'' title", "“Quoted” title"),
        (r"Roe$^{*}$, Doe$^\dagger$", "Roe*, Doe†"),
        (r"Lars \O{}degaard and \ss{} \o", "Lars Ødegaard and ß ø"),
    ],
)
def test_latex_to_text(raw: str, plain: str) -> None:
    """LaTeX markup, accents and symbols become plain Unicode text."""
    assert clean_inline(latex_to_text(raw)) == plain


def test_clean_inline_fixes_ligatures_and_nbsp() -> None:
    """Ligatures and non-breaking spaces from PDF text become ordinary letters and spaces."""
    assert clean_inline("E\ufb03cient\u00a0classi\ufb01cation", "pdf") == "Efficient classification"


def test_clean_inline_strips_markdown_links_and_emphasis() -> None:
    """Markdown links keep their label and emphasis marks disappear."""
    assert (
        clean_inline("**Jane Roe**, [Bo Doe](https://x.org). *Widgets*", "markdown")
        == "Jane Roe, Bo Doe. Widgets"
    )


def test_hyphenated_word_is_joined_without_moving_lines() -> None:
    """A word split at a line end is joined onto the first line and the line count is kept."""
    out = normalise_lines(["Learning repre-", "sentations of widgets", "Next line"])
    assert out == ["Learning representations", "of widgets", "Next line"]


def test_hyphen_before_capital_is_kept() -> None:
    """A hyphen before a capitalised word is a real hyphen ("Long-" + "Context"), not a split word."""
    assert normalise_lines(["Many-", "Shot learning"]) == ["Many-", "Shot learning"]


def test_running_footer_is_blanked() -> None:
    """A line repeated at page breaks with only its digits changed is blanked in place."""
    lines = ["Entry one.", "Jane Roe CV, page 1", "", "", "Entry two.", "Jane Roe CV, page 2"]
    out = blank_page_furniture(lines)
    assert out == ["Entry one.", "", "", "", "Entry two.", ""]


def test_running_footer_with_a_right_aligned_page_number_is_blanked() -> None:
    """The gap before a right-aligned page number narrows from page 9 to 10; it is still one footer."""
    lines = [
        "Entry one.",
        "May 15, 2026" + " " * 40 + "9",
        "",
        "",
        "Entry two.",
        "May 15, 2026" + " " * 39 + "10",
    ]
    assert blank_page_furniture(lines) == ["Entry one.", "", "", "", "Entry two.", ""]


def test_equal_contribution_footnote_is_blanked() -> None:
    """An equal-contribution footnote line is not left inside the last publication entry."""
    assert blank_page_furniture(["A. Roe. Title. 2020.", "*Equal contribution."]) == [
        "A. Roe. Title. 2020.",
        "",
    ]


def test_compound_hyphen_at_line_end_is_kept() -> None:
    """A compound such as "self-supervised" split after its hyphen keeps the hyphen."""
    assert normalise_lines(["Learning self-", "supervised widgets"]) == [
        "Learning self-supervised",
        "widgets",
    ]


def test_latex_ties_and_dashes_left_in_pdf_text() -> None:
    """A LaTeX tie between names and a double dash between page numbers become plain text."""
    assert clean_inline("Jane~Roe and B.~Doe, pp. 10--20", "pdf") == "Jane Roe and B. Doe, pp. 10–20"


def test_running_lines_at_form_feeds_are_blanked_and_split_words_rejoined() -> None:
    """Header and footer lines recurring at form feeds are blanked, and a word split across the break is joined."""
    from scoring.ingest.text import blank_running_lines

    lines = [
        "Rin Tago. Tidal coherence in shallow reso-",
        "",
        "Rin Tago                      Curriculum Vitae — page 1",
        "\fTago — CV (March 2024)",
        "    nators. Journal of Tides, 2020.",
        "",
        "Rin Tago                      Curriculum Vitae — page 2",
        "\fTago — CV (March 2024)",
        "Rin Tago. Another paper. Journal of Tides, 2019.",
    ]
    out = normalise_lines(blank_running_lines(lines))
    assert len(out) == len(lines)
    assert out[2] == out[3] == out[6] == out[7] == ""
    assert out[0].endswith("resonators.")
    assert out[8].startswith("Rin Tago. Another paper")


def test_citation_line_opening_a_page_is_not_a_running_line() -> None:
    """A wrapped citation line after a form feed stays, though lines of its shape recur in the list."""
    from scoring.ingest.text import blank_running_lines

    lines = [
        "3. R. Tago and B. Lund, Tidal coherence in shallow resonators, Phys. Rev. B 101,",
        "    224401 (2024) [arXiv:2401.01234].",
        "2. R. Tago, Wave trains in harbour basins, Phys. Rev. E 99,",
        "\f    812 (2023) [arXiv:2302.04321].",
        "1. R. Tago, Seiches in closed lakes, Phys. Fluids 7, 11 (2022).",
    ]
    assert blank_running_lines(lines) == [*lines[:3], "    812 (2023) [arXiv:2302.04321].", lines[4]]
    # a header printed at the top of the first page and again after the break is furniture
    headed = [
        "Tago — CV (March 2024)",
        "1. R. Tago, Seiches, Phys. Fluids 7, 11 (2022).",
        "\fTago — CV (March 2024)",
        "x",
    ]
    assert blank_running_lines(headed)[2] == ""


def test_page_numbered_footer_without_form_feed_is_blanked() -> None:
    """A recurring line ending with "Page N of M" is blanked; a one-off line with "page" in it is not."""
    from scoring.ingest.text import blank_running_lines

    lines = [
        "A. Vale — Curriculum Vitae        Page 1 of 2",
        "A. Vale. The page 3 problem. J. Pages, 2020.",
        "A. Vale — Curriculum Vitae        Page 2 of 2",
    ]
    assert blank_running_lines(lines) == ["", lines[1], ""]


def test_running_header_beside_a_numbered_footer_is_blanked() -> None:
    """A recurring header printed right after a page-numbered footer is blanked with it."""
    from scoring.ingest.text import blank_running_lines

    lines = [
        "Rin Tago. Paper one. Journal of Tides, 2020.",
        "",
        "Rin Tago                      Curriculum Vitae — page 1",
        "",
        "Tago — CV (March 2024)",
        "Rin Tago. Paper two. Journal of Tides, 2019.",
        "",
        "Rin Tago                      Curriculum Vitae — page 2",
        "",
        "Tago — CV (March 2024)",
        "Rin Tago. Paper three. Journal of Tides, 2018.",
    ]
    out = blank_running_lines(lines)
    assert [i for i, ln in enumerate(out) if ln] == [0, 5, 10]


def test_dashed_page_number_and_running_footer_are_blanked() -> None:
    """ "— 3 —" recurring at page feet is page furniture, and so is the running line printed beside it."""
    lines = [
        "1. Entry one, AJ, 12, 34",
        "",
        "— 3 —",
        "J. Roe, Curriculum Vitae (May 2025)",
        "",
        "2. Entry two",
    ]
    lines += ["", "— 4 —", "J. Roe, Curriculum Vitae (May 2025)", "3. Entry three"]
    out = blank_running_lines(lines)
    assert [ln for ln in out if ln] == ["1. Entry one, AJ, 12, 34", "2. Entry two", "3. Entry three"]
