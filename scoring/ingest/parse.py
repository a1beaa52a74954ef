"""Text of a CV -> ``ParsedCV``. Pure: no file I/O, so tests feed strings directly.

First version: finds sections by heading keywords, splits publication lists into entries and
reads year, quoted title and venue. The parser module set deepens each step.
"""

from __future__ import annotations

import re

from scoring.model import Award, ParsedCV, Publication

__all__ = ["parse_cv"]

_YEAR = re.compile(r"\b(19[6-9]\d|20[0-4]\d)\b")
_PUB_HEAD = re.compile(r"publications?|papers|preprints|articles", re.I)
_AWARD_HEAD = re.compile(r"awards?|honou?rs|prizes|fellowships|distinctions", re.I)
_ENTRY_START = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|\d+\.|[-*•])\s+")


def _is_heading(line: str) -> bool:
    s = line.strip().strip("#*= ").strip()
    return bool(s) and len(s) < 50 and not _YEAR.search(s) and (line.lstrip().startswith("#") or s.isupper())


def _sections(lines: list[str]) -> list[tuple[str, int, list[str]]]:
    out: list[tuple[str, int, list[str]]] = [("", 0, [])]
    for i, line in enumerate(lines):
        if _is_heading(line):
            out.append((line.strip().strip("#*= "), i + 1, []))
        else:
            out[-1][2].append(line)
    return out


def _entries(body: list[str], first_line: int) -> list[tuple[int, str]]:
    entries: list[tuple[int, str]] = []
    for offset, line in enumerate(body):
        if not line.strip():
            continue
        if _ENTRY_START.match(line) or not entries:
            entries.append((first_line + offset + 1, _ENTRY_START.sub("", line).strip()))
        else:
            n, text = entries[-1]
            entries[-1] = (n, f"{text} {line.strip()}")
    return entries


def _publication(line_no: int, text: str) -> Publication:
    years = _YEAR.findall(text)
    quoted = re.search(r"[\"“](.+?)[\"”]", text)
    title = quoted.group(1).strip(" ,.") if quoted else text.split(". ")[1 if ". " in text else 0]
    return Publication(
        title=title.strip(" .,"),
        year=int(years[-1]) if years else None,
        type="preprint" if "arxiv" in text.lower() else "conference",
        source_line=line_no,
        source_text=text,
    )


def parse_cv(text: str, *, fmt: str = "text") -> ParsedCV:
    """Parse CV text into a profile; *fmt* hints at the markup (text, markdown, latex, pdf, docx)."""
    del fmt  # the first version treats every format as plain text
    lines = text.splitlines()
    cv = ParsedCV(text=text)
    cv.name = next((ln.strip("# *") for ln in lines if ln.strip()), None)
    for heading, first, body in _sections(lines):
        if _PUB_HEAD.search(heading):
            cv.publications += [_publication(n, t) for n, t in _entries(body, first)]
        elif _AWARD_HEAD.search(heading):
            for n, t in _entries(body, first):
                years = _YEAR.findall(t)
                cv.awards.append(Award(name=_YEAR.sub("", t).strip(" ,.-–"), year=int(years[0]) if years else None,
                                       source_line=n, source_text=t))
    if not cv.publications:
        cv.warnings.append("no publication section found")
    return cv
