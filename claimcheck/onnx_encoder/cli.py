"""The command line: ``python -m claimcheck.onnx_encoder export|check|where``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from .encoder import OnnxEncoder
from .exporter import export
from .layout import OnnxUnavailable, _one_line, export_folder, export_root
from .spec import read_spec


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(
        prog="python -m claimcheck.onnx_encoder",
        description="Export the default model to ONNX once (scripts/setup does), or check the export.",
    )
    ap.add_argument("action", choices=["export", "check", "where"], help="export if missing or damaged; check it; print its folder")
    ap.add_argument("--model", default=None, help="model name or folder (default: the bundled all-MiniLM-L6-v2)")
    ap.add_argument("--dir", type=Path, default=None, help="export root (default: $CLAIMCHECK_ONNX_DIR, else onnx/ in the cache directory)")
    ap.add_argument("--force", action="store_true", help="export again even if a valid export is there")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    args = ap.parse_args(argv)
    root = args.dir.expanduser() if args.dir is not None else export_root()
    from claimcheck.errors import ClaimcheckError

    def log(msg: str) -> None:
        if not args.quiet:
            print(f"claimcheck: {msg}", file=sys.stderr, flush=True)

    try:
        from claimcheck.embed import resolve_model

        ref = resolve_model(args.model)
        if args.action == "where":
            print(export_folder(ref, root))
            return 0
        if args.action == "check":
            enc = OnnxEncoder(read_spec(str(ref.path)), export_folder(ref, root), memo_dir=root, check=False)
            low = enc.self_check()
            print(f"{enc.folder}: ok (probe min cosine {low:.7f})")
            return 0
        folder, _ = export(args.model, root, force=args.force, log=log)
        print(folder)
        return 0
    except (OnnxUnavailable, ClaimcheckError) as err:
        print(f"claimcheck: error: {_one_line(err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # the exporter's own failures: one line, never a traceback
        print(f"claimcheck: error: ONNX export failed: {type(err).__name__}: {_one_line(err)}", file=sys.stderr)
        return 2

