"""Find the figures in a sentence and read them the way an editor does.

The scanner (``scanner.py``) runs a handful of matchers over the token stream
(dates, periods of years, money/percent/counts, number words, ordinals,
multipliers), keeps the longest non-overlapping matches, and then reads the
words around each figure (``context.py``) for its change (``~``, ``>``,
``up`` ...), its role (current value, change amount, earlier value) and what
it measures.

Standard library only; no model.  Everything works on the raw sentence, so
``sentence[q.start:q.end] == q.text`` always holds.

Modules: ``numbers`` (numerals, number words, scales), ``money``, ``units``,
``nouns`` (what a count counts), ``not_figures`` (names, labels, codes),
``topics`` (what the sentence is about), one module per matcher family
(``numeric``, ``dates``, ``times``, ``words``, ``scores``), ``context`` and
``scanner``.  Every word they read comes from the lexicon.
"""

from __future__ import annotations

from .dates import resolve_date
from .scanner import extract_quantities

__all__ = ["extract_quantities", "resolve_date"]
