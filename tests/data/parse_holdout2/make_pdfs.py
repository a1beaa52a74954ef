"""Regenerate the PDF CVs of this hold-out set (fictional people) with fpdf2 and DejaVu fonts.

Run from this folder: ``python make_pdfs.py``. Each CV is a list of lines in a tiny markup:
``= `` name, ``# `` section heading, ``## `` sub-heading, ``[n] `` numbered entry with a
hanging indent, ``- `` bullet, ``|a|b`` a two-column row (date column, text), anything else a
paragraph. The layouts imitate a LaTeX article CV (serif, numbered), a Word CV (sans, bullets,
year lines) and an economics job-market CV.
"""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")
HERE = Path(__file__).resolve().parent / "cvs"

G01 = r"""
= Chidinma O. Abara
Assistant Professor, Department of Industrial and Systems Engineering, Georgia Institute of Technology
755 Ferst Drive NW, Atlanta, GA 30332 · c.abara@isye.example.edu · https://abara-lab.example.org
# Research Interests
Stochastic and nonsmooth optimization, variance-reduced and adaptive methods for large-scale machine learning, and distributionally robust learning.
# Appointments
|2022 – present|Assistant Professor, Department of Industrial and Systems Engineering, Georgia Institute of Technology
|2020 – 2022|Postdoctoral Researcher, Simons Institute for the Theory of Computing, University of California, Berkeley
# Education
|2020|Ph.D. in Operations Research, Cornell University. Advisor: Harold M. Quist. Thesis: Stochastic methods for weakly convex learning
|2015|B.Sc. in Mathematics (First Class Honours), University of Lagos
# Refereed Conference Papers
[1] C. O. Abara, M. Fenwick, and D. Iyer, “Adaptive step sizes for stochastic compositional optimization without Lipschitz constants,” in Proc. 41st International Conference on Machine Learning (ICML), Vienna, Austria, 2024, pp. 1021–1047.
[2] T. Halvorsen and C. O. Abara, “Variance-reduced extragradient methods for monotone inclusions with heavy-tailed noise,” in Advances in Neural Information Processing Systems (NeurIPS), vol. 36, 2023, pp. 18833–18859. Outstanding Paper Award.
[3] C. O. Abara and H. M. Quist, “Wasserstein distributionally robust learning with finite-sample guarantees for nonsmooth losses,” in Proc. 25th International Conference on Artificial Intelligence and Statistics (AISTATS), 2022, pp. 3310–3338. Oral presentation.
[4] C. O. Abara, R. Lindahl, and H. M. Quist, “A stochastic bundle method for weakly convex minimization,” in Proc. 34th Conference on Learning Theory (COLT), 2021, pp. 88–121.
# Journal Articles
[5] C. O. Abara and H. M. Quist, “Sample complexity of stochastic proximal point methods under interpolation,” SIAM Journal on Optimization, vol. 33, no. 2, pp. 845–873, 2023.
[6] K. Mbeki-Ross, C. O. Abara, and J. Wen, “Chance-constrained scheduling of electric-vehicle fleets via sample average approximation,” Operations Research, vol. 70, no. 5, pp. 2710–2728, 2022.
[7] C. O. Abara, “Linear convergence of the Frank–Wolfe method under quadratic growth,” Mathematical Programming, vol. 196, pp. 401–430, 2021.
# Workshop Papers
[8] D. Iyer and C. O. Abara, “Learning-rate-free Adam via distance estimation,” in OPT 2023: Optimization for Machine Learning (NeurIPS Workshop), New Orleans, LA, 2023.
# Under Review
[9] C. O. Abara, S. Petrov, and M. Fenwick, “Clipped stochastic gradient methods for constrained learning with heavy tails,” arXiv:2503.04127, 2025.
[10] J. Wen and C. O. Abara, “Decision-focused learning with implicit differentiation through conic programs,” under review, 2025.
# Invited Talks
- “Adaptive methods without tuning,” INFORMS Annual Meeting, Phoenix, AZ, October 2023.
- “Robust learning with Wasserstein balls,” Optimization Seminar, ETH Zürich, May 2022.
- “Bundle methods meet stochastic gradients,” ICCOPT, Lehigh University, July 2022.
# Honors
|2023|INFORMS Optimization Society Young Researchers Prize
|2020|Cornell ORIE Dissertation Prize
|2015|Cornell University Fellowship
# Grants
|2023|NSF CISE Research Initiation Initiative grant (PI), $175,000
|2022|Georgia Tech IDEaS seed grant (co-PI)
# Teaching
|2023, 2024|ISYE 6669 Deterministic Optimization (graduate)
|2022|ISYE 3133 Engineering Optimization
# Service
Reviewer for Mathematical Programming, SIAM Journal on Optimization, NeurIPS, ICML. Area chair, ICLR 2025.
"""

G02 = r"""
= Tomáš Novák
Associate Professor · Department of Statistics · University of Warwick · Coventry CV4 7AL, United Kingdom
tomas.novak@warwick.example.ac.uk · +44 24 7652 0000
# EMPLOYMENT
- Associate Professor, Department of Statistics, University of Warwick (2021 – present)
- Assistant Professor, Department of Statistics, University of Warwick (2016 – 2021)
- Marie Skłodowska-Curie Fellow, Department of Mathematics, Imperial College London (2016 – 2018)
# EDUCATION
- Ph.D. in Probability and Mathematical Statistics, Charles University, Prague, 2013 (summa cum laude)
- Mgr. in Statistics, Charles University, Prague, 2009
# RESEARCH INTERESTS
Bayesian nonparametrics, change-point detection, conformal inference and scalable Monte Carlo methods.
# PUBLICATIONS
## Journal articles
2024
- Novák, T., & Brandt, E. M. (2024). Bayesian nonparametric change-point detection for functional time series. Journal of the Royal Statistical Society: Series B, 86(3), 612–639.
- Ortega, L., Novák, T., & Chen, Y. (2024). Conformal prediction under covariate shift with estimated weights. Biometrika, 111(2), 455–472.
2022
- Novák, T. (2022). Empirical Bayes shrinkage for sparse count data. The Annals of Statistics, 50(4), 2101–2130.
- Brandt, E. M., Novák, T., Hughes, R., & Dvořák, P. (2022). Scalable Gibbs samplers for crossed random effects models. Journal of the American Statistical Association, 117(540), 1833–1846.
2019
- Novák, T., & Hughes, R. (2019). Posterior contraction rates for mixtures of Gaussian processes. Electronic Journal of Statistics, 13(1), 77–108.
## Conference proceedings
- Chen, Y., & Novák, T. (2023). Variational inference for Hawkes processes with latent marks. In Proceedings of the 26th International Conference on Artificial Intelligence and Statistics (pp. 9120–9141). PMLR.
## Book chapters
- Novák, T. (2020). Change-point methods for dependent data. In M. Farrow & S. K. Lind (Eds.), Handbook of Modern Time Series Analysis (pp. 201–230). Chapman & Hall/CRC.
## Working papers
- Novák, T., & Ortega, L. (2025). Honest confidence bands for monotone regression after model selection. Manuscript under review.
# AWARDS AND FELLOWSHIPS
- Guy Medal in Bronze, Royal Statistical Society, 2023
- Marie Skłodowska-Curie Individual Fellowship, European Commission, 2016–2018
- Student Paper Competition Winner, Section on Bayesian Statistical Science, American Statistical Association, 2012
# GRANTS
- Czech Science Foundation (GAČR) Junior Grant, 2014–2016
- EPSRC New Investigator Award EP/X000000/1, 2022–2025
# SOFTWARE
- changepointsFD: R package for functional change-point detection (CRAN, 2021)
# TEACHING
- ST219 Mathematical Statistics B; ST407 Monte Carlo Methods
"""

G03 = r"""
= JOÃO PEDRO FERREIRA
Department of Economics, Northwestern University · 2211 Campus Drive, Evanston, IL 60208
jp.ferreira@u.northwestern.example.edu · jpferreira-econ.example.com
Placement Director: Prof. Anne K. Whitcomb · whitcomb@northwestern.example.edu
# Education
|2020 – 2026|Ph.D. in Economics, Northwestern University (expected June 2026)
|2018 – 2020|M.A. in Economics, Fundação Getulio Vargas (EPGE)
|2014 – 2018|B.A. in Economics, Universidade de São Paulo, magna cum laude. Awarded the Prêmio Haralambos Simeonidis for the best undergraduate thesis in economics (2018).
# Research Fields
Primary: Development economics, public finance. Secondary: Labor economics.
# Job Market Paper
“Minimum Wages and Firm Entry: Evidence from Brazilian Municipalities.”
Abstract: I use staggered municipal wage floors to estimate how minimum wages shape the entry and survival of small firms. Entry falls by 6 percent in the two years after an increase, concentrated among informal-sector entrants.
# Publications
Ferreira, João Pedro, and Helena Maas. 2024. “Remittances and Household Investment in Rural Mozambique.” Journal of Development Economics 168: 103211.
Ferreira, João Pedro. 2023. “Informal Credit Networks and Crop Choice.” Economics Letters 226: 111095.
# Working Papers
“Trade Shocks and Local Public Finance” (with Rafael Quintana and Sun-Hee Park). Revise and resubmit, American Economic Journal: Applied Economics.
“Bank Branch Closures and Small Business Lending” (2025).
# Work in Progress
“Climate Risk Disclosure and Municipal Bond Spreads” (with Helena Maas).
# Scholarships
|2024 – 2025|Dissertation Year Fellowship, Northwestern University
|2020 – 2024|CAPES Doctoral Scholarship (Brazil)
|2020|Graduate School Fellowship, Northwestern University
# Presentations
2025: NEUDC (Yale); Midwest International Economic Development Conference. 2024: SBE Annual Meeting (oral).
# Teaching Experience
Teaching Assistant, ECON 381-1 Development Economics (2022, 2023)
# References
Prof. Anne K. Whitcomb, Northwestern University · Prof. Marco Delgado, Northwestern University
"""


class CV(FPDF):
    """A CV page with a running footer, as LaTeX and Word CVs usually print."""

    def __init__(self, footer: str, family: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer
        self.family = family
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(self.family, "", 8)
        self.cell(0, 5, f"{self.footer_text} – page {self.page_no()}", align="C")


def render(text: str, out: Path, footer: str, family: str, size: float) -> None:
    """Write the marked-up CV text to a PDF."""
    pdf = CV(footer, family)
    for style, name in (("", "DejaVu{}.ttf"), ("B", "DejaVu{}-Bold.ttf"), ("I", "DejaVu{}-Oblique.ttf")):
        sub = "Serif" if family == "serif" else "Sans"
        fname = name.format(sub).replace("Serif-Oblique", "Serif-Italic")
        pdf.add_font(family, style, str(FONTS / fname))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for line in text.strip().splitlines():
        pdf.set_x(pdf.l_margin)
        if line.startswith("= "):
            pdf.set_font(family, "B", size + 8)
            pdf.cell(0, 10, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("# "):
            pdf.ln(2)
            pdf.set_font(family, "B", size + 2)
            pdf.cell(0, 7, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("## "):
            pdf.set_font(family, "I", size + 1)
            pdf.cell(0, 6, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("["):
            label, rest = line.split("] ", 1)
            pdf.set_font(family, "", size)
            pdf.cell(9, 5, label + "]")
            pdf.multi_cell(width - 9, 5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif line.startswith("- "):
            pdf.set_font(family, "", size)
            pdf.cell(6, 5, "•")
            pdf.multi_cell(width - 6, 5, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("|"):
            _, date, rest = line.split("|", 2)
            pdf.set_font(family, "", size)
            pdf.cell(30, 5, date)
            pdf.multi_cell(width - 30, 5, rest, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font(family, "B" if line.strip().isdigit() else "", size)
            pdf.multi_cell(width, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


if __name__ == "__main__":
    render(G01, HERE / "g01_abara.pdf", "Chidinma O. Abara – Curriculum Vitae", "serif", 10)
    render(G02, HERE / "g02_novak.pdf", "Tomáš Novák · CV · November 2025", "sans", 10)
    render(G03, HERE / "g03_ferreira.pdf", "João Pedro Ferreira", "serif", 10.5)
