"""Numbers at the start of a line that are not list labels."""

from __future__ import annotations

from scoring.ingest.entries import split_entries


def test_wrapped_page_number_is_not_a_list_label() -> None:
    """ "744. ACM." wrapped under "..., p." continues its entry; the unnumbered list is split by shape."""
    body = [
        "Roe J, Doe A (2024) Online widgets with toy rewards: tight bounds",
        "   for adaptive widgets. Toy Optimization (TOY 2024), Lecture Notes, vol. 14, pp. 301–315. Springer.",
        "",
        "Poe K, Roe J (2023) Learning to price toy widgets with strategic",
        "   sellers. Proceedings of the 24th Conference on Toy Computation (TC '23), p.",
        "   744. ACM.",
    ]
    entries = split_entries(body, 10)
    assert [e.line for e in entries] == [10, 13]
    assert entries[1].text.endswith("744. ACM.")


def test_single_numbered_entry_is_still_an_entry() -> None:
    """A sub-list with one numbered entry keeps it."""
    body = ["1. Roe J. Toy widgets at scale [doctoral thesis]. Northfield: Toy University; 2022."]
    assert [e.line for e in split_entries(body, 5)] == [5]
