"""Author lists and the candidate's position in them."""

from __future__ import annotations

import pytest

from scoring.ingest.authors import (
    author_key,
    find_author,
    looks_like_author_list,
    most_common_author,
    split_authors,
)


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("J. Roe, B. Doe, and C. Poe", ["J. Roe", "B. Doe", "C. Poe"]),
        ("Jane Roe and Bo Doe", ["Jane Roe", "Bo Doe"]),
        ("Roe, J. A., Doe, B., & Poe, C.", ["Roe, J. A.", "Doe, B.", "Poe, C."]),
        ("Roe, J. A. and Doe, B.", ["Roe, J. A.", "Doe, B."]),
        ("Roe, J.; Doe, B. M.; Poe, C.", ["Roe, J.", "Doe, B. M.", "Poe, C."]),
        ("Roe JA, Doe B, Poe C", ["Roe JA", "Doe B", "Poe C"]),
        ("Roe JA,Doe B", ["Roe JA", "Doe B"]),
        ("Ana Roe*, Bo Doe*, Cy Poe†", ["Ana Roe", "Bo Doe", "Cy Poe"]),
        ("Ana Roe1, Bo Doe1, Cy Poe", ["Ana Roe", "Bo Doe", "Cy Poe"]),
        ("A. Roe, B. Doe, et al.", ["A. Roe", "B. Doe"]),
        ("Roe A★, Doe B‡", ["Roe A", "Doe B"]),
        ("Warshaw JN, Oh S, Li Y", ["Warshaw JN", "Oh S", "Li Y"]),
        ("M. O. Roe, D. Do, and B. Poe", ["M. O. Roe", "D. Do", "B. Poe"]),
        ("S. Kanekar, G. Ahsan, W. D., and A. I.", ["S. Kanekar", "G. Ahsan", "W. D.", "A. I."]),
        ("Ng, T., Li, Q., and Oh, S.", ["Ng, T.", "Li, Q.", "Oh, S."]),
        ("Roe, Ana Luísa, and Bo Doe", ["Roe, Ana Luísa", "Bo Doe"]),
        (
            "Ibarra Soto, L., van der Molen, P., and De la Vega, R.",
            ["Ibarra Soto, L.", "van der Molen, P.", "De la Vega, R."],
        ),
    ],
)
def test_split_authors(printed: str, names: list[str]) -> None:
    """Printed author lists split into names in order, without marks."""
    assert split_authors(printed) == names


@pytest.mark.parametrize(
    "printed",
    ["Müller, J.-P.", "J. P. Müller", "Muller JP", "Jean-Pierre Müller", "MÜLLER, Jean"],
)
def test_author_key_is_family_name_and_initial(printed: str) -> None:
    """Every printed form of one name reduces to the same family name and first initial."""
    assert author_key(printed) == ("muller", "j")


@pytest.mark.parametrize(
    ("authors", "name", "position"),
    [
        (["B. Doe", "J. Roe"], "Jane Roe", 2),
        (["Doe, B.", "Roe, J. A."], "Jane A. Roe", 2),
        (["Doe B", "Roe JA", "Poe C"], "Jane Roe", 2),
        (["B. Doe", "A. García-López"], "Ana García-López", 2),
        (["B. Doe", "A. Garcia-Lopez"], "Ana García-López", 2),
        (["B. Doe", "A. van der Berg"], "Anna van der Berg", 2),
        (["B. Doe", "C. Poe"], "Jane Roe", None),
        (["B. Doe", "R. J."], "Jane Roe", 2),
        (["J. Doe", "J. Roe"], "Jane Roe", 2),
    ],
)
def test_find_author(authors: list[str], name: str, position: int | None) -> None:
    """The candidate is found by family name and initial, whatever the printed form."""
    assert find_author(authors, name) == position


def test_find_author_uses_marked_author_without_a_name() -> None:
    """Without a name the author printed in bold stands for the candidate."""
    assert find_author(["B. Doe", "J. Roe"], None, marked="Jane Roe") == 2


def test_most_common_author_is_the_candidate() -> None:
    """The author printed in most lists is taken as the candidate when nothing else is known."""
    lists = [["J. Roe", "B. Doe"], ["C. Poe", "Roe, J."], ["Roe J", "D. Moe"]]
    assert most_common_author(lists) == ("roe", "j")


def test_suffix_stays_with_its_name() -> None:
    """A generational suffix after a comma belongs to the name before it."""
    assert split_authors("John Roe, Jr., Bo Doe") == ["John Roe Jr", "Bo Doe"]


def test_former_family_name_is_matched() -> None:
    """A family name given as "née" matches papers published under it."""
    assert find_author(["B. Doe", "J. Poe"], "Jane Roe (née Poe)") == 2
    assert find_author(["B. Doe", "J. Roe"], "Jane Roe (née Poe)") == 2


def test_single_letter_initials_are_names() -> None:
    """PubMed initials such as "A" are not mistaken for the article "a"."""
    assert split_authors("Roe-Smith J, Tanaka A, Novak E") == ["Roe-Smith J", "Tanaka A", "Novak E"]


def test_inverted_multiword_family_name() -> None:
    """An inverted family name of several words keeps its initials."""
    assert split_authors("van der Berg, C., Roe, J.") == ["van der Berg, C.", "Roe, J."]


def test_full_name_wins_over_a_part_of_it() -> None:
    """A co-author sharing one part of a double family name does not take the candidate's place."""
    assert find_author(["H. Roe", "J. Roe", "J. Roe-Smith"], "Jane Roe-Smith") == 3


def test_chicago_style_inverts_only_the_first_author() -> None:
    """ "Roe, Jane, and Ann Poe" is two authors; a list of bare family names is not joined."""
    from scoring.ingest.authors import split_authors

    assert split_authors("Quell-Amaro, Tamsin, Ida Vos, and Rhys Pim") == [
        "Quell-Amaro, Tamsin",
        "Ida Vos",
        "Rhys Pim",
    ]
    assert split_authors("Vos, Ida") == ["Vos, Ida"]
    assert split_authors("Vos, Pim, Quell") == ["Vos", "Pim", "Quell"]
    assert split_authors("Vos, I., Pim, R.") == ["Vos, I.", "Pim, R."]


def test_two_word_family_name_printed_with_a_hyphen() -> None:
    """ "Soto-Vara M" and "Soto Vara M" are the same candidate, Marta Soto Vará."""
    assert find_author(["Doe B", "Soto-Vara M"], "Marta Soto Vará") == 2


def test_romanised_initials_with_a_lower_case_part() -> None:
    """ "Seo, J.-w." keeps its initials with the family name."""
    assert split_authors("Imre, T., Seo, J.-w., & Voss, K.") == ["Imre, T.", "Seo, J.-w", "Voss, K."]


def test_a_long_phrase_among_names_is_no_author_list() -> None:
    """A title glued to many names is not forgiven as one odd name among them; a group author is."""
    text = "A. Roe, B. Doe, C. Poe, D. Moe, E. Low, Demonstrating Toy Error Suppression with Real-Time Widgets, Phys"
    assert not looks_like_author_list(text)
    assert looks_like_author_list("Roe J, Doe A, Poe B, Low C, for the Toy Disease Neuroimaging Initiative")
