"""Awards attached to a publication: "Best Paper Award", "Outstanding Paper Honorable Mention"."""

from __future__ import annotations

import re

from scoring.ingest.award_rules import MAX_PROSE, QUALIFIER_AFTER, QUALIFIER_BEFORE
from scoring.ingest.dates import years_in
from scoring.ingest.plain import Line
from scoring.model import Award

__all__ = ["paper_awards"]

_PAPER_AWARD = re.compile(
    r"\b((best|outstanding|distinguished|most\s+influential|test[- ]of[- ]time)\b[\w\s'’-]{0,40}?\b"
    r"(awards?|prizes?|papers?|mention|nominee|nomination|finalist|runner[- ]up)\b"
    r"(\s+(award|nominee|finalist|runner[- ]up|honou?rable\s+mention)){0,2}|honou?rable\s+mention)",
    re.IGNORECASE,
)

# the track or topic the award was for: "Best Paper Award in Locomotion", "... on Robot Learning"
_TOPIC = re.compile(
    r"\s+(?:in|on|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:and|&|of)\s+|\s+|(?=\W)|$)){1,6}"
)


def _completed(name: str, before: str, after: str) -> str:
    """*name* with the topic and a qualifier printed after it, or a qualifier printed before it.

    "Best Paper Award in Locomotion (finalist)"; "Finalist for the Best Paper Award" becomes
    "Finalist, Best Paper Award".
    """
    topic = _TOPIC.match(after)
    # a track is written in words ("in Locomotion"); "in ICML" names the venue, which is not part of the award
    if (
        topic
        and re.search(r"[a-z]{3}", topic.group(0).split(None, 1)[1])
        and not re.search(r"\b(?:and|&|of)\s*$", topic.group(0))
    ):
        name, after = name + topic.group(0).rstrip(), after[len(topic.group(0).rstrip()) :]
    qualifier = QUALIFIER_AFTER.match(after)
    if qualifier and not re.search(r"finalist|runner|mention|nominee|nominat|listed", name, re.IGNORECASE):
        name += qualifier.group(0).rstrip()
    lead = QUALIFIER_BEFORE.search(before)
    if lead and not qualifier:
        name = f"{lead.group(1)[:1].upper()}{lead.group(1)[1:]}, {name}"
    return " ".join(name.split())


# a venue printed after the award ("Best Paper Award, Structures Congress"), up to the line's end
_VENUE_AFTER = re.compile(
    r",[ \t]*([A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|on|and|for|the|in|"
    r"(?:19|20)\d\d)){0,7})[ \t]*[*_)\].]*[ \t]*$"
)
# the entry's venue label: "(SIGMOD '15)", "*NSDI 2022*", "(ECIR 2019)"; publishers are not labels
_LABEL = re.compile(
    r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)[ \t]*(?:['’‘]\d\d|(?:19|20)\d\d)\b|\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)"
)
_PUBLISHER = re.compile(r"ACM|IEEE|SIAM|USA|AAAI|AMS|APS|IOP|MIT|CRC|OUP|CUP|AIP|ASME|ASCE|LNCS|PMLR")
# an emphasised award name alone ("**Community Award**", "\textbf{Audience Prize}")
_EMPHASISED = re.compile(
    r"(?:\*\*|__|\\textbf\{)[ \t]*((?:[A-Z][\w'’-]*[ \t]+){1,4}(?:Award|Prize|Honou?rable[ \t]+Mention))[ \t]*(?:\*\*|__|\})"
)


def _entry_label(lines: list[Line], i: int, before: str) -> str | None:
    """The venue label printed in the entry that ends with *before* (the text before the award)."""
    texts = [before]
    j = i
    while j > 0 and i - j < 3 and not lines[j].bullet:
        j -= 1
        texts.insert(0, lines[j].text)
    labels = [m.group(1) or m.group(2) for m in _LABEL.finditer(" ".join(texts))]
    labels = [label for label in labels if not _PUBLISHER.fullmatch(label)]
    return labels[-1] if labels else None


def _with_venue(name: str, after: str, label: str | None, year: int | None) -> str:
    """*name* with the venue it was given at: printed after it, or the entry's label and year.

    A bare "Best Paper Award" on a paper means the award of that paper's venue; naming the venue
    keeps two such awards apart.
    """
    printed = _VENUE_AFTER.match(after.split("\n", 1)[0])
    if printed and not _PAPER_AWARD.search(printed.group(1)):
        return f"{name}, {printed.group(1)}"
    if label and "," not in name and label.lower() not in name.lower():
        return f"{name}, {label} {year}" if year else f"{name}, {label}"
    return name


def _awards_in(line: Line, joined: str) -> list[tuple[int, int, str]]:
    """Spans and names of the paper awards that start on *line* (*joined*: it and the next line)."""
    spans = [
        (m.start(), m.end(), m.group(0)) for m in _PAPER_AWARD.finditer(joined) if m.start() < len(line.text)
    ]
    for name in _EMPHASISED.findall(line.raw):
        start = line.text.find(name)
        if start >= 0 and not any(s < start + len(name) and start < e for s, e, _ in spans):
            spans.append((start, start + len(name), name))
    return sorted(spans)


def paper_awards(lines: list[Line]) -> list[Award]:
    """Awards noted on publication entries, dated by the entry's latest year (looked for up to three lines up)."""
    found: list[Award] = []
    consumed = 0  # characters at the start of this line that end an award wrapped from the line above
    for i, ln in enumerate(lines):
        if len(found) >= MAX_PROSE:
            break
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        # an award name may wrap at the line end ("... ACM. Best" / "Short Paper Award.")
        joined = f"{ln.text} {following}"
        skip, consumed = consumed, 0
        for start, end, matched in _awards_in(ln, joined):
            if start < skip or (matched.lower().startswith("best") and len(matched.split()) < 2):
                continue
            if end > len(ln.text):
                consumed = end - len(ln.text) - 1
            years = years_in(ln.text)
            j = i
            while not years and j > 0 and i - j < 3 and not lines[j].bullet:
                j -= 1
                years = years_in(lines[j].text)
            after = joined[end:] if end > len(ln.text) else f"{ln.text[end:]}\n{following}"
            before = ln.text[:start]
            name = _completed(matched.strip(), before, after)
            name = _with_venue(name, after, _entry_label(lines, i, before), max(years) if years else None)
            found.append(
                Award(
                    name=name[:1].upper() + name[1:],
                    year=max(years) if years else None,
                    source_line=ln.number,
                    source_text=ln.text[:400],
                )
            )
    return found
