"""The candidate's name and e-mail address as the CV prints them.

The name comes from LaTeX ``\\name{}{}``, ``\\firstname``/``\\familyname``, ``\\header{}{}`` or
``\\author{}``; a markdown ``#`` heading; otherwise the first line that reads as a person's name
("Curriculum Vitae" lines, titles and degree suffixes skipped). When the file has no name at all,
the author marked (bold, underlined) in most publication entries stands for the candidate.

A former family name printed beside the name ("(née Kovač)", "formerly Berg") is not part of the
name; ``former_family_name`` returns it so that papers under either name are the candidate's.
A name printed in two scripts ("王小明 (Xiaoming Wang)") is kept whole, but a Latin name followed by
its CJK form in parentheses ("Rin Sato (佐藤 凛)") is the Latin name: the bracket gives an alternative form.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from scoring.ingest.plain import Line
from scoring.ingest.sections import Section, classify_heading
from scoring.ingest.text import clean_inline, latex_accents

__all__ = [
    "former_family_name",
    "latex_arguments",
    "looks_like_name",
    "name_variants",
    "read_email",
    "read_name",
]


_NOT_NAME = re.compile(
    r"\b(curriculum|vitae|vita|resume|résumé|cv|contact|address|phone|email|e-mail|homepage|website|"
    r"education|publications|experience|page|updated|department|university|institute|school|college|"
    r"laboratory|street|road|avenue|professor|student|candidate|researcher|engineer|scientist)\b",
    re.IGNORECASE,
)
_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "da",
    "di",
    "del",
    "della",
    "le",
    "la",
    "du",
    "dos",
    "das",
    "bin",
    "ibn",
    "al",
    "el",
    "y",
    "ter",
    "ten",
    "st.",
}
_DEGREE_SUFFIX = re.compile(
    r"[,\s]+(ph\.?\s?d\.?|m\.?d\.?|d\.?phil\.?|m\.?sc?\.?|mba|jr\.?|sr\.?|ii|iii|"
    r"frs|fieee|facm|p\.?e\.?|sc\.?\s?d\.?|ed\.?\s?d\.?|m\.?p\.?h\.?|dr\.?\s?p\.?h\.?)\s*$",
    re.IGNORECASE,
)
# "(née Kovač)", "née Kovač", "[formerly Berg]": a family name the candidate published under before
_FORMER = re.compile(
    r"\s*[(\[]?\s*\b(?:née|nee|born|formerly|previously|geb\.|geborene)\s+"
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# "王小明 (Xiaoming Wang)": one name printed in two scripts
_TWO_SCRIPTS = re.compile(r"(?P<first>[^()]+?)\s*\((?P<second>[^()]+)\)")


_CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af·]{2,12}"
# "Hyun-Joo Baek (백현주)": the name in a CJK script after the Latin one, which is the form used here
# (empty brackets: the same from a PDF whose font had no glyphs for that script)
_CJK_IN_BRACKETS = re.compile(
    r"(?<=[A-Za-z.,])\s*[(（]\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af·\s]*[)）]\s*$"
)
_SIDE_BY_SIDE = re.compile(
    rf"{_CJK}\s*(?:/\s*|\s)(?P<latin1>[A-Za-z][^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af/]*)|"
    rf"(?P<latin2>[A-Za-z][^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af/]*?)\s*(?:/\s*|\s){_CJK}"
)


def former_family_name(text: str, name: str | None, fmt: str) -> str | None:
    """The former family name printed right after *name* near the top of *text*.

    Examples:
        >>> former_family_name("MARA HOLT (née Quist)\\nEducation", "Mara Holt", "text")
        'Quist'
    """
    if not name:
        return None
    for line in text.split("\n")[:40]:
        plain = clean_inline(line, fmt) if fmt in ("latex", "markdown") else line
        m = _FORMER.search(plain.strip())
        if m and _tidy_name(plain.strip()[: m.start()]).casefold() == name.casefold():
            words = m.group(1).split()
            # "(formerly Mara Quist)": a whole former name; its last word is the family name
            return words[-1] if len(words) == 2 and words[0][:1].isupper() else m.group(1)
    return None


def name_variants(name: str | None, former: str | None) -> tuple[str, ...]:
    """The printed forms of the candidate's name: as read, and with a former family name.

    Examples:
        >>> name_variants("Mara Holt", "Quist")
        ('Mara Holt', 'Mara Quist')
    """
    if not name:
        return ()
    forms = [name]
    words = name.split()
    if former and len(words) >= 2:
        forms.append(" ".join([*words[:-1], former]))
    two = _TWO_SCRIPTS.fullmatch(name)
    if two:
        forms += [two.group("first").strip(), two.group("second").strip()]
    side = _SIDE_BY_SIDE.fullmatch(name)
    if side:
        latin = (side.group("latin1") or side.group("latin2")).strip()
        forms += [latin, re.sub(r"\s*/\s*", " ", name.replace(latin, "")).strip()]
    return tuple(dict.fromkeys(forms))


def looks_like_name(text: str) -> bool:
    """Whether *text* reads as a person's name ("Mara J. Holt", "Ivo Peter Lindqvist", "王小明")."""
    text = text.strip()
    two = _TWO_SCRIPTS.fullmatch(text)
    if two and looks_like_name(two.group("first")) and looks_like_name(two.group("second")):
        return True
    side = _SIDE_BY_SIDE.fullmatch(text)
    if side and looks_like_name(side.group("latin1") or side.group("latin2")):
        return True  # "Xiaoming Wang 王小明", "王小明 / Xiaoming Wang"
    if not text or len(text) > 60 or re.search(r"[\d@/\\|:;=<>{}]", text) or _NOT_NAME.search(text):
        return False
    if classify_heading(text)[0] is not None:  # "Research Interests", "Selected Publications"
        return False
    if re.fullmatch(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af·\s]{2,12}", text):
        return True
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 6:
        return False
    for w in words:
        if w.lower() in _PARTICLES:
            continue
        if not (
            w[0].isupper()
            and (w[1:].replace("-", "").replace(".", "").replace("'", "").isalpha() or len(w) <= 2)
        ):
            return False
    return not all(w.isupper() and len(w) > 3 for w in words if len(w) > 1) or len(words) <= 4


def _tidy_name(text: str) -> str:
    text = _FORMER.sub("", re.sub(r"\s+", " ", text))
    text = _CJK_IN_BRACKETS.sub("", text)  # "Rin Sato (佐藤 凛)": the bracket is the name in another script
    text = text.strip(" ,.;:|-–—*#")
    text = re.sub(
        r"^(curriculum\s+vitae|cv|resume|résumé)\s*[:\-–—|]?\s*(of\s+)?", "", text, flags=re.IGNORECASE
    )
    text = re.sub(r"\s*[:\-–—|]?\s*(curriculum\s+vitae|cv|resume|résumé)$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(dr|prof|professor|mr|ms|mrs)\.?\s+", "", text, flags=re.IGNORECASE)
    for _ in range(3):
        text = _DEGREE_SUFFIX.sub("", text)
        if not text.isupper():  # fellowship post-nominals: "FRSE", "FMedSci" (not an all-caps surname)
            text = re.sub(r"[,\s]+F[A-Z][A-Za-z]{1,6}\s*$", "", text)
    if text.isupper() and len(text) > 4:
        text = " ".join(
            w if len(w) <= 2 else re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), w)
            for w in text.split()
        )
    return text.strip(" ,")


def latex_arguments(text: str, macro: str, count: int = 1) -> list[str] | None:
    """The first *count* brace arguments of ``\\macro`` in *text* (balanced braces)."""
    m = re.search(rf"\\{macro}\*?\s*(\[[^\]]*\])?\s*\{{", text)
    if not m:
        return None
    args: list[str] = []
    pos = m.end() - 1
    for _ in range(count):
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        if pos >= len(text) or text[pos] != "{":
            break
        depth, j = 0, pos
        while j < len(text):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if depth == 0:
                break
            j += 1
        args.append(text[pos + 1 : j])
        pos = j + 1
    return args


def _latex_name(text: str) -> str | None:
    for macro, count in (("name", 2), ("header", 2), ("cvname", 1), ("fullname", 1)):
        args = latex_arguments(text, macro, count)
        if args:
            name = _tidy_name(" ".join(clean_inline(a, "latex") for a in args))
            if looks_like_name(name):
                return name
            if args[0] and looks_like_name(_tidy_name(clean_inline(args[0], "latex"))):
                return _tidy_name(clean_inline(args[0], "latex"))  # altacv: \name{Full Name}
    first, family = (
        latex_arguments(text, "firstname"),
        latex_arguments(text, "familyname") or latex_arguments(text, "lastname"),
    )
    if first and family:
        return _tidy_name(f"{clean_inline(first[0], 'latex')} {clean_inline(family[0], 'latex')}")
    author = latex_arguments(text, "author")
    if author:
        name = _tidy_name(clean_inline(re.split(r"\\\\|\\and\b", author[0])[0], "latex"))
        if looks_like_name(name):
            return name
    return None


def _marked_author(sections: Sequence[Section], fmt: str) -> str | None:
    """The author most often printed bold/underlined/starred in the publication entries."""
    pattern = {
        "markdown": r"\*\*([^*]{3,40})\*\*|__([^_]{3,40})__|<b>([^<]{3,40})</b>|<u>([^<]{3,40})</u>",
        "latex": r"\\(?:textbf|underline|uline|emph|textit)\{([^{}]{3,40})\}|\{\\bf\s+([^{}]{3,40})\}",
    }.get(fmt, r"\*\*([^*]{3,40})\*\*|<b>([^<]{3,40})</b>")
    counts: Counter[str] = Counter()
    for s in sections:
        if s.kind != "publications":
            continue
        for line in s.lines:
            for m in re.finditer(pattern, line):
                name = _tidy_name(clean_inline(next(g for g in m.groups() if g), fmt).rstrip("*†‡"))
                if looks_like_name(name):
                    counts[name] += 1
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 or len(counts) == 1 else None


_CV_TITLE = re.compile(r"(curriculum\s+vitae|cv|resume|résumé|vita)\.?", re.IGNORECASE)
# "E. Roe        Page 1": a running header on the first page, whose short form of the name is not the title
_PAGE_HEAD = re.compile(
    r"\S(?:\s{3,}|\t|\s*[|·•]\s*)(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$", re.IGNORECASE
)
# "JANE ROE Dr. sc. ETH": a name set in capitals runs into the credentials printed under it
_CAPS_LEAD = re.compile(r"((?:[^\W\d_a-z]{2,}[\s-]+){1,3}[^\W\d_a-z]{2,})\s+(?=[^\W\d_]+[a-z.])")


def read_name(sections: Sequence[Section], text: str, fmt: str, plain: dict[int, list[Line]]) -> str | None:
    if fmt == "latex":
        name = _latex_name(text)
        if name:
            return name
    if fmt == "markdown":
        for m in re.finditer(r"^\s{0,3}#{1,2}\s+(.+?)\s*#*\s*$", text, re.MULTILINE):
            name = _tidy_name(clean_inline(m.group(1), "markdown"))
            if looks_like_name(name):
                return name
        front = re.search(r"^(?:name|author)\s*:\s*[\"']?([^\"'\n]+)", text, re.MULTILINE | re.IGNORECASE)
        if front and looks_like_name(_tidy_name(front.group(1))):
            return _tidy_name(front.group(1))
    header = next((s for s in sections if s.kind == "header"), None)
    lines = plain.get(id(header), []) if header is not None else []
    if fmt == "latex":
        begin = re.search(r"^\s*\\begin\{document\}", text, re.MULTILINE)
        first = text.count("\n", 0, begin.start()) + 1 if begin else 0
        lines = [ln for ln in lines if ln.number > first]
    title_section = next((s for s in sections[:3] if _CV_TITLE.fullmatch(s.heading.strip())), None)
    if title_section is not None:  # "# CV" then the name in bold
        lines = lines + plain[id(title_section)]
    if fmt == "latex" and header is not None:
        # the first bold or large text of the title block: \textbf{Name}, {\Huge Name}
        for ln in lines[:40]:
            # accents first: "Nguy\~{\^e}n" is one name, not a name cut at its backslash
            raw = latex_accents(ln.raw)
            styled = re.search(r"\\(?:textbf|textsc|Huge|huge|LARGE|Large)\s*\{?\s*([^{}\\]{3,60})", raw)
            if styled and looks_like_name(_tidy_name(clean_inline(styled.group(1), "latex"))):
                return _tidy_name(clean_inline(styled.group(1), "latex"))
    for k, ln in enumerate(lines[:8]):
        if _PAGE_HEAD.search(ln.raw):
            continue
        split = _split_name(ln, lines[k + 1]) if k + 1 < len(lines) else None
        if split:
            return split
        for part in _line_parts(ln, fmt):
            name = _tidy_name(part)
            if looks_like_name(name):
                return name
            lead = _CAPS_LEAD.match(part.strip())
            if lead and lead.group(1).isupper() and looks_like_name(_tidy_name(lead.group(1))):
                return _tidy_name(lead.group(1))
    return _marked_author(sections, fmt)


_ONE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def _split_name(line: Line, below: Line) -> str | None:
    """A name printed large over two lines ("MARA" / "HOLT-LINDQVIST"), the given name alone on the first.

    Sidebar templates set the name in a narrow column; both lines share one style (capitals or not).
    """
    first, rest = line.text.strip(), below.text.strip()
    if not _ONE_WORD.fullmatch(first) or first.isupper() != rest.isupper() or classify_heading(first)[0]:
        return None
    name = _tidy_name(f"{first} {rest}")
    return name if looks_like_name(name) else None


def _line_parts(line: Line, fmt: str) -> list[str]:
    """Parts of a header line: "Name | e-mail", and the columns of a two-column title block.

    Plain text lays a title block out in columns ("Jane Roe        Department of X"); the plain
    line has its runs of spaces collapsed, so the columns are cut from the raw line.
    """
    parts = re.split(r"\s[|·•]\s|\s{3,}", line.text)
    if fmt not in ("latex", "markdown") and re.search(r"\S(?: {3,}|\t)\S", line.raw):
        parts += [clean_inline(p, fmt) for p in re.split(r" {3,}|\t+", line.raw.strip())]
    return parts


def read_email(text: str) -> str | None:
    m = re.search(
        r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text.replace("\\@", "@").replace(" [at] ", "@")
    )
    return m.group(0).rstrip(".") if m else None
