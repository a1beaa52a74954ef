"""Venue strings as CVs print them -> comparable keys.

A CV prints one venue in many ways: "Proc. of the 36th Int. Conf. on Machine Learning (ICML'19),
pp. 1-10", "${\\rm ICML}$ 2019", "Nat Commun 12, 345". ``clean`` removes LaTeX and Unicode noise
but keeps case (acronyms need it); ``name_key`` reduces a name to canonical word stems, so the
full title and its ISO-4/NLM abbreviation give the same key; ``acronym_key`` does the same for
acronyms; ``acronym_candidates`` reads the acronyms a string mentions, parenthesised ones first.

Examples:
    >>> name_key("Proc. Natl. Acad. Sci. U.S.A.") == name_key(
    ...     "Proceedings of the National Academy of Sciences of the United States of America")
    True
    >>> name_key("IEEE Trans. Inf. Theory") == name_key("IEEE Transactions on Information Theory")
    True
    >>> acronym_candidates("Proc. of the 38th Int. Conf. on Machine Learning (ICML'21), PMLR")
    ['icml']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "LEAD_WORDS",
    "ORG_WORDS",
    "STEM_WORDS",
    "acronym_candidates",
    "acronym_key",
    "clean",
    "name_key",
    "signature",
    "strip_lead",
]

# LaTeX leftovers: accents (\'e, \c{c}) vanish, commands (\rm, \textit) become spaces,
# braces and math shifts vanish.
_LATEX_ACCENT = re.compile(r"\\(?:[`'^\"~=.]|[uvHckbdrt](?=\{))")
_LATEX = re.compile(r"\\[A-Za-z]+\*?\s*|\\[^A-Za-z\s]")
_BRACES = re.compile(r"[{}$]")
_SPACES = re.compile(r"\s+")

# Everything that carries no venue identity: years, 'yy suffixes, volume/issue/pages, numbers
# (one regex, run only on strings with digits), then ordinal and month words (a set lookup).
_NUMERIC = re.compile(
    r"['`]\d{2}\b"  # NeurIPS'21
    r"|\b(?:vol|volume|no|nr|num|number|issue|pp|pages?|art|article|suppl|part|chapter|ch)\b\.?\s*[\d\-–—:()]+"
    r"|\d+(?:st|nd|rd|th)?\b|\d+"
)
_HAS_DIGIT = re.compile(r"\d").search
_NOISE_WORDS = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_PUNCT = re.compile(r"[^a-z ]+")
_USA = re.compile(r"\b(?:united states(?: of america)?|u\s?s\s?a|u\s?s)\b")

# Words a venue name can drop without becoming another venue.
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "de",
        "der",
        "des",
        "di",
        "du",
        "for",
        "from",
        "in",
        "la",
        "le",
        "of",
        "on",
        "the",
        "to",
        "und",
        "with",
        "et",
        "del",
        "della",
    ]
)
# Publishers and sponsors: "IEEE/CVF Conference on CVPR" and "Conference on CVPR" are one venue.
_ORGS = frozenset(
    [
        "ieee",
        "acm",
        "siam",
        "usenix",
        "cvf",
        "rsj",
        "ifip",
        "ieeecvf",
        "ieeeacm",
        "acmieee",
        "acmsiam",
        "ieeersj",
        "annual",
        "intl",
        "int",
        "international",
        "sigact",
        "sigplan",
        "sigops",
        "sigarch",
        "sigsac",
        "sigchi",
        "sigbed",
        "sigda",
        "sigsoft",
        "sigweb",
        "sigart",
        "sigai",
        "sigkdd",
        "sigmod",
        "sigir",
        "sigcomm",
        "siggraph",
        "sigmetrics",
        "sigecom",
        "sigcse",
        "sigmobile",
        "sigspatial",
    ]
)
ORG_WORDS = _ORGS
# Words a CV puts before a venue's own name ("Proceedings of the", "Conference on").
LEAD_WORDS = frozenset({"proc", "conf", "symp"})

# ISO-4 / NLM word abbreviations (and the full words) -> one stem. Both the table's names and the
# queries pass through this map, so "Trans." and "Transactions" meet at "trans".
_STEMS: dict[str, str] = {}
for _stem, _spellings in {
    "acad": "academy academic acad",
    "adv": "advances advanced adv",
    "am": "american amer am",
    "anal": "analysis analytical anal",
    "ann": "annals annales ann",
    "appl": "applied applications application appl",
    "approx": "approximation approximate approx",
    "artif": "artificial artif",
    "assoc": "association assoc",
    "autom": "automatic automation automated autom",
    "biol": "biology biological biol",
    "chem": "chemistry chemical chem",
    "commun": "communications communication commun comm",
    "comb": "combinatorics combinatorial comb",
    "comput": "computing computer computers computational computation comput comp",
    "conf": "conference conf",
    "contr": "control contr",
    "cybern": "cybernetics cybern",
    "des": "design des",
    "discret": "discrete discret",
    "distrib": "distributed distrib",
    "dyn": "dynamics dynamical dyn",
    "econ": "economics economic economy econ",
    "econom": "econometrics econom",
    "electron": "electronic electronics electron",
    "eng": "engineering eng engin",
    "environ": "environment environmental environ",
    "eur": "european europe eur",
    "evol": "evolutionary evolution evol",
    "exp": "experimental experiments exp",
    "found": "foundations found",
    "geom": "geometry geometric geom",
    "graph": "graphics graph",
    "hum": "human hum",
    "imaging": "imaging",
    "ind": "industrial ind",
    "inf": "information inf inform",
    "intell": "intelligence intelligent intell",
    "interact": "interaction interactive interact",
    "j": "journal j jour",
    "knowl": "knowledge knowl",
    "lang": "language languages lang",
    "learn": "learning learn",
    "lett": "letters lett",
    "linguist": "linguistics linguistic linguist",
    "log": "logic log",
    "mach": "machine machines mach",
    "manag": "management manag manage",
    "math": "mathematics mathematical math",
    "mech": "mechanics mechanical mech",
    "med": "medicine medical med",
    "meth": "methods methodology methodol meth",
    "multimed": "multimedia multimed",
    "natl": "national natl nat'l",
    "nat": "nature nat",
    "netw": "networks network networking netw",
    "neurosci": "neuroscience neurosci",
    "numer": "numerical numer",
    "oper": "operations operational oper",
    "optim": "optimization optimisation optim",
    "phys": "physics physical phys",
    "probab": "probability probabilistic probab",
    "proc": "proceedings proc",
    "process": "processing process",
    "program": "programming program",
    "psychol": "psychology psychol",
    "q": "quarterly q",
    "recognit": "recognition recognit",
    "relat": "related relat",
    "rep": "reports report rep",
    "res": "research res",
    "rev": "review reviews rev",
    "robot": "robotics robot robotic",
    "r": "royal r",
    "sci": "science sciences scientific sci",
    "secur": "security secur",
    "ser": "series ser",
    "soc": "society social soc",
    "softw": "software softw",
    "stat": "statistics statistical statist stat",
    "stoch": "stochastic stoch",
    "stud": "studies stud",
    "surv": "surveys survey surv",
    "symp": "symposium symp",
    "syst": "systems system syst sys",
    "technol": "technology technologies technol tech",
    "theor": "theoretical theor",
    "trans": "transactions trans",
    "univ": "university univ",
    "vis": "vision visualization visualisation vis",
    "ws": "workshop workshops ws",
}.items():
    for _word in _spellings.split():
        _STEMS[_word] = _stem


STEM_WORDS: dict[str, tuple[str, ...]] = {}
for _word, _stem in _STEMS.items():
    STEM_WORDS[_stem] = (*STEM_WORDS.get(_stem, ()), _word)


def clean(text: str) -> str:
    """Remove LaTeX remnants and accents, keep case and punctuation, collapse spaces.

    Examples:
        >>> clean(r"${\\rm ICML}$~2019 -- Long Beach")
        'ICML 2019 - Long Beach'
    """
    if "\\" in text or "{" in text or "$" in text or "~" in text:
        text = _LATEX_ACCENT.sub("", text.replace(r"\&", "&").replace("~", " "))
        text = _BRACES.sub("", _LATEX.sub(" ", text))
    text = text.replace("’", "'").replace("‘", "'")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.replace("--", "-")).strip(" ,.;:")


def _words(text: str) -> list[str]:
    text = text.lower().replace("&", " and ")
    if _HAS_DIGIT(text):
        text = _NUMERIC.sub(" ", text)
    text = _PUNCT.sub(" ", text.replace("'", ""))
    if "u s" in text or "united states" in text:
        text = _USA.sub(" usa ", text)
    return [w for w in text.split() if w not in _NOISE_WORDS]


@lru_cache(maxsize=1 << 17)
def name_key(text: str, *, keep_orgs: bool = False) -> str:
    """A venue name reduced to canonical stems, without years, numbers, stop words or publishers.

    Args:
        text: a cleaned venue string (see ``clean``).
        keep_orgs: keep publisher words (IEEE, ACM, ...); used when dropping them leaves nothing.
    """
    out = []
    for word in _words(text):
        if word in _STOP or (not keep_orgs and word in _ORGS):
            continue
        out.append(_STEMS.get(word, word))
    if not keep_orgs and all(w in LEAD_WORDS for w in out):
        return name_key(text, keep_orgs=True)  # "Proceedings of the IEEE" is not "Proceedings"
    return " ".join(out)


def strip_lead(key: str, words: frozenset[str] = frozenset({"proc"})) -> str:
    """Drop the "Proceedings of" (or, given *words*, also "Conference on") a CV puts before a name.

    Examples:
        >>> strip_lead("proc conf mach learn"), strip_lead("proc conf mach learn", LEAD_WORDS)
        ('conf mach learn', 'mach learn')
    """
    tokens = key.split()
    while tokens and tokens[0] in words:
        tokens.pop(0)
    return " ".join(tokens)


def signature(key: str) -> str:
    """The first three letters of each word of a name key: what an abbreviation keeps.

    Examples:
        >>> signature(name_key("J Am Soc Nephrol")) == signature(
        ...     name_key("Journal of the American Society of Nephrology"))
        True
    """
    return " ".join(word[:3] for word in key.split())


_ACRONYM_YEAR = re.compile(r"['’]\d{2}$|[\s\-]*\d{2,4}$")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_TOKEN_YEAR = re.compile(r"['’]\d{2}$|[\-]?\d{2,4}$")


def acronym_key(text: str) -> str:
    """An acronym without case, spaces, punctuation or trailing years: "Euro-Par'21" -> "europar"."""
    return _NON_ALNUM.sub("", _ACRONYM_YEAR.sub("", text.strip()).lower())


_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9&\-/+.]*[A-Za-z0-9+]|[A-Za-z]{2}")
_PARENS = re.compile(r"\(([^()]*)\)")
_ACRONYM_STOP = frozenset(
    [
        "ieee",
        "acm",
        "siam",
        "usenix",
        "pmlr",
        "lncs",
        "lnai",
        "ccis",
        "ceur",
        "usa",
        "uk",
        "eu",
        "isbn",
        "issn",
        "doi",
        "url",
        "http",
        "https",
        "www.",
        "ca",
        "ny",
        "ma",
        "pa",
        "tx",
        "nj",
        "wa",
        "il",
        "sigplan",
        "sigact",
        "sigops",
        "sigarch",
        "sigsac",
        "sigchi",
        "sigbed",
        "sigda",
        "sigsoft",
        "sigweb",
        "sigart",
        "sigai",
        "sigbio",
        "sigecom",
        "sigmis",
        "sigapp",
        "springer",
        "elsevier",
        "press",
        "jmlr",
        "proc",
        "proceedings",
        "vol",
        "pp",
        "in",
        "ieee/cvf",
        "ieee/acm",
        "acm/ieee",
        "ieee/rsj",
        "cvf",
        "rsj",
        "ifip",
    ]
)


def _looks_like_acronym(token: str) -> bool:
    upper = sum(ch.isupper() for ch in token)
    return upper >= 2 and token.lower() not in _ACRONYM_STOP


def acronym_candidates(text: str) -> list[str]:
    """Acronym keys a cleaned venue string mentions, those in parentheses first, each once.

    Two-letter acronyms count only in parentheses or as the whole string, so that "CA, USA" in a
    location is not read as a venue. Adjacent pairs ("USENIX Security", "ECML PKDD") come before
    their single words.
    """
    found: list[str] = []
    inner = " ".join(_PARENS.findall(text))
    outer = _PARENS.sub(" ", text)
    whole = text.strip()
    for part, in_parens in ((inner, True), (outer, False)):
        tokens = _TOKEN.findall(part)
        for i, token in enumerate(tokens):
            token = _TOKEN_YEAR.sub("", token).strip(".-/")
            if i + 1 < len(tokens) and (_looks_like_acronym(token) or token.lower() in _ACRONYM_STOP):
                pair = acronym_key(token + tokens[i + 1])
                if len(pair) >= 4:
                    found.append(pair)
            if not _looks_like_acronym(token):
                continue
            if len(token) < 3 and not in_parens and token != whole:
                continue
            if i + 1 < len(tokens) and tokens[i + 1].lower() == "press":
                continue  # "AAAI Press" names a publisher, not the venue
            found.append(acronym_key(token))
    return [k for k in dict.fromkeys(found) if k]
