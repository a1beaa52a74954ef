"""What a file really is, from its first bytes: a name's extension is only what the sender claims.

``sniff`` looks at magic numbers (``%PDF-``, ``PK\\x03\\x04``, the OLE header of legacy Office
files ...) and, for anything else, at whether the bytes look like text. ``check_docx_zip`` then
inspects a zip's directory (declared sizes, compression ratio, member count, XML prologues)
without inflating more than a few kilobytes, so a zip bomb or a hostile DTD is refused before
any XML parser sees it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from typing import Literal

from scoring.errors import ReadError

__all__ = ["Kind", "ZipLimits", "check_docx_zip", "describe", "sniff"]

Kind = Literal["pdf", "docx", "zip", "ole", "rtf", "image", "html", "text", "binary"]

_MAGIC: tuple[tuple[bytes, Kind], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
)
_DESCRIPTIONS: dict[Kind, str] = {
    "pdf": "a PDF document",
    "docx": "a Word .docx document",
    "zip": "a zip archive that is not a Word document",
    "ole": "a legacy Office file (.doc/.xls, or a password-protected .docx)",
    "rtf": "an RTF document",
    "image": "an image (needs OCR)",
    "html": "an HTML page",
    "text": "plain text",
    "binary": "binary data",
}


def describe(kind: Kind) -> str:
    """A few words for the committee: what the content looks like."""
    return _DESCRIPTIONS[kind]


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if not head:
        return False
    half = len(head) / 2
    if head[0::2].count(0) > 0.6 * half or head[1::2].count(0) > 0.6 * half:
        return True  # UTF-16 without a BOM: every other byte is NUL
    # Text may carry a stray NUL or escape code (stripped later); random data is ~12% control bytes.
    controls = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D))
    return controls <= max(3, len(head) // 20)


def sniff(data: bytes) -> Kind:
    """Classify *data* by content alone.

    Examples:
        >>> sniff(b"%PDF-1.7\\n..."), sniff(b"<!DOCTYPE html><html>"), sniff(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1")
        ('pdf', 'html', 'ole')
    """
    head = data[:4096]
    # Readers accept junk before the header (the PDF spec tolerates up to 1 KiB of it).
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or _names_word_part(data) else "zip"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if not _looks_like_text(head):
        return "binary"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    return "text"


def _names_word_part(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return any(n.startswith("word/") for n in zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What a .docx may declare before we refuse to open it."""

    max_total_bytes: int = 100 * 2**20  # all members, uncompressed
    max_member_bytes: int = 60 * 2**20
    max_ratio: float = 100.0  # per member bigger than 1 MB; XML compresses 5-20x, bombs ~1000x
    max_members: int = 5_000


def check_docx_zip(data: bytes, path: str, limits: ZipLimits = ZipLimits()) -> None:
    """Refuse a .docx whose zip directory announces a bomb, a non-Word zip or a DTD.

    Reads only the central directory and the first kilobytes of each XML part.

    Raises:
        ReadError: ``parse_error`` (damaged zip, DOCTYPE/ENTITY in XML), ``too_large`` (declared
            size or ratio over the limits), ``unsupported_format`` (a zip but not a Word file).
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(path, "parse_error", f"damaged .docx (zip unreadable: {exc})") from exc
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if len(infos) > limits.max_members:
            raise ReadError(
                path,
                "too_large",
                f".docx holds {len(infos):,} parts; refusing (limit {limits.max_members:,})",
            )
        total = sum(i.file_size for i in infos)
        if total > limits.max_total_bytes:
            raise ReadError(
                path,
                "too_large",
                f".docx would unpack to {total / 2**20:,.0f} MB "
                f"(limit {limits.max_total_bytes / 2**20:,.0f} MB); possible zip bomb",
            )
        for info in infos:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.max_member_bytes or (
                info.file_size > 2**20 and ratio > limits.max_ratio
            ):
                raise ReadError(
                    path,
                    "too_large",
                    f".docx part {info.filename!r} inflates {ratio:,.0f}:1 to "
                    f"{info.file_size / 2**20:,.0f} MB; possible zip bomb",
                )
        if "word/document.xml" not in names:
            what = "an OpenDocument file (.odt)" if "mimetype" in names else "a zip without a Word document"
            raise ReadError(path, "unsupported_format", f"not a Word .docx: {what}; save it as PDF or .docx")
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                _check_xml_prologue(zf, info, path)


def _check_xml_prologue(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> None:
    # Word never writes a DTD; one in a .docx is an entity-expansion or XXE attempt.
    try:
        with zf.open(info) as part:
            head = part.read(65536)
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        zlib.error,
    ) as exc:
        raise ReadError(path, "parse_error", f"damaged .docx part {info.filename!r}: {exc}") from exc
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise ReadError(
            path,
            "parse_error",
            f".docx part {info.filename!r} declares a DTD (not something Word writes); refusing to read it",
        )
