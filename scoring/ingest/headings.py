"""Heading words: which kind of CV section a heading names, and which publication type.

``classify_heading("Refereed Journal Articles")`` gives ``("publications", "journal", True)``.
The vocabulary is ordered so that narrower meanings win: students' awards are not the
candidate's, "Teaching Experience" is not a job, "Publications Chair" is a service role.
"""

from __future__ import annotations

import functools
import re

__all__ = ["FILLER_WORDS", "TYPE_WORD_ONLY", "classify_heading", "heading_words"]

# --- heading vocabulary -------------------------------------------------------------------------
# Each kind: words that make a heading that kind. Order matters: the first match wins, so the
# narrower kinds ("Students' awards" is not the candidate's, "Teaching Experience" is not a job)
# come first.
_STUDENTS = re.compile(
    r"\bstudents\b|\bmentees\b|\bstudents?\s*[:']|\bstudent\s+(?:theses|thesis|dissertations?)\b",
    re.IGNORECASE,
)
_TALKS = re.compile(
    r"\b(talks?|presentations?|seminars?|lectures?|colloquia|colloquiums?|keynotes?|speeches|speaking)\b",
    re.IGNORECASE,
)
_PUB_NOUN = re.compile(
    r"\b(publications?|papers?|preprints?|pre-prints?|articles?|manuscripts?|proceedings|chapters?|books?|"
    r"monographs?|patents?|theses|thesis|dissertations?|bibliography|drafts?|posters?|abstracts?|demos?|"
    r"(?:technical\s+)?reports|writings?|(?:recent|selected|research|published|current|ongoing|scholarly)\s+works?|"
    r"outputs?|(?:edited\s+)?volumes|(?:works?|research)\s+in\s+progress|encyclopedia|op-eds?|book\s+reviews)\b",
    re.IGNORECASE,
)
# Type words that alone mark a publication sub-list only inside a publication section.
TYPE_WORD_ONLY = re.compile(
    r"^(refereed\s+|peer[- ]reviewed\s+|international\s+|national\s+|domestic\s+|regional\s+|selected\s+|other\s+)*"
    r"(conferences?|journals?|workshops?|symposia|in\s+submission|under\s+review|in\s+preparation|submitted|"
    r"in\s+press|others?|miscellaneous)$",
    re.IGNORECASE,
)
_AWARDS = re.compile(
    r"\b(awards?|honou?rs?|prizes?|fellowships?|distinctions?|scholarships?|recognitions?|achievements?|"
    r"accolades|medals?)\b",
    re.IGNORECASE,
)
_EDUCATION = re.compile(
    r"\b(education|academic\s+background|degrees?|qualifications?|academic\s+training)\b", re.IGNORECASE
)
# Roles that mention publication words ("Publications Chair", "Referee for Journals").
_OTHER_FIRST = re.compile(
    r"\b(teaching|service|reviewing|reviewers?|referees?|committees?|chairs?|editor(ial)?|editors|"
    r"supervision|supervis(?:ed|ing)|co-?supervis\w*|advis(?:ing|ees?|ed)|mentoring|mentorship|mentored|"
    r"memberships?)\b",
    re.IGNORECASE,
)
# Notes in parentheses ("Publications (supervised students underlined)") say nothing of the kind.
_NOTE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_GRANTS = re.compile(r"\b(grants?|funding|sponsored\s+research|research\s+support)\b", re.IGNORECASE)
_EXPERIENCE = re.compile(
    r"\b(experiences?|employment|positions?|appointments?|work\s+history|career|current\s+role|"
    r"professional\s+history)\b",
    re.IGNORECASE,
)
_INTERESTS = re.compile(
    r"\b(interests?|research\s+statement|research\s+summary|research\s+focus|research\s+areas?|about(\s+me)?|"
    r"summary|profile|objective|vision|overview|biography|bio)\b",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"\b(skills?|references?|referees?|languages?|students|outreach|software|projects?|activities|"
    r"memberships?|leadership|media|press|volunteer(ing)?|contact|misc\.?|miscellaneous|hobbies|personal|"
    r"certifications?|courses?|coursework|news|workshops?\s+organi[sz]ed|organi[sz]ation|editorial|"
    r"committees?|training|visits?|collaborators?|synergistic|impact|community|code|tools|datasets?|"
    r"involvement|engagement|development|programming|support|organizations?|affiliations?|panels?)\b",
    re.IGNORECASE,
)
# Words a heading may carry besides its key noun.
FILLER_WORDS = {
    "and",
    "&",
    "+",
    "of",
    "in",
    "on",
    "the",
    "for",
    "a",
    "an",
    "to",
    "with",
    "selected",
    "recent",
    "other",
    "research",
    "academic",
    "professional",
    "peer-reviewed",
    "peer",
    "reviewed",
    "refereed",
    "full",
    "short",
    "conference",
    "conferences",
    "journal",
    "journals",
    "workshop",
    "workshops",
    "international",
    "national",
    "major",
    "key",
    "list",
    "complete",
    "all",
    "invited",
    "contributed",
    "current",
    "previous",
    "past",
    "main",
    "submitted",
    "under",
    "review",
    "preparation",
    "press",
    "working",
    "technical",
    "book",
    "scientific",
    "honors",
    "relevant",
    "notable",
    "additional",
    "first-author",
    "first",
    "author",
    "co-authored",
    "my",
    "university",
    "department",
    "industry",
    "industrial",
    "work",
    "scholarly",
    "creative",
    "related",
    "grants",
    "grant",
    "awards",
    "distinctions",
    "fellowships",
    "archival",
    "non-archival",
    "non-refereed",
    "nonrefereed",
    "non",
    "doctoral",
    "graduate",
    "undergraduate",
    "student",
    "senior",
    "junior",
    "early",
    "career",
    "teaching",
    "original",
    "job",
    "market",
    "job-market",
    "representative",
    "featured",
    "long",
    "progress",
}


def heading_words(text: str) -> list[str]:
    """Words of a heading, with "&" and "+" as words of their own."""
    return re.findall(r"[A-Za-z][A-Za-z'\-.]*|&|\+", text)


@functools.lru_cache(maxsize=4096)
def classify_heading(text: str) -> tuple[str | None, str | None, bool]:
    """Kind, publication type and strength of a heading text.

    Returns ``(kind, pub_type, strong)``; *kind* is ``None`` when the words name no known section,
    and *strong* is ``False`` for bare type words ("Conference", "Journals") that only mean a
    publication sub-list inside a publication section.
    """
    t = re.sub(r"\s+", " ", text).strip()
    bare = _NOTE.sub(" ", t).strip() or t
    if _STUDENTS.search(bare) or _OTHER_FIRST.search(bare):
        return "other", None, True
    pub_type = _pub_type(t)
    if TYPE_WORD_ONLY.match(bare):  # "Domestic Conferences (non-refereed)": the note is not a word
        return "publications", pub_type, False
    pub, talk = _PUB_NOUN.search(t), _TALKS.search(t)
    if talk and (pub is None or talk.start() < pub.start()):  # the first key noun decides
        return "talks", None, True
    if pub:
        return "publications", pub_type, True
    for kind, pattern in (
        ("awards", _AWARDS),
        ("education", _EDUCATION),
        ("other", _GRANTS),
        ("experience", _EXPERIENCE),
        ("interests", _INTERESTS),
        ("other", _OTHER),
    ):
        if pattern.search(t):
            return kind, None, True
    return None, pub_type, False


_TYPE_WORDS = (
    ("patent", r"\bpatents?\b"),
    ("chapter", r"\bchapters?\b"),
    ("book", r"\bbooks?\b|\bmonographs?\b|\bedited\s+volumes\b"),
    ("thesis", r"\btheses\b|\bthesis\b|\bdissertations?\b"),
    (
        "preprint",
        (
            r"\bpre-?prints?\b|\bworking\s+papers?\b|\bsubmi(tted|ssions?)\b|\bunder\s+review\b|"
            r"\bin\s+preparation\b|\bin\s+prep\b|\bdrafts?\b|\bmanuscripts?\b|\bin\s+review\b|\bin\s+progress\b|"
            r"\bjob\s+market\s+papers?\b"
        ),
    ),
    ("workshop", r"\bworkshops?\b"),
    ("journal", r"\bjournals?\b"),
    # "Full Papers", "Short Papers": the tracks of a conference
    ("conference", r"\bconferences?\b|\bproceedings\b|\bsymposi(a|um)\b|\b(full|short|long)\s+papers?\b"),
    (
        "other",
        (
            r"\bposters?\b|\babstracts?\b|\breports?\b|\bdemos?\b|^others?$|^other\s+(publications|papers|works?|"
            r"outputs|writings?)$|\bmiscellaneous\b|\bnon-archival\b|\bnon-?refereed\b|"
            # writing for the public: op-eds, essays for newspapers and magazines
            r"\b(?:public|popular|general[- ]audience|non-?academic)\s+(?:writing|writings|press|articles|essays)\b|"
            r"\bop-?eds?\b"
        ),
    ),
)


_TYPE_PATTERNS = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _TYPE_WORDS)
_TYPE_PATTERNS_BY = dict(_TYPE_PATTERNS)


_GENERIC_PUB = re.compile(r"\b(publications?|papers|articles|works|outputs)\b", re.IGNORECASE)
_JOINED = re.compile(r"\band\b|&|\+|,|/", re.IGNORECASE)


def _pub_type(text: str) -> str | None:
    if re.search(r"\breviews\b", text, re.IGNORECASE):
        return "other"  # book reviews, reviews of others' work
    text = re.sub(r"\bbook\s+chapters?\b", "chapters", text, flags=re.IGNORECASE)
    found = [name for name, pattern in _TYPE_PATTERNS if pattern.search(text)]
    if not found:
        return None
    if _JOINED.search(text) and (
        len(found) > 1 or _GENERIC_PUB.search(_TYPE_PATTERNS_BY[found[0]].sub("", text))
    ):
        # "Journal Articles and Book Chapters", "Publications & Preprints": a mixed list
        return None
    if len(found) == 1:
        return found[0]
    # "Book Chapters", "Conference Posters", "Journal Preprints": the more specific word wins
    for specific in ("patent", "chapter", "thesis", "preprint", "other", "workshop"):
        if specific in found and len(found) == 2:
            return specific
    return None
