"""Years and date ranges as CVs print them: "2019", "Jan. 2025", "2013--2015", "2021 - present", "11/20-12/23".

Used to date awards and to tell an open-ended role ("since 2021", "2021 -", "2021 - now") from a
finished one.
"""

from __future__ import annotations

import re

__all__ = [
    "MONTH",
    "YEAR",
    "edge_years",
    "has_estimated_end",
    "has_open_end",
    "is_date_only",
    "starts_open_range",
    "strip_dates",
    "years_in",
]

YEAR = re.compile(r"(?<![\d.,/$])(19[5-9]\d|20[0-4]\d)(?![\d,]\d)")
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\.?"
)
_SHORT_RANGE = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])/(\d{2})\s*[-–—‑]\s*(0?[1-9]|1[0-2])/(\d{2})(?!\d)")
_DASH = r"(?:-{1,3}|–|—|‑|\bto\b|\buntil\b)"
_POINT = rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s*,?\s*)?(?:\d{{1,2}}/)?(?:19|20)\d\d(?:\.\d{{1,2}})?"
_OPEN_WORD = r"(?:present|now|current(?:ly)?|today|ongoing|date|till\s+date|heute)"
_OPEN = re.compile(
    rf"{_POINT}\s*{_DASH}\s*(?:{_OPEN_WORD}\b|$|[)}}\]|,;]\s*$|[,|]\s|\))|\bsince\s+(?:{MONTH}\s+|\d{{1,2}}/)?(?:19|20)\d\d|"
    rf"{_DASH}\s*{_OPEN_WORD}\b",
    re.IGNORECASE,
)
# a leading start date whose dash is followed by the role itself: "2022– Lecturer", "2024 – : Reader"
_OPEN_LEAD = re.compile(
    rf"^\W*{_POINT}\s*{_DASH}\s*(?:[:|]\s*)?(?!(?:{_POINT}|{MONTH}|{_OPEN_WORD})\b|\d)(?=[^\W\d_])",
    re.IGNORECASE,
)
_ESTIMATED = re.compile(r"\b(estimated|expected|anticipated|projected|exp\.|forthcoming)\b", re.IGNORECASE)
_DATE_TOKEN = re.compile(
    rf"^(?:{MONTH}|(?:19|20)\d\d(?:\.\d{{1,2}})?|\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{2,4}}|{_DASH}|{_OPEN_WORD}|"
    r"since|and|[,.;:()\-–—‑/]|'\d\d)$",
    re.IGNORECASE,
)
_LEAD_DATE = re.compile(
    rf"^\s*(?:since\s+)?{_POINT}(?:\s*{_DASH}\s*(?:{_POINT}|{_OPEN_WORD}\b)?)?(?:\s*(?:,|and|&)\s*{_POINT})*\s*[:.,|–—-]?\s*",
    re.IGNORECASE,
)
_TRAIL_DATE = re.compile(
    rf"[\s,;:–—(\-]*(?:since\s+)?{_POINT}(?:\s*{_DASH}\s*(?:{_POINT}|{_OPEN_WORD}\b)?)?(?:\s*(?:,|and|&)\s*{_POINT})*"
    r"[\s.)]*$",
    re.IGNORECASE,
)


def years_in(text: str) -> list[int]:
    """Every plausible year printed in *text*, in order; "11/20-12/23" ranges count as 2020 and 2023.

    Examples:
        >>> years_in("Jan 2012 - Mar 2017 (defended Mar 2017)")
        [2012, 2017, 2017]
        >>> years_in("11/20-12/23")
        [2020, 2023]
    """
    found = [int(y) for y in YEAR.findall(text)]
    if not found:
        for m in _SHORT_RANGE.finditer(text):
            found += [2000 + int(m.group(2)), 2000 + int(m.group(4))]
    return found


def has_open_end(text: str) -> bool:
    """Whether *text* holds a date range that has not ended ("2021 - present", "since 2019", "2022-").

    Examples:
        >>> has_open_end("Assistant Professor, 2021 - Present"), has_open_end("2015 - 2019")
        (True, False)
    """
    return bool(_OPEN.search(text))


def starts_open_range(text: str) -> bool:
    """Whether *text* opens with a start date and a dash with no end date ("2022– Lecturer, ...").

    Kept apart from ``has_open_end``: in an education list "2018 – PhD, ..." may be a finished degree.

    Examples:
        >>> starts_open_range("2022– Reader in Optics"), starts_open_range("2019 - May 2021 Tutor")
        (True, False)
    """
    return bool(_OPEN_LEAD.match(text))


def has_estimated_end(text: str) -> bool:
    """Whether *text* marks its end date as expected rather than reached ("May 2027 (Estimated)")."""
    return bool(_ESTIMATED.search(text))


def is_date_only(text: str) -> bool:
    """Whether *text* is nothing but a date or range ("December", "2019–Present", "Jan. 2025 -")."""
    tokens = re.findall(r"[A-Za-z]+\.?|\d+(?:\.\d+)?(?:st|nd|rd|th)?|\d{1,2}/\d{2,4}|'\d\d|\S", text.strip())
    return bool(tokens) and all(_DATE_TOKEN.match(t) for t in tokens)


def edge_years(text: str) -> list[int]:
    """Years of the date *text* starts or ends with ("March 2024: Award at Meeting 2023" -> [2024]).

    Examples:
        >>> edge_years("March 2024: Completion Award at Winter School 2023")
        [2024]
        >>> edge_years("Highest rated abstract, 2016 Meeting of the Society")
        []
    """
    lead = _LEAD_DATE.match(text)
    found = years_in(lead.group(0)) if lead and lead.group(0).strip() else []
    if not found:
        trail = _TRAIL_DATE.search(text)
        found = years_in(trail.group(0)) if trail else []
    return found


def strip_dates(text: str) -> str:
    """*text* without the date or range it starts or ends with.

    Examples:
        >>> strip_dates("2013--2015: Harwick Fellowship, University of Norland, 2010--2015.")
        'Harwick Fellowship, University of Norland'
    """
    lead = _LEAD_DATE.match(text)
    led = bool(lead and lead.group(0).strip())
    out = text[lead.end() :] if lead and led else text
    for _ in range(2):
        trail = _TRAIL_DATE.search(out)
        # after a leading date, a bare year glued to a word belongs to the name ("Winter School 2023")
        if trail and trail.group(0).strip() and (not led or re.match(r"\s*[,;:–—(\-|]", trail.group(0))):
            out = out[: trail.start()]
    return out.strip(" ,;:–—-|")
