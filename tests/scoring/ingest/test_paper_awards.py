"""Awards noted on publication entries, on small fictional fragments: qualifiers and topics stay in the name."""

from __future__ import annotations

import pytest

from scoring.ingest.awards import find_awards
from scoring.ingest.sections import split_sections


def _pairs(text: str, fmt: str = "text") -> list[tuple[str, int | None]]:
    return [(a.name, a.year) for a in find_awards(split_sections(text, fmt=fmt), text, fmt=fmt)]


def _entry(note: str, year: int = 2024) -> str:
    return (
        "Ana Kowal\n\nPUBLICATIONS\n"
        f'[1] A. Kowal and B. Lind, "Soft feet for hard ground," in Proc. Symposium on Walking Machines, {year}. {note}\n'
    )


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Best Paper Award in Locomotion (finalist)", "Best Paper Award in Locomotion (finalist)"),
        ("Outstanding Paper Award (honorable mention).", "Outstanding Paper Award (honorable mention)"),
        ("Best Student Paper Award – runner-up", "Best Student Paper Award – runner-up"),
        ("Finalist for the Best Paper Award.", "Finalist, Best Paper Award"),
        ("Best Paper Award on Robot Learning and Control.", "Best Paper Award on Robot Learning and Control"),
    ],
)
def test_qualifier_and_topic_stay_in_the_paper_award_name(note: str, name: str) -> None:
    """A finalist, runner-up or honourable-mention qualifier and the award's track are part of its name."""
    assert _pairs(_entry(note), "pdf") == [(name, 2024)]


def test_plain_best_paper_note_is_unchanged() -> None:
    """A bare "(Best Paper Award)" note gains nothing from the next entry."""
    text = _entry("(Best Paper Award)") + '[2] A. Kowal, "Quiet gaits," in Proc. Workshop on Legs, 2022.\n'
    assert _pairs(text, "pdf") == [("Best Paper Award", 2024)]


def test_topic_wrapped_onto_the_next_line() -> None:
    """A track name that wraps onto the next line is joined with one space."""
    text = _entry("Best Paper Award in Human-Robot Interaction and") + "Control.\n"
    assert _pairs(text, "pdf") == [("Best Paper Award in Human-Robot Interaction and Control", 2024)]


def test_venue_after_in_is_not_a_track() -> None:
    """ "Best Paper Award in ICML 2020" names the venue after "in", which stays out of the award's name."""
    assert _pairs(_entry("Best Paper Award in ICML 2020.", 2020), "pdf") == [("Best Paper Award", 2020)]


def test_award_wrapped_after_best_at_line_end() -> None:
    """A note split after "Best" ("... ACM. Best" / "Demo Paper Award.") is read whole, once."""
    text = (
        "Ana Kowal\n\nPUBLICATIONS\n"
        "Kowal, A., & Lind, B. (2021). Soft feet. In Proceedings of the Meeting on Walking (MOW '21)\n"
        "(pp. 1–9). ACM. Best\nDemo Paper Award.\n"
    )
    assert _pairs(text, "pdf") == [("Best Demo Paper Award, MOW 2021", 2021)]


def test_paper_award_named_with_the_entry_label() -> None:
    """A bare award note is named with the venue label the entry prints ("(MOW '19)"), publishers aside."""
    text = (
        "Ana Kowal\n\nPUBLICATIONS\n"
        "- Ana Kowal and Bo Lind. 2019. Soft feet. In Proceedings of the 2019 Meeting on Walking (MOW '19).\n"
        "  ACM, New York, NY, USA. Best Paper Award.\n"
    )
    assert _pairs(text) == [("Best Paper Award, MOW 2019", 2019)]


def test_venue_printed_after_the_award_is_kept() -> None:
    """ "Best Paper Award, Gait Congress" names its venue; the entry's label is not added on top."""
    text = _entry("** Best Paper Award, Gait Congress **", 2023)
    assert _pairs(text, "pdf") == [("Best Paper Award, Gait Congress", 2023)]


def test_emphasised_award_on_a_markdown_entry() -> None:
    """A bold "**Audience Award**" after a paper is an award even without best/outstanding words."""
    text = (
        "# Ana Kowal\n\n## Publications\n"
        '1. **Ana Kowal**, Bo Lind. "Soft feet." *MOW 2022*. **Audience Award** [[pdf]](/x.pdf)\n'
        '1. **Ana Kowal**. "Quiet gaits." *MOW 2021*. [[pdf]](/y.pdf)\n'
    )
    assert _pairs(text, "markdown") == [("Audience Award, MOW 2022", 2022)]


def test_paper_award_named_with_a_bare_parenthesised_label() -> None:
    """ "(SWM), 2023. Best Student Paper Award Finalist." is named with the label and the paper's year."""
    text = _entry("Best Student Paper Award Finalist.", 2023).replace(
        "Walking Machines", "Walking Machines (SWM)"
    )
    assert _pairs(text, "pdf") == [("Best Student Paper Award Finalist, SWM 2023", 2023)]


def test_year_after_the_award_is_not_a_venue() -> None:
    """ "Best Paper Award, 2019." prints a year, not a venue: the entry's label names the venue."""
    text = _entry("Best Paper Award, 2019.", 2019).replace("Walking Machines", "Walking Machines (SWM)")
    assert _pairs(text, "pdf") == [("Best Paper Award, SWM 2019", 2019)]
