"""The only place that reads applicants' files: bytes in, text out.

A file's content decides how it is read, not its name: the first bytes are sniffed, and a file
whose content contradicts its extension is refused with a reason (an HTML page renamed ``.pdf``,
a legacy ``.doc`` renamed ``.docx``). PDF and DOCX are extracted in a capped child process
(``scoring.ingest.worker``); text files are decoded here with the encoding guess reported.

Each reader returns ``Extracted`` (sanitised text plus warnings about how it was obtained) or
raises ``ReadError`` with a status code the committee sees next to the file name:

======================  ===============================================================
``empty_file``          0 bytes, or nothing but whitespace
``not_a_pdf``           named ``.pdf`` but something else inside
``unsupported_format``  legacy .doc, RTF, image, other zip, non-text data
``encrypted``           PDF needs a password to open
``parse_error``         damaged file, or hostile XML in a .docx
``too_large``           over the size cap, or over the memory cap while reading
``timeout``             reading took longer than the time cap
``unreadable``          the file system refused (permissions, not a regular file)
======================  ===============================================================
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from scoring.errors import ReadError
from scoring.ingest.decoding import decode_text, sanitise
from scoring.ingest.sniff import Kind, check_docx_zip, describe, sniff
from scoring.ingest.worker import DEFAULT_LIMITS, Limits, RawText, extract_in_worker

__all__ = ["DEFAULT_LIMITS", "TEXT_SUFFIXES", "Extracted", "Limits", "decode_text", "read_bytes", "read_text"]

TEXT_SUFFIXES = {
    ".txt",
    ".md",
    ".qmd",
    ".rst",
    ".markdown",
    ".text",
    ".tex",
    ".bib",
    ".json",
    ".yaml",
    ".yml",
}
MAX_BYTES = DEFAULT_LIMITS.max_bytes
_UNSUPPORTED_SUFFIXES = {".doc", ".rtf", ".odt", ".pages", ".wpd", ".xls", ".xlsx", ".ppt", ".pptx"}


@dataclass(slots=True)
class Extracted:
    """Text read from one file, with the format the parser should expect."""

    text: str
    fmt: str  # text | markdown | latex | bibtex | pdf | docx | json | yaml
    warnings: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        """``ok``, or ``warning`` when something about the reading needs a human look."""
        return "warning" if self.warnings else "ok"


_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".qmd": "markdown",
    ".rst": "text",
    ".tex": "latex",
    ".bib": "bibtex",
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
}
# Replacement characters and private-use code points are what a PDF font without a Unicode map
# extracts to; many of them mean the text is garbage even if it is long.
_GARBLED = re.compile("[\ufffd\ue000-\uf8ff]")


def _expected(suffix: str) -> str | None:
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in _UNSUPPORTED_SUFFIXES:
        return "unsupported"
    return None


def _garbled_warning(text: str) -> list[str]:
    bad = len(_GARBLED.findall(text))
    if text and bad > max(20, len(text) // 20):
        return [f"text looks garbled ({bad:,} unreadable characters); check the original file"]
    return []


def _from_pdf(raw: RawText, max_pages: int) -> Extracted:
    text, warnings = sanitise(raw.text)
    # PDF pages are joined with a form feed; the parser reads a page break as two blank lines
    text = text.replace("\f", "\n")
    if raw.pages and raw.pages > max_pages:
        warnings.insert(0, f"page cap applied: read the first {max_pages} of {raw.pages:,} pages")
    if raw.failed_pages:
        warnings.append(f"pages {', '.join(map(str, raw.failed_pages[:10]))} could not be read")
    if raw.cut:
        warnings.append("character cap reached: the rest of the PDF was not read")
    if not text.strip():
        warnings.insert(0, "no text layer (scanned or image-only PDF?): needs manual review or OCR")
    elif raw.pages and len(text.strip()) < 100 * min(raw.pages, max_pages) // 4:
        warnings.append(
            f"very little text ({len(text.strip())} characters on {raw.pages} pages): "
            "partly scanned? check the original"
        )
    return Extracted(text=text, fmt="pdf", warnings=warnings + _garbled_warning(text))


def _from_docx(raw: RawText) -> Extracted:
    text, warnings = sanitise(raw.text)
    if raw.cut:
        warnings.append("character cap reached: the rest of the document was not read")
    if not text.strip():
        warnings.insert(0, "the .docx holds no text (only images?): needs manual review")
    return Extracted(text=text, fmt="docx", warnings=warnings + _garbled_warning(text))


def _refuse_mismatch(expected: str | None, kind: Kind, path: str, suffix: str) -> None:
    if expected == "pdf" and kind != "pdf":
        raise ReadError(path, "not_a_pdf", f"named .pdf but holds {describe(kind)}")
    if expected == "docx" and kind != "docx":
        raise ReadError(
            path, "unsupported_format", f"named .docx but holds {describe(kind)}; save it as PDF or .docx"
        )
    if expected == "unsupported":
        raise ReadError(
            path, "unsupported_format", f"{suffix} files are not supported; save it as PDF or .docx"
        )
    if kind in ("ole", "rtf", "image", "zip", "binary") or (expected is None and kind == "html"):
        raise ReadError(
            path,
            "unsupported_format",
            f"holds {describe(kind)}, which cannot be read as a CV; save it as PDF or .docx",
        )
    if expected == "text" and kind in ("pdf", "docx"):
        raise ReadError(
            path,
            "unsupported_format",
            f"named {suffix} but holds {describe(kind)}; rename it to match its content",
        )


def read_bytes(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> Extracted:
    """Read one file's bytes as text; *name* gives the extension it claims and labels errors.

    Raises:
        ReadError: the file cannot be turned into text; ``status`` says why (see module docs).
    """
    if not data.strip():
        raise ReadError(name, "empty_file", "file is empty" if not data else "file holds only whitespace")
    if len(data) > limits.max_bytes:
        raise ReadError(
            name,
            "too_large",
            f"file is {len(data) / 2**20:.1f} MB; the limit is {limits.max_bytes / 2**20:.0f} MB",
        )
    suffix = Path(name).suffix.lower()
    kind = sniff(data)
    _refuse_mismatch(_expected(suffix), kind, name, suffix)
    if kind == "pdf":
        return _from_pdf(extract_in_worker(data, "pdf", name, limits), limits.max_pages)
    if kind == "docx":
        check_docx_zip(data, name, limits.zip)
        return _from_docx(extract_in_worker(data, "docx", name, limits))
    text, warnings = decode_text(data, max_chars=limits.max_chars)
    if not text.strip():
        raise ReadError(name, "empty_file", "file holds no readable text")
    return Extracted(text=text, fmt=_FORMATS.get(suffix, "text"), warnings=warnings + _garbled_warning(text))


def read_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> Extracted:
    """Read one file as text, refusing non-regular and oversized files before reading them.

    Raises:
        ReadError: the file cannot be turned into text; ``status`` says why (see module docs).
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(str(path), "unreadable", "not a regular file")
        if info.st_size > limits.max_bytes:
            raise ReadError(
                str(path),
                "too_large",
                f"file is {info.st_size / 2**20:.1f} MB; the limit is {limits.max_bytes / 2**20:.0f} MB",
            )
        with path.open("rb") as fh:
            data = fh.read(limits.max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise ReadError(str(path), "unreadable", f"cannot read file: {exc.strerror}") from exc
    return read_bytes(data, str(path), limits)
