"""Property tests: the parser and the readers survive arbitrary input, in bounded time."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring.errors import ReadError
from scoring.ingest.parse import parse_cv
from scoring.ingest.readers import Extracted, read_bytes
from scoring.model import ParsedCV

# Pieces a CV is made of, so the search reaches section, entry and year handling, not just noise.
_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        "\t",
        "PUBLICATIONS",
        "Publications",
        "## Awards",
        "EDUCATION",
        "Ph.D.",
        "[1] ",
        "(2) ",
        "3. ",
        "- ",
        "* ",
        "• ",
        "2019",
        "1999",
        "2024–present",
        '"',
        "“",
        "”",
        "In Proc. ",
        "NeurIPS",
        "ICML",
        "(ICLR)",
        "et al.",
        ", ",
        ". ",
        "\\textbf{",
        "}",
        "${\\rm ICML}$",
        "arXiv:2401.00001",
        "Best Paper Award",
        "A. Byron",
        "Zoë Ñúñez",
        "李小龍",
        "محمد",
        "ﬁ",
        "opti-\nmization",
        "\u00ad",
        "\x00",
        "((((",
        "[[[[",
        "aaaa",
        "http://x.example/a?b=(c)",
        "@inproceedings{k,",
        "title = {",
        "=HYPERLINK(",
        "\r\n",
        "\f",
    ]
)
CV_LIKE = st.lists(_PIECES, max_size=200).map("".join)
FORMATS = st.sampled_from(["text", "markdown", "latex", "bibtex", "pdf", "docx"])


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=3000), fmt=FORMATS)
def test_parse_cv_never_raises_on_any_text(text: str, fmt: str) -> None:
    """Any Unicode text, in any format hint, parses to a ParsedCV without an exception."""
    assert isinstance(parse_cv(text, fmt=fmt), ParsedCV)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(text=CV_LIKE, fmt=FORMATS)
def test_parse_cv_never_raises_on_cv_like_text(text: str, fmt: str) -> None:
    """Text assembled from CV fragments (headings, years, brackets, LaTeX) parses without an exception."""
    assert isinstance(parse_cv(text, fmt=fmt), ParsedCV)


@settings(max_examples=10, deadline=None)
@given(unit=CV_LIKE.filter(bool))
def test_parse_cv_time_grows_gently_with_repetition(unit: str) -> None:
    """A CV-like fragment repeated to 50 KB parses within seconds (quadratic regexes took minutes)."""
    text = (unit * (50_000 // len(unit) + 1))[:50_000]
    start = time.perf_counter()
    parse_cv(text)
    assert time.perf_counter() - start < 10


@settings(max_examples=200, deadline=None)
@given(
    data=st.binary(max_size=4096),
    name=st.sampled_from(["cv.txt", "cv.md", "cv.tex", "cv.bib", "cv", "cv.docx"]),
)
def test_read_bytes_returns_text_or_read_error(data: bytes, name: str) -> None:
    """Arbitrary bytes under any name end as Extracted text or a ReadError, never another exception."""
    try:
        got = read_bytes(data, name)
    except ReadError:
        return
    assert isinstance(got, Extracted)
    assert "\x00" not in got.text
