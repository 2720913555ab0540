"""Errors the CLI reports as a one-line message and exit status 2.

Anything the user can fix (a wrong file, a missing model) is raised as a
subclass of :class:`ClaimcheckError`, so the CLI can catch that one type and
print ``str(err)`` without a traceback; any other exception is a bug.
"""

from __future__ import annotations

import re


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


# Control characters (C0 but tab and newline, DEL, C1) and bidirectional
# overrides: what could move the cursor, recolour a terminal or reorder a line.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Control characters as visible symbols ("\\x1b" -> "␛"); C1 controls and
    bidirectional overrides, which could reorder or restyle a line, as "�"."""
    return _CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20 else "\ufffd", text)


def one_line(message: str) -> str:
    """A message fit for one line of stderr: line breaks become spaces, other
    control characters (from a file name, say) visible symbols, so an error
    can never move the cursor, recolour the terminal or split in two."""
    return visible(" ".join(message.splitlines()).strip())


def describe_internal(err: BaseException) -> str:
    """An unexpected exception in one short line: its type and (cut) message."""
    detail = " ".join(str(err).split())
    if len(detail) > 200:
        detail = detail[:199] + "…"
    return type(err).__name__ + (f": {detail}" if detail else "")
