"""Components on their own: the edit-once data editor and the criterion form."""

from __future__ import annotations

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard.components import editor


def _editor_app() -> None:
    import pandas as pd
    import streamlit as st

    from dashboard.components import editor

    rows = st.session_state.setdefault("rows", ["a"])
    change = editor.show(pd.DataFrame({"item": rows}), key="demo", num_rows="dynamic")
    if change is not None:
        st.session_state["rows"] = editor.apply_change(pd.DataFrame({"item": rows}), change)["item"].tolist()
        st.rerun()


def test_an_added_row_is_applied_once() -> None:
    """A row added in the editor lands in state once, and the next runs do not add it again."""
    at = AppTest.from_function(_editor_app, default_timeout=60).run()
    at.session_state[editor.widget_key("demo")] = {"edited_rows": {}, "added_rows": [{"item": "b"}],
                                                   "deleted_rows": []}
    at.run()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["rows"] == ["a", "b"]
    assert at.session_state["demo.version"] == 1


def test_apply_change_edits_deletes_and_appends() -> None:
    """Edited cells change, deleted rows go, added rows come last, in a fresh index."""
    frame = pd.DataFrame({"venue": ["X", "Y", "Z"], "tier": ["A", "B", "C"]})
    out = editor.apply_change(frame, {"edited_rows": {"0": {"tier": "A*"}}, "deleted_rows": [1],
                                      "added_rows": [{"venue": "W", "tier": "Q1"}]})
    assert out.to_dict("records") == [{"venue": "X", "tier": "A*"}, {"venue": "Z", "tier": "C"},
                                      {"venue": "W", "tier": "Q1"}]


def _criterion_app() -> None:
    import streamlit as st

    from dashboard.components import criterion_form
    from scoring.config import CriterionSpec

    weight, params = criterion_form.show(CriterionSpec("awards", 0.25, {"since_years": 5}), "Awards", key="c")
    st.session_state["result"] = (weight, params)


def test_criterion_form_returns_weight_and_changed_parameters() -> None:
    """The form starts from the spec, and only parameters away from their defaults come back."""
    at = AppTest.from_function(_criterion_app, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["result"] == (0.25, {"since_years": 5})
    at.slider(key="c.weight").set_value(0.5)
    at.number_input(key="c.since_years").set_value(3)
    at.checkbox(key="c.include_paper_notes").set_value(True)
    at.run()
    assert at.session_state["result"] == (0.5, {"since_years": 3, "include_paper_notes": True})


def _ranked_table_app() -> None:
    import pandas as pd
    import streamlit as st

    from dashboard.components import ranked_table

    ranked = pd.DataFrame({"candidate_id": ["c", "a", "b"], "rank": [1, 2, 3], "label": ["Cy", "Ann", "Bo"],
                           "total": [0.9, 0.5, 0.1], "papers": [3.0, 2.0, 1.0]})
    # the summary comes in pool order, not rank order
    summary = pd.DataFrame({"n_awards": [1, 2, 3], "tier_A": [10, 20, 30], "warnings": ["", "odd year", ""]},
                           index=pd.Index(["a", "b", "c"], name="candidate_id"))
    st.session_state["picked"] = ranked_table.show(ranked, summary, {"papers": "Papers"}, ["b"], key="table")


def test_ranked_table_rows_carry_their_own_candidates_counts() -> None:
    """Each row of the ranked table shows that candidate's counts and warnings, in rank order, with its tick."""
    at = AppTest.from_function(_ranked_table_app, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.data_editor[0].value
    assert table["label"].tolist() == ["Cy", "Ann", "Bo"]
    assert table["n_awards"].tolist() == [3, 1, 2]
    assert table["tier_A"].tolist() == [30, 10, 20]
    assert table["warnings"].tolist() == ["", "", "odd year"]
    assert table["shortlisted"].tolist() == [False, False, True]
    assert list(table.columns) == ["shortlisted", "rank", "label", "total", "papers", "n_awards", "tier_A", "warnings"]


def _chart_controls_app() -> None:
    import streamlit as st

    from dashboard.components import chart_controls

    st.session_state["k"] = chart_controls.show(["papers"], {"papers": "Papers"}, n=st.session_state["n"],
                                                key="charts")[1]


def test_charts_draw_at_most_a_readable_number_of_candidates() -> None:
    """At 10,000 candidates the chart slider stops at the cap, and a smaller pool later lowers a larger choice."""
    from dashboard.components.chart_controls import DEFAULT_TOP_K, MAX_TOP_K

    at = AppTest.from_function(_chart_controls_app, default_timeout=60)
    at.session_state["n"] = 10_000
    at.run()
    assert at.slider(key="charts.top_k").max == MAX_TOP_K
    assert at.session_state["k"] == DEFAULT_TOP_K
    at.slider(key="charts.top_k").set_value(MAX_TOP_K).run()
    assert at.session_state["k"] == MAX_TOP_K
    at.session_state["n"] = 40
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["k"] == 40
