"""Lines of a publication list that are about the list or about one paper, not entries of it.

Two kinds are recognised:

* list remarks: a legend for the marks ("* denotes equal contribution; students underlined"),
  citation counts ("h-index 14"), "(5 of 23 peer-reviewed articles)", "see my Google Scholar
  page", a former name ("papers before 2015 appear under my maiden name"), "(list on request)".
  Left in place, such a line runs into the entry below it when nothing closes it. A remark
  wrapped over two lines is blanked whole: a remark line that breaks off mid-sentence ("...
  Published as") takes the line after it, one that starts mid-sentence the line before it.
* abstracts: an "Abstract:" paragraph printed under a paper (job-market CVs do this). It is
  the paper's summary, not a paper, and not part of its citation. A "Presented at:" or
  "Media coverage:" line under a paper is left out of the citation the same way, so that the
  year of a talk is not taken for the paper's year.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["LIST_REMARK", "blank_remarks", "cut_abstract", "is_list_remark"]

LIST_REMARK = re.compile(
    r"h-index|i10|google scholar|total citations|citations?\s*[:=]|equal(?:ly)? contribut|corresponding author|"
    r"\b(?:denotes|indicates|marks)\s+(?:equal|corresponding|first|co-?first|joint|student|advisee|mentee|senior)|"
    r"full list|see (?:my|the) (?:google|website|homepage|full)|\bpublished\s+(?:as|under)\b|"
    r"\b(?:my|the candidate'?s?) name\b|\b(?:are|is)\s+(?:underlined|in bold|bold(?:ed|face)?|starred|"
    r"marked\s+(?:with|by|in))\b|\b(?:students?|advisees?|mentees?|trainees?)\s+(?:are\s+|in\s+)?"
    r"(?:underlined|in\s+bold|bold(?:ed)?|starred|italici[sz]ed|marked)\b|"
    r"^\W*\d+\s+(?:of|out\s+of)\s+\d+\b|"
    r"\b(?:bold(?:face)?|underlined?|italics?)\s*[=:]\s*(?:me|mine|myself|the\s+candidate)\b|"  # "Bold = me"
    r"\bwhere\s+available\b|^\W*links?\s*:|"  # "Links: [pdf] [slides] where available"
    # a former name: "Papers before 2019 appear under my maiden name", "... under the name J. Roe"
    r"\b(?:my|her|his|their|the\s+candidate'?s?)\s+(?:former|maiden|previous|earlier|birth|married)\s+(?:sur)?name\b|"
    r"\b(?:appear(?:s|ed)?|listed)\s+under\s+(?:my|her|his|their|the\s+(?:sur)?name)\b|"
    r"\blist\s+(?:is\s+)?(?:available\s+)?(?:on|upon)\s+request\b",  # "Book reviews in ... (list on request)"
    re.IGNORECASE,
)
# A legend for a mark: "* = equal contribution", "† corresponding author", "^ advised student".
_LEGEND = re.compile(
    r"^\s*\(?\s*[*†‡★§¶#^+]{1,3}\s*(?:=|:|-|–|denotes|indicates|marks)?\s*[a-z]", re.IGNORECASE
)
_LEGEND_WORDS = re.compile(
    r"\b(equal|joint|co-?first|corresponding|senior|last|student|advisee|mentee|supervised|contribution|authors?)\b",
    re.IGNORECASE,
)
_PARENTHESISED = re.compile(
    r"^\s*(?:\\emph\{|\\textit\{|[*_]{1,2})?\s*[(\[].*[)\]]\s*\}?\s*[*_]{0,2}\s*\.?\s*$"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ABSTRACT = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:\\(?:textit|emph|textbf)\{|[*_]{1,2})?\s*(?:abstract|summary|tl;\s*dr)\s*"
    r"(?:\}|[*_]{1,2})?\s*[:.—–-]\s*(?:\}|[*_]{1,2})?",
    re.IGNORECASE,
)
# A line about a paper rather than part of its citation: where it was presented, who covered it.
_ANNOTATION = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:[*_]{1,2})?(?:presented\s+at|presentations?|(?:media\s+|press\s+)?coverage|"
    r"featured\s+in|slides|video|keywords|jel(?:\s+codes?)?)\s*(?:[*_]{1,2})?\s*:",
    re.IGNORECASE,
)
_LIST_MARKER = re.compile(r"^(\s*)(?:[-*+•◦▪]\s|\[\s*[A-Za-z]{0,3}\d{1,3}\s*\]|\(?\d{1,3}[.)]\s)")
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’)\]]?\s*$")
# A line that stops on a word no sentence ends with: the sentence goes on on the next line.
_BREAKS_OFF = re.compile(
    r"\b(?:a|an|the|as|at|under|before|after|until|since|of|in|on|and|or|with|by|for|from|to|is|are|was|were)\s*$"
)


def is_list_remark(line: str) -> bool:
    """Whether *line* is a remark about the list (a legend, a count, a pointer), not an entry."""
    text = line.strip()
    if not text or len(text) > 200:
        return False
    if LIST_REMARK.search(text) and (not _YEAR.search(text) or _PARENTHESISED.match(text)):
        return True
    return bool(_LEGEND.match(text) and _LEGEND_WORDS.search(text) and not _YEAR.search(text))


def blank_remarks(lines: list[str], starts_entry: Callable[[str], bool] | None = None) -> list[str]:
    """*lines* with list remarks and abstract paragraphs blanked (line numbers are kept).

    A line wholly in parentheses before the first entry is a remark too ("(selected; 5 of 23)").
    An abstract paragraph runs from its "Abstract:" line to the first blank line, or to a line
    that starts a new entry (*starts_entry*, a predicate) after a line that closes a sentence.
    """
    out = list(lines)
    seen_entry = False
    indent: int | None = None  # the indentation of the abstract being blanked, if any
    wrapped = False  # the remark on the line above broke off mid-sentence ("Published as")
    for i, line in enumerate(lines):
        if not line.strip():
            indent, wrapped = None, False
            continue
        if wrapped and not _LIST_MARKER.match(line):
            out[i] = ""  # the rest of the remark's sentence ("“J. Roe” until 2019.")
            wrapped = bool(_BREAKS_OFF.search(line))
            continue
        wrapped = False
        if indent is not None:
            prev = lines[i - 1]
            marker = _LIST_MARKER.match(line)
            next_entry = (marker and len(marker.group(1)) <= indent) or (
                _ENDS_SENTENCE.search(prev) and starts_entry is not None and starts_entry(line)
            )
            if not next_entry:
                out[i] = ""
                continue
            indent = None
        if seen_entry and _ANNOTATION.match(line):
            out[i] = ""  # one line: what follows it is not known to be part of it
        elif _ABSTRACT.match(line):
            out[i] = ""
            indent = len(line) - len(line.lstrip())
        elif is_list_remark(line):
            out[i] = ""
            wrapped = bool(_BREAKS_OFF.search(line))
            if i and _starts_mid_sentence(line, lines[i - 1], starts_entry):
                out[i - 1] = ""  # "... Papers before 2013" + "appeared under my maiden name."
        elif not seen_entry and _parenthesised_note(line):
            out[i] = ""
        else:
            seen_entry = True
    return out


_INLINE_ABSTRACT = re.compile(
    r"\s*(?:\\\\|\\newline\b|\\par\b)\s*\{?\s*(?:\\(?:textit|emph|textbf|small)\s*\{?)?\s*abstract\s*\}?\s*[:.—–-].*$",
    re.IGNORECASE | re.DOTALL,
)


def _starts_mid_sentence(line: str, prev: str, starts_entry: Callable[[str], bool] | None) -> bool:
    """Whether *line* goes on with a sentence *prev* began, *prev* being no entry's first line."""
    return (
        line.lstrip()[:1].islower()
        and bool(prev.strip())
        and not _ENDS_SENTENCE.search(prev)
        and not _LIST_MARKER.match(prev)
        and not (starts_entry is not None and starts_entry(prev))
    )


def _parenthesised_note(line: str) -> bool:
    """A sentence wholly in parentheses ("(5 of 23 articles)"); a bare label ("[2]") is not one."""
    return (
        bool(_PARENTHESISED.match(line)) and len(line) < 200 and len(re.findall(r"[^\W\d_]{3,}", line)) >= 2
    )


def cut_abstract(text: str) -> str:
    """An entry's text up to an abstract inside it (LaTeX items keep it in the item after ``\\\\``)."""
    text = _INLINE_ABSTRACT.sub("", text)
    lines = text.split("\n")
    for k, line in enumerate(lines[1:], 1):
        if _ABSTRACT.match(line):
            return "\n".join(lines[:k])
    return text
