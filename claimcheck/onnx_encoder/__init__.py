"""The default model on ONNX Runtime: exported once, then encoded without torch.

Importing sentence-transformers (and with it torch) costs most of a cold
comparison.  The same network, exported once to ONNX, runs on onnxruntime
with the model's own tokenizer (the ``tokenizers`` library reads its
``tokenizer.json``) and the pooling and normalisation its ``modules.json``
names, and gives the same vectors (cosine >= 0.9999 to sentence-transformers;
checked at export time and again every time an export is opened).

Where the export lives
----------------------
``$CLAIMCHECK_ONNX_DIR``, else ``onnx/`` in the embedding cache directory,
one folder per model, named by the hash of the model's files and weights
(the same hash as the cache identity) and the export format::

    <root>/<weights hash>-v1/model.onnx      the network, token ids to token vectors
    <root>/<weights hash>-v1/manifest.json   size and sha256 of model.onnx, settings,
                                             probe sentences and their reference vectors

Robustness
----------
* The export is written into a private temporary folder, checked against
  sentence-transformers, and only then renamed into place in one step, so
  a reader sees a complete export or none.  A crash leaves only a stale
  temporary folder, removed by the next export.
* Exports take a lock file (``.export.lock``), so two processes that both
  find the export missing export it once; the second finds it done.  Where
  locks do not work the rename still keeps every folder whole.
* Opening an export checks the manifest, the file's size, its sha256
  (remembered by size and mtime, so it is computed once per file) and the
  probe sentences' vectors.  Anything wrong means *damaged*: the export is
  rebuilt.

The export itself needs torch, sentence-transformers and ``onnx`` (torch's
TorchScript exporter, ``dynamo=False``, serialises through it; the newer
dynamo exporter would need onnxscript as well).  It always runs in a child
process (``python -m claimcheck.onnx_encoder export``), so the process that
compares articles never imports torch, even on first use; scripts/setup runs
the same command once.

This package imports nothing heavy at import time: numpy, onnxruntime and
tokenizers are imported when an export is opened.

The parts
---------
``layout``     the format, file names, limits, probe sentences, errors, where exports live
``spec``       what the model's folder says (modules.json, the configs, the tokenizer's settings)
``packages``   what is installed (without importing it), versions, what a failed export depends on
``encoder``    OnnxEncoder, the checks of an export's manifest and file, pooling, threads
``opening``    open_encoder, run_export (the child process), the failure marker
``exporter``   the export itself (in the child: torch), the lock, the install by rename
``cli``        ``python -m claimcheck.onnx_encoder export|check|where`` (``__main__``)

Every name other code uses is importable from the package itself; the parts call
``runtime_problem``, ``exporter_problem`` and ``run_export`` through it, so
replacing one of those here (as tests do) takes effect everywhere.
"""

from __future__ import annotations

from .encoder import OnnxEncoder
from .layout import EXPORT_FORMAT, MIN_COSINE, ExportDamaged, ExportMissing, OnnxUnavailable, export_folder, export_root
from .opening import open_encoder
from .spec import ModelSpec, read_spec

# Beyond __all__: every other top-level name the single module had that code, scripts
# and tests use (oe.run_export, oe.FAILED_FILE, oe._threads, ...).
from .cli import main  # noqa: F401
from .encoder import _threads, min_cosine, read_manifest  # noqa: F401
from .exporter import _install, export  # noqa: F401
from .layout import BATCH_SIZE, EXPORT_TIMEOUT, FAILED_FILE, LOCK_FILE, LOCK_WAIT, MANIFEST_FILE, MODEL_FILE  # noqa: F401
from .layout import OPSET, PROBES, QUICK_PROBES, STALE_TMP, weights_digest  # noqa: F401
from .opening import run_export  # noqa: F401
from .packages import exporter_problem, runtime_problem  # noqa: F401

__all__ = [
    "EXPORT_FORMAT",
    "MIN_COSINE",
    "ExportDamaged",
    "ExportMissing",
    "ModelSpec",
    "OnnxEncoder",
    "OnnxUnavailable",
    "export_folder",
    "export_root",
    "open_encoder",
    "read_spec",
]
