"""Split CV text into sections by heading, whatever the heading looks like.

Headings are recognised by their markup where there is any (LaTeX ``\\section``, markdown ``#``,
setext underlines, a bold-only line) and otherwise by their words: a short line made of heading
vocabulary ("Selected Peer-Reviewed Publications", "HONORS & AWARDS") is a heading even in PDF
text where nothing else marks it. Each section gets a *kind*; publication (sub)sections also get
the publication type their heading announces ("Journal Articles" -> journal).

Sub-headings inherit their parent's kind unless their own words say otherwise: "Conferences"
under "Invited Talks" stays a talks section, "Conference Papers" under "Publications" becomes a
conference sub-list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.ingest.headings import FILLER_WORDS, TYPE_WORD_ONLY, classify_heading, heading_words
from scoring.ingest.sub_lists import groups_publications
from scoring.ingest.text import clean_inline

__all__ = ["SECTION_KINDS", "Section", "classify_heading", "split_sections"]

SECTION_KINDS = ("header", "publications", "awards", "education", "experience", "interests", "talks", "other")


@dataclass(frozen=True, slots=True)
class Section:
    """One block of the CV under one heading."""

    heading: str  # heading text as printed, cleaned ("" for the header block before the first heading)
    kind: str  # one of SECTION_KINDS
    pub_type: str | None  # for publication (sub)sections: the type the heading announces
    start: int  # 1-based line number of the first body line
    lines: list[str]  # body lines (raw)


@dataclass(frozen=True, slots=True)
class _Heading:
    text: str
    level: int  # smaller = higher in the hierarchy
    marked: bool  # markup says it is a heading (vs. recognised by its words only)


# --- heading recognition ------------------------------------------------------------------------
_LATEX_HEAD = re.compile(
    r"^\s*\\(?P<cmd>part|chapter|section|subsection|subsubsection|paragraph|cvsection|cvsubsection|"
    r"sectionTitle|cvheading)\*?\s*(\[[^\]]*\])?\s*\{(?P<rest>.*)$"
)
_LATEX_LEVEL = {
    "part": 0,
    "chapter": 0,
    "section": 1,
    "cvsection": 1,
    "sectionTitle": 1,
    "cvheading": 1,
    "subsection": 2,
    "cvsubsection": 2,
    "subsubsection": 3,
    "paragraph": 4,
}
_LATEX_ENV_HEAD = re.compile(r"^\s*\\begin\{(rSection|cvsection|section|rsection)\}\s*\{(?P<rest>.*)$")
_LATEX_ANY_HEAD = re.compile(
    r"^\s*\\(?P<cmd>[A-Za-z]+)\*?\s*(?:\[[^\]]*\])?\s*\{(?P<arg>[^{}]{2,60})\}\s*(?:%.*)?$"
)
# Preamble and inline macros whose single argument is never a section title.
_NOT_HEADING_MACROS = {
    "documentclass",
    "usepackage",
    "input",
    "include",
    "title",
    "author",
    "date",
    "name",
    "address",
    "email",
    "phone",
    "homepage",
    "social",
    "newcommand",
    "renewcommand",
    "def",
    "setlength",
    "pagestyle",
    "geometry",
    "bibliographystyle",
    "bibliography",
    "addbibresource",
    "hypersetup",
    "moderncvtheme",
    "moderncvstyle",
    "moderncvcolor",
    "firstname",
    "familyname",
    "photo",
    "quote",
    "extrainfo",
    "color",
    "definecolor",
    "begin",
    "end",
    "item",
    "label",
    "ref",
    "cite",
    "nocite",
    "href",
    "url",
    "footnote",
    "emph",
    "underline",
    "hspace",
    "vspace",
    "includegraphics",
    "caption",
    "thispagestyle",
    "newpage",
    "fontsize",
    "selectfont",
    "uline",
}
_LATEX_BIBHEAD = re.compile(r"\\printbibliography\s*\[[^\]]*title\s*=\s*\{(?P<title>[^}]*)\}")
_LATEX_BOLD_LINE = re.compile(
    r"^\s*(\\item\s*(\[\s*\])?\s*)?\{?\s*\\(textbf|textsc|emph|textit)\s*\{(?P<rest>.*)$"
)
_MD_HEAD = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_MD_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_]+?)(\*\*|__)\s*:?\s*$")
_UNDERLINE = re.compile(r"^\s*(=+|-+|~+|\*+)\s*$")
_NUMBERING = re.compile(r"^\s*((\d{1,2}|[IVXivx]{1,5}|[A-Ha-h])[.)]\s+|§\s*)")
_BULLET = re.compile(r"^\s*([-*•◦▪●‣–—>]|\[\d+\]|\(\d+\)|\d+\.)\s")
_YEARISH = re.compile(r"\b(19|20)\d\d\b|\d{3,}")
# A numbered ALL-CAPS line ("4. HONORS AND AWARDS"): list items are not written in capitals.
_NUMBERED_CAPS = re.compile(r"^\d{1,2}\.\s+[^a-z]+$")


def _brace_content(rest: str) -> str:
    """Text up to the brace that closes an already opened ``{``."""
    depth = 1
    for i, ch in enumerate(rest):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return rest[:i]
    return rest


def _strip_heading(text: str) -> str:
    # "(Google Scholar profile)", "[* equal contribution]"; "(non-refereed)" stays, it tells the list's type
    text = re.sub(r"\((?!(?i:non-?refereed)\))[^)]*\)|\[[^\]]*\]", " ", text)
    text = _NUMBERING.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" :.-–—|*_#")


_SINGULAR_AWARD = re.compile(r"\b(award|prize|fellowship|scholarship|medal|grant)\s*$", re.IGNORECASE)
# an award named after a paper ("Best Paper Award") is read as the publications word "paper"
_SINGLE_PRIZE = re.compile(r"\b(award|prize|medal)\s*$", re.IGNORECASE)


# Icon-font glyphs and shapes that PDF text keeps in front of headings ("\uf02d Publications", "■ AWARDS").
_ICONS = re.compile(r"^[\s\ue000-\uf8ff\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]+")


_DANGLING = re.compile(
    r"(?:[,;:&+(\-–]|\b(?:of|the|and|in|on|for|to|with|a|an|at|by|from|via))\s*$", re.IGNORECASE
)


def _plain_heading(line: str, prev: str = "") -> _Heading | None:
    """A heading recognised by its words alone (PDF or plain text); ``marked`` means ALL CAPS."""
    raw = _ICONS.sub("", line).strip()
    if not raw or len(raw) > 70 or raw.endswith((",", ";")):
        return None
    if _BULLET.match(raw) and not _NUMBERED_CAPS.match(raw):
        return None  # an item of a list; "4. HONORS AND AWARDS" is a numbered heading
    text = _strip_heading(raw)
    if not text or _YEARISH.search(text) or len(text) > 60:
        return None
    words = heading_words(text)
    if not words or len(words) > 7:
        return None
    kind, _, _ = classify_heading(text)
    if kind is None:
        return None
    letters = [c for c in text if c.isalpha()]
    all_caps = bool(letters) and all(c.isupper() for c in letters)
    unknown = [w for w in words if not _is_heading_word(w)]
    capitalised = all(w[0].isupper() or w.lower() in FILLER_WORDS or not w[0].isalpha() for w in words)
    if all_caps:
        ok = len(unknown) <= 2
    else:
        ok = len(unknown) == 0 or (len(unknown) == 1 and capitalised and len(words) >= 2)
    if _DANGLING.search(raw) or _DANGLING.search(prev.strip()):
        return None  # a wrapped line of a citation ("Proceedings of the International Conference on")
    if raw[:1].islower():
        return None  # the wrapped end of a title ("... evidence from 40" / "languages")
    if raw.count(")") > raw.count("(") or prev.count("(") > prev.count(")"):
        return None  # the end of a parenthesis opened on the line above ("(oral" / "presentation)")
    if raw.endswith(".") and not raw.endswith("Misc."):
        ok = False
    if not all_caps and _SINGULAR_AWARD.search(text) and (kind == "awards" or _SINGLE_PRIZE.search(text)):
        ok = False  # "Best Paper Award" is an award, not the heading of a list of them
    if not ok:
        return None
    return _Heading(text=text, level=1 if all_caps else 2, marked=all_caps)


def _is_heading_word(word: str) -> bool:
    w = word.lower().strip(".")
    if w in FILLER_WORDS:
        return True
    return classify_heading(w)[0] is not None or bool(TYPE_WORD_ONLY.match(w))


def _vocabulary_only(text: str) -> bool:
    """Whether a bold-only line reads as a heading: a known kind, and only heading words."""
    words = heading_words(text)
    return (
        classify_heading(text)[0] is not None
        and not _YEARISH.search(text)
        and 0 < len(words) <= 7
        and sum(not _is_heading_word(w) for w in words) <= (1 if len(words) >= 3 else 0)
    )


def _marked_heading(lines: list[str], i: int, fmt: str) -> _Heading | None:
    """A heading marked up as one (LaTeX, markdown, underline, bold-only line)."""
    line = lines[i]
    if fmt == "latex":
        m = _LATEX_HEAD.match(line)
        if m:
            return _Heading(clean_inline(_brace_content(m.group("rest"))), _LATEX_LEVEL[m.group("cmd")], True)
        m = _LATEX_ENV_HEAD.match(line)
        if m:
            return _Heading(clean_inline(_brace_content(m.group("rest"))), 1, True)
        m = _LATEX_BIBHEAD.search(line)
        if m:
            return _Heading(clean_inline(m.group("title")), 5, True)
        m = _LATEX_BOLD_LINE.match(line)
        if m:
            inner = _brace_content(m.group("rest"))
            after = m.group("rest")[len(inner) + 1 :]
            after = re.sub(r"\\footnote\{.*", "", after).strip(" }\\")
            if not after and len(inner) < 60:
                text = _strip_heading(clean_inline(inner))
                if _vocabulary_only(text):
                    return _Heading(text, 6, False)
        m = _LATEX_ANY_HEAD.match(line)
        if (
            m
            and m.group("cmd").lower() not in _NOT_HEADING_MACROS
            and not m.group("cmd").startswith(("text", "emph"))
        ):
            # a class's own section macro (\cvsect{Publications}, \sectiontitle{Awards})
            text = _strip_heading(clean_inline(m.group("arg")))
            if _vocabulary_only(text) and classify_heading(text)[2]:
                return _Heading(text, 1, True)
        return None
    m = _MD_HEAD.match(line)
    if m and fmt in ("markdown", "text", "docx"):
        return _Heading(clean_inline(m.group("text")), len(m.group("hashes")), True)
    underlined = i + 1 < len(lines) and bool(line.strip()) and bool(_UNDERLINE.match(lines[i + 1]))
    if underlined and len(lines[i + 1].strip()) >= 3 and len(line.strip()) <= 70 and not _BULLET.match(line):
        level = 1 if lines[i + 1].strip()[0] == "=" else 2
        return _Heading(clean_inline(line.strip()), level, True)
    m = _MD_BOLD_LINE.match(line)
    if m:
        text = _strip_heading(m.group("text"))
        if _vocabulary_only(text):
            return _Heading(text, 7, False)
    return None


def _find_headings(lines: list[str], fmt: str) -> dict[int, _Heading]:
    found: dict[int, _Heading] = {}
    by_words: dict[int, _Heading] = {}
    skip: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        head = _marked_heading(lines, i, fmt)
        if head is None and fmt != "latex":
            prev = next((lines[j] for j in range(i - 1, max(i - 3, -1), -1) if lines[j].strip()), "")
            words_head = _plain_heading(line, prev)
            if words_head is not None:
                by_words[i] = words_head
            continue
        if head is None or not head.text:
            continue
        found[i] = head
        if i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1]) and lines[i + 1].strip():
            skip.add(i + 1)
    by_words.update(_numbered_headings(lines, found))
    # Word-only headings: ALL-CAPS ones sit above mixed-case ones when a CV uses both styles, and
    # bare type words ("Conference", "Journals") are always sub-headings.
    has_caps = any(h.marked for h in by_words.values())
    base = max((h.level for h in found.values()), default=0)
    for i, h in by_words.items():
        level = 1 if h.marked or not has_caps else 2
        if not classify_heading(h.text)[2]:
            level = 9
        found[i] = _Heading(h.text, base + level, h.marked)
    return found


_NUMBERED = re.compile(r"^\s*(\d{1,2})\.\s+(?=\S)")


def _numbered_headings(lines: list[str], found: dict[int, _Heading]) -> dict[int, _Heading]:
    """Mixed-case headings numbered 1, 2, 3... ("2. Education", "3. Publications").

    A numbered line of heading words could be an item of a list ("2. Editorial Board"), so these
    count only as a run of at least three, numbered in order and each with body text below it.
    """
    runs: list[list[tuple[int, int, _Heading]]] = []  # (line index, number, heading)
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line)
        if not m or i in found or _NUMBERED_CAPS.match(line.strip()):
            continue
        prev = next((lines[j] for j in range(i - 1, max(i - 3, -1), -1) if lines[j].strip()), "")
        head = _plain_heading(line[m.end() :], prev)
        if head is None:
            continue
        n = int(m.group(1))
        run = next((r for r in runs if r[-1][1] == n - 1), None)
        if run is not None and any(ln.strip() for ln in lines[run[-1][0] + 1 : i]):
            run.append((i, n, head))
        elif n == 1:
            runs.append([(i, n, head)])
    best = max(runs, key=len, default=[])
    return {i: head for i, _, head in best} if len(best) >= 3 else {}


_LEGEND_LINES = 3


def split_sections(text: str, *, fmt: str = "text") -> list[Section]:
    """Split *text* into sections; the block before the first heading is the ``header`` section.

    Args:
        text: the CV text (raw: LaTeX or markdown markup is read, not required to be stripped).
        fmt: ``latex``, ``markdown``, ``pdf``, ``docx`` or ``text``; decides which markup counts.

    Returns:
        The sections in document order, always starting with the (possibly empty) header block;
        their body lines are the raw lines between headings.
    """
    lines = text.split("\n")
    headings = _find_headings(lines, fmt)
    titles = _document_titles(headings)
    out: list[Section] = []
    kind, title, pub_type, start = "header", "", None, 1
    body: list[str] = []
    stack: list[tuple[int, str]] = []  # (level, kind) of the open headings
    skip: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        heading = headings.get(i)
        if heading is None or i in titles:
            body.append(line)
            if i in titles and i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1]) and lines[i + 1].strip():
                body.append("")  # the title's underline: blank, so that body lines keep their numbers
                skip.add(i + 1)
            continue
        out.append(Section(title, kind, pub_type, start, body))
        # a publications heading with only a legend under it opens the list even when the sub-heading
        # after it looks as big ("Publications" / "Independent Career (Hill University)" in PDF text)
        opened = kind == "publications" and sum(1 for x in body if x.strip()) <= _LEGEND_LINES
        kind, pub_type, title, body = *_resolve(heading, stack, out), heading.text, []
        parents = (
            [*stack, (0, "publications")]
            if opened and (not stack or stack[-1][1] != "publications")
            else stack
        )
        if _groups_publications(kind, parents, lines, i, headings, fmt):
            kind = "publications"  # "Independent Career (2010-present)" over a run of papers
        stack.append((heading.level, kind))
        if fmt != "latex" and i + 1 < len(lines) and lines[i + 1].strip() and _UNDERLINE.match(lines[i + 1]):
            skip.add(i + 1)
        start = i + 2 + (1 if i + 1 in skip else 0)
    out.append(Section(title, kind, pub_type, start, body))
    return out


def _groups_publications(
    kind: str, stack: list[tuple[int, str]], lines: list[str], i: int, headings: dict[int, _Heading], fmt: str
) -> bool:
    """Whether the heading at line *i*, a sub-heading of a publication list, groups papers."""
    if not stack or stack[-1][1] != "publications" or kind == "publications":
        return False
    end = min((j for j in headings if j > i), default=len(lines))
    return groups_publications(kind, stack[-1][1], lines[i + 1 : end], fmt)


def _resolve(heading: _Heading, stack: list[tuple[int, str]], done: list[Section]) -> tuple[str, str | None]:
    """Kind and publication type of *heading*, given the headings still open above it.

    A bare type heading with nothing above it ("In Preparation" after "Journal Articles", both
    top-level) continues the publication lists when the section just before it is one.
    """
    own, pub_type, strong = classify_heading(heading.text)
    while stack and stack[-1][0] >= heading.level:
        stack.pop()
    parent = stack[-1][1] if stack else None
    if parent is not None and (own is None or not strong):
        own = parent  # a sub-heading without words of its own ("Conferences" under talks)
    elif (
        own == "publications"
        and not strong
        and done
        and done[-1].kind == "publications"
        and (pub_type == "preprint" or _IN_PRESS.search(heading.text))
    ):
        pass  # a sibling of the publication list above it; "Conferences" alone could be meetings attended
    elif own is None or not strong:
        own = "other"
    return own, pub_type if own == "publications" else None


_CV_TITLE = re.compile(r"(?:curriculum\s+vitae|cv|résumé|resume|vita)\.?", re.IGNORECASE)
_IN_PRESS = re.compile(r"\bin\s+press\b", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[A-Z\u00c0-\u024f\u1e00-\u1eff][\w'’.\u00c0-\u024f\u1e00-\u1eff-]*")
_NAME_PARTICLES = re.compile(r"van|von|de|der|den|da|di|del|della|du|dos|bin|y|le|la")


def _document_titles(headings: dict[int, _Heading]) -> set[int]:
    """Line indexes of the first headings that are the document's title, not sections.

    "Jane Roe" underlined with ``===`` or written ``# Jane Roe`` is marked up like a heading, but it
    names the person, not a section: it belongs to the header block with the contact lines below it.
    So does a "Curriculum Vitae" title above the name.
    """
    titles: set[int] = set()
    for i in sorted(headings)[:2]:
        head = headings[i]
        words = head.text.replace(",", " ").split()
        if not head.marked or classify_heading(head.text)[0] is not None:
            break
        if _CV_TITLE.fullmatch(head.text.strip()):
            titles.add(i)
            continue
        if 2 <= len(words) <= 6 and all(
            _TITLE_WORD.fullmatch(w) or _NAME_PARTICLES.fullmatch(w) for w in words
        ):
            titles.add(i)
        break
    return titles
