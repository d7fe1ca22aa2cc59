"""What a file *is*, from its bytes (magic numbers and a minimal header check), never from its
name or the content type the client sent. Only the kinds the business needs are recognised:
JPEG / PNG / WebP photos and PDF documents; anything else (executables, archives, HTML, SVG...)
is unknown and refused."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class FileKind(StrEnum):
    IMAGE = "image"  # JPEG, PNG, WebP
    PDF = "pdf"


EXTENSIONS: Final[dict[str, str]] = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "application/pdf": "pdf",
}
KIND_OF: Final[dict[str, FileKind]] = {
    "image/jpeg": FileKind.IMAGE,
    "image/png": FileKind.IMAGE,
    "image/webp": FileKind.IMAGE,
    "application/pdf": FileKind.PDF,
}
KIND_LABELS: Final[dict[FileKind, str]] = {FileKind.IMAGE: "imagen JPEG, PNG o WebP", FileKind.PDF: "PDF"}


def sniff(data: bytes) -> str | None:
    """The MIME type of ``data`` when it is one of the recognised kinds, else None."""
    if len(data) >= 4 and data[:3] == b"\xff\xd8\xff" and 0xC0 <= data[3] <= 0xFE:
        return "image/jpeg"
    # PNG: signature, then the IHDR chunk (length 13) first
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[8:16] == b"\x00\x00\x00\rIHDR":
        return "image/png"
    # WebP: a RIFF container whose form type is WEBP and whose first chunk is VP8/VP8L/VP8X
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" and data[12:16] in (b"VP8 ", b"VP8L", b"VP8X"):
        return "image/webp"
    if data[:5] == b"%PDF-" and data[5:6].isdigit():
        return "application/pdf"
    return None
