"""Explanatory prose under a publications heading, which is about the list and not an entry of it.

CVs explain their lists in a sentence or two: "Names in bold are mine. In HCI, full papers at
CHI and CSCW are archival and peer reviewed." or "Authors are listed alphabetically, as is
customary in my field." Such a note has no year of its own and reads as prose: it speaks in the
first person or says how the list is printed ("are listed", "is archival", "are peer reviewed").
A citation without a year (a working paper, "under review") reads as a title and an author
list instead, and titles are capitalised, so "We" or "Is" in a title does not count.
"""

from __future__ import annotations

import re

from scoring.ingest.authors import looks_like_author_list

__all__ = ["explains_the_list"]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTED_TITLE = re.compile(r"[“\"][^\"“”]{12,}[\"”]")
# first person in running prose: lower-case pronouns, or "I" with a verb
_FIRST_PERSON = re.compile(r"\b(?:my|mine|me|our|ours|we|us)\b|\bI\s+(?:am|was|have|had|list|include|mark)\b")
# how a list is printed or what its entries are: "are listed", "is archival", "are peer reviewed"
_ABOUT_THE_LIST = re.compile(
    r"\b(?:are|is|were)\s+(?:(?:also|usually|typically|all|generally|always|not|only)\s+)?"
    r"(?:listed|ordered|sorted|grouped|archival|refereed|peer[- ]reviewed|customary|underlined|highlighted|"
    r"shown|printed|given|marked|indicated|numbered|alphabetical\w*|in\s+(?:bold|italics?|alphabetical|"
    r"reverse|chronological))\b"
)
_VERB = re.compile(r"\b(?:are|is|was|were|am|have|has|had|appear|appears|include|includes|denote|denotes)\b")
# a paper without a year still says where it stands
_STATUS = re.compile(
    r"\b(?:review|submitted|submission|preparation|progress|manuscript|working\s+paper|arxiv|forthcoming|"
    r"press|draft|accepted|revis\w+|resubmit)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 5


def explains_the_list(text: str) -> bool:
    """Whether an "entry" without a year is a note explaining the list.

    Examples:
        >>> explains_the_list("Names in bold are mine. Full papers at DIS are archival.")
        True
        >>> explains_the_list("A. Roe and J. Poe. Why we sleep: a survey. Under review.")
        False
    """
    plain = re.sub(r"[*_`]+|\\[A-Za-z]+\s*", " ", text)
    if (
        _YEAR.search(plain)
        or _QUOTED_TITLE.search(plain)
        or _STATUS.search(plain)
        or len(plain.split()) < _MIN_WORDS
    ):
        return False
    sentences = re.split(r"(?<=[a-z)])[.;:]\s", plain.strip())
    if looks_like_author_list(sentences[0].strip(" -*•")):
        return False
    spoken = any(_FIRST_PERSON.search(s) and _VERB.search(s) for s in sentences)
    return spoken or bool(_ABOUT_THE_LIST.search(plain))
