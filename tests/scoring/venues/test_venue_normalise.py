"""Venue strings reduce to keys that ignore years, pages, LaTeX and abbreviations."""

from __future__ import annotations

import pytest

from scoring.venues.normalise import acronym_candidates, acronym_key, clean, name_key, signature, strip_lead


@pytest.mark.parametrize(
    ("printed", "full"),
    [
        (
            "Proc Natl Acad Sci U S A",
            "Proceedings of the National Academy of Sciences of the United States of America",
        ),
        (
            "Proc. Natl. Acad. Sci. USA",
            "Proceedings of the National Academy of Sciences of the United States of America",
        ),
        ("Nat Commun", "Nature Communications"),
        ("IEEE Trans. Inf. Theory", "IEEE Transactions on Information Theory"),
        ("J. Comput. Phys.", "Journal of Computational Physics"),
        ("Phys. Rev. Lett.", "Physical Review Letters"),
        ("Int. Conf. on Machine Learning", "International Conference on Machine Learning"),
        ("Journal of Applied Physics 125, 194102", "Journal of Applied Physics"),
        (
            "Thirty-Fourth AAAI Conference on Artificial Intelligence",
            "AAAI Conference on Artificial Intelligence",
        ),
        (
            "Proc. of the 38th Conf. on Uncertainty in A.I., pp. 1-10, July 2022",
            "Proceedings Conference on Uncertainty in A.I.",
        ),
        ("Psychonomic Bulletin & Review", "Psychonomic Bulletin and Review"),
        ("Annales de l'Institut Fourier", "Annales de l’Institut Fourier"),
    ],
)
def test_abbreviated_and_decorated_names_share_the_full_names_key(printed: str, full: str) -> None:
    """An ISO/NLM abbreviation or a name with years, ordinals and pages has the full name's key."""
    assert name_key(clean(printed)) == name_key(clean(full))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "International Conference on Machine Learning",
            "International Conference on Machine Learning and Applications",
        ),
        ("Physical Review E", "Physical Review X"),
        ("Proceedings of the IEEE", "Proceedings"),
    ],
)
def test_different_venues_keep_different_keys(one: str, other: str) -> None:
    """Normalisation never merges two venues that differ by a content word."""
    assert name_key(clean(one)) != name_key(clean(other))


def test_clean_removes_latex_and_accents_but_keeps_case() -> None:
    """LaTeX commands, braces, math shifts and accents go; capitals stay for acronyms."""
    assert clean(r"${\rm ICML}$~2019") == "ICML 2019"
    assert clean(r"Conf\'erence {Fran\c{c}aise} d'IA \& Co") == "Conference Francaise d'IA & Co"
    assert clean("Zürich Workshop") == "Zurich Workshop"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("NeurIPS'21", ["neurips"]),
        ("International Conference on Learning Representations (ICLR), 2024", ["iclr"]),
        ("Proc. of the 38th Int. Conf. on Machine Learning (ICML'21), PMLR", ["icml"]),
        ("ICML2020", ["icml"]),
        ("NeurIPS-2021 Workshop", ["neurips"]),
        ("Long Beach, CA, USA", []),
        ("Proceedings of KR (KR 2020)", ["kr"]),
        ("USENIX Security '21", ["usenixsecurity"]),
        ("IJCAI, AAAI Press", ["ijcai"]),
    ],
)
def test_acronym_candidates_read_acronyms_as_cvs_print_them(printed: str, expected: list[str]) -> None:
    """Acronyms come with their years stripped, in parentheses first; locations and publishers are skipped."""
    found = acronym_candidates(clean(printed))
    assert [k for k in found if k in expected or not expected] == expected or found[
        : len(expected)
    ] == expected
    assert "ca" not in found
    assert "usa" not in found
    assert "aaai" not in found


def test_acronym_key_ignores_case_punctuation_and_years() -> None:
    """ "Euro-Par'21" and "EUROPAR 2021" give one acronym key."""
    assert acronym_key("Euro-Par'21") == acronym_key("EUROPAR 2021") == "europar"


def test_strip_lead_drops_proceedings_then_conference_words() -> None:
    """Only leading "proceedings" goes by default; conference words go when asked."""
    key = name_key("Proceedings of the Conference on Learning Theory")
    assert strip_lead(key) == name_key("Conference on Learning Theory")
    assert strip_lead(key, frozenset({"proc", "conf"})) == name_key("Learning Theory")


def test_signature_matches_an_nlm_abbreviation_to_its_title() -> None:
    """The first letters of each word survive abbreviation, so both share a signature."""
    assert signature(name_key("Biophys J")) == signature(name_key("Biophysical Journal"))
