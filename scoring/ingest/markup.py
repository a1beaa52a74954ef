"""An entry's markup read into fields: LaTeX arguments and line breaks, markdown emphasis.

``read_fields`` turns one printed entry into a list of plain-text *fields* (one for plain text;
one per ``\\cventry`` argument or ``\\\\``-separated line in LaTeX) and remembers which runs were
bold or italic, because a CV's emphasis often marks the title or the candidate's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.ingest.text import clean_inline, strip_markdown

__all__ = ["MARKER", "EntryFields", "html_to_markdown", "read_fields"]

_MMYY = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\s*$")


@dataclass(slots=True)
class EntryFields:
    """The fields of one entry and its emphasised runs."""

    fields: list[str]
    bold: list[str]
    emph: list[str]  # italic or bold runs that may be a title or venue
    date: int | None = None  # year from a dedicated date field (``\entry{09/18}``)


def _braced_args(text: str, pos: int) -> tuple[list[str], int]:
    args: list[str] = []
    while True:
        m = re.compile(r"\s*(\[[^\]]*\])?\s*\{").match(text, pos)
        if not m:
            return args, pos
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        args.append(text[m.end() : j - 1])
        pos = j


_LATEX_EMPH = re.compile(r"\\(textbf|textit|emph|textsl|bf|it|em)\s*\{")


def _latex_runs(text: str) -> tuple[list[str], list[str]]:
    bold: list[str] = []
    emph: list[str] = []
    for m in _LATEX_EMPH.finditer(text):
        args, _ = _braced_args(text, m.end() - 1)
        if not args:
            continue
        run = clean_inline(args[0])
        if len(run) < 2:
            continue
        (bold if m.group(1) in ("textbf", "bf") else emph).append(run)
        if m.group(1) in ("textbf", "bf"):
            emph.append(run)
    for m in re.finditer(r"\{\\(bf|it|em)\s+([^{}]+)\}", text):
        run = clean_inline(m.group(2))
        (bold if m.group(1) == "bf" else emph).append(run)
    return bold, emph


def _latex_fields(raw: str) -> EntryFields:
    text = re.sub(r"(?<!\\)%.*", "", raw)
    m = re.match(r"\s*\\(cventry|entry|cvitem|cvlistitem|cvpub|pubitem|cvline|paper|resumeItem)\*?", text)
    bold, emph = _latex_runs(text)
    if m:
        args, _ = _braced_args(text, m.end())
        fields = [clean_inline(a) for a in args]
        date = None
        for f in fields[:1] + fields[-1:]:
            mm = _MMYY.match(f)
            if mm:
                yy = int(mm.group(2))
                date = yy if yy > 100 else 2000 + yy if yy < 50 else 1900 + yy
            elif re.fullmatch(r"(19|20)\d\d", f.strip()):
                date = int(f.strip())
        fields = [f for f in fields if f and not _MMYY.match(f)]
        return EntryFields(fields, bold, emph, date)
    text = (
        re.sub(r"^\s*\\(item|bibitem)\s*(\[[^\]]*\])?\s*(\{[^}]*\})?", "", text)
        if re.match(r"\s*\\bibitem", text)
        else re.sub(r"^\s*\\item\s*(\[[^\]]*\])?", "", text)
    )
    parts = re.split(r"\\\\|\\newline\b|\\par\b|\\newblock\b", text)
    fields = [clean_inline(p) for p in parts]
    return EntryFields([f for f in fields if f], bold, emph)


_MD_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_MD_ITALIC = re.compile(r"(?<![*\w])\*(?!\*)(.+?)(?<!\*)\*(?![*\w])|(?<![_\w])_(?!_)(.+?)(?<!_)_(?![_\w])")


_HTML_STRONG = re.compile(r"<(u|b|strong|ins)>(.*?)</\1>", re.IGNORECASE)
_HTML_EMPH = re.compile(r"<(i|em|cite)>(.*?)</\1>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_MD_ESCAPE = re.compile(r"\\([\\`{}\[\]()#+\-.!|~<>])")


def html_to_markdown(text: str) -> str:
    """Inline HTML and backslash escapes of a markdown entry as plain markdown.

    Underline and bold tags highlight an author as ``**`` does; an escaped ``\\*`` is a printed
    asterisk (an equal-contribution mark), kept as ``∗`` so it is not read as emphasis.
    """
    text = text.replace("\\*", "\u2217")
    text = _HTML_STRONG.sub(r"**\2**", text)
    text = _HTML_EMPH.sub(r"*\2*", text)
    text = _HTML_TAG.sub("", text)
    return _MD_ESCAPE.sub(r"\1", text)


def _markdown_fields(raw: str) -> EntryFields:
    raw = html_to_markdown(raw)
    text = re.sub(r"\[\s*\[[^\]]*\]\([^)]*\)\s*\]", " ", raw)  # "[[paper](url)]" link groups
    # "[arXiv](url)", "[pdf](url)": links to copies of the paper, not part of the citation
    text = re.sub(
        r"\[\s*(?:pdf|code|slides|video|link|paper|bib|project|poster|arxiv|html|talk|data|doi)\s*\]\([^)]*\)",
        " ",
        text,
        flags=re.IGNORECASE,
    )
    text = _join_lines(text)
    text = re.sub(r"^\s*(?:[-*+]|\d{1,3}\.)\s+", "", text)
    bold = [strip_markdown(m.group(1) or m.group(2)).strip() for m in _MD_BOLD.finditer(text)]
    no_bold = _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    emph = [strip_markdown(m.group(1) or m.group(2)).strip() for m in _MD_ITALIC.finditer(no_bold)]
    return EntryFields([clean_inline(text, "markdown")], bold, bold + emph)


_BROKEN_HYPHEN = re.compile(r"(?<=[A-Za-z])-\s*\n\s*(?=[A-Z])|(?<=\d)([-–])\s*\n\s*(?=\d)")
_NEWLINE = re.compile(r"\s*\n\s*")


def _join_lines(raw: str) -> str:
    """Lines of one entry as one string; "Long-" + "Context" keeps its hyphen without a space."""
    if "\n" not in raw:
        return raw
    if "-" in raw or "–" in raw:
        raw = _BROKEN_HYPHEN.sub(lambda m: m.group(1) or "-", raw)
    return _NEWLINE.sub(" ", raw)


_LATEX_MARKUP = re.compile(r"\\(textbf|textit|emph|item)")
_MD_BOLD_START = re.compile(r"\*\*\S")


def _text_fields(raw: str) -> EntryFields:
    text = _join_lines(raw)
    if "\\" in text or "$" in text:
        return (
            _latex_fields(text)
            if _LATEX_MARKUP.search(text)
            else EntryFields([clean_inline(text, "latex")], [], [])
        )
    return EntryFields([clean_inline(text, "text")], [], [])


MARKER = re.compile(
    r"^\s*(?:(?:US|EP|WO)?\s?\d{1,3}(?:,\d{3}){2,}\b|\[\s*[A-Za-z]{0,3}\d{1,3}\s*\]|\(\s*[A-Za-z]{0,3}\d{1,3}\s*\)|[A-Za-z]{0,2}\d{1,3}[.)]|"
    r"[-*+•◦▪▫●○■□‣►▸➢✓–—{])\s*"
)


_LEADING_YEAR = re.compile(r"^\s*((?:19|20)\d\d)[a-z]?\s*[.:)\-–]?\s+(?=\S)")


def read_fields(raw: str, fmt: str) -> EntryFields:
    if fmt == "latex":
        f = _latex_fields(raw)
    elif fmt == "markdown" or ("**" in raw and _MD_BOLD_START.search(raw)):
        f = _markdown_fields(raw)
    else:
        f = _text_fields(raw)
    if f.fields:
        f.fields[0] = MARKER.sub("", f.fields[0], count=1)
        lead = _LEADING_YEAR.match(f.fields[0])
        if lead and len(f.fields[0]) > 30:  # a date column printed before the citation
            f.date = f.date or int(lead.group(1))
            f.fields[0] = f.fields[0][lead.end() :]
    return f
