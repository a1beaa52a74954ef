"""Fixtures shared across the test packages: tiny fictional CVs written on the fly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


def cv_text(
    name: str,
    *,
    position: str = "Postdoctoral Researcher, Example University",
    phd: str = "Ph.D. in Computer Science, University of Edinburgh, 2020",
    interests: str = "Stochastic optimisation for deep learning.",
    publications: tuple[str, ...] = (),
    awards: tuple[str, ...] = (),
) -> str:
    """A plain-text CV with the usual sections; *publications* are full reference strings."""
    lines = [name, position, "", "EDUCATION", phd, "", "RESEARCH INTERESTS", interests, "", "PUBLICATIONS"]
    lines += [f"[{i}] {ref}" for i, ref in enumerate(publications, start=1)]
    if awards:
        lines += ["", "AWARDS", *awards]
    return "\n".join(lines) + "\n"


STRONG = cv_text(
    "Ada Quillfeather",
    position="Assistant Professor, University of Toronto",
    publications=(
        ('A. Quillfeather, B. Stone. "Adaptive step sizes for deep networks." In Advances in Neural '
        "Information Processing Systems (NeurIPS), 2023."),
        ('A. Quillfeather. "Momentum without tuning." In Proceedings of the 40th International Conference '
        "on Machine Learning (ICML), 2023."),
        ('C. Ito, A. Quillfeather. "Warmup as variance control." In International Conference on Learning '
        "Representations (ICLR), 2024."),
    ),
    awards=("Best Paper Award, ICML 2023", "Sloan Research Fellowship, 2024"),
)
WEAK = cv_text(
    "Bram Oakes",
    publications=('B. Oakes. "A note on learning rates." arXiv preprint arXiv:2401.00001, 2024.',),
)


@pytest.fixture
def write_cv(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write ``text`` to ``tmp_path/filename`` (folders created) and return the path."""

    def write(filename: str, text: str) -> Path:
        path = tmp_path / filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def applicants(tmp_path: Path) -> Path:
    """A folder with two tiny applicants: a strong one on the group's topic and a weak one."""
    folder = tmp_path / "applicants"
    folder.mkdir()
    (folder / "quillfeather.txt").write_text(STRONG, encoding="utf-8")
    (folder / "oakes.txt").write_text(WEAK, encoding="utf-8")
    return folder


@pytest.fixture
def make_cv() -> Callable[..., str]:
    """The ``cv_text`` builder, for tests that need their own applicants."""
    return cv_text
