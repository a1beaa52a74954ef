"""Two-column text: a sidebar and a main column printed side by side on the same lines.

Plain-text exports and ``pdftotext -layout`` keep a two-column CV's columns on shared lines
("AWARDS                 PEER-REVIEWED ARTICLES"). Read line by line, award names run into
citation text. ``column_views`` finds the gutter (a character position where many lines start a
new run of text after a gap, and almost no line has a word crossing it) and returns one text per
column, each with the same number of lines as the original so that line numbers stay right.

A gutter counts only when both columns hold section headings of their own: a single-column CV
with its dates aligned on the right has a gutter-like gap but no headings right of it.

One section can be printed in two columns on its own: two award lists side by side under one
heading ("2023  Quarry Medal        2019  Lake Prize"). Such a section is read as its two lists
when both sides begin their items the same way (a year then a name, or a bullet).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from scoring.ingest.headings import classify_heading
from scoring.ingest.sections import Section, split_sections

__all__ = ["column_sections", "column_views"]

_MIN_GAP = 3  # spaces between the columns
_MIN_COLUMN = 12  # the left column is at least this wide
_MAX_CROSSING = 0.12  # share of long lines allowed to run across the gutter (a full-width header)


def _starts_after_gap(line: str) -> list[int]:
    """Positions where text resumes after a gap of at least ``_MIN_GAP`` spaces (or indentation)."""
    return [
        m.end() for m in re.finditer(rf"(?:^| ) {{{_MIN_GAP - 1},}}(?=\S)", line) if m.end() >= _MIN_COLUMN
    ]


def _is_heading(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) <= 40 and text.upper() == text and classify_heading(text)[0] is not None


def _split(lines: list[str], gutter: int) -> tuple[list[str], list[str]]:
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if len(line) <= gutter or line[gutter - 1] != " ":
            left.append(line.rstrip())  # short, or a full-width line that crosses the gutter
            right.append("")
        else:
            left.append(line[:gutter].rstrip())
            right.append(line[gutter:].rstrip())
    return left, right


def column_views(text: str) -> tuple[str, str] | None:
    """The left and right columns of a two-column *text*, or ``None`` when it has one column."""
    lines = text.split("\n")
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < 8:
        return None
    counts: Counter[int] = Counter(pos for ln in filled for pos in _starts_after_gap(ln))
    for gutter, hits in counts.most_common(4):
        if hits < max(5, len(filled) // 5):
            break
        long_lines = [ln for ln in filled if len(ln) > gutter]
        crossing = sum(ln[gutter - 1] != " " for ln in long_lines)
        if crossing > _MAX_CROSSING * max(len(long_lines), 1):
            continue
        left, right = _split(lines, gutter)
        if any(_is_heading(t) for t in right) and any(_is_heading(t) for t in left):
            return "\n".join(left), "\n".join(right)
    return None


@lru_cache(maxsize=8)  # identity and award readers ask for the same text
def _view_sections(text: str, fmt: str) -> tuple[Section, ...] | None:
    views = column_views(text)
    if views is None:
        return None
    return tuple(section for view in views for section in split_sections(view, fmt=fmt))


# an item's opening: a year followed by a word ("2019  Lake Prize"), or a bullet
_ITEM_START = re.compile(
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?[:.,]?\s+[^\W\d]|[•▪◦·*–-]\s+\S)"
)


def _side_by_side(section: Section) -> tuple[Section, Section] | None:
    """The two lists of a section printed side by side, or ``None``."""
    lines = section.lines
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < 2 or section.kind == "publications":
        return None
    counts: Counter[int] = Counter(pos for ln in filled for pos in _starts_after_gap(ln))
    for gutter, hits in counts.most_common(3):
        if hits < 2 or any(len(ln) > gutter and ln[gutter - 1] != " " for ln in filled):
            continue
        left, right = _split(lines, gutter)
        # both sides open at least two items; a right-hand date or amount column opens none
        if sum(bool(_ITEM_START.match(t.strip())) for t in right) < 2:
            continue
        if sum(bool(_ITEM_START.match(t.strip())) for t in left) < 2:
            continue
        if any(t.strip() and not t.startswith(" ") and not _ITEM_START.match(t) for t in right):
            continue  # a right-hand text that is neither an item nor indented under one: not a list
        return replace(section, lines=left), replace(section, lines=right)
    return None


def _split_side_lists(sections: Sequence[Section]) -> Sequence[Section]:
    out: list[Section] = []
    for section in sections:
        pair = _side_by_side(section)
        out += pair if pair else [section]
    return out if len(out) > len(sections) else sections


def column_sections(sections: Sequence[Section], text: str, fmt: str) -> Sequence[Section]:
    """*sections*, or for two-column plain or PDF *text* the sections of each column in turn.

    A section that prints two lists side by side is read as its left list, then its right one.
    """
    if fmt not in ("text", "pdf"):
        return sections
    return _split_side_lists(_view_sections(text, fmt) or sections)
