"""The venue part of a printed citation: what is left of it once volume, pages and places are cut.

``clean_venue`` takes the text after a citation's title ("In Proc. X (XC '24), Vienna, Austria,
2024, pp. 1-9") and keeps the name of the journal, proceedings or institution; ``venue_acronym``
finds the short name ("XC") in parentheses or as the venue's first word.
"""

from __future__ import annotations

import re

from scoring.ingest.authors import looks_like_author_list

__all__ = ["ACRONYM_PAREN", "ARXIV_ID", "THESIS_LABEL", "clean_venue", "skip_container_lead", "venue_acronym"]

ARXIV_ID = re.compile(
    r"\b(?:arXiv|arxiv)\s*[:.]?\s*(?:abs/)?\d{4}\.\s?\d{4,5}(?:v\d+)?|\b\d{4}\.\d{4,5}(?:v\d+)?\b"
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_VENUE_CUT = re.compile(
    rf",?\s*(?:\bvol(?:ume)?\b\.?|\bno\.\s|\bpp?\.\s?\d|\bpages?\b|\bid\.\s?\w|\bart(?:icle)?\.?\s+(?:no|\d)|"
    rf"\b{_MONTHS}\s*(?:\d{{1,2}}\s*[-–,]?\s*)?(?:\d{{1,2}}\s*,?\s*)?(?:19|20)\d\d|\b(?:19|20)\d\d\s*{_MONTHS}|"
    # a volume after a comma, but not the thousands of a patent number ("US Patent 11,988,214")
    rf"\b(?:19|20)\d\d\s*;|;\s*\d|(?:(?<!\d),\s*|,\s+)\d{{1,4}}\s*(?=,|\(|$)|(?<=\S)\s+(?:19|20)\d\d[a-z]?(?=\s*[.,;)]|\s*$)|\b\d+\s*\(\d+\)|\b\d+\s*:\s*\d+|\(\s*(?:19|20)\d\d\s*\)|[,.]\s*(?:19|20)\d\d\b|"
    # Chicago: "Isis 113, no. 4 (2022): 733–55", "Osiris 38 (2023): 141–63"
    rf"\s+\d{{1,4}}\s*,\s*no\.\s*\d|\s+\d{{1,4}}\s*(?=\(\s*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\s*\)\s*:)|"
    # Nature style: "Nat. Chem. 15, 1402–1410 (2023)", "Nat. Commun. 14, 5521 (2023)"
    rf"\s+\d{{1,5}}\s*,\s*[A-Za-z]{{0,4}}\d[\w–-]*\s*(?=\(\s*(?:19|20)\d\d\s*\))|"
    # volume and pages with no punctuation: "Stochastica 31 455–490"
    rf"\s+\d{{1,4}}\s+\d{{1,6}}\s*(?:-{{1,2}}|–)\s*\d{{1,6}}\b|"
    # pages at the end ("Systems 33, 20114–20125"); a publisher after an acronym ("(CHI '24). ACM, 18 pages")
    rf"(?:\s+\d{{1,6}})?,\s*\d{{1,6}}\s*[-–]\s*\d{{1,6}}\s*$|(?<=[\s)])\.\s+(?=[A-Z])|"
    rf",?\s*\b(?:filed|granted|issued)\b|"
    # "IEEE Micro, Special Issue: Top Picks ...": an issue of the journal, not its name
    rf",\s*special\s+issue\b|"
    rf",\s*(?:edited\s+by|eds?\.)|\bin\s+press\b|\bforthcoming\b|\bto\s+appear\b|\bearly\s+access\b|\bdoi\b|\(\s*accept|\(\s*\d(?:st|nd|rd|th)\s+ed\b|\bacceptance\b|\bpublished\b)",
    re.IGNORECASE,
)
_VENUE_LEAD = re.compile(
    r"^\s*(?:[.,:;]\s*)*(?:In:?\s+|in:?\s+|Appeared\s+in\s+|Published\s+in\s+|To\s+appear\s+in\s+|"
    r"Preprint\s+(?:at|on)(?:\s+|$)|"  # Nature style: "Preprint at https://arxiv.org/abs/..."
    # a status before the journal it concerns ("Submitted to Physical Review D", "Revise and resubmit, X")
    r"(?:Submitted|Resubmitted|Accepted|Conditionally\s+accepted)\s+(?:to|at|in|for)\s+(?=[A-Z])|"
    r"(?:Under\s+review|Under\s+revision|Revise\s+and\s+resubmit|Major\s+revision|Minor\s+revision|R&R)"
    r"\s*(?:at|in|with|,|:)\s+(?=[A-Z]))?",
    re.IGNORECASE,
)
ACRONYM_PAREN = re.compile(
    r"\(\s*((?:[A-Z][A-Za-z0-9&\-+/]*[A-Z][A-Za-z0-9&\-+/]*|[A-Z][a-z]+[A-Z][A-Za-z]*))"
    r"\s*[’']?\s*(?:(?:19|20)?\d\d)?\s*\)"
)
_NOT_ACRONYM = {
    "arxiv",
    "biorxiv",
    "medrxiv",
    "ssrn",
    "in",
    "the",
    "nature",
    "science",
    "elife",
    "cell",
    "distill",
    "preprint",
    "submitted",
    "manuscript",
    "under",
    "working",
    "pnas",
    "plos",
    "phd",
    "us",
    "ph.d",
    "msc",
    "technical",
    "poster",
    "workshop",
}


# "PhD thesis, MIT", "(Doctoral dissertation). Columbia University": a thesis's venue is the institution
THESIS_LABEL = re.compile(
    r"^\(?\s*(?:(?:undergraduate|senior|honou?rs|ph\.?\s?d\.?|doctoral|master'?s?|m\.?sc\.?|bachelor'?s?|diploma|"
    r"habilitation)\s+){0,2}"
    r"(?:thesis|dissertation)\s*\)?(?:\s*[,.;:)]\s*|\s+at\s+|\s+(?=[A-Z])|\s*$)",
    re.IGNORECASE,
)


_STATUS_ONLY = re.compile(
    r"\s*(?:in\s+|under\s+)?(?:preparation|prep|progress|submission|review)\W*", re.IGNORECASE
)
# Journal names abbreviated word by word (ISO 4): at least two "Abc." words in a row.
_ABBREVIATED = re.compile(r"^(?:[A-Z][a-z]{0,5}\.\s+)+[A-Z][a-z]{0,5}\.?(?:\s+[A-Z][a-z]{0,5}\.?)*$")


_END_YEAR = re.compile(r"[,\s]+(?:19|20)\d\d[a-z]?\s*$")
_COUNTRIES = (
    "USA|U\\.S\\.A\\.?|UK|Canada|Mexico|Brazil|Chile|Argentina|Austria|Germany|France|Italy|Spain|Portugal|"
    "Switzerland|Belgium|Netherlands|Denmark|Sweden|Norway|Finland|Ireland|Scotland|Poland|Czech Republic|"
    "Hungary|Greece|Turkey|Israel|Egypt|South Africa|India|China|Japan|Korea|South Korea|Taiwan|Singapore|"
    "Hong Kong|Thailand|Vietnam|Malaysia|Indonesia|Australia|New Zealand|Qatar|UAE|United Arab Emirates"
)
# "…, Vienna, Austria", "…, Denver, CO", "…, Orlando, FL, USA": where the meeting was, not what it is
_END_PLACE = re.compile(
    rf",\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}},\s*(?:[A-Z]{{2}}|D\.C\.?|{_COUNTRIES})(?:,\s*(?:USA|UK))?\s*$"
)
_END_VOLUME_ARTICLE = re.compile(r"\s+\d{1,4}\s*:\s*[eE]?\d[\d–-]*\s*$")
_END_BRACKETS = re.compile(r"\s*\[[^\]]*\]\s*$")
_END_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,5}$")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def clean_venue(text: str) -> str | None:
    """The venue name in *text* without volume, pages, dates, places or status words; ``None`` if none."""
    text = ARXIV_ID.sub("arXiv", text).replace("arXiv arXiv", "arXiv")
    text = _VENUE_LEAD.sub("", text)
    if _STATUS_ONLY.fullmatch(text):
        return None  # "In preparation.": a status, not a venue
    m = _VENUE_CUT.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    elif m and m.start() == 0:
        text = ""
    text = _END_YEAR.sub("", text)
    if text.count(",") >= 2:
        text = _END_PLACE.sub("", text)
    if ":" in text:
        text = _END_VOLUME_ARTICLE.sub("", text)  # "eLife 9:e58812": volume and article
    if "]" in text:
        text = _END_BRACKETS.sub("", text)  # "bioRxiv [Preprint]"
    text = text.strip(" ,.;:-–([#")  # "#" of a cut number: "ATel #16021"
    if _ABBREVIATED.search(text) and _END_ABBREVIATION.search(text):
        text += "."  # an abbreviated journal name keeps its last period: "Nat. Chem.", "Phys. Rev. Lett."
    if _BARE_YEAR.fullmatch(text) or len(text) < 2:
        return None
    return text


_PUBLISHER_LEAD = re.compile(r"^(ACM|IEEE|ACM/IEEE|IEEE/ACM|IEEE/CVF|USENIX|AAAI|SIAM)\s+(?=\S)")
_YEAR_WORD = re.compile(r"(19|20)\d\d|'\d\d")
_MIXED_CAPS = re.compile(r"[a-z][A-Z]|^[A-Z]{2}")


def venue_acronym(venue: str | None, raw_venue: str) -> str | None:
    """The venue's short name: an acronym in parentheses in *raw_venue*, or the cleaned venue's first word."""
    m = ACRONYM_PAREN.search(raw_venue)
    if m and m.group(1).lower() not in _NOT_ACRONYM:
        return m.group(1)
    if not venue:
        return None
    words = _PUBLISHER_LEAD.sub("", venue).split()
    words = [w for w in words if not _YEAR_WORD.fullmatch(w)]
    if not words:
        return None
    first = words[0].strip(",.;:")
    capitals = sum(c.isupper() for c in first)
    if first.lower() in _NOT_ACRONYM or not first[:1].isalpha():
        return None
    if len(words) == 1 and (capitals >= 1 and len(first) <= 12):
        return first
    if len(words) <= 5 and capitals >= 2 and (first.isupper() or _MIXED_CAPS.search(first)):
        return first
    return None


_CHAPTER_PAGES = re.compile(r"(?:pp?\.|pages?)\s*\d{1,5}\s*[-–]\s*\d{1,5}\s+in:?\s+(?=\S)", re.IGNORECASE)
_EDITORS_FIRST = re.compile(r"([^,]{2,80}(?:,[^,]{2,80}){0,5}?),\s*(?:editors?|eds?\.)[.,]?\s+(?=\S)")
_THEMED_ISSUE = re.compile(
    r"In\s+[“\"][^”\"]{3,200}[”\"],?\s+edited\s+by\s+.{3,200}?\.\s+"
    r"(?=[A-Z][^.]{1,100}?\s\d{1,4}(?:,\s*no\.\s*\d{1,4})?\s*\((?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\)\s*:)"
)


def skip_container_lead(raw: str) -> str:
    """*raw* from where the book or journal holding the work is named, past pages, editors or an issue's theme.

    Examples:
        >>> skip_container_lead("Pp. 20–44 in Tide Studies, edited by A. Roe. Harbour Press")
        'Tide Studies, edited by A. Roe. Harbour Press'
        >>> skip_container_lead("Pages 20–44 in A. Roe, editor. Tide Studies. Harbour Press")
        'Tide Studies'
        >>> skip_container_lead("In “Tides,” edited by A. Roe. Harbour Review 38 (2023): 1–9")
        'Harbour Review 38 (2023): 1–9'
    """
    themed = _THEMED_ISSUE.match(raw) if raw.startswith("In") else None
    if themed:  # Chicago themed issue: the journal, not the theme, is the venue
        raw = raw[themed.end() :]
    pages = _CHAPTER_PAGES.match(raw)
    if pages:  # ASA "Pp. 20–44 in Book, edited by ...", ESA "Pages 20–44 in A. Roe, editor. Book. Press"
        raw = raw[pages.end() :]
        editors = _EDITORS_FIRST.match(raw)
        if editors and looks_like_author_list(editors.group(1)):
            raw = raw[editors.end() :].split(". ", 1)[0]
    return raw
