"""Awards named outside award sections, in prose or in list items of other sections.

"He received the Ardent Scholarship and the Tamsin Fellowship", a "C.V. Lowell Fellow"
appointment, a named fellowship in a funding list. Job titles ("Postdoctoral Fellow"), committees
("Awards Committee"), reviewer recognitions in service lists and students' awards are not the
candidate's awards.
"""

from __future__ import annotations

import re

from scoring.ingest.award_rules import (
    GENERIC,
    KEYWORD,
    MAX_PROSE,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    STUDENT_ENTRY,
    STUDENT_LINE,
    is_excluded,
    is_funding,
)
from scoring.ingest.dates import MONTH, YEAR, is_date_only, strip_dates, years_in
from scoring.ingest.plain import Line
from scoring.model import Award

__all__ = ["elected_members", "named_awards"]

_TOKEN = re.compile(r"\(?[A-Z][\w.'’&-]*\)?|\([A-Z]{2,}\)|[A-Z]\.|[A-Z]?\d+[A-Za-z]*|&")
_CONNECTOR = {"of", "for", "in", "the", "and", "&", "de", "on", "des", "du", "la", "der", "für"}

# being named or elected to a fellowship is an honour even when its name is generic
_ELECTED = re.compile(
    r"\b(named|elected|inducted|selected|chosen|recogni[sz]ed)\s+(as\s+)?(an?\s+|the\s+)?$", re.IGNORECASE
)
_GRADE = re.compile(r"^((senior|principal|associate|honorary)\s+)?(fellow|member)\s+of\b", re.IGNORECASE)
_FUND_AFTER = re.compile(r"\s+(funds?|grants?|trust|endowment)\b", re.IGNORECASE)
_LEAD_VERBS = re.compile(
    r"^((received|awarded|won|earned|got|granted|recipient|winner|selected|named|the|a|an|his|her|my|our|"
    r"and|also|including|as|of|for|to)\b[\s,]*)+",
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


_DATED_ITEM = re.compile(rf"^\W{{0,2}}(?:{MONTH}\s+)?(?:19|20)\d\d\s*(?:[-–—]|\s{{2}}|\t)", re.IGNORECASE)


# dates in a right-hand column ("Research Assistant, Hill University        2022 – 2024"): the line
# is a whole entry of a dated list, and the next line starts another
_COLUMN_DATE_END = re.compile(
    rf"(?:\s{{3,}}|\t)(?:(?:spring|summer|fall|autumn|winter|{MONTH})\s+)?(?:19|20)\d\d"
    rf"(?:\s*[-–—]\s*(?:(?:{MONTH}\s+)?(?:19|20)\d\d|present|now|current))?\s*$",
    re.IGNORECASE,
)


def _dated_item(line: Line) -> bool:
    """A date-only line, or a list item led by its dates ("2019–2021  Fellow, ..."): not prose."""
    return is_date_only(line.text) or bool(_DATED_ITEM.match(line.raw.lstrip()))


def _paragraphs(lines: list[Line], *, apart: bool = False) -> list[tuple[str, list[tuple[int, Line]]]]:
    """Lines joined into list items / paragraphs (each line apart when *apart*), with each line's
    offset in the joined text."""
    out: list[tuple[str, list[tuple[int, Line]]]] = []
    closed = False
    for ln in lines:
        if apart or not out or closed or ln.bullet or _dated_item(ln) or len(out[-1][0]) > 3000:
            out.append(("", []))
        closed = bool(_COLUMN_DATE_END.search(ln.raw))
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
            start = word_start + 1  # a bracketed name: "Society [Tamarack Fellow]"
            break
        if YEAR.fullmatch(bare):
            break
        if bare.lower() in _CONNECTOR:
            after_and = bare.lower() in ("and", "&")
            pos = word_start
            continue
        if after_and and KEYWORD.fullmatch(bare):
            break  # "the X Fellowship and Y Award" names two awards
        after_and = False
        if not _TOKEN.fullmatch(word) and not (word[:1].isupper() or re.fullmatch(r"\([A-Z]{2,}\)", word)):
            break
        pos = word_start
        start = pos
    return start


# prize words of other languages that come before the name: "Prix Irène Joliot", "Premio Nacional de ..."
_NAME_AFTER = re.compile(r"prix|premio|prêmio|prémio|preis", re.IGNORECASE)
_NAME_AFTER_RUN = re.compile(
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|da|do|dos|das|di|del|della|des|du|la|le|für|der|von|van|of)){1,8}"
)
_COMPANY = re.compile(r"\b(?:GmbH|AG|Inc|Ltd|LLC|S\.?A|SE|KG|plc|Corp)\.?$")
# why it was given, when the CV says it after the name: "Prize for the best thesis in hydrology"
# the reason ends where a new clause or a second award begins ("... and was shortlisted", "... and the Y Medal")
_REASON_ENDS = (
    r"\s(?:and|&)\s+(?:was|were|is|has|had|received|won|got|I|he|she|they|we|the|a|an|in|later|also|then|[A-Z])|"
    r"\s(?:but|while|which|who|where|when|was|were|is|has|had|I|he|she|they|we)\b"
)
_REASON = re.compile(
    r"\s+for\s+(?:the\s+|an?\s+)?(?:best|outstanding|excellent|exceptional|distinguished|most\s+\w+|top)\b"
    r"(?:(?!" + _REASON_ENDS + r")[^,;:.()\[\]\d]){0,80}"
)
_CONNECTORS_AT_END = (
    " of",
    " and",
    " &",
    " in",
    " the",
    " for",
    " on",
    " de",
    " da",
    " do",
    " des",
    " du",
    " der",
)


def _trim_connectors(text: str, end: int) -> int:
    while text.endswith(_CONNECTORS_AT_END, 0, end):
        end = text.rfind(" ", 0, end)
    return end


def _span_forward(text: str, end: int, keyword: str) -> int:
    """Extend past the keyword over what still belongs to the name.

    That is: the name after a prize word that leads it ("Prix Irène Joliot"), "(ACRONYM)",
    "for/in/of Capitalised Words", the reason ("for the best thesis in hydrology") and a qualifier
    ("(finalist)").
    """
    if _NAME_AFTER.fullmatch(keyword):
        m = _NAME_AFTER_RUN.match(text, end)
        if m:
            end = _trim_connectors(text, m.end())
    m = re.match(r"\s*\([A-Z][A-Za-z]{1,9}\)", text[end : end + 20])
    if m:
        end += m.end()
    m = re.match(
        r"\s+(?:for|in|of|on)\s+(?:the\s+)?((?:[A-Z][\w'’-]*|of|and|&|in|the)(?:\s+|$|(?=[,;.:)]))){1,10}",
        text[end : end + 200] + " ",
    )
    if m:
        end = _trim_connectors(text, end + len(m.group(0).rstrip()))
    m = _REASON.match(text, end)
    if m:
        end = _trim_connectors(text, m.end() - (len(m.group(0)) - len(m.group(0).rstrip())))
    m = QUALIFIER_AFTER.match(text, end)
    if m:
        end = m.end()
    return end


# "with" straight before a capitalised name on a degree line marks a distinction of the degree;
# a prize given with the degree is named with an article: "with the Hazen Thesis Prize"
_DISTINCTION_LEAD = re.compile(r"\bwith\s+$", re.IGNORECASE)
# a note that calls the honour a distinction of the degree: "(thesis distinction)"
_DISTINCTION_NOTE = re.compile(r"\s*\((?:[^()]{0,30}\s)?distinction\)", re.IGNORECASE)
_BARE_MEDAL = re.compile(r"(?:gold|silver|bronze)\s+medal", re.IGNORECASE)


def _is_named(words: list[str]) -> bool:
    return any(w.lower().strip("().,'’") not in GENERIC for w in words)


def named_awards(
    lines: list[Line],
    *,
    service: bool,
    funding: bool = False,
    education: bool = False,
    membership: bool = False,
    header: bool = False,
) -> list[Award]:
    """Named awards written in the prose or list items of a section that is not an award section.

    Args:
        lines: the section's plain lines.
        service: a service section (reviewer recognitions there are not awards).
        funding: a funding section ("NSF Award 123" there is a grant).
        education: an education section (an honour in a degree entry dates from the degree's end).
        membership: a memberships section ("Senior Fellow of the Society" there is a membership grade).
        header: the lines above the first heading (name, job title, contact: each line stands alone,
            so a job title is not joined to the name above it).
    """
    found: list[Award] = []
    budget = 4 * MAX_PROSE  # keyword hits looked at, so that a pathological text stays fast
    for text, spans in _paragraphs(lines, apart=header):
        if funding and is_funding(text):
            continue  # "Research Scholar Program, $60,000": an item of a funding list that states an amount
        taken_until = -1
        for kw in KEYWORD.finditer(text):
            budget -= 1
            if budget < 0 or len(found) >= MAX_PROSE:
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
            end = _span_forward(text, kw.end(), word)
            name = _LEAD_VERBS.sub("", text[start:end]).strip(" ,;:")
            words = name.split()
            if membership and _GRADE.match(name):
                continue
            if _FUND_AFTER.match(text, end):
                continue  # the keyword names a fund or programme that gives grants, not an award
            if _COMPANY.search(name):
                continue  # "Preis Analytics GmbH", "Grand Prix Racing Ltd": an employer named like a prize
            if len(words) < 2 or (word[0].islower() and not any(w[0].isupper() for w in words[:-1])):
                continue
            if word.lower().startswith(("fellow", "scholar")) and not _is_named(words):
                before = re.search(r"([A-Z][\w.&'’ -]{1,80}?),\s*$", text[max(0, start - 100) : start])
                if _ELECTED.search(text[max(0, start - 40) : start]):
                    pass  # "named a National Teaching Fellow by ...": an honour, not a job
                elif not (before and _ORG.search(before.group(1))):
                    continue
                else:
                    name = f"{before.group(1).strip()} {name}"
            context = text[max(0, start - 80) : end + 40]
            if (
                _NOT_AN_AWARD.search(context if service else name)
                or STUDENT_LINE.search(text[max(0, start - 150) : end])
                or STUDENT_ENTRY.match(text)
            ):
                continue
            if is_excluded(name):
                continue
            if education and (
                _DISTINCTION_LEAD.search(text, max(0, start - 8), start)
                or _DISTINCTION_NOTE.match(text, end)
                or _BARE_MEDAL.fullmatch(name)
            ):
                # "B.A., Madrid, with Premio Extraordinario", "Doctorate Award (thesis distinction)",
                # a bare "Gold Medal" under a degree: how the degree was passed
                continue
            # the next keyword inside the same run ("Award (NRSA) Individual Fellowship") extends this one
            nxt = KEYWORD.search(text, end)
            while (
                nxt
                and _span_back(text, nxt.end(), nxt.start()) <= end + 1
                and text[end : nxt.start()].strip()
            ):
                if not re.fullmatch(r"[\s\w().'’&-]*", text[end : nxt.start()]):
                    break
                name = f"{name}{text[end : nxt.end()]}"
                end = nxt.end()
                nxt = KEYWORD.search(text, end)
            taken_until = end
            org = re.match(r",\s*([A-Z][^,;:()]{2,80}?)\s*(?=[,;]|(?<!\b[A-Z])\.|$)", text[end : end + 100])
            if word.lower().startswith(("fellow", "scholar")) and org and _ORG_NAME.search(org.group(1)):
                name = f"{name}, {strip_dates(org.group(1))}"  # "C.V. Lowell Fellow, Hill Neuroscience Institute"
            lead = QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
            if lead and lead.group(1).lower() not in name.lower():
                name = (
                    f"{lead.group(1)[:1].upper()}{lead.group(1)[1:]}, {name}"  # "a finalist for the X Award"
                )
            line = _line_at(spans, start)
            found.append(
                Award(
                    name=name.strip(),
                    year=_year_near(text, start, end, latest=education),
                    source_line=line.number,
                    source_text=text[:400],
                )
            )
    return found


# "elected a Member of the Hill Statistical Institute": membership of a learned society by election
_ELECTED_MEMBER = re.compile(
    r"\b(?:elected|inducted)\s+(?:as\s+)?(?:an?\s+)?((?:(?:Foreign|Corresponding|Honorary|International)\s+)?"
    r"Member\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+|(?:of|for|and|&)\s+){0,6}"
    r"(?:Institute|Academy|Society|Association|Academies|Union))\b"
)


def elected_members(lines: list[Line]) -> list[Award]:
    """Memberships of learned societies the candidate was elected to, named in prose."""
    found: list[Award] = []
    for text, spans in _paragraphs(lines):
        for m in _ELECTED_MEMBER.finditer(text):
            if STUDENT_LINE.search(text[max(0, m.start() - 150) : m.end()]):
                continue
            found.append(
                Award(
                    name=m.group(1),
                    year=_year_near(text, m.start(1), m.end(1)),
                    source_line=_line_at(spans, m.start(1)).number,
                    source_text=text[:400],
                )
            )
    return found


def _year_near(text: str, start: int, end: int, *, latest: bool = False) -> int | None:
    """The year an award named in prose was given.

    In order: the entry's leading date (its end when *latest*), a year printed just before the
    name ("the 2021 Quarry Award"), the first year after the name in its clause, the nearest year
    before it in its clause. A clause ends at a sentence end, a semicolon or ", and", so that in
    "finalist for the 2021 X Award, and in 2019 I received the Y Prize" each award keeps its own year.
    """
    lead = _LEAD_DATE.match(text[:40])
    lead_years = years_in(text[: min(start, 40)]) if lead and lead.start(3) < start else []
    if lead_years:  # (a run of digits such as "20192019" matches the pattern but holds no year)
        return max(lead_years) if latest else min(lead_years)
    just_before = _YEAR_JUST_BEFORE.search(text, max(0, start - 12), start)
    if just_before:
        return int(just_before.group(1))
    after = _CLAUSE_END.split(text[end : end + 200], maxsplit=1)[0]
    years = years_in(after)[:1] or years_in(_CLAUSE_END.split(text[max(0, start - 200) : start])[-1])[-1:]
    return years[0] if years else None


# a date that opens the entry: "2019", "Mar 2019", "12 March 2019" (not "Our 2023 paper ...")
_LEAD_DATE = re.compile(rf"^\W{{0,2}}((\d{{1,2}}\s+)?{MONTH}\s+)?((19|20)\d\d)", re.IGNORECASE)
_YEAR_JUST_BEFORE = re.compile(r"(?<![\d–—/-])\b((?:19|20)\d\d)\s+$")
# where a clause ends: a sentence end, a semicolon, ", and ..." / ", while ..."
_CLAUSE_END = re.compile(r"(?<=[.;])(?<!\b[A-Z]\.)\s(?=[A-Z(])|;\s*|,\s*(?:and|while|but|whereas)\s")
