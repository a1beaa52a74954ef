"""The shipped sample pool: every applicant is read, and the generated files match their sources."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import docx
import pypdfium2 as pdfium
import pytest

from scoring.ingest import load_pool
from scoring.ingest.pool import candidate_paths

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT / "sample_profiles"
# Who sample_profiles/README.md says is in the pool.
NAMES = {
    "Aiko Tanabe", "Amara Okonkwo", "Élodie Marchand", "Hanna Sjöström", "Jonas Ødegaard", "Kofi Mensah",
    "Lena Hartmann", "Marcus Feldhaus", "Mateus Albuquerque da Silva", "Priya Raghunathan",
    "Rafael Quintero Ibáñez", "Siobhán Ní Bhriain", "Tomasz Wójcik", "Weilin Zhang",
}


def _make_samples(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Import scripts/make_samples.py (a script, not a package module) for this test only."""
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "scripts" / "make_samples.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_samples", module)  # dataclasses look their module up here
    monkeypatch.setattr(sys, "path", [str(ROOT / "scripts"), *sys.path])
    spec.loader.exec_module(module)
    return module


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        pdf = pdfium.PdfDocument(path.read_bytes())
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
    document = docx.Document(io.BytesIO(path.read_bytes()))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_pool_holds_only_candidates_config_and_readme() -> None:
    """Apart from search.toml and README.md, every entry of sample_profiles/ is one candidate.

    Hidden files are left out: `make run` keeps the committee workspace (.facultyscreen.sqlite) there.
    """
    entries = {p.name for p in POOL.iterdir() if not p.name.startswith(".")}
    candidates = {p.name for p in candidate_paths(POOL)}
    assert entries - candidates <= {"search.toml", "README.md"}
    assert len(candidates) == len(NAMES)


def test_every_sample_applicant_is_read_with_publications() -> None:
    """Each sample applicant is read without error, under the name the README gives, with publications."""
    pool = load_pool(candidate_paths(POOL))
    assert not pool.errors
    cands = pool.profiles.candidates
    assert set(cands["name"]) == NAMES
    assert (cands["n_publications"] > 0).all()


def test_generated_samples_match_their_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The committed PDF and DOCX samples hold the same text that scripts/make_samples.py writes now."""
    make_samples = _make_samples(monkeypatch)
    if not make_samples.FONT_DIR.is_dir():
        pytest.skip("DejaVu fonts (Debian fonts-dejavu-core) are needed to render the samples")
    monkeypatch.setattr(make_samples, "OUT", tmp_path)
    make_samples.main([])
    for name in make_samples.OUTPUT_NAMES.values():
        assert _text(tmp_path / name) == _text(POOL / name), name
