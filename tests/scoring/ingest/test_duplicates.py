"""Duplicate candidates: identical copies are dropped with a trace, the same person is flagged."""

from __future__ import annotations

from pathlib import Path

from scoring.ingest import load_pool
from scoring.ingest.duplicates import find_duplicates, mark_duplicates, person_key
from scoring.ingest.pool import Pool, candidate_paths
from scoring.ingest.status import FileStatus
from scoring.model import ParsedCV, to_frames

ZOE = (
    "Zoë Núñez\nzoe.nunez@example.org\nLecturer, Example University\n\nPUBLICATIONS\n"
    '[1] Z. Núñez. "Sparse priors for small data." In International Conference on Machine Learning (ICML), 2022.\n'
)


def load(tmp_path: Path, files: dict[str, str | bytes]) -> Pool:
    """Write *files* into a folder and load it as a pool, read in this process."""
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
    return load_pool(candidate_paths(tmp_path), workers=1)


def test_person_key_ignores_case_width_and_spacing() -> None:
    """Names and e-mails match across case, full-width forms and extra spaces."""
    a = ParsedCV(name="Zoë Núñez", email="zoe@example.org")
    b = ParsedCV(name="  ZOË   NÚÑEZ ", email="ｚｏｅ@Example.ORG")
    assert person_key(a) == person_key(b)


def test_person_key_needs_name_and_email() -> None:
    """A name alone is too weak to call two files the same person."""
    assert person_key(ParsedCV(name="Zoë Núñez")) is None
    assert person_key(ParsedCV(email="zoe@example.org")) is None


def test_identical_copy_is_dropped_with_status(tmp_path: Path) -> None:
    """The second of two byte-identical files leaves the profiles but keeps a warning naming the first."""
    pool = load(tmp_path, {"alice.txt": ZOE, "alice_copy.txt": ZOE})
    assert list(pool.profiles.candidates.index) == ["alice"]
    assert set(pool.parsed) == {"alice"}
    rows = {s.candidate_id: s for s in pool.statuses}
    assert rows["alice"].status == "ok"
    assert (rows["alice-copy"].status, rows["alice-copy"].code) == ("warning", "duplicate")
    assert "duplicate of alice.txt" in rows["alice-copy"].reason


def test_same_person_in_two_files_is_kept_and_flagged(tmp_path: Path) -> None:
    """Two different files with the same name and e-mail both stay, each warned about the other."""
    newer = ZOE.replace("Zoë Núñez\nzoe.nunez", "ZOË  NÚÑEZ\nZoe.Nunez").replace(
        "Lecturer", "Senior Lecturer"
    )
    pool = load(tmp_path, {"zoe_2024.txt": ZOE, "zoe_2025.txt": newer})
    assert set(pool.profiles.candidates.index) == {"zoe-2024", "zoe-2025"}
    rows = {s.candidate_id: s for s in pool.statuses}
    assert rows["zoe-2024"].status == rows["zoe-2025"].status == "warning"
    assert "possibly the same person as zoe_2025.txt" in rows["zoe-2024"].reason
    assert "possibly the same person as zoe_2024.txt" in rows["zoe-2025"].reason


def test_different_people_are_not_duplicates(tmp_path: Path) -> None:
    """Same e-mail domain and different names: no duplicate reported."""
    other = ZOE.replace("Zoë Núñez", "Ilse Varga").replace("zoe.nunez", "ilse.varga")
    pool = load(tmp_path, {"zoe.txt": ZOE, "ilse.txt": other})
    assert find_duplicates(pool) == []
    assert {s.status for s in pool.statuses} == {"ok"}


def test_identical_folders_are_copies(tmp_path: Path) -> None:
    """A candidate folder whose files are all byte-identical to another's is a copy."""
    pool = load(
        tmp_path,
        {
            "a/cv.txt": ZOE,
            "a/notes.txt": "Teaching statement\n",
            "b/cv.txt": ZOE,
            "b/notes.txt": "Teaching statement\n",
        },
    )
    assert set(pool.parsed) == {"a"}
    assert next(s for s in pool.statuses if s.candidate_id == "b").code == "duplicate"


def test_marking_twice_changes_nothing(tmp_path: Path) -> None:
    """Deduplicating an already deduplicated pool leaves the statuses and profiles as they are."""
    newer = ZOE.replace("Lecturer", "Senior Lecturer")
    pool = load(tmp_path, {"alice.txt": ZOE, "alice_copy.txt": ZOE, "zoe_new.txt": newer})
    again = mark_duplicates(pool)
    assert again.statuses == pool.statuses
    assert list(again.profiles.candidates.index) == list(pool.profiles.candidates.index)


def test_unreadable_file_is_not_a_copy(tmp_path: Path) -> None:
    """A candidate whose file vanished before hashing is kept, not matched on missing bytes."""
    pool = load(tmp_path, {"alice.txt": ZOE, "ilse.txt": ZOE.replace("Zoë Núñez", "Ilse Varga")})

    def digest(path: str) -> str:
        raise FileNotFoundError(path)

    assert find_duplicates(pool, digest=digest) == []


def test_reopened_workspace_still_drops_the_copy(tmp_path: Path) -> None:
    """Re-opening a pool through the workspace cache drops the copy again, though only the copy is re-parsed."""
    from scoring.workspace import load_pool_cached, open_workspace

    folder = tmp_path / "pool"
    folder.mkdir()
    (folder / "alice.txt").write_text(ZOE, encoding="utf-8")
    (folder / "alice_copy.txt").write_text(ZOE, encoding="utf-8")
    ws = open_workspace(tmp_path / "ws.sqlite")
    for _ in range(2):
        pool, _report = load_pool_cached(ws, candidate_paths(folder))
        assert list(pool.profiles.candidates.index) == ["alice"]
        assert next(s for s in pool.statuses if s.candidate_id == "alice-copy").code == "duplicate"


def test_same_person_is_read_from_the_frames_and_needs_a_found_name() -> None:
    """Profiles with a shared e-mail but no name found (the frame shows their id) are not paired; named ones are."""
    email = "zoe@example.org"
    cvs = {
        "a": ParsedCV(email=email),
        "b": ParsedCV(email=email),
        "c": ParsedCV(name="Zoë Núñez", email=email.upper()),
        "d": ParsedCV(name="ZOË  NÚÑEZ", email=email),
    }
    rows = [FileStatus(cid, f"{cid}.txt", "ok") for cid in cvs]
    pool = Pool(profiles=to_frames(cvs.items()), statuses=rows, files=rows)
    found = find_duplicates(pool, digest=lambda path: path)  # every file distinct
    assert {(d.candidate_id, d.other_id, d.same_bytes) for d in found} == {
        ("c", "d", False),
        ("d", "c", False),
    }
