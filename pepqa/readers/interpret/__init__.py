"""Layout interpretation: a block stream (from any format) into the PEP model.

Why one interpreter: Word forms, ePEP PDF exports and narrative meeting records share their
*vocabulary* (headings, labels, table headers) even when their layouts differ. Everything
layout-specific is a synonym or concept in ``data/labels.toml``; this package only knows the shapes,
one module each (the :class:`Interpreter` in ``assemble`` mixes them in):

- a heading (styled, bold, or a one-cell table row) that matches a part starts that part;
- "Label: value" paragraphs and 2- or 4-column label/value table rows fill single fields;
- a table whose header row matches ``[columns]`` is a table of targets, previous targets,
  PP+ spend lines, attendees, attainment or exclusions;
- in narrative records, "Target 1 (English): ..." followed by "Actions: ...", "Who: ..."
  lines is a target (the same column synonyms name the inline labels);
- free paragraphs under the pupil-voice heading are the voice; under aspirations, the
  aspirations.

Modules: ``sections`` (segmenting by headings), ``paragraphs`` (lines and their idioms), ``line_shapes`` (a subtitled section heading, pairs run into a label), ``fields``
(labels to single fields), ``assignment`` (each single field chosen once, near-ties left uncertain),
``label_rows`` (label/value table rows), ``columns`` (labels above values in an unruled form), ``item_tables``
(tables of targets, spend lines...), ``item_shapes`` (the signs that a table's items are this PEP's targets), ``figure_tables`` (figures by academic year or term: the latest row), ``period_tables`` (one column per term: the latest filled),
``checklists`` (RAG ratings of the PEP's parts, tick-box questions), ``sign_off`` (signature grids),
``target_spend`` and ``row_spend`` (funding in a targets table's rows, totals rows), ``item_groups``
("Target 1 - Area: ..." groups of lines), ``prose_items`` and ``prose`` (targets and spend from lists and
prose), ``spend_lists`` (a PP+ request listed a purchase a sentence, its price after it), ``prose_facts`` (the child's details stated in sentences), ``period_figures`` (attendance given only
per period), ``voice`` (the child's words, kept apart from prompts and remarks about them), ``voice_tables``
(the voice in grids, rows per person, profile tables), ``review_tables`` (new targets set beside the old ones),
``coverage`` (what was read and left, each part's status), ``item_spend`` (spend lines inside a table of items),
``titled_rows`` (a row titled as an item), ``area_columns`` (an early-years grid of areas), ``spaced_rows`` (a
spaced print-out read by count), ``status_log`` (a status history or task list), ``section_cells`` (a document in
a table), ``letters_to_child`` (a PEP written to the child), ``second_look`` (text like a missing part's, before
anything is called missing), ``wording`` and ``patterns`` (the shared regexes) and ``assemble``.

Each value keeps its provenance. Every part in :data:`pepqa.model.PART_KEYS` ends up in
``pep.parts`` with its read status.
"""
from __future__ import annotations

from .assemble import Interpreter, interpret

__all__ = ["Interpreter", "interpret"]
