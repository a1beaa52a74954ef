"""What counts as an award: the words that name one, and the names that are not awards.

* ``KEYWORD``: the nouns that make a phrase an award ("Prize", "Fellowship", ...);
  ``GENERIC``: words that do not make a fellowship or scholarship a named one;
* ``is_excluded``: grants named only as grants, Latin honours, students' awards, table headers.
"""

from __future__ import annotations

import re

__all__ = ["GENERIC", "KEYWORD", "MAX_PROSE", "STUDENT_ENTRY", "STUDENT_LINE", "is_excluded"]

MAX_PROSE = 200  # a real CV never names hundreds of awards in prose
KEYWORD = re.compile(
    r"\b(Awards?|Prizes?|Medals?|Fellowships?|Scholarships?|Fellows?|Scholars?)\b", re.IGNORECASE
)
# words that do not make a fellowship or scholarship a named one ("Postdoctoral Research Fellow");
# a split string because a formatted list literal would take one line per word
GENERIC = frozenset(
    (  # noqa: SIM905
        "postdoctoral post-doctoral postdoc research graduate doctoral predoctoral pre-doctoral teaching "
        "education learning summer visiting senior junior honorary student undergraduate faculty clinical "
        "academic university department departmental travel phd ph.d. master's masters early career "
        "fellow fellows fellowship fellowships scholar scholars scholarship scholarships award awards "
        "prize prizes medal medals the of for in and & a an my his her internal external individual "
        "international national distinguished outstanding merit recipient received awarded won new "
        "institute lab laboratory program programme center centre school college"
    ).split()
)


_GRANT = re.compile(r"\bgrants?\b", re.IGNORECASE)
_AWARD_WORD = re.compile(
    r"\b(awards?|fellow(ship)?s?|scholar(ship)?s?|prizes?|medals?|honou?rs?)\b", re.IGNORECASE
)
_LATIN = re.compile(
    r"\b(summa|magna)\s+cum\s+laude\b|^\W*cum\s+laude\b|\bwith\s+(high(est)?\s+)?(distinction|honou?rs)\b|"
    r"\bfirst[- ]class\s+honou?rs\b|\bhighest\s+honou?rs\b",
    re.IGNORECASE,
)
# "Ph.D. student Jane Doe received ...", "my students won ..."
STUDENT_LINE = re.compile(
    r"^\W*((ph\.?\s?d\.?|m\.?\s?tech\.?|m\.?\s?sc?\.?|b\.?\s?tech\.?|master'?s|undergraduate|graduate)\s+)?"
    r"students?\s+[A-Z]|\b(my|our|his|her|their)\s+(\w+\s+)?(students?|mentees?|advisees?|trainees?)\b",
    re.IGNORECASE,
)
# "Jun Ito (PhD 2023, ...)": an entry of a list of supervised students
STUDENT_ENTRY = re.compile(
    r"^\W*[A-Z][\w'’-]+(\s+[A-Z]\.)?\s+[A-Z][\w'’-]+\s*[(,]\s*(ph\.?\s?d|m\.?\s?sc?|m\.?\s?s|b\.?\s?sc?|b\.?\s?a|"
    r"msc|undergrad\w*|postdoc\w*|master'?s)\b",
    re.IGNORECASE,
)


# an entry that calls itself a grant: "Frontiers Award (2023) — research grant, €600k"
_CALLED_GRANT = re.compile(r"(?:[—–:(;]|\s-\s|,)\s*(?:[a-z]+\s+){0,2}grants?\b")
_CUM_LAUDE = re.compile(r"\bcum\s+laude\b", re.IGNORECASE)
_COLUMN_TITLES = re.compile(
    r"((year|date|dates|award|awards|name|title|honou?rs?|organi[sz]ation|institution|description|details|"
    r"prize|amount)\W*)+",
    re.IGNORECASE,
)


def is_excluded(name: str) -> bool:
    """Whether an award-like *name* is not an award: a grant, a Latin honour, a student's award, a header."""
    if not re.search(r"[A-Za-z]{2}", name) or _COLUMN_TITLES.fullmatch(name):
        return True
    if _GRANT.search(name) and not _AWARD_WORD.search(_GRANT.sub("", name)):
        return True
    if _CALLED_GRANT.search(name):
        return True
    if _CUM_LAUDE.search(name) and not _AWARD_WORD.search(name):
        return True  # "MSc awarded cum laude": a degree distinction
    return bool(_LATIN.search(name) or STUDENT_LINE.search(name))
