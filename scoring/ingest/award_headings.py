"""Award headings left inside another section: a narrow PDF sidebar prints "FELLOWSHIPS AND" /
"SCHOLARSHIPS" with no blank line around it, so the section above swallows the award list.

Only a line in capitals made of heading words alone ("HONORS AND AWARDS", "FELLOWSHIPS AND" +
"SCHOLARSHIPS") counts: a capitalised award name ("NSF CAREER AWARD") names more than the kind of
list, so it never opens one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.ingest.sections import Section

__all__ = ["split_award_headings"]

_HEADING_WORDS = frozenset(
    (  # noqa: SIM905
        "awards award honors honours honor honour prizes fellowships scholarships distinctions recognitions "
        "recognition achievements grants selected and &"
    ).split()
)
_AWARD_NOUNS = frozenset(
    ("awards", "honors", "honours", "prizes", "fellowships", "scholarships", "distinctions")
)
_HOSTS = ("education", "experience", "interests", "other", "header")


def _words(line: str) -> list[str] | None:
    """The words of a line printed in capitals, or None when it is not such a line."""
    bare = re.sub(r"[*_#=:|]", " ", line).strip()
    if not bare or bare != bare.upper() or not re.search(r"[A-Z]", bare) or len(bare) > 60:
        return None
    return re.findall(r"[A-Z]+|&", bare)


def _heading_length(lines: Sequence[str], i: int) -> int:
    """How many lines (0, 1 or 2) at *i* form a capitalised award heading."""
    first = _words(lines[i])
    if not first or not {w.lower() for w in first} <= _HEADING_WORDS:
        return 0
    if first[-1].lower() in ("and", "&") and i + 1 < len(lines):
        second = _words(lines[i + 1])
        if second and {w.lower() for w in second} <= _HEADING_WORDS:
            return 2 if _AWARD_NOUNS & {w.lower() for w in first + second} else 0
        return 0
    return 1 if _AWARD_NOUNS & {w.lower() for w in first} else 0


def split_award_headings(sections: Sequence[Section]) -> list[Section]:
    """*sections*, with each capitalised award heading found inside a non-award section opening an
    award section of its own that runs to the end of its host."""
    out: list[Section] = []
    for section in sections:
        if section.kind not in _HOSTS:
            out.append(section)
            continue
        for i in range(len(section.lines)):
            size = _heading_length(section.lines, i)
            if size:
                heading = " ".join(ln.strip() for ln in section.lines[i : i + size])
                out.append(
                    Section(section.heading, section.kind, section.pub_type, section.start, section.lines[:i])
                )
                out.append(
                    Section(heading, "awards", None, section.start + i + size, section.lines[i + size :])
                )
                break
        else:
            out.append(section)
    return out
