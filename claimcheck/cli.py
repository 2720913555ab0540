"""The ``claimcheck`` command: a thin layer over ``claimcheck.compare``.

Exit status follows diff: 0 nothing to flag, 1 contradictions found (see
``--fail-on``), 2 trouble (bad input, unknown option, missing model), 3 an
internal error (a bug of ours: please report it), 130 interrupted.  Every
error is one line on stderr, never a traceback (``CLAIMCHECK_DEBUG=1`` shows
the traceback of an internal error).  Nothing
heavy is imported here: ``--help``, ``--version`` and error paths stay fast.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import ClaimcheckError, InputError, describe_internal, one_line
from .report import EXTENSIONS as REPORT_EXTENSIONS
from .report import FORMATS as REPORT_FORMATS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    help="Compare news articles about one event, claim by claim: what they agree on, "
    "what one adds, and where they contradict each other.",
)


# The report formats, from the one registry (claimcheck.report.REGISTRY).
Format = enum.Enum("Format", {name: name for name in REPORT_FORMATS}, type=str)  # type: ignore[misc]


class QuantityFormat(str, enum.Enum):
    terminal = "terminal"
    json = "json"


class Color(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Display(str, enum.Enum):
    auto = "auto"
    side_by_side = "side-by-side"
    inline = "inline"


class Backend(str, enum.Enum):
    auto = "auto"
    onnx = "onnx"
    torch = "torch"


BACKEND_HELP = "What runs the model: onnx (ONNX Runtime, fast), torch (sentence-transformers), auto (onnx for the default model)."


class FailOn(str, enum.Enum):
    contradiction = "contradiction"
    figure = "figure"
    statement = "statement"
    addition = "addition"
    never = "never"


LEARNED_NOISE_HELP = "After the rules, let the furniture classifier trained on marked news pages set aside what still reads as page furniture (sign-up boxes, teasers for other stories); it runs with the default model only (the one it was trained on), keeps a sentence whose figure another source also gives, and lists what it sets aside with --show-noise."
FAIL_ON_HELP = (
    "What makes the exit status 1: contradiction (any, the default), figure (only contradictions between "
    "figures), statement (only statement contradictions: 'was acquitted' / 'was found guilty'), addition "
    "(any contradiction or addition), never."
)


def _fails(fail_on: FailOn, reports: Iterable) -> bool:
    """Whether the findings of these reports make the exit status 1 under ``--fail-on``."""
    found = {(f.verdict, f.kind) for r in reports for f in r.findings}
    contradictions = {k for v, k in found if v == "contradiction"}
    if fail_on is FailOn.contradiction:
        return bool(contradictions)
    if fail_on is FailOn.figure:
        return bool(contradictions - {"statement"})
    if fail_on is FailOn.statement:
        return "statement" in contradictions
    if fail_on is FailOn.addition:
        return bool(contradictions) or any(v == "addition" for v, _ in found)
    return False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", help="Print the version and exit.", callback=_version, is_eager=True
    ),
) -> None:
    """Compare news articles about one event, claim by claim."""


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _use_color(choice: Color, to_file: bool) -> bool:
    if choice is Color.always:
        return True
    if choice is Color.never or to_file:
        return False
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


MIN_WIDTH, MAX_WIDTH = 40, 400


def _width(width: Optional[int]) -> int:
    """--width, else COLUMNS, else the terminal, else 100; always within 40..400,
    so a stray COLUMNS=1000000000 cannot make a report of gigabytes."""
    return max(MIN_WIDTH, min(MAX_WIDTH, _asked_width(width)))


def _asked_width(width: Optional[int]) -> int:
    if width:
        return width
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        if sys.stdout.isatty():
            return os.get_terminal_size(sys.stdout.fileno()).columns
    except (AttributeError, ValueError, OSError):
        pass
    return 100


# What an --output file's extension says its format is.
_EXTENSIONS = {ext: Format(name) for ext, name in REPORT_EXTENSIONS.items()}


def _report_format(given: Optional[Format], output: Optional[Path]) -> Format:
    """--format, else the output file's extension, else terminal; a clash is an error, not a surprise."""
    implied = _EXTENSIONS.get(output.suffix.lower()) if output is not None and str(output) != "-" else None
    if given is not None and implied is not None and given is not implied:
        raise InputError(f"--output {output} looks like {implied.value} but --format is {given.value}; drop one or make them agree")
    return given or implied or Format("terminal")


def check_output(output: Optional[Path]) -> None:
    """Fail on an --output that cannot be written before any work is done."""
    if output is None or str(output) == "-":
        return
    target = Path(output)
    if target.is_dir():
        raise InputError(f"{target}: is a directory; give a file name for --output")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{target}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise InputError(f"{target}: folder {folder} is not writable")


def pager_command() -> str:
    """$CLAIMCHECK_PAGER (even empty: no pager), else $PAGER, else less as git runs it."""
    if "CLAIMCHECK_PAGER" in os.environ:
        return os.environ["CLAIMCHECK_PAGER"]
    return os.environ.get("PAGER", "less -FRX")


def page(text: str, wanted: Optional[bool]) -> bool:
    """Show ``text`` through a pager, as git does; False when no pager was used
    (not wanted, not a terminal, short enough, none set, or it cannot start)."""
    import shutil
    import signal
    import subprocess

    if wanted is False:
        return False
    if wanted is None and (not sys.stdout.isatty() or text.count("\n") < shutil.get_terminal_size().lines):
        return False
    command = pager_command().strip()
    if command in ("", "cat"):
        return False
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX"), "LV": os.environ.get("LV", "-c")}
    sys.stdout.flush()
    try:
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the pager's, as in git
    try:
        assert proc.stdin is not None
        try:
            proc.stdin.write(text.encode("utf-8"))
            proc.stdin.close()
        except BrokenPipeError:  # the reader quit early ("q" in less)
            pass
        proc.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True


def write_output(text: str | Iterable[str], output: Optional[Path]) -> None:
    """Write to stdout, or to ``output`` whole or not at all (temp file, then rename).

    ``text`` may be an iterable of pieces (batch mode streams its lines); on
    stdout they appear as they come, in a file only once all were written.
    """
    pieces = [text] if isinstance(text, str) else text
    if output is None or str(output) == "-":
        for piece in pieces:
            sys.stdout.write(piece)
            sys.stdout.flush()
        return
    check_output(output)
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for piece in pieces:
                fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as err:
        raise InputError(f"{target}: cannot write ({err.strerror or err})") from None
    finally:
        if tmp.exists():
            tmp.unlink()


COMPARE_EPILOG = """Examples:

\b
  claimcheck compare wire.txt ours.txt
  claimcheck compare reuters.txt ap.txt dawn.txt --label Reuters --label AP --label Dawn
  claimcheck compare wire.txt ours.txt rewrite.txt --reference ours.txt --show-agreements
  claimcheck compare wire.txt ours.txt --format html --output report.html
  claimcheck compare wire.txt ours.txt --format markdown > ticket.md
  claimcheck compare wire.txt ours.txt --format json --output report.json
  cat ours.txt | claimcheck compare wire.txt -
  NO_COLOR=1 claimcheck compare wire.txt ours.txt | less

Exit status: 0 nothing to flag, 1 contradictions found (figures or statements; see --fail-on),
2 trouble, 130 interrupted.
Every option can also be set with an environment variable (CLAIMCHECK_FORMAT, CLAIMCHECK_LABEL,
CLAIMCHECK_COLOR, ...; shown with each option above)."""


@app.command(epilog=COMPARE_EPILOG)
def compare(
    files: list[str] = typer.Argument(..., metavar="FILE FILE [FILE ...]", help="Article text files; '-' reads standard input. Every file is checked against the reference (the first), and with three or more every other pair is compared too."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", envvar="CLAIMCHECK_FORMAT", help="Report format: terminal (colour, side by side), json (for tools), markdown (for a ticket or a chat), html (one self-contained page to share). Default: from the --output extension (.html, .md, .json, .txt), else terminal."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", envvar="CLAIMCHECK_OUTPUT", help="Write the report to this file (whole or not at all) instead of standard output.", dir_okay=False),
    label: list[str] = typer.Option([], "--label", "-l", envvar="CLAIMCHECK_LABEL", help="A name for each source, in order, used everywhere in place of the file name (e.g. --label Reuters --label AP)."),
    reference: Optional[str] = typer.Option(None, "--reference", "-r", envvar="CLAIMCHECK_REFERENCE", help="The source the others are checked against: a label, a file name or a position (1, 2, ...). Default: the first."),
    model: Optional[str] = typer.Option(None, "--model", "-m", envvar="CLAIMCHECK_MODEL", help="A sentence-transformers model name or folder. Default: the bundled all-MiniLM-L6-v2."),
    threshold: float = typer.Option(0.5, "--threshold", "-t", envvar="CLAIMCHECK_THRESHOLD", min=0.0, max=1.0, help="Cosine similarity two sentences need to be aligned."),
    color: Color = typer.Option(Color.auto, "--color", envvar="CLAIMCHECK_COLOR", help="Colour in the terminal report; auto means only on a terminal, never with NO_COLOR or --output."),
    no_color: bool = typer.Option(False, "--no-color", help="The same as --color never."),
    width: Optional[int] = typer.Option(None, "--width", envvar="CLAIMCHECK_WIDTH", min=MIN_WIDTH, max=MAX_WIDTH, help="Width of the terminal report, 40 to 400 (default: COLUMNS, else the terminal, else 100)."),
    display: Display = typer.Option(Display.auto, "--display", envvar="CLAIMCHECK_DISPLAY", help="Matched sentences side by side, one under the other, or side by side when the width is 120 or more."),
    show_agreements: bool = typer.Option(False, "--show-agreements", envvar="CLAIMCHECK_SHOW_AGREEMENTS", help="List every agreement in the terminal report (folded by default)."),
    show_noise: bool = typer.Option(False, "--show-noise", envvar="CLAIMCHECK_SHOW_NOISE", help="List the web-page lines (menus, 'Read more' links) set aside from each article, in the terminal report."),
    show_minor: bool = typer.Option(False, "--show-minor", envvar="CLAIMCHECK_SHOW_MINOR", help="List the minor findings (bare weekdays, ordinals, 'the two ministers', the dateline's date, repeats), folded into one line by default."),
    explain: bool = typer.Option(False, "--explain", envvar="CLAIMCHECK_EXPLAIN", help="Name the rule behind every finding (and the one that folded a minor finding)."),
    pager: Optional[bool] = typer.Option(None, "--pager/--no-pager", help="Page the terminal report through $CLAIMCHECK_PAGER, else $PAGER, else 'less -FRX'. Default: when standard output is a terminal and the report is longer than the screen."),
    fail_on: FailOn = typer.Option(FailOn.contradiction, "--fail-on", envvar="CLAIMCHECK_FAIL_ON", help=FAIL_ON_HELP),
    no_cache: bool = typer.Option(False, "--no-cache", envvar="CLAIMCHECK_NO_CACHE", help="Do not read or write the embedding cache; nothing is written to the cache folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", envvar="CLAIMCHECK_QUIET", help="Nothing on standard error but errors (no progress)."),
    max_bytes: int = typer.Option(2_000_000, "--max-bytes", envvar="CLAIMCHECK_MAX_BYTES", min=1, help="Refuse an article file larger than this many bytes."),
    backend: Backend = typer.Option(Backend.auto, "--backend", envvar="CLAIMCHECK_BACKEND", help=BACKEND_HELP),
    learned_noise: bool = typer.Option(True, "--learned-noise/--no-learned-noise", envvar="CLAIMCHECK_LEARNED_NOISE", help=LEARNED_NOISE_HELP),
) -> None:
    """Compare two or more articles and report agreements, additions and contradictions."""
    from .pipeline import compare as run_compare
    from .report import render
    from .report.terminal import TerminalOptions

    if len(files) < 2:
        raise InputError(f"need at least two articles to compare, got {len(files)}; e.g. claimcheck compare wire.txt ours.txt")
    if len(label) > len(files):
        raise InputError(f"{len(label)} labels given for {len(files)} files")
    format = _report_format(format, output)
    check_output(output)
    if no_color:
        color = Color.never
    ref: str | int | None = reference
    if reference is not None and reference.isdigit():
        ref = int(reference) - 1
    report = run_compare(
        files,
        labels=label or None,
        reference=ref,
        model=model,
        threshold=threshold,
        cache=not no_cache,
        progress=not quiet and _stderr_is_terminal(),
        max_bytes=max_bytes,
        backend=backend.value,
        learned_noise=learned_noise,
    )
    to_file = output is not None and str(output) != "-"
    options = TerminalOptions(
        width=_width(width),
        color=_use_color(color, to_file),
        display=display.value,
        show_agreements=show_agreements,
        show_noise=show_noise,
        show_minor=show_minor,
        explain=explain,
        version=__version__,
    )
    text = render(report, format.value, terminal=options, version=__version__)
    if to_file or format is not Format("terminal") or not page(text, pager):
        write_output(text, output)
    if _fails(fail_on, [report]):
        raise typer.Exit(1)


QUANTITIES_EPILOG = """Examples:

  claimcheck quantities story.txt

  echo "Inflation eased to 17pc from 20.7pc." | claimcheck quantities --lines --format json"""


@app.command(epilog=QUANTITIES_EPILOG)
def quantities(
    file: str = typer.Argument("-", metavar="[FILE|-]", help="An article, or '-' for standard input."),
    lines: bool = typer.Option(False, "--lines", help="Each input line is one sentence (no segmentation); JSON gives one entry per line, in order."),
    format: QuantityFormat = typer.Option(QuantityFormat.terminal, "--format", "-f", envvar="CLAIMCHECK_QUANTITIES_FORMAT", help="Output format."),
    date: Optional[str] = typer.Option(None, "--date", envvar="CLAIMCHECK_DATE", help="Publication date (YYYY-MM-DD) to complete dates like 'April 9' or 'on Monday'."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.", dir_okay=False),
    color: Color = typer.Option(Color.auto, "--color", envvar="CLAIMCHECK_COLOR", help="Colour in the terminal listing."),
    max_bytes: int = typer.Option(2_000_000, "--max-bytes", envvar="CLAIMCHECK_MAX_BYTES", min=1, help="Refuse an article file larger than this many bytes."),
) -> None:
    """Show the figures claimcheck reads in an article (or in each line with --lines)."""
    from .quantities_cmd import run_quantities

    text = run_quantities(file, lines=lines, as_json=format is QuantityFormat.json, date=date, color=_use_color(color, output is not None), max_bytes=max_bytes)
    write_output(text, output)


try:  # typer >= 0.20 carries its own copy of click
    from typer._click import exceptions as _cx
except ImportError:  # pragma: no cover - older typer on plain click
    from click import exceptions as _cx  # type: ignore[no-redef]


BATCH_EPILOG = """Each line of GROUPS.jsonl is one group of articles about one event:

\b
  {"id": "tariffs", "articles": ["wire.txt", {"path": "ours.txt", "label": "Ours"}]}
  {"articles": [{"text": "Inline story...", "label": "A"}, "b.txt"], "reference": 2}

Paths are relative to the batch file. The output has one JSON report per input line, in order
(the same fields as compare --format json, plus "group" and "id"); a bad group gets an
{"group": N, "error": "..."} record and the batch goes on.

Examples:

\b
  claimcheck batch today.jsonl --output reports.jsonl
  claimcheck batch today.jsonl --jobs 2 | jq .summary

Exit status: 0 no contradiction in any group, 1 contradictions found (figures or statements; see
--fail-on), 2 trouble."""


@app.command(epilog=BATCH_EPILOG)
def batch(
    groups: str = typer.Argument(..., metavar="GROUPS.jsonl", help="One JSON object per line naming a group of articles ('-' reads standard input)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", envvar="CLAIMCHECK_OUTPUT", help="Write the JSON Lines here (whole or not at all) instead of standard output.", dir_okay=False),
    jobs: int = typer.Option(1, "--jobs", "-j", envvar="CLAIMCHECK_JOBS", min=1, max=64, help="Worker processes for the model-free stages."),
    model: Optional[str] = typer.Option(None, "--model", "-m", envvar="CLAIMCHECK_MODEL", help="A sentence-transformers model name or folder. Default: the bundled all-MiniLM-L6-v2."),
    threshold: float = typer.Option(0.5, "--threshold", "-t", envvar="CLAIMCHECK_THRESHOLD", min=0.0, max=1.0, help="Cosine similarity two sentences need to be aligned."),
    fail_on: FailOn = typer.Option(FailOn.contradiction, "--fail-on", envvar="CLAIMCHECK_FAIL_ON", help=FAIL_ON_HELP),
    no_cache: bool = typer.Option(False, "--no-cache", envvar="CLAIMCHECK_NO_CACHE", help="Do not read or write the embedding cache; nothing is written to the cache folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", envvar="CLAIMCHECK_QUIET", help="Nothing on standard error but errors."),
    root: Optional[Path] = typer.Option(None, "--root", envvar="CLAIMCHECK_ROOT", help="Folder article paths are read from and confined to (default: the batch file's folder).", file_okay=False),
    max_bytes: int = typer.Option(2_000_000, "--max-bytes", envvar="CLAIMCHECK_MAX_BYTES", min=1, help="Refuse an article file larger than this many bytes."),
    backend: Backend = typer.Option(Backend.auto, "--backend", envvar="CLAIMCHECK_BACKEND", help=BACKEND_HELP),
    learned_noise: bool = typer.Option(True, "--learned-noise/--no-learned-noise", envvar="CLAIMCHECK_LEARNED_NOISE", help=LEARNED_NOISE_HELP),
) -> None:
    """Compare many groups of articles in one run: one model load, one JSON report per group."""
    from .batch import outcome_line, read_groups, run_batch
    from .cache import EmbeddingCache
    from .embed import Embedder

    check_output(output)
    lines = read_groups(groups)
    base = root if root is not None else Path(groups).resolve().parent if groups != "-" else Path.cwd()
    if not base.is_dir():
        raise InputError(f"--root {base}: not a folder")
    embedder = Embedder(model, cache=None if no_cache else EmbeddingCache(), progress=not quiet and _stderr_is_terminal(), backend=backend.value, remember=not no_cache)
    flagged = [False]
    tally = {"groups": 0, "failed": 0}
    first_error: list[str] = []

    def produce() -> Iterable[str]:
        for outcome in run_batch(lines, embedder, base=base, threshold=threshold, jobs=jobs, max_bytes=max_bytes, learned_noise=learned_noise):
            tally["groups"] += 1
            if outcome.report is None:
                tally["failed"] += 1
                if not first_error:
                    first_error.append(f"group {outcome.group.line}: {outcome.error}")
            if outcome.report is not None:
                flagged[0] |= _fails(fail_on, [outcome.report])
            yield outcome_line(outcome, version=__version__) + "\n"

    write_output(produce(), output)
    if tally["groups"] and tally["failed"] == tally["groups"]:
        raise InputError(f"every group failed ({tally['failed']} of {tally['groups']}); the first: {first_error[0]}")
    if not tally["groups"]:
        raise InputError(f"{groups}: no groups (the batch file has no non-blank lines)")
    if tally["failed"] and not quiet:
        sys.stderr.write(f"claimcheck: {tally['failed']} of {tally['groups']} groups failed (see their \"error\" records)\n")
    if flagged[0]:
        raise typer.Exit(1)


INTERNAL_ERROR = 3


class _Terminated(BaseException):
    """SIGTERM, raised so that ``finally`` blocks run: no half-written file
    or ``.tmp`` is left behind when a job is killed."""


def _on_sigterm_unwind() -> None:
    import signal

    def handler(signum: int, frame: object) -> None:
        raise _Terminated()

    try:
        signal.signal(signal.SIGTERM, handler)
    except (ValueError, OSError):  # not the main thread: leave it alone
        pass


def internal_error_line(err: BaseException) -> str:
    """One line for an unexpected exception: what broke, where to report it."""
    return one_line(f"claimcheck: internal error: {describe_internal(err)}; please report it (CLAIMCHECK_DEBUG=1 shows the traceback)")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status instead of raising SystemExit."""
    command = typer.main.get_command(app)
    _on_sigterm_unwind()
    try:
        result = command.main(args=argv, prog_name="claimcheck", standalone_mode=False)
    except _cx.NoArgsIsHelpError as err:
        sys.stdout.write(err.ctx.get_help() + "\n" if err.ctx is not None else "")
        return 0
    except _cx.UsageError as err:
        hint = ""
        if err.ctx is not None:
            hint = f" (see '{err.ctx.command_path} --help')"
        args = list(sys.argv[1:] if argv is None else argv)
        if args and args[0] not in ("compare", "quantities", "batch") and os.path.exists(args[0]):
            hint = f"; to compare files: claimcheck compare {' '.join(args[:3])}{' ...' if len(args) > 3 else ''}"
        message = err.format_message().rstrip(".") if hint.startswith(";") else err.format_message()
        sys.stderr.write(one_line(f"claimcheck: error: {message}{hint}") + "\n")
        return 2
    except _cx.ClickException as err:
        sys.stderr.write(one_line(f"claimcheck: error: {err.format_message()}") + "\n")
        return 2
    except ClaimcheckError as err:
        sys.stderr.write(one_line(f"claimcheck: error: {err}") + "\n")
        return 2
    except (KeyboardInterrupt, typer.Abort):
        sys.stderr.write("claimcheck: interrupted\n")
        return 130
    except _Terminated:
        sys.stderr.write("claimcheck: terminated\n")
        return 143
    except BrokenPipeError:
        # The reader went away (claimcheck ... | head): not an error of ours.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except Exception as err:  # the last line of defence: a bug, never a finding
        if os.environ.get("CLAIMCHECK_DEBUG", "") not in ("", "0"):
            raise
        sys.stderr.write(internal_error_line(err) + "\n")
        return INTERNAL_ERROR
    if isinstance(result, int):
        return result
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
