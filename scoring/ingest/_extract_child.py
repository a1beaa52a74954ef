"""Child-process side of ``scoring.ingest.worker``: extract one PDF or DOCX read from stdin.

Run as a script (``python -I _extract_child.py KIND MEMORY_MB MAX_PAGES MAX_CHARS CPU_S``), not as
part of the package, so the child imports only the standard library and the one extraction library
it needs. It caps its own address space and CPU time *before* importing that library, then prints
one JSON object on stdout: ``{"text": ..., "pages": n, "pages_read": m, ...}`` on success or
``{"error": code, "reason": ...}``. If PDFium aborts (it does when an allocation fails) the parent
sees the signal instead and reports the file as too large.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def _limit(memory_mb: int, cpu_s: int) -> None:
    try:
        import resource
    except ImportError:  # not POSIX: the parent's wall-clock timeout still applies
        return
    for which, value in (
        (resource.RLIMIT_AS, memory_mb * 2**20),
        (resource.RLIMIT_CPU, cpu_s),
        (resource.RLIMIT_FSIZE, 0),  # the child never writes files
        (resource.RLIMIT_CORE, 0),
    ):
        # e.g. macOS refuses RLIMIT_AS; keep the limits that do work
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (value, value))


# A horizontal gap this many character widths wide separates columns, not words
_COLUMN_GAP = 2.5
# A line indented by this many character widths starts in a column of its own (a right-hand column,
# a right-aligned date); smaller indents (hanging indents, right-aligned list numbers) are dropped
_INDENT_GAP = 8.0

_WORD = re.compile(r"\S+")


@dataclass
class _Word:
    """A run of non-space characters of a PDF line and where it was printed (PDF points)."""

    start: int  # index in the line's text
    end: int
    left: float
    right: float
    top: float
    height: float


def _box_reader(textpage: Any) -> Callable[[int], tuple[float, float, float, float] | None]:
    """A function giving the box (left, bottom, right, top) of character *k*, None when it is empty.

    It calls PDFium directly with reused output cells: this runs twice per word of every page.
    """
    import ctypes

    import pypdfium2.raw as pdfium_c

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    raw = textpage.raw
    get = pdfium_c.FPDFText_GetCharBox

    def box(k: int) -> tuple[float, float, float, float] | None:
        if not get(raw, k, *refs):
            return None
        out = (left.value, bottom.value, right.value, top.value)
        return out if out[3] > out[1] and out[2] > out[0] else None

    return box


def _page_lines(textpage: Any) -> list[tuple[str, list[_Word]]]:
    """PDFium's lines of a page, each with its words' boxes.

    Only a word's first and last characters are measured: a call per character would make
    reading a PDF several times slower, and the gaps between words are all the layout needs.
    """
    text = textpage.get_text_range()
    box = _box_reader(textpage)
    out: list[tuple[str, list[_Word]]] = []
    pos = 0
    for line in text.split("\r\n"):
        words: list[_Word] = []
        for m in _WORD.finditer(line):
            first = box(pos + m.start())
            last = box(pos + m.end() - 1) if m.end() - m.start() > 1 else first
            if first is None or last is None:
                continue  # a generated or empty glyph: no position to go by
            top = max(first[3], last[3])
            height = max(first[3] - first[1], last[3] - last[1])
            words.append(_Word(m.start(), m.end(), first[0], last[2], top, height))
        out.append((line, words))
        pos += len(line) + 2  # PDFium ends each line with "\r\n", counted as two characters
    return out


def _level(words: list[_Word]) -> float:
    """The height a line is printed at: its words' median top, which a raised mark does not move."""
    tops = sorted(w.top for w in words)
    return tops[len(tops) // 2]


def _rejoin_raised(lines: list[tuple[str, list[_Word]]]) -> list[tuple[str, list[_Word]]]:
    """Lines PDFium broke at a superscript ("Roe KM‡" / ". Title ...") joined again.

    The second part starts where the first ended, less than half a line lower: it is the same line.
    """
    out: list[tuple[str, list[_Word]]] = []
    for line, words in lines:
        prev = out[-1][1] if out else []
        if words and prev:
            height = max(w.height for w in prev)
            if (
                # a line of just the raised mark ("‡") may sit most of a line higher
                abs(_level(prev) - _level(words)) < (1.0 if len(line.strip()) <= 2 else 0.5) * height
                and prev[-1].right - 1.0 <= words[0].left <= prev[-1].right + height
            ):
                shift = len(out[-1][0])
                moved = [
                    _Word(w.start + shift, w.end + shift, w.left, w.right, w.top, w.height) for w in words
                ]
                out[-1] = (out[-1][0] + line, prev + moved)
                continue
        out.append((line, words))
    return out


def _layout_line(line: str, words: list[_Word], char_w: float, left: float) -> str:
    """*line* with each word after a wide horizontal gap moved to its column, as in a text file.

    PDFium joins a date column, or the two halves of a two-column page, with one space; the
    width of the gap is what says they are columns, so it is kept as spaces (about one per
    character width, measured from the page's left edge).
    """
    out: list[str] = []
    used = 0
    at = 0  # how much of *line* is written
    prev_right: float | None = None
    for w in words:
        between = line[at : w.start]
        gap = _COLUMN_GAP if prev_right is not None else _INDENT_GAP
        if w.left - (left if prev_right is None else prev_right) > gap * char_w and not between.strip():
            between = " " * max(3 if out else 0, round((w.left - left) / char_w) - used)
        piece = between + line[w.start : w.end]
        out.append(piece)
        used += len(piece)
        at = w.end
        prev_right = w.right
    return "".join(out) + line[at:]


def page_text(textpage: Any) -> str:
    """The page's text laid out as a text file would be: columns apart, superscript breaks mended.

    The parser reads column gaps (a right-hand date column, the two halves of a two-column page)
    the way a text file shows them, as runs of spaces; PDFium's own text has one space there.
    """
    lines = _rejoin_raised(_page_lines(textpage))
    widths = sorted((w.right - w.left) / (w.end - w.start) for _, ws in lines for w in ws)
    if not widths:
        return "\n".join(line for line, _ in lines)
    # the median word's advance per character, a little short of a space-padded column's width
    char_w = 1.15 * widths[len(widths) // 2]
    left = min(w.left for _, ws in lines for w in ws)
    return "\n".join(_layout_line(line, ws, char_w, left) for line, ws in lines)


def _pdf(data: bytes, max_pages: int, max_chars: int) -> dict[str, Any]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower() or "security" in message.lower():
            return {
                "error": "encrypted",
                "reason": "PDF is protected by a password; ask the applicant for an unprotected copy",
            }
        return {"error": "parse_error", "reason": f"damaged PDF, cannot be opened ({message})"}
    n_pages = len(pdf)
    texts: list[str] = []
    failed: list[int] = []
    chars = 0
    for i in range(min(n_pages, max_pages)):
        try:
            page = pdf[i]
            textpage = page.get_textpage()
            text = page_text(textpage)
            textpage.close()
            page.close()
        except pdfium.PdfiumError:
            failed.append(i + 1)
            continue
        texts.append(text)
        chars += len(text)
        if chars >= max_chars:
            break
    pdf.close()
    return {
        "text": "\n\f\n".join(texts),
        "pages": n_pages,
        "pages_read": len(texts) + len(failed),
        "failed_pages": failed,
        "cut": chars >= max_chars,
    }


def _docx_text(data: bytes) -> str:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    # Many CV templates put the name and contact line in the page header.
    for section in document.sections:
        if not section.header.is_linked_to_previous:
            lines += [p.text for p in section.header.paragraphs if p.text.strip() and p.text not in lines]
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # merged cells repeat; keep one copy
                    if not cells or cell.text != cells[-1]:
                        cells.append(cell.text)
                lines.append("\t".join(c.replace("\n", " ") for c in cells))
        else:
            lines.append(block.text)
    # Text boxes (sidebars in two-column templates) are not in the paragraph flow.
    for box in document.element.body.iter(qn("w:txbxContent")):
        lines += ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in box.iter(qn("w:p"))]
    return "\n".join(lines)


def _docx(data: bytes, max_chars: int) -> dict[str, Any]:
    import zipfile

    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        text = _docx_text(data)
    except (PackageNotFoundError, ValueError) as exc:
        return {"error": "unsupported_format", "reason": f"not a readable Word .docx ({exc})"}
    except (XMLSyntaxError, KeyError, zipfile.BadZipFile) as exc:
        return {"error": "parse_error", "reason": f"damaged .docx ({type(exc).__name__}: {exc})"}
    return {"text": text[:max_chars], "cut": len(text) > max_chars}


def extract(kind: str, data: bytes, memory_mb: int, max_pages: int, max_chars: int) -> dict[str, Any]:
    """The text of one PDF or DOCX as the JSON-ready dict ``main`` prints; never raises.

    Also called directly by a pool worker process that caps itself (``scoring.ingest.worker``).
    """
    try:
        return _pdf(data, max_pages, max_chars) if kind == "pdf" else _docx(data, max_chars)
    except MemoryError:
        return {
            "error": "too_large",
            "reason": f"needs more than {memory_mb} MB of memory to read; possibly a decompression bomb",
        }
    except Exception as exc:  # noqa: BLE001 - any library failure is this file's status, not a crash
        return {"error": "parse_error", "reason": f"could not be read ({type(exc).__name__}: {exc})"[:300]}


def main(argv: list[str]) -> int:
    """Extract, print one JSON object, return the exit code."""
    kind, memory_mb, max_pages, max_chars, cpu_s = argv[0], *map(int, argv[1:5])
    _limit(memory_mb, cpu_s)
    data = sys.stdin.buffer.read()
    result = extract(kind, data, memory_mb, max_pages, max_chars)
    # ASCII JSON keeps lone surrogates from odd PDF fonts encodable; the parent strips them.
    sys.stdout.write(json.dumps(result, ensure_ascii=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
