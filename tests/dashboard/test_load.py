"""Load page: uploaded files and zips are read, and each gets a status row."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from pool_fixture import CANDIDATES
from streamlit.testing.v1 import AppTest


def _upload(at: AppTest, files: list[tuple[str, bytes, str]]) -> AppTest:
    at.file_uploader(key="load.files").set_value(files)
    at.run()
    at.button(key="load.read").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _statuses(at: AppTest) -> dict[str, str]:
    table = at.dataframe[0].value
    return dict(zip(table["file"], table["status"], strict=True))


def test_uploads_show_a_status_per_file(app: Callable[..., AppTest]) -> None:
    """Two good CVs and an empty file give two ok rows and one error row naming the empty file."""
    at = _upload(app("views/load.py"), [
        ("prolific.txt", CANDIDATES["prolific.txt"].encode(), "text/plain"),
        ("steady.txt", CANDIDATES["steady.txt"].encode(), "text/plain"),
        ("empty.txt", b"", "text/plain"),
    ])
    statuses = _statuses(at)
    assert statuses["empty.txt"] == "error"
    assert statuses["prolific.txt"] in {"ok", "warning"}
    assert len(at.session_state["pool"].profiles) == 2
    assert at.session_state["pool_source"] == "uploads"


def test_a_zip_of_folders_gives_one_candidate_per_folder(app: Callable[..., AppTest]) -> None:
    """A zip holding one folder per applicant is unpacked into that many candidates."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, text in CANDIDATES.items():
            archive.writestr(f"applicants/{name.removesuffix('.txt')}/cv.txt", text)
    at = _upload(app("views/load.py"), [("applicants.zip", buf.getvalue(), "application/zip")])
    assert sorted(at.session_state["pool"].profiles.candidates.index) == sorted(
        n.removesuffix(".txt") for n in CANDIDATES)


def test_an_unsafe_zip_is_refused_with_a_reason(app: Callable[..., AppTest]) -> None:
    """A zip whose entry climbs out of its folder becomes an error row, not a file on disk."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("../escape.txt", "x")
    at = _upload(app("views/load.py"), [("evil.zip", buf.getvalue(), "application/zip")])
    table = at.dataframe[0].value
    assert table["status"].tolist() == ["error"]
    assert "outside" in table["reason"].iloc[0]
