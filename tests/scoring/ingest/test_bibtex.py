"""BibTeX files as publication lists, and the .bib files a CV points to."""

from __future__ import annotations

from scoring.ingest.bibtex import bib_references, dedupe_publications, parse_bibtex
from scoring.model import Publication

_BIB = r"""% a comment line that is not an entry
@article{roe2020,
  author = {Roe, Jane A. and Doe, Bo and M{\"u}ller, Cy},
  title = {{Widgets in the wild}},
  journal = {Journal of Widgets},
  year = {2020},
}

@inproceedings{roe2019,
  author = {Jane Roe and Bo Doe},
  title = {Fast widgets},
  booktitle = {Proceedings of the Widget Conference (WiCo)},
  date = {2019-06-01},
}

@inbook{roe2018,
  author = {Roe, Jane},
  title = {Widgets at a meeting},
  booktitle = {Proceedings of the 40th Annual Meeting of the Widget Society},
  year = {2018},
}

@incollection{roe2017,
  author = {Roe, Jane},
  title = {A chapter on widgets},
  booktitle = {Handbook of Widgets},
  year = {2017},
}

@unpublished{roe2024,
  author = {Roe, Jane},
  title = {Widgets, submitted},
  pubstate = {submitted},
}

@unpublished{roe2016talk,
  author = {Roe, Jane},
  title = {A talk on widgets},
  note = {Talk presented at the Widget Meeting},
  year = {2016},
}
"""


def test_entry_types_become_publication_types() -> None:
    """Each BibTeX entry type maps to a publication type; proceedings books are conferences."""
    pubs = {p.title: p for p in parse_bibtex(_BIB)}
    assert pubs["Widgets in the wild"].type == "journal"
    assert pubs["Fast widgets"].type == "conference"
    assert pubs["Widgets at a meeting"].type == "conference"
    assert pubs["A chapter on widgets"].type == "chapter"
    assert pubs["Widgets, submitted"].type == "preprint"


def test_presentations_are_left_out() -> None:
    """Talks and posters "presented at" a meeting are not publications."""
    assert "A talk on widgets" not in {p.title for p in parse_bibtex(_BIB)}


def test_fields_years_authors_and_lines() -> None:
    """Years come from year or date, authors keep their order, and the entry line is kept."""
    pubs = {p.title: p for p in parse_bibtex(_BIB)}
    assert pubs["Widgets in the wild"].authors == ["Roe, Jane A.", "Doe, Bo", "Müller, Cy"]
    assert pubs["Fast widgets"].year == 2019
    assert pubs["Fast widgets"].venue_acronym == "WiCo"
    assert pubs["Widgets, submitted"].year is None
    assert pubs["Widgets in the wild"].source_line == 2


def test_bib_references() -> None:
    """\\bibliography, \\addbibresource and a YAML bibliography key all name .bib files."""
    text = "\\bibliography{pubs,more}\n\\addbibresource{extra.bib}\nbibliography: refs.bib\n"
    assert bib_references(text) == ["pubs.bib", "more.bib", "extra.bib", "refs.bib"]


def test_dedupe_keeps_first() -> None:
    """The same title, type and year twice is kept once; a different year is a different work."""
    pubs = [
        Publication("Widgets!", year=2020, type="journal"),
        Publication("widgets", year=2020, type="journal"),
        Publication("Widgets", year=2021, type="journal"),
    ]
    assert [p.title for p in dedupe_publications(pubs)] == ["Widgets!", "Widgets"]


def test_preprint_note_and_book_publisher_give_the_venue() -> None:
    """An @unpublished entry with an arXiv note is on arXiv; a @book without a series venue names its publisher."""
    bib = (
        "@unpublished{a, author = {Vale, Rhys}, title = {Harbour tides}, note = {arXiv:2401.00001}, year = {2024}}\n"
        "@book{b, author = {Vale, Rhys}, title = {Lectures on Tides}, publisher = {Porthaven Press}, year = {2020}}\n"
    )
    got = {p.title: (p.venue, p.type) for p in parse_bibtex(bib)}
    assert got == {"Harbour tides": ("arXiv", "preprint"), "Lectures on Tides": ("Porthaven Press", "book")}


def test_misc_arxiv_eprints_are_preprints() -> None:
    """A @misc with an arXiv eprint (archivePrefix, a bare identifier or howpublished) is a preprint."""
    bib = r"""
@misc{a, author = {Roe, Jane and Poe, Ann}, title = {Widgets as programs}, year = {2025},
  eprint = {2501.01234}, archivePrefix = {arXiv}, primaryClass = {cs.LG}}
@misc{b, author = {Roe, Jane}, title = {Widgets by number}, year = {2024}, eprint = {2401.04321v2}}
@misc{c, author = {Roe, Jane}, title = {Widgets in print}, year = {2023}, howpublished = {arXiv preprint arXiv:2301.00001}}
@misc{d, author = {Roe, Jane}, title = {Widgets on a blog}, year = {2023}, howpublished = {Blog post}}
"""
    got = {p.title: (p.type, p.venue) for p in parse_bibtex(bib)}
    assert got["Widgets as programs"] == ("preprint", "arXiv")
    assert got["Widgets by number"] == ("preprint", "arXiv")
    assert got["Widgets in print"][0] == "preprint"
    assert got["Widgets on a blog"][0] == "other"


def test_field_names_ignore_case() -> None:
    """BibTeX field names are case-insensitive: "Author", "Title", "ArchivePrefix" are read."""
    bib = "@MISC{x, Author = {Roe, Jane and Doe, Bo}, Title = {Capital fields}, Year = {2022}, Eprint = {2201.1}, ArchivePrefix = {arXiv}}"
    (pub,) = parse_bibtex(bib)
    assert (pub.title, pub.authors, pub.year, pub.type) == (
        "Capital fields",
        ["Roe, Jane", "Doe, Bo"],
        2022,
        "preprint",
    )


def test_misc_patent_preprint_server_venues_and_non_paper_tracks() -> None:
    """A @misc patent is a patent, a howpublished arXiv line or a LingBuzz note names the server, and
    poster and course tracks of a conference are other."""
    text = r"""
@misc{p, author = {Vale, Rhys}, title = {Tide gauge with a float}, howpublished = {U.S. Patent 10,111,222}, year = {2021}}
@misc{a, author = {Vale, Rhys}, title = {Tidal priors}, howpublished = {arXiv preprint arXiv:2401.00001}, year = {2024}}
@unpublished{l, author = {Nguy{\~{\^e}}n, Rhys}, title = {Tone in harbour speech}, note = {Manuscript. lingbuzz/001234}, year = {2025}}
@inproceedings{s, author = {Vale, Rhys}, title = {Tide lamps}, booktitle = {ACM SIGGRAPH 2024 Posters}, year = {2024}}
@inproceedings{c, author = {Vale, Rhys}, title = {Tides in practice}, booktitle = {ACM SIGGRAPH 2019 Courses}, year = {2019}}
"""
    got = {p.title: (p.type, p.venue) for p in parse_bibtex(text)}
    assert got["Tide gauge with a float"][0] == "patent"
    assert got["Tidal priors"] == ("preprint", "arXiv")
    assert got["Tone in harbour speech"] == ("preprint", "LingBuzz")
    assert got["Tide lamps"][0] == "other"
    assert got["Tides in practice"][0] == "other"
