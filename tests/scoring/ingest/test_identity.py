"""Identity reading (name, e-mail, position, PhD, interests) on small fictional CV fragments."""

from __future__ import annotations

import pytest

from scoring.ingest.identity import Identity, looks_like_name, read_identity
from scoring.ingest.plain import strip_location
from scoring.ingest.sections import split_sections


def _who(text: str, fmt: str = "text") -> Identity:
    return read_identity(split_sections(text, fmt=fmt), text, fmt=fmt)


# --- name -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fmt", "name"),
    [
        ("# Jane Q. Roe\n\n## Education\nPhD, Hill University, 2018\n", "markdown", "Jane Q. Roe"),
        ("# Curriculum Vitae\n\n## Jane Roe\n\n## Education\n", "markdown", "Jane Roe"),
        (
            "\\name{Dana F.}{Whitfield}\n\\begin{document}\n\\section{Education}\n",
            "latex",
            "Dana F. Whitfield",
        ),
        ("\\firstname{Ola}\n\\familyname{Nordmann}\n\\section{Education}\n", "latex", "Ola Nordmann"),
        (
            "\\title{CV}\n\\author{Tomas Lindgren}\n\\begin{document}\n\\section{Education}\n",
            "latex",
            "Tomas Lindgren",
        ),
        (
            "\\header{\\hspace{1cm}Mia Rose}{ Albers}{physicist}\n\\section{Education}\n",
            "latex",
            "Mia Rose Albers",
        ),
        (
            "\\begin{center}\n{\\Huge \\textbf{Ravi Menon}}\\\\\n\\end{center}\n\\section{Education}\n",
            "latex",
            "Ravi Menon",
        ),
        ("Curriculum Vitae\nLeah Brandt\nleah@example.org\nEDUCATION\n", "pdf", "Leah Brandt"),
        ("Owen T. Marsh, Ph.D.\nWork Address\nEDUCATION\n", "pdf", "Owen T. Marsh"),
        ("SOFIA ÁLVAREZ-NÚÑEZ\nEDUCATION\n", "pdf", "Sofia Álvarez-Núñez"),
        ("李小明\nEDUCATION\n", "pdf", "李小明"),
        ("Ana de la Cruz\nEducation\n", "text", "Ana de la Cruz"),
        (
            (
                "\\documentclass{article}\n\\newcommand{\\hl}[1]{\\textbf{#1}}\n\\begin{document}\n"
                "\\begin{center}{\\LARGE\\bf Hana Kobayashi}\\\\\nDepartment of Physics\\\\\n\\end{center}\n"
                "\\section{Education}\n"
            ),
            "latex",
            "Hana Kobayashi",
        ),
        (
            "\\documentclass{altacv}\n\\name{Lucía Fernández}\n\\tagline{PhD candidate}\n\\begin{document}\n",
            "latex",
            "Lucía Fernández",
        ),
        ("# CV\n\n**Omar Haddad**\n\nomar@example.org\n\n## Education\n", "markdown", "Omar Haddad"),
        ("Page 1 of 3\nJane Doe — Curriculum Vitae\nEDUCATION\n", "pdf", "Jane Doe"),
        (
            "Marisol Vega Ortiz\n==================\n\nData scientist\n\nEducation\n---------\n",
            "markdown",
            "Marisol Vega Ortiz",
        ),
        (
            "Curriculum Vitae\n================\n\nIngrid Solheim Berg\n-------------------\n\nEducation\n---------\n",
            "markdown",
            "Ingrid Solheim Berg",
        ),
        ("# CV\n\n## Ingrid Solheim Berg\n\nLecturer\n\n## Education\n", "text", "Ingrid Solheim Berg"),
        (
            "Kwame Asante-Boateng\n====================\nEDUCATION\nPhD, 2019\n",
            "text",
            "Kwame Asante-Boateng",
        ),
    ],
)
def test_name_from_heading_or_first_lines(text: str, fmt: str, name: str) -> None:
    """The name comes from name macros, a heading or the first line that reads as a name."""
    assert _who(text, fmt).name == name


@pytest.mark.parametrize(
    ("text", "fmt", "name"),
    [
        (
            "O. Brandvik                          Page 1\nOlga Brandvik, Ph.D.\nEDUCATION\n",
            "pdf",
            "Olga Brandvik",
        ),
        ("Tobias Lindqvist-Aro, Ph.D., P.E.\nEDUCATION\n", "pdf", "Tobias Lindqvist-Aro"),
        (
            "MARTA OSTERHOLM Dr. phil. Universität Hill\tDepartment of History\nEducation\n",
            "docx",
            "Marta Osterholm",
        ),
    ],
)
def test_name_beside_furniture_or_credentials(text: str, fmt: str, name: str) -> None:
    """A first-page running header is not the name, and credentials after the name are not part of it."""
    assert _who(text, fmt).name == name


def test_name_from_bold_author_when_no_heading() -> None:
    """Without a name heading, the author marked bold in the publication list is the candidate."""
    text = (
        "---\ntitle: CV\n---\n\n## Research Interests\n\n- Sorting\n\n## Publications\n\n"
        "- A. Bee, **Kim Laine**. Fast sorting. arXiv, 2021.\n"
        "- **Kim Laine**, C. Dee. Slow sorting. SODA, 2020.\n"
    )
    assert _who(text, "markdown").name == "Kim Laine"


@pytest.mark.parametrize(
    "text", ["Research Interests", "Selected Publications", "Curriculum Vitae", "jane doe"]
)
def test_heading_words_do_not_read_as_names(text: str) -> None:
    """Headings and lower-case strings are not taken for a name."""
    assert not looks_like_name(text)


def test_email() -> None:
    """The first e-mail address in the CV is the candidate's."""
    assert (
        _who("Lu Chen\nlu.chen@uni.example.edu | +1 555\nEDUCATION\n", "pdf").email
        == "lu.chen@uni.example.edu"
    )


# --- current position -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "dates",
    ["2021 – present", "Sept. 2021 - Now", "since 2021", "2021 -", "2021–", "2021.10 - current"],
)
def test_open_ended_role_is_current(dates: str) -> None:
    """A role whose dates have no end is the current position; finished roles are not."""
    text = (
        "Experience\n"
        f"Assistant Professor, Department of Botany, Fernwood University, {dates}\n"
        "Postdoctoral Researcher, Elm Institute, 2018 - 2021\n"
    )
    assert _who(text).current_position == "Assistant Professor, Department of Botany, Fernwood University"


def test_title_unit_and_institution_on_separate_lines() -> None:
    """Title, unit and institution printed on their own lines are joined; the location is dropped."""
    text = (
        "Current Role\n"
        "Associate Professor 2022 – Present\n"
        "School of Marine Science\n"
        "Coastline University, Portland, OR, USA.\n"
        "My lab studies tides and the animals living in them across seasons.\n"
    )
    assert _who(text, "pdf").current_position == (
        "Associate Professor, School of Marine Science, Coastline University"
    )


def test_date_column_before_role() -> None:
    """When the dates sit on their own lines, the role is the line after them."""
    text = "Experience\nSeptember\n2019–Present\nData Engineer, Quarry Analytics, Boise, ID.\n• Built pipelines.\n"
    assert _who(text, "pdf").current_position == "Data Engineer, Quarry Analytics"


def test_first_of_several_open_roles_wins() -> None:
    """With several open-ended roles, the first listed is the current position."""
    text = (
        "Positions\n"
        "Professor, Dept. of Physics, Valley University 2020 – present\n"
        "Founder, Lumen Optics LLC 2019 – present\n"
    )
    assert _who(text, "pdf").current_position == "Professor, Dept. of Physics, Valley University"


def test_role_with_only_a_start_year_first_in_reverse_order() -> None:
    """A first-listed role with only a start year, later than every other date, is current."""
    text = (
        "\\section{Appointments}\n"
        "\\cventry{2022}{Research Scientist}{Brightwave Bio}{}{}{}\n"
        "\\cventry{2018--2022}{Assistant Professor}{Hill University}{}{}{}\n"
    )
    assert _who(text, "latex").current_position == "Research Scientist, Brightwave Bio"


def test_no_current_role() -> None:
    """Finished roles only (listed oldest first) give no current position."""
    text = "Experience\n2014-2015, Tutor, Heidelberg\n2020, Art project, Aarhus\n"
    assert _who(text).current_position is None


def test_estimated_end_is_used_only_without_open_role() -> None:
    """A role ending at an estimated future date is current when nothing is open-ended."""
    text = (
        "Academic Experience\n"
        "Riverside University\n"
        "Graduate Research Assistant (advised by Prof. A. Bee) Sept 2021 - May 2027 (Estimated)\n"
        "• Work on planning.\n"
    )
    assert _who(text, "pdf").current_position == "Graduate Research Assistant, Riverside University"


def test_position_stated_in_header() -> None:
    """A title and institution under the name, without dates, are the current position."""
    text = "Noor Haddad\nLecturer in Statistics\nUniversity of Eastmoor\nEDUCATION\nPhD, Eastmoor, 2019\n"
    assert _who(text, "pdf").current_position == "Lecturer in Statistics, University of Eastmoor"


# --- PhD ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("education", "fmt", "institution", "year"),
    [
        (
            "Ph.D. in Computer Science, University of Westbrook, 2018\n",
            "text",
            "University of Westbrook",
            2018,
        ),
        ("Ph.D., Johns Hollins University\n", "text", "Johns Hollins University", None),
        ("PhD candidate, Northgate University (expected 2027)\n", "text", "Northgate University", None),
        ("PhD in Biology, Lakeside Institute, 2019 - present\n", "text", "Lakeside Institute", None),
        (
            "Ph.D., Biochemistry GPA: 3.9\nUniversity of Alder, Alder, CO, USA. 2007 - 2013\n",
            "pdf",
            "University of Alder",
            2013,
        ),
        (
            (
                "December\n2018\nDoctor of Philosophy in Computing, Marlow University, Marlow,\nWI.\n"
                "May 2014 Master of Science in Computing, Marlow University\n"
            ),
            "pdf",
            "Marlow University",
            2018,
        ),
        (
            (
                "Riverside University Riverside, CA\nPh.D. in Physics Sept 2021 - Current\n"
                "Coast College Bay, China\nB.S. in Physics 2017 - 2021\n"
            ),
            "pdf",
            "Riverside University Riverside",
            None,
        ),
        (
            (
                "- **Ph.D. in Mathematics**, [Department of Math](http://x), [Qinghe University](http://y), "
                "2019.09 – 2024.01\n"
            ),
            "markdown",
            "Qinghe University",
            2024,
        ),
    ],
)
def test_phd_institution_and_year(education: str, fmt: str, institution: str, year: int | None) -> None:
    """The PhD's institution as printed and its completion year; in progress means no year."""
    heading = "## Education\n" if fmt == "markdown" else "EDUCATION\n"
    who = _who("Sam Ray\n" + heading + education, fmt)
    assert (who.phd_institution, who.phd_year) == (institution, year)


def test_phd_latex_item_with_institution_on_next_line() -> None:
    """A LaTeX item with the degree, then the institution on the next line, and a defence year."""
    text = (
        "\\subsection*{Education}\n\\begin{itemize}\n\\item[]\n"
        "  \\textbf{PhD in Computer Science}, \\hfill \\textit{Jan 2012 - Mar 2017 (defended Mar 2017)}\\\\\n"
        "  IIIT Kanpur \\\\\n  Advisor: A. Bee\n"
        "\\item[] \\textbf{B.E. in Computer Engineering}, \\hfill \\textit{2007 - 2011}\\\\\n"
        "\\end{itemize}\n"
    )
    who = _who(text, "latex")
    assert (who.phd_institution, who.phd_year) == ("IIIT Kanpur", 2017)


def test_phd_month_year_range() -> None:
    """ "MM/YY-MM/YY" ranges give the completion year."""
    text = "\\section{Education}\n\\entry{11/20-12/23}{Doctor of Science: Astronomy}{Nordic Universitet}{notes}\n"
    who = _who(text, "latex")
    assert (who.phd_institution, who.phd_year) == ("Nordic Universitet", 2023)


def test_no_phd() -> None:
    """A CV without a doctorate has no PhD institution or year."""
    who = _who("EDUCATION\nM.Sc. Physics, Hill University, 2015\n", "pdf")
    assert (who.phd_institution, who.phd_year) == (None, None)


def test_phd_student_without_role_is_the_position() -> None:
    """A PhD in progress and no open role make "PhD student, <institution>" the position."""
    who = _who("Sam Ray\nEducation\nPhD in Botany, Westfield University, 2022 - present\n")
    assert who.current_position == "PhD student, Westfield University"


# --- research interests ---------------------------------------------------------------------------
def test_research_interests_section() -> None:
    """An explicit research-interests section becomes the statement; bullets are joined."""
    text = "## Research Interests\n\n- Graph algorithms\n- Parallel computing\n\n## Education\n"
    assert _who(text, "markdown").research_interests == "Graph algorithms; Parallel computing"


def test_research_interests_inline_line() -> None:
    """A "Research interests:" line gives the statement without its label."""
    text = "Lin Park\nResearch interests: causal inference, survey methods\nEducation\n"
    assert _who(text).research_interests == "causal inference, survey methods"


def test_hobbies_are_not_research_interests() -> None:
    """An "Interests" section listing hobbies is not a research statement."""
    text = "\\section{Interests}\nhiking\nsinging\nprogramming\n\\section{Education}\n"
    assert _who(text, "latex").research_interests is None


def test_bibtex_gives_no_identity() -> None:
    """A .bib file names nobody."""
    assert read_identity([], "@article{a, author={Roe, Jane}}", fmt="bibtex") == Identity()


def test_strip_location() -> None:
    """A trailing city, state and country go; an institution name stays."""
    assert strip_location("Hill University, Boston, MA, USA.") == "Hill University"
    assert strip_location("Hill University") == "Hill University"


def test_dates_below_title_and_institution() -> None:
    """Title and institution printed above their dates are the role those dates belong to."""
    text = (
        "## Academic Appointments\n\n"
        "**Assistant Professor**  \nDepartment of Geology, Ridgeway University  \n2021 - Present\n\n"
        "**Postdoctoral Researcher**  \nHill Institute  \n2019 - 2021\n"
    )
    assert _who(text, "markdown").current_position == (
        "Assistant Professor, Department of Geology, Ridgeway University"
    )


def test_multiline_macro_role() -> None:
    """An awesome-cv ``\\cventry`` with one argument per line gives title and organisation."""
    text = (
        "\\cvsection{Experience}\n\\begin{cventries}\n"
        "  \\cventry\n    {Assistant Professor}\n    {Department of Physics, Hill University}\n"
        "    {Boston, MA}\n    {Sep. 2019 - Present}\n    {}\n"
        "  \\cventry\n    {Postdoctoral Fellow}\n    {Lake Institute}\n    {Berkeley, CA}\n    {2017 - 2019}\n    {}\n"
        "\\end{cventries}\n"
    )
    assert (
        _who(text, "latex").current_position == "Assistant Professor, Department of Physics, Hill University"
    )


def test_title_in_parentheses_after_organisation() -> None:
    """ "Org (Title)" roles are written title first."""
    text = "Work experience\n* **April 2024 – Present:** Brightwave Analytics Lab (Data Scientist)\n"
    assert _who(text, "markdown").current_position == "Data Scientist, Brightwave Analytics Lab"


@pytest.mark.parametrize("line", ["Dr. Mei Tanaka", "Prof. Mei Tanaka", "MEI TANAKA, PHD"])
def test_name_prefix_and_suffix_dropped(line: str) -> None:
    """Titles before and degrees after the name are not part of it."""
    assert _who(f"{line}\nEDUCATION\n", "pdf").name == "Mei Tanaka"


def test_phd_under_an_unusual_education_heading() -> None:
    """A PhD listed under "Educations" with the year range first is found; "Present" means in progress."""
    text = "# Educations\n- *2023.08 - Present*, Harbour Technological University, Singapore. PhD.\n"
    who = _who(text, "markdown")
    assert (who.phd_institution, who.phd_year) == ("Harbour Technological University", None)


def test_header_role_under_a_name_heading() -> None:
    """A role line under a markdown name heading is the current position; a technical university counts."""
    text = "# Ilse Brandt\nPhD Student, SecLab, TU Wendorf.\n\n## Education\n`2019-2024 (Expected)`\n__Ph.D__. Computer Science, TU Wendorf.\n"
    who = _who(text, "markdown")
    assert who.current_position == "PhD Student, SecLab, TU Wendorf"
    assert (who.phd_institution, who.phd_year) == ("TU Wendorf", None)


@pytest.mark.parametrize(
    ("text", "fmt", "position"),
    [
        (
            "## Experience\n\n**Senior Research Scientist** | Quill AI | 2022–Present\n\n**Scientist** | Ember | 2019–2022\n",
            "markdown",
            "Senior Research Scientist, Quill AI",
        ),
        (
            (
                "\\section{Positions}\n\\cvitem{2021--}{Associate Professor, School of Law, Ridge University}\n"
                "\\cvitem{2015--2021}{Lecturer, Ridge University}\n"
            ),
            "latex",
            "Associate Professor, School of Law, Ridge University",
        ),
        (
            "EMPLOYMENT\nLecturer in Economics                     Sep 2020 – Present\nUniversity of Eastmoor, UK\n",
            "text",
            "Lecturer in Economics, University of Eastmoor",
        ),
    ],
)
def test_position_layouts(text: str, fmt: str, position: str) -> None:
    """Pipe-separated columns, an open "2021--" macro date and a title with dates then the institution."""
    assert _who(text, fmt).current_position == position


def test_inline_interests_line_but_not_hobbies() -> None:
    """An "Interests:" line counts unless it lists hobbies."""
    assert _who("Lin Park\nInterests: causal inference, surveys\nEducation\n").research_interests == (
        "causal inference, surveys"
    )
    assert _who("Lin Park\nInterests: hiking, chess, travelling\nEducation\n").research_interests is None


def test_city_glued_to_institution_in_two_column_text() -> None:
    """In "Lake University Beijing, China" the country goes, and so does the glued city."""
    assert strip_location("Lake University Beijing, China") == "Lake University"


def test_institution_first_item_layout() -> None:
    """An item that prints the institution first and the degree on its next line gives that institution."""
    text = (
        "\\section{Education}\n\\begin{itemize}\n  \\resumeSubheading\n"
        "    {Southwest Lake University}{Georgetown, TX}\n    {Ph.D. in Computer Science}{Aug. 2021 -- Present}\n"
        "  \\resumeSubheading\n    {Blinn College}{Bryan, TX}\n    {Associate's in Arts}{Aug. 2014 -- May 2018}\n"
        "\\end{itemize}\n"
    )
    who = _who(text, "latex")
    assert (who.phd_institution, who.phd_year) == ("Southwest Lake University", None)


def test_city_named_like_an_institution_is_dropped() -> None:
    """A city such as "College Station" before a state code is a location, not part of the employer."""
    assert strip_location("Texas Hill University, College Station, TX") == "Texas Hill University"


@pytest.mark.parametrize(
    ("experience", "position"),
    [
        (
            "• Lecturer, School of Music, Faculty of Arts,\n  Hill University, since 2021\n• Tutor, Dale College, 2018–2021\n",
            "Lecturer, School of Music, Faculty of Arts, Hill University",
        ),
        (
            "Lecturer, School of Music, University of\nHill (since 2021)\n                    2021 –\nTutor, Dale College  2018 – 2021\n",
            "Lecturer, School of Music, University of Hill",
        ),
    ],
)
def test_position_whose_dates_are_on_a_wrapped_line(experience: str, position: str) -> None:
    """The role starts on the line above its dates when that line ends with a comma or a dangling word."""
    who = _who(f"Ada Quist\n\nAPPOINTMENTS\n\n{experience}\nEDUCATION\nPhD, Dale University, 2017\n")
    assert who.current_position == position


def test_long_open_ended_role_in_the_header() -> None:
    """A header line dating the current role as open-ended is the position, however long."""
    text = (
        "# Ada Quist\n\nAssistant Professor, Department of Music, School of Arts and Letters, "
        "Northern University of Hill (since Aug 2022)\n\n## Experience\n\n* 2019–2022: Tutor, Dale College\n"
    )
    assert _who(text, "markdown").current_position == (
        "Assistant Professor, Department of Music, School of Arts and Letters, Northern University of Hill"
    )
