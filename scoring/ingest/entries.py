"""Split the body of a publication section into entries, one per publication.

Entries are recognised, in order of trust, by:

* LaTeX list commands (``\\item``, ``\\bibitem``, ``\\cventry``, ``\\entry``...);
* list markers: ``1.``, ``[3]``, ``(12)``, ``[J4]``, bullets; numbers must run in sequence (up or
  down), so a wrapped line that starts with a page number or a year is not a new entry;
* otherwise, line shape: an entry ends on a line that closes a sentence ("... 2019.") and the
  next line starts like an author list. A blank line ends an entry only when the line before
  it closes a sentence, because PDF text puts blank lines at page breaks too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.ingest.authors import looks_like_author_list
from scoring.ingest.list_shape import (
    label_column,
    quoted_title_list,
    repeated_number_lines,
    strip_label_column,
    subheading_lines,
)
from scoring.ingest.remarks import blank_remarks, cut_abstract

__all__ = ["RawEntry", "split_entries"]


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One publication entry as printed: its first line number and its lines, joined."""

    line: int  # 1-based line of the entry's first line in the extracted text
    text: str  # the entry's lines joined with "\n" (markup kept; the citation reader cleans it)
    group_year: int | None = None  # the year of a year sub-heading ("2021") the entry sits under


_LATEX_ITEM = re.compile(
    r"^\s*\\(item|bibitem|cventry|cvitem|cvlistitem|entry|cvpub|pubitem|cvline|resumeItem|paper)\b\*?"
)
_LATEX_SEPARATOR = re.compile(r"^\s*\\(begin|end)\{[^}]*\}\s*(\[[^\]]*\])?\s*(\{[^}]*\})?\s*$")
_LATEX_SKIP_ENV = re.compile(r"\\begin\{comment\}")
_NUMBER = re.compile(
    r"^\s*(?:\[\s*([A-Za-z]{0,3})(\d{1,3})\s*\]|\(\s*([A-Za-z]{0,3})(\d{1,3})\s*\)|([A-Za-z]{0,2})(\d{1,3})[.)])\s+"
)
_BULLET = re.compile(r"^\s*(?:[-*+•◦▪▫●○■□‣►▸➢✓–—]|\{|\\item)\s+|^\s*(?:US|EP|WO)?\s?\d{1,3}(?:,\d{3}){2,}\b")
_MONTH_ABBR = r"(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
_NOT_END = re.compile(
    rf"(\b[A-Z]\.|\b[A-Z][a-z]?\.-?[A-Z]\.|\bet al\.|\b(pp|vol|no|eds?|proc|conf|int|symp|trans|j|vs|dept|univ|"
    rf"assoc|natl|acad|sci|eng|rev|res|phys|chem|biol|med|comput|soc|st|{_MONTH_ABBR})\.|[,;:&(\[\-–]|\band|\bin)$",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"([.!?]|[.!?][\"”’)\]]|\d{4}[a-z]?\)?\.?|\bPMC\d+|\]\))\s*$")
_NAME_PART = r"[A-Z\u00c0-\u024f\u1e00-\u1eff][\w'’\u00c0-\u024f\u1e00-\u1eff-]+"
_PARTICLE = r"(?:van|von|de|der|den|del|della|di|da|du|le|la|dos|bin|al|el|ter)"
_AUTHOR_START = re.compile(
    r"^\s*(?:(?:19|20)\d\d[a-z]?\s*[.:)\-–]?\s+)?(?:\*\*|__|\\textbf\{)?"
    r"(?!(?:In|Proc|Proceedings|Journal|Trans|Transactions|IEEE|ACM|Advances|Conference|International|Annual|"
    r"Workshop|Nature|Science|Accepted|Submitted|Under|To|Presented|Published|Vol|Volume|Springer|Elsevier)\b)(?:"
    rf"{_NAME_PART}\.?\s*(?:[A-Z]\.\s*)*[,*†‡★§¶\d]|"  # "Roe, J." / "Roe*"
    rf"(?:[A-Z]\.\s?){{1,3}}(?:-[A-Z]\.\s?)?(?:{_PARTICLE}\s+)*{_NAME_PART}|"  # "J. A. Roe"
    rf"{_NAME_PART}\s+(?:[A-Z][\w'’.-]*\s+)?(?:{_PARTICLE}\s+)*{_NAME_PART}\s*[,.*†‡★§¶\d]|"  # "Jane van Roe,"
    rf"{_NAME_PART}\s+[A-Z]{{1,3}}\b|"  # "Roe JA"
    r"[\"“])"
)


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# "2021", "2019–2021:", and the same in bold or italics ("**2021**", "\textbf{2021}") as markdown and
# LaTeX CVs print their year sub-headings
_YEAR_ONLY = re.compile(
    r"^\s*(?:[*_]{1,2}|\\textbf\{|\\emph\{)?((?:19|20)\d\d)\s*(?:[-–—]\s*(?:(?:19|20)\d\d|present|now)?)?"
    r"\s*:?\s*(?:[*_]{1,2}|\})?\s*:?\s*$",
    re.IGNORECASE,
)
_CITATION_HINT = re.compile(
    r"\b(?:(?:19|20)\d\d|arxiv|submitted|in press|under review|in preparation)\b", re.IGNORECASE
)


def _year_line(line: str) -> int | None:
    """The year of a line that is only a year or a year range (its first year), else None."""
    m = _YEAR_ONLY.match(line)
    return int(m.group(1)) if m else None


def _strip_comment(line: str) -> str:
    return re.sub(r"(?<!\\)%.*", "", line)


def _latex_entries(body: list[str], start: int) -> list[RawEntry]:
    entries: list[tuple[int, list[str], int | None]] = []
    in_comment = False
    current: list[str] | None = None
    year: int | None = None
    for offset, raw in enumerate(body):
        if _LATEX_SKIP_ENV.search(raw):
            in_comment = True
        if in_comment:
            if re.search(r"\\end\{comment\}", raw):
                in_comment = False
            continue
        line = _strip_comment(raw)
        if not line.strip():
            continue
        if (line_year := _year_line(line)) is not None:
            current, year = None, line_year  # "\textbf{2021}" between items: a year sub-heading
            continue
        if _LATEX_ITEM.match(line):
            current = [line]
            entries.append((start + offset, current, year))
        elif _LATEX_SEPARATOR.match(line):
            current = None
        elif current is not None:
            current.append(line)
    out = [RawEntry(n, "\n".join(lines), y) for n, lines, y in entries]
    if not out:  # a list written without \item: fall back to line shape, citations only
        found = _text_entries([_strip_comment(x) for x in body], start)
        return [e for e in found if _CITATION_HINT.search(e.text) and len(e.text) > 40]
    return [e for e in out if len(re.sub(r"\\[A-Za-z]+|[{}\[\]\s]", "", e.text)) > 8]


def _number_of(line: str) -> tuple[str, int, bool] | None:
    """Prefix and number of a list label ("[C4]" -> ("C", 4)), and whether it is in brackets."""
    m = _NUMBER.match(line)
    if not m:
        return None
    prefix = m.group(1) or m.group(3) or m.group(5) or ""
    number = m.group(2) or m.group(4) or m.group(6)
    return prefix.upper(), int(number), m.group(2) is not None


def _marker_lines(lines: list[str]) -> set[int]:
    """Indexes of lines that start an entry with a list marker, numbers checked for sequence."""
    bullets = {
        i
        for i, ln in enumerate(lines)
        if _BULLET.match(ln)
        and _year_line(_BULLET.sub("", ln)) is None
        and not (i and _PATENT_NUMBER.match(ln) and _NUMBER_WRAPPED.search(lines[i - 1]))
    }
    numbered: set[int] = set()
    last: dict[str, int] = {}
    for i, ln in enumerate(lines):
        got = _number_of(ln)
        if got is None:
            continue
        prefix, n, bracketed = got
        prev = last.get(prefix)
        # "[C9]" after "[C4]": a selected list skips numbers, and a wrapped line never opens with a
        # bracketed label; bare "12." must follow "11." (it may be a page number or a volume)
        if prev is None or abs(n - prev) == 1 or (n == 1 and prev > 1) or (bracketed and n != prev):
            numbered.add(i)
            last[prefix] = n
    if len(numbered) == 1:
        (i,) = numbered
        before = next((ln for ln in reversed(lines[:i]) if ln.strip()), "")
        if (
            not _BRACKETED_OR_PREFIXED.match(lines[i])
            and before
            and not _closes(before)
            and _indent(lines[i])
        ):
            numbered = set()  # "... (EC '23), p." + "   744. ACM.": a wrapped page number, not a list
    numbered |= repeated_number_lines(lines)  # markdown "1." on every item
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if len(numbered) == 1 and first not in numbered:
        numbered = set()  # one number mid-list is a wrapped page number ("p." / "744. ACM."), not a list
    found = numbered | bullets if len(numbered) >= 2 or (numbered and not bullets) else bullets
    return _one_level(found, lines)


# "... U.S. Patent" + "10,431,208 B1, issued 2019.": a patent number wrapped onto the next line
_NUMBER_WRAPPED = re.compile(r"\b(?:Patent|Pat\.|No\.|Number)\s*$", re.IGNORECASE)
_PATENT_NUMBER = re.compile(r"^\s*(?:US|EP|WO)?\s?\d{1,3}(?:,\d{3}){2,}\b")
_BRACKETED_OR_PREFIXED = re.compile(r"^\s*(?:[\[(]|[A-Za-z]{1,3}\d)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _one_level(markers: set[int], lines: list[str]) -> set[int]:
    """Markers of the nesting level that holds the citations; deeper items ("- [pdf]") continue them."""
    levels: dict[int, list[int]] = {}
    for i in markers:
        levels.setdefault(_indent(lines[i]), []).append(i)
    if len(levels) < 2:
        return markers

    def weight(indent: int) -> int:
        return sum(1 for i in levels[indent] if _looks_like_citation(lines[i]) or len(lines[i].strip()) > 60)

    best = max(sorted(levels), key=weight)
    return set(levels[best])


def _text_entries(body: list[str], start: int) -> list[RawEntry]:
    lines = [ln.rstrip() for ln in body]
    labelled = frozenset(label_column(lines))  # a venue tag left of an entry opens it
    lines = strip_label_column(lines)
    lines = _attach_lone_markers(blank_remarks(lines, _starts_entry))
    lines = _blank_subheadings(lines)
    if _marker_lines(lines):
        entries = _marked_entries(lines, start)
    else:
        entries = _year_led_entries(lines, start) or _shape_entries(lines, start, labelled)
    return _date_by_year_lines(entries, lines, start)


_YEAR_LED = re.compile(r"^\s*((?:19|20)\d\d)[a-z]?\s+(?=[A-Z\u00c0-\u024f\u1e00-\u1eff\"“])")


def _year_led_entries(lines: list[str], start: int) -> list[RawEntry]:
    """Entries of a list whose every entry opens with its year ("2024 Title" / authors / venue).

    A year column beside the entries puts the year at the start of each entry's first line and
    nowhere else; with three or more such lines in date order, they are where entries start,
    whatever the lines between them look like.
    """
    led = [(i, int(m.group(1)), m.end()) for i, ln in enumerate(lines) if (m := _YEAR_LED.match(ln))]
    years = [y for _, y, _ in led]
    if len(led) < 3 or (years != sorted(years) and years != sorted(years, reverse=True)):
        return []
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    if sum(1 for i in filled if i >= led[0][0]) < 2 * len(led):
        return []  # one line per entry: the line-shape reader handles those
    out: list[RawEntry] = []
    for k, (i, year, cut) in enumerate(led):
        end = led[k + 1][0] if k + 1 < len(led) else len(lines)
        body = [lines[i][cut:], *(ln for ln in lines[i + 1 : end] if ln.strip())]
        out.append(RawEntry(start + i, "\n".join(body), year))
    return out


_LONE_MARKER = re.compile(
    r"^\s*(?:[-*+•◦▪▫●○■□‣►▸➢✓–—]|\[\s*[A-Za-z]{0,3}\d{1,3}\s*\]|\(\d{1,3}\)|\d{1,3}[.)])\s*$"
)


def _blank_subheadings(lines: list[str]) -> list[str]:
    """Unnamed sub-headings between entries ("Reviews and commentaries") blanked: in no entry."""
    heads = subheading_lines(
        lines, _closes, lambda ln: bool(_NUMBER.match(ln) or _BULLET.match(ln)) or _starts_entry(ln)
    )
    return [("" if i in heads else ln) for i, ln in enumerate(lines)] if heads else lines


def _attach_lone_markers(lines: list[str]) -> list[str]:
    """PDF text often puts a bullet or number on a line of its own: join it to the entry below."""
    out = list(lines)
    for i, line in enumerate(out[:-1]):
        if _LONE_MARKER.match(line):
            j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k].strip()), None)
            if j is not None:
                out[j] = f"{line.strip()} {out[j].lstrip()}"
                out[i] = ""
    return out


def _date_by_year_lines(entries: list[RawEntry], lines: list[str], start: int) -> list[RawEntry]:
    """Bare year lines date the entries below them, or above them when the list opens with an entry.

    Two-column PDF text puts a date column's years either before or after the citations they
    belong to; which one is decided by what comes first.
    """
    years = [
        (start + i, y) for i, ln in enumerate(lines) if (y := _year_line(_BULLET.sub("", ln))) is not None
    ]
    if not years or not entries or years[0][0] < entries[0].line:
        return entries
    out: list[RawEntry] = []
    for k, entry in enumerate(entries):
        end = entries[k + 1].line if k + 1 < len(entries) else start + len(lines)
        year = next((y for n, y in years if entry.line < n < end), None)
        out.append(RawEntry(entry.line, entry.text, year))
    return out


def _marked_entries(lines: list[str], start: int) -> list[RawEntry]:
    markers = _marker_lines(lines)
    entries: list[tuple[int, list[str], int | None]] = []
    if markers:
        current: list[str] | None = None
        year: int | None = None
        for i, ln in enumerate(lines):
            if (line_year := _year_line(_BULLET.sub("", ln))) is not None:
                year = line_year  # a year line: skipped, the markers delimit entries
                continue
            if i in markers:
                current = [ln]
                entries.append((start + i, current, year))
            elif current is not None and ln.strip():
                current.append(ln)
            elif current is None and ln.strip() and _looks_like_citation(ln):
                current = [ln]
                entries.append((start + i, current, year))
        return [RawEntry(n, "\n".join(ls), y) for n, ls, y in entries]
    return []


def _looks_like_citation(line: str) -> bool:
    return bool(re.search(r"\b(19|20)\d\d\b", line)) and len(line) > 40


def _shape_entries(lines: list[str], start: int, opening: frozenset[int] = frozenset()) -> list[RawEntry]:
    """Entries of an unmarked list, cut where one sentence closes and an author list begins.

    Lines in *opening* (labelled in a left column) start an entry whatever the line above.
    """
    # widths of the text, not of its indentation: a list set in a body column right of side labels
    # is indented, and its short lines would not look short
    widths = sorted(len(ln.strip()) for ln in lines if ln.strip())
    full = widths[int(len(widths) * 0.8)] if widths else 0
    undated = not any(_YEAR_IN.search(ln) for ln in lines)
    entries: list[tuple[int, list[str], int | None]] = []
    current: list[str] | None = None
    prev = ""
    blank_before = False
    year: int | None = None
    for i, ln in enumerate(lines):
        if not ln.strip():
            blank_before = True
            continue
        if (line_year := _year_line(ln)) is not None:
            current, year = None, line_year
            continue
        new = current is None
        if current is not None and _indent(ln) > _indent(current[0]) and not _indent(current[0]):
            new = False  # a hanging indent: the indented line continues the entry above
        elif current is not None:
            # "..., 2020. (oral" + "presentation)": a closing remark in parentheses (or brackets,
            # "... USA. [Best Paper Award]") ends the entry too
            closed = _closes(prev) or (
                prev.rstrip().endswith((")", "]")) and _closes(_TRAILING_REMARK.sub("", " ".join(current)))
            )
            short = len(prev.strip()) < 0.7 * full
            starts = _starts_entry(ln)
            # "... PsyArXiv. https://doi.org/10.31234/x7k2q" + "Roe, J., & Doe, B. Title": a link ends an entry
            closed = closed or (starts and bool(_LINK_END.search(prev)))
            # a dated line that does not stop mid-phrase, followed by another dated author list
            complete = (
                bool(_YEAR_IN.search(prev))
                and prev.rstrip()[-1:] in ".)]0123456789"
                and not _NOT_END.search(prev.strip())
            )
            new = (
                (closed and (starts or short or blank_before))
                or (blank_before and starts and not _open(prev))
                or (complete and starts and bool(_YEAR_IN.search(ln)))
                or (undated and short and _bare_title_follows(current[0], prev, ln))
                # "Title (with A. Roe). Journal, 2024." + "Next Title...": a dated title-first entry is done
                or (closed and bool(_YEAR_CLOSES.search(prev)) and _bare_title_follows(current[0], prev, ln))
            ) and not _continues(ln)
        if current is not None and quoted_title_list(current[0], ln):
            new = True  # "“Title one” (with A. Roe)" / "“Title two”": one paper per quoted title
        if i in opening:
            new = True
        if new and current is not None and _authors_and_year_only(" ".join(current)):
            new = False  # "Roe, Jane, and Ann Poe. 2022." wrapped before its title
        if new:
            current = [ln]
            entries.append((start + i, current, year))
        else:
            assert current is not None
            current.append(ln)
        prev = ln
        blank_before = False
    return [RawEntry(n, "\n".join(ls), y) for n, ls, y in entries if _substantial("\n".join(ls))]


_TRAILING_REMARK = re.compile(r"\s*(?:\([^()]{0,80}\)|\[[^\[\]]{0,80}\])\s*$")
_LINK_END = re.compile(r"(?:https?://|doi:\s*)\S+$", re.IGNORECASE)
_YEAR_CLOSES = re.compile(r"\b(?:19|20)\d\d[a-z]?\)?\.\s*$")
# what follows a bare title on a line of its own: where or in what state it is, not a new title
_VENUE_OR_STATUS = re.compile(
    r"^\s*(?:In|Proc|Proceedings|Journal|Trans|Transactions|IEEE|ACM|Advances|Conference|International|"
    r"Annual|Workshop|Accepted|Submitted|Under|To|Presented|Published|Forthcoming|Revise|Revised|Resubmit|"
    r"R&R|Working|Draft|Manuscript|Preprint|Invited|Available|Joint|With|Coauthors?|Co-authors?)\b"
)


def _bare_title_follows(first: str, prev: str, line: str) -> bool:
    """Whether *line* opens a new title after *prev*, the end of an entry that opens with its title.

    Economics CVs list papers title first ("Title (with A. Roe). Journal, 2024."), and work in
    progress often as bare titles with no sentence closing them; a line that ends such an entry
    (with its year, or short in an undated list) is followed by the next title.
    """
    return (
        not _starts_entry(first)
        and not _open(prev)
        and line.lstrip()[:1].isupper()
        and not _VENUE_OR_STATUS.match(line)
    )


_AUTHORS_YEAR = re.compile(r"(?P<names>[^\d\"“”:()]{3,250}?)[.,]?\s*\(?(?:19|20)\d\d[a-z]?\)?\s*[.:]?")


def _authors_and_year_only(text: str) -> bool:
    """Whether *text* is just an author list and a year, the start of an author-date citation."""
    m = _AUTHORS_YEAR.fullmatch(text.strip())
    return m is not None and looks_like_author_list(m.group("names").strip(" .,"))


def _open(line: str) -> bool:
    """Whether *line* stops mid-phrase, so the next line must continue it."""
    return bool(
        re.search(r"([,;:&\-–]|\b(and|of|the|in|on|for|to|with|a|an))\s*$", line.strip(), re.IGNORECASE)
    )


def _closes(line: str) -> bool:
    s = line.strip()
    return bool(_ENDS_SENTENCE.search(s)) and not _NOT_END.search(s)


def _starts_entry(line: str) -> bool:
    return bool(_AUTHOR_START.match(line))


def _continues(line: str) -> bool:
    s = line.lstrip()
    return not s or s[0] in ",.;:)]}" or (s[0].islower() and not s.startswith(("van ", "von ", "de ", "da ")))


def _substantial(text: str) -> bool:
    return len(re.sub(r"\W", "", text)) >= 12


def split_entries(body: list[str], start: int, *, fmt: str = "text") -> list[RawEntry]:
    """Entries of one publication (sub)section.

    Args:
        body: the section's raw body lines.
        start: 1-based line number of ``body[0]`` in the extracted text.
        fmt: the text format; LaTeX lists are split on their item commands.
    """
    found = _latex_entries(body, start) if fmt == "latex" else _text_entries(body, start)
    return [
        RawEntry(e.line, cut, e.group_year) if (cut := cut_abstract(e.text)) != e.text else e for e in found
    ]
