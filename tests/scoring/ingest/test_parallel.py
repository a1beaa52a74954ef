"""Reading a pool on several processes gives the serial result, and a hostile file costs one row."""

from __future__ import annotations

import logging
import subprocess
import sys
import types
from pathlib import Path

import pytest

from scoring.ingest import load_pool
from scoring.ingest.pool import Pool, candidate_paths
from scoring.ingest.readers import Limits

NAMES = ["Ada Quillfeather", "Bram Oakes", "Cleo Marchetti", "Dara Whitlow", "Emil Sandquist", "Fern Ashdown"]


def _cv(name: str, i: int) -> str:
    last = name.split()[-1]
    return (
        f"{name}\nPostdoctoral Researcher, Example University\n{last.lower()}@example.org\n\nPUBLICATIONS\n"
        f'[1] {name[0]}. {last}. "Adaptive step sizes, part {i}." In International Conference on Machine '
        f"Learning (ICML), {2015 + i}.\n"
        f'[2] {name[0]}. {last} and B. Stone. "Sparse attention at scale." Journal of Machine Learning '
        f"Research, 24(3):1-30, {2018 + i}.\n\nAWARDS\nBest Paper Award, NeurIPS {2016 + i}\n"
    )


def _folder(tmp_path: Path, files: type, bad: dict[str, bytes]) -> Path:
    """Six good candidates, half PDF and half text, plus *bad* files."""
    folder = tmp_path / "applicants"
    folder.mkdir()
    for i, name in enumerate(NAMES):
        stem = name.split()[-1].lower()
        if i % 2:
            (folder / f"{stem}.txt").write_text(_cv(name, i), encoding="utf-8")
        else:
            (folder / f"{stem}.pdf").write_bytes(files.text_pdf(_cv(name, i)))
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    return folder


def _statuses(pool: Pool) -> dict[str, tuple[str, str]]:
    return {s.candidate_id: (s.status, s.code) for s in pool.statuses}


def test_parallel_read_equals_serial_read(tmp_path: Path, files: type) -> None:
    """Two worker processes give the same frames, statuses, file rows and order as one process."""
    folder = _folder(tmp_path, files, {"empty.pdf": b""})
    paths = candidate_paths(folder)
    ticks: list[tuple[int, int]] = []
    parallel = load_pool(paths, workers=2, progress=lambda done, total, _: ticks.append((done, total)))
    serial = load_pool(paths, workers=1)
    assert parallel.profiles.candidates.equals(serial.profiles.candidates)
    assert parallel.profiles.publications.equals(serial.profiles.publications)
    assert parallel.profiles.awards.equals(serial.profiles.awards)
    assert parallel.statuses == serial.statuses
    assert parallel.files == serial.files
    assert len(parallel.profiles.publications) >= 2 * len(NAMES)
    assert ticks == [(i, len(paths)) for i in range(1, len(paths) + 1)]


def test_bomb_in_parallel_batch_is_an_error_and_the_rest_load(
    tmp_path: Path, files: type, caplog: pytest.LogCaptureFixture
) -> None:
    """A PDF bomb that kills its worker is re-read alone and is ``too_large``; every other candidate loads."""
    bad = {
        "bomb.pdf": files.flate_bomb_pdf(400),
        "fake.pdf": b"<html>not a pdf</html>",
        "cut.pdf": b"%PDF-1.4\n1 0",
    }
    with caplog.at_level(logging.WARNING, logger="scoring.ingest.parallel"):
        pool = load_pool(
            candidate_paths(_folder(tmp_path, files, bad)), workers=2, limits=Limits(memory_mb=128)
        )
    assert "reader process stopped" in caplog.text  # PDFium aborted the worker: the pool was rebuilt
    statuses = _statuses(pool)
    assert statuses["bomb"] == ("error", "too_large")
    assert statuses["fake"] == ("error", "not_a_pdf")
    assert statuses["cut"][0] == "error"
    good = {name.split()[-1].lower() for name in NAMES}
    assert {cid for cid, (status, _) in statuses.items() if status == "ok"} == good
    assert set(pool.profiles.candidates.index) == good


def test_workers_do_not_rerun_the_callers_main_script(
    tmp_path: Path, files: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers never execute the caller's ``__main__`` file (under Streamlit, the app script)."""
    marker = tmp_path / "main-ran"
    script = tmp_path / "app_script.py"
    script.write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('ran')\n", encoding="utf-8"
    )
    main = types.ModuleType("__main__")
    main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", main)
    pool = load_pool(candidate_paths(_folder(tmp_path, files, {})), workers=2)
    assert len(pool.profiles.candidates) == len(NAMES)
    assert not marker.exists()


def test_on_read_sees_every_candidate_once_in_path_order(tmp_path: Path, files: type) -> None:
    """Reads finishing in any order on two workers reach ``on_read`` in path order, failures included."""
    seen: list[tuple[int, str | None, int]] = []
    folder = _folder(tmp_path, files, {"empty.pdf": b""})
    paths = candidate_paths(folder)
    pool = load_pool(
        paths, workers=2, on_read=lambda i, cv, rows: seen.append((i, cv and cv.name, len(rows)))
    )
    assert [i for i, _, _ in seen] == list(range(len(paths)))
    by_path = {paths[i].stem: name for i, name, _ in seen}
    assert by_path["empty"] is None
    assert by_path["quillfeather"] == "Ada Quillfeather"
    assert all(n == 1 for _, _, n in seen)
    assert pool.parsed["quillfeather"].name == "Ada Quillfeather"


def test_reader_processes_do_not_import_the_frame_and_scoring_stack() -> None:
    """What a reader process imports to read and parse leaves out pandas, scipy, scikit-learn and SQLAlchemy."""
    heavy = ("pandas", "numpy", "scipy", "sklearn", "sqlalchemy", "plotly", "streamlit")
    code = (
        "import sys, scoring.ingest.parallel, scoring.ingest._extract_child\n"
        f"print(','.join(m for m in {heavy!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
