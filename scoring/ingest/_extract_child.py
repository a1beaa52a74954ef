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
import sys
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
            text = textpage.get_text_range()
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
