"""The profile cache: a re-opened pool parses nothing unchanged, a changed file is parsed again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from scoring.ingest import Pool, load_pool
from scoring.model import Award, ParsedCV, Publication
from scoring.workspace import Workspace, load_pool_cached, open_workspace
from scoring.workspace import profiles as prof
from scoring.workspace.db import reading


@pytest.fixture
def pool_dir(tmp_path: Path, write_cv: Callable[..., Path]) -> Path:
    folder = tmp_path / "pool"
    folder.mkdir()
    for stem in ("ada-byron", "grace-hopper", "alan-turing"):
        write_cv(folder, stem)
    return folder


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records every candidate the parser is asked to load."""
    calls: list[Path] = []
    real = prof.load_pool

    def counting(paths: list[Path], **kwargs: Any) -> Pool:
        calls.extend(paths)
        return real(paths, **kwargs)

    monkeypatch.setattr(prof, "load_pool", counting)
    return calls


def _count(ws: Workspace, table: str) -> int:
    with reading(ws.engine) as conn:
        return int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def test_profile_json_round_trips() -> None:
    """A profile stored as JSON comes back equal, nested publications and awards included."""
    cv = ParsedCV(
        name="Zoë Ödegaard",
        phd_year=2019,
        warnings=["odd date"],
        source_files=["z.pdf"],
        publications=[
            Publication(
                title="On λ",
                authors=["Z. Ödegaard", "B. Lee"],
                year=2021,
                candidate_author_position=1,
                type="journal",
                note="Oral",
            )
        ],
        awards=[Award(name="Prize", year=2020, source_line=3)],
    )
    assert prof.cv_from_json(prof.cv_to_json(cv)) == cv


def test_unknown_stored_fields_are_ignored() -> None:
    """A profile stored with a field this version lacks still loads."""
    text = prof.cv_to_json(ParsedCV(name="Ada")).replace('"name":', '"orcid":"0000","name":')
    assert prof.cv_from_json(text).name == "Ada"


def test_cached_pool_matches_a_fresh_parse(ws: Workspace, pool_dir: Path) -> None:
    """Parsed now or served from the cache, the pool equals the plain loader's: ids, frames, statuses, file rows."""
    folder = pool_dir / "kurt-goedel"
    folder.mkdir()
    (folder / "cv.md").write_text(
        '# Kurt Goedel\n\n## Publications\n\n1. K. Goedel. "On sets". Proc. X, 2019.\n'
    )
    (folder / "refs.bib").write_bytes(b"")  # one unreadable file: a warning row that must survive the cache
    paths = sorted(pool_dir.iterdir())
    plain = load_pool(paths)
    for expected_source in ("parsed", "cached"):
        cached, report = load_pool_cached(ws, paths)
        assert len(getattr(report, expected_source)) == 4
        assert cached.parsed == plain.parsed
        assert cached.statuses == plain.statuses
        assert cached.files == plain.files
        assert cached.profiles.candidates.equals(plain.profiles.candidates)
        assert cached.profiles.publications.equals(plain.profiles.publications)


def test_reopening_parses_nothing(db_path: Path, pool_dir: Path, parse_calls: list[Path]) -> None:
    """After a restart, an unchanged pool comes entirely from the cache."""
    paths = sorted(pool_dir.iterdir())
    ws = open_workspace(db_path)
    first, report = load_pool_cached(ws, paths)
    ws.close()
    assert len(parse_calls) == 3
    assert sorted(report.parsed) == ["ada-byron", "alan-turing", "grace-hopper"]
    ws = open_workspace(db_path)
    try:
        again, report = load_pool_cached(ws, paths)
    finally:
        ws.close()
    assert len(parse_calls) == 3
    assert (sorted(report.cached), report.parsed, report.changed) == (sorted(first.parsed), [], [])
    assert again.parsed == first.parsed


def test_a_changed_file_is_parsed_again(
    ws: Workspace, pool_dir: Path, parse_calls: list[Path], write_cv: Callable[..., Path]
) -> None:
    """Editing one CV re-parses that candidate only, and reports it as changed."""
    paths = sorted(pool_dir.iterdir())
    load_pool_cached(ws, paths)
    write_cv(pool_dir, "grace-hopper", papers=5)
    pool, report = load_pool_cached(ws, paths)
    assert [p.name for p in parse_calls[3:]] == ["grace-hopper.md"]
    assert (report.parsed, report.changed) == (["grace-hopper"], ["grace-hopper"])
    assert len(pool.parsed["grace-hopper"].publications) == 5


def test_a_new_parser_version_parses_again(ws: Workspace, pool_dir: Path, parse_calls: list[Path]) -> None:
    """Profiles parsed by another parser version are not served from the cache."""
    paths = sorted(pool_dir.iterdir())
    load_pool_cached(ws, paths, version="old")
    _, report = load_pool_cached(ws, paths, version="new")
    assert len(parse_calls) == 6
    assert report.cached == []


def test_unreadable_files_become_error_rows(ws: Workspace, pool_dir: Path) -> None:
    """An empty file is an error status, not a cached profile, and the other candidates load."""
    (pool_dir / "empty.txt").write_bytes(b"")
    pool, _ = load_pool_cached(ws, sorted(pool_dir.iterdir()))
    assert [s.candidate_id for s in pool.errors] == ["empty"]
    assert len(pool.parsed) == 3
    assert _count(ws, "pool_entries") == 3


def test_a_crash_mid_import_leaves_no_half_candidate(
    ws: Workspace, pool_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If storing a candidate fails half-way, neither its profile nor its pool entry is kept."""
    paths = sorted(pool_dir.iterdir())  # ada-byron, alan-turing, grace-hopper
    real = prof._store_entry

    def dies_on_second(conn: sa.Connection, cid: str, path: Path, content_hash: str) -> None:
        if cid == "alan-turing":
            msg = "power cut"
            raise RuntimeError(msg)
        real(conn, cid, path, content_hash)

    monkeypatch.setattr(prof, "_store_entry", dies_on_second)
    with pytest.raises(RuntimeError, match="power cut"):
        load_pool_cached(ws, paths)
    with reading(ws.engine) as conn:
        entries = conn.execute(sa.text("SELECT candidate_id, content_hash FROM pool_entries")).all()
        stored = set(conn.execute(sa.text("SELECT content_hash FROM profiles")).scalars())
    assert [cid for cid, _ in entries] == ["ada-byron"]
    assert stored == {entries[0][1]}  # alan-turing's profile was rolled back with its entry
    monkeypatch.setattr(prof, "_store_entry", real)
    _, report = load_pool_cached(ws, paths)
    assert (report.cached, sorted(report.parsed)) == (["ada-byron"], ["alan-turing", "grace-hopper"])


def test_candidate_hash_depends_on_bytes_and_names(tmp_path: Path) -> None:
    """Same bytes under the same name hash equal; other bytes or another name do not."""
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for folder in (a, b, c):
        folder.mkdir()
    (a / "cv.md").write_text("x")
    (b / "cv.md").write_text("x")
    (c / "cv2.md").write_text("x")
    assert prof.candidate_hash(a) == prof.candidate_hash(b) != prof.candidate_hash(c)
    (b / "cv.md").write_text("y")
    assert prof.candidate_hash(a) != prof.candidate_hash(b)
