"""Builders for applicants' files, good and hostile, generated in code (no binaries in the repo)."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

import pytest


def minimal_pdf(objs: list[bytes]) -> bytes:
    """A PDF from raw object bodies; ``objs[0]`` is the catalog, object ids are 1-based."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(content: bytes, *, flate: bool = False) -> bytes:
    if flate:
        return b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def pages_pdf(n_pages: int, line: str = "Ada Quillfeather curriculum vitae page text") -> bytes:
    """*n_pages* pages that all draw the same line of Helvetica text (one shared content stream)."""
    content = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    kids = " ".join(f"{5 + i} 0 R" for i in range(n_pages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(content),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    return minimal_pdf(objs + [page] * n_pages)


def image_only_pdf() -> bytes:
    """One page that paints a small grey image and has no text layer (like a scan)."""
    pixels = bytes([128]) * 64 * 64
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
    )
    return minimal_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            (
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> "
                b"/Contents 5 0 R >>"
            ),
            image,
            _stream(b"q 500 0 0 700 50 50 cm /Im1 Do Q"),
        ]
    )


def flate_bomb_pdf(mib: int) -> bytes:
    """One page whose content stream inflates to *mib* MiB of spaces (about 1 KB per MiB)."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = b"".join(comp.compress(chunk) for _ in range(mib)) + comp.flush()
    return minimal_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            _stream(data, flate=True),
        ]
    )


def text_pdf(text: str, *, user_password: str | None = None, owner_password: str | None = None) -> bytes:
    """A real PDF (fpdf2, Helvetica) showing *text*; optionally RC4-encrypted."""
    from fpdf import FPDF

    pdf = FPDF()
    if owner_password is not None:
        pdf.set_encryption(
            owner_password=owner_password, user_password=user_password, encryption_method="RC4"
        )
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, text=line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(paragraphs: list[str]) -> bytes:
    """A .docx written by python-docx with one paragraph per item."""
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_docx_part(data: bytes, name: str, content: bytes | Callable[[zipfile.ZipFile], None]) -> bytes:
    """A copy of the .docx *data* with part *name* replaced (or written by a callback, for bombs)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.namelist():
            if item != name:
                dst.writestr(item, src.read(item))
        if callable(content):
            content(dst)
        else:
            dst.writestr(name, content)
    return out.getvalue()


class Files:
    """The builders above, handed to tests as one fixture."""

    minimal_pdf = staticmethod(minimal_pdf)
    pages_pdf = staticmethod(pages_pdf)
    image_only_pdf = staticmethod(image_only_pdf)
    flate_bomb_pdf = staticmethod(flate_bomb_pdf)
    text_pdf = staticmethod(text_pdf)
    docx_bytes = staticmethod(docx_bytes)
    replace_docx_part = staticmethod(replace_docx_part)


@pytest.fixture
def files() -> type[Files]:
    """Builders for good and hostile PDF/DOCX bytes."""
    return Files
