"""Venue strings resolve to the right venue row, and near misses are refused."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.venues import load_table, resolve_many, resolve_one
from scoring.venues.resolve import ACCEPT


def _acronym(text: str) -> str | None:
    table = load_table()
    res = resolve_many([text], table)[text]
    return (
        None if res.row is None else str(table.rows.at[res.row, "acronym"] or table.rows.at[res.row, "name"])
    )


@pytest.mark.parametrize(
    ("printed", "venue", "how"),
    [
        ("International Conference on Learning Representations (ICLR), 2024", "ICLR", "exact"),
        ("NeurIPS'21", "NeurIPS", "acronym"),
        ("${\\rm ICML}$ 2019", "ICML", "acronym"),
        ("NIPS 2016", "NeurIPS", "acronym"),
        (
            "Proc Natl Acad Sci U S A",
            "Proceedings of the National Academy of Sciences of the United States of America",
            "exact",
        ),
        ("Ann. Statist. 47 (2019), no. 2", "Annals of Statistics", "exact"),
        ("International Conference on Machine Learning and Applications", "ICMLA", "exact"),
        ("Proc. SC'22", "SC", "acronym"),
        ("Applied Soft Computing", "Applied Soft Computing Journal", "alias"),
        ("Journal of Machine Learnign Research", "JMLR", "fuzzy"),
    ],
)
def test_printed_venues_resolve_and_say_how(printed: str, venue: str, how: str) -> None:
    """Each printed form reaches its venue, and the match kind names the step that found it."""
    table = load_table()
    res = resolve_many([printed], table)[printed]
    assert res.row is not None
    assert venue in {table.rows.at[res.row, "acronym"], table.rows.at[res.row, "name"]}
    assert res.how == how
    assert res.confidence >= ACCEPT


@pytest.mark.parametrize(
    "printed",
    [
        "International Conference on Machine Learning and Quantum Widgets",
        "Internationl Conference on Machine Learning Widgets",
        "Journal of Imaginary Results",
        "ACM eEnergy",
    ],
)
def test_near_misses_are_refused(printed: str) -> None:
    """A name with a word the venue lacks (or a one-word guess) is left unresolved."""
    res = resolve_many([printed])[printed]
    assert res.row is None
    assert res.how == "none"
    assert res.confidence < ACCEPT


def test_refused_match_keeps_its_best_guess_for_the_committee() -> None:
    """A refused fuzzy match still names the closest venue, with low confidence."""
    res = resolve_many(["Intl Conference on Machine Learning and Quantum Widgets"])[
        "Intl Conference on Machine Learning and Quantum Widgets"
    ]
    assert res.row is None
    assert res.guess is not None
    assert res.confidence <= 0.6


@pytest.mark.parametrize(
    ("printed", "host", "track"),
    [
        ("Workshop on Theory of Deep Learning at ICML 2021", "ICML", "side"),
        ("ICML 2022 Workshop on Adaptive Experimental Design", "ICML", "side"),
        ("Findings of the Association for Computational Linguistics: EMNLP 2021", "EMNLP", "findings"),
        ("Findings of ACL 2023", "ACL", "findings"),
        ("Proceedings of the 58th Annual Meeting of the ACL: System Demonstrations", "ACL", "side"),
        ("NeurIPS Datasets & Benchmarks Track", "NeurIPS", "side"),
    ],
)
def test_workshops_findings_and_side_tracks_keep_their_host_apart(
    printed: str, host: str, track: str
) -> None:
    """A workshop at ICML or Findings of ACL points to its host but is never on the main track."""
    table = load_table()
    res = resolve_one(printed, table)
    assert res.track == track
    assert res.row is not None
    assert table.rows.at[res.row, "acronym"] == host


def test_a_workshop_the_table_knows_is_its_own_venue() -> None:
    """ALENEX is a ranked meeting called a workshop: it resolves to itself, main track."""
    table = load_table()
    res = resolve_one("Workshop on Algorithm Engineering and Experiments (ALENEX 2020)", table)
    assert res.track == "main"
    assert table.rows.at[res.row, "acronym"] == "ALENEX"


@pytest.mark.parametrize(
    "printed",
    ["arXiv preprint arXiv:2101.00001", "CoRR abs/1512.03385", "bioRxiv", "Under review at NeurIPS 2024"],
)
def test_preprints_are_their_own_bucket(printed: str) -> None:
    """Preprint servers and "under review" never count as the venue they mention."""
    res = resolve_one(printed)
    assert (res.track, res.how, res.row) == ("preprint", "preprint", None)


def test_resolve_many_answers_every_distinct_input_once() -> None:
    """Duplicates and empty values collapse; the result has one entry per distinct string."""
    out = resolve_many(["ICML 2019", "ICML 2019", None, "", "COLT"])
    assert set(out) == {"ICML 2019", "", "COLT"}
    assert out[""].how == "none"


def test_ambiguous_acronym_prefers_the_ranked_conference_and_says_so() -> None:
    """CSCW names a conference and a journal: the ranked conference wins, with lower confidence."""
    table = load_table()
    res = resolve_one("CSCW 2020", table)
    assert table.rows.at[res.row, "kind"] == "conference"
    assert res.confidence < 0.95


def test_years_ordinals_pages_and_volumes_never_change_the_venue() -> None:
    """For 300 ranked venues, decorated forms resolve to the same row as the bare name."""
    table = load_table()
    rows = table.rows
    ranked = rows.index[rows["core_rank"].isin(["A*", "A", "B"]) | (rows["sjr_quartile"] == "Q1")].tolist()
    for i in random.Random(7).sample(ranked, 300):
        name = table.names[i]
        forms = [
            name,
            f"Proceedings of the 12th {name}, pp. 1-10, 2019",
            f"{name} 2021",
            f"{name}, vol. 3, no. 2",
        ]
        resolved = resolve_many(forms, table)
        assert len({resolved[f].row for f in forms}) == 1, name


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=5))
def test_any_text_resolves_without_error(texts: list[str]) -> None:
    """Arbitrary text (LaTeX, Unicode, punctuation) gives a resolution with confidence in [0, 1]."""
    table = load_table()
    for res in resolve_many(texts, table).values():
        assert 0.0 <= res.confidence <= 1.0
        assert res.how in {"exact", "alias", "acronym", "fuzzy", "preprint", "none"}
        assert res.row is None or 0 <= res.row < len(table.rows)


def test_no_venue_strings_stay_cached_after_a_call() -> None:
    """The key cache is emptied once a batch is resolved, so CV strings do not linger in memory."""
    from scoring.venues.normalise import name_key

    resolve_many(["A Venue Nobody Else Prints 2031"])
    assert name_key.cache_info().currsize == 0
