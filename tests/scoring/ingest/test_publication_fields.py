"""Type, venue, year and author position of entries read right, on small fictional fragments."""

from __future__ import annotations

import pytest

from scoring.ingest.authors import find_author, split_authors
from scoring.ingest.citation import parse_citation
from scoring.ingest.headings import classify_heading
from scoring.ingest.parse import parse_cv
from scoring.ingest.sections import split_sections
from scoring.ingest.text import blank_page_furniture

_ACS = "Pell, T.; Orrin, K.; Vasquez-Lund, M.* Cobalt widgets for tandem coupling. J. Widget Chem. 2021, 12, 3310–3318."


@pytest.mark.parametrize("section_type", ["preprint", "patent"])
def test_published_article_under_a_preprint_or_patent_heading_is_a_journal_article(section_type: str) -> None:
    """A volume and pages mean a published article, whatever list heading runs on above it."""
    assert parse_citation(_ACS, section_type=section_type).type == "journal"


def test_a_preprint_under_a_preprint_heading_stays_a_preprint() -> None:
    """An entry that says it is submitted keeps the preprint heading's type."""
    text = "Pell, T.; Vasquez-Lund, M.* Cobalt widgets for tandem coupling. Submitted."
    assert parse_citation(text, section_type="preprint").type == "preprint"


def test_acs_year_volume_pages_make_a_journal_whatever_the_abbreviation() -> None:
    """ "WCS Catal. 2018, 68, 8530–8541" is a journal, though its first word reads like an acronym."""
    text = "Pell, T.; Vasquez-Lund, M.* Photoredox widgets. WCS Catal. 2018, 68, 8530–8541."
    assert parse_citation(text).type == "journal"


def test_article_number_after_volume_and_year_is_a_journal() -> None:
    """ "Forum Math. Toy 10 (2022), Paper No. e47" is a journal, though "Forum" names meetings too."""
    text = "A. Roe and B. Doe, Shifted toy sums, Forum Math. Toy 10 (2022), Paper No. e47, 38 pp."
    assert parse_citation(text).type == "journal"


def test_a_journal_named_workshop_is_a_journal() -> None:
    """A journal's name may hold the word "Workshop" ("Harbour Workshop Journal")."""
    text = "Roe, Jane. 2023. “Quarantine Widgets.” Harbour Workshop Journal 96 (2023): 212–228."
    assert parse_citation(text).type == "journal"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            (
                "Jane Roe and Bo Doe. 2019. Tactile Widgets. In Extended Abstracts of the 2019 Widget Conference "
                "(WC EA '19). ACM."
            ),
            "other",
        ),
        (
            (
                "Jane Roe and Bo Doe. 2022. Slow Widgets. In Companion Publication of the 2022 Widget Systems "
                "Conference (WSC '22 Companion). ACM."
            ),
            "other",
        ),
        (
            (
                "Jane Roe and Bo Doe. 2019. Onboarding Widgets. Demo. In Adjunct Proceedings of the 32nd Widget "
                "Symposium (WS '19 Adjunct). ACM."
            ),
            "other",
        ),
        (
            (
                "Jane Roe and Bo Doe. 2019. Onboarding Widgets. In Adjunct Proceedings of the 32nd Widget "
                "Symposium (WS '19 Adjunct). ACM."
            ),
            "workshop",
        ),
    ],
)
def test_extended_abstracts_companions_and_labelled_demos_are_other(text: str, kind: str) -> None:
    """Extended abstracts, companion volumes and entries labelled "Demo." are not full papers."""
    assert parse_citation(text).type == kind


def test_major_revision_is_a_preprint() -> None:
    """ "Major revision at <journal>" is a manuscript in review."""
    text = "Roe, J., & Doe, B. (2025). Matching widgets. Major revision at Widget Research."
    assert parse_citation(text).type == "preprint"


def test_lecture_notes_series_is_a_conference() -> None:
    """A paper in a Lecture Notes in Computer Science volume is a proceedings paper."""
    text = (
        "Roe J, Doe B. Widget trajectories. In: Research in Widget Biology (RWB 2023). "
        "Lecture Notes in Computer Science, vol 13976. Springer; 2023."
    )
    assert parse_citation(text).type == "conference"


@pytest.mark.parametrize("heading", ["Public Writing", "Other writing", "Op-Eds"])
def test_public_writing_headings_list_other_work(heading: str) -> None:
    """Op-eds and public writing are publications of type other."""
    assert classify_heading(heading)[:2] == ("publications", "other")


def test_work_in_progress_heading_is_a_preprint_list() -> None:
    """ "Preprints and work in progress" on a line of its own reads as a heading of preprints."""
    text = "PUBLICATIONS\n\n4.4 Preprints and work in progress\n\nA. Roe. Widget tones. In preparation.\n"
    assert [s.pub_type for s in split_sections(text) if s.kind == "publications"][-1] == "preprint"


def test_dissertation_among_other_writing_is_a_thesis() -> None:
    """An entry that names itself a dissertation is one, under an "Other writing" heading too."""
    text = "Roe, J. A. 2023. Widget coexistence in annual plants. Dissertation, University of Toyland."
    assert parse_citation(text, section_type="other").type == "thesis"


def test_policy_brief_is_other() -> None:
    """A policy brief is not a journal article."""
    text = "Roe, Jane. “Widget Audits in Toyland.” Toyland Development Bank, Policy Brief TDB-PB-412."
    assert parse_citation(text).type == "other"


def test_thesis_venue_is_its_institution_without_the_series_note() -> None:
    """ "Doctoral thesis, Toy University, Toyville. Diss. TU No. 1" gives the institution."""
    text = "Roe, Jane. 2020. “Reciprocal Widgets.” Doctoral thesis, Toy University, Toyville. Diss. TU No. 26841."
    c = parse_citation(text)
    assert (c.type, c.venue) == ("thesis", "Toy University, Toyville")


def test_honors_thesis_venue_is_the_institution() -> None:
    """ "Undergraduate honors thesis, X" is a thesis label, not part of the venue."""
    c = parse_citation("Jane Roe. 2021. Widget Practices. Undergraduate honors thesis, Toy University.")
    assert (c.type, c.venue) == ("thesis", "Toy University")


def test_preprint_server_named_after_a_manuscript_note_is_the_venue() -> None:
    """ "Ms., Toy University. LingBuzz/008412" has the server as its venue."""
    c = parse_citation(
        "Roe, Jane. 2025. Widget marking across dialects. Ms., Toy University. LingBuzz/008412"
    )
    assert c.venue == "LingBuzz"


def test_title_ending_in_a_single_letter_stops_before_in_proceedings() -> None:
    """ "... for Embedded C. In ACM Conference ..." ends the title at "C"."""
    text = "Z. Roe, O. Doe, and E. Poe. Memory Safety for Embedded C. In ACM Conference on Widget Security (WS 18)."
    c = parse_citation(text)
    assert c.title == "Memory Safety for Embedded C"
    assert c.type == "conference"


def test_year_of_the_venue_under_review_is_not_the_entry_year() -> None:
    """ "Under review at WC 2026" names the meeting's year, not a date of the work."""
    assert parse_citation("Jane Roe and Bo Doe. Widget Tones. Under review at WC 2026.").year is None


def test_year_line_at_a_page_top_is_not_a_page_number() -> None:
    """A year sub-heading right after a page break stays; a lone page number goes."""
    lines = ["A. Roe. One. In WC.", "", "", "2019", "B. Doe. Two. In WC.", "", "", "3", "C. Poe. Three."]
    out = blank_page_furniture(lines)
    assert "2019" in out
    assert "3" not in out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ann Poe, Roe, Jane, Lea Doe, and Bo Kay",
            ["Ann Poe", "Roe, Jane", "Lea Doe", "Bo Kay"],
        ),
        ("Ann Poe and Roe Ortiz, Jane", ["Ann Poe", "Roe Ortiz, Jane"]),
    ],
)
def test_candidate_name_inverted_inside_a_given_first_list(text: str, names: list[str]) -> None:
    """A CV may print its owner's name as "Family, Given" wherever it stands in the list."""
    assert split_authors(text) == names


def test_sharp_s_matches_ss() -> None:
    """ "Weissenborn" in a .bib is the candidate "Jana Weißenborn"."""
    assert find_author(["Roe, A.", "Weissenborn, J."], "Jana Weißenborn") == 2


def test_former_surname_remark_names_the_candidate() -> None:
    """ "Papers before 2020 appear under my former surname, Holt." makes "Holt" a printed name."""
    text = (
        "Jana P. Brook\n\nPUBLICATIONS\nPapers before 2020 appear under my former surname, Holt.\n\n"
        "Roe, A., & Holt, J. P. (2018). Widget sleep in toy adolescents. Widget Review, 3(2), 1–9.\n"
    )
    pubs = parse_cv(text).publications
    assert [p.candidate_author_position for p in pubs if "Widget sleep" in p.title] == [2]
