"""Uploads: files are staged under the session folder; unsafe archives are refused."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest

from scoring.uploads import MAX_MEMBERS, safe_name, stage_uploads


def _zip(entries: dict[str, bytes], *, link: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return buf.getvalue()


@pytest.mark.parametrize(("name", "expected"), [
    ("cv.pdf", "cv.pdf"), ("../../x/cv.txt", "cv.txt"), ("C:\\Users\\a\\cv.docx", "cv.docx"),
    ("..", "upload"), ("a<b>|c.txt", "a_b_c.txt"),
])
def test_safe_name_drops_directories_and_odd_characters(name: str, expected: str) -> None:
    """Only a plain base name survives."""
    assert safe_name(name) == expected


def test_loose_files_are_one_candidate_each_even_with_the_same_name(tmp_path: Path) -> None:
    """Two uploads both called cv.txt are both kept, as two candidates."""
    staged = stage_uploads([("cv.txt", b"one"), ("cv.txt", b"two"), ("b.md", b"three")], tmp_path)
    assert len(staged.paths) == 3
    assert sorted(p.read_bytes() for p in staged.paths) == [b"one", b"three", b"two"]
    assert all(tmp_path in p.parents for p in staged.paths)


def test_a_zip_with_a_wrapping_folder_yields_its_subfolders(tmp_path: Path) -> None:
    """applicants.zip/applicants/<person>/... gives one candidate per person folder."""
    data = _zip({"applicants/ann/cv.txt": b"a", "applicants/ann/pubs.bib": b"@x{}",
                 "applicants/bo/cv.txt": b"b", "__MACOSX/._junk": b"j"})
    staged = stage_uploads([("applicants.zip", data)], tmp_path)
    assert sorted(p.name for p in staged.paths) == ["ann", "bo"]
    assert not staged.rejected


@pytest.mark.parametrize(("entries", "link", "reason"), [
    ({"../evil.txt": b"x"}, None, "outside"),
    ({"/abs.txt": b"x"}, None, "outside"),
    ({"ok.txt": b"x"}, "ln", "link"),
    ({"bomb.txt": b"\0" * (4 * 2**20)}, None, "zip bomb"),
])
def test_unsafe_zips_are_refused_and_write_nothing_outside(tmp_path: Path, entries, link, reason) -> None:
    """Path traversal, links and extreme compression ratios are refused with a reason."""
    dest = tmp_path / "session"
    staged = stage_uploads([("x.zip", _zip(entries, link=link))], dest)
    assert staged.paths == []
    assert reason in staged.rejected[0][1]
    assert not (tmp_path / "evil.txt").exists()


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    """An archive with more entries than the limit is refused before unpacking."""
    data = _zip({f"f{i}.txt": b"x" for i in range(MAX_MEMBERS + 1)})
    staged = stage_uploads([("many.zip", data)], tmp_path)
    assert "entries" in staged.rejected[0][1]


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    """Bytes named .zip that are not an archive give a clear reason."""
    staged = stage_uploads([("fake.zip", b"not a zip")], tmp_path)
    assert staged.rejected == [("fake.zip", "not a readable zip archive")]
