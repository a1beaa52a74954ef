"""The dashboard on a real workspace file: cached pools, ratings in the ranking, corrections, audit, export."""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from scoring.config import parse_config
from scoring.workspace import (
    Workspace,
    active_corrections,
    audit_log,
    config_hash,
    open_workspace,
    rate,
    settings_from_toml,
)

RUBRIC = settings_from_toml("", pool=Path()).rubric
ONLY_RATINGS = (
    '[search]\ntitle = "Rated"\n\n[criteria.committee_rating]\nuse = "column"\ncolumn = "committee_rating"\n'
    'missing = "median"\nweight = 1.0\n'
)


@pytest.fixture
def workspace(pool_dir: Path) -> Iterator[Callable[[], Workspace]]:
    """Open the pool's default workspace file (closed after the test)."""
    opened: list[Workspace] = []

    def get() -> Workspace:
        opened.append(open_workspace(pool_dir / ".facultyscreen.sqlite"))
        return opened[-1]

    yield get
    for ws in opened:
        ws.close()


@pytest.fixture
def restart() -> Callable[[], None]:
    """Forget the process-wide open workspaces, as a server restart would."""
    return st.cache_resource.clear


def _as(at: AppTest, member: str) -> AppTest:
    at.text_input(key="member").set_value(member).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _rate_all(ws: Workspace, member: str, cid: str, score: int) -> None:
    for item in RUBRIC:
        rate(ws, member=member, candidate_id=cid, item=item, score=score)


def _ranked(at: AppTest) -> dict[str, dict[str, float]]:
    at.switch_page("views/ranking.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at.data_editor[0].value.set_index("label").to_dict("index")


def test_a_folder_pool_reopens_from_the_workspace(app: Callable[..., AppTest], restart: Callable[[], None]) -> None:
    """The first session parses every CV into the workspace; a session after a restart reads them back."""
    first = app("views/load.py")
    assert sorted(first.session_state["cache_report"].parsed) == ["decorated", "prolific", "steady"]
    restart()
    again = app("views/load.py")
    report = again.session_state["cache_report"]
    assert (sorted(report.cached), report.parsed) == (["decorated", "prolific", "steady"], [])
    assert any("3 profiles from the committee workspace" in c.value for c in again.caption)
    assert again.session_state["pool"].profiles.candidates.equals(first.session_state["pool"].profiles.candidates)


def test_the_workspace_path_comes_from_the_search_config(app: Callable[..., AppTest], pool_dir: Path) -> None:
    """A [workspace] path in the pool's search.toml puts the database there, relative to the file."""
    toml = pool_dir / "search.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[workspace]\npath = "db/committee.sqlite"\n',
                    encoding="utf-8")
    (pool_dir / "db").mkdir()
    at = app()
    assert at.session_state["workspace"].target == str(pool_dir / "db" / "committee.sqlite")
    assert (pool_dir / "db" / "committee.sqlite").is_file()
    assert not (pool_dir / ".facultyscreen.sqlite").exists()


def test_an_unusable_workspace_leaves_the_pool_readable(app: Callable[..., AppTest], pool_dir: Path) -> None:
    """A workspace path that cannot be created gives a warning; the pool is read without a workspace."""
    toml = pool_dir / "search.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[workspace]\npath = "search.toml/c.sqlite"\n',
                    encoding="utf-8")
    at = app()
    assert any("could not be opened" in w.value for w in at.warning)
    assert at.session_state["workspace"] is None
    assert len(at.session_state["pool"].profiles) == 3


def test_uploaded_pools_have_no_workspace(app: Callable[..., AppTest]) -> None:
    """Uploads are read without a workspace, and the sidebar says corrections last for the session."""
    at = app("views/load.py")
    at.file_uploader(key="load.files").set_value([("solo.txt", b"Una Solo\nuna@uni.example\n", "text/plain")])
    at.run()
    at.button(key="load.read").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["workspace"] is None
    at.run()  # the sidebar is drawn before the page reads the uploads
    assert any("corrections last for this session only" in c.value for c in at.sidebar.caption)


def test_ratings_show_in_the_ranking_only_as_far_as_the_member_may_see(
    app: Callable[..., AppTest], workspace: Callable[[], Workspace]
) -> None:
    """Blind review: a member sees the committee mean only on candidates they rated; others see nothing."""
    ws = workspace()
    _rate_all(ws, "ada", "steady", 5)
    _rate_all(ws, "grace", "steady", 3)
    _rate_all(ws, "grace", "prolific", 2)
    ada = _ranked(_as(app(), "ada"))
    assert ada["Ines Marovic"]["committee_rating"] == pytest.approx(4.0)  # both members, once ada rated
    assert ada["Orla Quennell"]["committee_rating"] != ada["Orla Quennell"]["committee_rating"]  # NaN: hidden
    carl = _ranked(_as(app(), "carl"))
    assert all(row["committee_rating"] != row["committee_rating"] for row in carl.values())


def test_ratings_can_rank_the_candidates(app: Callable[..., AppTest], pool_dir: Path,
                                         workspace: Callable[[], Workspace]) -> None:
    """With only a committee-rating criterion, the member's visible ratings decide the order."""
    (pool_dir / "search.toml").write_text(ONLY_RATINGS, encoding="utf-8")
    ws = workspace()
    _rate_all(ws, "ada", "decorated", 5)
    _rate_all(ws, "ada", "prolific", 1)
    _rate_all(ws, "grace", "steady", 5)  # grace's rating is hidden from ada: steady stays unrated for her
    ranked = _ranked(_as(app(), "ada"))
    order = sorted(ranked, key=lambda name: ranked[name]["rank"])
    assert order == ["Bastien Ferrow", "Ines Marovic", "Orla Quennell"]


def test_the_settings_page_adds_the_rating_criterion(app: Callable[..., AppTest]) -> None:
    """The button on Search settings adds a committee-rating criterion to the config."""
    at = app("views/settings.py")
    at.button(key="settings.add_committee").click().run()
    assert not at.exception, [e.value for e in at.exception]
    spec = next(c for c in at.session_state["config"].criteria if c.name == "committee_rating")
    assert (spec.kind, spec.params["column"]) == ("column", "committee_rating")


def _correct_venue(at: AppTest) -> AppTest:
    at.switch_page("views/candidate.py").run()
    at.selectbox(key="candidate").set_value("decorated").run()
    at.session_state["candidate.decorated.pubs.v0"] = {
        "edited_rows": {0: {"venue_acronym": "ICML"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_corrections_survive_a_restart_and_can_be_reverted(
    app: Callable[..., AppTest], restart: Callable[[], None], workspace: Callable[[], Workspace]
) -> None:
    """A correction is in the workspace for the next session, listed on the page, and Revert undoes it."""
    before = _ranked(app())["Bastien Ferrow"]["tier_publications"]
    _correct_venue(_as(app(), "ada"))
    restart()
    at = app("views/candidate.py")
    at.selectbox(key="candidate").set_value("decorated").run()
    listed = next(d.value for d in at.dataframe if "what" in d.value.columns)
    assert listed[["what", "value"]].to_numpy().tolist() == [["publication 1: venue_acronym", "ICML"]]
    assert _ranked(at)["Bastien Ferrow"]["tier_publications"] > before
    at.switch_page("views/candidate.py").run()
    at.button(key="candidate.revert").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert active_corrections(workspace()) == []
    assert _ranked(at)["Bastien Ferrow"]["tier_publications"] == pytest.approx(before)
    log = audit_log(workspace())
    assert log["action"].tolist() == ["correction_reverted", "correction"]
    assert log["actor"].tolist() == ["anonymous", "ada"]


def test_weight_changes_on_settings_are_audited_once(app: Callable[..., AppTest],
                                                    workspace: Callable[[], Workspace]) -> None:
    """Moving a weight writes one audit entry under the member's name; reruns without a change write none."""
    at = _as(app("views/settings.py"), "chair")
    at.slider(key="settings.criteria.awards.weight").set_value(0.6).run()
    at.run()
    at.switch_page("views/ranking.py").run()
    entries = audit_log(workspace(), action="weights")
    assert len(entries) == 1
    assert (entries.at[0, "actor"], entries.at[0, "before"]["awards"], entries.at[0, "after"]["awards"]) == (
        "chair", 0.2, 0.6)


def test_a_tier_set_on_venues_is_kept_and_audited(app: Callable[..., AppTest], restart: Callable[[], None],
                                                  workspace: Callable[[], Workspace]) -> None:
    """A tier assigned on Venues is logged once, and a new session after a restart still has it."""
    at = app("views/venues.py")
    venue = at.data_editor[0].value["venue"].iloc[0]
    at.session_state["venues.table.review.v0"] = {"edited_rows": {0: {"assign": "A"}}, "added_rows": [],
                                                  "deleted_rows": []}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    log = audit_log(workspace(), action="tier_override")
    assert log[["target", "before", "after"]].to_numpy().tolist() == [[venue, None, "A"]]
    restart()
    again = app("views/venues.py")
    again.toggle(key="venues.all").set_value(True).run()  # a venue with a tier is no longer in doubt
    shown = again.data_editor[0].value.set_index("venue")
    assert shown.at[venue, "assign"] == "A"
    assert "override" in next(c.value for c in again.caption if "workspace" in c.value)


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], bytes]:
    """The bytes behind a download button's URL, from the media storage of the last AppTest run."""
    stores: list[MemoryMediaFileStorage] = []

    class Recording(MemoryMediaFileStorage):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            stores.append(self)

    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", Recording)
    return lambda url: stores[-1].get_file(url.rsplit("/", 1)[-1]).content


def test_the_exported_csv_carries_the_config_and_its_hash(app: Callable[..., AppTest],
                                                          downloads: Callable[[str], bytes]) -> None:
    """The Export page's CSV holds the config TOML on every row, and its hash matches the config in force."""
    at = app("views/export.py")
    button = next(b for b in at.get("download_button") if b.proto.label == "Download shortlist (CSV)")
    rows = list(csv.DictReader(io.StringIO(downloads(button.proto.url).decode("utf-8-sig"))))
    assert {r["config_hash"] for r in rows} == {config_hash(at.session_state["config"])}
    assert config_hash(parse_config(tomllib.loads(rows[0]["config_toml"]))) == rows[0]["config_hash"]
