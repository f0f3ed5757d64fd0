"""Test helper: read an SQLCipher 4 file (and its WAL) page by page, decrypted with the raw
key, so a byte scan sees free pages and old WAL frames too, not only the live rows."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC-SHA512 per page
SALT = 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _page(key: bytes, raw: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body, iv = raw[start:PAGE - RESERVE], raw[PAGE - RESERVE:PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of the database file, decrypted (page 1 without its salt)."""
    data = path.read_bytes() if path.exists() else b""
    return b"".join(_page(key, data[i:i + PAGE], i == 0) for i in range(0, len(data), PAGE))


def decrypted_wal(path: Path, key: bytes) -> bytes:
    """Every frame of the WAL file, decrypted."""
    wal = Path(f"{path}-wal")
    data = wal.read_bytes() if wal.exists() else b""
    out, at = [], WAL_HEADER
    while at + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[at:at + 4], "big")
        out.append(_page(key, data[at + FRAME_HEADER:at + FRAME_HEADER + PAGE], number == 1))
        at += FRAME_HEADER + PAGE
    return b"".join(out)


def holds(blob: bytes, *texts: str) -> list[str]:
    """Which of `texts` occur in `blob` (as UTF-8)."""
    return [t for t in texts if t.encode() in blob]
