"""The candidate's current position, read from the experience sections or the header.

The first open-ended role of the experience sections ("2021 - present", "since 2021", "2021 -",
"2022– Lecturer") as title, unit and institution; else a role ending on an estimated date; else
a first-listed role with only a start year; else a role the header states.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.ingest.career import ENTRY_LABEL
from scoring.ingest.dates import (
    has_estimated_end,
    has_open_end,
    is_date_only,
    starts_open_range,
    strip_dates,
    years_in,
)
from scoring.ingest.names import latex_arguments, looks_like_name
from scoring.ingest.plain import ORG_WORD, Line, strip_location
from scoring.ingest.sections import Section
from scoring.ingest.text import clean_inline

__all__ = ["read_position"]

_ADVISED = re.compile(
    r"\((?:co-?)?(advised|supervised|mentored|hosted|with|working with)\b[^)]*\)", re.IGNORECASE
)
_TITLE_WORD = re.compile(
    r"\b(professor|lecturer|reader|postdoc\w*|fellow|researcher|scientist|engineer|director|head|chair|"
    r"ph\.?\s?d\.?\s+(student|candidate)|doctoral\s+(student|candidate)|research\s+assistant|"
    r"associate|instructor|analyst|consultant|founder|manager|developer|intern|expert)\b",
    re.IGNORECASE,
)


def _macro_role(lines: list[Line], i: int) -> str | None:
    """Role written as LaTeX macro arguments on lines of their own (``\\cventry`` then ``{Title}``...)."""
    start = i
    while start > 0 and not lines[start].bullet and lines[start - 1].raw.lstrip().startswith(("{", "\\")):
        start -= 1
    fields: list[str] = []
    for ln in lines[start:]:
        if ln is not lines[start] and ln.bullet:
            break
        if not ln.raw.lstrip().startswith("{") or len(ln.text.split()) > 12:
            continue
        if not is_date_only(ln.text):
            fields.append(_ADVISED.sub("", strip_dates(ln.text)).strip(" ,;."))
    out = strip_location(", ".join(f for f in fields[:3] if f))
    return out or None


def _role_above(lines: list[Line], i: int) -> str | None:
    """Role printed on the lines just above its dates ("Title / Institution / 2019 - present")."""
    j = i - 1
    while j >= 0 and is_date_only(lines[j].text):
        j -= 1
    block: list[str] = []
    while j >= 0 and len(block) < 2:
        ln = lines[j]
        if (ln.bullet and block) or years_in(ln.text) or is_date_only(ln.text) or len(ln.text.split()) > 15:
            break
        block.insert(0, ln.text)
        if ln.bullet:
            break
        j -= 1
    while block and not _TITLE_WORD.search(block[0]):
        block.pop(0)
    if not block:
        return None
    return ", ".join(strip_location(_ADVISED.sub("", b)).strip(" ,;.") for b in block) or None


_CONTINUATION = re.compile(r"^(of|and|for|in|at|the|de|du|der|di|&)\s")  # lower case: a wrapped name
_BARE_ORG_LINE = re.compile(r"^(universit\w*|college|institute|academy|polytechnic)\s*(,|$)", re.IGNORECASE)
_DANGLING_END = re.compile(r"(?:\b(?:and|of|for|in|at|the|&)|[,&/–-])\s*$", re.IGNORECASE)


def _wrapped_from_above(lines: list[Line], i: int, title: str) -> str:
    """*title* with the start of its entry when the dates are on a wrapped line of it.

    "Lecturer, School of Music," / "Hill University, since 2021": the line above ends with a
    comma or a dangling word and holds no dates of its own.
    """
    if not title or lines[i].bullet:
        return title
    j = i - 1
    while (
        j >= 0
        and i - j <= 2
        and not years_in(lines[j].text)
        and (lines[j].raw.rstrip().endswith(",") or _DANGLING_END.search(lines[j].text))
    ):
        sep = ", " if lines[j].raw.rstrip().endswith(",") else " "
        title = f"{lines[j].text.rstrip(' ,')}{sep}{title}"
        if lines[j].bullet:
            break
        j -= 1
    return title


def _role_text(lines: list[Line], i: int) -> str | None:
    """Title, unit and institution of the role whose dates are on line *i*."""
    ln = lines[i]
    if ln.raw.lstrip().startswith("{") and is_date_only(ln.text):
        return _macro_role(lines, i)
    text = re.sub(r"\s+\|\s+", ", ", ln.text)  # "Title | Institution | 2022-Present"
    fields = latex_arguments(ln.raw, "cventry", 6) if "\\cventry" in ln.raw else None
    if fields and len(fields) >= 5:  # dates, title, employer, place, grade, description: no description
        text = ", ".join(f for f in (clean_inline(a, "latex").strip() for a in fields[:4]) if f)
    title = _ADVISED.sub("", strip_dates(re.sub(r"\((estimated|expected)\)", "", text, flags=re.IGNORECASE)))
    title = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if is_date_only(m.group(1)) else m.group(0), title)
    title = re.sub(r"\s+", " ", title).strip(" ,;.")  # dates in parentheses mid-line: "Reader (2021–), ..."
    title = _wrapped_from_above(lines, i, title)
    k = i + 1
    if not title or is_date_only(ln.text):
        above = _role_above(lines, i)
        if above:
            return above
        # dates in a column of their own, printed before the role: the role follows
        while k < len(lines) and is_date_only(lines[k].text):
            k += 1
        if k >= len(lines) or lines[k].bullet:
            return None
        title = _ADVISED.sub("", strip_dates(lines[k].text)).strip(" ,;.")
        k += 1
    # a title wrapped at a hanging indent: the line ends with "and" or a comma, or the next opens with "of"
    while (
        k < len(lines)
        and not lines[k].bullet
        and not years_in(lines[k].text)
        and (
            _DANGLING_END.search(title)
            or lines[k - 1].raw.rstrip().endswith(",")
            or _CONTINUATION.match(lines[k].text)
            or _BARE_ORG_LINE.match(lines[k].text)
        )
    ):
        title = (
            f"{title}, {lines[k].text}"
            if lines[k - 1].raw.rstrip().endswith(",")
            else f"{title} {lines[k].text}"
        )
        title = title.strip(" ,;.")
        k += 1
    parts = [title]
    if "," not in title and not ORG_WORD.search(title):
        for ln2 in lines[k : k + 2]:
            t = ln2.text.strip()
            if ln2.bullet or has_open_end(t) or years_in(t) or len(t.split()) > 30 or t[:1].islower():
                break
            if (
                not (ORG_WORD.search(t) or len(t.split()) <= 6)
                or ENTRY_LABEL.match(t)
                or re.search(r"\b(I|[Mm]y|[Ww]e|[Oo]ur)\b", t)
            ):
                break
            parts.append(strip_location(t))
            if ORG_WORD.search(t) and re.search(
                r"universit|institut|college|inc\b|llc|ltd|corporation", t, re.IGNORECASE
            ):
                break
        if len(parts) == 1 and i > 0 and not lines[i - 1].bullet and not years_in(lines[i - 1].text):
            prev = lines[i - 1].text
            if ORG_WORD.search(prev) and len(prev.split()) <= 12:
                parts.append(strip_location(prev))  # two-column layouts print the institution first
    employer = _parent_item(lines, i)
    if employer and employer.casefold() not in " ".join(parts).casefold():
        parts.append(employer)
    out = ", ".join(p for p in (strip_location(p) for p in parts) if p)
    moved = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", out)
    if moved and _TITLE_WORD.search(moved.group(2)) and not _TITLE_WORD.search(moved.group(1)):
        out = f"{moved.group(2)}, {moved.group(1)}"  # "Lab Inc. (Data Scientist)" -> title first
    return re.sub(r"\s+", " ", out).strip(" ,;.") or None


def _parent_item(lines: list[Line], i: int) -> str | None:
    """The undated list item a nested role sits under ("- **Lab Inc.**, City" / "  - Title (2021–now)")."""
    if not lines[i].depth:
        return None
    for ln in reversed(lines[:i]):
        if ln.bullet and ln.depth < lines[i].depth:
            text = strip_location(ln.text).strip(" ,;.")
            return text if not years_in(ln.text) and 0 < len(text.split()) <= 8 else None
    return None


def read_position(sections: Sequence[Section], plain: dict[int, list[Line]]) -> str | None:
    experience = [s for s in sections if s.kind == "experience"]
    estimated: str | None = None
    for section in experience:
        lines = plain[id(section)]
        for i, ln in enumerate(lines):
            window = ln.text if not is_date_only(ln.text) else " ".join(x.text for x in lines[i : i + 2])
            if (
                has_open_end(ln.text)
                or starts_open_range(ln.text)
                or (is_date_only(ln.text) and has_open_end(window))
            ):
                role = _role_text(lines, i)
                if role:
                    return role
            elif has_estimated_end(ln.text) and years_in(ln.text) and estimated is None:
                estimated = _role_text(lines, i)
    if estimated:
        return estimated
    for section in experience:  # reverse-chronological list whose first role has only a start year
        lines = plain[id(section)]
        dated = [(i, ln) for i, ln in enumerate(lines) if years_in(ln.text)]
        if dated:
            i, first = dated[0]
            ys = years_in(first.text)
            latest = max(y for _, x in dated for y in years_in(x.text))
            if len(ys) == 1 and ys[0] >= latest and re.match(r"^\W*(19|20)\d\d\b(?!\s*[-–—])", first.text):
                return _role_text(lines, i)
    heads = [s for s in sections[:3] if s.kind == "header" or looks_like_name(s.heading)]
    for header in heads:
        lines = plain[id(header)]
        for i, ln in enumerate(lines[:12]):
            # a role the header dates as open ("..., Hill University (since 2022)") may be a long one
            if (
                _TITLE_WORD.search(ln.text)
                and len(ln.text.split()) <= (24 if has_open_end(ln.text) else 14)
                and not re.search(r"@|https?:", ln.text)
            ):
                nxt = lines[i + 1].text if i + 1 < len(lines) else ""
                if ORG_WORD.search(ln.text) and "," in ln.text:
                    undated = re.sub(
                        r"\s*\(([^()]*)\)", lambda m: "" if is_date_only(m.group(1)) else m.group(0), ln.text
                    )
                    return strip_location(undated)
                if ORG_WORD.search(nxt) and not re.search(r"@|https?:|\d{3}", nxt):
                    return f"{ln.text.strip(' ,')}, {strip_location(nxt)}"
    return None
