"""One candidate from several files: a CV and the .bib it points to."""

from __future__ import annotations

from pathlib import Path

from scoring.ingest.candidate import candidate_files, load_candidate

_TEX = r"""\documentclass{moderncv}
\name{Jane}{Roe}
\addbibresource{pubs.bib}
\begin{document}
\section{Publications}
\nocite{*}
\printbibliography[heading=subbibliography,title={Papers},type=article]
\end{document}
"""
_BIB = r"""@article{a, author = {Doe, Bo and Roe, Jane}, title = {Widgets in the wild}, journal = {J. W.}, year = {2020}}
@article{b, author = {Roe, Jane}, title = {Gadgets}, journal = {J. G.}, year = {2019}}
"""


def test_bib_referenced_by_a_single_cv_file_joins_it(tmp_path: Path) -> None:
    """A .tex CV that names a .bib beside it is read together with that .bib."""
    (tmp_path / "roe.tex").write_text(_TEX)
    (tmp_path / "pubs.bib").write_text(_BIB)
    assert [f.name for f in candidate_files(tmp_path / "roe.tex")] == ["roe.tex", "pubs.bib"]
    cv = load_candidate(tmp_path / "roe.tex")
    assert sorted(p.title for p in cv.publications) == ["Gadgets", "Widgets in the wild"]
    assert not any("no publication section" in w for w in cv.warnings)


def test_folder_merge_drops_repeats_and_finds_positions(tmp_path: Path) -> None:
    """A folder with a text CV and a .bib listing the same paper keeps it once, with the CV's line."""
    folder = tmp_path / "roe"
    folder.mkdir()
    (folder / "cv.md").write_text(
        "# Jane Roe\n\n## Publications\n\n- Bo Doe, Jane Roe. Widgets in the wild. J. W., 2020.\n"
    )
    (folder / "refs.bib").write_text(_BIB)
    cv = load_candidate(folder)
    titles = [p.title for p in cv.publications]
    assert sorted(titles) == ["Gadgets", "Widgets in the wild"]
    wild = next(p for p in cv.publications if p.title == "Widgets in the wild")
    assert wild.source_line == 5
    assert all(p.candidate_author_position is not None for p in cv.publications)
    assert next(p for p in cv.publications if p.title == "Gadgets").candidate_author_position == 1


def test_bib_cited_by_a_cv_beside_it_is_not_a_candidate_of_its_own(tmp_path: Path) -> None:
    """A .tex and the .bib it cites, loose in the applicant folder, are one candidate; an uncited .bib is another."""
    from scoring.ingest.pool import candidate_paths

    (tmp_path / "vale_cv.tex").write_text(
        "\\section{Publications}\n\\bibliography{vale_pubs}\n", encoding="utf-8"
    )
    (tmp_path / "vale_pubs.bib").write_text("@article{a, title={T}, year={2020}}\n", encoding="utf-8")
    (tmp_path / "pim.bib").write_text("@article{b, title={U}, year={2021}}\n", encoding="utf-8")
    assert [p.name for p in candidate_paths(tmp_path)] == ["pim.bib", "vale_cv.tex"]


_FILTERED_TEX = r"""\documentclass{moderncv}
\name{Jane}{Roe}
\addbibresource{pubs.bib}
\begin{document}
\section{Publications}
\nocite{*}
\printbibliography[heading=subbibliography,title={Conference Papers},keyword=conf,notkeyword=cited]
\printbibliography[heading=subbibliography,title={Journal Articles},keyword=%s]
\end{document}
"""
_TAGGED_BIB = r"""@inproceedings{a, author = {Roe, Jane}, title = {Widgets at scale}, booktitle = {Proc. WC}, year = {2021}, keywords = {conf}}
@article{b, author = {Roe, Jane}, title = {Gadgets}, journal = {J. G.}, year = {2019}, keywords = {journal}}
@inproceedings{c, author = {Poe, Ann}, title = {Sprockets}, booktitle = {Proc. WC}, year = {2020}, keywords = {conf, cited}}
@article{d, author = {Doe, Bo}, title = {Cogs}, journal = {J. G.}, year = {2018}, keywords = {background}}
"""


def _tagged_candidate(tmp_path: Path, tex: str) -> list[str]:
    (tmp_path / "roe.tex").write_text(tex)
    (tmp_path / "pubs.bib").write_text(_TAGGED_BIB)
    return sorted(p.title for p in load_candidate(tmp_path).publications)


def test_bib_entries_no_filtered_section_prints_are_dropped(tmp_path: Path) -> None:
    """With keyword-filtered \\printbibliography sections only, an entry none of them shows is not counted."""
    assert _tagged_candidate(tmp_path, _FILTERED_TEX % "journal") == ["Gadgets", "Widgets at scale"]


def test_unfiltered_or_unread_bibliography_section_keeps_every_entry(tmp_path: Path) -> None:
    """A \\printbibliography with no filter, or with one not read (category), may print any entry."""
    every = ["Cogs", "Gadgets", "Sprockets", "Widgets at scale"]
    assert _tagged_candidate(tmp_path, _FILTERED_TEX.replace("keyword=%s", "")) == every
    assert _tagged_candidate(tmp_path, _FILTERED_TEX.replace("keyword=%s", "category=mine")) == every


def test_keyword_added_by_a_source_map_may_be_on_any_entry(tmp_path: Path) -> None:
    """A section filtered on a keyword a source map adds ("me") is not known to leave entries out."""
    tex = _FILTERED_TEX.replace(
        r"\begin{document}",
        r"\DeclareSourcemap{\maps{\map{\step[fieldsource=author,match={Roe}]\step[fieldset=keywords,fieldvalue={,me},appendstrict]}}}"
        "\n" + r"\begin{document}",
    )
    assert _tagged_candidate(tmp_path, tex % "me") == ["Cogs", "Gadgets", "Sprockets", "Widgets at scale"]
