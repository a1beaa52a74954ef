"""What is and is not an award, on small fictional fragments: grants, degree honours, grades, job titles."""

from __future__ import annotations

import pytest

from scoring.ingest.awards import find_awards
from scoring.ingest.sections import split_sections


def _pairs(text: str, fmt: str = "text") -> list[tuple[str, int | None]]:
    return [(a.name, a.year) for a in find_awards(split_sections(text, fmt=fmt), text, fmt=fmt)]


def _names(text: str, fmt: str = "text") -> list[str]:
    return [name for name, _ in _pairs(text, fmt)]


def test_latex_list_spacing_is_not_an_award() -> None:
    """A spacing setting on the list's first line ("\\itemsep -2pt") leaves no award behind."""
    text = (
        "\\section{Honors}\n\\begin{itemize} \\itemsep -2pt\n"
        "\\item Harbour Prize for Young Researchers, 2021\n\\item Lindqvist Scholar, 2019\n\\end{itemize}\n"
    )
    assert _pairs(text, "latex") == [
        ("Harbour Prize for Young Researchers", 2021),
        ("Lindqvist Scholar", 2019),
    ]


def test_entry_that_calls_itself_a_grant_is_not_an_award() -> None:
    """An award-section entry described as a research grant is funding."""
    text = (
        "AWARDS\n2023  Quarry Frontiers Award (2023) — research grant, €500k\n"
        "2020  Halvorsen Medal, Society of Quiet Systems\n"
    )
    assert _names(text) == ["Halvorsen Medal, Society of Quiet Systems"]


def test_degree_awarded_cum_laude_is_not_an_award() -> None:
    """A degree "awarded cum laude" is a Latin honour wherever the phrase sits."""
    text = "DISTINCTIONS\n2008  Ostrava Scholarship for Doctoral Study\n2008  MSc awarded cum laude\n"
    assert _names(text) == ["Ostrava Scholarship for Doctoral Study"]


def test_fund_named_after_fellows_is_a_grant() -> None:
    """ "<Name> Fellows Fund research grant" in a funding list names a fund, not a fellowship."""
    text = "Ivo Brandt\n\nRESEARCH FUNDING\nRoe Fellows Fund research grant, 2022\nLake Foundation Fellowship, 2020\n"
    assert _names(text) == ["Lake Foundation Fellowship"]


def test_job_track_in_parentheses_is_not_a_scholarship() -> None:
    """A job title's track, "(Learning & Scholarship)", is not an award."""
    text = "Ivo Brandt\nSenior Lecturer (Learning & Scholarship), School of Mathematics, Hill University\n\nEDUCATION\n"
    assert _names(text) == []


def test_society_grades_under_memberships_are_not_awards() -> None:
    """ "Fellow of the ... Society" and "Senior Fellow of ..." listed as memberships are grades, a named fellow is not."""
    text = (
        "Ivo Brandt\n\nPROFESSIONAL MEMBERSHIPS\n"
        "Fellow of the Royal Geological Society; Senior Fellow of the Teaching Academy (SFTA)\n"
        "Hill Science Society [Tamarack Fellow]\n"
    )
    assert _names(text) == ["Tamarack Fellow"]


def test_named_a_generic_fellow_by_an_organisation() -> None:
    """Being "named a National Teaching Fellow by" a body is an honour with the year of the sentence."""
    text = (
        "PROFILE\nI teach statistics. I was named a National Teaching Fellow by the Teaching Council "
        "in 2022 and serve on the Faculty board.\n"
    )
    assert _pairs(text) == [("National Teaching Fellow", 2022)]


def test_generic_fellow_job_title_stays_out() -> None:
    """A generic fellow title without an honouring verb is a job, not an award."""
    text = "EXPERIENCE\n2019–2022  Postdoctoral Research Fellow, Lake Institute\n"
    assert _names(text) == []


@pytest.mark.parametrize("fmt", ["latex", "text"])
def test_fellowship_in_a_job_title_is_the_listed_one(fmt: str) -> None:
    """A named fellowship held as a job is not counted again beside the award-section entry naming it."""
    if fmt == "latex":
        text = (
            "\\section{Positions}\nAda Byron Postdoctoral Fellow, Lake Institute for Optics \\hfill 2017 -- 2021\n"
            "\\section{Honors}\n\\begin{itemize}\n\\item Ada Byron Memorial Fund Postdoctoral Fellowship, 2017\n"
            "\\end{itemize}\n"
        )
    else:
        text = (
            "POSITIONS\n2017–2021  Ada Byron Postdoctoral Fellow, Lake Institute for Optics\n\n"
            "HONOURS\n2017  Ada Byron Memorial Fund Postdoctoral Fellowship\n"
        )
    assert _names(text, fmt) == ["Ada Byron Memorial Fund Postdoctoral Fellowship"]


def test_different_fellowship_in_a_job_title_is_kept() -> None:
    """A named fellowship that no award entry names is still found in the job title."""
    text = (
        "POSITIONS\n2017–2021  Ada Byron Postdoctoral Fellow, Lake Institute for Optics\n\n"
        "HONOURS\n2017  Quarry Prize in Optics\n"
    )
    assert len(_names(text)) == 2


def test_paper_award_wrapped_at_line_end() -> None:
    """A "Best Paper" note whose "Award." wraps onto the next line keeps the whole phrase (and the entry's label)."""
    text = (
        "PUBLICATIONS\nI. Brandt and A. Roe. Quiet parsing of loud tables. In Proceedings of the Meeting on\n"
        "    Quiet Systems (QSM 2022), pages 1–9, 2022. Best Paper\n    Award.\n"
    )
    assert _pairs(text) == [("Best Paper Award, QSM 2022", 2022)]


def test_honour_in_a_degree_entry_dates_from_its_end() -> None:
    """A medal noted in a degree entry with a date range is dated by the degree's completion."""
    text = (
        "EDUCATION\nB.Sc. in Physics, Lake College\nSep. 2008 - May 2012\nInstitute Gold Medal; GPA 3.9/4\n"
    )
    assert _pairs(text) == [("Institute Gold Medal", 2012)]


def test_name_above_its_dates_in_a_narrow_column() -> None:
    """Names wrapped over lines with the dates below (a note after them kept) date the entry above."""
    text = (
        "Ivo Brandt\nFELLOWSHIPS\nHarwick Foundation Prize\nFellowship, 2024–2025\nNorland University Fellowship,\n"
        "2020–2025\nQuarry Doctoral Scholarship,\n2020–2024 (declined)\nMirren Bank Prize for\n"
        "undergraduate thesis, 2017\nREFERENCES\nProf. Ana Roe\n"
    )
    assert _pairs(text, "pdf") == [
        ("Harwick Foundation Prize Fellowship", 2024),
        ("Norland University Fellowship", 2020),
        ("Quarry Doctoral Scholarship (declined)", 2020),
        ("Mirren Bank Prize for undergraduate thesis", 2017),
    ]


def test_job_title_under_the_name_is_not_joined_to_it() -> None:
    """A generic fellow title on the line below the name in the header is not a named award."""
    text = "IVO BRANDT\nPostdoctoral Research Fellow · School of Geology · Hill University\n\nEDUCATION\n"
    assert _names(text) == []


def test_dated_job_lines_are_not_one_paragraph() -> None:
    """A named fellowship in one dated job line does not run into the next job line."""
    text = (
        "EXPERIENCE\n2019–2021  Ada Byron Fellow, Lake Institute\n2021–present  Lecturer, Hill University\n"
    )
    assert _pairs(text) == [("Ada Byron Fellow, Lake Institute", 2019)]


def test_recipient_of_and_a_field_before_a_comma() -> None:
    """ "Recipient of the X Prize for Geology, 2018." names the prize with its field, without "of the"."""
    assert _pairs("PROFILE\nRecipient of the Harwick Prize for Geology, 2018.\n") == [
        ("Harwick Prize for Geology", 2018)
    ]


def test_indented_description_stays_with_its_award() -> None:
    """An indented line under an award is its description, not the start of the next award's name."""
    text = (
        "AWARDS\nQuarry Prize, Society of Field Geology, 2021\n   Awarded for outstanding early-career work.\n"
        "Lindqvist Medal, 2019\n"
    )
    assert _pairs(text) == [("Quarry Prize, Society of Field Geology", 2021), ("Lindqvist Medal", 2019)]


def test_reason_and_year_in_the_middle_are_not_the_name() -> None:
    """ "Quarry Prize (2021) – for the best thesis" is the Quarry Prize of 2021."""
    text = "AWARDS AND HONOURS\n• Quarry Prize (2021) – for the best thesis in geology\n• Lindqvist Medal (2019)\n"
    assert _pairs(text) == [("Quarry Prize", 2021), ("Lindqvist Medal", 2019)]


def test_digit_run_before_a_prose_award_is_not_a_year() -> None:
    """A run of digits that only looks like a leading year leaves the award undated instead of failing."""
    text = "## Profile\n20192019 Received the Harwick Prize for Geology\n"
    [(name, year)] = _pairs(text, "markdown")
    assert name.endswith("Harwick Prize for Geology")
    assert year is None


def test_several_dated_awards_on_one_line_split_at_semicolons() -> None:
    """A line listing awards separated by semicolons, each with its year, gives one award per part."""
    text = "Mara Holt\n\nSELECTED HONOURS\nQuarry Prize (2021); Lindqvist Medal (2019); Dean's List (2012, 2013)\n"
    assert _pairs(text) == [("Quarry Prize", 2021), ("Lindqvist Medal", 2019), ("Dean's List", 2012)]


def test_semicolon_inside_one_award_keeps_it_whole() -> None:
    """A semicolon followed by an undated note does not split the award."""
    text = "AWARDS\n2021  Quarry Prize; shared with A. Roe\n2019  Lindqvist Medal\n"
    assert _pairs(text) == [("Quarry Prize; shared with A. Roe", 2021), ("Lindqvist Medal", 2019)]


@pytest.mark.parametrize(
    "line",
    [
        "Student Paper Competition Winner, Section on Tidal Statistics, 2012",
        "Student Travel Award, Symposium on Quiet Systems, 2012",
        "Graduate Student Research Prize, 2012",
    ],
)
def test_prize_open_to_students_is_the_candidates(line: str) -> None:
    """An award whose name starts with "Student" (a prize for students) is not a student's award."""
    text = f"AWARDS\n- Velasco Prize, 2018\n- {line}\n"
    assert [year for _, year in _pairs(text, "markdown")] == [2018, 2012]


def test_named_student_in_an_award_section_is_still_left_out() -> None:
    """ "Student Li Wei: Best Poster" names a student of the candidate, so it is not the candidate's."""
    text = "AWARDS\n- Velasco Prize, 2018\n- Student Li Wei: Best Poster Award, 2021\n"
    assert _names(text, "markdown") == ["Velasco Prize"]


@pytest.mark.parametrize(
    "line",
    [
        "Quarry Research Scholar Program, $60,000, 2022",
        "Velden Foundation seed funding, €20k, 2019",
        "Tarn Early Career grant, £250,000, 2020–2023",
        "NSF CAREER grant (2021–2026), 550,000 USD",
    ],
)
def test_grants_under_an_awards_and_grants_heading_are_left_out(line: str) -> None:
    """Under a heading that names grants too, an entry with a money amount and no award noun is funding."""
    text = f"AWARDS AND GRANTS\n- {line}\n- Halvorsen Medal, 2018\n"
    assert _names(text, "markdown") == ["Halvorsen Medal"]


def test_awards_with_amounts_under_an_awards_and_grants_heading_stay() -> None:
    """A CAREER Award or a named fellowship keeps its place even when its amount is printed."""
    text = (
        "HONORS, AWARDS & FUNDING\n- NSF CAREER Award, $500,000, 2021\n"
        "- Orla Research Fellowship, $75,000, 2019\n- Quarry Research Scholar Program, $60,000, 2018\n"
    )
    assert _pairs(text, "markdown") == [("NSF CAREER Award", 2021), ("Orla Research Fellowship", 2019)]


def test_prize_money_in_an_awards_only_section_is_kept() -> None:
    """Under a plain awards heading an amount is prize money, not a sign of a grant, and not part of the name."""
    text = "AWARDS\n- Tarn Young Investigator Recognition ($5,000), 2020\n"
    assert _pairs(text, "markdown") == [("Tarn Young Investigator Recognition", 2020)]


def test_investigator_role_marks_a_grant_under_a_mixed_heading() -> None:
    """ "PI, ... Award" is funding the candidate leads; a CAREER Award stays an award, without its "(PI)"."""
    text = (
        "AWARDS AND GRANTS\n- PI, Quarry Foundation Award, 2020–2023\n"
        "- Principal Investigator, Velden Fellowship Programme, 2017\n"
        "- NSF CAREER Award (PI), 2022\n- Halvorsen Medal, 2018\n"
    )
    assert _pairs(text, "markdown") == [("NSF CAREER Award", 2022), ("Halvorsen Medal", 2018)]


def test_student_membership_is_not_an_award() -> None:
    """A "Student Member" grade listed among honours is still left out."""
    text = "AWARDS\n- Student Member, Society of Quiet Systems, 2015\n- Student Travel Award, 2016\n"
    assert _pairs(text, "markdown") == [("Student Travel Award", 2016)]


def test_column_titles_of_a_fellowship_table_are_not_an_award() -> None:
    """The header row of a table ("Year  Source  Amount") names its columns, not an award."""
    text = (
        "Ivo Senn\n\nGrants and Fellowships\nYear\tSource\tAmount\n"
        "2013–2014\tHarbour Foundation Dissertation Fellowship\t$25,000\n"
    )
    assert _names(text) == ["Harbour Foundation Dissertation Fellowship"]


def test_funding_table_header_is_not_an_award() -> None:
    """A "Year Source Amount" header row of a grants-and-fellowships table is not an award."""
    text = (
        "Grants and Fellowships\nYear\tSource\tAmount\n2013–2014\tLind Foundation Dissertation Fellowship\t$25,000\n"
        "2012\tWidget Council Research Grant\t$11,000\n"
    )
    assert _pairs(text, "docx") == [("Lind Foundation Dissertation Fellowship", 2013)]


def test_money_without_an_honour_in_an_honours_list_is_not_an_award() -> None:
    """A start-up supplement with an amount, listed among honours, names no award; a paid prize still counts."""
    text = (
        "HONORS\n2023  Quarry Prize, Society of Widgets ($5,000)\n"
        "2021  Hill University Startup Package Supplement -- $50k (not competitive)\n"
    )
    assert _names(text) == ["Quarry Prize, Society of Widgets"]


@pytest.mark.parametrize(
    "note",
    ["Roe Doctorate Award (thesis distinction)", "Gold Medal; First Class Honours"],
)
def test_degree_distinctions_under_education_are_not_awards(note: str) -> None:
    """A bare "Gold Medal" or an award the CV calls a distinction, under a degree, is how it was passed."""
    text = f"EDUCATION\nPh.D., Widget Science, Hill University                    2020\n   {note}\n"
    assert _names(text) == []


def test_named_medal_under_education_is_kept() -> None:
    """A medal named by its giver ("Institute Gold Medal") under a degree stays an award."""
    text = "EDUCATION\nB.Sc., Widget Science, Hill Institute                    2015\n   Hill Institute Gold Medal\n"
    assert _names(text) == ["Hill Institute Gold Medal"]
