"""Awards, honours, prizes and fellowships: from award sections and from prose elsewhere in the CV.

Two sources:

* every entry of an awards/honours/distinctions section (dated before or after the name, in
  columns, with notes such as "(top 2%)"); a line holding several years or a range is one entry
  dated by its earliest year;
* named awards written anywhere else: "He received the Ardent Scholarship and the Tamsin
  Fellowship", a "(Best Paper Award)" note on a publication, a "C.V. Lowell Fellow" appointment,
  a named fellowship in a funding list. These are dropped when an award-section entry already
  names them.

Not awards: grants named only as grants, Latin honours and degree distinctions, oral/spotlight
labels, reviewer recognitions outside award sections, and awards won by the candidate's students
(sections about students, trainees or mentees are never read).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scoring.ingest.award_duplicates import new_only
from scoring.ingest.award_headings import split_award_headings
from scoring.ingest.award_prose import elected_members, named_awards
from scoring.ingest.award_rules import MAX_PROSE, MONEY, is_excluded, is_funding
from scoring.ingest.columns import column_sections
from scoring.ingest.dates import MONTH, edge_years, is_date_only, strip_dates, years_in
from scoring.ingest.paper_awards import paper_awards
from scoring.ingest.plain import Line, hidden_lines, plain_lines, strip_location
from scoring.model import Award

if TYPE_CHECKING:
    from scoring.ingest.sections import Section

__all__ = ["find_awards"]

# Sections never read for awards: other people's awards, talks, pending applications.
_SKIP_HEADING = re.compile(
    r"\b(students|student'?s'?|student\s*:|trainees?|mentees?|advisees|advising|mentoring|mentorship|supervis\w*|"
    r"postdocs|alumni|(group|lab|team)\s+members|"
    r"references|recommenders|pending|submitted|under\s+review)\b",
    re.IGNORECASE,
)
_SERVICE_HEADING = re.compile(
    r"\b(service|review\w*|referee\w*|editor\w*|committees?|program\s+committee)\b", re.IGNORECASE
)
# a society's "Fellow of ..." grade listed among memberships is a membership, a named fellow is not
_MEMBERSHIP_HEADING = re.compile(r"\b(memberships?|affiliations?|societies)\b", re.IGNORECASE)
_FUNDING_HEADING = re.compile(r"\b(grants?|funding|support|sponsored|projects?)\b", re.IGNORECASE)
# a page number the PDF text left between two lines of a list: "2 / 4", "Page 3 of 5", "- 2 -"
_PAGE_COUNTER = re.compile(r"^\W*(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?\W*$", re.IGNORECASE)
_DANGLING = re.compile(rf"([,&/(–—-]|\b(and|of|for|in|the|at|on|to|from|with|{MONTH}))\s*$", re.IGNORECASE)


def find_awards(sections: Sequence[Section], text: str, *, fmt: str) -> list[Award]:
    """Awards of the candidate: award-section entries first, then named awards found elsewhere.

    Args:
        sections: the CV split into sections (``split_sections``).
        text: the whole CV text the sections come from (used for comments to hide).
        fmt: ``latex``, ``markdown``, ``pdf``, ``docx`` or ``text``.

    Returns:
        Awards with their 1-based ``source_line`` and the text they were read from.
    """
    if fmt in ("bibtex", "json", "yaml"):
        return []
    hidden = hidden_lines(text, fmt)
    sections = split_award_headings(column_sections(sections, text, fmt))
    listed: list[Award] = []
    prose: list[Award] = []  # capped: a real CV never names hundreds of awards in prose
    for section in sections:
        if _SKIP_HEADING.search(section.heading) or section.kind == "talks":
            continue
        lines = [
            ln
            for ln in plain_lines(section.lines, section.start, fmt, hidden)
            if not _PAGE_COUNTER.match(ln.text)
        ]
        if section.kind == "awards" and _awarded_to_students(section.heading, lines):
            continue
        if section.kind == "awards":
            lines, after = _split_prose(lines)
            listed += _section_awards(lines, funding=bool(_FUNDING_HEADING.search(section.heading)))
            prose += named_awards(after, service=False) + elected_members(after)
        elif section.kind == "publications" and len(prose) < MAX_PROSE:
            prose += paper_awards(lines)
        elif len(prose) < MAX_PROSE:
            prose += named_awards(
                lines,
                service=bool(_SERVICE_HEADING.search(section.heading)),
                funding=bool(_FUNDING_HEADING.search(section.heading)),
                education=section.kind == "education",
                membership=bool(_MEMBERSHIP_HEADING.search(section.heading)),
                header=section.kind == "header",
            )
    return listed + new_only(prose, listed)


# --- award sections -------------------------------------------------------------------------------
# "Jun Ito†: Best Poster Award": an entry led by the person who won it
_PERSON_LED = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){1,3}\s*[†‡*§]*\s*:\s")


def _awarded_to_students(heading: str, lines: list[Line]) -> bool:
    """A "Student Awards" section whose entries each name the student who won: not the candidate's."""
    if not re.search(r"\bstudents?\b", heading, re.IGNORECASE):
        return False
    top = [ln for ln in lines if ln.depth == 0]
    return bool(top) and 2 * sum(bool(_PERSON_LED.match(ln.text)) for ln in top) >= len(top)


_LEADING_DATE = re.compile(rf"^\W{{0,2}}(?:\d{{1,2}}\s+)?(?:{MONTH}\s*,?\s*)?(?:19|20)\d\d\b", re.IGNORECASE)


def _starts_with_date(text: str) -> bool:
    return bool(_LEADING_DATE.match(text))


# a verb or preposition before an article: "I received the ...", "supervised have received the ..."
_SENTENCE = re.compile(r"\b[a-z]{2,}\s+(?:the|a|an|my|our|his|her|their)\s", re.IGNORECASE)


# "In 2022 I was named ...": a sentence of the candidate's own, not the wrapped end of an item
_FIRST_PERSON = re.compile(r"^(?:(?:[A-Z]\w*|(?:19|20)\d\d),?\s+){0,3}(?:I|We|My|Our)\s+[a-z]")
_SENTENCE_END = re.compile(r"[a-z)]\.\s+[A-Z]")


def _split_prose(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A list of awards and the paragraphs of prose that follow it after a blank line.

    "In 2025 I received the CAREER Award (...)" under a bulleted or dated list is a sentence, not
    the continuation of the last item: its awards are read as prose.
    """
    top = [ln for ln in lines if ln.depth == 0]
    listed = sum(ln.bullet or _starts_with_date(ln.text) for ln in top)
    if listed < 2:
        # a section written as a paragraph ("In 2024 I received the X Award. Earlier, ..."): all prose
        joined = " ".join(ln.text for ln in lines)
        if (
            lines
            and not listed
            and _SENTENCE.search(lines[0].text)
            and len(_SENTENCE_END.findall(joined)) >= 2
        ):
            return [], lines
        return lines, []
    for k in range(1, len(lines)):
        ln = lines[k]
        if (
            (ln.number > lines[k - 1].number + 1 or _FIRST_PERSON.search(ln.text))
            and ln.depth == 0
            and not ln.bullet
            and not _starts_with_date(ln.text)
            and len(ln.text.split()) >= 10
            and _SENTENCE.search(ln.text)
        ):
            return lines[:k], lines[k:]
    return lines, []


def _group(lines: list[Line]) -> list[list[Line]]:
    """Lines of an award section grouped into entries (an entry's first line holds its name)."""
    top = [ln for ln in lines if ln.depth == 0]
    any_bullet = sum(ln.bullet for ln in top) >= max(1, len(top) // 4)
    date_led = sum(_starts_with_date(ln.text) for ln in top) >= max(2, len(top) // 2)
    year_tail = sum(bool(edge_years(ln.text)) for ln in top) >= max(2, len(top) // 2)
    # names printed above their dates ("Name" / "2020–2024"): a date line ends the entry above it
    dates_below = bool(lines) and not _is_dates(lines[0].text)
    entries: list[list[Line]] = []
    dates: list[Line] = []  # date-only lines waiting for the entry they date
    for ln in lines:
        if entries and (ln.depth > 0 or (not ln.bullet and _indent(ln) > _indent(entries[-1][0]) + 1)):
            entries[-1].append(ln)  # nested, or indented under the entry: a detail or a wrapped name
            continue
        if _is_dates(ln.text) and not ln.bullet:
            undated = bool(entries) and not any(years_in(x.text) for x in entries[-1])
            if (
                entries
                and not dates
                and (_DANGLING.search(entries[-1][-1].text) or _is_arg(ln) or (dates_below and undated))
            ):
                entries[-1].append(ln)
            else:
                dates.append(ln)
            continue
        if dates:
            start = True
        elif any_bullet:
            start = ln.bullet
        elif date_led:
            start = _starts_with_date(ln.text)
        else:
            undated = year_tail and not any(years_in(x.text) for x in entries[-1]) if entries else False
            start = not (
                entries and (_DANGLING.search(entries[-1][-1].text) or ln.text[:1].islower() or undated)
            )
        if start or not entries:
            entries.append([*dates, ln])
            dates = []
        else:
            entries[-1].append(ln)
    return entries


def _is_dates(text: str) -> bool:
    """A date line, possibly with a note in parentheses ("2020–2024 (declined)")."""
    bare = re.sub(r"\([^()]*\)", "", text).strip()
    return bool(bare) and is_date_only(bare)


def _head(entry: list[Line], full: int = 0) -> tuple[str, list[Line]]:
    """The entry's name text (wrapped name and date lines joined) and the lines after it.

    *full* is the width of the section's longest line: a first line that fills it was wrapped.
    """
    parts = [entry[0].text]
    i = 1
    while (
        i < len(entry)
        and entry[i].depth == 0
        and (
            is_date_only(parts[-1])
            or _is_dates(entry[i].text)
            or _DANGLING.search(parts[-1])
            or _is_arg(entry[i])
            or _wrapped_before_year("".join(parts), entry[i])
            or _hanging(entry[0], entry[i], i)
            or _filled(entry[0], entry[i], i, full)
        )
    ):
        parts.append(("," if _is_arg(entry[i]) else "") + " " + entry[i].text)
        i += 1
    return "".join(parts), entry[i:]


def _indent(line: Line) -> int:
    return len(line.raw.expandtabs(4)) - len(line.raw.expandtabs(4).lstrip(" "))


def _hanging(first: Line, line: Line, i: int) -> bool:
    """A short line indented to the name's column under a date-led first line continues the name.

    "2021  Lindqvist Prize for Young" / "      Researchers (Nordic region)": the wrap of a narrow column.
    """
    lead = re.match(_LEADING_DATE.pattern + r"[\s:–—-]*", first.raw.expandtabs(4).lstrip(" "), re.IGNORECASE)
    if not lead or i > 2 or line.bullet or years_in(line.text) or line.text.rstrip().endswith("."):
        return False
    name_column = _indent(first) + lead.end()
    return _indent(line) == name_column and len(line.text.split()) <= 8


def _filled(first: Line, line: Line, i: int, full: int) -> bool:
    """A short line under a date-led first line that fills the column continues the name.

    A narrow sidebar wraps "2021 Lindqvist Prize for Early" / "Career Researchers" back to the
    column's edge, without the hanging indent a text file would keep; only the full width of the
    first line says it was wrapped.
    """
    return (
        i == 1
        and not line.bullet
        and _starts_with_date(first.text)
        and not _starts_with_date(line.text)
        and len(first.raw.strip()) >= 0.85 * full
        and not first.text.rstrip().endswith((".", ";", ")"))
        and not years_in(line.text)
        and len(line.text.split()) <= 6
        and not line.text.rstrip().endswith(".")
    )


def _wrapped_before_year(head: str, line: Line) -> bool:
    """A name without a year continued by a short line that ends with the year."""
    return (
        not years_in(head)
        and not line.bullet
        and bool(edge_years(line.text))
        and len(line.text.split()) <= 12
    )


def _is_arg(line: Line) -> bool:
    """A LaTeX macro argument on a line of its own (``\\cvhonor`` then ``{Name}``, ``{Event}``...)."""
    return line.raw.lstrip().startswith("{") and line.raw.rstrip().endswith("}") and len(line.text) < 120


_RANGE = r"(?:19|20)\d\d(?:\s*[-–—]+\s*(?:(?:19|20)\d\d|present|now))?"


# how selective it was, said after the name: "(one of 32 selected worldwide)"; a short note
# such as "(top 2%)" stays
_SELECTIVITY = re.compile(r"\s*\((?:one|\d+)\s+of\s+(?:only\s+)?\d+\s+[^()]*\)", re.IGNORECASE)


def _clean_name(text: str) -> str:
    text = re.sub(rf"\(\s*(?:{MONEY.pattern})\s*\)|[,;:–—]?\s*(?:{MONEY.pattern})", "", text)  # the amount
    text = re.sub(r"https?://\S+", "", text)
    text = re.sub(r"\s*\((?:Co-?)?PI\)", "", text)  # the role held on it: "CAREER Award (PI)"
    text = re.sub(r"\s+[A-Z]{2,5}-?\d{5,}\b", "", text)  # grant numbers: "Fellowship QRS-1509911"
    text = re.sub(r":\s*[“\"'‘].*$", "", text)  # the talk or paper title an award was for
    text = re.sub(r"\s+[–—-]\s+for\s.*$", "", text)  # "Prize – for the best thesis": the reason
    text = re.sub(
        r",\s+for\s+(?:the|my|our|a|an|his|her)\s+[^,;]*\b(?:19|20)\d\d\b.*$", "", text
    )  # ", for the 2011 paper"
    text = re.sub(r"\s*\((?:19|20)\d\d\)(?=\s*\S)", "", text)  # "Prize (2021), Society": a year mid-name
    # a note after the closing date stays with the name: "Scholarship, 2020–2024 (declined)"
    text = re.sub(rf"[,\s]+{_RANGE}\s*(\([^()]*\))[\s.]*$", r" \1", text, flags=re.IGNORECASE)
    text = strip_location(strip_dates(text))
    text = re.sub(
        r",\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*(?=,)", "", text
    )  # a date field mid-entry
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = _SELECTIVITY.sub("", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,;:–—-|.▪•◦●■") + ("." if re.search(r"\b[A-Z]\.$", text.strip(" ,;:")) else "")


# a date standing as a field of its own: "Prize, 2014, for the 2011 paper" (not "the 2011 paper")
_DATE_FIELD = re.compile(
    r"(?:^|[,;(|]|\s[–—-])\s*((?:19|20)\d\d)(?:\s*[-–—]+\s*(?:(?:19|20)\d\d|present|now))?\s*(?=[,;)|]|\s[–—-]|$)",
    re.IGNORECASE,
)


def _field_years(head: str) -> list[int]:
    """Years printed as a field of the entry, apart from years inside its name or its reason."""
    return [int(m.group(1)) for m in _DATE_FIELD.finditer(head)]


def _heads(head: str) -> list[str]:
    """One entry's name text, or one per award when a line lists several dated awards.

    "Quarry Prize (2021); Lindqvist Medal (2019)": each part separated by a semicolon has its own year.
    """
    parts = [p for p in re.split(r"\s*;\s*", head) if p.strip()]
    if len(parts) >= 2 and all(years_in(p) for p in parts):
        return parts
    return [head]


def _section_awards(lines: list[Line], *, funding: bool = False) -> list[Award]:
    """The entries of an award section; under a heading that also names funding, grants are left out."""
    awards: list[Award] = []
    full = max((len(ln.raw.strip()) for ln in lines), default=0)
    for entry in _group(lines):
        whole, rest = _head(entry, full)
        if funding and is_funding(whole):
            continue
        first = next((ln for ln in entry if not is_date_only(ln.text)), entry[0])
        for head in _heads(whole):
            name = _clean_name(head)
            if is_excluded(name):
                continue
            years = (
                edge_years(head)
                or _field_years(head)
                or years_in(head)
                or [y for ln in rest if ln.depth > 0 or is_date_only(ln.text) for y in years_in(ln.text)]
            )
            awards.append(
                Award(
                    name=name,
                    year=min(years) if years else None,
                    source_line=first.number,
                    source_text=" ".join(ln.text for ln in entry)[:400],
                )
            )
    return awards
