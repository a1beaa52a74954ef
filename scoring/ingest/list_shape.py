"""Layout clues inside one publication list that tell where its entries start.

Three layouts the marker and line-shape rules in ``entries`` misread:

* Markdown ordered lists written ``1.`` on every item (the renderer numbers them): each item
  is an entry although the numbers do not run in sequence.
* Lists of bare quoted titles (``“Title one” (with A. Roe)`` / ``“Title two”``), as working
  papers are often listed: no line closes a sentence, yet each quoted title is a new paper.
* An unnamed sub-heading between two runs of entries ("Reviews and commentaries", "Graduate
  and Postdoctoral Work", "Early Work (Harbor Lab, 2008–2012)"): a short line of words between a
  finished entry (or the top of the list) and the start of the next. It is not part of either entry. A list whose entries open with a short title line has
  many such lines, so only a list where they are rare has sub-headings.
* A label column left of the entries (venue tags such as "ICSE'26", "NeurIPS 2024" or "[PVLDB]"), as
  PDF text of a two-column CV prints it: the label opens the entry's first line, a wide gap follows,
  and the entry's wrapped lines are indented to where its text starts. The label is not part of the
  citation (it would read as the first author's first name), and each label opens an entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scoring.ingest.dates import is_date_only

__all__ = [
    "label_column",
    "quoted_title_list",
    "repeated_number_lines",
    "strip_label_column",
    "subheading_lines",
]

_LABEL = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,3})[.)]\s+\S")


def repeated_number_lines(lines: list[str]) -> set[int]:
    """Indexes of list items that all carry the same number ("1." on every markdown item).

    Examples:
        >>> sorted(repeated_number_lines(["1. A. Roe. One. 2020.", "1. A. Roe. Two. 2019.", "   cont."]))
        [0, 1]
    """
    found = [(i, m) for i, ln in enumerate(lines) if (m := _LABEL.match(ln))]
    if len(found) < 2:
        return set()
    numbers = {m.group("number") for _, m in found}
    indents = {len(m.group("indent")) for _, m in found}
    return {i for i, _ in found} if len(numbers) == 1 and len(indents) == 1 else set()


_QUOTED = re.compile(r"^\s*(?:[-*+•]\s+)?[“\"][^\"“”]{3,300}[\"”]")


def quoted_title_list(first: str, line: str) -> bool:
    """Whether *line* starts a new entry in a list whose entries open with a quoted title.

    *first* is the first line of the entry being read; when it opens with a whole quoted title,
    so do its siblings, and a line that does is the next entry (its continuation lines do not).
    """
    return bool(_QUOTED.match(first) and _QUOTED.match(line))


_STATUS_OR_NOTE = re.compile(
    r"\b(?:press|review|submitted|accepted|forthcoming|preparation|appear|resubmit|revision|revised|"
    r"award|prize|best|mention|finalist|nominee|nominated|oral|spotlight|poster|invited|selected|featured|"
    r"highlight\w*|cover|version|available|preprint|arxiv|code|slides|video|talk|see|also|reprinted|"
    r"translated|media|press|covered|editor'?s?|choice|pick|abstract|pdf|link|doi)\b",
    re.IGNORECASE,
)
_HEADING_LINE = re.compile(
    r"^[A-Z\u00c0-\u024f][\w'’\u00c0-\u024f-]*,?(?:\s+[\w'’\u00c0-\u024f&/,-]+){1,7}\s*:?$"  # "Short, demo papers"
)
_PLACE_AND_YEARS = re.compile(r"\s*\([^()]{0,80}\)\s*:?$")
_REMARK = re.compile(r"\(.*\)")  # "(* corresponding author)" on a line of its own
_MAX_SHARE = 2  # dated lines per sub-heading; a list of title-first entries has about one


def subheading_lines(
    lines: list[str], closes: Callable[[str], bool], starts_entry: Callable[[str], bool]
) -> set[int]:
    """Indexes of short word-only lines that sit between a finished entry and the next one.

    Args:
        lines: the list's lines.
        closes: whether a line ends a citation (the sentence closes).
        starts_entry: whether a line opens a citation (author list, list marker).
    """
    found: set[int] = set()
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    for k, i in enumerate(filled[:-1]):
        text = _PLACE_AND_YEARS.sub("", lines[i].strip())  # "Postdoctoral Work (Harbor Lab, 2010–2014)"
        if (
            len(text) > 60
            or not _HEADING_LINE.match(text)
            or re.search(r"\d|[“”\"]", text)
            or _STATUS_OR_NOTE.search(text)
        ):
            continue
        before = lines[filled[k - 1]].strip() if k else ""
        after_entry = not before or closes(before) or _REMARK.fullmatch(before)
        if after_entry and starts_entry(lines[filled[k + 1]]):
            found.add(i)
    dated = sum(1 for i in filled if i not in found and re.search(r"\b(?:19|20)\d\d\b", lines[i]))
    return found if found and dated >= _MAX_SHARE * len(found) and len(found) <= 3 else set()


# "ICSE'26   A. Roe...", or a bracketed tag that may sit right-aligned in its column ("  [PVLDB]   A. Roe")
_COLUMN_LABEL = re.compile(
    r"^(?:\s*(?P<tag>\[[^\[\]]{1,20}\])|(?P<label>\S{1,16}(?: \S{1,16})?))(?P<gap> {3,})(?=\S)"
)
_LIST_MARK = re.compile(r"^[\[(]|[.)\]:]$")  # "[J4]", "C2.": list markers, read as such
_NUMBERED_TAG = re.compile(r"\[\s*[A-Za-z]{0,3}\d{1,3}\s*\]")  # "[J4]", "[12]": a list marker too
_BRACKET_TAG = re.compile(r"\s*\[")
_MIN_LABELS = 3  # labelled entries sharing one text column
_SLACK = 2  # PDF text places a column's lines a space or two apart


def _label_end(line: str) -> int | None:
    """Where the text after a left-column label starts on *line*, or None when it has no label."""
    m = _COLUMN_LABEL.match(line)
    if m is None:
        return None
    label = m.group("label") or m.group("tag")
    if m.group("tag"):
        ok = not _NUMBERED_TAG.fullmatch(label)
    else:
        ok = not _LIST_MARK.search(label) and not is_date_only(label)  # "Summer 2024": a date column
    return m.end() if ok and re.search(r"[A-Za-z]", label) else None


def label_column(lines: list[str]) -> dict[int, int]:
    """Lines that open with a left-column label, each with where its text starts.

    A label counts only when it holds a letter and is no date or list number (those are read
    elsewhere), at least three labelled lines (or one bracketed tag) start their text at one column, and wrapped lines
    sit at that column too: a justified line with a wide gap between words has no such column.
    The column may wander by a space or two, as PDF text of one column does.
    """
    found = {i: end for i, ln in enumerate(lines) if (end := _label_end(ln)) is not None}
    # a bracketed tag ("[MS]   A. Roe...") is a label even alone, as in a list of one entry
    least = 1 if all(_BRACKET_TAG.match(lines[i]) for i in found) else _MIN_LABELS
    if not found or len(found) < least:
        return {}
    columns = list(found.values())
    column = max(set(columns), key=lambda c: sum(abs(c - x) <= _SLACK for x in columns))
    labelled = {i: c for i, c in found.items() if abs(c - column) <= _SLACK}
    wrapped = sum(
        1
        for i, ln in enumerate(lines)
        if i not in labelled and ln.strip() and abs(_indent(ln) - column) <= _SLACK
    )
    if len(labelled) < least or wrapped < max(1, len(labelled) // 2):
        return {}
    return labelled


def strip_label_column(lines: list[str]) -> list[str]:
    """*lines* with short labels in a left column (see ``label_column``) cut off the entries' first lines.

    Examples:
        >>> strip_label_column(["KDD'21     A. Roe. A title.", "           In Proc. KDD, 2021."] * 3)[0]
        'A. Roe. A title.'
    """
    labelled = label_column(lines)
    return [ln[labelled[i] :] if i in labelled else ln for i, ln in enumerate(lines)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
