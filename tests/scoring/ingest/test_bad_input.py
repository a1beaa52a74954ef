"""Hostile and broken applicants' files: each gets a status, and the rest of the batch is scored.

Every test puts one bad file next to three good candidates (two text CVs and a PDF), loads the
folder with ``load_pool``, scores and ranks it, and checks both the bad file's status and that
every good candidate came through with a finite total.
"""

from __future__ import annotations

import math
import time
import zipfile
from pathlib import Path

import pytest

from scoring.defaults import default_config
from scoring.ingest import load_pool
from scoring.ingest.pool import Pool, candidate_paths
from scoring.ingest.readers import Limits
from scoring.ranking import rank, score

GOOD = {
    "quillfeather.txt": (
        "Ada Quillfeather\nAssistant Professor, University of Toronto\n\nPUBLICATIONS\n"
        '[1] A. Quillfeather. "Adaptive step sizes for deep networks." In Advances in Neural Information '
        "Processing Systems (NeurIPS), 2023.\n"
        '[2] A. Quillfeather. "Momentum without tuning." In International Conference on Machine Learning '
        "(ICML), 2023.\n\nAWARDS\nBest Paper Award, ICML 2023\n"
    ),
    "oakes.txt": (
        "Bram Oakes\nPostdoctoral Researcher, Example University\n\nPUBLICATIONS\n"
        '[1] B. Oakes. "A note on learning rates." arXiv preprint arXiv:2401.00001, 2024.\n'
    ),
}
PDF_CV = (
    "Cleo Marchetti\nResearch Scientist, Example Labs\n\nPUBLICATIONS\n"
    '[1] C. Marchetti. "Sparse attention at scale." In International Conference on Learning '
    "Representations (ICLR), 2024.\n"
)
GOOD_IDS = {"quillfeather", "oakes", "marchetti"}


def run_batch(tmp_path: Path, files: type, bad: dict[str, bytes], limits: Limits | None = None) -> Pool:
    """Load three good candidates plus *bad* files; assert the good ones are scored and ranked."""
    folder = tmp_path / "applicants"
    folder.mkdir(exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "marchetti.pdf").write_bytes(files.text_pdf(PDF_CV))
    for name, data in bad.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    pool = load_pool(candidate_paths(folder), **({"limits": limits} if limits else {}))
    config = default_config()
    ranked = rank(score(pool.profiles, config), config)
    ids = set(ranked["candidate_id"])
    assert ids >= GOOD_IDS
    assert all(math.isfinite(t) for t in ranked["total"])
    assert (
        ranked.set_index("candidate_id").loc["quillfeather", "total"]
        > ranked.set_index("candidate_id").loc["oakes", "total"]
    )
    assert {s.candidate_id: s.status for s in pool.statuses if s.candidate_id in GOOD_IDS} == dict.fromkeys(
        GOOD_IDS, "ok"
    )
    return pool


def status_of(pool: Pool, cid: str) -> tuple[str, str, str]:
    """(status, code, reason) of candidate *cid*."""
    row = next(s for s in pool.statuses if s.candidate_id == cid)
    return row.status, row.code, row.reason


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.txt"])
def test_zero_byte_file_is_empty_file(tmp_path: Path, files: type, name: str) -> None:
    """A 0-byte PDF, DOCX or text file is an ``empty_file`` error."""
    pool = run_batch(tmp_path, files, {name: b""})
    assert status_of(pool, "empty")[:2] == ("error", "empty_file")


def test_truncated_pdf_is_parse_error(tmp_path: Path, files: type) -> None:
    """The first half of a valid PDF is a ``parse_error``."""
    whole = files.text_pdf(PDF_CV)
    pool = run_batch(tmp_path, files, {"half.pdf": whole[: len(whole) // 2]})
    assert status_of(pool, "half")[:2] == ("error", "parse_error")


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (bytes(range(256)) * 40, "binary data"),
        (b"<!DOCTYPE html><html><body><h1>Dr. Who</h1></body></html>", "HTML"),
        (b"PK\x03\x04" + bytes(200), "zip"),
    ],
)
def test_non_pdf_renamed_pdf_is_not_a_pdf(tmp_path: Path, files: type, data: bytes, looks_like: str) -> None:
    """Random bytes, an HTML page or a zip named ``.pdf`` are refused by the magic-byte sniff."""
    pool = run_batch(tmp_path, files, {"fake.pdf": data})
    status, code, reason = status_of(pool, "fake")
    assert (status, code) == ("error", "not_a_pdf")
    assert looks_like in reason


def test_pdf_with_user_password_is_encrypted(tmp_path: Path, files: type) -> None:
    """A PDF that needs a password to open is ``encrypted`` and the reason says what to ask for."""
    data = files.text_pdf(
        PDF_CV.replace("Cleo Marchetti", "Locked Person"), user_password="u", owner_password="o"
    )
    pool = run_batch(tmp_path, files, {"locked.pdf": data})
    status, code, reason = status_of(pool, "locked")
    assert (status, code) == ("error", "encrypted")
    assert "unprotected copy" in reason


def test_pdf_with_owner_password_only_is_read(tmp_path: Path, files: type) -> None:
    """A PDF with only an owner password (printing/copying limits) is read normally."""
    data = files.text_pdf(PDF_CV.replace("Cleo Marchetti", "Owen Restricted"), owner_password="owner")
    pool = run_batch(tmp_path, files, {"restricted.pdf": data})
    assert status_of(pool, "restricted")[0] == "ok"
    assert "Owen Restricted" in pool.parsed["restricted"].text


def test_flate_bomb_is_stopped_by_memory_cap(tmp_path: Path, files: type) -> None:
    """A Flate bomb that needs more than the memory cap is ``too_large``; this process survives."""
    pool = run_batch(tmp_path, files, {"bomb.pdf": files.flate_bomb_pdf(96)}, Limits(memory_mb=128))
    status, code, reason = status_of(pool, "bomb")
    assert (status, code) == ("error", "too_large")
    assert "128 MB" in reason


def test_five_thousand_page_pdf_gets_page_cap_warning(tmp_path: Path, files: type) -> None:
    """A 5,000-page PDF is read up to the page cap, quickly, with a warning saying so."""
    start = time.perf_counter()
    pool = run_batch(tmp_path, files, {"huge.pdf": files.pages_pdf(5000)}, Limits(max_pages=20))
    assert time.perf_counter() - start < 20
    status, _, reason = status_of(pool, "huge")
    assert status == "warning"
    assert "first 20 of 5,000 pages" in reason
    assert pool.parsed["huge"].text.count("curriculum vitae page text") == 20


def test_image_only_pdf_needs_manual_review(tmp_path: Path, files: type) -> None:
    """A scanned (image-only) PDF is kept with a 'needs manual review' warning, never silently empty."""
    pool = run_batch(tmp_path, files, {"scan.pdf": files.image_only_pdf()})
    status, _, reason = status_of(pool, "scan")
    assert status == "warning"
    assert "no text layer" in reason
    assert "manual review" in reason


def _bomb_part(dst: zipfile.ZipFile) -> None:
    # 200 MiB of spaces inside an XML comment: ~200 KB compressed, far over the declared-size limits.
    with dst.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(
            b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            b'wordprocessingml/2006/main"><!--'
        )
        chunk = b" " * (1 << 20)
        for _ in range(200):
            part.write(chunk)
        part.write(b"--><w:body/></w:document>")


def test_docx_zip_bomb_is_refused_before_parsing(tmp_path: Path, files: type) -> None:
    """A .docx whose document.xml inflates ~1000:1 is refused by the zip pre-check, before python-docx runs."""
    data = files.replace_docx_part(files.docx_bytes(["Zip Bomb"]), "word/document.xml", _bomb_part)
    start = time.perf_counter()
    pool = run_batch(tmp_path, files, {"bomb.docx": data})
    assert time.perf_counter() - start < 15
    status, code, reason = status_of(pool, "bomb")
    assert (status, code) == ("error", "too_large")
    assert "zip bomb" in reason


_DOC_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(
    "doctype",
    [
        pytest.param(b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>', id="xxe"),
        pytest.param(
            b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
            b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY xxe "&e;&e;&e;&e;&e;&e;&e;&e;">]>',
            id="billion-laughs",
        ),
    ],
)
def test_docx_with_dtd_is_a_clean_error_without_local_files(
    tmp_path: Path, files: type, doctype: bytes
) -> None:
    """A .docx with a DOCTYPE (external entity or entity expansion) is a ``parse_error``; no local file leaks."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-SALARY-TABLE", encoding="utf-8")
    xml = (
        b'<?xml version="1.0"?>'
        + doctype.replace(b"{secret}", str(secret).encode())
        + b"<w:document "
        + _DOC_NS
        + b"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = files.replace_docx_part(files.docx_bytes(["x"]), "word/document.xml", xml)
    pool = run_batch(tmp_path, files, {"evil.docx": data})
    assert status_of(pool, "evil")[:2] == ("error", "parse_error")
    assert all("TOP-SECRET" not in cv.text for cv in pool.parsed.values())


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), "unsupported_format", id="legacy-doc"
        ),
        pytest.param(bytes(range(256)) * 8, "unsupported_format", id="random-bytes"),
        pytest.param(b"PK\x03\x04" + b"\x14\x00" + bytes(300), "unsupported_format", id="unknown-zip"),
        pytest.param(None, "parse_error", id="truncated-docx"),
    ],
)
def test_not_a_docx_renamed_docx(tmp_path: Path, files: type, data: bytes | None, code: str) -> None:
    """A legacy .doc, random bytes or an unknown zip named .docx are unsupported; a cut .docx is ``parse_error``."""
    if data is None:
        whole = files.docx_bytes(["Truncated Person", "PUBLICATIONS"])
        data = whole[: len(whole) // 2]
    pool = run_batch(tmp_path, files, {"old.docx": data})
    assert status_of(pool, "old")[:2] == ("error", code)


def test_cp1252_text_is_decoded_and_flagged(tmp_path: Path, files: type) -> None:
    """A cp1252 text CV is decoded correctly and flagged 'encoding guessed'."""
    pool = run_batch(tmp_path, files, {"latin.txt": "Zoë Ñúñez-Müller\nLecturer\n".encode("cp1252")})
    status, _, reason = status_of(pool, "latin")
    assert status == "warning"
    assert "encoding guessed" in reason
    assert pool.parsed["latin"].text.startswith("Zoë Ñúñez-Müller")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_text_with_bom_has_no_bom_in_first_field(tmp_path: Path, files: type, encoding: str) -> None:
    """UTF-16 and UTF-8 files with a BOM decode to the right text with no BOM left in it."""
    pool = run_batch(tmp_path, files, {"bom.txt": "李小龍\nمحمد\nZoë\n".encode(encoding)})
    assert status_of(pool, "bom")[0] in {"ok", "warning"}
    assert pool.parsed["bom"].text.startswith("李小龍\nمحمد\nZoë")


def test_mojibake_is_repaired_and_flagged(tmp_path: Path, files: type) -> None:
    """Double-encoded UTF-8 ('ZoÃ«') is repaired to 'Zoë' and the repair is reported."""
    pool = run_batch(tmp_path, files, {"moji.txt": "ZoÃ« Ã‘ÃºÃ±ez-MÃ¼ller\n".encode()})
    status, _, reason = status_of(pool, "moji")
    assert status == "warning"
    assert "double-encoded" in reason
    assert pool.parsed["moji"].text.startswith("Zoë Ñúñez-Müller")


def test_nul_control_and_soft_hyphen_are_stripped(tmp_path: Path, files: type) -> None:
    """NUL bytes, control characters, bidi overrides and soft hyphens never reach the parsed text."""
    raw = "Ada\x00 Lov\x07elace\u202e\nopti\u00admization of deep\x1b networks\n".encode()
    pool = run_batch(tmp_path, files, {"ctrl.txt": raw})
    text = pool.parsed["ctrl"].text
    assert text.startswith("Ada Lovelace\noptimization of deep networks")
    assert not any(c in text for c in "\x00\x07\x1b\u202e\u00ad")


def test_cv_without_publication_section_is_kept(tmp_path: Path, files: type) -> None:
    """A CV with no recognisable sections keeps its candidate row, with a warning and a finite score."""
    pool = run_batch(tmp_path, files, {"plain.txt": b"Just a name\nand a sentence about teaching.\n"})
    assert status_of(pool, "plain")[0] == "warning"
    assert "plain" in pool.profiles.candidates.index


def test_two_files_named_cv_pdf_are_both_kept(tmp_path: Path, files: type) -> None:
    """Two different candidates' folders each holding ``cv.pdf`` give two candidates."""
    pool = run_batch(
        tmp_path,
        files,
        {
            "ito/cv.pdf": files.text_pdf(PDF_CV.replace("Cleo Marchetti", "Chiyo Ito")),
            "stone/cv.pdf": files.text_pdf(PDF_CV.replace("Cleo Marchetti", "Bea Stone")),
        },
    )
    assert {"ito", "stone"} <= set(pool.parsed)
    assert "Chiyo Ito" in pool.parsed["ito"].text
    assert "Bea Stone" in pool.parsed["stone"].text


def test_file_over_size_cap_is_refused_unread(tmp_path: Path, files: type) -> None:
    """A file over the byte cap is ``too_large`` before any decoding or regex runs."""
    pool = run_batch(tmp_path, files, {"big.txt": b"=" * (3 * 2**20)}, Limits(max_bytes=2 * 2**20))
    assert status_of(pool, "big")[:2] == ("error", "too_large")


def test_twenty_megabyte_single_line_is_bounded(tmp_path: Path, files: type) -> None:
    """A 20 MB single-line text file is cut and wrapped, and the whole batch still finishes quickly."""
    start = time.perf_counter()
    line = b"(((((aaaa[[[[ 2020 " * (20 * 2**20 // 19)
    pool = run_batch(tmp_path, files, {"line.txt": line})
    assert time.perf_counter() - start < 60
    status, _, reason = status_of(pool, "line")
    assert status == "warning"
    assert "cut at" in reason
    assert max(map(len, pool.parsed["line"].text.splitlines())) <= 5000


@pytest.mark.parametrize("name", ["CV.PDF", "cv.pdf.exe", "cv"])
def test_odd_names_are_read_by_content(tmp_path: Path, files: type, name: str) -> None:
    """An upper-case extension, a double extension or no extension: the content decides the reader."""
    pool = run_batch(tmp_path, files, {name: files.text_pdf(PDF_CV.replace("Cleo Marchetti", "Odd Name"))})
    cid = "cv-pdf" if name == "cv.pdf.exe" else "cv"
    assert status_of(pool, cid)[0] == "ok"
    assert "Odd Name" in pool.parsed[cid].text


def test_one_bad_file_in_a_candidate_folder_keeps_the_others(tmp_path: Path, files: type) -> None:
    """In a candidate folder, an unreadable file is a warning on the candidate and an error row of its own."""
    pool = run_batch(
        tmp_path,
        files,
        {
            "byron/cv.txt": GOOD["oakes.txt"].replace("Bram Oakes", "Ada Byron").encode(),
            "byron/letter.pdf": b"not a pdf at all",
        },
    )
    assert status_of(pool, "byron")[0] == "warning"
    rows = {Path(f.path).name: (f.status, f.code) for f in pool.files if f.candidate_id == "byron"}
    assert rows == {"cv.txt": ("ok", ""), "letter.pdf": ("error", "not_a_pdf")}


def test_parser_crash_on_one_file_is_reported_not_raised(
    tmp_path: Path, files: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the parser raises on one CV, that file is a ``parser_failed`` error and the batch goes on."""
    from scoring.ingest import candidate

    real_parse = candidate.parse_cv

    def fragile_parse(text: str, *, fmt: str = "text") -> object:
        if "TRIGGER-PARSER-BUG" in text:
            message = "list index out of range"
            raise IndexError(message)
        return real_parse(text, fmt=fmt)

    monkeypatch.setattr(candidate, "parse_cv", fragile_parse)
    pool = run_batch(tmp_path, files, {"crash.txt": b"Someone\nTRIGGER-PARSER-BUG\n"})
    status, code, reason = status_of(pool, "crash")
    assert (status, code) == ("error", "parser_failed")
    assert "IndexError" in reason


def test_duplicate_candidates_are_dropped_or_flagged(tmp_path: Path, files: type) -> None:
    """An identical copy leaves the profiles with a 'duplicate of' warning; the same person twice is flagged."""
    copy = files.text_pdf(PDF_CV.replace("Cleo Marchetti", "Alma Duarte\nalma.duarte@example.org"))
    zoe = "Zoë Núñez\nzoe.nunez@example.org\nLecturer, Example University\n"
    pool = run_batch(
        tmp_path,
        files,
        {
            "alice.pdf": copy,
            "alice_copy.pdf": copy,
            "zoe_2024.txt": zoe.encode(),
            "zoe_2025.txt": zoe.replace("Zoë Núñez\nzoe", "ZOË NÚÑEZ\nZoe")
            .replace("Lecturer", "Reader")
            .encode(),
        },
    )
    assert "alice" in pool.profiles.candidates.index
    assert "alice-copy" not in pool.profiles.candidates.index
    assert status_of(pool, "alice-copy") == ("warning", "duplicate", "duplicate of alice.pdf")
    assert {"zoe-2024", "zoe-2025"} <= set(pool.profiles.candidates.index)
    assert "possibly the same person as zoe_2025.txt" in status_of(pool, "zoe-2024")[2]
    assert "possibly the same person as zoe_2024.txt" in status_of(pool, "zoe-2025")[2]


def test_ligatures_and_hyphenation_are_normalised_before_matching(tmp_path: Path, files: type) -> None:
    """Ligatures (ﬁ, ﬀ, ﬃ) and words split at line ends are undone before titles, interests and venues are matched."""
    from scoring.topic import analyse

    cv = (
        "Ida Lindqvist\nAssistant Professor, Example University\n\nRESEARCH INTERESTS\n"
        "Eﬃcient opti-\nmization and classiﬁcation\n\nPUBLICATIONS\n"
        '[1] I. Lindqvist. "Eﬃcient stochastic opti-\nmization for sparse classiﬁers." In Proceedings of the '
        "AAAI Conference on Artiﬁcial Intelligence (AAAI), 2023.\n"
        '[2] I. Lindqvist. "Eﬀective ﬂows." In International Conference on Machine Learning (ICML), 2022.\n'
    )
    pool = run_batch(tmp_path, files, {"lig.txt": cv.encode()})
    parsed = pool.parsed["lig"]
    assert [p.title for p in parsed.publications] == [
        "Efficient stochastic optimization for sparse classifiers",
        "Effective flows",
    ]
    assert parsed.publications[0].venue == "Proceedings of the AAAI Conference on Artificial Intelligence"
    assert "Efficient optimization" in (parsed.research_interests or "")
    # the raw text (the topic fallback for a CV without interests or papers) meets the same terms
    assert {"efficient", "optimization", "classification"} <= set(analyse(parsed.text))
    config = default_config()
    tiers = score(pool.profiles, config).profiles.publications.set_index("title")["tier"]
    assert tiers["Efficient stochastic optimization for sparse classifiers"] != "unranked"


_BIB = r"""@string{a = b}
@string{b = a}
@string{conf = "Proceedings of " # conf}
@article{roe2021,
  author = {Roe, Jane and M{\"u}ller, Zo{\"e} and Ca{\~n}ete, J{\'o}se and {\O}stergaard, Kai},
  title = {Accented widgets},
  journal = {Journal of Widgets},
  year = {2021},
}
@article{broken,
  author = {Roe, Jane},
  title = {Unbalanced {braces here,
  journal = {Journal of Widgets},
  year = {2020},
}
@inproceedings{roe2021,
  author = {Roe, Jane},
  title = {Second entry with the same key},
  booktitle = {International Conference on Machine Learning (ICML)},
  year = {2022},
}
@inproceedings{loop,
  author = {Roe, Jane},
  title = {Recursive strings},
  booktitle = a # conf,
  year = {2019},
}
@inproceedings{roe2023,
  author = {Roe, Jane},
  title = {After the mess},
  booktitle = {International Conference on Machine Learning (ICML)},
  year = {2023},
}
"""


def _bib_batch(tmp_path: Path, files: type, bib: str) -> Pool:
    return run_batch(
        tmp_path,
        files,
        {
            "roe/cv.txt": b"Jane Roe\nAssistant Professor, Example University\n",
            "roe/pubs.bib": bib.encode(),
        },
    )


def test_bibtex_edge_cases_keep_good_entries_without_hanging(tmp_path: Path, files: type) -> None:
    """Unbalanced braces, a duplicate key and recursive @string neither hang nor lose the good entries."""
    start = time.perf_counter()
    pool = _bib_batch(tmp_path, files, _BIB)
    assert time.perf_counter() - start < 20
    assert status_of(pool, "roe")[0] in {"ok", "warning"}
    pubs = {p.title: p for p in pool.parsed["roe"].publications}
    assert {"Accented widgets", "After the mess", "Recursive strings"} <= set(pubs)
    assert pubs["Accented widgets"].authors == ["Roe, Jane", "Müller, Zoë", "Cañete, Jóse", "Østergaard, Kai"]
    assert pubs["After the mess"].venue_acronym == "ICML"


def test_bibtex_failed_blocks_and_duplicate_keys_are_reported(tmp_path: Path, files: type) -> None:
    """A .bib entry that cannot be parsed, and one whose key repeats, are named in a warning, not lost silently."""
    pool = _bib_batch(tmp_path, files, _BIB)
    row = next(f for f in pool.files if f.path.endswith("pubs.bib"))
    assert row.status == "warning"
    assert "roe2021" in row.reason
    assert "broken" in row.reason or "line 10" in row.reason


def test_bibtex_letter_accents_without_braces_are_decoded(tmp_path: Path, files: type) -> None:
    """Letter accents written the BibTeX way, ``{\\v r}``, ``{\\H o}``, ``{\\c c}``, are decoded too."""
    bib = _BIB.replace(
        r"{\O}stergaard, Kai", r"Dvo{\v r}{\'a}k, Ana and Erd{\H o}s, Pal and Fran{\c c}ois, Luc"
    )
    pool = _bib_batch(tmp_path, files, bib)
    authors = next(p.authors for p in pool.parsed["roe"].publications if p.title == "Accented widgets")
    assert authors[-3:] == ["Dvořák, Ana", "Erdős, Pal", "François, Luc"]


def test_pdf_to_markdown_latex_remnants_give_clean_venues(tmp_path: Path, files: type) -> None:
    """``${\\rm ICML}$``, ``${}^{*}$`` and ``Proc.~{\\em NeurIPS}`` are cleaned before venues are matched."""
    cv = (
        "# Rhea Castellanos\n\nResearch Scientist, Example Labs\n\n## Publications\n\n"
        "1. R. Castellanos${}^{*}$, T. Abe${}^{*}$. Robust widgets under shift. In ${\\rm ICML}$, 2022.\n"
        "2. R. Castellanos. Sparse routing for transformers. Proc.~{\\em NeurIPS}, 2023.\n"
        "3. R. Castellanos and T. Abe. Calibrated widgets. In *Proc.~of ${\\rm ICLR}$*, 2024.\n"
    )
    pool = run_batch(tmp_path, files, {"remnants.md": cv.encode()})
    pubs = pool.parsed["remnants"].publications
    assert [p.title for p in pubs] == [
        "Robust widgets under shift",
        "Sparse routing for transformers",
        "Calibrated widgets",
    ]
    assert pubs[0].authors == ["R. Castellanos", "T. Abe"]
    for p in pubs:
        assert not any(c in (p.venue or "") for c in "${}\\~^*"), p.venue
    scored = score(pool.profiles, default_config()).profiles.publications
    tiers = scored[scored["candidate_id"] == "remnants"].set_index("title")["tier"]
    assert len(tiers) == 3
    assert (tiers != "unranked").all(), tiers.to_dict()
