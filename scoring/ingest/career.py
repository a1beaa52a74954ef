"""Career facts: the PhD, its institution and completion year (the current role is in ``position``).

The PhD is the doctorate line of the education section (or, failing that, a line that starts
with one elsewhere) with the institution printed on it or beside it; the year is the latest year
of the entry, and a PhD in progress ("PhD candidate", "2021 - current", "expected 2027") has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.ingest.dates import has_estimated_end, has_open_end, is_date_only, strip_dates, years_in
from scoring.ingest.plain import ORG_WORD, Line, strip_location
from scoring.ingest.sections import Section

__all__ = ["ENTRY_LABEL", "phd_in_progress", "read_phd"]


# --- PhD ------------------------------------------------------------------------------------------
_PHD = re.compile(
    r"\b(ph\.?\s?d\b\.?|ed\.?\s?d\b\.?|d\.?\s?phil\b\.?|doctor\s+of\s+(philosophy|science|engineering)|doctorate|"
    r"dr\.\s?(rer|phil|ing|sc)\.|sc\.\s?d\b\.?|(?-i:ScD)\b|doctoral\s+(degree|studies|program(me)?|candidate)|"
    r"doctorat|doctorado|dottorato|promotion\s+in)",
    re.IGNORECASE,
)
_OTHER_DEGREE = re.compile(
    r"\b(m\.?\s?sc?\b\.?|m\.?\s?eng\b|master|bachelor|b\.?\s?sc?\b\.?|b\.?\s?a\b\.|b\.?\s?e\b\.|b\.?\s?tech\b|"
    r"m\.?\s?tech\b|m\.?\s?phil\b|mba\b|diplom|licen[cs]|high\s*school|a-level|abitur|postdoc)",
    re.IGNORECASE,
)
_SCHOOL = re.compile(
    r"\b(universit\w*|universidad\w*|institut\w*|college|polytechnic|politecnico|academy|hochschule|ecole|école|eth|epfl|mit|"
    r"caltech|kaist|iit|iiit|iisc|kth|ucla|ucsd|ucl|cmu|tsinghua)\b",
    re.IGNORECASE,
)
_IN_PROGRESS = re.compile(
    r"\b(present|current(ly)?|now|ongoing|in\s+progress|candidate|expected|anticipated|estimated|"
    r"(ph\.?\s?d\.?|doctoral)\s+(student|researcher)|to\s+be\s+completed)\b",
    re.IGNORECASE,
)
# Labels of the lines under a degree or a role ("Advisor: ...", "Thesis: ...").
ENTRY_LABEL = re.compile(
    r"^(advisor|adviser|supervisor|supervised|thesis|dissertation|committee|gpa|cgpa|grade|"
    r"title|topic|major|minor|concentration|research|focus|funded|co-?advis)",
    re.IGNORECASE,
)


# a section heading in capitals ("RESEARCH", "TEACHING & SERVICE")
_CAPS_HEADING = re.compile(r"[A-Z][A-Z&,' -]{2,40}")

# an institution word alone: the rest of the name ended the line above ("..., Norland" / "University")
_BARE_ORG = re.compile(r"universit\w*|college|academy|polytechnic", re.IGNORECASE)
_LABEL_TAIL = re.compile(r"[.;]\s+" + ENTRY_LABEL.pattern.lstrip("^") + r"\b.*$", re.IGNORECASE)


# a state university system whose campus follows a comma: the campus is part of the name
_SYSTEM = re.compile(
    r"(the\s+)?university\s+of\s+(california|texas|wisconsin|illinois|maryland|massachusetts|colorado|"
    r"north\s+carolina|michigan|minnesota|missouri|nebraska|tennessee|hawai.?i|alabama|houston)",
    re.IGNORECASE,
)
_CAMPUS = re.compile(r"(at\s+)?[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}")
# a name the line end cut: "University of" / "Washington" on the next line
_DANGLING = re.compile(r"\s(of|at|for|and|in|de|di|du)$", re.IGNORECASE)
# a college of a university printed before it ("Teachers College, Columbia University")
_COLLEGE = re.compile(r"\bcollege$", re.IGNORECASE)
_UNIVERSITY = re.compile(r"^(the\s+)?(university\s+of\s+\S+|(\S+\s+){1,3}university)$", re.IGNORECASE)


def _education_window(lines: list[Line], i: int) -> tuple[list[Line], list[Line]]:
    """Lines before and after the degree line *i* that belong to the same entry."""
    before: list[Line] = []
    j = i - 1
    while (
        j >= 0
        and len(before) < 3
        and not _PHD.search(lines[j].text)
        and not _OTHER_DEGREE.search(lines[j].text)
    ):
        if lines[j].bullet and not is_date_only(lines[j].text):
            if not lines[i].bullet:  # the item this degree line continues starts here
                before.insert(0, lines[j])
            break
        before.insert(0, lines[j])
        j -= 1
    after: list[Line] = []
    for ln in lines[i + 1 : i + 5]:
        if _OTHER_DEGREE.search(ln.text) or _PHD.search(ln.text) or (ln.bullet and lines[i].bullet):
            break
        if re.match(r"^((19|20)\d\d|[A-Z][a-z]{2,8}\.? (19|20)\d\d)\b", ln.text) and not is_date_only(
            ln.text
        ):
            break  # a dated line starts the next entry
        if ln.number > (after[-1] if after else lines[i]).number + 1 and _CAPS_HEADING.fullmatch(ln.text):
            break  # a heading in capitals after a blank line: a section the heading reader did not know
        after.append(ln)
    return before, after


def _institution(degree_line: str, before: list[Line], after: list[Line], inst_first: bool) -> str | None:
    found = _institution_in(degree_line, before, after, inst_first)
    return found.strip(" .,;") if found else None


def _institution_in(degree_line: str, before: list[Line], after: list[Line], inst_first: bool) -> str | None:
    def candidates(text: str) -> list[str]:
        text = _LABEL_TAIL.sub("", text)  # "Hill University. Advisor: A. Roe"
        # notes in parentheses go, a unit of the institution stays: "(Institute of Optics)"
        text = re.sub(r"\([^)]*\)", lambda m: m.group(0) if ORG_WORD.search(m.group(0)) else " ", text)
        text = re.sub(r"\s*\([^()]*$", "", text)  # a note in parentheses that the line end cut
        return [strip_dates(p).strip() for p in re.split(r",|;|\s[–—|]\s|\s{3,}", text) if p.strip()]

    parts = candidates(_PHD.sub("", degree_line))
    own = [p for p in parts if ORG_WORD.search(p) and not ENTRY_LABEL.match(p)]
    if own:
        found = next((p for p in own if _SCHOOL.search(p)), own[0])
        # "Dr. sc. ETH (PhD ...), ETH Zürich": the short form first, the full name after it
        found = next((p for p in own if p.startswith(found + " ")), found)
        wrap = after[0].text if after else ""
        line_end = re.search(re.escape(found) + r"\s*(\||$)", degree_line)
        if _DANGLING.search(found) and line_end and re.match(r"[A-Z]", wrap):
            return found + " " + candidates(wrap)[0]  # "..., University of" / "Norland  2021"
        return _with_parent(_with_campus(found, parts), parts)
    near = (list(reversed(before)) + after) if inst_first else (after + list(reversed(before)))
    for ln in near:
        if ENTRY_LABEL.match(ln.text) or is_date_only(ln.text):
            continue
        pieces = candidates(ln.text)
        parts = [p for p in pieces if ORG_WORD.search(p)]
        if parts:
            return strip_location(ln.text.split(";")[0]) if len(parts) > 1 else _with_campus(parts[0], pieces)
    for ln in after:  # "IIIT Delhi": a short line without an institution word
        if (
            not ENTRY_LABEL.match(ln.text)
            and not is_date_only(ln.text)
            and len(ln.text.split()) <= 8
            and ":" not in ln.text
        ):
            return strip_location(strip_dates(ln.text))
    return None


def _with_parent(found: str, parts: list[str]) -> str:
    """*found* with the university that follows it when it names one of its colleges."""
    after_found = parts[parts.index(found) + 1 :] if found in parts else []
    if _COLLEGE.search(found) and after_found and _UNIVERSITY.search(after_found[0]):
        return f"{found}, {after_found[0]}"  # "Teachers College, Columbia University"
    return found


def _with_campus(found: str, parts: list[str]) -> str:
    """*found* with the campus that follows it in *parts* when it names a state university system."""
    after_found = parts[parts.index(found) + 1 :]
    if _SYSTEM.fullmatch(found) and after_found and _CAMPUS.fullmatch(after_found[0]):
        return f"{found}, {after_found[0]}"  # "University of California, Berkeley"
    return found


def _is_education(section: Section) -> bool:
    return section.kind == "education" or bool(
        re.search(r"educat|\bdegrees?\b|academic\s+background", section.heading, re.IGNORECASE)
    )


def read_phd(sections: Sequence[Section], plain: dict[int, list[Line]]) -> tuple[str | None, int | None]:
    ordered = [s for s in sections if _is_education(s)] + [
        s
        for s in sections
        if s.kind in ("header", "experience", "other", "interests") and not _is_education(s)
    ]
    for section in ordered:
        lines = plain[id(section)]
        for i, ln in enumerate(lines):
            if not _PHD.search(ln.text) or re.search(
                r"\b(students?|advis\w+|supervis\w+|co-?supervis)\b.*\b(ph\.?\s?d)", ln.text, re.IGNORECASE
            ):
                continue
            if not _is_education(section) and not re.match(
                r"^\W*(\S+\s+){0,4}" + _PHD.pattern, ln.text, re.IGNORECASE
            ):
                continue
            before, after = _education_window(lines, i)
            degree_line = ln.text
            if " ".join(ln.raw.split()) == ln.text:
                # "Ph.D., Ecology      Hill University": the column gap parts field from institution
                degree_line = re.sub(r" {3,}|\t+", " | ", ln.raw.strip())
            first_degree = next(
                (k for k, x in enumerate(lines) if _PHD.search(x.text) or _OTHER_DEGREE.search(x.text)), 0
            )
            inst_first = (
                first_degree > 0
                and not is_date_only(lines[first_degree - 1].text)
                and bool(ORG_WORD.search(lines[first_degree - 1].text))
            )
            inst = _institution(degree_line, before, after, inst_first)
            wrapped = re.search(r",\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*$", degree_line)
            if inst and _BARE_ORG.fullmatch(inst) and wrapped and not ORG_WORD.search(wrapped.group(1)):
                inst = f"{wrapped.group(1)} {inst}"  # "PhD, Economics, Norland" / "University, 2020"
            window = (
                [x.text for x in before if is_date_only(x.text) or not inst_first]
                + [degree_line]
                + [x.text for x in after if not ENTRY_LABEL.match(x.text) or is_date_only(x.text)]
            )
            joined = " ".join(window)
            if _IN_PROGRESS.search(joined) or has_open_end(joined) or has_estimated_end(joined):
                return inst, None
            years = years_in(joined)
            return inst, (max(years) if years else None)
    return None, None


def phd_in_progress(sections: Sequence[Section], plain: dict[int, list[Line]]) -> bool:
    return any(
        _PHD.search(ln.text) and (_IN_PROGRESS.search(ln.text) or has_open_end(ln.text))
        for s in sections
        if _is_education(s)
        for ln in plain[id(s)]
    )
