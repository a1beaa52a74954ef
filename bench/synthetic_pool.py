"""A synthetic applicant pool: realistic, fictional CVs as PDFs (fpdf2) or text, 3 to 30 pages each.

Every CV is built from its own seed (``seed * 1_000_003 + i``), so candidate ``i`` is the same
file whatever the pool size: the first 1,000 of a 10,000 pool are the 1,000 pool. A CV has a
name and contact block, a research statement, education, positions, publications in real venues
(conferences, journals, workshops, preprints, in the citation styles people use), awards, grants,
talks, teaching, service and students; the number of pages decides how many of each.

    .venv/bin/python bench/synthetic_pool.py OUT_DIR --n 1000 [--seed 0] [--text-share 0.2]

Files already in OUT_DIR with the expected name are kept (generation is the slow part).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

_GIVEN = ("Amara Bastian Chiara Dmitri Elif Farrukh Greta Hamid Ines Jonas Kaveh Leila Mateo Noor Oskar "
          "Priya Quentin Rosa Soren Tomas Ulla Vikram Wen Ximena Yusuf Zofia Anneke Bruno Camille Dario "
          "Esme Felix Gaia Hugo Ingrid Jalal Katya Luca Mireille Nils")
_FAMILY = ("Abernathy Brennholt Castellanos Drozdova Eklund Fairweather Gallardo Halloran Ishikawa Jovanovic "
           "Kettering Lindqvist Moravec Nakashima Okonjo Pellegrini Quartermain Rautenberg Szabo Thorvaldsen "
           "Underhill Vasquez-Ortiz Wexford Yamanouchi Zielinski Ambrose Birkeland Cordova Dunmore Esterhazy "
           "Falkenrath Grimsby Hollander Ivanescu Jaramillo Kowalczyk Lautrec Marchetti Nyberg Ostrowski")
GIVEN, FAMILY = _GIVEN.split(), _FAMILY.split()
PLACES = ("University of Tuebingen", "ETH Zurich", "University of Toronto", "Carnegie Mellon University",
          "University of Cambridge", "EPFL", "University of Washington", ("Max Planck Institute for Intelligent "
          "Systems"), "University of Amsterdam", "KTH Royal Institute of Technology", "University of Edinburgh",
          "Tsinghua University", "University of Tokyo", "Stanford University", "Inria Paris",
          "University of Copenhagen", "McGill University", "National University of Singapore")
TOPICS = {
    "optimisation": "adaptive optimisers|learning-rate warmup|the edge of stability|second-order methods|"
                    "sharpness-aware minimisation|stochastic gradient noise|scaling laws|weight decay",
    "vision": "semantic segmentation|object detection|self-supervised representations|video understanding|"
              "diffusion models|monocular depth estimation|3D reconstruction|image restoration",
    "language": "language model pretraining|instruction tuning|retrieval-augmented generation|machine "
                "translation|question answering|tokenisation|in-context learning|alignment",
    "theory": "generalisation bounds|online learning|multi-armed bandits|kernel methods|sample complexity|"
              "minimax rates|sparse recovery|PAC-Bayes",
    "systems": "distributed training|query optimisation|storage engines|stream processing|GPU kernels|"
               "transaction processing|compiler autotuning|serverless scheduling",
    "biology": "protein structure prediction|single-cell genomics|drug discovery|molecular dynamics|"
               "gene regulatory networks|microscopy image analysis|phylogenetics|metagenomics",
}
TITLE_FORMS = ("{a} for {b}", "On the role of {a} in {b}", "Understanding {a} through {b}",
               "{A}: a study of {b}", "Scalable {a} with {b}", "When does {a} help {b}?",
               "Revisiting {a} and {b}", "A unified view of {a} and {b}", "Towards robust {a}",
               "Provable {a} under {b}", "{A} at scale")
CONFERENCES = (
    ("Advances in Neural Information Processing Systems", "NeurIPS"),
    ("International Conference on Machine Learning", "ICML"),
    ("International Conference on Learning Representations", "ICLR"),
    ("IEEE/CVF Conference on Computer Vision and Pattern Recognition", "CVPR"),
    ("IEEE/CVF International Conference on Computer Vision", "ICCV"),
    ("European Conference on Computer Vision", "ECCV"),
    ("Annual Meeting of the Association for Computational Linguistics", "ACL"),
    ("Conference on Empirical Methods in Natural Language Processing", "EMNLP"),
    ("AAAI Conference on Artificial Intelligence", "AAAI"),
    ("International Joint Conference on Artificial Intelligence", "IJCAI"),
    ("International Conference on Artificial Intelligence and Statistics", "AISTATS"),
    ("Conference on Uncertainty in Artificial Intelligence", "UAI"),
    ("Conference on Learning Theory", "COLT"),
    ("ACM SIGKDD Conference on Knowledge Discovery and Data Mining", "KDD"),
    ("ACM SIGMOD International Conference on Management of Data", "SIGMOD"),
    ("International Conference on Very Large Data Bases", "VLDB"),
    ("ACM-SIAM Symposium on Discrete Algorithms", "SODA"),
    ("ACM Symposium on Theory of Computing", "STOC"),
    ("USENIX Symposium on Operating Systems Design and Implementation", "OSDI"),
    ("International Conference on Research in Computational Molecular Biology", "RECOMB"),
    ("Asian Conference on Machine Learning", "ACML"),
    ("International Joint Conference on Neural Networks", "IJCNN"),
)
JOURNALS = ("Journal of Machine Learning Research", ("IEEE Transactions on Pattern Analysis and Machine "
            "Intelligence"), "Transactions on Machine Learning Research", "Machine Learning",
            "Artificial Intelligence", "Nature Machine Intelligence", "Bioinformatics",
            "SIAM Journal on Optimization", "Mathematical Programming", "Nature Communications",
            "ACM Transactions on Database Systems", "Neural Computation", "Pattern Recognition",
            "International Journal of Computer Vision", "Computational Linguistics", "PLOS Computational Biology")
WORKSHOPS = ("OPT 2024: Optimization for Machine Learning (NeurIPS Workshop)", ("ICML Workshop on High-dimensional "
             "Learning Dynamics"), "ICLR Workshop on Mathematical and Empirical Understanding of Foundation Models",
             "CVPR Workshop on Efficient Deep Learning for Computer Vision", ("NeurIPS Workshop on Machine "
             "Learning for Structural Biology"))
AWARDS = ("Best Paper Award, {c} {y}", "Outstanding Paper Award, {c} {y}", "Best Student Paper Award, {c} {y}",
          "Google PhD Fellowship, {y}", "Apple Scholars in AI/ML PhD Fellowship, {y}", "Rising Stars in EECS, {y}",
          "Outstanding Reviewer Award, {c} {y}", "Dissertation Award, {p}, {y}", "ERC Starting Grant, {y}",
          "Marie Sklodowska-Curie Postdoctoral Fellowship, {y}", "Travel grant, {c} {y}",
          "Gold medal, International Mathematical Olympiad, {y}", "Dean's List, {p}, {y}",
          "NSF CAREER Award, {y}", "Humboldt Research Fellowship, {y}")
FILLER = ("Invited talk at {p}, {y}.", "Seminar, Department of Computer Science, {p}, {y}.",
          "Reviewer for {c} ({y}) and {j}.", "Teaching assistant, Machine Learning ({y}/{z}), {p}.",
          "Co-organiser, reading group on {t}, {p}, {y}.", "Supervised M.Sc. thesis on {t}, {p}, {y}.",
          "Program committee member, {c} {y}.", "Guest lecture on {t}, {p}, {y}.")
LINES_PER_PAGE = 58
_LEFT, _TOP, _BOTTOM = 18.0, 20.0, 280.0  # mm on A4


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(GIVEN), rng.choice(FAMILY)


def _title(rng: random.Random, words: list[str]) -> str:
    a, b = rng.sample(words, 2)
    text = rng.choice(TITLE_FORMS).format(a=a, b=b, A=a[0].upper() + a[1:])
    return text[0].upper() + text[1:]


def _authors(rng: random.Random, me: tuple[str, str]) -> str:
    people = [_name(rng) for _ in range(rng.randint(0, 6))]
    people.insert(rng.randint(0, len(people)), me)
    style = rng.random()
    if style < 0.5:
        names = [f"{g[0]}. {f}" for g, f in people]
    elif style < 0.8:
        names = [f"{f}, {g[0]}." for g, f in people]
    else:
        names = [f"{g} {f}" for g, f in people]
    return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]


def _publication(rng: random.Random, me: tuple[str, str], words: list[str], year: int) -> str:
    authors, title = _authors(rng, me), _title(rng, words)
    kind = rng.random()
    if kind < 0.5:
        long, short = rng.choice(CONFERENCES)
        venue = rng.choice((f"In Proceedings of the {long} ({short} {year})", f"{long} ({short}), {year}",
                            f"Proc. {short} {year}", f"In {short}, {year}"))
        return f"{authors}. {title}. {venue}, pp. {rng.randint(1, 900)}-{rng.randint(901, 1800)}."
    if kind < 0.78:
        return (f'{authors}. "{title}." {rng.choice(JOURNALS)}, {rng.randint(5, 60)}({rng.randint(1, 12)}):'
                f"{rng.randint(1, 300)}-{rng.randint(301, 600)}, {year}.")
    if kind < 0.88:
        return f"{authors}. {title}. {rng.choice(WORKSHOPS)}, {year}."
    return f"{authors}. {title}. arXiv preprint arXiv:{year % 100:02d}{rng.randint(1, 12):02d}.{rng.randint(1000, 29999):05d}, {year}."


def cv_lines(i: int, seed: int = 0) -> tuple[list[str], int]:
    """The lines of fictional CV *i* and the number of pages it is meant to fill (3 to 30)."""
    rng = random.Random(seed * 1_000_003 + i)
    pages = min(30, 3 + int(rng.expovariate(1 / 6)))  # most CVs 4-12 pages, a few long ones
    me = _name(rng)
    topic = rng.choice(list(TOPICS))
    words = TOPICS[topic].split("|") + TOPICS[rng.choice(list(TOPICS))].split("|")[:3]
    phd = rng.randint(2008, 2025)
    home, phd_at = rng.sample(PLACES, 2)
    budget = pages * LINES_PER_PAGE
    lines = [f"{me[0]} {me[1]}".upper(),
             f"{rng.choice(['Postdoctoral Researcher', 'Assistant Professor', 'Research Scientist', 'PhD Candidate'])}, {home}",
             f"{me[0].lower()}.{me[1].lower()}@example.org  |  +41 44 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
             "", "RESEARCH INTERESTS",
             (f"My research studies {words[0]} and {words[1]}, with applications to {words[2]}. I combine theory "
             f"with careful experiments on {words[3]}."), "",
             "EDUCATION",
             f"PhD in Computer Science, {phd_at}, {phd - rng.randint(4, 6)} - {phd}",
             f"    Thesis: {_title(rng, words)}. Advisor: Prof. {' '.join(_name(rng))}.",
             f"M.Sc. in Computer Science, {rng.choice(PLACES)}, {phd - 7} - {phd - 5}",
             f"B.Sc. in Mathematics, {rng.choice(PLACES)}, {phd - 10} - {phd - 7}", "",
             "ACADEMIC POSITIONS"]
    year = phd
    while year < 2026 and len(lines) < 40:
        end = min(2026, year + rng.randint(2, 4))
        lines.append(f"{rng.choice(['Postdoctoral Fellow', 'Research Scientist', 'Assistant Professor'])}, "
                     f"{rng.choice(PLACES)}, {year} - {end if end < 2026 else 'present'}")
        year = end
    # publications take about half of the pages, awards a few lines, the rest is the long tail of a CV
    n_pubs = max(4, int(budget * 0.5 / 3))
    lines += ["", "PUBLICATIONS"]
    for k in range(n_pubs):
        lines.append(f"[{k + 1}] {_publication(rng, me, words, rng.randint(phd - 5, 2026))}")
    lines += ["", "AWARDS AND HONOURS"]
    for _ in range(rng.randint(0, 3 + pages // 4)):
        conf = rng.choice(CONFERENCES)[1]
        lines.append("- " + rng.choice(AWARDS).format(c=conf, y=rng.randint(phd - 8, 2026), p=rng.choice(PLACES)))
    lines += ["", "TALKS, TEACHING AND SERVICE"]
    while len(lines) < budget * 0.8:
        y = rng.randint(phd - 4, 2026)
        lines.append("- " + rng.choice(FILLER).format(p=rng.choice(PLACES), y=y, z=y + 1, t=rng.choice(words),
                                                       c=rng.choice(CONFERENCES)[1], j=rng.choice(JOURNALS)))
    lines += ["", "REFERENCES", "Available on request."]
    return lines, pages


def write_pdf(lines: list[str], path: Path) -> None:
    """A one-column A4 CV: bold headings, 9 pt Helvetica, long entries wrapped with a hanging indent.

    Lines are placed with ``FPDF.text`` and wrapped here: ``multi_cell`` costs ~40x more, which
    matters for 10,000 CVs, and the extracted text is the same.
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "", 9)
    y = _TOP
    for line in lines:
        safe = line.encode("latin-1", "replace").decode("latin-1")
        if safe.isupper() and safe.strip():
            y += 2
            pdf.set_font("helvetica", "B", 11)
            pdf.text(_LEFT, y, safe)
            pdf.set_font("helvetica", "", 9)
            y += 6
        elif not safe:
            y += 2
        else:
            for part in textwrap.wrap(safe, 118, subsequent_indent="    "):
                pdf.text(_LEFT, y, part)
                y += 4.2
                if y > _BOTTOM:
                    pdf.add_page()
                    y = _TOP
        if y > _BOTTOM:
            pdf.add_page()
            y = _TOP
    pdf.output(str(path))


def _write_one(args: tuple[int, int, str, str]) -> None:
    i, seed, kind, path = args
    lines, _ = cv_lines(i, seed)
    if kind == "pdf":
        write_pdf(lines, Path(path))
    else:
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def pool_paths(folder: Path, n: int, *, seed: int = 0, text_share: float = 0.0, workers: int | None = None) -> list[Path]:
    """The first *n* CVs of the pool in *folder*, writing the ones not there yet; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    todo: list[tuple[int, int, str, str]] = []
    paths: list[Path] = []
    for i in range(n):
        kind = "txt" if random.Random(seed * 7919 + i).random() < text_share else "pdf"
        path = folder / f"cv-{seed}-{i:05d}.{kind}"
        paths.append(path)
        if not path.exists():
            todo.append((i, seed, kind, str(path)))
    if todo:
        start = time.perf_counter()
        with ProcessPoolExecutor(max_workers=workers or os.cpu_count()) as ex:
            list(ex.map(_write_one, todo, chunksize=16))
        print(f"generated {len(todo)} CVs in {time.perf_counter() - start:.0f} s into {folder}", file=sys.stderr)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--text-share", type=float, default=0.0, help="share of plain-text CVs instead of PDFs")
    args = parser.parse_args()
    paths = pool_paths(args.out, args.n, seed=args.seed, text_share=args.text_share)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} CVs in {args.out} ({size / 2**20:.1f} MB)")


if __name__ == "__main__":
    main()
