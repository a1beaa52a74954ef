"""Build the sample CVs that ship as PDF or DOCX in ``sample_profiles/``.

The content lives in ``scripts/sample_sources/`` (one module per fictional candidate); this script
only lays it out, each PDF in a different house style so the parser meets the variety real
applications have: IEEE numbered references, APA with hanging indents, bold titles beside a year
column, ACM references wrapped under running headers and footers. Run from the project root::

    .venv/bin/python scripts/make_samples.py

Outputs are committed; rerun after editing a source module. They are byte-for-byte reproducible
(fixed creation dates and zip timestamps).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sample_profiles"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian fonts-dejavu-core; covers Ł, ø, ★, †
FIXED_DATE = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC)

sys.path.insert(0, str(Path(__file__).resolve().parent))


@dataclass(frozen=True)
class PdfStyle:
    """How one PDF is laid out."""

    family: str  # "DejaVuSerif" or "DejaVuSans"
    size: float = 10.0
    label_width: float = 0.0  # mm for "[1]" or a year column; 0 = no label column
    hanging: float = 0.0  # mm indent of an entry's continuation lines (APA/ACM)
    upper_headings: bool = False
    rule_under_headings: bool = True
    header: str = ""
    footer: str = ""  # "{page}" and "{pages}" are filled in
    row_width: float = 28.0


PDFS: dict[str, PdfStyle] = {
    "okonkwo": PdfStyle("DejaVuSerif", 10.0, label_width=9, upper_headings=True),
    "raghunathan": PdfStyle("DejaVuSans", 9.5, hanging=8, rule_under_headings=False,
                            footer="Raghunathan  CV  page {page}", row_width=24),
    "wojcik": PdfStyle("DejaVuSans", 9.5, label_width=24, row_width=24),
    "feldhaus": PdfStyle("DejaVuSans", 9.0, hanging=6, header="Marcus Feldhaus, Curriculum Vitae",
                         footer="Page {page} of {pages}", row_width=30),
}
DOCXS = ("albuquerque", "sjostrom")
OUTPUT_NAMES = {
    "okonkwo": "amara_okonkwo.pdf",
    "raghunathan": "priya_raghunathan.pdf",
    "wojcik": "tomasz_wojcik.pdf",
    "feldhaus": "marcus_feldhaus.pdf",
    "albuquerque": "mateus_albuquerque.docx",
    "sjostrom": "hanna_sjostrom.docx",
}


class _CV(FPDF):
    def __init__(self, style: PdfStyle) -> None:
        super().__init__(format="A4")
        self.style = style
        for suffix, variant in (("", ""), ("B", "-Bold"), ("I", "-Italic" if "Serif" in style.family else
                                                               "-Oblique")):
            self.add_font(style.family, suffix, str(FONT_DIR / f"{style.family}{variant}.ttf"))
        self.set_creation_date(FIXED_DATE)
        self.alias_nb_pages("{pages}")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(auto=True, margin=18)

    def header(self) -> None:
        if self.style.header and self.page_no() > 1:
            self.set_font(self.style.family, "I", 8)
            self.cell(0, 5, self.style.header, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self) -> None:
        if self.style.footer:
            self.set_y(-12)
            self.set_font(self.style.family, "", 8)
            self.cell(0, 5, self.style.footer.format(page=self.page_no(), pages="{pages}"), align="C")


def _line_height(style: PdfStyle) -> float:
    return style.size * 0.48


def _write_hanging(pdf: _CV, text: str, indent: float, h: float) -> None:
    """One paragraph whose first line is flush and the rest indented (APA/ACM reference lists)."""
    width = pdf.epw - (pdf.get_x() - pdf.l_margin)
    lines = pdf.multi_cell(width, h, text, dry_run=True, output="LINES")
    first = lines[0]
    rest = text[len(first):].strip() if text.startswith(first) else " ".join(lines[1:])
    x = pdf.get_x()
    pdf.multi_cell(width, h, first, new_x="LEFT", new_y="NEXT")
    if rest:
        pdf.set_x(x + indent)
        pdf.multi_cell(width - indent, h, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin)


def render_pdf(blocks: list[tuple[str, ...]], style: PdfStyle, out: Path) -> None:
    """Lay the blocks out as a one-column CV with the given house style."""
    pdf = _CV(style)
    pdf.add_page()
    h = _line_height(style)
    fam = style.family
    for kind, *args in blocks:
        match kind:
            case "name":
                pdf.set_font(fam, "B", style.size + 9)
                pdf.cell(0, 10, args[0], new_x="LMARGIN", new_y="NEXT")
            case "line":
                pdf.set_font(fam, "", style.size)
                pdf.cell(0, h, args[0], new_x="LMARGIN", new_y="NEXT")
            case "h":
                pdf.ln(3)
                pdf.set_font(fam, "B", style.size + 2)
                title = args[0].upper() if style.upper_headings else args[0]
                pdf.cell(0, h + 1.5, title, new_x="LMARGIN", new_y="NEXT")
                if style.rule_under_headings:
                    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
                pdf.ln(1.5)
            case "p":
                pdf.set_font(fam, "", style.size)
                pdf.multi_cell(0, h, args[0], markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            case "row" | "table":
                pdf.set_font(fam, "", style.size)
                pdf.cell(style.row_width, h, args[0])
                pdf.multi_cell(0, h, args[1], markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.6)
            case "bullet":
                pdf.set_font(fam, "", style.size)
                pdf.cell(5, h, "•")
                pdf.multi_cell(0, h, args[0], markdown=True, new_x="LMARGIN", new_y="NEXT")
            case "entry":
                label, text = args
                pdf.set_font(fam, "", style.size)
                if style.label_width:
                    pdf.cell(style.label_width, h, label)
                elif label:
                    text = f"{label} {text}"
                if style.hanging:
                    _write_hanging(pdf, re.sub(r"\*\*|__", "", text), style.hanging, h)
                else:
                    pdf.multi_cell(0, h, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            case _:
                msg = f"unknown block kind {kind!r}"
                raise ValueError(msg)
    pdf.output(str(out))


def _add_runs(paragraph: docx.text.paragraph.Paragraph, text: str) -> None:
    """Turn ``**bold**`` and ``__italic__`` marks into Word runs."""
    for part in re.split(r"(\*\*.+?\*\*|__.+?__)", text):
        if part.startswith("**"):
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("__"):
            paragraph.add_run(part[2:-2]).italic = True
        elif part:
            paragraph.add_run(part)


def render_docx(blocks: list[tuple[str, ...]], out: Path) -> None:
    """Write the blocks as a Word CV: real headings, auto-numbered lists, and a table for awards.

    Entries labelled "1.", "2.", ... use Word's own numbering, so the numbers are not in the text
    (as in most CVs typed in Word); other labels stay in the text.
    """
    document = docx.Document()
    document.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    document.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    document.core_properties.author = ""
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    table = None
    for kind, *args in blocks:
        if kind != "table":
            table = None
        match kind:
            case "name":
                title = document.add_paragraph(style="Title")
                title.add_run(args[0])
            case "line":
                document.add_paragraph(args[0]).alignment = WD_ALIGN_PARAGRAPH.LEFT
            case "h":
                document.add_heading(args[0], level=1)
            case "p":
                _add_runs(document.add_paragraph(), args[0])
            case "row":
                _add_runs(document.add_paragraph(), f"{args[0]}\t{args[1]}")
            case "bullet":
                _add_runs(document.add_paragraph(style="List Bullet"), args[0])
            case "table":
                if table is None:
                    table = document.add_table(rows=0, cols=2)
                cells = table.add_row().cells
                cells[0].text, cells[1].text = args[0], args[1]
                cells[0].width = Cm(2.0)
            case "entry":
                label, text = args
                if re.fullmatch(r"\d+\.", label):
                    _add_runs(document.add_paragraph(style="List Number"), text)
                else:
                    para = document.add_paragraph()
                    para.paragraph_format.left_indent = Cm(0.8)
                    para.paragraph_format.first_line_indent = Cm(-0.8)
                    _add_runs(para, f"{label} {text}".strip())
            case _:
                msg = f"unknown block kind {kind!r}"
                raise ValueError(msg)
    _save_reproducibly(document, out)


def _save_reproducibly(document: docx.document.Document, out: Path) -> None:
    """Save with fixed zip timestamps, so rerunning the script leaves the file unchanged."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def main(argv: list[str] | None = None) -> None:
    """Render every sample (or the named ones) into ``sample_profiles/``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"source modules to render (default: all of {sorted(OUTPUT_NAMES)})")
    names = parser.parse_args(argv).names or sorted(OUTPUT_NAMES)
    for name in names:
        blocks = importlib.import_module(f"sample_sources.{name}").BLOCKS
        out = OUT / OUTPUT_NAMES[name]
        if name in PDFS:
            render_pdf(blocks, PDFS[name], out)
        else:
            render_docx(blocks, out)
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
