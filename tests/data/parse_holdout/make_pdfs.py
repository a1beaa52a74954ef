"""Write the fictional PDF CVs of the parse hold-out set (h07_wisniewska.pdf, h08_hernandez.pdf).

Run from this folder with the project venv: ``python make_pdfs.py``. Needs the DejaVu fonts
(Debian package fonts-dejavu-core) for the non-ASCII names. The outputs are committed.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent / "cvs"
FONTS = Path("/usr/share/fonts/truetype/dejavu")


class CV(FPDF):
    """A4 page with a running header and a page-number footer, as CV templates print them."""

    running_head = ""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("dv", "", 8)
            self.cell(0, 5, self.running_head, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("dv", "", 8)
        self.cell(0, 5, str(self.page_no()), align="C")


def new_cv(running_head: str) -> CV:
    """A CV document with the DejaVu family registered as 'dv'."""
    pdf = CV(format="A4")
    pdf.running_head = running_head
    pdf.add_font("dv", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    return pdf


def heading(pdf: FPDF, text: str, size: int = 12) -> None:
    """Section heading: bold, a little space above."""
    pdf.ln(3)
    pdf.set_font("dv", "B", size)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)


def para(pdf: FPDF, text: str, markdown: bool = False, indent: float = 0) -> None:
    """One wrapped paragraph; ``markdown`` lets **bold** and __italic__ through."""
    pdf.set_font("dv", "", 10)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, 5, text, markdown=markdown, new_x="LMARGIN", new_y="NEXT")


def build_wisniewska() -> None:
    """CS systems associate professor, IEEE-style numbered references over three pages."""
    pdf = new_cv("Katarzyna Wiśniewska — Curriculum Vitae")
    pdf.set_font("dv", "B", 18)
    pdf.cell(0, 10, "Katarzyna Wiśniewska", new_x="LMARGIN", new_y="NEXT")
    para(
        pdf,
        "School of Computer and Communication Sciences, EPFL, Lausanne, Switzerland\n"
        "katarzyna.wisniewska@example.ch · https://example.ch/~kwisniewska",
    )
    heading(pdf, "RESEARCH INTERESTS")
    para(
        pdf,
        "Operating systems, storage systems and persistent memory, and the reliability of large-scale "
        "distributed services.",
    )
    heading(pdf, "ACADEMIC POSITIONS")
    para(
        pdf,
        "Associate Professor (tenured), School of Computer and Communication Sciences, EPFL — 2022 to present",
    )
    para(
        pdf,
        "Tenure-track Assistant Professor, School of Computer and Communication Sciences, EPFL — 2016 to 2022",
    )
    para(pdf, "Postdoctoral Researcher, Microsoft Research Cambridge — 2014 to 2016")
    heading(pdf, "EDUCATION")
    para(
        pdf, "Ph.D. in Computer Science, University of Wisconsin–Madison, 2014. Advisor: Prof. R. Hallström."
    )
    para(pdf, "M.Sc. and B.Sc. in Computer Science, Warsaw University of Technology, 2009 and 2008.")
    heading(pdf, "PRIZES")
    para(
        pdf,
        "• ACM SIGOPS Mark Weiser Award, 2024\n"
        "• ERC Starting Grant, 2018 (research grant, CHF 1.5M)\n"
        "• Eurosys Roger Needham PhD Award, 2015\n"
        "• Facebook Graduate Fellowship, 2012–2014",
    )
    heading(pdf, "PUBLICATIONS")
    para(pdf, "Student advisees are underlined in the original; the candidate's name is in bold.")
    heading(pdf, "Refereed Conference Papers", size=10)
    refs = [
        (
            '[1] L. Baumann, **K. Wiśniewska**, and T. Rauch, "Crash-consistent log-structured merges on CXL '
            'memory," in __Proc. 30th ACM Symposium on Operating Systems Principles (SOSP)__, 2024, pp. 455–471.'
        ),
        (
            '[2] **K. Wiśniewska**, A. Djordjević, and J. Moor, "Tail-tolerant replication with speculative '
            'quorums," in __Proc. USENIX Symposium on Networked Systems Design and Implementation (NSDI)__, 2023, '
            "pp. 1021–1037. Best Paper Award."
        ),
        (
            '[3] M. Ferrante and **K. Wiśniewska**, "Fast recovery for persistent key-value stores," in __Proc. '
            "USENIX Conference on File and Storage Technologies (FAST)__, 2022, pp. 89–104."
        ),
        (
            '[4] **K. Wiśniewska**, P. Ahuja, S. Lindahl, and R. Hallström, "Scalable crash consistency for '
            'persistent-memory file systems," in __Proc. USENIX Annual Technical Conference (ATC)__, 2019, '
            "pp. 301–315."
        ),
        (
            '[5] **K. Wiśniewska** and R. Hallström, "Lightweight snapshots for flash-based storage arrays," in '
            "__Proc. 11th USENIX Symposium on Operating Systems Design and Implementation (OSDI)__, 2014, "
            "pp. 217–231."
        ),
        (
            '[6] O. Berglund, **K. Wiśniewska**, et al., "Ordered writes without barriers," in __Proc. European '
            "Conference on Computer Systems (EuroSys)__, 2013, pp. 1–14."
        ),
    ]
    for ref in refs:
        para(pdf, ref, markdown=True)
    heading(pdf, "Journal Articles", size=10)
    for ref in [
        (
            '[7] **K. Wiśniewska**, L. Baumann, and T. Rauch, "Crash consistency in the age of disaggregated memory," '
            "__ACM Transactions on Storage__, vol. 20, no. 3, pp. 1–29, 2024."
        ),
        (
            '[8] **K. Wiśniewska** and R. Hallström, "Snapshots for flash arrays, revisited," __IEEE Transactions '
            "on Computers__, vol. 66, no. 9, pp. 1544–1558, 2017."
        ),
    ]:
        para(pdf, ref, markdown=True)
    heading(pdf, "Workshop Papers", size=10)
    for ref in [
        (
            '[9] A. Djordjević and **K. Wiśniewska**, "The case for speculative quorums," in __Proc. Workshop on '
            "Hot Topics in Operating Systems (HotOS)__, 2021, pp. 88–95."
        ),
    ]:
        para(pdf, ref, markdown=True)
    heading(pdf, "Technical Reports", size=10)
    for ref in [
        (
            '[10] **K. Wiśniewska**, "A survey of crash-consistency testing tools," EPFL Technical Report '
            "EPFL-REPORT-298811, 2022."
        ),
    ]:
        para(pdf, ref, markdown=True)
    heading(pdf, "TEACHING")
    para(
        pdf,
        "CS-323 Operating Systems (Bachelor, 2017–present); CS-522 Advanced Storage Systems (Master, 2019–present)",
    )
    heading(pdf, "STUDENTS")
    para(
        pdf,
        "Lena Baumann (PhD 2024; EuroSys Roger Needham PhD Award 2025). Aleksa Djordjević (PhD expected 2026).",
    )
    heading(pdf, "SERVICE")
    para(
        pdf,
        "Program committees: SOSP 2023, OSDI 2022 and 2024, FAST 2021–2023, EuroSys 2020. "
        "Distinguished Reviewer, USENIX ATC 2021.",
    )
    pdf.output(str(HERE / "h07_wisniewska.pdf"))


def build_hernandez() -> None:
    """Economics job-market candidate, two-column layout: a sidebar and a main column."""
    pdf = new_cv("Diego Hernández-Ruiz")
    pdf.set_font("dv", "B", 20)
    pdf.cell(0, 10, "Diego Hernández-Ruiz", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    pdf.cell(0, 5, "Ph.D. Candidate in Economics, Yale University", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    side_w, gap = 55, 6
    main_x = pdf.l_margin + side_w + gap
    main_w = pdf.w - pdf.r_margin - main_x

    def side(text: str, bold: bool = False) -> None:
        pdf.set_x(pdf.l_margin)
        pdf.set_font("dv", "B" if bold else "", 9)
        pdf.multi_cell(side_w, 4.5, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_y(top)
    side("CONTACT", bold=True)
    side(
        "Department of Economics\nYale University\n28 Hillhouse Ave\nNew Haven, CT 06511\n"
        "diego.hernandez@example.edu"
    )
    side("EDUCATION", bold=True)
    side(
        "Ph.D., Economics, Yale University, 2020–2026 (expected)\nM.A., M.Phil., Economics, Yale, 2022\n"
        "B.A., Economics, ITAM, 2017"
    )
    side("FIELDS", bold=True)
    side("Primary: Labor Economics\nSecondary: Public Finance, Urban Economics")
    side("FELLOWSHIPS AND SCHOLARSHIPS", bold=True)
    side(
        "Cowles Foundation Prize Fellowship, 2024–2025\nYale University Fellowship, 2020–2025\n"
        "CONACYT Doctoral Scholarship, 2020–2024 (declined)\nBanco de México Prize for undergraduate "
        "thesis, 2017"
    )
    side("REFERENCES", bold=True)
    side("Prof. Ana Whitcombe\nProf. Samuel Otieno\nProf. Ruth Kessler")

    def main(text: str, bold: bool = False, markdown: bool = False) -> None:
        pdf.set_x(main_x)
        pdf.set_font("dv", "B" if bold else "", 10 if not bold else 11)
        pdf.multi_cell(main_w, 5, text, markdown=markdown, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(main_x)

    pdf.set_y(top)
    main("EXPERIENCE", bold=True)
    main(
        "Research Assistant, Federal Reserve Bank of Boston, Summer 2023\n"
        "Research Economist, Banco de México, 2017–2020"
    )
    main("JOB MARKET PAPER", bold=True)
    main('"Commuting Costs and the Gender Earnings Gap: Evidence from Mexico City\'s BRT Expansion."')
    main("I study how a bus rapid transit rollout changed where women work and what they earn.")
    main("WORKING PAPERS", bold=True)
    main(
        'Hernández-Ruiz, Diego, and Laura Pinheiro. 2025. "Minimum Wages and Informal Employment: '
        'Bunching Estimates from Social Security Records." Working paper.'
    )
    main(
        'Hernández-Ruiz, Diego. 2024. "Remote Work and the Spatial Wage Premium." Revise and resubmit, '
        "Journal of Urban Economics."
    )
    main("PUBLICATIONS", bold=True)
    main(
        'Pinheiro, Laura, Diego Hernández-Ruiz, and Tomás Aguilar. 2022. "Payroll Tax Cuts and Formal '
        'Job Creation." Journal of Public Economics 212: 104689.'
    )
    main(
        'Aguilar, Tomás, and Diego Hernández-Ruiz. 2019. "Remittances and School Enrollment after the '
        'Peso Crisis." Economía Mexicana Nueva Época 28 (2): 5–38.'
    )
    main("RESEARCH IN PROGRESS", bold=True)
    main('"Teacher Sorting across Public and Private Schools" (with Samuel Otieno)')
    main("TEACHING", bold=True)
    main(
        "Teaching Fellow, Intermediate Microeconomics (Yale, 2022–2024). Received the Yale Graduate "
        "Teaching Prize, 2023."
    )
    main("LANGUAGES", bold=True)
    main("Spanish (native), English (fluent), Portuguese (good)")
    pdf.output(str(HERE / "h08_hernandez.pdf"))


if __name__ == "__main__":
    build_wisniewska()
    build_hernandez()
    print("wrote", *sorted(p.name for p in HERE.glob("h0[78]_*.pdf")))
