"""A small fictional applicant pool written as plain-text CVs, for the dashboard tests."""

from __future__ import annotations

from pathlib import Path

DESCRIPTION = "Optimisation methods for training deep neural networks: stochastic gradient methods."


def _cv(name: str, email: str, interests: str, papers: list[str], awards: list[str]) -> str:
    lines = [name, email, "", "RESEARCH INTERESTS", interests, "", "PUBLICATIONS"]
    lines += [f"{i}. {p}" for i, p in enumerate(papers, 1)]
    if awards:
        lines += ["", "AWARDS"] + [f"- {a}" for a in awards]
    return "\n".join(lines) + "\n"


CANDIDATES = {
    # many papers, no awards, on topic
    "prolific.txt": _cv(
        "Orla Quennell", "orla@uni.example", "Stochastic gradient methods for deep neural networks.",
        [f'A. Coauthor, O. Quennell. "Adaptive step sizes for deep network training, part {i}". '
         f"In Proc. ICML, 20{15 + i}." for i in range(6)],
        [],
    ),
    # one paper, many awards, off topic
    "decorated.txt": _cv(
        "Bastien Ferrow", "bastien@uni.example", "Coastal sediment transport and river deltas.",
        ['B. Ferrow. "Sediment plumes in tidal estuaries". Journal of Coasts, 2021.'],
        ["Best Thesis Prize, 2020", "Early Career Medal, 2021", "Outstanding Reviewer, 2022",
         "Society Fellowship, 2023"],
    ),
    # middle of the road
    "steady.txt": _cv(
        "Ines Marovic", "ines@uni.example", "Second-order optimisation for neural networks.",
        [f'I. Marovic. "Curvature estimates for stochastic optimisation {i}". In Proc. NeurIPS, 20{19 + i}.'
         for i in range(3)],
        ["Doctoral Fellowship, 2018"],
    ),
}


def write_pool(folder: Path) -> Path:
    """Write the fictional CVs into *folder* and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in CANDIDATES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "search.toml").write_text(
        f'[search]\ntitle = "Test search"\ndescription = "{DESCRIPTION}"\n\n'
        "[criteria.tier_publications]\nweight = 0.5\n\n[criteria.topic_match]\nweight = 0.3\n\n"
        "[criteria.awards]\nweight = 0.2\n",
        encoding="utf-8",
    )
    return folder
