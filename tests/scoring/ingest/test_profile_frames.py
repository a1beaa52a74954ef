"""A pool kept as frames only: built in chunks, edited as frames, read back as ParsedCV records."""

from __future__ import annotations

import pandas as pd

from scoring.ingest.profile_frames import ParsedView, drop_candidates, join_in_order, rename_candidates
from scoring.model import Award, ParsedCV, Profiles, ProfilesBuilder, Publication, to_frames


def _cv(i: int) -> ParsedCV:
    """A small, fictional profile whose size and fields vary with *i*."""
    return ParsedCV(
        name=f"Wren Halloway {i}" if i % 4 else None,
        email=f"wren{i}@example.org" if i % 3 else None,
        current_position="Lecturer, Example University" if i % 2 else None,
        phd_institution="University of Nowhere",
        phd_year=2010 + i if i % 2 else None,
        research_interests=f"topic {i}",
        publications=[
            Publication(
                title=f"Paper {i}.{j}",
                authors=["W. Halloway", f"Co Author{j}"] if j % 2 else [],
                candidate_author_position=1 if j % 2 else None,
                venue="Journal of Examples" if j % 3 else None,
                venue_acronym="JEX" if j % 3 else None,
                year=2015 + j,
                type=("journal", "conference", "preprint")[j % 3],
                source_line=10 + j,
                source_text=f"[{j}] Paper {i}.{j}",
                note="Oral" if j == 1 else None,
            )
            for j in range(i % 5)
        ],
        awards=[Award(name=f"Prize {i}", year=2020, source_line=3, source_text=f"Prize {i}, 2020")] * (i % 2),
        warnings=["no e-mail found"] if i % 3 == 0 else [],
        source_files=[f"cv{i}.pdf"],
        text=f"Wren Halloway {i}\nfull text of the CV\n" * (i + 1),
    )


PAIRS = [(f"c{i:02d}", _cv(i)) for i in range(11)]


def _assert_same(a: Profiles, b: Profiles) -> None:
    pd.testing.assert_frame_equal(a.candidates, b.candidates)
    pd.testing.assert_frame_equal(a.publications, b.publications)
    pd.testing.assert_frame_equal(a.awards, b.awards)


def test_chunked_build_equals_one_chunk() -> None:
    """Frames built three candidates at a time equal frames built in one go, ids and order included."""
    small = ProfilesBuilder(chunk=3)
    whole = ProfilesBuilder(chunk=1000)
    for cid, cv in PAIRS:
        small.add(cid, cv)
        whole.add(cid, cv)
    assert len(small) == len(PAIRS)
    chunked = small.build()
    _assert_same(chunked, whole.build())
    assert chunked.publications["pub_id"].tolist() == list(range(len(chunked.publications)))


def test_view_gives_back_the_parsed_records() -> None:
    """Every record read back from the frames equals the one that went in (a missing name stays missing)."""
    view = ParsedView(to_frames(PAIRS))
    assert list(view) == [cid for cid, _ in PAIRS]
    assert len(view) == len(PAIRS)
    for cid, cv in PAIRS:
        assert view[cid] == cv
    assert "nobody" not in view


def test_dropping_candidates_equals_never_adding_them() -> None:
    """Frames without some candidates equal frames built from the others, ids renumbered."""
    gone = {"c01", "c04", "c07"}
    _assert_same(drop_candidates(to_frames(PAIRS), gone), to_frames([p for p in PAIRS if p[0] not in gone]))


def test_joining_parts_follows_the_given_order() -> None:
    """Two pools joined in an interleaved order equal one pool built in that order."""
    order = [cid for cid, _ in PAIRS]
    odd, even = PAIRS[1::2], PAIRS[::2]
    _assert_same(join_in_order([to_frames(odd), to_frames(even)], order), to_frames(PAIRS))


def test_renamed_candidates_carry_their_rows() -> None:
    """Renaming an id renames it in the index and in every publication and award row."""
    renamed = rename_candidates(to_frames(PAIRS[:3]), {"c01": "c01-2"})
    _assert_same(renamed, to_frames([PAIRS[0], ("c01-2", PAIRS[1][1]), PAIRS[2]]))


def test_loading_a_pool_gives_arrow_strings_to_the_trimmed_allocator(tmp_path) -> None:
    """After a load, pyarrow allocates with malloc, whose freed pages the pool hands back to the system."""
    import pyarrow

    from scoring.ingest.pool import load_pool

    (tmp_path / "roe.txt").write_text("Jane Roe\n\nPublications\n1. J. Roe. Widgets. In ICML, 2020.\n")
    pyarrow.set_memory_pool(pyarrow.mimalloc_memory_pool())
    pool = load_pool([tmp_path / "roe.txt"], workers=1)
    assert len(pool.profiles.publications) == 1
    assert pyarrow.default_memory_pool().backend_name == "system"
