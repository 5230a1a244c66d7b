"""Data files pepqa reads besides PEPs (labels, vocabularies, logos): size-capped, regular files only, and
fingerprinted so a batch knows when its cached results are stale.

Why: ``labels_file = "/dev/zero"`` read until the machine ran out of memory; and after an authority edited
its vocabulary, a re-run reported "unchanged" with the old findings because the cache key ignored it.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from . import __version__
from .errors import ConfigError

MAX_DATA_BYTES = 1024 * 1024  # a labels or vocabulary file: pepqa's own are ~20 KB
MAX_LOGO_BYTES = 2 * 1024 * 1024
PACKAGE_DATA = Path(__file__).parent / "data"


def read_capped(path: str | os.PathLike, limit: int = MAX_DATA_BYTES, what: str = "data file") -> bytes:
    """The file's bytes; a ConfigError naming the file if it is not a regular file or is over ``limit``."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as e:
        raise ConfigError(f"{p}: cannot read {what}: {(e.strerror or type(e).__name__).lower()}") from None
    if not stat.S_ISREG(st.st_mode):
        raise ConfigError(f"{p}: {what} is not a regular file")
    if st.st_size > limit:
        raise ConfigError(f"{p}: {what} is too large ({st.st_size / 1048576:.1f} MB; limit {limit // 1048576} MB)")
    try:
        with open(p, "rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise ConfigError(f"{p}: cannot read {what}: {(e.strerror or type(e).__name__).lower()}") from None
    if len(data) > limit:
        raise ConfigError(f"{p}: {what} is too large (limit {limit // 1048576} MB)")
    return data


def read_text_capped(path, limit: int = MAX_DATA_BYTES, what: str = "data file") -> str:
    try:
        return read_capped(path, limit, what).decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: {what} is not UTF-8 text") from None


def data_fingerprint(policy) -> str:
    """A hash of pepqa's version and every data file the checks read: the package's own data and the
    authority's labels file and vocabulary folder. Part of the batch cache key."""
    h = hashlib.sha256(__version__.encode())
    files = sorted(PACKAGE_DATA.rglob("*.toml"))
    labels = (policy.get("data.labels_file") or "").strip()
    if labels:
        files.append(Path(labels))
    vocab = (policy.get("data.vocab_dir") or "").strip()
    if vocab and Path(vocab).is_dir():
        files += sorted(Path(vocab).glob("*.toml"))
    for f in files:
        h.update(str(f.name).encode())
        try:
            h.update(read_capped(f))
        except ConfigError:
            h.update(b"(unreadable)")
    return h.hexdigest()[:16]
