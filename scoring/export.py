"""The shortlist as CSV or XLSX bytes, safe to open in Excel.

A candidate's name or a paper title is attacker-controlled text. A spreadsheet treats a cell that
starts with ``=``, ``+``, ``-``, ``@`` (or TAB/CR/LF/NUL, or their full-width forms, possibly after
spaces) as a formula, and a formula can fetch URLs or run commands on a reviewer's machine. Every
text cell and header that could start one gets a leading apostrophe; numbers are left as numbers
so sorting and sums still work. XLSX cells holding text are written with the string type, never
as formulas.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

__all__ = ["METADATA_COLUMNS", "XLSX_MIME", "neutralise_formulas", "neutralise_text", "to_csv", "to_xlsx",
           "with_metadata"]

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "＋", "－", "＠")
# Characters the XLSX (XML 1.0) format cannot hold; openpyxl refuses them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# what ``scoring.workspace.export_metadata`` gives, in the order the columns are written
METADATA_COLUMNS = ("config_hash", "config_toml", "facultyscreen_version")


def neutralise_text(value: str) -> str:
    """*value* with a leading apostrophe if a spreadsheet would read it as a formula.

    Examples:
        >>> neutralise_text("=HYPERLINK(\\"http://x\\")"), neutralise_text("  -2+3"), neutralise_text("Zoë")
        ('\\'=HYPERLINK("http://x")', "'  -2+3", 'Zoë')
    """
    value = value.replace("\0", "")  # a NUL ends the cell early in some CSV readers, hiding what follows
    return "'" + value if value.lstrip(" ").startswith(_TRIGGERS) else value


def _neutralise_cell(value: object) -> object:
    return neutralise_text(value) if isinstance(value, str) else value


def _is_text_column(col: pd.Series) -> bool:
    # pandas 3 gives string columns the "str" dtype; object columns may still mix in strings.
    return pd.api.types.is_string_dtype(col) or col.dtype == object


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix a quote to every text cell (and header) that a spreadsheet would read as a formula.

    Examples:
        >>> neutralise_formulas(pd.DataFrame({"n": ["=1+2", "Zoë"], "s": [-0.5, 1.0]}))["n"].tolist()
        ["'=1+2", 'Zoë']
    """
    out = frame.copy()
    for col in out.columns:
        if _is_text_column(out[col]):
            out[col] = out[col].map(_neutralise_cell)
    out.columns = [neutralise_text(str(c)) for c in out.columns]
    return out


def with_metadata(frame: pd.DataFrame, metadata: Mapping[str, str]) -> pd.DataFrame:
    """*frame* with the export metadata as its last columns, the same value on every row.

    Pass ``scoring.workspace.export_metadata(config)``: the config's TOML, its hash and the program
    version travel with the file, so the ranking can be reproduced from the file alone (read the
    TOML from any row, check its hash, rank again). Columns of those names already in *frame* are
    replaced.

    Examples:
        >>> meta = {"config_hash": "ab12", "config_toml": "[ranking]", "facultyscreen_version": "1.0"}
        >>> list(with_metadata(pd.DataFrame({"rank": [1, 2]}), meta).columns)
        ['rank', 'config_hash', 'config_toml', 'facultyscreen_version']
    """
    missing = [c for c in METADATA_COLUMNS if c not in metadata]
    if missing:
        msg = f"export metadata lacks {', '.join(missing)}"
        raise ValueError(msg)
    out = frame.drop(columns=[c for c in METADATA_COLUMNS if c in frame.columns])
    for column in METADATA_COLUMNS:
        out[column] = pd.Series(str(metadata[column]), index=out.index, dtype=str)
    return out


def to_csv(ranked: pd.DataFrame) -> bytes:
    """UTF-8 with BOM (so Excel shows names right), formulas neutralised, numbers left as numbers.

    Every text cell is quoted (RFC 4180, CRLF rows): a bare CR inside an unquoted cell would start
    a new row in Excel, and the text after it would be read as a fresh, un-neutralised cell.
    """
    frame = neutralise_formulas(ranked)
    return frame.to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n").encode("utf-8-sig")


def _xlsx_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalar -> Python scalar
        value = value.item()
    if isinstance(value, str | bool | int | float):
        return value
    return str(value)  # lists, timestamps, anything else: shown as its text


def to_xlsx(ranked: pd.DataFrame, *, sheet: str = "Shortlist") -> bytes:
    """The ranked table as an .xlsx workbook: frozen header, filter, text cells never formulas."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    frame = neutralise_formulas(ranked)
    ws.append([neutralise_text(_XML_ILLEGAL.sub("", str(c))) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        values = [_xlsx_value(v) for v in row]
        ws.append([neutralise_text(_XML_ILLEGAL.sub("", v)) if isinstance(v, str) else v for v in values])
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl stores any "=..." string as a formula otherwise
    ws.freeze_panes = "A2"
    if len(frame.columns):
        ws.auto_filter.ref = ws.dimensions
    for i, col in enumerate(frame.columns, start=1):
        width = max([len(str(col))] + [len(str(v)) for v in frame.iloc[:200, i - 1].tolist()])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
