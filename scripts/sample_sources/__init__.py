"""Content of the sample CVs that ship as PDF or DOCX, one module per fictional candidate.

Each module defines ``BLOCKS``: the CV as a list of tuples that ``scripts/make_samples.py`` lays out.

* ``("name", text)``: the candidate's name, large, at the top
* ``("line", text)``: a line under the name (position, address, contact)
* ``("h", text)``: a section heading
* ``("p", text)``: a paragraph
* ``("row", left, right)``: a dated line, the date in a narrow left column
* ``("entry", label, text)``: a list entry; *label* is printed as given ("[3]", "1.", a year or "")
* ``("bullet", text)``: a bulleted line

Inside texts, ``**bold**`` and ``__italic__`` mark emphasis and ``\\n`` forces a line break.
"""
