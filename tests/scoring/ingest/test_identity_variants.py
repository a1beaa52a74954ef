"""Identity patterns beyond the common layouts: changed and two-script names, open dashes, wraps, PhD lines."""

from __future__ import annotations

import pytest

from scoring.ingest.dates import has_open_end, starts_open_range
from scoring.ingest.identity import Identity, read_identity
from scoring.ingest.names import looks_like_name
from scoring.ingest.plain import strip_location
from scoring.ingest.sections import split_sections


def _who(text: str, fmt: str = "text") -> Identity:
    return read_identity(split_sections(text, fmt=fmt), text, fmt=fmt)


# --- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("remark", ["(née Quist)", "née Quist", "(formerly Quist)", "[born Quist]"])
def test_former_family_name_is_not_part_of_the_name(remark: str) -> None:
    """A former family name printed after the name is dropped from it and offered as a variant."""
    who = _who(f"MARA HOLT {remark}\nReader in Geology\n\nEDUCATION\nPhD, Hill University, 2009\n")
    assert who.name == "Mara Holt"
    assert who.name_variants == ("Mara Holt", "Mara Quist")


def test_name_without_former_name_has_one_variant() -> None:
    """A plain name is its only printed form."""
    assert _who("Ivo Brandt\n\nEDUCATION\nPhD, Hill University, 2009\n").name_variants == ("Ivo Brandt",)


def test_name_in_two_scripts_is_kept_whole() -> None:
    """A CJK name followed by its Latin form in parentheses is the name as printed, both parts kept."""
    text = "\\documentclass{article}\n\\begin{document}\n\\name{\\LARGE 王小明 \\ (Xiaoming Wang)}\n\\section{Education}\n"
    who = _who(text, "latex")
    assert who.name == "王小明 (Xiaoming Wang)"
    assert set(who.name_variants) >= {"王小明", "Xiaoming Wang"}


@pytest.mark.parametrize(
    "text",
    ["Xiaoming Wang (王小明)", "王小明 (Xiaoming Wang)", "Xiaoming Wang 王小明", "王小明 / Xiaoming Wang"],
)
def test_two_script_forms_look_like_names(text: str) -> None:
    """Either order of the two scripts, in parentheses, side by side or split by a slash, reads as a name."""
    assert looks_like_name(text)


def test_side_by_side_scripts_give_both_variants() -> None:
    """A name printed in two scripts side by side is read whole, each script a variant."""
    who = _who("Xiaoming Wang 王小明\nEDUCATION\nPhD, Hill University, 2012\n", "pdf")
    assert who.name == "Xiaoming Wang 王小明"
    assert who.name_variants == ("Xiaoming Wang 王小明", "Xiaoming Wang", "王小明")


@pytest.mark.parametrize(
    "text",
    ["Selected Papers (2020)", "Education (Hill University)", "Selected Papers 王小明", "Education 王小明"],
)
def test_parenthesised_headings_are_not_names(text: str) -> None:
    """A heading with a parenthetical note does not pass as a two-script name."""
    assert not looks_like_name(text)


# --- current position -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            (
                "## Positions\n\n- **2021–** Reader in Optics, School of Physics, Hill University\n"
                "- **2017–2021** Research Fellow, Lake Institute\n"
            ),
            "markdown",
        ),
        (
            (
                "## Appointments\n- 2023 – : Reader in Optics, School of Physics, Hill University\n"
                "- 2017 – 2023: Lecturer, School of Physics, Hill University\n"
            ),
            "markdown",
        ),
    ],
)
def test_start_date_with_an_open_dash_is_current(text: str, fmt: str) -> None:
    """A role whose start date is followed by a dash and no end date ("2021–", "2023 – :") is current."""
    assert _who(text, fmt).current_position == "Reader in Optics, School of Physics, Hill University"


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("2021– Reader in Optics", True),
        ("Sept. 2020 – Lecturer", True),
        ("2023 – : Reader", True),
        ("2019 - May 2021 Tutor", False),
        ("2015 – 2019: Lecturer", False),
        ("2010 - March", False),
        ("Lecturer 2019 -", False),
    ],
)
def test_starts_open_range(text: str, open_: bool) -> None:
    """Only a leading start date whose dash is followed by words (not an end date) opens a range."""
    assert starts_open_range(text) is open_


def test_open_dash_alone_does_not_make_a_phd_unfinished() -> None:
    """ "2012 – PhD, ..." in an education list is not read as an unfinished range."""
    assert not has_open_end("2012 – PhD in Geology, Hill University")


def test_role_wrapped_at_a_hanging_indent_is_joined() -> None:
    """A current role whose line ends with "and" continues on the indented next line."""
    text = (
        "APPOINTMENTS\n"
        "2019–present   Professor of Fluid Dynamics, Department of Applied Mathematics and\n"
        "               Theoretical Physics, Hill University\n"
        "2012–2019      Lecturer, Lake University\n"
    )
    assert _who(text).current_position == (
        "Professor of Fluid Dynamics, Department of Applied Mathematics and Theoretical Physics, Hill University"
    )


# --- PhD ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "institution"),
    [
        ("PhD in Geology, Hill University. Advisor: A. Roe, 2008", "Hill University"),
        ("PhD in Biology, Universidade do Norte, 2011 (Summa cum laude)", "Universidade do Norte"),
        (
            "PhD in Astronomy, University of Hill (Institute of Optics), 2015",
            "University of Hill (Institute of Optics)",
        ),
        ("Ph.D. in Statistics, University of California, Davis, May 2019", "University of California, Davis"),
        ("PhD, University of Texas, Austin, 2016", "University of Texas, Austin"),
        ("PhD, University of Lakeshire, Carden, 2016", "University of Lakeshire"),
    ],
)
def test_phd_institution_forms(line: str, institution: str) -> None:
    """Advisor notes are cut, Portuguese/Spanish university names count, a unit in parentheses stays,
    and the campus of a state university system stays with it while another town is cut."""
    who = _who(f"Ivo Brandt\n\nEDUCATION\n{line}\nBSc, Lake College, 2004\n")
    assert who.phd_institution == institution


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("KVPY Fellowship, Ministry of Science, Government of India", "Government of India"),
        ("Travel award, declined on moving to the UK", "moving to the UK"),
    ],
)
def test_country_ending_a_name_is_not_a_location(text: str, kept: str) -> None:
    """A country after "of", "to the" ... ends a name, not a location field."""
    assert strip_location(text).endswith(kept)


def test_institution_word_wrapped_to_the_next_line() -> None:
    """ "PhD, Economics, Norland" / "University, 2020–2026" names Norland University."""
    text = "Ivo Brandt\nEDUCATION\nPh.D., Economics, Norland\nUniversity, 2020–2026\n(expected)\nB.A., Lake College, 2017\n"
    who = _who(text, "pdf")
    assert (who.phd_institution, who.phd_year) == ("Norland University", None)


def test_complete_institution_on_the_next_line_is_not_prefixed() -> None:
    """ "PhD, Physics" / "University of Hill, 2010": the field of study is not part of the institution."""
    text = "Ivo Brandt\nEDUCATION\nPh.D., Physics\nUniversity of Hill, 2010\nB.A., Lake College, 2004\n"
    assert _who(text, "pdf").phd_institution == "University of Hill"


def test_moderncv_entry_description_is_not_part_of_the_role() -> None:
    """The sixth ``\\cventry`` argument (a description) stays out of the current position."""
    text = (
        "\\documentclass{moderncv}\n\\name{Mara}{Holt}\n\\begin{document}\n\\section{Current position}\n"
        "\\cventry{2023--now}{Reader in Geology}{School of Geology}{Hill University}{}{Sediment group.}\n"
    )
    assert _who(text, "latex").current_position == "Reader in Geology, School of Geology, Hill University"


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            "# Mara Holt\n\n## Research\n\nI study slow folds in soft rock with field mapping.\n\n## Positions\n",
            "markdown",
        ),
        (
            (
                "\\name{Mara}{Holt}\n\\begin{document}\n\\section{Summary}\n"
                "I study slow folds in soft rock with field mapping.\n\\section{Experience}\n"
            ),
            "latex",
        ),
    ],
)
def test_research_or_summary_section_gives_interests(text: str, fmt: str) -> None:
    """A section headed just "Research" or "Summary" states the research interests."""
    assert _who(text, fmt).research_interests == "I study slow folds in soft rock with field mapping."


def test_research_funding_section_is_not_interests() -> None:
    """A "Research Funding" list is not a statement of research interests."""
    text = "Mara Holt\n\nRESEARCH FUNDING\n2022–2025  Lake Council Grant for slow folds, £200k\n"
    assert _who(text).research_interests is None


def test_open_range_in_parentheses_mid_line() -> None:
    """ "Reader in Geology (2021–), Hill University" is current, printed without its dates."""
    text = "Mara Holt\n\nPOSITIONS\nReader in Geology (2021–), Hill University\nLecturer (2015–2021), Lake College\n"
    assert _who(text).current_position == "Reader in Geology, Hill University"


def test_whole_former_name_gives_its_family_name() -> None:
    """ "(formerly Mara Quist)" makes "Mara Quist" a variant, not "Mara Mara Quist"."""
    assert _who("MARA HOLT (formerly Mara Quist)\n\nEDUCATION\n").name_variants == ("Mara Holt", "Mara Quist")


@pytest.mark.parametrize(("line", "name"), [("Dr Mara Holt FRSE", "Mara Holt"), ("MARA FORD", "Mara Ford")])
def test_fellowship_post_nominals_dropped_but_not_surnames(line: str, name: str) -> None:
    """Post-nominal letters such as "FRSE" leave the name; an all-caps surname starting with F stays."""
    assert _who(f"{line}\nReader\n\nEDUCATION\n").name == name


@pytest.mark.parametrize("since", ["since 09/2023", "since 9/2023", "since Sept. 2023", "since 2023"])
def test_since_a_month_and_year_is_current(since: str) -> None:
    """ "Fellow, ... (since 09/2023)" is an open-ended role whatever form the start date takes."""
    text = (
        f"Ivo Brandt\n\nCurrent position\n    Postdoctoral Fellow, Department of Geology, Hill University ({since})\n"
        "\nEducation\n    Ph.D. in Geology, Lake College, 2023\n"
    )
    assert has_open_end(since)
    assert _who(text).current_position == "Postdoctoral Fellow, Department of Geology, Hill University"


@pytest.mark.parametrize("head", ["SORA ITO (伊藤 空)", "SORA ITO, ScD (伊藤 空)", "SORA ITO ()"])
def test_latin_name_before_its_cjk_form_in_brackets(head: str) -> None:
    """ "SORA ITO (伊藤 空)": the bracket is the name in another script, not part of the name; a PDF
    whose font lacked those glyphs leaves empty brackets, which are not part of it either."""
    assert _who(f"{head}\nPh.D. Candidate, Hill University\n\nEDUCATION\n").name == "Sora Ito"


def test_stacked_latex_accents_in_a_styled_name() -> None:
    """ "{\\LARGE Lan Tr\\~{\\^a}n}" reads as "Lan Trẫn", not a name cut at its backslash."""
    text = (
        "\\documentclass{article}\n\\begin{document}\n{\\LARGE Lan Tr\\~{\\^a}n}\\\\\n\\section*{Education}\n"
    )
    assert _who(text, "latex").name == "Lan Trẫn"


def test_state_system_campus_on_a_wrapped_degree_line() -> None:
    """A PhD whose institution wraps to the next line keeps the campus of a state university system."""
    text = (
        "Ivo Brandt\n\nEDUCATION\n"
        "Ph.D.     Civil Engineering (Structures,                     2015 – 2020\n"
        "          Mechanics), University of California, Davis\n"
        "B.S.      Civil Engineering, Lake College                    2011 – 2015\n"
    )
    assert _who(text).phd_institution == "University of California, Davis"


def test_nested_role_under_an_employer_item_names_the_employer() -> None:
    """A role nested under an undated employer item ("- **Lake Labs**, City") ends with that employer."""
    text = (
        "# Mara Holt\n\n## Experience\n\n* **Lake Research Labs**, Carden, WA\n"
        "  * Principal Researcher, Sediment Group (2022 – now)\n  * Researcher (2019 – 2022)\n"
    )
    assert (
        _who(text, "markdown").current_position == "Principal Researcher, Sediment Group, Lake Research Labs"
    )


def test_education_doctorate_counts_as_the_doctorate() -> None:
    """An Ed.D. is the candidate's doctorate, and the letters after the name are not part of it."""
    text = (
        "Tamsin Roe, Ed.D.\nAssistant Professor, School of Education, Hill University\n\n"
        "EDUCATION\nEd.D., Curriculum and Teaching, Lake College, 2020\nM.A., Hill University, 2014\n"
    )
    who = _who(text)
    assert (who.name, who.phd_institution, who.phd_year) == ("Tamsin Roe", "Lake College", 2020)
