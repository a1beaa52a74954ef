"""Text hazards, removed before anything is read: LaTeX markup, converter remnants, typography.

Two levels:

* ``clean_inline`` reduces one short string (a heading, a citation) to plain text: LaTeX
  commands and accents, ``${\\rm ICML}$`` remnants of PDF converters, markdown emphasis and
  links, ligatures, NBSP and odd dashes.
* ``normalise_lines`` prepares a whole extracted text line by line, keeping the line count so
  that every line number still points into the extracted text; words hyphenated at a line end
  are joined onto the first line.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "blank_footnotes",
    "blank_page_furniture",
    "blank_running_lines",
    "clean_inline",
    "latex_accents",
    "latex_to_text",
    "normalise_lines",
    "strip_markdown",
]

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DASHES = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u2013": "–", "\u2014": "—"}
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "``": "“", "''": "”"}

# LaTeX accents as converters and authors write them: \"{o}, \'e, {\o}, \ss ...
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
}
_LETTERS = {
    "o": "ø",
    "O": "Ø",
    "ss": "ß",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
}
_ACCENT_CMD = re.compile(
    r"\\([`'^\"~=.])\s*(?:\{\s*([A-Za-z\u00c0-\u024f]|\\[ij])\s*\}|([A-Za-z]))|"
    r"\\([uvHck])(?:\s*\{\s*([A-Za-z\u00c0-\u024f])\s*\}|\s+([A-Za-z])(?![A-Za-z]))"
)
_LETTER_CMD = re.compile(r"\{?\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L)(?![A-Za-z])(?:\{\}|\s*\}?)")  # "\O{}degaard"
# Commands whose argument is dropped entirely.
_DROP_ARG = re.compile(
    r"\\(label|ref|cite[a-z]*|nocite|vspace|hspace|footnote[a-z]*|index|url|includegraphics|"
    r"addbibresource|bibliographystyle|setlength|pagestyle|thispagestyle|color|definecolor|"
    r"fontsize|usepackage|documentclass|input|include|phantom)\*?\s*(\[[^\]]*\])?\s*(\{[^{}]*\})*"
)
_HREF = re.compile(r"\\href\s*\{[^{}]*\}\s*\{")
_CMD_WITH_ARG = re.compile(r"\\[A-Za-z@]+\*?\s*(\[[^\]]*\])?\s*\{")
_BARE_CMD = re.compile(r"\\[A-Za-z@]+\*?(\s*\[[^\]]*\])?")
_MATH_RM = re.compile(
    r"\$\s*\{?\s*\\(?:rm|mathrm|text|textrm|bf|mathbf|it|mathit|sf|mathsf)\s*\{?([^${}]*)\}?\s*\}?\s*\$"
)
_MATH_SIMPLE = re.compile(r"\$([^$]{0,40})\$")
_SUPERSCRIPT = re.compile(r"\^\{?([A-Za-z0-9*†‡]{1,4})\}?")
_SYMBOLS = {
    r"\&": "&",
    r"\%": "%",
    r"\$": "$",
    r"\#": "#",
    r"\_": "_",
    r"\{": "{",
    r"\}": "}",
    r"\textendash": "–",
    r"\textemdash": "—",
    r"\dag": "†",
    r"\ddag": "‡",
    r"\dagger": "†",
    r"\ddagger": "‡",
    r"\star": "★",
    r"\bigstar": "★",
    r"\ast": "*",
    r"\textasteriskcentered": "*",
    r"\ldots": "...",
    r"\dots": "...",
    r"\textbar": "|",
    r"\textbullet": "•",
    r"\approx": "≈",
    r"\times": "×",
    r"\LaTeX": "LaTeX",
    r"\TeX": "TeX",
    r"\ ": " ",
    r"\,": " ",
    r"\;": " ",
    r"\:": " ",
    r"\!": "",
    r"\\": " ",
    r"\newline": " ",
    r"\linebreak": " ",
    r"\par": " ",
    r"\quad": " ",
    r"\qquad": " ",
    r"\hfill": " ",
    r"\noindent": "",
    r"\hrulefill": "",
    r"\item": "",
    r"\sc": "",
    r"\bf": "",
    r"\it": "",
    r"\em": "",
    r"\rm": "",
    r"\small": "",
    r"\large": "",
    r"\Large": "",
    r"\footnotesize": "",
    r"\scriptsize": "",
    r"\normalsize": "",
    r"\centering": "",
    r"\smallskip": "",
    r"\medskip": "",
    r"\bigskip": "",
    r"\newpage": "",
    r"\clearpage": "",
}
_SYMBOL_RE = re.compile(
    "|".join(
        re.escape(k) + (r"(?![A-Za-z])" if k[-1].isalpha() else "")
        for k in sorted(_SYMBOLS, key=len, reverse=True)
    )
)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_MD_EMPH = re.compile(
    r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)([^_]+?)(?<!\s)_(?![\w_])"
)


# One pass for every single-character fix above; "``" and "''" are two characters and go after.
_CHAR_MAP = str.maketrans(
    {
        **_LIGATURES,
        **dict.fromkeys(_ZERO_WIDTH),
        **_DASHES,
        **{k: v for k, v in _QUOTES.items() if len(k) == 1},
        # pdfium marks a soft hyphen at a line break with U+FFFE; "‑" (U+2011) is a dash above
        "\ufffe": None,
        "\ufffd": None,
    }
)
# LaTeX ties and dashes that converters leave in PDF text ("Jane~Roe", "pp. 10--20")
_TIE = re.compile(r"(?<=[^\W\d])~(?=[^\W\d])|(?<=\.)~(?=[^\W\d])")
_NUMBER_RANGE = re.compile(r"(?<=\d)--(?=\d)")


def _unicode(text: str) -> str:
    # called for every line and field, so each step runs only when its characters are there
    if not text.isascii():
        text = _SPACES.sub(" ", text.translate(_CHAR_MAP))
    elif "\t" in text:
        text = _SPACES.sub(" ", text)
    if "`" in text or "'" in text:
        text = text.replace("``", "“").replace("''", "”")
    if "~" in text:
        text = _TIE.sub(" ", text)
    if "--" in text:
        text = _NUMBER_RANGE.sub("–", text)
    return text


def _accent(m: re.Match[str]) -> str:
    if m.group(1):
        mark, letter = _ACCENTS[m.group(1)], m.group(2) or m.group(3)
    else:
        mark, letter = _ACCENTS[m.group(4)], m.group(5) or m.group(6)  # "\v{r}", or BibTeX's "{\v r}"
    letter = {"\\i": "i", "\\j": "j"}.get(letter, letter)
    return unicodedata.normalize("NFC", letter + mark)


def _unwrap(text: str, pattern: re.Pattern[str]) -> str:
    """Replace ``\\cmd[opt]{arg}`` by ``arg`` (balanced braces) for every match of *pattern*."""
    out: list[str] = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            break
        out.append(text[pos : m.start()])
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        out.append(text[m.end() : j - 1 if depth == 0 else j])
        pos = j
    out.append(text[pos:])
    return "".join(out)


def latex_accents(text: str) -> str:
    """*text* with its LaTeX accent and letter commands turned into Unicode, other markup kept.

    Examples:
        >>> latex_accents(r"{\\large Tr\\~{\\^a}n}")
        '{\\\\large Trẫn}'
    """
    if "\\" not in text:
        return text
    text = _ACCENT_CMD.sub(_accent, text)
    if "\\" in text:  # stacked accents, as Vietnamese names carry them: \~{\^e} is ẽ over ê
        text = _ACCENT_CMD.sub(_accent, text)
    return _LETTER_CMD.sub(lambda m: _LETTERS[m.group(1)], text)


def latex_to_text(text: str) -> str:
    """Plain text of a LaTeX fragment: markup dropped, accents and symbols turned into Unicode.

    Examples:
        >>> latex_to_text(r"\\textbf{J. M\\"{u}ller} and A.~Smith, \\emph{Proc.\\ of ${\\rm ICML}$}")
        'J. Müller and A. Smith, Proc. of ICML'
    """
    text = _MATH_RM.sub(r"\1", text)
    text = latex_accents(text)
    text = _DROP_ARG.sub("", text)
    text = re.sub(r"(?<!\\)%.*", "", text)  # comments
    text = _HREF.sub("{", text)
    text = _SYMBOL_RE.sub(lambda m: _SYMBOLS[m.group(0)], text)
    text = _unwrap(text, _CMD_WITH_ARG)
    text = _BARE_CMD.sub("", text)
    text = _MATH_SIMPLE.sub(lambda m: _SUPERSCRIPT.sub(r"\1", m.group(1)).replace("\\", ""), text)
    text = text.replace("~", " ").replace("---", "—").replace("--", "–")
    text = text.replace("``", "“").replace("''", "”")
    text = re.sub(r"(?<!\\)[{}]", "", text)
    return text


def strip_markdown(text: str) -> str:
    """Plain text of a markdown fragment: links keep their label, emphasis marks go."""
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        for _ in range(2):
            text = _MD_EMPH.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", text)
    return text


def clean_inline(text: str, fmt: str = "latex") -> str:
    """One short string as plain text, whatever markup it came with.

    LaTeX is reduced for every format because PDF converters leave remnants such as
    ``${\\rm ICML}$`` in otherwise plain text; markdown is stripped when *fmt* is markdown.
    """
    text = _unicode(text)
    if "\\" in text or "$" in text or fmt == "latex":
        text = latex_to_text(text)
    if fmt in ("markdown", "latex", "text"):
        text = strip_markdown(text)
    return " ".join(text.split())


# First parts of compounds that keep their hyphen when split at a line end ("self-" + "supervised").
_HYPHEN_PREFIXES = {
    "self",
    "non",
    "multi",
    "co",
    "pre",
    "post",
    "semi",
    "cross",
    "the",
    "real",
    "long",
    "short",
    "high",
    "low",
    "well",
    "end",
    "fine",
    "open",
    "zero",
    "few",
    "one",
    "two",
    "three",
    "sub",
    "inter",
    "intra",
    "anti",
    "large",
    "small",
    "full",
    "half",
    "meta",
    "quasi",
    "pseudo",
    "ultra",
    "single",
    "double",
    "state",
    "data",
    "task",
}
_HYPHEN_END = re.compile(r"([A-Za-z\u00c0-\u024f\u1e00-\u1eff]{2,})[-\u00ad]$")
_NEXT_WORD = re.compile(r"^\s*([a-z\u00e0-\u024f\u1e00-\u1eff]+)(\S*)\s?")


def normalise_lines(lines: list[str]) -> list[str]:
    """Unicode clean-up per line; a word split by a hyphen at a line end is joined.

    The line count never changes, so line numbers stay valid: the rest of a split word moves up
    to the first line and the second line keeps what follows it.
    """
    out = [_unicode(ln).rstrip() for ln in lines]
    for i in range(len(out) - 1):
        m = _HYPHEN_END.search(out[i])
        if not m:
            continue
        # the rest of the word may sit after a page break whose running lines were blanked
        k = next((j for j in range(i + 1, min(i + 6, len(out))) if out[j].strip()), i + 1)
        nxt = _NEXT_WORD.match(out[k])
        # a lowercase continuation means a split word; "Wang-" + "Li" or "self-" + "Supervised" keep the hyphen
        if nxt and not out[i].endswith("--"):
            keep_hyphen = (
                m.group(1)[-1].isupper()
                or nxt.group(1) in {"and", "or", "to", "based", "aware", "free", "level", "scale", "specific"}
                or m.group(1).lower().rsplit("-", 1)[-1] in _HYPHEN_PREFIXES
            )
            joint = "-" if keep_hyphen else ""
            out[i] = out[i][: m.end(1)] + joint + nxt.group(1) + nxt.group(2)
            out[k] = out[k][nxt.end() :]
    return out


# "Page 2 of 9", "page 3", "p. 4/9" at the end of a line, the way running footers number pages.
_PAGE_NUMBER = re.compile(r"(?:^|\s)(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$", re.IGNORECASE)
# a page number alone between dashes, centred at the foot of the page: "— 3 —", "- 12 -"
_DASHED_PAGE_NUMBER = re.compile(r"[-–—]\s*\d{1,3}\s*[-–—]")


def blank_running_lines(lines: list[str]) -> list[str]:
    """Blank running headers and footers around form feeds, and page-numbered footer lines.

    A line next to a form feed (the page break text exports keep) that recurs at other page
    breaks with only its digits changed is page furniture, and so is a short line that ends with
    a page number ("... Curriculum Vitae  Page 1 of 2") or is one between dashes ("— 3 —") and recurs, with any recurring line right
    beside it (the running header that follows the footer). Lines are blanked, not removed.
    """
    out = list(lines)
    shapes: dict[str, list[int]] = {}
    for j, line in enumerate(lines):
        text = line.replace("\f", "").strip()
        if text and len(text) <= 120:
            shapes.setdefault(re.sub(r"\d+", "#", text.lower()), []).append(j)
    edges: set[int] = set()
    for i, line in enumerate(lines):
        if "\f" not in line:
            continue
        before = [j for j in range(i - 1, max(i - 4, -1), -1) if lines[j].strip()][:1]
        after = [j for j in range(i, min(i + 3, len(lines))) if lines[j].replace("\f", "").strip()][:1]
        edges.update(before + after)
    recurring = {j for where in shapes.values() if len(where) >= 2 for j in where}
    footers = {
        j
        for j in recurring
        if _PAGE_NUMBER.search(lines[j]) or _DASHED_PAGE_NUMBER.fullmatch(lines[j].strip())
    }
    # a recurring line within two lines of a page-numbered footer is the running header beside it
    near = {j for f in footers for j in range(f - 3, f + 4) if j in recurring}
    # furniture recurs at the page breaks themselves: a citation line that happens to open a page
    # shares its shape ("180601 (2025) [arXiv:...]") with lines elsewhere, not with other page edges
    shape_of = {j: shape for shape, where in shapes.items() for j in where}
    filled = [j for j in shape_of if lines[j].strip()]
    # the first page's top and the last page's foot are page edges too
    edge_shapes = [
        shape_of[j] for j in edges | ({min(filled), max(filled)} if filled else set()) if j in shape_of
    ]
    at_edges = {j for j in edges if j in shape_of and edge_shapes.count(shape_of[j]) >= 2}
    for j in at_edges | footers | near:
        out[j] = ""
    return [ln.replace("\f", "") for ln in out]


_FOOTNOTE = re.compile(
    r"^\s*[\d*†‡★§]+\s*(?:denotes\s+|indicates\s+)?(?:equal(?:ly)?\s+contribut|corresponding\s+author|"
    r"these\s+authors|joint\s+first|co-?first)",
    re.IGNORECASE,
)


_YEAR_LINE = re.compile(r"(?:19|20)\d\d")


def blank_page_furniture(lines: list[str]) -> list[str]:
    """Blank running headers and footers of PDF text, and equal-contribution footnotes.

    A running header or footer is a line next to a page break (two blank lines, as the PDF
    reader joins pages) that recurs at other page breaks with only its digits changed
    ("May 15, 2026 1", "Page 2 of 9"). Lines are blanked, not removed, to keep line numbers.
    """
    out = list(lines)
    edges: list[int] = []
    for i in range(len(lines)):
        if lines[i].strip():
            continue
        if i + 1 < len(lines) and not lines[i + 1].strip():
            before = next((j for j in range(i - 1, max(i - 3, -1), -1) if lines[j].strip()), None)
            after = next((j for j in range(i + 2, min(i + 4, len(lines))) if lines[j].strip()), None)
            edges += [j for j in (before, after) if j is not None]
    if lines and lines[-1].strip():
        edges.append(len(lines) - 1)
    shapes: dict[str, list[int]] = {}
    for j in set(edges):
        # (spacing too: a right-aligned page number sits one column further left from page 10)
        shape = re.sub(r"\s+", " ", re.sub(r"\d+", "#", lines[j].strip().lower()))
        if len(shape) <= 80:
            shapes.setdefault(shape, []).append(j)
    for shape, where in shapes.items():
        if shape == "#":  # a year sub-heading at the top of a page ("2019") is no page number
            where = [j for j in where if not _YEAR_LINE.fullmatch(lines[j].strip())]
        if len(where) >= 2 or re.fullmatch(r"(page\s*)?#(\s*(of|/)\s*#)?", shape):
            for j in where:
                out[j] = ""
    return blank_footnotes(out)


def blank_footnotes(lines: list[str]) -> list[str]:
    """Blank equal-contribution and corresponding-author footnote lines, keeping line numbers."""
    return [("" if _FOOTNOTE.match(ln) and len(ln) < 90 else ln) for ln in lines]
