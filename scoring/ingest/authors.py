"""Author lists: splitting them into names and finding the candidate among them.

Handles the usual styles: "F. M. Last", "First Last", "Last, F. M." (APA), "Last FM" (NIH/PubMed),
separators ``,``, ``;``, ``and``, ``&``, and marks glued to names (``*``, ``†``, ``‡``, ``★``,
superscript digits for equal contribution or affiliation). Matching the candidate is by family
name plus first initial, tolerant of accents, hyphens, case and name order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

__all__ = [
    "CONSORTIUM",
    "author_key",
    "clean_author",
    "find_author",
    "looks_like_author_list",
    "most_common_author",
    "name_variants",
    "split_authors",
]

_MARKS = re.compile(
    r"[*†‡★☆◆◇♦§¶#✉⁎∗]+|(?<=[^\W\d])\d{1,2}\b|\^\{?[\w*†‡,]+\}?|\(\s*(equal|co-?first|joint)[^)]*\)",
    re.IGNORECASE,
)
_ET_AL = re.compile(r",?\s*\bet\s*\.?\s*al\b\.?", re.IGNORECASE)
# Initials may be accented capitals ("Ó.", "Ł.", "É."); Latin Extended-A mixes both cases, which is harmless here
_CAP_INITIAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
# "J. A.", "JA", "Th.", and "J.-w." (a hyphenated given name whose second part is not capitalised)
_INITIALS_ONLY = re.compile(rf"^(?:[{_CAP_INITIAL}][a-z]?\.?(?:-[a-z]\.?)?[\s-]*){{1,4}}$")
_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "del",
    "della",
    "di",
    "da",
    "du",
    "le",
    "la",
    "dos",
    "das",
    "bin",
    "al",
    "el",
    "ter",
    "ten",
    "zu",
    "y",
    "e",
    "st.",
    "mac",
}
_NAME_WORD = r"(?:[A-Z\u00c0-\u024f\u1e00-\u1eff\u1e00-\u1eff][\w'’\u00c0-\u024f\u1e00-\u1eff.-]*|(?:van|von|de|der|den|del|di|da|du|le|la|dos|bin|al|el|ter)\b)"
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}$|^[\u3400-\u9fff\uac00-\ud7af]{{2,4}}$")
_SEPARATORS = re.compile(r"\s*(?:;|,\s*and\s+|,\s*&\s*|\s+and\s+|\s+&\s+|,)\s*")


# Every alternative of _MARKS needs one of these characters: a cheap test before the costly pattern.
_MARK_HINT = re.compile(r"[*†‡★☆◆◇♦§¶#✉⁎∗\d^(]")
_LAST_INITIAL = re.compile(rf"\b[{_CAP_INITIAL}]$")
_INITIAL_DOT = re.compile(rf"\b[{_CAP_INITIAL}]\.")
_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV|3rd)\.?")
_PUBMED_INITIALS_END = re.compile(r"\s[A-Z]{1,3}$")
_ALPHABETICAL = re.compile(r"\((?:alpha[- ]beta|alphabetical)[^)]*\)", re.IGNORECASE)
_NEWLINE = re.compile(r"\s*\n\s*")
_TIGHT_COMMA = re.compile(r",(?=\S)")
_AND = re.compile(r"\s+(?:and|&)\s+")
_INITIAL_TOKEN = re.compile(rf"[{_CAP_INITIAL}]\.?|[A-Z][a-z]\.|[A-Z]{{2,3}}")
_LOWER_HYPHEN_INITIAL = re.compile(r"(?<=\.)-[a-z]\.?")
_ONE_NAME = re.compile(r"^[A-Z][\w'’-]+$|^[\u3400-\u9fff]{2,4}$")


def _unmark(text: str) -> str:
    return _MARKS.sub("", text) if _MARK_HINT.search(text) else text


@functools.lru_cache(maxsize=8192)  # a CV prints the same names again and again
def clean_author(name: str) -> str:
    """One printed author name without marks, footnote digits or stray punctuation."""
    name = " ".join(_unmark(name).split()).strip(" ,;:.")
    if _LAST_INITIAL.search(name) and ("," in name or _INITIAL_DOT.search(name)):
        name += "."  # "Varley, A. D" lost its last period to the separator
    return name


# "Euclid Collaboration: Roe, P., ..." - the consortium names the group the listed authors write for
CONSORTIUM = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:Collaboration|Consortium)\s*:\s*(?=\S)")


def split_authors(text: str) -> list[str]:
    """Names in a printed author list, in order.

    Examples:
        >>> split_authors("Roe, J. A., Doe, B., & Poe, C.")
        ['Roe, J. A.', 'Doe, B.', 'Poe, C.']
        >>> split_authors("J. Roe*, B. Doe† and C. Poe")
        ['J. Roe', 'B. Doe', 'C. Poe']
    """
    # author lists are read several times while an entry is taken apart: remember recent answers
    return list(_split_authors(text))


@functools.lru_cache(maxsize=4096)
def _split_authors(text: str) -> tuple[str, ...]:
    low = text.lower()
    if "al" in low:
        text = _ET_AL.sub("", text)
    if "Collaboration" in text or "Consortium" in text:
        text = CONSORTIUM.sub("", text)
    if "alpha" in low:
        text = _ALPHABETICAL.sub("", text)
    if "\n" in text:
        text = _NEWLINE.sub(" ", text)
    text = text.strip(" .,;")
    if not text:
        return ()
    if "," in text:
        text = _TIGHT_COMMA.sub(", ", text)  # "Orlov KM,Fenn G"
    if ";" in text:
        parts = [p for chunk in text.split(";") for p in _split_and(chunk)]
    else:
        parts = [p for p in _SEPARATORS.split(text) if p is not None]
    parts = [p.strip() for p in parts if p and p.strip(" .")]
    parts = _join_inverted_first(parts)
    # "Last, F. M." arrives as two parts: glue an initials-only part to the name before it
    merged: list[str] = []
    prev = ""  # the last merged name without marks
    for part in parts:
        bare = _unmark(part).strip()
        if merged and _SUFFIX.fullmatch(bare):
            merged[-1] = f"{merged[-1]} {bare}"  # "John Roe, Jr." is one author
            prev = _unmark(merged[-1]).strip()
            continue
        if (
            merged
            and _INITIALS_ONLY.match(bare)
            and _is_initials(bare)
            and not _INITIAL_DOT.search(prev)  # "G. Ahsan" is whole: "W. D." after it is another author
            # "Ng" and "Li" read like initials ("Th."), but only initials with periods or in capitals are
            and not (_INITIALS_ONLY.match(prev) and _is_initials(prev))
            and "," not in merged[-1]
            and (" " not in prev or not _PUBMED_INITIALS_END.search(prev))  # not after "Warshaw JN"
        ):
            merged[-1] = f"{merged[-1]}, {part}"
            prev = _unmark(merged[-1]).strip()
        else:
            merged.append(part)
            prev = bare
    return tuple(n for n in (clean_author(m) for m in merged) if n)


_ONE_WORD = re.compile(r"[A-Z\u00c0-\u024f\u1e00-\u1eff][\w'’\u00c0-\u024f\u1e00-\u1eff-]+")
_GIVEN_WORD = r"[A-Z\u00c0-\u024f\u1e00-\u1eff][a-z\u00e0-\u024f\u1e00-\u1eff'’-]+"
# "Jane", "Jane A.", "João Pedro": a given name or two, then perhaps a middle initial
_GIVEN = re.compile(rf"{_GIVEN_WORD}(?:\s{_GIVEN_WORD})?(?:\s[A-Z]\.?)?")


def _join_inverted_first(parts: list[str]) -> list[str]:
    """Chicago style inverts only the first author: "Roe, Jane, and Ann Poe" is two authors.

    The first two parts are one name when the first is a family name, the second a given name
    (not initials) and every later part a full "Given Family" name.
    """
    if len(parts) < 2:
        return parts
    first, given = (_unmark(p).strip(" .") for p in parts[:2])
    if not (_ONE_WORD.fullmatch(first) and _GIVEN.fullmatch(given)):
        return _join_inverted_inside(parts)
    later = [_unmark(p).strip(" .") for p in parts[2:]]
    if all(len(p.split()) >= 2 and not _INITIALS_ONLY.match(p) for p in later):
        return [f"{parts[0]}, {parts[1]}", *parts[2:]]
    return parts


_ONE_GIVEN = re.compile(rf"{_GIVEN_WORD}(?:\s[A-Z]\.?)?")
_FAMILY = re.compile(rf"{_ONE_WORD.pattern}(?:[\s-]{_ONE_WORD.pattern})?")


def _join_inverted_inside(parts: list[str]) -> list[str]:
    """A CV may print its owner's name inverted wherever it stands: "Ann Poe, Roe, Jane, and Bo Doe".

    In a list of "Given Family" names, one lone given name ("Jane") after a family name of one or
    two words ("Roe", "Roe Ortiz") is the second half of that name.
    """
    bare = [_unmark(p).strip(" .") for p in parts]
    lone = [i for i, p in enumerate(bare) if i and " " not in p.replace(". ", ".")]
    if len(lone) != 1:
        lone = [i for i in lone if i >= 2 and " " not in bare[i - 1]]  # "Roe", "Jane": two one-word parts
        if len(lone) != 1:
            return parts
    i = lone[0]
    if _SUFFIX.fullmatch(bare[i]) or not (_ONE_GIVEN.fullmatch(bare[i]) and _FAMILY.fullmatch(bare[i - 1])):
        return parts
    others = [p for k, p in enumerate(bare) if k not in (i - 1, i)]
    if not others or not all(len(p.split()) >= 2 and not _INITIALS_ONLY.match(p) for p in others):
        return parts
    return [*parts[: i - 1], f"{parts[i - 1]}, {parts[i]}", *parts[i + 1 :]]


def _is_initials(text: str) -> bool:
    """ "C.", "J. A.", "JA", "Th." are initials; "Oh S" and "D. Do" are names."""
    tokens = _LOWER_HYPHEN_INITIAL.sub("", text).replace("-", " ").split()
    return bool(tokens) and all(_INITIAL_TOKEN.fullmatch(t) for t in tokens)


def _split_and(chunk: str) -> list[str]:
    return _AND.split(chunk)


# a group writing with the named authors: "for the Toy Disease Neuroimaging Initiative", "Widget Study Group"
_GROUP_AUTHOR = re.compile(
    r"^(?:for|on\s+behalf\s+of)\s|\b(?:group|consortium|collaboration|investigators|initiative|network|team|"
    r"committee|study|programm?e?|alliance)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def looks_like_author_list(text: str) -> bool:
    """Whether *text* reads as a list of person names rather than a title or venue."""
    names = _split_authors(text)
    if not names:
        return False
    bad = [n for n in names if not _is_name(n)]
    # a stray mark or a group may be no name, but another phrase this long is a title or venue
    if any(len(n.split()) > 5 and not _GROUP_AUTHOR.search(n) for n in bad):
        return False
    return len(names) - len(bad) >= max(1, 0.8 * len(names)) and len(text) < 60 * len(names) + 40


@functools.lru_cache(maxsize=8192)
def _is_name(name: str) -> bool:
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 6:
        return False
    if len(words) == 1:
        return bool(_ONE_NAME.match(words[0])) and len(words[0]) > 1
    return bool(_NAME.match(" ".join(words))) and not any(len(w) > 1 and w.lower() in _STOP for w in words)


_STOP = {
    "the",
    "of",
    "for",
    "in",
    "on",
    "with",
    "a",
    "an",
    "to",
    "via",
    "using",
    "from",
    "towards",
    "is",
    "are",
    "by",
    "at",
    "proceedings",
    "conference",
    "journal",
    "workshop",
    "international",
    "university",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("ł", "l").replace("ø", "o").replace("ß", "ss")  # "Weißenborn" = "Weissenborn"


@functools.lru_cache(maxsize=8192)
def author_key(name: str) -> tuple[str, str]:
    """(family name, first initial) of a printed name, folded to ASCII lower case.

    Examples:
        >>> author_key("Müller, J.-P."), author_key("J. P. Müller"), author_key("Muller JP")
        (('muller', 'j'), ('muller', 'j'), ('muller', 'j'))
    """
    name = clean_author(name)
    if "," in name:
        family, given = (s.strip() for s in name.split(",", 1))
    else:
        words = name.split()
        if (
            len(words) >= 2
            and re.fullmatch(r"[A-Z]{1,3}", words[-1])
            and not re.fullmatch(r"[A-Z]{1,3}", words[0])
        ):
            family, given = " ".join(words[:-1]), words[-1]  # PubMed "Orlov KM"
        elif len(words) >= 2 and re.fullmatch(r"(3rd|Jr\.?|Sr\.?|II|III|IV)", words[-1]):
            return author_key(" ".join(words[:-1]))
        elif len(words) >= 2:
            i = len(words) - 1
            while i > 1 and words[i - 1].lower() in _PARTICLES:
                i -= 1
            family, given = " ".join(words[i:]), " ".join(words[:i])
        else:
            family, given = name, ""
    family = _fold(family).replace(" ", "")
    family = re.sub(r"[^\w-]", "", family)
    given = _fold(given).strip(" .-")
    return family, given[:1]


def name_variants(name: str) -> list[tuple[str, str]]:
    """Keys under which a candidate's full name may be printed (see ``_name_variants``)."""
    return list(_name_variants(name))


@functools.lru_cache(maxsize=256)
def _name_variants(name: str) -> tuple[tuple[str, str], ...]:
    """Keys under which a candidate's full name may be printed.

    Covers family names of several words or hyphenated parts ("García-López", "van der Berg")
    and names written family-first ("YAN Kai").
    """
    former = re.search(r"\(?\b(?:née|nee|born|formerly|geb\.)\s+([^\s,)]+)\)?", name, re.IGNORECASE)
    name = name[: former.start()] + name[former.end() :] if former else name
    words = [w for w in re.split(r"\s+", clean_author(re.sub(r",.*$", "", name))) if w]
    words = [w for w in words if not re.fullmatch(r"(Dr|Prof|PhD|Ph\.D)\.?", w, re.IGNORECASE)]
    if not words:
        return ()
    keys = {author_key(" ".join(words))}
    first = _fold(words[0])[:1]
    for i in range(1, len(words)):
        keys.add((_fold("".join(words[i:])).replace(" ", ""), first))
        keys.add((_fold(words[i]), first))
    for part in _fold(words[-1]).split("-"):
        keys.add((part, first))
    keys.add((_fold(words[0]), _fold(words[-1])[:1]))  # family name printed first
    if former:  # a family name used before marriage or a change
        keys.add((_fold(former.group(1)), first))
    return tuple(sorted(keys))


def find_author(authors: list[str], name: str | None, *, marked: str | None = None) -> int | None:
    """1-based position of the candidate in *authors*, or ``None`` when not found.

    Args:
        authors: the printed author list.
        name: the candidate's name (any printed form).
        marked: a printed author the CV highlights (bold), used when *name* is unknown or absent.
    """
    keys = set(name_variants(name)) if name else set()
    # a family name of two words may be printed hyphenated or not ("Quispe Huamán", "Quispe-Huaman")
    keys |= {(family.replace("-", ""), initial) for family, initial in keys}
    full = author_key(name) if name else None
    for i, author in enumerate(authors, 1):  # the full name as printed wins over a part of it
        if author_key(author) == full:
            return i
    for i, author in enumerate(authors, 1):
        family, initial = author_key(author)
        family = family.replace("-", "")
        if (family, initial) in keys or (family, "") in keys:
            return i
        if keys and not initial and any(family == k[0] for k in keys):
            return i
    if keys:
        # initials-only abbreviation of the whole name ("W. D." for Wexler, D.)
        fam_initials = {(k[0][:1], k[1]) for k in keys}
        for i, author in enumerate(authors, 1):
            bare = re.sub(r"[^A-Za-z]", "", author).lower()
            if len(bare) == 2 and (bare[0], bare[1]) in fam_initials:
                return i
    if marked:
        mkey = author_key(marked)
        for i, author in enumerate(authors, 1):
            if author_key(author) == mkey:
                return i
    return None


def most_common_author(lists: Iterable[list[str]]) -> tuple[str, str] | None:
    """The author key printed in the most lists: on a CV, almost always the candidate."""
    counts: Counter[tuple[str, str]] = Counter()
    for authors in lists:
        counts.update({author_key(a) for a in authors})
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return key if n >= 2 else None
