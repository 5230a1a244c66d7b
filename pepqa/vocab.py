"""Phrase lists and vocabularies the checks use, from TOML files an authority can extend.

Each file in ``pepqa/data/vocab/`` is a table of named lists, e.g. ``voice.toml`` has
``unacceptable = [...]``. An authority puts a file with the same name in the policy's
``data.vocab_dir``: its lists are added to the defaults (and a list named ``<name>_remove``
takes entries out), so local wording is added without touching code.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError

VOCAB_DIR = Path(__file__).parent / "data" / "vocab"


def _read(path: Path) -> dict:
    from .datafiles import read_text_capped

    try:
        return tomllib.loads(read_text_capped(path, what="vocabulary file"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: vocabulary file is not valid TOML: {e}") from None


@lru_cache(maxsize=64)
def load_vocab(name: str, extra_dir: str = "") -> dict:
    """The vocabulary ``name`` (file stem) with the authority's additions merged in."""
    base_path = VOCAB_DIR / f"{name}.toml"
    data = _read(base_path)
    if extra_dir:
        extra_path = Path(extra_dir) / f"{name}.toml"
        if extra_path.is_file():
            extra = _read(extra_path)
            for key, value in extra.items():
                if key.endswith("_remove"):
                    target = key[: -len("_remove")]
                    if target not in data:
                        raise ConfigError(f"{extra_path}: '{key}' removes from unknown list '{target}'")
                    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                        raise ConfigError(f"{extra_path}: '{key}' must be a list of words or phrases")
                    drop = {v.lower() for v in value}
                    data[target] = [v for v in data[target] if str(v).lower() not in drop]
                elif key not in data:
                    raise ConfigError(f"{extra_path}: unknown list '{key}' (known: {', '.join(sorted(data))})")
                elif type(value) is not type(data[key]):
                    raise ConfigError(f"{extra_path}: '{key}' must be a {type(data[key]).__name__} like pepqa's own "
                                      f"(pepqa/data/vocab/{name}.toml)")
                elif isinstance(data[key], list):
                    data[key] = list(data[key]) + [v for v in value if v not in data[key]]
                elif isinstance(data[key], dict):
                    data[key] = {**data[key], **value}
                else:
                    data[key] = value
    return data
