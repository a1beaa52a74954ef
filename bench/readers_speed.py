"""What reading applicants' files costs: the capped extraction process per PDF/DOCX, and text files.

Writes N two-page PDFs (fpdf2), N .docx files (python-docx) and N text CVs into a temporary folder
(fictional text), then times ``read_text`` on each, sequentially and from 2 threads (as two
Streamlit sessions would), and a 5,000-page PDF under the default 50-page cap.

    python bench/readers_speed.py [--n 40]
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scoring.ingest.readers import read_text

CV = "\n".join(
    ["Ada Quillfeather", "Assistant Professor, Example University", "", "PUBLICATIONS"]
    + [f'[{i}] A. Quillfeather, B. Stone. "Adaptive step sizes, part {i}." In Proc. ICML, 20{10 + i % 15}.'
       for i in range(60)]
)


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    for line in text.splitlines():
        pdf.multi_cell(0, 4, text=line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pages_pdf(n: int) -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (Page text of a very long CV) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [" + " ".join(f"{5 + i} 0 R" for i in range(n)) + f"] /Count {n} >>").encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
             b"/Contents 4 0 R >>"] * n
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _time_each(paths: list[Path]) -> list[float]:
    times = []
    for path in paths:
        start = time.perf_counter()
        read_text(path)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    n = parser.parse_args().n
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        kinds: dict[str, list[Path]] = {"pdf": [], "docx": [], "txt": []}
        pdf, docx_data = _pdf(CV), _docx(CV)
        for i in range(n):
            for kind, data in (("pdf", pdf), ("docx", docx_data), ("txt", CV.encode())):
                path = folder / f"cv{i}.{kind}"
                path.write_bytes(data)
                kinds[kind].append(path)
        for kind, paths in kinds.items():
            times = _time_each(paths)
            print(f"{kind:5s} {n} files: median {statistics.median(times) * 1000:6.1f} ms, "
                  f"max {max(times) * 1000:6.1f} ms per file")
        both = kinds["pdf"] + kinds["docx"]
        start = time.perf_counter()
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(read_text, both))
        wall = time.perf_counter() - start
        print(f"2 threads, {len(both)} PDF+DOCX: {wall:.2f} s wall, {wall / len(both) * 1000:.1f} ms per file")
        big = folder / "long.pdf"
        big.write_bytes(_pages_pdf(5000))
        start = time.perf_counter()
        got = read_text(big)
        print(f"5,000-page PDF: {time.perf_counter() - start:.2f} s; {got.warnings[0]}")


if __name__ == "__main__":
    main()
