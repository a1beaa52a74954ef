"""Doctorates other than the PhD, degree letters after the name, and education tables in columns."""

from __future__ import annotations

import pytest

from scoring.ingest.identity import Identity, read_identity
from scoring.ingest.sections import split_sections


def _who(text: str, fmt: str = "text") -> Identity:
    return read_identity(split_sections(text, fmt=fmt), text, fmt=fmt)


def test_scd_in_a_column_table_is_the_doctorate() -> None:
    """An "ScD" row of a year / degree / field / school table gives the doctorate and its school."""
    text = (
        "Mina Sorvik\n\nEDUCATION AND TRAINING\n"
        "2013   ScD     Epidemiology (minor: Biostatistics)     Harbour School of Public Health\n"
        "2008   MPH     Public Health                            Northfield Graduate School\n"
    )
    who = _who(text)
    assert (who.phd_institution, who.phd_year) == ("Harbour School of Public Health", 2013)


def test_prose_under_an_unknown_capitals_heading_does_not_date_the_phd() -> None:
    """ "since 2022" in a paragraph under "RESEARCH" is not an open end of the degree above it."""
    text = (
        "Mina Sorvik\n\nEDUCATION\nPh.D. Astronomy, Harbour Institute of Technology, 1998\n"
        "Cand. Scient. Astrophysics, University of Northfield, 1993\n\nRESEARCH\n"
        "Toy galaxies across time, with surveys of discs and, since 2022, widget spectroscopy\n"
        "of toy galaxies in the first billion years.\n"
    )
    who = _who(text)
    assert (who.phd_institution, who.phd_year) == ("Harbour Institute of Technology", 1998)


def test_degree_letters_and_a_cjk_form_after_the_name() -> None:
    """ "MINA SORVIK, ScD, MPH (민아)": the name is the Latin form without the degree letters."""
    assert _who("MINA SORVIK, ScD, MPH (민아)\nEDUCATION\n", "pdf").name == "Mina Sorvik"


@pytest.mark.parametrize(
    ("education", "institution"),
    [
        (
            "2015 – 2020     Ph.D., Botany               Norland State University\n",
            "Norland State University",
        ),
        (
            "Ph.D. in Geology, University of   2016 – 2021\nNorland\nAdvisor: A. Roe\n",
            "University of Norland",
        ),
        (
            "Ed.D., Literacy, Harbour College, Norland University\t2019\n",
            "Harbour College, Norland University",
        ),
        (
            "2011   Ph.D. in Physics, Hill Institute of Technology (Plasma Science\n       Center)\n",
            "Hill Institute of Technology",
        ),
        ("2018   Dr. sc. ETH (PhD in Physics), ETH Zürich. Advisor: A. Roe\n", "ETH Zürich"),
    ],
)
def test_doctorate_institution_read_whole(education: str, institution: str) -> None:
    """The institution is cut at the column gap and kept whole across a line wrap, a parent university
    or its short form."""
    who = _who(f"Mina Sorvik\n\nEDUCATION\n{education}B.Sc., Biology, Northfield University, 2010\n")
    assert who.phd_institution == institution
