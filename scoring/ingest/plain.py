"""Section body lines as plain text, with list structure kept: which line starts an item, how deep.

Identity and award readers work on what a reader of the printed CV sees, so LaTeX comments
(``%`` and ``comment`` environments), markdown front matter and HTML comments are hidden, and a
LaTeX macro's arguments (``\\cventry{2016}{Fellow}{Institute}``) become comma-separated fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scoring.ingest.text import clean_inline

__all__ = ["ORG_WORD", "Line", "hidden_lines", "plain_lines", "strip_location"]


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty body line as plain text."""

    number: int  # 1-based line number in the CV text
    raw: str
    text: str  # plain text, list marker removed
    bullet: bool  # the line starts a list item
    depth: int  # list nesting: 0 for top-level text and items


_MAX_LINE = 2000  # a longer "line" is not CV prose (a converter glitch); cleaning it whole would cost time
_LATEX_ITEM = re.compile(
    r"^\s*\\(item|cvlistitem|cvlistdoubleitem|cventry|cvitem|cvdoubleitem|cvline|entry|cvhonor|cvevent|"
    r"resumeItem|resumeSubheading|award)\b\*?\s*(\[[^\]]*\])?"
)
_LATEX_BEGIN_LIST = re.compile(r"\\begin\{(itemize|enumerate|description|compactitem|cvitems|entrylist)\}")
_LATEX_END_LIST = re.compile(r"\\end\{(itemize|enumerate|description|compactitem|cvitems|entrylist)\}")
_LATEX_COMMENT = re.compile(r"(?<!\\)%.*")
_TEXT_BULLET = re.compile(r"^(\s*)([-*+•◦▪●‣■□➢►▸✓⋄·–—{]|\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\))\s+")


def hidden_lines(text: str, fmt: str) -> set[int]:
    """1-based numbers of lines a reader never sees: LaTeX comments, front matter, HTML comments."""
    hidden: set[int] = set()
    lines = text.split("\n")
    if fmt == "latex":
        inside = False
        for i, line in enumerate(lines, 1):
            s = line.strip()
            if re.match(r"\\begin\{comment\}|\\iffalse\b", s):
                inside = True
            if inside or s.startswith("%"):
                hidden.add(i)
            if re.match(r"\\end\{comment\}|\\fi\b", s):
                inside = False
    elif fmt in ("markdown", "text"):
        if lines and lines[0].strip() == "---":
            for i, line in enumerate(lines[1:], 2):
                hidden.add(i)
                if line.strip() in ("---", "..."):
                    hidden.add(1)
                    break
            else:
                hidden.clear()
        inside = False
        for i, line in enumerate(lines, 1):
            if "<!--" in line:
                inside = True
            if inside:
                hidden.add(i)
            if "-->" in line:
                inside = False
    return hidden


def _latex_fields(line: str) -> str:
    """LaTeX source line -> text whose macro arguments and table cells are comma-separated."""
    line = _LATEX_COMMENT.sub("", line)
    # environments whose first brace argument is layout ({ll}, {0.5\textwidth}, {2}), not text
    line = re.sub(
        r"\\begin\{(tabular\w*|minipage|multicols|wrapfigure|tabu|longtable)\}(\[[^\]]*\])*(\{[^}]*\})*",
        " ",
        line,
    )
    line = re.sub(r"\\(begin|end)\{[^}]*\}(\[[^\]]*\])*", " ", line)
    # spacing settings are layout, not text: "\itemsep -2pt", "\vspace{0.5em}", "\setlength{\parskip}{0pt}"
    line = re.sub(
        r"\\[A-Za-z]+\*?(?:\s*\{\\?[A-Za-z]*\})?\s*=?\s*\{?\s*-?\d*\.?\d+\s*(?:pt|em|ex|cm|mm|in|bp|sp|mu)\b\}?",
        " ",
        line,
    )
    line = re.sub(r"\}\s*\{", "}, {", line)
    line = re.sub(r"\\hfill\b|\\\\(\[[^\]]*\])?|(?<!\\)&|\\newline\b|\\quad\b", ", ", line)
    return line


_EMPTY_BOX = re.compile(r"^\s*\[\s*\]")
_EMPTY_FIELDS = re.compile(r"(\s*,\s*)+(?=,)")  # empty fields of a macro: "a, , , b"
_REPEATED_COMMAS = re.compile(r"\s*,(\s*,)+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:])")


def _tidy(text: str) -> str:
    if "[" in text:
        text = _EMPTY_BOX.sub("", text)
    if "," in text:
        text = _REPEATED_COMMAS.sub(",", _EMPTY_FIELDS.sub("", text))
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    return " ".join(text.split()).strip(" ,;")


def plain_lines(lines: list[str], start: int, fmt: str, hidden: set[int] | None = None) -> list[Line]:
    """Non-empty lines of a section body (*lines* starting at line *start*) as plain text."""
    shown = frozenset(n for n in hidden or () if start <= n < start + len(lines))
    return list(_plain_lines(tuple(lines), start, fmt, shown))


@lru_cache(maxsize=256)  # identity and award readers read the same sections
def _plain_lines(lines: tuple[str, ...], start: int, fmt: str, hidden: frozenset[int]) -> tuple[Line, ...]:
    out: list[Line] = []
    depth = 0
    pending_bullet = False  # a LaTeX "\item" alone on its line marks the next text line
    for offset, full in enumerate(lines):
        number = start + offset
        raw = full[:_MAX_LINE]
        if number in hidden:
            continue
        bullet = False
        line_depth = 0
        if fmt == "latex":
            code = _LATEX_COMMENT.sub("", raw)
            opens = len(_LATEX_BEGIN_LIST.findall(code))
            closes = len(_LATEX_END_LIST.findall(code))
            m = _LATEX_ITEM.match(code)
            if m:
                bullet = True
                code = code[m.end() :]
            line_depth = max(depth - 1, 0)
            depth = max(depth + opens - closes, 0)
            text = clean_inline(_latex_fields(code), "latex")
        else:
            prepared = raw.replace("\t", " , ")
            if prepared.lstrip().startswith("|"):  # a markdown table row: cells become fields
                if re.fullmatch(r"[\s|:\-]*", prepared):
                    continue
                prepared = re.sub(r"\s*\|\s*", " , ", prepared.strip().strip("|"))
            m = _TEXT_BULLET.match(prepared)
            if m:
                bullet = True
                line_depth = len(m.group(1).expandtabs(4)) // 2 if fmt == "markdown" else 0
                prepared = prepared[m.end() :]
            text = clean_inline(prepared, fmt)
        text = _tidy(text)
        if not text or not re.search(r"\w", text):
            pending_bullet = pending_bullet or bullet
            continue
        if pending_bullet:
            bullet, pending_bullet = True, False
        out.append(Line(number, raw, text, bullet, line_depth))
    return tuple(out)


ORG_WORD = re.compile(
    r"\b(universit\w*|institut\w*|college|school|polytechnic|politecnico|academy|hochschule|ecole|école|"
    r"eth|epfl|mit|caltech|kaist|kaust|technion|iit|iiit|iisc|nit|ku\s+leuven|kth|ucla|ucsd|ucl|cmu|upenn|usc|nyu|"
    r"tsinghua|tu\s+[A-Z]\w+|universidad\w*|université|universität|"
    r"centre|center|laborator\w*|lab|hospital|department|faculty|inc\.?|llc|ltd\.?|gmbh|corporation|company|"
    r"foundation|council|agency|ministry|bank)\b",
    re.IGNORECASE,
)


# --- locations ------------------------------------------------------------------------------------
_COUNTRIES = (
    "usa|u\\.s\\.a\\.?|us|united states(?: of america)?|uk|united kingdom|england|scotland|canada|india|china|"
    "p\\.?\\s?r\\.?\\s?china|germany|france|italy|spain|netherlands|switzerland|austria|belgium|denmark|sweden|"
    "norway|finland|japan|korea|south korea|singapore|australia|new zealand|israel|brazil|mexico|hong kong|taiwan|"
    "ireland|portugal|poland|greece|turkey|iran|pakistan|bangladesh|egypt|south africa|russia|remote|online|virtual"
)
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|"
    "OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_STATE_NAMES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
    "mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|"
    "north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|"
    "utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|ontario|quebec|british columbia|bavaria|"
    "gujarat|karnataka|maharashtra|tamil nadu|delhi"
)
_PLACE = re.compile(
    rf"^\s*(?:{_COUNTRIES}|{_STATE_NAMES})\s*\.?\s*$|^\s*(?:{_US_STATES})\.?\s*$", re.IGNORECASE
)
# a country that ends a name ("Government of India", "moving to the UK") is not a location field
_TRAIL_PLACE = re.compile(
    rf"(?<!\bof)(?<!\bin)(?<!\bto)(?<!\bthe)(?<!\bfor)(?<!\band)\s+(?:{_COUNTRIES})\.?\s*$", re.IGNORECASE
)


def strip_location(text: str) -> str:
    """*text* without a trailing "City, State, Country" location.

    Examples:
        >>> strip_location("Mirren Department, Eastvale Medical Center, Dallas, TX, USA.")
        'Mirren Department, Eastvale Medical Center'
    """
    parts = [p.strip() for p in text.strip().rstrip(".").split(",")]
    removed = False
    while len(parts) > 1 and _PLACE.match(parts[-1]):
        parts.pop()
        removed = True
    if (
        removed
        and len(parts) > 1
        and len(parts[-1].split()) <= 2
        and not ORG_WORD.search(parts[-1].split()[-1])
    ):
        parts.pop()  # the city before the state or country ("College Station" too)
    elif removed:  # two-column PDF text glues the city to the institution: "Lakeside University Geneva"
        parts[-1] = re.sub(
            r"(?<=\S\s)\b(University|Institute|College|Laboratory|Lab|Center|Centre|Inc\.?|Corporation)\s+"
            r"[A-Z][\w-]+$",
            r"\1",
            parts[-1],
        )
    out = ", ".join(p for p in parts if p)
    return _TRAIL_PLACE.sub("", out).strip(" ,.")
