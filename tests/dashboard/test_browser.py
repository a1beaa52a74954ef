"""Real browser: Chromium drives the served app: table and chart, a weight moved, the CSV downloaded.

These tests fail (they do not skip) when Debian's ``chromium`` is missing: CI installs it.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from pool_fixture import write_pool

from dashboard.serve import serving

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(write_pool(tmp_path_factory.mktemp("pool"))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("chromium is not installed (apt-get install chromium); the browser tests must run")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    tab.goto(base_url)
    _settle(tab)
    yield tab
    context.close()


def _settle(page: Page) -> None:
    app = page.locator("[data-testid='stApp']")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=30_000)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=30_000)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=30_000)


def test_the_app_shows_the_ranked_table_and_a_chart(page: Page) -> None:
    """The first page has the Ranking title, the ranked table and a drawn plotly chart."""
    expect(page.get_by_role("heading", name="Ranking")).to_be_visible()
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=20_000)


def _set_slider(page: Page, label: str, key: str, shown: str) -> None:
    box = page.get_by_test_id("stSlider").filter(has_text=label)
    box.get_by_role("slider").focus()
    box.get_by_role("slider").press(key)
    expect(box).to_contain_text(shown)
    _settle(page)


def test_moving_weights_changes_the_ranking_and_the_download(page: Page, tmp_path: Path) -> None:
    """Weighting only awards on Settings puts the award-rich candidate first in the downloaded CSV."""
    page.get_by_role("link", name="Search settings").click()
    expect(page.get_by_role("heading", name="Search settings")).to_be_visible()
    _set_slider(page, "Awards", "End", "1.00")  # End/Home: the slider's maximum/minimum
    _set_slider(page, "Publications", "Home", "0.00")
    _set_slider(page, "Topic", "Home", "0.00")
    page.get_by_role("link", name="Ranking").click()
    expect(page.get_by_text("awards=1", exact=False).first).to_be_visible()
    _settle(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download shortlist (CSV)").click()
    saved = tmp_path / "shortlist.csv"
    download.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert next(r["name"] for r in rows) == "Bastien Ferrow"  # the award-rich candidate now leads
    assert {r["name"] for r in rows} == {"Orla Quennell", "Bastien Ferrow", "Ines Marovic"}
    assert "awards=1" in rows[0]["config"]
