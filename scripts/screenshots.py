"""Take a screenshot of every dashboard page on the sample pool into docs/screenshots/.

Usage: ``.venv/bin/python scripts/screenshots.py [POOL]``. Needs Debian's ``chromium``.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

from dashboard.serve import serving

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PAGES = {"ranking": "", "load": "load", "settings": "settings", "venues": "venues",
         "candidate": "candidate", "compare": "compare", "export": "export"}
MAX_HEIGHT = 3600
TABS = {"candidate": "Publications"}  # a tab worth showing instead of the first one
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def settle(page: Page) -> None:
    """Wait until Streamlit is connected, has finished running the script and drawn every element."""
    app = page.locator("[data-testid='stApp']")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=30_000)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=30_000)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=30_000)


def main(pool: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("chromium not found; install Debian's chromium package")
    OUT.mkdir(parents=True, exist_ok=True)
    with serving(pool) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        for name, path in PAGES.items():
            start = time.perf_counter()
            page.goto(f"{url}/{path}")
            settle(page)
            if name in TABS:
                page.get_by_role("tab", name=TABS[name]).click()
            page.wait_for_timeout(1200)  # plotly animates its first draw
            # the main column scrolls inside a fixed frame: grow the window to show all of it
            height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
            page.set_viewport_size({"width": 1440, "height": min(max(900, int(height)), MAX_HEIGHT)})
            page.wait_for_timeout(500)
            page.screenshot(path=OUT / f"{name}.png")
            page.set_viewport_size({"width": 1440, "height": 900})
            print(f"{name}: {time.perf_counter() - start:.1f} s")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "sample_profiles")
