"""Awards, honours, prizes and fellowships: from award sections and from prose elsewhere in the CV.

Two sources:

* every entry of an awards/honours/distinctions section (dated before or after the name, in
  columns, with notes such as "(top 2%)"); a line holding several years or a range is one entry
  dated by its earliest year;
* named awards written anywhere else: "He received the Siebel Scholarship and the Baidu
  Fellowship", a "(Best Paper Award)" note on a publication, a "C.V. Starr Fellow" appointment,
  a named fellowship in a funding list. These are dropped when an award-section entry already
  names them.

Not awards: grants named only as grants, Latin honours and degree distinctions, oral/spotlight
labels, reviewer recognitions outside award sections, and awards won by the candidate's students
(sections about students, trainees or mentees are never read).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scoring.ingest.dates import MONTH, YEAR, edge_years, is_date_only, strip_dates, years_in
from scoring.ingest.plain import Line, hidden_lines, plain_lines, strip_location
from scoring.model import Award

if TYPE_CHECKING:
    from scoring.ingest.sections import Section

__all__ = ["find_awards"]

_MAX_PROSE = 200
# Sections never read for awards: other people's awards, talks, pending applications.
_SKIP_HEADING = re.compile(
    r"\b(students|student'?s'?|student\s*:|trainees?|mentees?|advisees|advising|mentoring|mentorship|supervis\w*|"
    r"postdocs|alumni|(group|lab|team)\s+members|"
    r"references|recommenders|pending|submitted|under\s+review)\b",
    re.IGNORECASE,
)
_SERVICE_HEADING = re.compile(
    r"\b(service|review\w*|referee\w*|editor\w*|committees?|program\s+committee)\b", re.IGNORECASE
)
_FUNDING_HEADING = re.compile(r"\b(grants?|funding|support|sponsored|projects?)\b", re.IGNORECASE)
_GRANT = re.compile(r"\bgrants?\b", re.IGNORECASE)
_AWARD_WORD = re.compile(
    r"\b(awards?|fellow(ship)?s?|scholar(ship)?s?|prizes?|medals?|honou?rs?)\b", re.IGNORECASE
)
_LATIN = re.compile(
    r"\b(summa|magna)\s+cum\s+laude\b|^\W*cum\s+laude\b|\bwith\s+(high(est)?\s+)?(distinction|honou?rs)\b|"
    r"\bfirst[- ]class\s+honou?rs\b|\bhighest\s+honou?rs\b",
    re.IGNORECASE,
)
# "Ph.D. student Jane Doe received ...", "my students won ..."
_STUDENT_LINE = re.compile(
    r"^\W*((ph\.?\s?d\.?|m\.?\s?tech\.?|m\.?\s?sc?\.?|b\.?\s?tech\.?|master'?s|undergraduate|graduate)\s+)?"
    r"students?\s+[A-Z]|\b(my|our|his|her|their)\s+(\w+\s+)?(students?|mentees?|advisees?|trainees?)\b",
    re.IGNORECASE,
)
# "Jun Ito (PhD 2023, ...)": an entry of a list of supervised students
_STUDENT_ENTRY = re.compile(
    r"^\W*[A-Z][\w'’-]+(\s+[A-Z]\.)?\s+[A-Z][\w'’-]+\s*[(,]\s*(ph\.?\s?d|m\.?\s?sc?|m\.?\s?s|b\.?\s?sc?|b\.?\s?a|"
    r"msc|undergrad\w*|postdoc\w*|master'?s)\b",
    re.IGNORECASE,
)
_DANGLING = re.compile(rf"([,&/(–—-]|\b(and|of|for|in|the|at|on|to|from|with|{MONTH}))\s*$", re.IGNORECASE)


def find_awards(sections: Sequence[Section], text: str, *, fmt: str) -> list[Award]:
    """Awards of the candidate: award-section entries first, then named awards found elsewhere.

    Args:
        sections: the CV split into sections (``split_sections``).
        text: the whole CV text the sections come from (used for comments to hide).
        fmt: ``latex``, ``markdown``, ``pdf``, ``docx`` or ``text``.

    Returns:
        Awards with their 1-based ``source_line`` and the text they were read from.
    """
    if fmt in ("bibtex", "json", "yaml"):
        return []
    hidden = hidden_lines(text, fmt)
    listed: list[Award] = []
    prose: list[Award] = []  # capped: a real CV never names hundreds of awards in prose
    for section in sections:
        if _SKIP_HEADING.search(section.heading) or section.kind == "talks":
            continue
        lines = plain_lines(section.lines, section.start, fmt, hidden)
        if section.kind == "awards":
            listed += _section_awards(lines)
        elif section.kind == "publications" and len(prose) < _MAX_PROSE:
            prose += _paper_awards(lines)
        elif len(prose) < _MAX_PROSE:
            prose += _named_awards(
                lines,
                service=bool(_SERVICE_HEADING.search(section.heading)),
                funding=bool(_FUNDING_HEADING.search(section.heading)),
            )
    return listed + _new_only(prose, listed)


# --- award sections -------------------------------------------------------------------------------
_LEADING_DATE = re.compile(rf"^\W{{0,2}}(?:\d{{1,2}}\s+)?(?:{MONTH}\s*,?\s*)?(?:19|20)\d\d\b", re.IGNORECASE)


def _starts_with_date(text: str) -> bool:
    return bool(_LEADING_DATE.match(text))


def _group(lines: list[Line]) -> list[list[Line]]:
    """Lines of an award section grouped into entries (an entry's first line holds its name)."""
    top = [ln for ln in lines if ln.depth == 0]
    any_bullet = sum(ln.bullet for ln in top) >= max(1, len(top) // 4)
    date_led = sum(_starts_with_date(ln.text) for ln in top) >= max(2, len(top) // 2)
    year_tail = sum(bool(edge_years(ln.text)) for ln in top) >= max(2, len(top) // 2)
    entries: list[list[Line]] = []
    dates: list[Line] = []  # date-only lines waiting for the entry they date
    for ln in lines:
        if ln.depth > 0 and entries:
            entries[-1].append(ln)
            continue
        if is_date_only(ln.text) and not ln.bullet:
            if entries and not dates and (_DANGLING.search(entries[-1][-1].text) or _is_arg(ln)):
                entries[-1].append(ln)
            else:
                dates.append(ln)
            continue
        if dates:
            start = True
        elif any_bullet:
            start = ln.bullet
        elif date_led:
            start = _starts_with_date(ln.text)
        else:
            undated = year_tail and not any(years_in(x.text) for x in entries[-1]) if entries else False
            start = not (
                entries and (_DANGLING.search(entries[-1][-1].text) or ln.text[:1].islower() or undated)
            )
        if start or not entries:
            entries.append([*dates, ln])
            dates = []
        else:
            entries[-1].append(ln)
    return entries


def _head(entry: list[Line]) -> tuple[str, list[Line]]:
    """The entry's name text (wrapped name and date lines joined) and the lines after it."""
    parts = [entry[0].text]
    i = 1
    while (
        i < len(entry)
        and entry[i].depth == 0
        and (
            is_date_only(parts[-1])
            or is_date_only(entry[i].text)
            or _DANGLING.search(parts[-1])
            or _is_arg(entry[i])
            or _wrapped_before_year("".join(parts), entry[i])
        )
    ):
        parts.append(("," if _is_arg(entry[i]) else "") + " " + entry[i].text)
        i += 1
    return "".join(parts), entry[i:]


def _wrapped_before_year(head: str, line: Line) -> bool:
    """A name without a year continued by a short line that ends with the year."""
    return (
        not years_in(head)
        and not line.bullet
        and bool(edge_years(line.text))
        and len(line.text.split()) <= 12
    )


def _is_arg(line: Line) -> bool:
    """A LaTeX macro argument on a line of its own (``\\cvhonor`` then ``{Name}``, ``{Event}``...)."""
    return line.raw.lstrip().startswith("{") and line.raw.rstrip().endswith("}") and len(line.text) < 120


def _clean_name(text: str) -> str:
    text = re.sub(r"https?://\S+", "", text)
    text = re.sub(r"\s+[A-Z]{2,5}-?\d{5,}\b", "", text)  # grant numbers: "Fellowship DMS-1502794"
    text = re.sub(r":\s*[“\"'‘].*$", "", text)  # the talk or paper title an award was for
    text = strip_location(strip_dates(text))
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,;:–—-|.") + ("." if re.search(r"\b[A-Z]\.$", text.strip(" ,;:")) else "")


_COLUMN_TITLES = re.compile(
    r"((year|date|dates|award|awards|name|title|honou?rs?|organi[sz]ation|institution|description|details|"
    r"prize|amount)\W*)+",
    re.IGNORECASE,
)


def _is_excluded(name: str) -> bool:
    if not re.search(r"[A-Za-z]{2}", name) or _COLUMN_TITLES.fullmatch(name):
        return True
    if _GRANT.search(name) and not _AWARD_WORD.search(_GRANT.sub("", name)):
        return True
    return bool(_LATIN.search(name) or _STUDENT_LINE.search(name))


def _section_awards(lines: list[Line]) -> list[Award]:
    awards: list[Award] = []
    for entry in _group(lines):
        head, rest = _head(entry)
        name = _clean_name(head)
        if _is_excluded(name):
            continue
        years = (
            edge_years(head)
            or years_in(head)
            or [y for ln in rest if ln.depth > 0 or is_date_only(ln.text) for y in years_in(ln.text)]
        )
        first = next((ln for ln in entry if not is_date_only(ln.text)), entry[0])
        awards.append(
            Award(
                name=name,
                year=min(years) if years else None,
                source_line=first.number,
                source_text=" ".join(ln.text for ln in entry)[:400],
            )
        )
    return awards


# --- awards named in prose ----------------------------------------------------------------------
_KEYWORD = re.compile(
    r"\b(Awards?|Prizes?|Medals?|Fellowships?|Scholarships?|Fellows?|Scholars?)\b", re.IGNORECASE
)
_TOKEN = re.compile(r"\(?[A-Z][\w.'’&-]*\)?|\([A-Z]{2,}\)|[A-Z]\.|[A-Z]?\d+[A-Za-z]*|&")
_CONNECTOR = {"of", "for", "in", "the", "and", "&", "de", "on", "des", "du", "la", "der", "für"}
_GENERIC = {
    "postdoctoral",
    "post-doctoral",
    "postdoc",
    "research",
    "graduate",
    "doctoral",
    "predoctoral",
    "pre-doctoral",
    "teaching",
    "summer",
    "visiting",
    "senior",
    "junior",
    "honorary",
    "student",
    "undergraduate",
    "faculty",
    "clinical",
    "academic",
    "university",
    "department",
    "departmental",
    "travel",
    "phd",
    "ph.d.",
    "master's",
    "masters",
    "early",
    "career",
    "fellow",
    "fellows",
    "fellowship",
    "fellowships",
    "scholar",
    "scholars",
    "scholarship",
    "scholarships",
    "award",
    "awards",
    "prize",
    "prizes",
    "medal",
    "medals",
    "the",
    "of",
    "for",
    "in",
    "and",
    "&",
    "a",
    "an",
    "my",
    "his",
    "her",
    "internal",
    "external",
    "individual",
    "international",
    "national",
    "distinguished",
    "outstanding",
    "merit",
    "recipient",
    "received",
    "awarded",
    "won",
    "new",
    "institute",
    "lab",
    "laboratory",
    "program",
    "programme",
    "center",
    "centre",
    "school",
    "college",
}
_LEAD_VERBS = re.compile(
    r"^((received|awarded|won|earned|got|granted|recipient|winner|selected|named|the|a|an|his|her|my|our|"
    r"and|also|including|as)\b[\s,]*)+",
    re.IGNORECASE,
)
_ORG = re.compile(
    r"\b(foundation|society|institute|council|association|academy|university|agency|trust|fund|"
    r"NSF|NIH|ERC|DFG|DOE|NASA|DARPA|ACM|IEEE)\b",
    re.IGNORECASE,
)
_ORG_NAME = re.compile(
    r"\b(universit\w*|institut\w*|college|school|center|centre|laborator\w*|foundation|society|academy|"
    r"council|association|hospital|trust)\b",
    re.IGNORECASE,
)
_NOT_AN_AWARD = re.compile(
    r"\b(awards?|prizes?|fellowships?|scholarships?)\s+(committees?|chairs?|panels?|jury|ceremony|board|selection)\b|"
    r"\b(google|semantic)\s+scholar\b|\b(award|grant)\s+(no\.?|number|#|id)\b|\breviewers?\b|\bscholar\.google",
    re.IGNORECASE,
)


def _paragraphs(lines: list[Line]) -> list[tuple[str, list[tuple[int, Line]]]]:
    """Lines joined into list items / paragraphs, with each line's offset in the joined text."""
    out: list[tuple[str, list[tuple[int, Line]]]] = []
    for ln in lines:
        if not out or ln.bullet or is_date_only(ln.text) or len(out[-1][0]) > 3000:
            out.append(("", []))
        text, spans = out[-1]
        spans.append((len(text) + (1 if text else 0), ln))
        out[-1] = (f"{text} {ln.text}" if text else ln.text, spans)
    return out


def _line_at(spans: list[tuple[int, Line]], pos: int) -> Line:
    return [ln for off, ln in spans if off <= pos][-1]


def _span_back(text: str, end: int, kw_start: int) -> int:
    """Start of the capitalised name run that ends with the keyword at *kw_start*."""
    start = kw_start
    pos = kw_start
    after_and = False
    for _ in range(16):  # award names are short; a long capitalised run is not one name
        base = max(0, pos - 120)
        m = re.search(r"(\S+)\s+$", text[base:pos])
        if not m:
            break
        word, word_start = m.group(1), base + m.start(1)
        bare = word.strip("()[]")
        if word.endswith((",", ";", ":", ".", ")", "]")) and not re.fullmatch(
            r"(?:[A-Z]\.)+|\([A-Z]{2,}\)", word
        ):
            break
        if word.startswith("[") or (word.startswith("(") and not re.fullmatch(r"\([A-Z]{2,}\)", word)):
            start = word_start + 1  # a bracketed name: "Society [Sequoyah Fellow]"
            break
        if YEAR.fullmatch(bare):
            break
        if bare.lower() in _CONNECTOR:
            after_and = bare.lower() in ("and", "&")
            pos = word_start
            continue
        if after_and and _KEYWORD.fullmatch(bare):
            break  # "the X Fellowship and Y Award" names two awards
        after_and = False
        if not _TOKEN.fullmatch(word) and not (word[:1].isupper() or re.fullmatch(r"\([A-Z]{2,}\)", word)):
            break
        pos = word_start
        start = pos
    return start


def _span_forward(text: str, end: int) -> int:
    """Extend past the keyword over "(ACRONYM)" and "for/in/of Capitalised Words"."""
    m = re.match(r"\s*\([A-Z][A-Za-z]{1,9}\)", text[end : end + 20])
    if m:
        end += m.end()
    m = re.match(
        r"\s+(?:for|in|of|on)\s+(?:the\s+)?((?:[A-Z][\w'’-]*|of|and|&|in|the)(?:\s+|$)){1,10}",
        text[end : end + 200] + " ",
    )
    if m:
        end += len(m.group(0).rstrip())
        while text.endswith((" of", " and", " &", " in", " the", " for", " on"), 0, end):
            end = text.rfind(" ", 0, end)
    return end


def _is_named(words: list[str]) -> bool:
    return any(w.lower().strip("().,'’") not in _GENERIC for w in words)


def _named_awards(lines: list[Line], *, service: bool, funding: bool = False) -> list[Award]:
    found: list[Award] = []
    budget = 4 * _MAX_PROSE  # keyword hits looked at, so that a pathological text stays fast
    for text, spans in _paragraphs(lines):
        taken_until = -1
        for kw in _KEYWORD.finditer(text):
            budget -= 1
            if budget < 0 or len(found) >= _MAX_PROSE:
                return found
            if kw.start() < taken_until:
                continue
            word = kw.group(0)
            if (
                funding
                and word.lower().startswith("award")
                and not re.search(r"\bcareer\b", text[: kw.start()], re.IGNORECASE)
            ):
                continue  # in a funding list "NSF Award 123" is a grant; named fellowships still count
            start = _span_back(text, kw.end(), kw.start())
            end = _span_forward(text, kw.end())
            name = _LEAD_VERBS.sub("", text[start:end]).strip(" ,;:")
            words = name.split()
            if len(words) < 2 or (word[0].islower() and not any(w[0].isupper() for w in words[:-1])):
                continue
            if word.lower().startswith(("fellow", "scholar")) and not _is_named(words):
                before = re.search(r"([A-Z][\w.&'’ -]{1,80}?),\s*$", text[max(0, start - 100) : start])
                if not (before and _ORG.search(before.group(1))):
                    continue
                name = f"{before.group(1).strip()} {name}"
            context = text[max(0, start - 80) : end + 40]
            if (
                _NOT_AN_AWARD.search(context if service else name)
                or _STUDENT_LINE.search(text[max(0, start - 150) : end])
                or _STUDENT_ENTRY.match(text)
            ):
                continue
            if _is_excluded(name):
                continue
            # the next keyword inside the same run ("Award (NRSA) Individual Fellowship") extends this one
            nxt = _KEYWORD.search(text, end)
            while (
                nxt
                and _span_back(text, nxt.end(), nxt.start()) <= end + 1
                and text[end : nxt.start()].strip()
            ):
                if not re.fullmatch(r"[\s\w().'’&-]*", text[end : nxt.start()]):
                    break
                name = f"{name}{text[end : nxt.end()]}"
                end = nxt.end()
                nxt = _KEYWORD.search(text, end)
            taken_until = end
            org = re.match(r",\s*([A-Z][^,;:()]{2,80}?)\s*(?=[,;.]|$)", text[end : end + 100])
            if word.lower().startswith(("fellow", "scholar")) and org and _ORG_NAME.search(org.group(1)):
                name = f"{name}, {org.group(1)}"  # "C.V. Starr Fellow, Princeton Neuroscience Institute"
            line = _line_at(spans, start)
            found.append(
                Award(
                    name=name.strip(),
                    year=_year_near(text, start, end),
                    source_line=line.number,
                    source_text=text[:400],
                )
            )
    return found


def _year_near(text: str, start: int, end: int) -> int | None:
    """The entry's leading date, else the first year after the name in its sentence, else before it."""
    lead = re.match(r"^\W{0,2}((\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+)?((19|20)\d\d)", text[:40])
    if lead and lead.start(3) < start:
        return min(years_in(text[: min(start, 40)]))
    after = re.split(r"(?<=[.;])\s", text[end : end + 200], maxsplit=1)[0]
    years = years_in(after)[:1] or years_in(
        re.split(r"(?<=[.;])\s(?=[A-Z])", text[max(0, start - 200) : start])[-1]
    )
    return min(years) if years else None


_PAPER_AWARD = re.compile(
    r"\b((best|outstanding|distinguished|most\s+influential|test[- ]of[- ]time)\b[\w\s'’-]{0,40}?\b"
    r"(awards?|prizes?|papers?|mention|nominee|nomination|finalist|runner[- ]up)\b"
    r"(\s+(award|nominee|finalist|runner[- ]up|honou?rable\s+mention)){0,2}|honou?rable\s+mention)",
    re.IGNORECASE,
)


def _paper_awards(lines: list[Line]) -> list[Award]:
    found: list[Award] = []
    for i, ln in enumerate(lines):
        if len(found) >= _MAX_PROSE:
            break
        for m in _PAPER_AWARD.finditer(ln.text):
            if m.group(0).lower().startswith("best") and len(m.group(0).split()) < 2:
                continue
            years = years_in(ln.text)
            j = i
            while not years and j > 0 and i - j < 3 and not lines[j].bullet:
                j -= 1
                years = years_in(lines[j].text)
            name = m.group(0).strip()
            found.append(
                Award(
                    name=name[:1].upper() + name[1:],
                    year=max(years) if years else None,
                    source_line=ln.number,
                    source_text=ln.text[:400],
                )
            )
    return found


# --- duplicates -----------------------------------------------------------------------------------
def _core(name: str) -> str:
    text = name.lower().split(",")[0]
    text = re.sub(r"fellowships?|fellows?", "fellow", text)
    text = re.sub(r"scholarships?|scholars?", "scholar", text)
    text = re.sub(r"awards", "award", text)
    return " ".join(w for w in re.findall(r"[a-z0-9]+", text) if w not in {"the", "a", "an"})


def _same(a: Award, b: Award) -> bool:
    ca, cb = _core(a.name), _core(b.name)
    if not ca or not cb:
        return False
    if (
        a.year is not None
        and b.year is not None
        and a.year != b.year
        and not (_KEYWORD.search(a.name) and re.search(r"fellow|scholar", ca))
    ):
        return False
    return f" {ca} " in f" {cb} " or f" {cb} " in f" {ca} "


def _new_only(prose: list[Award], listed: list[Award]) -> list[Award]:
    """Prose awards that no award-section entry (and no earlier prose award) already names."""
    kept: list[Award] = []
    for award in prose:
        if any(_same(award, other) for other in listed + kept):
            continue
        kept.append(award)
    return kept
