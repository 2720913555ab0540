"""Errors the CLI reports as a one-line message and exit status 2.

Anything the user can fix (a wrong file, a missing model) is raised as a
subclass of :class:`ClaimcheckError`, so the CLI can catch that one type and
print ``str(err)`` without a traceback; any other exception is a bug.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base for user-facing errors: the message is one line, names the thing at
    fault, says what is wrong and, where useful, what to do about it."""


class InputError(ClaimcheckError):
    """An input article cannot be used: missing, unreadable, not text, or empty.

    Example message: ``notes.txt: not UTF-8 text (invalid byte 0xe9 at offset
    17); re-save it as UTF-8``.
    """


class ModelError(ClaimcheckError):
    """A sentence model cannot be found or loaded."""
