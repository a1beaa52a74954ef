"""One printed citation -> title, authors, venue, acronym, year and type.

The reader works on the entry's *fields*: LaTeX entries bring their own (``\\cventry`` arguments,
lines broken by ``\\\\``), plain text is one field. Emphasis is remembered: a quoted, bold or
italic run right after the author list is the title. Otherwise the author list is read from the
start of the entry, the title is the sentence after it, and the venue is what follows, cut before
volume, pages, dates and locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scoring.ingest.authors import CONSORTIUM, looks_like_author_list, split_authors
from scoring.ingest.books import book_venue
from scoring.ingest.comma_style import split_comma_title
from scoring.ingest.markup import MARKER, EntryFields, read_fields
from scoring.ingest.pubtype import described_as_other, publication_type
from scoring.ingest.text import clean_inline
from scoring.ingest.venue_text import (
    ACRONYM_PAREN,
    ARXIV_ID,
    THESIS_LABEL,
    clean_venue,
    skip_container_lead,
    venue_acronym,
)

__all__ = ["Citation", "parse_citation", "publication_type"]

_YEAR = re.compile(r"(?<![\d/.:-])(19[5-9]\d|20[0-4]\d)(?![\d])")
_ARXIV = re.compile(
    r"\b(arxiv|biorxiv|medrxiv|chemrxiv|ssrn|psyarxiv|osf preprints?|lingbuzz)\b", re.IGNORECASE
)
_URL = re.compile(r"https?://\S+|www\.\S+|\b(?:doi|DOI)\s*:?\s*10\.\S+|\b10\.\d{4,9}/\S+")
_IDS = re.compile(
    r"\b(?:PubMed\s+)?(?:PMID|PMCID|ISBN|ISSN)\b\s*:?\s*[\w-]+;?|\bEpub ahead of print\.?|\bEpub\s+\d{4}[^.;]*[.;]?",
    re.IGNORECASE,
)
_REMARK = re.compile(
    # "(2025, in press)" after the authors is the citation's date, not a remark
    r"[(\[](?!\s*(?:19|20)\d\d[a-z]?\s*,\s*(?:in\s+press|accepted|forthcoming)\s*\))"
    r"[^()\[\]]*\b(accept|acceptance|rate|cited|citations?|stars?|github|spotlight|oral|award|best|nominee|"
    r"nominated|top\s*\d+%|equal|contribution|invited|highlight|selected|featured|press|media|code|slides|"
    r"video|pdf|paper|link|preprint|alpha|alphabetical|corresponding)\b[^()\[\]]*[)\]]",
    re.IGNORECASE,
)
_AWARD_NOTE = re.compile(
    r"\b(best\s+(student\s+)?(paper|poster|demo|presentation)\s+(award|honou?rable\s+mention|"
    r"nominee|runner[- ]up|finalist)|[A-Z][\w-]*\s+award|honou?rable\s+mention)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Citation:
    """Fields read from one entry; any may be missing."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    marked_author: str | None = None  # an author printed in bold (usually the candidate)
    venue: str | None = None
    venue_acronym: str | None = None
    year: int | None = None
    type: str = "other"
    note: str | None = None
    # the words naming the kind of work that were cut from the venue ("PhD thesis"), kept for the type
    kind_label: str = field(default="", repr=False, compare=False)


# --- citation pieces ----------------------------------------------------------------------------
# "... 2019. Full version in J. Widgets 12 (2021)": another version of the work, with its own venue and year.
_OTHER_VERSION = re.compile(
    r"[.;,]?\s*\(?\s*(?:(?:an?\s+|the\s+)?(?:full|journal|extended|long(?:er)?|conference|preliminary|short(?:er)?|"
    r"earlier|archival)\s+version(?:\s+of\s+this\s+(?:paper|work))?\s*(?:in\b|at\b|appear(?:ed|s)?\b|published\b|"
    r"to\s+appear\b|:)|also\s+appeared\s+in\b).*$",
    re.IGNORECASE | re.DOTALL,
)


def _drop_other_version(text: str) -> str:
    """*text* without a trailing note on another version of the work, which dates that version."""
    lower = text.lower()
    if "version" not in lower and "appeared" not in lower:
        return text
    m = _OTHER_VERSION.search(text)
    return text[: m.start()] if m and m.start() >= 20 else text


_WITH = re.compile(r"\(\s*(?:joint\s+)?with\s+[^()]*\)", re.IGNORECASE)
_LINK_LABEL = re.compile(
    r"\[\s*(?:pdf|code|slides|video|link|paper|bib|project|poster|arxiv|html|talk|data)\s*\]", re.IGNORECASE
)
_LEADING_MARKS = re.compile(r"^\s*[*★†‡]+\s*")
_ID_WORDS = ("pmid", "pmcid", "isbn", "issn", "epub")
# an award noted after the citation behind a mark: "★ Best Paper Award", "🏆 Mercer Award 2021"
_NOTE_MARK = re.compile("[★☆◆♦🏆]")
_MARKED_NOTE = re.compile(r"(?<=\S)\s+[★☆◆♦🏆]\s*([^★☆◆♦🏆]{3,160})$")
_HONOUR = re.compile(r"\b(?:awards?|prizes?|medal|honou?rable\s+mention|best\s+\w+)\b", re.IGNORECASE)
# a remark in parentheses after the citation's last sentence: "(Under contract; delivered May 2025.)"
_TRAILING_NOTE = re.compile(r"(?<=\.)\s*\([^()]{8,200}\)\.?\s*$")


def _scrub(text: str) -> tuple[str, list[str]]:
    """Text without URLs, identifiers and remarks; the remarks that name awards are returned."""
    # each pattern runs only when the text has a character or word every match of it needs
    notes: list[str] = []
    if "(" in text or "[" in text:
        notes = [m.group(0).strip("()[] ") for m in _REMARK.finditer(text) if _AWARD_NOTE.search(m.group(0))]
        text = _REMARK.sub(" ", text)
        if "(" in text:
            text = _WITH.sub(" ", text)
    if "10." in text or "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    low = text.lower()
    if any(w in low for w in _ID_WORDS):
        text = _IDS.sub(" ", text)
    if "[" in text:
        text = _LINK_LABEL.sub(" ", text)
    if _NOTE_MARK.search(text):
        marked = _MARKED_NOTE.search(text)
        if marked and _HONOUR.search(
            marked.group(1)
        ):  # "... 733–55. ★ Webster Prize, 2023": not the paper's date
            notes.append(marked.group(1).strip(" ."))
            text = text[: marked.start()]
    text = _LEADING_MARKS.sub("", text)  # highlight marks before a venue ("*~AAAI 2018")
    return " ".join(text.split()), notes


# Page ranges that can look like years: "89(4), 2011–2045", "9(1):1999–2010", "pp. 2001-2020"; the
# volume and issue before them stay, since an issue may be the year ("236 (2014), 2020–2041").
_PAGE_RANGE = re.compile(
    r"(\d\s*\(\s*[\w–-]{1,9}\s*\)\s*[,:]\s*|\bpp?\.\s*|\bpages\s+)\d{1,5}\s*[-–]\s*\d{1,5}\b"
)
# Any number range: "2023, 2010–2034" is a year and then pages.
_RANGE = re.compile(r"(?<![\w/.])\d{1,5}\s*(?:-{1,2}|[–—])\s*\d{1,5}(?![\w/])")


# "In preparation for ICSE 2027": the year of a target venue, not a date of the work.
_TARGET_VENUE = re.compile(
    r"\b(?:in\s+preparation|to\s+be\s+submitted|planned|targeting|intended|under\s+review|submitted|in\s+submission)"
    r"\s+(?:for|to|at)\s+"
    r"[^.;,()]{1,60}?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _year_of(text: str) -> int | None:
    text = _TARGET_VENUE.sub(" ", ARXIV_ID.sub(" ", text))
    if "-" in text or "–" in text or "—" in text:
        # pages never date a paper, whether after a volume or on their own
        text = _PAGE_RANGE.sub(r"\1 ", text)
        years = [int(y) for y in _YEAR.findall(_RANGE.sub(" ", text))]
        if years:
            return years[-1]
    years = [int(y) for y in _YEAR.findall(text)]  # only a range dates it: "2019–2021" takes its end
    return years[-1] if years else None


_ABBREVIATION_END = re.compile(
    r"[\s.(\-~]([^\W\d_][a-z]?\.-[^\W\d_]|[^\W\d_][a-z]?|Jr|Sr|St|Dr|vs|al|eds?|Proc|Conf|Int|No|Vol|pp)$"
)
_ABBREVIATIONS = {"Jr", "Sr", "St", "Dr", "vs", "al", "ed", "eds", "Proc", "Conf", "Int", "No", "Vol", "pp"}
_TITLE_STOP = re.compile(r"[.?!](?:\s|$)|,(?=\s+In\s)")


def _initial_before(text: str, i: int) -> bool:
    """Whether the period at *i* closes an initial or abbreviation rather than a sentence."""
    window = (" " if i <= 12 else "") + text[max(0, i - 12) : i]  # a short look back keeps this O(1)
    m = _ABBREVIATION_END.search(window)
    if m is None:
        return False
    word = m.group(1)
    # "Å." and hyphenated initials ("M.-A.") close an initial too, not a sentence
    hyphenated = len(word) <= 5 and "-" in word
    return ((len(word) <= 2 or hyphenated) and word[0].isupper()) or word in _ABBREVIATIONS


_CAP = r"[A-Z\u00c0-\u024f\u1e00-\u1eff]"
_WORD = rf"{_CAP}[\w'’\u00c0-\u024f\u1e00-\u1eff-]+"
# "Ingrid P. Roe, Olga Doe, ..." or "Ingrid P. Roe. 2025.": a given name and a middle initial, not
# the NIH "Roe P." that it resembles, since a family name and a further name or a year follow.
_MIDDLE_INITIAL = re.compile(
    rf"^{_WORD}\s{_CAP}\.\s{_WORD}(?:(?:,\s+|\s+and\s+|\s*&\s*)(?:{_CAP}\.\s*)*{_WORD}(?:\s+{_CAP}\.)*\s+{_WORD}"
    rf"|\.\s+(?:19|20)\d\d[a-z]?\.)"
)


_NIH = re.compile(
    r"^[A-Z\u00c0-\u024f\u1e00-\u1eff][\w'’\u00c0-\u024f\u1e00-\u1eff-]+(?:\s[A-Z][\w'’-]+)?,?\s[A-Z]{1,3}(?:[,*†‡★.]|\s\d)"
)


# "Jane Poe, C. Roe, Ann Doe, and ...": names in given-first order, the second printed with an initial;
# not the inverted "Poe, C." it resembles, since a family name and more names follow the initial.
_GIVEN_FIRST_LIST = re.compile(
    rf"^{_WORD}\s{_WORD},\s+(?:{_CAP}\.[\s-]?){{1,3}}{_WORD}"
    rf"(?:,\s+(?:and\s+|&\s*)?(?:{_CAP}\.\s?)*{_WORD}\s|\s+and\s|\s*&\s)"
)


def _nih_style(text: str) -> bool:
    return bool(_NIH.match(text)) and not _MIDDLE_INITIAL.match(text) and not _GIVEN_FIRST_LIST.match(text)


_TRAILING_YEAR = re.compile(r"[,.]?\s+(?:19|20)\d\d[a-z]?\.?$")
_EDITORS_MARK = re.compile(r",?\s+\(?eds?\b\.?\)?$")
_INITIAL = re.compile(r"\b[A-Z]\.")


# Nature style closes the list with "& Last, F." or "et al." after the names the list reader found.
_NAME_INITIALS = r"[^\W\d_][\w'’ -]{0,40}?,\s*(?:[^\W\d_]{1,2}\.[\s-]*){1,4}"
_LAST_AUTHOR = re.compile(
    rf"(?:,\s*{_NAME_INITIALS})*(?:\s*,?\s*et\s*al\.|,?\s*(?:&|and)\s+{_NAME_INITIALS})"
)


def _author_end(text: str) -> int:
    """Index where the author list at the start of *text* ends (0 when there is none)."""
    end = _author_run(text)
    if end and ("&" in text or " and " in text or "al." in text):
        more = _LAST_AUTHOR.match(text, end)
        if more and looks_like_author_list(text[: more.end()].rstrip(" .")):
            return more.end()
    return end


_PAREN_DATE = re.compile(
    r"\(\s*(?:19|20)\d\d[a-z]?\s*[,)]|\(\s*(?:in press|forthcoming|submitted|n\.d\.)\s*\)", re.IGNORECASE
)
_QUOTE = re.compile(r"[“\"]")
_COLON_AFTER_NAMES = re.compile(r"(?<=\b[A-Z])\.[*†‡★]*:\s+")  # an initial, then the colon ending the list
_MORE_INITIALS = re.compile(r"(?:\s[A-Z]\.)+(?=[\s,;*†‡★])")
_SENTENCE_END = re.compile(r"\.(?:\s|$)|:\s")
# (a raised mark may leave no space before the title in PDF text: "Roe, H.*Palladium-catalyzed ...")
_INITIALS_END = re.compile(r"\.[*†‡★]*\s|\.[*†‡★]+(?=[A-Z(\[])")
_LIST_GOES_ON = re.compile(r"[*†‡★]*\s*[,;]")  # ACS style parts names with semicolons
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.[\s-]*)+")
_GIVEN_FIRST_NEXT = re.compile(r",\s*(?:and\s+|&\s*)?(?:[A-Z]\.[\s-]*){1,3}[A-Z][a-z]")


def _author_run(text: str) -> int:
    group = CONSORTIUM.match(text)
    if group:  # "Euclid Collaboration: Roe, P., ..." - the names follow the colon
        inner = _author_end(text[group.end() :])
        return group.end() + inner if inner else 0
    colon = _COLON_AFTER_NAMES.search(text, 0, 400)
    if colon and looks_like_author_list(text[: colon.start() + 2].strip(" ,:")):
        return (
            colon.start() + 1
        )  # Copernicus style: "Roe, J. A., and Doe, B.: Title, Journal, 12, 1–9, 2024."
    m = _PAREN_DATE.search(text) if "(" in text else None
    quote = _QUOTE.search(text)
    stops = [x for x in (m.start() if m else None, quote.start() if quote else None) if x is not None]
    if stops:
        end = min(stops)
        if looks_like_author_list(text[:end].strip(" ,.:")):
            return end
    if _nih_style(text):
        # ACS style marks the corresponding author after the initials: "...; Roe, R.* Title"
        stop = _INITIALS_END.search(text)
        while True:
            first = stop.start() if stop else -1
            marks = len(stop.group().rstrip()) - 1 if stop else 0
            # "Roe, C. N. Title": further initials after the first belong to the name
            more = (
                _MORE_INITIALS.match(text[first + 1 :])
                if first > 0 and not marks and "," in text[:first]
                else None
            )
            first += more.end() if more else 0
            if first < 0 or not _LIST_GOES_ON.match(text, first + 1):
                break
            stop = _INITIALS_END.search(text, first + 1)  # "Roe, C. N., Doe, B. Title": more names follow
        # ESA style inverts only the first name ("Roe, J. A., M. Doe, and B. Poe"): a name in
        # given-first order next, or a "name" of initials alone ("Roe, J., M. A"), means the list goes on
        names = split_authors(text[:first]) if first > 0 else []
        if (
            names
            and looks_like_author_list(text[:first])
            and not _GIVEN_FIRST_NEXT.match(text, first + 1 + marks)
            and not (len(names) > 1 and _INITIALS_ONLY.fullmatch(names[-1]))
        ):
            return first + 1 + marks
    for dot in _SENTENCE_END.finditer(text):
        i = dot.start()
        if text[i] == "." and _initial_before(text, i):
            continue
        head = text[: i + 1] if text[i] == "." else text[:i]
        if looks_like_author_list(head.rstrip(".")):
            # "J. Roe, and B. Doe, Short Title, New J. Phys. 24, 12 (2022)": the names and the
            # abbreviated journal's first word read as a list; the comma-style split knows better
            names_end = _comma_authors(text)
            if 0 < names_end < i and split_comma_title(text[names_end:].lstrip(" ,")):
                return names_end
            return i + 1
        # author-date without parentheses: "Roe, J., and Doe, B. 2019. Title", "Roe, Jane. 2019. Title"
        dated = _TRAILING_YEAR.search(head)
        names = head[: dated.start()].rstrip(" ,.") if dated else ""
        editors = _EDITORS_MARK.search(names)  # "Roe, Jane, and Bo Doe, eds. 2019. Book Title"
        names = names[: editors.start()] if editors else names
        if (
            dated
            and len(text[i + 1 :].split())
            >= 2  # a title follows the year; a year at the end closes the venue
            and looks_like_author_list(names)
            and (_INITIAL.search(names) or "," in names or len(split_authors(names)) > 1)
        ):
            return editors.start() if editors else dated.start()
        break
    return _comma_authors(text)


_PIECE = re.compile(r"[^,]+")
_AND_THE = re.compile(r"(?:and|&)\s+(?:the|a|an|its|their|other|how|why|what|when|where)\s", re.IGNORECASE)
_LEADING_AND = re.compile(r"^(?:and|&)\s+")


def _comma_authors(text: str) -> int:
    """End of a comma-separated name run that opens a citation written with commas only.

    "J. Roe, B. Doe, Widget theory, J. Widgets 3, 2020" has no period after the authors; the
    names are the leading pieces that read as names, provided a longer non-name piece follows.
    """
    pieces = list(_PIECE.finditer(text))
    end = 0
    initials = True  # every name so far printed with initials ("A. Roe")
    for k, piece in enumerate(pieces[:-1]):
        part = piece.group(0).strip()
        part = _LEADING_AND.sub("", part)
        names = split_authors(part)
        if not names or not looks_like_author_list(part) or any(len(n.split()) > 4 for n in names):
            break
        if _AND_THE.match(pieces[k + 1].group(0).strip()):
            return 0  # "Wages, Zones, and the Geography of Jobs": a title's serial comma, not names
        end = piece.end()
        initials = initials and bool(_INITIAL.search(part))
        nxt = _LEADING_AND.sub("", pieces[k + 1].group(0).strip())  # "..., and G. Roe, Title"
        # a title in capitals reads like a name, but not four words of it without an initial
        # after names printed with initials ("A. Roe, B. Doe, Quantum Widget Phase Transitions")
        title_case = initials and len(nxt.split()) >= 4 and not _INITIAL.search(nxt)
        if len(nxt.split()) >= 3 and (title_case or not looks_like_author_list(nxt)):
            # one bare word ("Cusps, cones and curves, ...") opens a title, not an author list
            return end + 1 if k or len(part.split()) > 1 else 0
    return 0


# A comma followed by what starts a venue, inside a would-be title.
_COMMA_VENUE = re.compile(
    r",\s+(?=(?:In\s+[A-Z]|Proc\b|Proceedings\b|Journal\b|Transactions\b|Annals\b|arXiv|Working\s+paper|"
    r"Under\s+review|Submitted|Forthcoming|[A-Z][A-Za-z]*\s+(?:Journal|Review|Letters)\b|"
    r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b\s*'?(?:19|20)?\d\d\b|(?:19|20)\d\d\b))"
)


# After a "?" that may end a title: a capitalised name, then a volume ("Review of X, 89(4)", "X 12:3").
_VENUE_VOLUME = re.compile(r"\s*[A-Z][\w&:'’ -]{2,80}?,?\s+\d{1,4}\s*(?:\(\s*[\w–-]{1,9}\s*\)|:\s*\d)")


# "(2019). Title", "(2025, in press). Title", APA's "(2019, March).", "2019. Title", AAS style's
# "2019, Title", after "eds." in ASA style: the date an author-date citation prints after its authors
_LEADING_DATE = re.compile(
    r"^(?:\(?eds?\.\)?,?\s+)?(?:\(\s*((?:19|20)\d\d)[a-z]?\s*(?:,[^()]{1,30})?\)\.?\s*|((?:19|20)\d\d)[a-z]?[.,]\s+)"
)
# APA's stand-ins for a date that has none yet: "(n.d.). Title", "(in press). Title"
_NO_DATE = re.compile(r"^\(\s*(?:n\.\s?d\.?|in\s+press|forthcoming|submitted)\s*\)\.?\s*", re.IGNORECASE)
_QUOTED = re.compile(r"^[“\"](.+?)[”\"]|^'([^']+?(?:'[a-z][^']*?)*)'(?=[,.;:]?(?:\s|$))")
_QUOTE_GOES_ON = re.compile(r"\s*[:\-–—a-z]")
_STATUS_AFTER_QUOTE = re.compile(
    r"\s*(?:in|to appear|accepted|submitted|under|arxiv|preprint)\b", re.IGNORECASE
)
_LATIN_ABBREVIATION = re.compile(r"\b(e\.g|i\.e|vs|cf)$")
# "... for Embedded C. In ACM Conference on ...": a name's initial is not followed by "In Proceedings"
_IN_VENUE = re.compile(
    r"\s+In:?\s+(?:Proc|Proceedings|the\b|[A-Z]{2,}|(?:19|20)\d\d|\d+(?:st|nd|rd|th)\b|[A-Z][a-z]+\s+(?:Conference|Symposium|Workshop|Journal))"
)
_VENUE_AFTER_MARK = re.compile(r"(In\b|in\b|Proc|arXiv|\(|(19|20)\d\d|Journal|J\.|[A-Z]{2,})")


def _title_after(rest: str, emph: list[str]) -> tuple[str, str]:
    """Title at the start of *rest* and the text after it."""
    rest = rest.lstrip(" .,:;")
    rest = _NO_DATE.sub("", _LEADING_DATE.sub("", rest))
    # "Title" or, Harvard style, 'Title', (a closing ' is followed by punctuation or a space, not "City's")
    q = _QUOTED.match(rest)
    after = rest[q.end() :] if q else ""
    if q and (
        (q.group(1) or q.group(2)).endswith((",", ".", ";", "?", "!"))
        or not _QUOTE_GOES_ON.match(after)
        or _STATUS_AFTER_QUOTE.match(after)
    ):
        # a quoted title; a quote followed by ":" or more words only opens the title ("“X”: a study")
        return (q.group(1) or q.group(2)).strip(" ,.;"), rest[q.end() :]
    for run in emph:
        run = run.strip(" .,")
        if len(run) >= 8 and rest.startswith(run[: max(8, len(run) // 2)]):
            return run, rest[len(run) :]
    comma_split = split_comma_title(rest)
    if comma_split:  # "Title, Ann. of Math. 12 (2020)": abbreviation periods are not the title's end
        return comma_split
    pos = 0
    while True:
        m = _TITLE_STOP.search(rest, pos)
        if m is None:
            return rest.strip(" ,.;"), ""
        i = m.start()
        tail = rest[i + 1 : i + 40].lstrip()
        if rest[i] == "." and (
            (_initial_before(rest, i) and not _IN_VENUE.match(rest, i + 1))
            or _LATIN_ABBREVIATION.search(rest[max(0, i - 6) : i])
        ):
            pos = i + 1
            continue
        if (
            rest[i] in "?!"
            and tail
            and not _VENUE_AFTER_MARK.match(tail)
            and not _VENUE_VOLUME.match(rest, i + 1)
        ):
            pos = i + 1
            continue
        end = i + 1 if rest[i] in "?!" else i
        title, after = rest[:end].strip(" ,;"), rest[i + 1 :]
        cut = _COMMA_VENUE.search(title)
        if cut and len(title[: cut.start()].split()) >= 3:  # "Title, Journal of X, 2020": commas only
            return title[: cut.start()].strip(), title[cut.start() + 1 :] + "." + after
        return title, after


_MAX_ENTRY = 2_500
_DESCRIPTION_BRACKET = re.compile(r"\s*\[([^\[\]]{2,120})\]$")
_REMARK_LINE = re.compile(r"\s*\((?=[^()\n]*\s[^()\n]*\s)[^()\n]{8,200}\)[ \t]*\n")


# --- the reader ---------------------------------------------------------------------------------
def parse_citation(raw: str, *, fmt: str = "text", section_type: str | None = None) -> Citation:
    """Read one printed publication entry.

    Args:
        raw: the entry text as printed (markup kept; lines joined with newlines).
        fmt: the text format of the CV (``latex``, ``markdown``, ``pdf``, ``text``...).
        section_type: the publication type announced by the entry's (sub)section heading.
    """
    # no citation runs this long; a longer "entry" is merged text, and reading all of it costs
    # time that grows faster than its length
    raw = raw[:_MAX_ENTRY]
    if raw.lstrip().startswith("(") and "\n" in raw:
        # a remark about the list on a line of its own ("(5 of 23 articles; h-index 14)") glued to the first entry
        remark = _REMARK_LINE.match(raw)
        if remark and raw[remark.end() :].strip():
            raw = raw[remark.end() :]
    f = read_fields(raw, fmt)
    cit = Citation()
    if f.bold:
        names = [b for b in f.bold if looks_like_author_list(b) and len(split_authors(b)) == 1]
        cit.marked_author = names[0] if names else None
    fields = []
    notes: list[str] = []
    for fld in f.fields:
        cleaned, found = _scrub(_drop_other_version(fld))
        notes += found
        if cleaned:
            fields.append(cleaned)
    if not fields:
        return cit
    whole = " ".join(fields)
    cit.year = f.date or _year_of(_TRAILING_NOTE.sub("", whole)) or _year_of(whole)
    if len(fields) > 1:
        _read_structured(cit, fields, f)
    else:
        _read_flat(cit, fields[0], f)
        n_lines = raw.count("\n") + 1
        lines = (
            []
            if cit.authors or n_lines > 6
            else [_scrub(clean_inline(ln, fmt))[0] for ln in raw.split("\n") if ln.strip()]
        )
        at = next((i for i, ln in enumerate(lines) if _is_author_line(ln)), None)
        if not cit.authors and 2 <= len(lines) <= 6 and at is not None:
            # PDF text of a list printing title, authors and venue on lines of their own; the
            # title and the venue may each wrap over several lines
            lines = [x for x in (" ".join(lines[:at]), lines[at], " ".join(lines[at + 1 :])) if x]
            alt = Citation(year=cit.year)
            lines[0] = MARKER.sub("", lines[0], count=1)
            _read_structured(alt, lines, f)
            if alt.authors and alt.title:
                cit.title, cit.authors, cit.venue, cit.venue_acronym = (
                    alt.title,
                    alt.authors,
                    alt.venue,
                    alt.venue_acronym,
                )
                cit.kind_label = alt.kind_label
    cit.title = cit.title.strip(" ,.;:")
    described = _DESCRIPTION_BRACKET.search(cit.title)
    if described:  # APA describes the work after its title: "[Poster]", "[Master's thesis, University]"
        cit.title = cit.title[: described.start()]
        if cit.venue is None and THESIS_LABEL.match(described.group(1)):
            _set_venue(cit, described.group(1))
    if (
        cit.title.startswith(("“", '"'))
        and cit.title.endswith(("”", '"'))
        and sum(cit.title.count(q) for q in '“”"') == 2
    ):
        cit.title = cit.title.strip('“”"')
    # the server may be named only by the address of the paper on it ("Preprint at https://arxiv.org/...")
    server = None if cit.venue else _ARXIV.search(whole) or _ARXIV.search(raw)
    if server:
        cit.venue = {
            "arxiv": "arXiv",
            "biorxiv": "bioRxiv",
            "medrxiv": "medRxiv",
            "lingbuzz": "LingBuzz",
        }.get(server.group(1).lower(), server.group(1))
    typed_venue = f"{cit.kind_label} {cit.venue or ''}" if cit.kind_label else cit.venue
    cit.type = publication_type(whole, typed_venue, cit.venue_acronym, section_type, title=cit.title)
    if cit.type in ("conference", "journal", "workshop") and described_as_other(raw):
        cit.type = "other"  # the bracket was scrubbed from *whole* as a remark
    if cit.type == "book" and cit.venue:
        cit.venue = book_venue(cit.venue)
    cit.note = "; ".join(dict.fromkeys(notes)) or None
    return cit


_OPEN_LIST_END = re.compile(r"(,|\band|&)$")


def _is_author_line(line: str) -> bool:
    s = line.strip()
    return (
        bool(s) and not _OPEN_LIST_END.search(s) and looks_like_author_list(s) and len(split_authors(s)) >= 2
    )


def _end_before_run(text: str, runs: list[str]) -> int:
    """End of an author list that runs up to the next emphasised run (the venue), else 0.

    "Roe, S., Doe, M., Poe, E.† *The Journal*": marks glued to the last name hide the period
    that would end the list, but the italic venue after it does not.
    """
    for run in runs:
        key = run.strip(" .,")[:20]
        p = text.find(key) if len(key) >= 3 else -1
        if p > 0 and looks_like_author_list(text[:p].strip(" ,.:;")):
            return p
    return 0


_AUTHOR_DATE = re.compile(r"[\s.,]*(?:\(?eds?\.\)?,?\s+)?\(?\s*((?:19|20)\d\d)[a-z]?\s*[).,]")


def _read_flat(cit: Citation, text: str, f: EntryFields) -> None:
    end = _author_end(text)
    if end == 0 and f.emph:  # "Title. Authors. Venue" with an emphasised title first
        first = f.emph[0]
        if text.startswith(first[:10]) and not looks_like_author_list(first):
            cit.title = first
            rest = text[len(first) :]
            end2 = _author_end(rest.lstrip(" .,")) or _end_before_run(rest.lstrip(" .,"), f.emph[1:])
            if end2:
                rest = rest.lstrip(" .,")
                cit.authors = split_authors(rest[:end2])
                rest = rest[end2:]
            _set_venue(cit, rest)
            return
    runs = [e for e in f.emph if not looks_like_author_list(e) and len(e) >= 8]
    if not end:
        for run in runs:
            p = text.find(run[:20])
            if p > 0 and looks_like_author_list(text[:p].strip(" ,.:;")):
                end = p
                break
    comma = split_comma_title(text)  # a title and venue joined by a comma
    if comma and end and len(comma[0]) <= end and "," not in comma[0]:
        end = 0  # "Heights and Toy Curves, Series 12, Springer": the "names" are all the title there is
    comma = None if end else comma
    cit.authors = split_authors(text[:end]) if end else []
    # author-date styles: the year after the names dates the work, not one in its title ("... after
    # the 2010 earthquake") nor a page that looks like a year ("Roe, J. 2019, Title, ApJ, 880, 2001")
    date = _LEADING_DATE.match(text[end:].lstrip(" .,:;")) if end else None
    dated = _AUTHOR_DATE.match(text, end) if end and not date else None
    if date or dated:
        cit.year = int(date.group(1) or date.group(2)) if date else int(dated.group(1))
    title, rest = comma or _title_after(text[end:], runs)
    if not end and not title:
        title, rest = text, ""
    if not end and rest and not comma:  # "Title. Authors. Venue": the author list may follow the title
        after = rest.lstrip(" .,:;")
        end_after = _author_end(after)
        if end_after:
            cit.authors = split_authors(after[:end_after])
            rest = after[end_after:]
    cit.title = title
    _set_venue(cit, rest)


# the kind of work named before the journal that prints it
_KIND_BEFORE_VENUE = re.compile(r"(?:[\w&-]+\s+){0,3}white\s*paper\s*[,.:]\s*(?=[A-Z])", re.IGNORECASE)
_EDITORS = re.compile(r"^[^()]{0,80}\(eds?\.?\)\s*[,:]?\s*", re.IGNORECASE)
_ARXIV_WORD = re.compile(r"\barxiv\b", re.IGNORECASE)
_SERVER = re.compile(r"\b(biorxiv|medrxiv|chemrxiv|psyarxiv|lingbuzz)\b", re.IGNORECASE)
_SERVER_NAMES = {
    "biorxiv": "bioRxiv",
    "medrxiv": "medRxiv",
    "chemrxiv": "ChemRxiv",
    "psyarxiv": "PsyArXiv",
    "lingbuzz": "LingBuzz",
}
# a sentence end inside a venue: a word of three or more letters, a period, a capital
_SENTENCE_BREAK = re.compile(r"(?<=[a-z\u00e0-\u024f]{3})\.\s+(?=[A-Z])")
_SPACE_COMMA = re.compile(r"\s+,")


def _set_venue(cit: Citation, rest: str) -> None:
    raw = rest.strip(" .,;")
    if "(ed" in raw or "(Ed" in raw:
        raw = _EDITORS.sub("", raw)  # editors before a book title
    raw = skip_container_lead(raw)
    label = THESIS_LABEL.match(raw) if "hesis" in raw or "issertation" in raw else None
    if label:
        cit.kind_label, raw = label.group(0), raw[label.end() :]
        # the institution is the first sentence; a series note follows ("ETH Zürich. Diss. ETH No. 1")
        raw = _SENTENCE_BREAK.split(raw, maxsplit=1)[0]
    elif "aper" in raw and (kind := _KIND_BEFORE_VENUE.match(raw)):  # "Astro2020 White Paper, BAAS 51(3)"
        cit.kind_label, raw = kind.group(0), raw[kind.end() :]
    venue = clean_venue(ACRONYM_PAREN.sub("", raw))
    if venue and len(venue) < 40 and _ARXIV_WORD.search(venue):
        venue = "arXiv"
    elif venue and len(venue) < 60 and (server := _SERVER.search(venue)):
        venue = _SERVER_NAMES.get(server.group(1).lower(), server.group(1))  # "Ms., UMass. LingBuzz/008412"
    cit.venue = _SPACE_COMMA.sub(",", venue) if venue else None
    # a university is not a venue acronym ("PhD thesis, MIT")
    cit.venue_acronym = None if label else venue_acronym(cit.venue, raw)


_VENUE_HINT = re.compile(
    r"^(?:in|proc)\b|\b(?:proceedings|journal|conference|transactions|arxiv|volume|vol\.|id\.|letters|symposium|"
    r"workshop|forthcoming|in\s+press|review|magazine|pp\.)|\b[A-Z]\s*&\s*[A-Z]\b|\b[A-Z]{2,}\s*'?(?:19|20)?\d\d\b",
    re.IGNORECASE,
)


_DESCRIPTION = re.compile(
    r"^(with|joint\s+(work\s+)?with|advis|supervis|co-?authored|funded|see\b)", re.IGNORECASE
)


_DATE_FIELD = re.compile(r"\(?(?:19|20)\d\d\)?[.,]?|\d{1,2}/\d{2,4}")


def _read_structured(cit: Citation, fields: list[str], f: EntryFields) -> None:
    """Entries with separate fields: pick the author, title and venue fields by their looks."""
    fields = [x for x in fields if not _DATE_FIELD.fullmatch(x.strip())]
    bold_names = [b for b in f.bold if len(b) < 40]
    authors_i = next(
        (
            i
            for i, x in enumerate(fields)
            if looks_like_author_list(x)
            and ("," in x or ";" in x or " and " in x or any(b in x for b in bold_names))
        ),
        None,
    )
    if authors_i is None:
        authors_i = next(
            (i for i, x in enumerate(fields) if looks_like_author_list(x) and len(fields) > 2), None
        )
    rest = [i for i in range(len(fields)) if i != authors_i and not _DESCRIPTION.match(fields[i])]
    if authors_i is not None:
        cit.authors = split_authors(fields[authors_i])
    if len(rest) == 1 and authors_i is None:
        _read_flat(cit, fields[rest[0]], f)
        return
    title_i = next(
        (
            i
            for i in rest
            if any(e.strip(" .,") == fields[i].strip(" .,") for e in f.emph)
            and not _VENUE_HINT.match(fields[i])
        ),
        None,
    )
    if title_i is None:
        title_i = next((i for i in rest if not _VENUE_HINT.search(fields[i])), rest[0] if rest else None)
    if title_i is None:
        return
    cit.title = fields[title_i]
    after = [i for i in rest if i != title_i]
    venue_fields = [i for i in after if _VENUE_HINT.search(fields[i])] or after[:1]
    if len(venue_fields) == 1 and THESIS_LABEL.fullmatch(fields[venue_fields[0]].strip()):
        at = after.index(venue_fields[0])  # "{PhD thesis}{University}": the institution is the next field
        _set_venue(cit, ", ".join(fields[i] for i in after[at : at + 2]))
    elif venue_fields:
        _set_venue(cit, " ".join(fields[i] for i in venue_fields))
