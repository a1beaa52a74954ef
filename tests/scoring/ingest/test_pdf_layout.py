"""PDF text keeps the page's columns apart and mends lines broken at superscripts, as a text file shows them."""

from __future__ import annotations

import re

import pytest
from fpdf import FPDF

from scoring.ingest.parse import parse_cv
from scoring.ingest.readers import read_bytes

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _pdf(rows: list[list[tuple[float, str]]], *, size: float = 9) -> bytes:
    """A one-page PDF whose rows place each (x in mm, text) run at its own position, as layouts do."""
    pdf = FPDF(format="A4")
    pdf.add_font("dv", "", _FONT)
    pdf.set_font("dv", size=size)
    pdf.add_page()
    y = 20.0
    for row in rows:
        for x, text in row:
            pdf.set_xy(x, y)
            pdf.cell(text=text)
        y += 4.5
    return bytes(pdf.output())


def _text(data: bytes) -> list[str]:
    return read_bytes(data, "cv.pdf").text.split("\n")


def test_right_hand_date_column_stays_apart() -> None:
    """A date set at the right margin is separated from its role by a run of spaces, not one space."""
    lines = _text(_pdf([[(15, "Research Fellow, Hill University"), (165, "2019 – 2021")]]))
    assert re.fullmatch(r"Research Fellow, Hill University {3,}2019 – 2021", lines[0])


def test_right_column_line_is_indented_to_its_column() -> None:
    """A line with text only in the right half of a two-column page starts far from the left edge."""
    lines = _text(
        _pdf([[(15, "EDUCATION"), (105, "PUBLICATIONS")], [(105, "Okafor, M. (2024) 'Tidal widgets'")]])
    )
    assert re.fullmatch(r"EDUCATION {3,}PUBLICATIONS", lines[0])
    assert lines[1].startswith(" " * 20)
    assert lines[1].strip().startswith("Okafor")


def test_hanging_indent_and_right_aligned_numbers_are_not_indented() -> None:
    """Small indents (a wrapped entry, "9." set right of "10.") are not columns and are dropped."""
    lines = _text(
        _pdf(
            [
                [(17, "9. Roe A. First widget paper.")],
                [(21, "Nat Widgets. 2020.")],
                [(15, "10. Roe A. Second.")],
            ]
        )
    )
    assert [ln[:3] for ln in lines[:3]] == ["9. ", "Nat", "10."]


@pytest.mark.parametrize("raise_mm", [1.2, 1.8])
def test_line_broken_at_a_superscript_is_joined(raise_mm: float) -> None:
    """ "Roe KM‡" with a raised mark, then ". Title", is one line as printed, not two, however high the mark."""
    pdf = FPDF(format="A4")
    pdf.add_font("dv", "", _FONT)
    pdf.add_page()
    pdf.set_font("dv", size=9)
    pdf.set_xy(15, 20)
    pdf.cell(text="Haug J, Lin HY, Okafor M")
    x = pdf.get_x()
    pdf.set_font("dv", size=6)
    pdf.set_xy(x, 20 - raise_mm)
    pdf.cell(text="‡")
    x = pdf.get_x()
    pdf.set_font("dv", size=9)
    pdf.set_xy(x, 20)
    pdf.cell(text=". A widget microscope for subcellular imaging. Elife. 2026.")
    lines = _text(bytes(pdf.output()))
    # (the PDF's cells leave a little room around the mark: a space before it is as printed)
    assert [ln.replace(" ‡", "‡") for ln in lines if ln.strip()] == [
        "Haug J, Lin HY, Okafor M‡. A widget microscope for subcellular imaging. Elife. 2026."
    ]


def test_two_column_cv_keeps_awards_and_papers_apart() -> None:
    """On a two-column page (awards on the left, papers on the right) the awards hold no paper text and
    keep their years, and the papers are found, as they are in the same CV typed as text."""
    left, right = 15, 80
    rows = [
        [(left, "NOMSA OKAFOR")],
        [(left, "Postdoctoral Fellow · Department of Zoology · Hill University")],
        [],
        [(left, "CONTACT"), (right, "RESEARCH STATEMENT")],
        [(left, "Department of Zoology"), (right, "I study how widget networks change under")],
        [(left, "Hill University"), (right, "warming, with field plots and network models.")],
        [(left, "nomsa.okafor@example.org")],
        [(right, "POSITIONS")],
        [(left, "EDUCATION"), (right, "2023–present   Postdoctoral Fellow, Hill University")],
        [(left, "PhD Ecology, 2023"), (right, "2019–2022   Graduate researcher, Tarn Institute")],
        [(left, "University of Brume")],
        [(left, "AWARDS")],
        [(left, "2024   Tarn Postdoctoral Fellowship"), (right, "PEER-REVIEWED ARTICLES")],
        [(left, "2023   Harrow Prize"), (right, "Okafor, N. and Roe, J. (2024) 'Warming shifts")],
        [(left, "2021   Velden Young Talent Award"), (right, "widget phenology', Ecology Letters, 27(3).")],
        [(right, "Roe, J. and Okafor, N. (2022) 'Rewiring of")],
        [(right, "widget networks', Journal of Ecology, 110(6).")],
        [(right, "Okafor, N. (2021) 'Nestedness is not robustness',")],
        [(right, "Oikos, 130(9), pp. 1555–1563.")],
    ]
    profile = parse_cv(read_bytes(_pdf(rows), "cv.pdf").text, fmt="pdf")
    assert [(a.name, a.year) for a in profile.awards] == [
        ("Tarn Postdoctoral Fellowship", 2024),
        ("Harrow Prize", 2023),
        ("Velden Young Talent Award", 2021),
    ]
    assert sorted(p.title for p in profile.publications) == [
        "Nestedness is not robustness",
        "Rewiring of widget networks",
        "Warming shifts widget phenology",
    ]
