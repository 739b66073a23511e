import numpy as np

from matcher.encoder import _PROBE, is_cross_lingual
from tests.fakes import KeywordEncoder


class TranslatingEncoder:
    """A fake multilingual model: each probe sentence and its translation share one direction."""

    name = "fake/translating"

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = []
        for text in texts:
            row = np.full(len(_PROBE), 0.05, dtype=np.float32)
            for k, pair in enumerate(_PROBE):
                if text in pair:
                    row[k] = 1.0
            rows.append(row / np.linalg.norm(row))
        return np.vstack(rows)


class EnglishOnlyEncoder(KeywordEncoder):
    name = "fake/english-only"


def test_a_model_that_aligns_translations_is_cross_lingual():
    assert is_cross_lingual(TranslatingEncoder())


def test_a_keyword_model_is_not_cross_lingual_when_probed():
    encoder = EnglishOnlyEncoder()
    assert not is_cross_lingual(encoder)
    assert len(encoder.encoded) == 2 * len(_PROBE)


def test_a_declared_capability_is_not_probed():
    encoder = EnglishOnlyEncoder()
    encoder.cross_lingual = True
    assert is_cross_lingual(encoder) and encoder.encoded == []
