"""``python -m claimcheck.onnx_encoder export|check|where`` (see ``cli.main``)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
