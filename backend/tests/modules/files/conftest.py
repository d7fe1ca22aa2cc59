"""Subjects and sample payloads for the files tests."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.files.fake_files_api import fake_files, fake_files_server, local_files

__all__ = ["fake_files", "fake_files_server", "local_files"]

API = "/api/v1/files"

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120
PE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 56 + b"PE\x00\x00" + b"\x00" * 64
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00" + b"\x00" * 24


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    raw = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


@dataclass
class Team:
    collector: Subject
    other_collector: Subject
    manager: Subject  # gerente de Cobranza: proposals.* (sees proposals' photos)
    seller: Subject  # policies.create (contract photos and PDFs)
    adjuster: Subject  # proposals.create, not policies.create
    assistant: Subject  # auxiliar de Cobranza: no upload permission


@pytest.fixture
async def team(make_user: MakeUser, clock: FrozenClock, session: AsyncSession) -> Team:
    async def user(**kwargs: Any) -> Subject:
        return await make_user(now=clock.now(), **kwargs)

    collector = {
        "roles": [("cobrador", "cobranza")],
        "departments": [("cobranza", False)],
        "is_collector": True,
    }
    team = Team(
        collector=await user(**collector),
        other_collector=await user(**collector),
        manager=await user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)]),
        seller=await user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True),
        adjuster=await user(
            roles=[("ajustador", "siniestros")], departments=[("siniestros", False)], is_adjuster=True
        ),
        assistant=await user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)]),
    )
    await session.commit()
    return team
