"""Who the candidate is: name, e-mail, current position, PhD and research interests.

* name: LaTeX ``\\name{}{}``, ``\\firstname``/``\\familyname``, ``\\header{}{}``, ``\\author{}``; a
  markdown ``#`` heading; otherwise the first line that reads as a person's name ("Curriculum
  Vitae" lines and degree suffixes skipped). When the file has no name at all, the author marked
  (bold, underlined, starred) in most publication entries.
* current position: the first open-ended role of the experience sections ("2021 - present",
  "since 2021", "2021 -") as title, unit and institution; else a role the header states.
* PhD: institution and completion year; a PhD in progress ("PhD candidate", "2021 - current",
  "expected 2027") has no year.
* research interests: an explicit interests/statement section or a "Research interests:" line;
  hobby lists are not research interests.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from scoring.ingest.dates import has_estimated_end, has_open_end, is_date_only, strip_dates, years_in
from scoring.ingest.plain import ORG_WORD, Line, hidden_lines, plain_lines, strip_location
from scoring.ingest.sections import Section, classify_heading
from scoring.ingest.text import clean_inline

__all__ = ["Identity", "looks_like_name", "read_identity"]


@dataclass(frozen=True, slots=True)
class Identity:
    """What the CV says about the candidate besides publications and awards."""

    name: str | None = None
    email: str | None = None
    current_position: str | None = None
    phd_institution: str | None = None
    phd_year: int | None = None
    research_interests: str | None = None


def read_identity(sections: Sequence[Section], text: str, *, fmt: str) -> Identity:
    """Read name, e-mail, current position, PhD and research interests.

    Args:
        sections: the CV split into sections (``split_sections``).
        text: the whole CV text (LaTeX name macros and e-mail addresses are looked up in it).
        fmt: ``latex``, ``markdown``, ``pdf``, ``docx`` or ``text``.
    """
    if fmt in ("bibtex", "json", "yaml"):
        return Identity()
    hidden = hidden_lines(text, fmt)
    visible = "\n".join(ln for i, ln in enumerate(text.split("\n"), 1) if i not in hidden)
    plain = {id(s): plain_lines(s.lines, s.start, fmt, hidden) for s in sections}
    institution, year = _read_phd(sections, plain)
    position = _read_position(sections, plain)
    if position is None and institution and year is None and _phd_in_progress(sections, plain):
        position = f"PhD student, {institution}"
    return Identity(
        name=_read_name(sections, visible, fmt, plain),
        email=_read_email(visible),
        current_position=position,
        phd_institution=institution,
        phd_year=year,
        research_interests=_read_interests(sections, plain),
    )


# --- name -----------------------------------------------------------------------------------------
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
    r"frs|fieee|facm|pe|p\.e\.)\s*$",
    re.IGNORECASE,
)


def looks_like_name(text: str) -> bool:
    """Whether *text* reads as a person's name ("Kevin M. Dean", "Aaron David Schneider", "王小明")."""
    text = text.strip()
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
    text = re.sub(r"\s+", " ", text).strip(" ,.;:|-–—*#")
    text = re.sub(
        r"^(curriculum\s+vitae|cv|resume|résumé)\s*[:\-–—|]?\s*(of\s+)?", "", text, flags=re.IGNORECASE
    )
    text = re.sub(r"\s*[:\-–—|]?\s*(curriculum\s+vitae|cv|resume|résumé)$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(dr|prof|professor|mr|ms|mrs)\.?\s+", "", text, flags=re.IGNORECASE)
    for _ in range(2):
        text = _DEGREE_SUFFIX.sub("", text)
    if text.isupper() and len(text) > 4:
        text = " ".join(
            w if len(w) <= 2 else re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), w)
            for w in text.split()
        )
    return text.strip(" ,")


def _latex_arg(text: str, macro: str, count: int = 1) -> list[str] | None:
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
        args = _latex_arg(text, macro, count)
        if args:
            name = _tidy_name(" ".join(clean_inline(a, "latex") for a in args))
            if looks_like_name(name):
                return name
            if args[0] and looks_like_name(_tidy_name(clean_inline(args[0], "latex"))):
                return _tidy_name(clean_inline(args[0], "latex"))  # altacv: \name{Full Name}
    first, family = (
        _latex_arg(text, "firstname"),
        _latex_arg(text, "familyname") or _latex_arg(text, "lastname"),
    )
    if first and family:
        return _tidy_name(f"{clean_inline(first[0], 'latex')} {clean_inline(family[0], 'latex')}")
    author = _latex_arg(text, "author")
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


def _read_name(sections: Sequence[Section], text: str, fmt: str, plain: dict[int, list[Line]]) -> str | None:
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
            styled = re.search(r"\\(?:textbf|textsc|Huge|huge|LARGE|Large)\s*\{?\s*([^{}\\]{3,60})", ln.raw)
            if styled and looks_like_name(_tidy_name(clean_inline(styled.group(1), "latex"))):
                return _tidy_name(clean_inline(styled.group(1), "latex"))
    for ln in lines[:8]:
        for part in re.split(r"\s[|·•]\s|\s{3,}", ln.text):
            name = _tidy_name(part)
            if looks_like_name(name):
                return name
    return _marked_author(sections, fmt)


def _read_email(text: str) -> str | None:
    m = re.search(
        r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text.replace("\\@", "@").replace(" [at] ", "@")
    )
    return m.group(0).rstrip(".") if m else None


# --- PhD ------------------------------------------------------------------------------------------
_PHD = re.compile(
    r"\b(ph\.?\s?d\b\.?|d\.?\s?phil\b\.?|doctor\s+of\s+(philosophy|science|engineering)|doctorate|"
    r"dr\.\s?(rer|phil|ing|sc)\.|sc\.\s?d\b\.?|doctoral\s+(degree|studies|program(me)?|candidate)|"
    r"doctorat|doctorado|dottorato|promotion\s+in)",
    re.IGNORECASE,
)
_OTHER_DEGREE = re.compile(
    r"\b(m\.?\s?sc?\b\.?|m\.?\s?eng\b|master|bachelor|b\.?\s?sc?\b\.?|b\.?\s?a\b\.|b\.?\s?e\b\.|b\.?\s?tech\b|"
    r"m\.?\s?tech\b|m\.?\s?phil\b|mba\b|diplom|licen[cs]|high\s*school|a-level|abitur|postdoc)",
    re.IGNORECASE,
)
_SCHOOL = re.compile(
    r"\b(universit\w*|institut\w*|college|polytechnic|politecnico|academy|hochschule|ecole|école|eth|epfl|mit|"
    r"caltech|kaist|iit|iiit|iisc|kth|ucla|ucsd|ucl|cmu|tsinghua)\b",
    re.IGNORECASE,
)
_IN_PROGRESS = re.compile(
    r"\b(present|current(ly)?|now|ongoing|in\s+progress|candidate|expected|anticipated|estimated|"
    r"(ph\.?\s?d\.?|doctoral)\s+(student|researcher)|to\s+be\s+completed)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(advisor|adviser|supervisor|supervised|thesis|dissertation|committee|gpa|cgpa|grade|"
    r"title|topic|major|minor|concentration|research|focus|funded|co-?advis)",
    re.IGNORECASE,
)


def _education_window(lines: list[Line], i: int) -> tuple[list[Line], list[Line]]:
    """Lines before and after the degree line *i* that belong to the same entry."""
    before: list[Line] = []
    j = i - 1
    while (
        j >= 0
        and len(before) < 3
        and not _PHD.search(lines[j].text)
        and not _OTHER_DEGREE.search(lines[j].text)
    ):
        if lines[j].bullet and not is_date_only(lines[j].text):
            break
        before.insert(0, lines[j])
        j -= 1
    after: list[Line] = []
    for ln in lines[i + 1 : i + 5]:
        if _OTHER_DEGREE.search(ln.text) or _PHD.search(ln.text) or (ln.bullet and lines[i].bullet):
            break
        if re.match(r"^((19|20)\d\d|[A-Z][a-z]{2,8}\.? (19|20)\d\d)\b", ln.text) and not is_date_only(
            ln.text
        ):
            break  # a dated line starts the next entry
        after.append(ln)
    return before, after


def _institution(degree_line: str, before: list[Line], after: list[Line], inst_first: bool) -> str | None:
    found = _institution_in(degree_line, before, after, inst_first)
    return found.strip(" .,;") if found else None


def _institution_in(degree_line: str, before: list[Line], after: list[Line], inst_first: bool) -> str | None:
    def candidates(text: str) -> list[str]:
        text = re.sub(r"\([^)]*\)", " ", text)
        return [strip_dates(p).strip() for p in re.split(r",|;|\s[–—|]\s", text) if p.strip()]

    own = [p for p in candidates(_PHD.sub("", degree_line)) if ORG_WORD.search(p) and not _LABEL.match(p)]
    if own:
        return next((p for p in own if _SCHOOL.search(p)), own[0])
    near = (list(reversed(before)) + after) if inst_first else (after + list(reversed(before)))
    for ln in near:
        if _LABEL.match(ln.text) or is_date_only(ln.text):
            continue
        parts = [p for p in candidates(ln.text) if ORG_WORD.search(p)]
        if parts:
            return strip_location(ln.text.split(";")[0]) if len(parts) > 1 else parts[0]
    for ln in after:  # "IIIT Delhi": a short line without an institution word
        if (
            not _LABEL.match(ln.text)
            and not is_date_only(ln.text)
            and len(ln.text.split()) <= 8
            and ":" not in ln.text
        ):
            return strip_location(strip_dates(ln.text))
    return None


def _is_education(section: Section) -> bool:
    return section.kind == "education" or bool(
        re.search(r"educat|\bdegrees?\b|academic\s+background", section.heading, re.IGNORECASE)
    )


def _read_phd(sections: Sequence[Section], plain: dict[int, list[Line]]) -> tuple[str | None, int | None]:
    ordered = [s for s in sections if _is_education(s)] + [
        s
        for s in sections
        if s.kind in ("header", "experience", "other", "interests") and not _is_education(s)
    ]
    for section in ordered:
        lines = plain[id(section)]
        for i, ln in enumerate(lines):
            if not _PHD.search(ln.text) or re.search(
                r"\b(students?|advis\w+|supervis\w+|co-?supervis)\b.*\b(ph\.?\s?d)", ln.text, re.IGNORECASE
            ):
                continue
            if not _is_education(section) and not re.match(
                r"^\W*(\S+\s+){0,4}" + _PHD.pattern, ln.text, re.IGNORECASE
            ):
                continue
            before, after = _education_window(lines, i)
            first_degree = next(
                (k for k, x in enumerate(lines) if _PHD.search(x.text) or _OTHER_DEGREE.search(x.text)), 0
            )
            inst_first = (
                first_degree > 0
                and not is_date_only(lines[first_degree - 1].text)
                and bool(ORG_WORD.search(lines[first_degree - 1].text))
            )
            inst = _institution(ln.text, before, after, inst_first)
            window = (
                [x.text for x in before if is_date_only(x.text) or not inst_first]
                + [ln.text]
                + [x.text for x in after if not _LABEL.match(x.text) or is_date_only(x.text)]
            )
            joined = " ".join(window)
            if _IN_PROGRESS.search(joined) or has_open_end(joined) or has_estimated_end(joined):
                return inst, None
            years = years_in(joined)
            return inst, (max(years) if years else None)
    return None, None


def _phd_in_progress(sections: Sequence[Section], plain: dict[int, list[Line]]) -> bool:
    return any(
        _PHD.search(ln.text) and (_IN_PROGRESS.search(ln.text) or has_open_end(ln.text))
        for s in sections
        if _is_education(s)
        for ln in plain[id(s)]
    )


# --- current position -----------------------------------------------------------------------------
_ADVISED = re.compile(
    r"\((?:co-?)?(advised|supervised|mentored|hosted|with|working with)\b[^)]*\)", re.IGNORECASE
)
_TITLE_WORD = re.compile(
    r"\b(professor|lecturer|reader|postdoc\w*|fellow|researcher|scientist|engineer|director|head|chair|"
    r"ph\.?\s?d\.?\s+(student|candidate)|doctoral\s+(student|candidate)|research\s+assistant|"
    r"associate|instructor|analyst|consultant|founder|manager|developer|intern|expert)\b",
    re.IGNORECASE,
)


def _macro_role(lines: list[Line], i: int) -> str | None:
    """Role written as LaTeX macro arguments on lines of their own (``\\cventry`` then ``{Title}``...)."""
    start = i
    while start > 0 and not lines[start].bullet and lines[start - 1].raw.lstrip().startswith(("{", "\\")):
        start -= 1
    fields: list[str] = []
    for ln in lines[start:]:
        if ln is not lines[start] and ln.bullet:
            break
        if not ln.raw.lstrip().startswith("{") or len(ln.text.split()) > 12:
            continue
        if not is_date_only(ln.text):
            fields.append(_ADVISED.sub("", strip_dates(ln.text)).strip(" ,;."))
    out = strip_location(", ".join(f for f in fields[:3] if f))
    return out or None


def _role_above(lines: list[Line], i: int) -> str | None:
    """Role printed on the lines just above its dates ("Title / Institution / 2019 - present")."""
    j = i - 1
    while j >= 0 and is_date_only(lines[j].text):
        j -= 1
    block: list[str] = []
    while j >= 0 and len(block) < 2:
        ln = lines[j]
        if (ln.bullet and block) or years_in(ln.text) or is_date_only(ln.text) or len(ln.text.split()) > 15:
            break
        block.insert(0, ln.text)
        if ln.bullet:
            break
        j -= 1
    while block and not _TITLE_WORD.search(block[0]):
        block.pop(0)
    if not block:
        return None
    return ", ".join(strip_location(_ADVISED.sub("", b)).strip(" ,;.") for b in block) or None


def _role_text(lines: list[Line], i: int) -> str | None:
    """Title, unit and institution of the role whose dates are on line *i*."""
    ln = lines[i]
    if ln.raw.lstrip().startswith("{") and is_date_only(ln.text):
        return _macro_role(lines, i)
    text = re.sub(r"\s+\|\s+", ", ", ln.text)  # "Title | Institution | 2022-Present"
    title = _ADVISED.sub("", strip_dates(re.sub(r"\((estimated|expected)\)", "", text, flags=re.IGNORECASE)))
    title = re.sub(r"\s+", " ", title).strip(" ,;.")
    k = i + 1
    if not title or is_date_only(ln.text):
        above = _role_above(lines, i)
        if above:
            return above
        # dates in a column of their own, printed before the role: the role follows
        while k < len(lines) and is_date_only(lines[k].text):
            k += 1
        if k >= len(lines) or lines[k].bullet:
            return None
        title = _ADVISED.sub("", strip_dates(lines[k].text)).strip(" ,;.")
        k += 1
    parts = [title]
    if "," not in title and not ORG_WORD.search(title):
        for ln2 in lines[k : k + 2]:
            t = ln2.text.strip()
            if ln2.bullet or has_open_end(t) or years_in(t) or len(t.split()) > 30 or t[:1].islower():
                break
            if (
                not (ORG_WORD.search(t) or len(t.split()) <= 6)
                or _LABEL.match(t)
                or re.search(r"\b(I|[Mm]y|[Ww]e|[Oo]ur)\b", t)
            ):
                break
            parts.append(strip_location(t))
            if ORG_WORD.search(t) and re.search(
                r"universit|institut|college|inc\b|llc|ltd|corporation", t, re.IGNORECASE
            ):
                break
        if len(parts) == 1 and i > 0 and not lines[i - 1].bullet and not years_in(lines[i - 1].text):
            prev = lines[i - 1].text
            if ORG_WORD.search(prev) and len(prev.split()) <= 12:
                parts.append(strip_location(prev))  # two-column layouts print the institution first
    out = ", ".join(p for p in (strip_location(p) for p in parts) if p)
    moved = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", out)
    if moved and _TITLE_WORD.search(moved.group(2)) and not _TITLE_WORD.search(moved.group(1)):
        out = f"{moved.group(2)}, {moved.group(1)}"  # "Lab Inc. (Data Scientist)" -> title first
    return re.sub(r"\s+", " ", out).strip(" ,;.") or None


def _read_position(sections: Sequence[Section], plain: dict[int, list[Line]]) -> str | None:
    experience = [s for s in sections if s.kind == "experience"]
    estimated: str | None = None
    for section in experience:
        lines = plain[id(section)]
        for i, ln in enumerate(lines):
            window = ln.text if not is_date_only(ln.text) else " ".join(x.text for x in lines[i : i + 2])
            if has_open_end(ln.text) or (is_date_only(ln.text) and has_open_end(window)):
                role = _role_text(lines, i)
                if role:
                    return role
            elif has_estimated_end(ln.text) and years_in(ln.text) and estimated is None:
                estimated = _role_text(lines, i)
    if estimated:
        return estimated
    for section in experience:  # reverse-chronological list whose first role has only a start year
        lines = plain[id(section)]
        dated = [(i, ln) for i, ln in enumerate(lines) if years_in(ln.text)]
        if dated:
            i, first = dated[0]
            ys = years_in(first.text)
            latest = max(y for _, x in dated for y in years_in(x.text))
            if len(ys) == 1 and ys[0] >= latest and re.match(r"^\W*(19|20)\d\d\b(?!\s*[-–—])", first.text):
                return _role_text(lines, i)
    heads = [s for s in sections[:3] if s.kind == "header" or looks_like_name(s.heading)]
    for header in heads:
        lines = plain[id(header)]
        for i, ln in enumerate(lines[:12]):
            if (
                _TITLE_WORD.search(ln.text)
                and len(ln.text.split()) <= 14
                and not re.search(r"@|https?:", ln.text)
            ):
                nxt = lines[i + 1].text if i + 1 < len(lines) else ""
                if ORG_WORD.search(ln.text) and "," in ln.text:
                    return strip_location(ln.text)
                if ORG_WORD.search(nxt) and not re.search(r"@|https?:|\d{3}", nxt):
                    return f"{ln.text.strip(' ,')}, {strip_location(nxt)}"
    return None


# --- research interests ---------------------------------------------------------------------------
_INTEREST_HEADING = re.compile(
    r"\bresearch\b|^(areas?\s+of\s+)?interests?$|\binterests?\b.*\bresearch|\bvision\b|\bstatement\b|\bfocus\b",
    re.IGNORECASE,
)
_PERSONAL_HEADING = re.compile(
    r"\b(personal|hobb\w*|leisure|other|non-academic|extracurricular|outside)\b", re.IGNORECASE
)
_HOBBY = re.compile(
    r"\b(hiking|singing|reading|music|travel\w*|cooking|photography|running|cycling|swimming|sports?|football|"
    r"soccer|basketball|tennis|chess|piano|guitar|painting|drawing|dancing|yoga|climbing|skiing|gardening|"
    r"movies|films?|gaming|fishing|baking|knitting|volunteering|board games|nationality|birth\w*|married)\b",
    re.IGNORECASE,
)
_INLINE_INTERESTS = re.compile(
    r"^\W*(?:my\s+)?(?:research\s+)?(?:interests?|areas?\s+of\s+interest|research\s+areas?|research\s+focus)\s*"
    r"(?:include|are|:|-|–)\s*(.+)",
    re.IGNORECASE,
)


def _read_interests(sections: Sequence[Section], plain: dict[int, list[Line]]) -> str | None:
    for section in sections:
        heading = section.heading.strip()
        if (
            section.kind != "interests"
            or not _INTEREST_HEADING.search(heading)
            or _PERSONAL_HEADING.search(heading)
        ):
            continue
        items = [ln.text for ln in plain[id(section)]]
        text = "; ".join(items) if any(ln.bullet for ln in plain[id(section)]) else " ".join(items)
        hobbies = sum(bool(_HOBBY.search(t)) for t in items)
        if text and hobbies * 3 < max(len(items), 1) and len(text.split()) >= 2:
            return text[:1200].strip()
    for section in sections:
        if section.kind in ("publications", "talks"):
            continue
        lines = plain[id(section)]
        for i, ln in enumerate(lines):
            m = _INLINE_INTERESTS.match(ln.text)
            if m and not _HOBBY.search(m.group(1)):
                more = [x.text for x in lines[i + 1 : i + 3] if not x.bullet and x.text[:1].islower()]
                return " ".join([m.group(1), *more]).strip()[:1200]
    return None
