"""Ranking page: weights reorder the table, ticks build the shortlist, the charts are drawn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import cached


def _order(at: AppTest) -> list[str]:
    return at.data_editor[0].value["label"].tolist()


def _weights(at: AppTest, **weights: float) -> None:
    for name, weight in weights.items():
        at.slider(key=f"settings.criteria.{name}.weight").set_value(weight)
    at.run()


def test_weights_change_the_order(app: Callable[..., AppTest]) -> None:
    """Weighting only awards puts the award-rich candidate first; weighting only papers, the prolific one."""
    at = app("views/settings.py")
    _weights(at, awards=1.0, tier_publications=0.0, topic_match=0.0)
    at.switch_page("views/ranking.py").run()
    assert _order(at)[0] == "Bastien Ferrow"
    at.switch_page("views/settings.py").run()
    _weights(at, awards=0.0, tier_publications=1.0)
    at.switch_page("views/ranking.py").run()
    assert _order(at)[0] == "Orla Quennell"


def test_weights_survive_a_page_change(app: Callable[..., AppTest]) -> None:
    """A weight moved on Settings is still there after visiting another page and coming back."""
    at = app("views/settings.py")
    _weights(at, awards=0.85)
    at.switch_page("views/ranking.py").run()
    at.switch_page("views/settings.py").run()
    assert at.slider(key="settings.criteria.awards.weight").value == 0.85
    assert at.session_state["config"].weights()["awards"] == 0.85


def test_ticking_a_row_shortlists_that_candidate(app: Callable[..., AppTest]) -> None:
    """Ticking the shortlist box of the second row adds exactly that candidate to the shortlist."""
    at = app()
    second = at.data_editor[0].value["label"].iloc[1]
    at.session_state["ranking.table.v0"] = {"edited_rows": {1: {"shortlisted": True}}, "added_rows": [],
                                            "deleted_rows": []}
    at.run()
    assert not at.exception
    table = at.data_editor[0].value
    assert table.loc[table["shortlisted"], "label"].tolist() == [second]
    assert len(at.session_state["shortlist"]) == 1


_TABS = ["Contributions", "Topic vs publications", "Publications per year", "Tier mix", "Rank stability"]


def test_ranking_draws_each_tab_chart_and_a_download(app: Callable[..., AppTest]) -> None:
    """Each chart tab, once opened, draws its plotly chart, and the page offers a CSV download of the shortlist."""
    at = app()
    assert at.get("download_button")
    for tab in _TABS:
        at.session_state["ranking.tabs"] = tab
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert len(at.get("plotly_chart")) == 1, tab  # only the open tab runs


def test_a_weight_change_recomputes_neither_summary_nor_stability(
        app: Callable[..., AppTest], monkeypatch: pytest.MonkeyPatch) -> None:
    """Moving a weight re-ranks without recounting the pool, and rank stability runs only while its tab is open."""
    calls = {"summary": 0, "sensitivity": 0}

    def counting(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return fn(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(cached, "candidate_summary", counting("summary", cached.candidate_summary))
    monkeypatch.setattr(cached, "rank_sensitivity", counting("sensitivity", cached.rank_sensitivity))
    at = app("views/settings.py")
    at.switch_page("views/ranking.py").run()
    assert calls == {"summary": 1, "sensitivity": 0}
    for weight in (0.2, 0.7):
        at.switch_page("views/settings.py").run()
        _weights(at, awards=weight)
        at.switch_page("views/ranking.py").run()
        assert not at.exception, [e.value for e in at.exception]
    assert calls == {"summary": 1, "sensitivity": 0}
    at.session_state["ranking.tabs"] = "Rank stability"
    at.run()
    assert calls == {"summary": 1, "sensitivity": 1}


def test_a_description_edit_rescores_only_the_topic(
        app: Callable[..., AppTest], monkeypatch: pytest.MonkeyPatch) -> None:
    """Editing the group description re-runs the topic criterion on the earlier scores, not every criterion."""
    calls = {"score": 0, "rescore": 0}

    def counting(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return fn(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(cached, "score", counting("score", cached.score))
    monkeypatch.setattr(cached, "rescore_description", counting("rescore", cached.rescore_description))
    at = app("views/settings.py")
    before = calls["score"]
    at.text_area(key="settings.description").set_value("Coral reef ecology and ocean warming").run()
    at.switch_page("views/ranking.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert calls["score"] == before
    assert calls["rescore"] >= 1


def test_a_weight_change_reuses_the_scored_pool(app: Callable[..., AppTest], monkeypatch: pytest.MonkeyPatch) -> None:
    """Moving a weight ranks the same scored pool object again, with no new corrections, filters or labels."""
    calls = {"corrections": 0, "filters": 0, "labels": 0}
    seen: list[int] = []

    def counting(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return fn(*args, **kwargs)
        return wrapped

    def ranking(scored: Any, config: Any) -> Any:
        seen.append(id(scored))
        return real_rank(scored, config)

    real_rank = cached.rank
    monkeypatch.setattr(cached, "apply_corrections", counting("corrections", cached.apply_corrections))
    monkeypatch.setattr(cached, "filter_reasons", counting("filters", cached.filter_reasons))
    monkeypatch.setattr(cached, "display_labels", counting("labels", cached.display_labels))
    monkeypatch.setattr(cached, "rank", ranking)
    at = app("views/settings.py")
    at.switch_page("views/ranking.py").run()
    first = dict(calls)
    orders = []
    for weight in (0.0, 1.0):
        at.switch_page("views/settings.py").run()
        _weights(at, awards=weight, tier_publications=1.0 - weight, topic_match=0.0)
        at.switch_page("views/ranking.py").run()
        assert not at.exception, [e.value for e in at.exception]
        orders.append(_order(at))
    assert calls == first
    assert len(set(seen)) == 1
    assert orders[0] != orders[1]  # the table still follows the weights


def test_the_first_slider_move_keeps_scores_of_a_toml_in_another_order(
        app: Callable[..., AppTest], pool_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A search.toml listing a criterion's parameters in another order than the form is not re-scored on a weight move."""
    toml = (pool_dir / "search.toml").read_text(encoding="utf-8")
    (pool_dir / "search.toml").write_text(
        toml.replace("[criteria.tier_publications]\nweight = 0.5\n",
                     "[criteria.tier_publications]\nweight = 0.5\nper_year = true\nsince_years = 6\n"),
        encoding="utf-8")
    calls = {"score": 0}

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls["score"] += 1
        return real_score(*args, **kwargs)

    real_score = cached.score
    monkeypatch.setattr(cached, "score", counting)
    at = app("views/settings.py")
    assert at.session_state["config"].spec("tier_publications").params == {"per_year": True, "since_years": 6}
    before = calls["score"]
    _weights(at, awards=0.6)
    at.switch_page("views/ranking.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert calls["score"] == before
