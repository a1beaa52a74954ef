"""Reading single files: sniffing, decoding, the extraction worker and its limits."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scoring.errors import ReadError
from scoring.ingest.candidate import load_candidate
from scoring.ingest.decoding import decode_text, repair_mojibake, sanitise, wrap_long_lines
from scoring.ingest.readers import Limits, read_bytes, read_text
from scoring.ingest.sniff import ZipLimits, check_docx_zip, sniff

CV = "Ada Quillfeather\nAssistant Professor\n\nPUBLICATIONS\n[1] A. Quillfeather. Momentum without tuning. ICML, 2023.\n"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"junk before header %PDF-1.4\n", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8), "ole"),
        (b"{\\rtf1\\ansi Hello}", "rtf"),
        (b"\x89PNG\r\n\x1a\n" + bytes(8), "image"),
        (b"\xff\xd8\xff\xe0" + bytes(8), "image"),
        (b"  <!doctype html><html></html>", "html"),
        (b"Ada Byron\nPublications\n", "text"),
        ("Zoë".encode("utf-16-le") * 10, "text"),
        (bytes(range(256)), "binary"),
        (b"PK\x03\x04" + bytes(40), "zip"),
    ],
)
def test_sniff_classifies_by_content(head: bytes, kind: str) -> None:
    """Magic bytes and byte statistics decide the kind, whatever the file is called."""
    assert sniff(head) == kind


def test_sniff_recognises_docx(files: type) -> None:
    """A python-docx document sniffs as ``docx``, not as a generic zip."""
    assert sniff(files.docx_bytes(["Ada"])) == "docx"


@pytest.mark.parametrize(
    ("data", "text", "guessed"),
    [
        ("Zoë Ñúñez".encode(), "Zoë Ñúñez", False),
        ("Zoë Ñúñez".encode("utf-8-sig"), "Zoë Ñúñez", False),
        ("Zoë Ñúñez".encode("utf-16"), "Zoë Ñúñez", False),
        ("Zoë Ñúñez".encode("utf-16-be"), "Zoë Ñúñez", True),
        ("Zoë Ñúñez – “Müller”".encode("cp1252"), "Zoë Ñúñez – “Müller”", True),
    ],
)
def test_decode_text_picks_encoding_and_reports_guesses(data: bytes, text: str, guessed: bool) -> None:
    """BOM, UTF-8, UTF-16 and cp1252 decode correctly; only the fallbacks are reported as guesses."""
    decoded, warnings = decode_text(data)
    assert decoded == text
    assert any("encoding guessed" in w for w in warnings) is guessed


def test_repair_mojibake_leaves_genuine_text_alone() -> None:
    """Accented capitals before curly quotes ('Ü“') are not mistaken for double encoding."""
    assert repair_mojibake("„DÜSSELDORF“ café’s") == ("„DÜSSELDORF“ café’s", 0)


def test_sanitise_strips_invisible_and_control_characters() -> None:
    """Controls, zero-width and bidi characters go; tabs, line breaks, page breaks and CJK/RTL letters stay."""
    text, _ = sanitise("a\x00b\u200bc\u202ed\te\r\nf\fg 李 محمد\ud800")
    assert text == "abcd\te\nf\fg 李 محمد"


def test_running_header_beside_a_text_page_break_is_blanked(tmp_path: Path) -> None:
    """A text file's form feeds reach the parser, so the header repeated after each one joins no entry."""
    header = "J. Roe-Lind                                            CV, May 2026"
    entries = [
        f"{n}.  Roe-Lind, J., & Poe, A. (2020). Widgets number {n} in the field. Journal of Widgets, {n}(1), 1–9."
        for n in (1, 2, 3, 5, 6, 7)
    ]
    text = (
        "Jana Roe-Lind\n\nPUBLICATIONS\n\n" + "\n".join(entries[:3])
        + "\n4.  Roe-Lind, J. (2021). A paper broken across the page. Revise and resubmit at Journal"
        + f"\n\n                    1 of 3\n\f{header}\n\n      of Widget Science.\n"
        + "\n".join(entries[3:]) + f"\n\n                    2 of 3\n\f{header}\n\nTEACHING\nWidgets 101\n"
    )
    path = tmp_path / "roe.txt"
    path.write_text(text, encoding="utf-8")
    cv = load_candidate(path)
    broken = next(p for p in cv.publications if p.title.startswith("A paper broken"))
    assert broken.venue is not None
    assert "CV" not in broken.venue
    assert "Widget Science" in broken.venue
    assert len(cv.publications) == 7


def test_wrap_long_lines_keeps_every_character_but_spaces_at_cuts() -> None:
    """Wrapping a long line only replaces the spaces it breaks at, and no line exceeds the limit."""
    line = " ".join(f"w{i}" for i in range(3000))
    wrapped, n = wrap_long_lines(line, limit=100)
    assert n == 1
    assert max(map(len, wrapped.splitlines())) <= 100
    assert wrapped.replace("\n", " ") == line


def test_wrap_long_lines_hard_cuts_unbroken_runs() -> None:
    """A line without spaces is cut at the limit without losing characters."""
    wrapped, _ = wrap_long_lines("x" * 250, limit=100)
    assert wrapped.splitlines() == ["x" * 100, "x" * 100, "x" * 50]


def test_read_text_reads_markdown_and_names_format(tmp_path: Path) -> None:
    """A .md file is read as markdown text with status ok."""
    path = tmp_path / "cv.md"
    path.write_text("# " + CV, encoding="utf-8")
    got = read_text(path)
    assert (got.fmt, got.status) == ("markdown", "ok")
    assert got.text.startswith("# Ada Quillfeather")


def test_read_text_refuses_a_directory(tmp_path: Path) -> None:
    """Something that is not a regular file is ``unreadable`` without being opened."""
    with pytest.raises(ReadError) as info:
        read_text(tmp_path)
    assert info.value.status == "unreadable"


def test_read_pdf_text_in_worker(files: type) -> None:
    """A PDF's text comes back from the worker with its lines."""
    got = read_bytes(files.text_pdf(CV), "cv.pdf")
    assert got.fmt == "pdf"
    assert "Ada Quillfeather" in got.text
    assert "Momentum without tuning" in got.text


def test_read_docx_keeps_paragraphs_tables_and_header(files: type) -> None:
    """A .docx yields header, paragraphs and table rows in reading order."""
    import io

    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ada Quillfeather, ada@example.org"
    document.add_paragraph("PUBLICATIONS")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "2023"
    table.cell(0, 1).text = "Momentum without tuning"
    document.add_paragraph("AWARDS")
    out = io.BytesIO()
    document.save(out)
    got = read_bytes(out.getvalue(), "cv.docx")
    assert got.text.splitlines()[:4] == [
        "Ada Quillfeather, ada@example.org",
        "PUBLICATIONS",
        "2023\tMomentum without tuning",
        "AWARDS",
    ]


def test_docx_zip_check_reads_only_the_directory(files: type) -> None:
    """A declared size over the limit is refused from the zip directory alone."""
    data = files.docx_bytes(["x" * 5000])
    with pytest.raises(ReadError) as info:
        check_docx_zip(data, "cv.docx", ZipLimits(max_total_bytes=1000))
    assert info.value.status == "too_large"


def test_docx_zip_check_refuses_other_office_zips(files: type) -> None:
    """A zip without ``word/document.xml`` (an .xlsx or .odt) is ``unsupported_format``."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ReadError) as info:
        check_docx_zip(out.getvalue(), "cv.docx")
    assert info.value.status == "unsupported_format"


def test_worker_timeout_becomes_status(files: type) -> None:
    """A reader slower than the wall-clock limit is stopped and reported as ``timeout``."""
    with pytest.raises(ReadError) as info:
        read_bytes(files.text_pdf(CV), "cv.pdf", Limits(timeout_s=0.001))
    assert info.value.status == "timeout"


def test_character_cap_applies_to_text(tmp_path: Path) -> None:
    """Text past the character cap is dropped with a warning."""
    got = read_bytes(("word " * 1000).encode(), "cv.txt", Limits(max_chars=100))
    assert len(got.text) == 100
    assert any("cut at 100 characters" in w for w in got.warnings)


def test_pdfs_from_many_threads_are_read_in_separate_processes(files: type) -> None:
    """Eight threads reading PDFs at once (as Streamlit sessions do) all get their own text back."""
    names = [f"Person Number{i}" for i in range(8)]
    pdfs = [files.text_pdf(CV.replace("Ada Quillfeather", n)) for n in names]
    results: dict[int, str] = {}

    def read(i: int) -> None:
        results[i] = read_bytes(pdfs[i], f"{i}.pdf").text

    threads = [threading.Thread(target=read, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(names[i] in results[i] for i in range(8))


def test_parent_process_never_loads_pdfium(files: type, tmp_path: Path) -> None:
    """Reading a PDF and a DOCX leaves pypdfium2 and python-docx unimported in the calling process."""
    (tmp_path / "cv.pdf").write_bytes(files.text_pdf(CV))
    (tmp_path / "cv.docx").write_bytes(files.docx_bytes(CV.splitlines()))
    code = (
        "import sys; from pathlib import Path; from scoring.ingest.readers import read_text\n"
        f"assert 'Quillfeather' in read_text(Path({str(tmp_path / 'cv.pdf')!r})).text\n"
        f"assert 'Quillfeather' in read_text(Path({str(tmp_path / 'cv.docx')!r})).text\n"
        "assert 'pypdfium2' not in sys.modules and 'docx' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
