"""Regenerate the DOCX CV of this hold-out set (a fictional chemist) with python-docx.

Run from this folder: ``python make_docx.py``. The document imitates a Word CV: a table for the
contact block, Word heading styles, numbered and bulleted list paragraphs, Nature-style references.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "cvs" / "g08_haddou.docx"

PAPERS = [
    "Haddou, Y., Ruiz, M. & Becker, T. Photoredox-catalysed C–N coupling of aryl chlorides in water. "
    "J. Am. Chem. Soc. 146, 11872–11881 (2024).",
    "Okoye, C., Haddou, Y. & Lindqvist-Berg, E. A chiral phosphoric acid route to axially chiral biaryls. "
    "Nat. Chem. 15, 1402–1410 (2023).",
    "Haddou, Y. et al. Mechanochemical nickel catalysis without solvent. Angew. Chem. Int. Ed. 62, e202301145 (2023).",
    "Becker, T., Haddou, Y. Copper-catalysed deaminative borylation. Org. Lett. 23, 5512–5517 (2021).",
    "Haddou, Y., Ferrand, P. & Ruiz, M. Machine-learned reaction conditions for Buchwald–Hartwig amination. "
    "Chem. Sci. 11, 8890–8899 (2020).",
]
PATENTS = [
    "Haddou, Y., Becker, T. Process for the aqueous photoredox amination of aryl halides. "
    "European Patent EP 4 102 331 B1 (2024).",
]
AWARDS = [
    ("2024", "Thieme Chemistry Journals Award"),
    ("2022", "ERC Starting Grant “PHOTOAMINE” (€1.5 M)"),
    ("2021", "L’Oréal-UNESCO For Women in Science Young Talent Award, France"),
    ("2016", "Prix de thèse de la Société Chimique de France (Division Chimie Organique)"),
]


def build() -> None:
    """Write the DOCX file."""
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Yasmine Haddou", level=0)
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Assistant Professor (Chaire de professeur junior)"
    table.cell(0, 1).text = "yasmine.haddou@example.fr"
    table.cell(1, 0).text = "Institut de Chimie Moléculaire, Université Paris-Saclay"
    table.cell(1, 1).text = "+33 1 69 00 00 00"

    doc.add_heading("Research interests", level=1)
    doc.add_paragraph(
        "Sustainable catalysis: photoredox and nickel catalysis in water, mechanochemistry, and "
        "data-driven optimisation of reaction conditions."
    )
    doc.add_heading("Professional experience", level=1)
    doc.add_paragraph("2022 – present: Assistant Professor, Institut de Chimie Moléculaire, Université Paris-Saclay")
    doc.add_paragraph("2019 – 2022: Postdoctoral Fellow, Department of Chemistry, University of Cambridge")
    doc.add_paragraph("2016 – 2019: Research Scientist, Sanofi R&D, Vitry-sur-Seine")
    doc.add_heading("Education", level=1)
    doc.add_paragraph("2016: PhD in Organic Chemistry, Université de Strasbourg (mention très honorable)")
    doc.add_paragraph("2012: Diplôme d'ingénieur, ENSCM Montpellier")

    doc.add_heading("Publications", level=1)
    doc.add_paragraph("(5 of 23 peer-reviewed articles; h-index 14)")
    for paper in PAPERS:
        doc.add_paragraph(paper, style="List Number")
    doc.add_heading("Patents", level=1)
    for patent in PATENTS:
        doc.add_paragraph(patent, style="List Bullet")

    doc.add_heading("Distinctions", level=1)
    for year, name in AWARDS:
        doc.add_paragraph(f"{year}\t{name}")
    doc.add_heading("Invited lectures", level=1)
    doc.add_paragraph("Gordon Research Conference on Organic Reactions & Processes, Stonehill, 2024", style="List Bullet")
    doc.add_paragraph("Journées de Chimie Organique (JCO), Palaiseau, 2023", style="List Bullet")
    doc.add_heading("Teaching and supervision", level=1)
    doc.add_paragraph("Organic chemistry (L3), catalysis (M2); 3 PhD students, 6 Master's students.")
    doc.save(OUT)


if __name__ == "__main__":
    build()
