"""Venue strings as CVs print them -> comparable keys.

A CV prints one venue in many ways: "Proc. of the 36th Int. Conf. on Machine Learning (ICML'19),
pp. 1-10", "${\\rm ICML}$ 2019", "Nat Commun 12, 345". ``clean`` removes LaTeX and Unicode noise
but keeps case (acronyms need it); ``name_key`` reduces a name to canonical word stems, so the
full title and its ISO-4/NLM abbreviation give the same key; ``acronym_key`` does the same for
acronyms; ``acronym_candidates`` reads the acronyms a string mentions, parenthesised ones first.

Examples:
    >>> name_key("Proc. Natl. Acad. Sci. U.S.A.") == name_key(
    ...     "Proceedings of the National Academy of Sciences of the United States of America")
    True
    >>> name_key("IEEE Trans. Inf. Theory") == name_key("IEEE Transactions on Information Theory")
    True
    >>> acronym_candidates("Proc. of the 38th Int. Conf. on Machine Learning (ICML'21), PMLR")
    ['icml']
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from scoring.venues.words import (
    ACRONYM_STOP,
    LEAD_WORDS,
    NOISE_WORDS,
    ORG_WORDS,
    STEM_WORDS,
    STEMS,
    STOP_WORDS,
)

__all__ = [
    "LEAD_WORDS",
    "ORG_WORDS",
    "STEM_WORDS",
    "acronym_candidates",
    "acronym_key",
    "clean",
    "name_key",
    "signature",
    "strip_lead",
]

# LaTeX leftovers: accents (\'e, \c{c}) vanish, commands (\rm, \textit) become spaces,
# braces and math shifts vanish.
_LATEX_ACCENT = re.compile(r"\\(?:[`'^\"~=.]|[uvHckbdrt](?=\{))")
_LATEX = re.compile(r"\\[A-Za-z]+\*?\s*|\\[^A-Za-z\s]")
_BRACES = re.compile(r"[{}$]")
_SPACES = re.compile(r"\s+")


# Everything that carries no venue identity: years, 'yy suffixes, volume/issue/pages, numbers
# (one regex, run only on strings with digits), then ordinal and month words (a set lookup).
_NUMERIC = re.compile(
    r"['`]\d{2}\b"  # NeurIPS'21
    r"|\b(?:vol|volume|no|nr|num|number|issue|pp|pages?|art|article|suppl|part|chapter|ch)\b\.?\s*[\d\-–—:()]+"
    r"|\d+(?:st|nd|rd|th)?\b|\d+"
)
_HAS_DIGIT = re.compile(r"\d").search
_PUNCT = re.compile(r"[^a-z ]+")
_USA = re.compile(r"\b(?:united states(?: of america)?|u\s?s\s?a|u\s?s)\b")


def clean(text: str) -> str:
    """Remove LaTeX remnants and accents, keep case and punctuation, collapse spaces.

    Examples:
        >>> clean(r"${\\rm ICML}$~2019 -- Long Beach")
        'ICML 2019 - Long Beach'
    """
    if "\\" in text or "{" in text or "$" in text or "~" in text:
        text = _LATEX_ACCENT.sub("", text.replace(r"\&", "&").replace("~", " "))
        text = _BRACES.sub("", _LATEX.sub(" ", text))
    text = text.replace("’", "'").replace("‘", "'")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.replace("--", "-")).strip(" ,.;:")


def _words(text: str) -> list[str]:
    text = text.lower().replace("&", " and ")
    if _HAS_DIGIT(text):
        text = _NUMERIC.sub(" ", text)
    text = _PUNCT.sub(" ", text.replace("'", ""))
    if "u s" in text or "united states" in text:
        text = _USA.sub(" usa ", text)
    return [w for w in text.split() if w not in NOISE_WORDS]


@cache  # emptied after every batch, see below
def name_key(text: str, *, keep_orgs: bool = False) -> str:
    """A venue name reduced to canonical stems, without years, numbers, stop words or publishers.

    Args:
        text: a cleaned venue string (see ``clean``).
        keep_orgs: keep publisher words (IEEE, ACM, ...); used when dropping them leaves nothing.

    Cached, because one string's parts are keyed several times; ``resolve_many`` empties the
    cache when it is done, so no CV's venue strings stay in memory between calls.
    """
    out = []
    for word in _words(text):
        if word in STOP_WORDS or (not keep_orgs and word in ORG_WORDS):
            continue
        out.append(STEMS.get(word, word))
    if not keep_orgs and all(w in LEAD_WORDS for w in out):
        return name_key(text, keep_orgs=True)  # "Proceedings of the IEEE" is not "Proceedings"
    return " ".join(out)


def strip_lead(key: str, words: frozenset[str] = frozenset({"proc"})) -> str:
    """Drop the "Proceedings of" (or, given *words*, also "Conference on") a CV puts before a name.

    Examples:
        >>> strip_lead("proc conf mach learn"), strip_lead("proc conf mach learn", LEAD_WORDS)
        ('conf mach learn', 'mach learn')
    """
    tokens = key.split()
    while tokens and tokens[0] in words:
        tokens.pop(0)
    return " ".join(tokens)


def signature(key: str) -> str:
    """The first three letters of each word of a name key: what an abbreviation keeps.

    Examples:
        >>> signature(name_key("J Am Soc Nephrol")) == signature(
        ...     name_key("Journal of the American Society of Nephrology"))
        True
    """
    return " ".join(word[:3] for word in key.split())


_ACRONYM_YEAR = re.compile(r"['’]\d{2}$|[\s\-]*\d{2,4}$")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_TOKEN_YEAR = re.compile(r"['’]\d{2}$|[\-]?\d{2,4}$")


def acronym_key(text: str) -> str:
    """An acronym without case, spaces, punctuation or trailing years: "Euro-Par'21" -> "europar"."""
    return _NON_ALNUM.sub("", _ACRONYM_YEAR.sub("", text.strip()).lower())


_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9&\-/+.]*[A-Za-z0-9+]|[A-Za-z]{2}")
_PARENS = re.compile(r"\(([^()]*)\)")


def _looks_like_acronym(token: str) -> bool:
    upper = sum(ch.isupper() for ch in token)
    return upper >= 2 and token.lower() not in ACRONYM_STOP


def acronym_candidates(text: str) -> list[str]:
    """Acronym keys a cleaned venue string mentions, those in parentheses first, each once.

    Two-letter acronyms count only in parentheses or as the whole string, so that "CA, USA" in a
    location is not read as a venue. Adjacent pairs ("USENIX Security", "ECML PKDD") come before
    their single words.
    """
    found: list[str] = []
    inner = " ".join(_PARENS.findall(text))
    outer = _PARENS.sub(" ", text)
    whole = text.strip()
    for part, in_parens in ((inner, True), (outer, False)):
        tokens = _TOKEN.findall(part)
        for i, token in enumerate(tokens):
            token = _TOKEN_YEAR.sub("", token).strip(".-/")
            pair_ok = i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
            if pair_ok and (_looks_like_acronym(token) or token.lower() in ACRONYM_STOP):
                pair = acronym_key(token + tokens[i + 1])
                if len(pair) >= 4:
                    found.append(pair)
            if not _looks_like_acronym(token):
                continue
            if len(token) < 3 and not in_parens and token != whole:
                continue
            if i + 1 < len(tokens) and tokens[i + 1].lower() == "press":
                continue  # "AAAI Press" names a publisher, not the venue
            found.append(acronym_key(token))
    return [k for k in dict.fromkeys(found) if k]
