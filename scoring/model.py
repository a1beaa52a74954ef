"""The three dataframes every part of FacultyScreen shares, and the record the parser fills.

A parsed CV is a ``ParsedCV`` (plain dataclasses, easy to build in tests and to print as the
``parse --json`` shape). ``to_frames`` turns many of them into ``Profiles``: one frame of
candidates, one of publications and one of awards, all keyed by ``candidate_id``. Column names are
class attributes (``Publications.venue``) so a typo fails at import, not in a chart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

import pandas as pd

from scoring.errors import SchemaError

__all__ = [
    "PUBLICATION_TYPES",
    "Award",
    "Awards",
    "Candidates",
    "ParsedCV",
    "Profiles",
    "Publication",
    "PublicationType",
    "Publications",
    "to_frames",
    "validate",
]

PublicationType = Literal[
    "conference", "journal", "workshop", "preprint", "book", "chapter", "thesis", "patent", "other"
]
PUBLICATION_TYPES: tuple[str, ...] = get_args(PublicationType)


@dataclass(slots=True)
class Publication:
    """One entry of a publication list, as printed in the CV."""

    title: str
    authors: list[str] = field(default_factory=list)
    candidate_author_position: int | None = None
    venue: str | None = None
    venue_acronym: str | None = None
    year: int | None = None
    type: str = "other"
    source_line: int | None = None
    source_text: str = ""
    note: str | None = None  # e.g. "Best Paper Award", "Oral"

    @property
    def n_authors(self) -> int | None:
        return len(self.authors) or None


@dataclass(slots=True)
class Award:
    """One award, honour, prize or fellowship."""

    name: str
    year: int | None = None
    source_line: int | None = None
    source_text: str = ""


@dataclass(slots=True)
class ParsedCV:
    """Everything the parser found in one candidate's files."""

    name: str | None = None
    email: str | None = None
    current_position: str | None = None
    phd_institution: str | None = None
    phd_year: int | None = None
    research_interests: str | None = None
    publications: list[Publication] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_files: list[str] = field(default_factory=list)
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        """The ``parse --json`` shape: what parsing quality is measured on."""
        phd = None
        if self.phd_institution or self.phd_year:
            phd = {"institution": self.phd_institution, "year": self.phd_year}
        return {
            "name": self.name,
            "current_position": self.current_position,
            "phd": phd,
            "publications": [
                {
                    "title": p.title,
                    "year": p.year,
                    "venue": p.venue,
                    "venue_acronym": p.venue_acronym,
                    "type": p.type,
                    "candidate_author_position": p.candidate_author_position,
                    "n_authors": p.n_authors,
                    "authors": p.authors,
                    "source_line": p.source_line,
                }
                for p in self.publications
            ],
            "awards": [asdict(a) | {"source_text": None} for a in self.awards],
            "research_interests": self.research_interests,
            "warnings": self.warnings,
        }


class Candidates:
    """Columns of the candidates frame (one row per candidate)."""

    candidate_id = "candidate_id"
    name = "name"
    email = "email"
    current_position = "current_position"
    phd_institution = "phd_institution"
    phd_year = "phd_year"
    research_interests = "research_interests"
    source_files = "source_files"
    parse_warnings = "parse_warnings"
    confidence = "confidence"
    n_publications = "n_publications"
    text = "text"

    dtypes: dict[str, str] = {  # noqa: RUF012 - read-only class table
        candidate_id: "str",
        name: "str",
        email: "object",
        current_position: "object",
        phd_institution: "object",
        phd_year: "Int64",
        research_interests: "object",
        source_files: "str",
        parse_warnings: "str",
        confidence: "str",
        n_publications: "int64",
        text: "str",
    }


class Publications:
    """Columns of the publications frame (one row per publication)."""

    candidate_id = "candidate_id"
    pub_id = "pub_id"
    title = "title"
    authors = "authors"
    n_authors = "n_authors"
    candidate_author_position = "candidate_author_position"
    venue = "venue"
    venue_acronym = "venue_acronym"
    year = "year"
    type = "type"
    note = "note"
    source_line = "source_line"
    source_text = "source_text"

    dtypes: dict[str, str] = {  # noqa: RUF012
        candidate_id: "str",
        pub_id: "int64",
        title: "str",
        authors: "str",
        n_authors: "Int64",
        candidate_author_position: "Int64",
        venue: "object",
        venue_acronym: "object",
        year: "Int64",
        type: "str",
        note: "object",
        source_line: "Int64",
        source_text: "str",
    }


class Awards:
    """Columns of the awards frame (one row per award)."""

    candidate_id = "candidate_id"
    award_id = "award_id"
    name = "name"
    year = "year"
    source_line = "source_line"
    source_text = "source_text"

    dtypes: dict[str, str] = {  # noqa: RUF012
        candidate_id: "str",
        award_id: "int64",
        name: "str",
        year: "Int64",
        source_line: "Int64",
        source_text: "str",
    }


@dataclass(frozen=True, slots=True)
class Profiles:
    """The candidate pool as three frames keyed by ``candidate_id``.

    ``candidates`` is indexed by ``candidate_id``; ``publications`` and ``awards`` carry it as a
    column. Frames are treated as immutable: functions return new ones.
    """

    candidates: pd.DataFrame
    publications: pd.DataFrame
    awards: pd.DataFrame

    def __len__(self) -> int:
        return len(self.candidates)


def _empty(dtypes: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({col: pd.Series(dtype=dt) for col, dt in dtypes.items()})


def _typed(rows: list[dict[str, Any]], dtypes: dict[str, str]) -> pd.DataFrame:
    if not rows:
        return _empty(dtypes)
    frame = pd.DataFrame.from_records(rows, columns=list(dtypes))
    return frame.astype(dtypes)


def _confidence(cv: ParsedCV) -> str:
    return "doubtful" if cv.warnings else "ok"


def to_frames(parsed: Iterable[tuple[str, ParsedCV]]) -> Profiles:
    """Build the three frames from ``(candidate_id, ParsedCV)`` pairs.

    Examples:
        >>> cv = ParsedCV(name="Ada Byron", publications=[Publication(title="On engines", year=1843)])
        >>> p = to_frames([("ada", cv)])
        >>> p.candidates.loc["ada", "name"], int(p.publications["year"].iloc[0])
        ('Ada Byron', 1843)
    """
    cand_rows: list[dict[str, Any]] = []
    pub_rows: list[dict[str, Any]] = []
    award_rows: list[dict[str, Any]] = []
    for cid, cv in parsed:
        cand_rows.append(
            {
                Candidates.candidate_id: cid,
                Candidates.name: cv.name or cid,
                Candidates.email: cv.email,
                Candidates.current_position: cv.current_position,
                Candidates.phd_institution: cv.phd_institution,
                Candidates.phd_year: cv.phd_year,
                Candidates.research_interests: cv.research_interests,
                Candidates.source_files: "; ".join(cv.source_files),
                Candidates.parse_warnings: "; ".join(cv.warnings),
                Candidates.confidence: _confidence(cv),
                Candidates.n_publications: len(cv.publications),
                Candidates.text: cv.text,
            }
        )
        for p in cv.publications:
            pub_rows.append(
                {
                    Publications.candidate_id: cid,
                    Publications.pub_id: len(pub_rows),
                    Publications.title: p.title,
                    Publications.authors: "; ".join(p.authors),
                    Publications.n_authors: p.n_authors,
                    Publications.candidate_author_position: p.candidate_author_position,
                    Publications.venue: p.venue,
                    Publications.venue_acronym: p.venue_acronym,
                    Publications.year: p.year,
                    Publications.type: p.type,
                    Publications.note: p.note,
                    Publications.source_line: p.source_line,
                    Publications.source_text: p.source_text,
                }
            )
        for a in cv.awards:
            award_rows.append(
                {
                    Awards.candidate_id: cid,
                    Awards.award_id: len(award_rows),
                    Awards.name: a.name,
                    Awards.year: a.year,
                    Awards.source_line: a.source_line,
                    Awards.source_text: a.source_text,
                }
            )
    candidates = _typed(cand_rows, Candidates.dtypes).set_index(Candidates.candidate_id, drop=False)
    candidates.index.name = None
    profiles = Profiles(
        candidates=candidates,
        publications=_typed(pub_rows, Publications.dtypes),
        awards=_typed(award_rows, Awards.dtypes),
    )
    validate(profiles)
    return profiles


def validate(profiles: Profiles) -> None:
    """Check every frame has its declared columns and publication types are known.

    All problems are collected and raised together as one ``SchemaError``.
    """
    problems: list[str] = []
    for label, frame, table in (
        ("candidates", profiles.candidates, Candidates.dtypes),
        ("publications", profiles.publications, Publications.dtypes),
        ("awards", profiles.awards, Awards.dtypes),
    ):
        missing = [c for c in table if c not in frame.columns]
        if missing:
            problems.append(f"{label} lacks columns {missing}")
    if Publications.type in profiles.publications:
        bad = set(profiles.publications[Publications.type]) - set(PUBLICATION_TYPES)
        if bad:
            problems.append(f"publications.type has {sorted(bad)}; allowed: {', '.join(PUBLICATION_TYPES)}")
    if problems:
        raise SchemaError("; ".join(problems))
