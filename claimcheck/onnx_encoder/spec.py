"""What the model's folder says: how sentence-transformers runs it (modules.json and the
module configs), as far as the ONNX path needs it, and whether it can reproduce it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from .layout import OnnxUnavailable, _one_line


@dataclass(frozen=True)
class ModelSpec:
    """How sentence-transformers runs a model folder, as far as the ONNX path needs it."""

    folder: str  # the model folder
    transformer_dir: str  # folder of the Transformer module (usually the model folder)
    max_seq_length: int
    do_lower_case: bool
    pooling: str  # only "mean" is supported
    normalize: bool
    dimension: int
    pad_token: str
    pad_id: int
    padding_right: bool

    @property
    def tokenizer_file(self) -> str:
        return os.path.join(self.transformer_dir, "tokenizer.json")


def _load_json(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_spec(folder: str) -> ModelSpec:
    """Read modules.json and the module configs; OnnxUnavailable if the layout is not one
    the ONNX path reproduces exactly (Transformer, mean Pooling, optional Normalize)."""
    try:
        modules = sorted(_load_json(os.path.join(folder, "modules.json")), key=lambda m: m.get("idx", 0))
    except (OSError, ValueError, AttributeError, TypeError) as err:
        raise OnnxUnavailable(f"no readable modules.json in {folder} ({_one_line(err)})") from None
    kinds = [str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules]
    if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        raise OnnxUnavailable(f"modules {'+'.join(kinds) or 'none'} are not Transformer+Pooling(+Normalize)")
    tdir = os.path.join(folder, str(modules[0].get("path", "")))
    try:
        pooling = _load_json(os.path.join(folder, str(modules[1].get("path", "")), "config.json"))
        config = _load_json(os.path.join(tdir, "config.json"))
        st_config = _optional_json(os.path.join(tdir, "sentence_bert_config.json"))
        tok_config = _optional_json(os.path.join(tdir, "tokenizer_config.json"))
    except (OSError, ValueError) as err:
        raise OnnxUnavailable(f"model configs in {folder} cannot be read ({_one_line(err)})") from None
    modes = _pooling_modes(pooling)
    if modes != ["mean"]:
        raise OnnxUnavailable(f"pooling {'+'.join(modes) or 'none'} is not supported (only mean pooling)")
    if not os.path.isfile(os.path.join(tdir, "tokenizer.json")):
        raise OnnxUnavailable(f"no tokenizer.json (fast tokenizer) in {tdir}")
    positions = config.get("max_position_embeddings")
    length = st_config.get("max_seq_length")
    if not isinstance(length, int) or length <= 0:
        length = tok_config.get("model_max_length")
        if not isinstance(length, int) or length <= 0 or length > 100_000:
            length = positions
    if isinstance(positions, int) and isinstance(length, int):
        length = min(length, positions)
    if not isinstance(length, int) or length <= 0:
        raise OnnxUnavailable(f"no maximum sequence length found for {folder}")
    dim = pooling.get("word_embedding_dimension", pooling.get("embedding_dimension", config.get("hidden_size")))
    if not isinstance(dim, int) or dim <= 0:
        raise OnnxUnavailable(f"no embedding dimension found for {folder}")
    pad = tok_config.get("pad_token", "[PAD]")
    if isinstance(pad, dict):
        pad = pad.get("content", "[PAD]")
    pad_id = config.get("pad_token_id")
    return ModelSpec(
        folder=folder,
        transformer_dir=tdir,
        max_seq_length=int(length),
        do_lower_case=bool(st_config.get("do_lower_case", False)),
        pooling="mean",
        normalize=kinds[-1] == "Normalize",
        dimension=int(dim),
        pad_token=str(pad),
        pad_id=int(pad_id) if isinstance(pad_id, int) else 0,
        padding_right=str(tok_config.get("padding_side", "right")) != "left",
    )


def _optional_json(path: str) -> dict[str, Any]:
    if not os.path.isfile(path):
        return {}
    data = _load_json(path)
    return data if isinstance(data, dict) else {}


def _pooling_modes(cfg: dict[str, Any]) -> list[str]:
    """Pooling modes in sentence-transformers' order, from old boolean keys or "pooling_mode"."""
    mode = cfg.get("pooling_mode")
    if isinstance(mode, str):
        return [mode]
    if isinstance(mode, list):
        return [str(m) for m in mode]
    legacy = [
        ("pooling_mode_cls_token", "cls"),
        ("pooling_mode_max_tokens", "max"),
        ("pooling_mode_mean_tokens", "mean"),
        ("pooling_mode_mean_sqrt_len_tokens", "mean_sqrt_len_tokens"),
        ("pooling_mode_weightedmean_tokens", "weightedmean"),
        ("pooling_mode_lasttoken", "lasttoken"),
    ]
    found = [name for key, name in legacy if cfg.get(key) is True]
    return found or ["mean"]
