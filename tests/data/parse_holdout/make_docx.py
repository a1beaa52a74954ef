"""Write the fictional DOCX CV of the parse hold-out set (h06_santos.docx).

Run from this folder with the project venv: ``python make_docx.py``. The output is committed, so this
only needs re-running when the CV text changes.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).parent / "cvs" / "h06_santos.docx"
ME = "Santos JP"

ARTICLES = [
    (
        "Santos JP, Ferreira AC, Oliveira R, Mbeki T. ",
        (
            "Gut microbial bile acid metabolism shapes colonization "
            "resistance against Clostridioides difficile in aged mice."
        ),
        " Cell Host Microbe. 2024;32(2):211-225.",
    ),
    (
        "Ferreira AC, Santos JP. ",
        "Spatial transcriptomics of the murine colon during recovery from antibiotic perturbation.",
        " Nat Microbiol. 2023;8:1540-1553.",
    ),
    (
        "Oliveira R, Costa L, Santos JP, Haddad N, Ueda M, Petrova V, Nilsen K, et al. ",
        "A gnotobiotic atlas of short-chain fatty acid producers across the human lifespan.",
        " Science. 2022;376(6598):eabm1234.",
    ),
    (
        "Santos JP, Mbeki T, Rocha D. ",
        "Phage predation restructures Bacteroides communities in a continuous culture model.",
        " ISME J. 2020;14:2871-2884.",
    ),
    (
        "Rocha D, Santos JP. ",
        "Host-derived nitrate fuels Enterobacteriaceae blooms during colitis.",
        " PLoS Pathog. 2018;14(6):e1007101.",
    ),
]
CHAPTERS = [
    (
        "Santos JP, Ferreira AC. ",
        "Gnotobiotic mouse models in microbiome research.",
        " In: Hughes K, editor. Methods in Microbiology, vol. 52. Academic Press; 2021. p. 77-104.",
    ),
]
PATENTS = [
    (
        "Santos JP, Rocha D. ",
        "Bacterial consortium for the prevention of recurrent Clostridioides difficile infection.",
        " European Patent EP 3 912 455 B1. 2023.",
    ),
]


def add_reference(doc: Document, authors: str, title: str, rest: str, style: str) -> None:
    """One numbered reference with the candidate's name in bold, like a hand-edited Word CV."""
    para = doc.add_paragraph(style=style)
    before, _, after = authors.partition(ME)
    para.add_run(before)
    para.add_run(ME).bold = True
    para.add_run(after + title)
    para.add_run(rest).italic = False


def build() -> Document:
    """Assemble the document."""
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("João Pedro Santos, PhD", level=0)
    doc.add_paragraph(
        "Associate Professor of Microbiology\nInstituto Gulbenkian de Ciência, Oeiras, Portugal\n"
        "jpsantos@example.pt"
    )

    doc.add_heading("Professional Appointments", level=1)
    table = doc.add_table(rows=0, cols=2)
    for when, what in [
        ("2021 – present", "Associate Professor of Microbiology, Instituto Gulbenkian de Ciência"),
        ("2016 – 2021", "Group Leader, Instituto Gulbenkian de Ciência"),
        (
            "2012 – 2016",
            "Postdoctoral Fellow, Department of Microbiology and Immunology, Stanford University",
        ),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = when, what

    doc.add_heading("Education", level=1)
    doc.add_paragraph("PhD in Biology, Universidade de Lisboa, 2012 (Summa cum laude)")
    doc.add_paragraph("Licenciatura in Microbiology, Universidade do Porto, 2007")

    doc.add_heading("Research Focus", level=1)
    doc.add_paragraph(
        "Ecology of the gut microbiota in ageing and infection; colonization resistance; "
        "bacteriophage–bacteria interactions in the intestine."
    )

    doc.add_heading("Distinctions", level=1)
    for line in [
        "EMBO Young Investigator, 2022",
        "ERC Consolidator Grant (MICROAGE), 2021",
        "Pfizer Prize for Basic Research, Sociedade de Ciências Médicas de Lisboa, 2019",
        "Human Frontier Science Program Long-Term Fellowship, 2013–2016",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Publications", level=1)
    doc.add_heading("Original research articles", level=2)
    for authors, title, rest in ARTICLES:
        add_reference(doc, authors, title, rest, "List Number")
    doc.add_heading("Book chapters", level=2)
    for authors, title, rest in CHAPTERS:
        add_reference(doc, authors, title, rest, "List Number 2")
    doc.add_heading("Patents", level=2)
    for authors, title, rest in PATENTS:
        add_reference(doc, authors, title, rest, "List Number 3")

    doc.add_heading("Supervision", level=1)
    doc.add_paragraph("Ana Costa (PhD 2023) – awarded the FEMS Best PhD Thesis Prize 2024.")
    doc.add_paragraph("Rui Oliveira (PhD 2021).")
    return doc


if __name__ == "__main__":
    build().save(OUT)
    print(f"wrote {OUT}")
