"""The matcher for clock times: "7am", "5.30am", "05:30", "1300 GMT", "noon"."""

from __future__ import annotations

from .. import lexicon as L
from ..tokens import Token
from .candidates import _Cand
from .numbers import _clean


def _meridiem(toks: list[Token], k: int) -> tuple[str, int] | None:
    """ "am", "pm", "a.m.", "p.m." at token k: ("am"|"pm", end)."""
    n = len(toks)
    if k < n and toks[k].lower in L.MERIDIEM:
        return (toks[k].lower, k + 1)
    if k + 2 < n and toks[k].lower in L.MERIDIEM_LETTERS and toks[k + 1].text == "." and toks[k + 2].lower == "m":
        end = k + 3
        if end < n and toks[end].text == "." and toks[end].glued:
            end += 1
        return (toks[k].lower + "m", end)
    return None


def _match_time(toks: list[Token], i: int, cands: list[_Cand]) -> None:
    """Times of day: "7am", "7 a.m.", "5.30am", "9pm", "05:30", "10:30 GMT", "noon"."""
    n = len(toks)
    t = toks[i]
    if t.is_word and t.lower in L.NOON_WORDS and i > 0 and toks[i - 1].lower in L.BEFORE_NOON:
        cands.append(_Cand(i, i + 1, "time", value=L.NOON_WORDS[t.lower], unit="hour", priority=2))
        return
    if not t.is_num or (i > 0 and toks[i - 1].is_num and t.glued):
        return
    hour: float | None = None
    minute = 0.0
    end = i + 1
    if "." in t.text:
        h, _, m = t.text.partition(".")
        if len(m) == 2 and h.isdigit() and int(h) <= 23 and int(m) <= 59 and _meridiem(toks, end):
            hour, minute = float(h), float(m)
    elif t.is_int and len(t.text) == 4 and int(t.text[:2]) <= 23 and int(t.text[2:]) <= 59 and end < n and toks[end].lower in L.TWENTY_FOUR_HOUR_MARKS:
        hour, minute = float(t.text[:2]), float(t.text[2:])  # "1300 GMT"
    elif t.is_int and len(t.text) <= 2 and int(t.value) <= 24:
        hour = t.value
        if end + 1 < n and toks[end].text == ":" and toks[end].glued and toks[end + 1].is_num and toks[end + 1].glued and toks[end + 1].is_int and len(toks[end + 1].text) == 2 and int(toks[end + 1].value) <= 59:
            minute = toks[end + 1].value
            end += 2
        elif not _meridiem(toks, end) and not (end < n and toks[end].lower in L.O_CLOCK):
            return
    if hour is None:
        return
    mer = _meridiem(toks, end)
    if mer is not None:
        if hour > 12:
            return
        if mer[0] == "pm" and hour < 12:
            hour += 12
        elif mer[0] == "am" and hour == 12:
            hour = 0
        end = mer[1]
    elif end < n and toks[end].lower in L.O_CLOCK:
        end += 1
    elif hour > 23:
        return
    unit = "hour"
    for zone in L.TIME_ZONES:
        if all(end + z < n and toks[end + z].lower == w for z, w in enumerate(zone)) and (len(zone) > 1 or toks[end].text.isupper()):
            end += len(zone)
            offset = L.UTC_OFFSETS.get(" ".join(zone))
            if offset is not None:
                unit = f"hour UTC{offset:+g}"  # "15:00 GMT" and "10:00 EST" are one instant
            break
    if unit == "hour" and t.is_int and len(t.text) == 4 and end < n and toks[end].text.isupper() and toks[end].lower in L.UTC_OFFSETS:
        unit = f"hour UTC{L.UTC_OFFSETS[toks[end].lower]:+g}"  # "1300 GMT"
        end += 1
    cands.append(_Cand(i, end, "time", value=_clean(hour + minute / 60), unit=unit, priority=2))
