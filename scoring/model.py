"""The three dataframes every part of FacultyScreen shares, and the record the parser fills.

A parsed CV is a ``ParsedCV`` (plain dataclasses, easy to build in tests and to print as the
``parse --json`` shape). ``to_frames`` turns many of them into ``Profiles``: one frame of
candidates, one of publications and one of awards, all keyed by ``candidate_id``. Column names are
class attributes (``Publications.venue``) so a typo fails at import, not in a chart.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from scoring.errors import SchemaError

if TYPE_CHECKING:  # pandas is imported where frames are built: a reader process never needs it
    import pandas as pd

__all__ = [
    "PUBLICATION_TYPES",
    "Award",
    "Awards",
    "Candidates",
    "ParsedCV",
    "Profiles",
    "ProfilesBuilder",
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
    import pandas as pd

    return pd.DataFrame({col: pd.Series(dtype=dt) for col, dt in dtypes.items()})


def _confidence(cv: ParsedCV) -> str:
    return "doubtful" if cv.warnings else "ok"


class _Table:
    """Rows of one frame gathered as column lists and turned into typed frames a chunk at a time."""

    def __init__(self, dtypes: dict[str, str]) -> None:
        self.dtypes = dtypes
        self.columns: dict[str, list[Any]] = {col: [] for col in dtypes}
        self.chunks: list[pd.DataFrame] = []
        self.rows = 0  # rows so far, chunks included

    def flush(self) -> None:
        import pandas as pd

        first = next(iter(self.columns.values()))
        if not first:
            return
        columns = {
            # a missing value reads NaN whatever else the chunk holds (a column of only None
            # would otherwise keep None, and chunks would differ)
            col: [math.nan if v is None else v for v in values] if self.dtypes[col] == "object" else values
            for col, values in self.columns.items()
        }
        # typed columns hold the strings in Arrow buffers, so the Python objects can go now
        self.chunks.append(pd.DataFrame(columns).astype(self.dtypes))
        self.columns = {col: [] for col in self.dtypes}

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        self.flush()
        if not self.chunks:
            return _empty(self.dtypes)
        if len(self.chunks) == 1:
            return self.chunks[0]
        return pd.concat(self.chunks, ignore_index=True)


class ProfilesBuilder:
    """``Profiles`` built one candidate at a time, so a large pool never holds all its ``ParsedCV`` at once.

    Every ``chunk`` candidates the rows gathered so far become typed frames (strings in Arrow
    buffers) and the Python objects are let go; ``build`` joins the chunks. The result equals
    ``to_frames`` over the same pairs in the same order.

    Examples:
        >>> builder = ProfilesBuilder()
        >>> builder.add("ada", ParsedCV(name="Ada Byron", publications=[Publication(title="On engines")]))
        >>> len(builder), len(builder.build().publications)
        (1, 1)
    """

    def __init__(self, *, chunk: int = 100) -> None:
        self._chunk = chunk
        self._candidates = _Table(Candidates.dtypes)
        self._publications = _Table(Publications.dtypes)
        self._awards = _Table(Awards.dtypes)

    def __len__(self) -> int:
        return self._candidates.rows

    def add(self, cid: str, cv: ParsedCV) -> None:
        """Add candidate *cid*; nothing of *cv* is kept but its values."""
        c = self._candidates.columns
        c[Candidates.candidate_id].append(cid)
        c[Candidates.name].append(cv.name or cid)
        c[Candidates.email].append(cv.email)
        c[Candidates.current_position].append(cv.current_position)
        c[Candidates.phd_institution].append(cv.phd_institution)
        c[Candidates.phd_year].append(cv.phd_year)
        c[Candidates.research_interests].append(cv.research_interests)
        c[Candidates.source_files].append("; ".join(cv.source_files))
        c[Candidates.parse_warnings].append("; ".join(cv.warnings))
        c[Candidates.confidence].append(_confidence(cv))
        c[Candidates.n_publications].append(len(cv.publications))
        c[Candidates.text].append(cv.text)
        self._candidates.rows += 1
        p = self._publications.columns
        for pub in cv.publications:
            p[Publications.candidate_id].append(cid)
            p[Publications.pub_id].append(self._publications.rows)
            p[Publications.title].append(pub.title)
            p[Publications.authors].append("; ".join(pub.authors))
            p[Publications.n_authors].append(pub.n_authors)
            p[Publications.candidate_author_position].append(pub.candidate_author_position)
            p[Publications.venue].append(pub.venue)
            p[Publications.venue_acronym].append(pub.venue_acronym)
            p[Publications.year].append(pub.year)
            p[Publications.type].append(pub.type)
            p[Publications.note].append(pub.note)
            p[Publications.source_line].append(pub.source_line)
            p[Publications.source_text].append(pub.source_text)
            self._publications.rows += 1
        a = self._awards.columns
        for award in cv.awards:
            a[Awards.candidate_id].append(cid)
            a[Awards.award_id].append(self._awards.rows)
            a[Awards.name].append(award.name)
            a[Awards.year].append(award.year)
            a[Awards.source_line].append(award.source_line)
            a[Awards.source_text].append(award.source_text)
            self._awards.rows += 1
        if len(self._candidates.columns[Candidates.candidate_id]) >= self._chunk:
            self._flush()

    def _flush(self) -> None:
        for table in (self._candidates, self._publications, self._awards):
            table.flush()

    def build(self) -> Profiles:
        """The three validated frames of every candidate added, in the order they were added."""
        candidates = self._candidates.frame().set_index(Candidates.candidate_id, drop=False)
        candidates.index.name = None
        profiles = Profiles(
            candidates=candidates,
            publications=self._publications.frame(),
            awards=self._awards.frame(),
        )
        validate(profiles)
        return profiles


def to_frames(parsed: Iterable[tuple[str, ParsedCV]]) -> Profiles:
    """Build the three frames from ``(candidate_id, ParsedCV)`` pairs.

    Examples:
        >>> cv = ParsedCV(name="Ada Byron", publications=[Publication(title="On engines", year=1843)])
        >>> p = to_frames([("ada", cv)])
        >>> p.candidates.loc["ada", "name"], int(p.publications["year"].iloc[0])
        ('Ada Byron', 1843)
    """
    builder = ProfilesBuilder()
    for cid, cv in parsed:
        builder.add(cid, cv)
    return builder.build()


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
