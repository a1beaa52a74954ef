"""Awards named in prose outside award sections, on small fictional fragments: wrapped names, reasons, years."""

from __future__ import annotations

from scoring.ingest.awards import find_awards
from scoring.ingest.sections import split_sections


def _pairs(text: str, fmt: str = "text") -> list[tuple[str, int | None]]:
    return [(a.name, a.year) for a in find_awards(split_sections(text, fmt=fmt), text, fmt=fmt)]


def test_prize_wrapped_over_two_lines_under_a_degree() -> None:
    """A thesis prize whose reason wraps onto the next line keeps the reason and the year after it."""
    text = (
        "Mira Okafor\n\nEDUCATION\n2015 – 2019  Ph.D. in Hydrology, University of Tarn\n"
        "Dissertation awarded the Velden Prize\nfor the best thesis in water sciences, 2019.\n"
    )
    assert _pairs(text, "pdf") == [("Velden Prize for the best thesis in water sciences", 2019)]


def test_prize_word_of_another_language_leads_the_name() -> None:
    """ "Premio X Y" and "Prix X" name a prize although the prize word comes first."""
    text = (
        "Mira Okafor\n\nEDUCATION\n2010 – 2014  B.Sc. in Physics, University of Tarn, magna cum laude.\n"
        "Awarded the Premio Lucani Ferreira for the best\nundergraduate thesis in physics (2014).\n"
        "2014 – 2015  M.Sc. in Physics, Université de Brume. Prix Odile Marchand, 2015.\n"
    )
    assert _pairs(text, "pdf") == [
        ("Premio Lucani Ferreira for the best undergraduate thesis in physics", 2014),
        ("Prix Odile Marchand", 2015),
    ]


def test_each_award_in_a_sentence_keeps_its_own_year() -> None:
    """In "finalist for the 2021 X Award, and in 2019 I received the Y Fellowship" the years do not swap."""
    text = (
        "Summary\nMy thesis on tidal sensing was a finalist for the 2021 Quarry Society Dissertation Award, "
        "and in 2019 I received the Harbour PhD Fellowship in Ocean Data.\n"
    )
    assert _pairs(text) == [
        ("Finalist, Quarry Society Dissertation Award", 2021),
        ("Harbour PhD Fellowship in Ocean Data", 2019),
    ]


def test_qualifier_after_a_prose_award_stays_in_the_name() -> None:
    """A "(runner-up)" or "(declined)" note after a named award is part of its name."""
    text = "Biography\nShe won the Tamsin Prize (runner-up) in 2018 and the Orla Fellowship (declined) in 2016.\n"
    assert _pairs(text) == [("Tamsin Prize (runner-up)", 2018), ("Orla Fellowship (declined)", 2016)]


def test_year_after_a_dated_job_is_not_the_prize_year() -> None:
    """A prize sentence after a dated role takes its own year, not the end of the role above it."""
    text = (
        "Teaching\nTutor, Statistics I (Tarn, 2021–2023).\nReceived the Tarn Graduate Teaching Prize, 2022.\n"
    )
    assert _pairs(text) == [("Tarn Graduate Teaching Prize", 2022)]


def test_named_grant_with_an_amount_in_a_funding_list_is_not_an_award() -> None:
    """Under a grants heading, a programme with a money amount is funding; a named fellowship stays."""
    text = (
        "Grants\n- Quarry Research Scholar Program, $60,000, 2022\n"
        "- Orla Research Fellowship, $75,000, 2020\n"
    )
    assert _pairs(text, "markdown") == [("Orla Research Fellowship", 2020)]


def test_reason_ends_where_the_next_clause_begins() -> None:
    """A prize's reason stops before "and was shortlisted ..." but keeps "theory and practice"."""
    text = (
        "Biography\nShe won the 2018 Orla Prize for the best paper in Tidal Studies and was shortlisted for "
        "the 2019 Harwick Prize. Kessler Award for an outstanding thesis in theory and practice, 2017.\n"
    )
    assert _pairs(text) == [
        ("Orla Prize for the best paper in Tidal Studies", 2018),
        ("Shortlisted, Harwick Prize", 2019),
        ("Kessler Award for an outstanding thesis in theory and practice", 2017),
    ]


def test_plain_qualifier_and_a_sentence_that_opens_with_a_year() -> None:
    """ "a Best Paper Award finalist" keeps "finalist"; "Our 2023 paper ..." is not a date heading the entry."""
    text = (
        "Summary\nOur 2023 paper was a Best Paper Award finalist at the Symposium on Quiet Systems. "
        "I was named a Velden Fellow in 2020 and was a runner-up for the Lind Prize in 2019.\n"
    )
    assert _pairs(text) == [
        ("Best Paper Award finalist", 2023),
        ("Velden Fellow", 2020),
        ("Runner-up, Lind Prize", 2019),
    ]


def test_employer_named_like_a_prize_is_not_an_award() -> None:
    """A company whose name holds a prize word ("Preis Analytics GmbH") is an employer, not an award."""
    text = (
        "Experience\n2015 – 2017  Data Scientist, Preis Analytics GmbH, Munich\n"
        "2013  Intern, Grand Prix Racing Ltd\n2012  Awarded the Prix Odile Marchand\n"
    )
    assert _pairs(text, "pdf") == [("Prix Odile Marchand", 2012)]


def test_distinction_written_with_a_degree_is_not_an_award() -> None:
    """ "B.A., ..., with Premio Extraordinario" is how the degree was passed; "with the X Prize" is a prize."""
    text = (
        "Mira Okafor\n\nEDUCATION\nPh.D. in Economics, University of Tarn, 2024\n"
        "B.A. in Economics, Universidad de Brume, with Premio Extraordinario             2019\n"
        "M.A. in Economics, Lake College, 2020, with the Harrow Thesis Prize\n"
    )
    assert _pairs(text, "pdf") == [("Harrow Thesis Prize", 2020)]


def test_fellow_role_in_a_dated_column_list_keeps_its_institute_and_date() -> None:
    """In a list with dates in a right-hand column, a fellow role takes its own line's date, not the line
    above's, and an institute with initials ("W.E. Hollis Institute") is named whole."""
    text = (
        "Mira Okafor\n\nRESEARCH EXPERIENCE\n"
        "Research Assistant to Prof. Ada Roe, University of Tarn                      2022 – 2024\n"
        "Dissertation Fellow, W.E. Hollis Institute for Labor Studies                  Summer 2025\n"
        "Research Analyst, Bank of Brume                                             2019 – 2021\n"
    )
    assert _pairs(text, "pdf") == [("Dissertation Fellow, W.E. Hollis Institute for Labor Studies", 2025)]


def test_award_for_a_student_instructor_role_is_found_under_teaching() -> None:
    """ "Graduate Student Instructor" is a role held by the candidate, so the award it won still counts."""
    text = (
        "Mira Okafor\n\nTeaching\n    Graduate Student Instructor, STAT 101 Statistics (Tarn, Fall 2020);\n"
        "    received the Outstanding Graduate Student Instructor Award (2021).\n"
    )
    assert _pairs(text, "pdf") == [("Outstanding Graduate Student Instructor Award", 2021)]


def test_award_section_written_as_one_paragraph() -> None:
    """An award section written as sentences gives each named award with its own year."""
    text = (
        "Mira Okafor\n\nRECOGNITION\n\n"
        "In 2023 I received the Quarry Early Career Award. My thesis received the Tarn Hydrology\n"
        "Dissertation Prize in 2019. As an undergraduate I held a Velden scholarship (2012).\n"
        "My students have won best poster awards at two workshops.\n"
    )
    assert sorted(_pairs(text)) == [
        ("Quarry Early Career Award", 2023),
        ("Tarn Hydrology Dissertation Prize", 2019),
        ("Velden scholarship", 2012),
    ]


def test_elected_membership_of_a_learned_society_in_prose() -> None:
    """ "elected a Member of the ... Institute" in prose under an award list is an honour."""
    text = (
        "Mira Okafor\n\nAWARDS\n2021   Quarry Early Career Award\n2019   Tarn Dissertation Prize\n\n"
        "I was also elected a Member of the Northern Hydrological Institute in 2022, and my\n"
        "student Ana Roe received the 2024 Velden Fellowship.\n"
    )
    assert ("Member of the Northern Hydrological Institute", 2022) in _pairs(text)
    assert not any("Velden" in name for name, _ in _pairs(text))


def test_first_person_sentence_right_under_an_award_list() -> None:
    """A sentence in the first person right under a dated list is prose, not the wrapped end of an item."""
    text = (
        "Mira Okafor\n\nHonors and Awards\n2021\tQuarry Early Career Award\n2019\tTarn Dissertation Prize\n"
        "In 2020 I was named a Rising Scholar by the Northern Institute for Water Research.\n"
    )
    assert _pairs(text, "docx") == [
        ("Quarry Early Career Award", 2021),
        ("Tarn Dissertation Prize", 2019),
        ("Rising Scholar", 2020),
    ]
