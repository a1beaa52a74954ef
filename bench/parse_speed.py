"""How long parse_cv takes on a synthetic 30-page CV.

The CV is built in code: a header, education and experience, ~330 publications in four styles
(IEEE, APA, PubMed, plain), awards, talks and teaching, about 30 pages of text (~55 lines or ~3,000 characters a
page). Run: ``python bench/parse_speed.py`` (prints the page count, the first run and the median of 5 runs).
"""

from __future__ import annotations

import statistics
import time

from scoring.ingest.parse import parse_cv

_FIRST = ["Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo"]
_LAST = ["Roe", "Doe", "Poe", "Moe", "Lee", "Kay", "Ray", "Fox", "Day", "Cole"]


def _authors(i: int, style: str) -> str:
    names = [(_FIRST[(i + k) % 10], _LAST[(i * 3 + k) % 10]) for k in range(2 + i % 5)]
    names.insert(i % len(names), ("Jane", "Roe"))
    match style:
        case "ieee":
            return (
                ", ".join(f"{f[0]}. {last}" for f, last in names[:-1])
                + f", and {names[-1][0][0]}. {names[-1][1]}"
            )
        case "apa":
            return ", ".join(f"{last}, {f[0]}." for f, last in names)
        case "nih":
            return ", ".join(f"{last} {f[0]}" for f, last in names)
        case _:
            return ", ".join(f"{f} {last}" for f, last in names)


def _publication(i: int) -> list[str]:
    year = 2000 + i % 25
    title = f"Study number {i} of widget dynamics under sparse and dense regimes with gadgets"
    match i % 4:
        case 0:
            return [
                f"{i}. {_authors(i, 'ieee')}, \u201c{title},\u201d in Proc. of the International Conference",
                f"   on Widgets (ICW), Boston, MA, Jun. {year}, pp. {i}-{i + 9}.",
            ]
        case 1:
            return [
                f"{i}. {_authors(i, 'apa')} ({year}). {title}. Journal of Widget",
                f"   Science, {i % 40}({i % 4 + 1}), {i}-{i + 12}.",
            ]
        case 2:
            return [
                f"{i}. {_authors(i, 'nih')}. {title}. J Widget Res. {year} Mar;{i}(2):{i}-{i + 5}.",
                f"   doi: 10.1000/w{i}. PMID: {30000000 + i}.",
            ]
        case _:
            return [f"{i}. {_authors(i, 'plain')}. {title}. In NeurIPS, {year}."]


def build_cv(n_pubs: int = 330) -> str:
    """A synthetic CV of roughly 30 pages."""
    lines = [
        "Jane Roe",
        "Associate Professor of Widgets, University of Somewhere",
        "jane@example.org",
        "",
        "EDUCATION",
        "Ph.D. in Widget Science, University of Elsewhere, 2010",
        "",
        "EXPERIENCE",
    ]
    lines += [f"{2010 + k}-{2011 + k} Research position {k}, Widget Lab {k}, City {k}" for k in range(40)]
    lines += ["", "PUBLICATIONS", "Journal Articles and Conference Papers"]
    for i in range(n_pubs, 0, -1):
        lines += _publication(i)
    lines += ["", "HONORS AND AWARDS"] + [
        f"{2000 + k} Widget Prize number {k}, Widget Society" for k in range(60)
    ]
    lines += ["", "INVITED TALKS"] + [
        f"{2000 + k % 25}. Talk {k} on widgets, University {k}." for k in range(200)
    ]
    lines += ["", "TEACHING"] + [
        f"Course {k}: Introduction to widgets, taught {2005 + k % 20}." for k in range(500)
    ]
    return "\n".join(lines)


def main() -> None:
    text = build_cv()
    pages = max(text.count("\n") / 55, len(text) / 3000)  # ~55 lines or ~3,000 characters a page
    times = []
    for _ in range(5):
        start = time.perf_counter()
        cv = parse_cv(text, fmt="pdf")
        times.append(time.perf_counter() - start)
    print(
        f"synthetic CV: {pages:.0f} pages, {len(text):,} characters, {len(cv.publications)} publications read"
    )
    # the first run is the honest one: later runs reuse the name caches of the author matcher
    print(
        f"parse_cv: first run {times[0] * 1000:.0f} ms; median {statistics.median(times) * 1000:.0f} ms "
        f"over {len(times)} runs"
    )


if __name__ == "__main__":
    main()
