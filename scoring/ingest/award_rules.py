"""What counts as an award: the words that name one, and the names that are not awards.

* ``KEYWORD``: the nouns that make a phrase an award ("Prize", "Fellowship", ...);
  ``GENERIC``: words that do not make a fellowship or scholarship a named one;
* ``is_excluded``: grants named only as grants, Latin honours, students' awards, table headers,
  start-up funds;
* ``is_funding``: an item of a list that mixes awards and grants that is a grant (it names the
  candidate's role as an investigator, or states an amount of money and names no prize, medal,
  award or fellowship).
"""

from __future__ import annotations

import re

__all__ = [
    "GENERIC",
    "KEYWORD",
    "MAX_PROSE",
    "MONEY",
    "QUALIFIER_AFTER",
    "QUALIFIER_BEFORE",
    "STUDENT_ENTRY",
    "STUDENT_LINE",
    "is_excluded",
    "is_funding",
]

MAX_PROSE = 200  # a real CV never names hundreds of awards in prose
# (the prize words of other languages lead the name: "Prix Irène Joliot", "Premio Nacional ...")
KEYWORD = re.compile(
    r"\b(Awards?|Prizes?|Medals?|Fellowships?|Scholarships?|Fellows?|Scholars?|Prix|Premio|Prêmio|Prémio|Preis)\b",
    re.IGNORECASE,
)
# how far the candidate got, or what became of it: part of the award's name ("Best Paper Award (finalist)")
_QUALIFIER = r"finalist|runner[- ]up|honou?rable\s+mention|nominee|nominated|short-?listed|declined"
# printed after the name: "(finalist)", "– runner-up", ", declined" (a last word, not "– Finalist Talk"),
# or with a plain space: "Best Paper Award finalist at ...", "Prize Nominee, 2021"
_PLAIN_QUALIFIER = r"finalist|runner[- ]up|honou?rable\s+mention|nominee"
QUALIFIER_AFTER = re.compile(
    rf"\s*(?:\((?:{_QUALIFIER})\)|\s[–—-]\s*(?:{_QUALIFIER})\b(?![ \t]*[A-Za-z])|,\s*(?:{_QUALIFIER})\b(?![ \t]*[A-Za-z]))|"
    rf"[ \t]+(?:{_PLAIN_QUALIFIER})\b(?![ \t]+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# printed before it: "a finalist for the 2021 ...", "Runner-up, ..."
QUALIFIER_BEFORE = re.compile(
    rf"\b({_QUALIFIER})\s*(?:(?:for|of|in|at)\s+(?:the\s+)?|[,:–—]\s*(?:the\s+)?)(?:(?:19|20)\d\d\s+)?$",
    re.IGNORECASE,
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
# words that follow "Student" in the name of a prize open to students ("Student Paper Competition")
_STUDENT_PRIZE_WORDS = (
    r"(?i:papers?|posters?|research|travel|competitions?|contests?|awards?|prizes?|fellow\w*|scholar\w*|essays?|"
    r"thesis|theses|presentations?|talks?|abstracts?|design|leadership|excellence|achievement|innovation|"
    r"scientific|science|recognition|challenges?|hackathon|symposium|conference|session|grants?|"
    r"writing|project|teaching|service|oral|best|"
    r"merit|demo|lecture|honou?rs?|spotlight|workshop|forum|of|in|on|for|"
    # a student role ("Graduate Student Instructor, STAT 210A"), not a named student
    r"instructors?|assistants?|researchers?|representatives?|ambassadors?|mentors?|union|council|"
    r"government|associations?)\b"
)
# "Ph.D. student Jane Doe received ...", "my students won ..."; not "Student Paper Competition Winner"
STUDENT_LINE = re.compile(
    r"^\W*((ph\.?\s?d\.?|m\.?\s?tech\.?|m\.?\s?sc?\.?|b\.?\s?tech\.?|master'?s|undergraduate|graduate)\s+)?"
    rf"students?\s+(?!{_STUDENT_PRIZE_WORDS})(?-i:[A-Z])|"
    r"\b(my|our|his|her|their)\s+(\w+\s+)?(students?|mentees?|advisees?|trainees?)\b|"
    # "Students (and postdocs) I supervised have received ..."
    r"\bstudents?\s+(?:(?:and|&)\s+\w+\s+)?(?:I\s+|whom\s+I\s+)?(?:have\s+)?(?:co-?)?(?:supervised|advised|mentored)\b",
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
# a new hire's start-up funds, or anything the CV itself calls not competitive, is not an honour
_START_UP = re.compile(
    r"\bstart-?up\s+(?:package|funds?|funding|supplement|allocation)\b|\b(?:not|non)[- ]competitive\b",
    re.IGNORECASE,
)
_COLUMN_TITLES = re.compile(
    r"((year|date|dates|award|awards|name|title|honou?rs?|organi[sz]ation|institution|description|details|"
    r"prize|amount|source|agency|funder|sponsor|role|period|value)\W*)+",
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
    if _START_UP.search(name):
        return True
    if _CUM_LAUDE.search(name) and not _AWARD_WORD.search(name):
        return True  # "MSc awarded cum laude": a degree distinction
    return bool(_LATIN.search(name) or STUDENT_LINE.search(name))


# an amount of money: "$60,000", "€1.5M", "£250k", "USD 40,000", "120,000 CHF"
_CURRENCY = r"(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|CAD|AUD|JPY|CNY|INR)"
MONEY = re.compile(
    rf"(?:[$€£¥]\s?|\b{_CURRENCY}\s?)\d[\d,.]*(?:\s?(?:[kKmM]\b|million\b|thousand\b))?|"
    rf"\b\d[\d,.]*\s?(?:[kKmM]|million|thousand)?\s?{_CURRENCY}\b",
)
# what a grant-giving programme never calls itself; "Scholar" alone does not count ("Research Scholar Program")
_HONOUR_NOUN = re.compile(
    r"\b(awards?|prizes?|medals?|fellowships?|scholarships?|honou?rs?)\b", re.IGNORECASE
)

# the candidate's role on a grant; the NSF CAREER award is an award whatever the role printed with it
_GRANT_ROLE = re.compile(r"\b(?:Co-?PI|PI|Co-?I|(?i:principal\s+investigator|co-?investigator))\b")
_CAREER = re.compile(r"\bCAREER\b")


def is_funding(text: str) -> bool:
    """Whether an item of a list that mixes awards and funding is funding rather than an award.

    "Research Scholar Program, $60,000, 2022" and "PI, Quarry Foundation Award" are grants;
    "Sloan Research Fellowship, $75,000" and "CAREER Award, $500,000" keep their award nouns and
    stay awards.
    """
    if _GRANT_ROLE.search(text) and not _CAREER.search(text):
        return True  # "PI, Quarry Foundation Award, 2020–2023": an award has no investigators
    return bool(MONEY.search(text)) and not _HONOUR_NOUN.search(text)
