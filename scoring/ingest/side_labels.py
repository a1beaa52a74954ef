"""Section labels printed in a left column, beside the first line of their section's body.

Economics job-market CVs and many LaTeX CV classes put each heading in a narrow left column and
the section's text in a wide right one, so PDF or plain text prints the heading and the first
body line on one line ("Publications       Roe, J. Title...") and every other body line indented
to the right column. Read as one line, the heading is lost and its section runs into the one
above. A line counts as a side label when:

* it starts at the margin with a short run of heading words, then a gap of three or more spaces;
* the text after the gap starts at the body column, where at least two such labels and several
  other lines start (PDF text wanders by a space or two);
* no line at the body column is an ALL-CAPS heading: that is a two-column page (a sidebar beside a
  main column, each with headings of its own), which ``columns`` reads. A mixed-case sub-heading
  there ("Journal Articles" under "Publications") is part of the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["side_labels"]

_SIDE_LABEL = re.compile(r"^(?P<label>\S+(?: \S+){0,4})(?P<gap> {3,})(?=\S)")
_SLACK = 2  # columns of PDF text wander by a space or two
_MIN_LABELS = 2  # labels sharing one body column
_MIN_BODY = 3  # further lines starting at that column


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def side_labels(lines: list[str], is_heading: Callable[[str, str], bool]) -> dict[int, int]:
    """Indexes of lines that open with a side label, each with the column where its body text starts.

    Args:
        lines: the CV's lines.
        is_heading: whether a text (with the line above it) reads as a section heading.
    """
    found: dict[int, tuple[str, int]] = {}
    prev = ""
    for i, line in enumerate(lines):
        m = _SIDE_LABEL.match(line)
        if m and len(m.group("label")) <= 30 and is_heading(m.group("label"), prev):
            found[i] = (m.group("label"), m.end())
        prev = line if line.strip() else prev
    if len(found) < _MIN_LABELS:
        return {}
    columns = [c for _, c in found.values()]
    column = max(set(columns), key=lambda c: sum(abs(c - x) <= _SLACK for x in columns))
    labels = {i: c for i, (_, c) in found.items() if abs(c - column) <= _SLACK}
    body = [
        ln
        for i, ln in enumerate(lines)
        if i not in found and ln.strip() and abs(_indent(ln) - column) <= _SLACK
    ]
    if len(labels) < _MIN_LABELS or len(body) < _MIN_BODY:
        return {}
    if any(ln.strip().isupper() and is_heading(ln.strip(), "") for ln in body):
        return {}  # an ALL-CAPS heading in the right column: two columns side by side, not side labels
    return labels
