"""Excel export of the receipts list (screens §1.7), streamed like the policies export: rows in
batches from a server-side cursor into a write-only openpyxl workbook spooled to disk, CPU work in
worker threads, the finished file streamed in chunks."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import IO, Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from app.core.clock import MEXICO_CITY
from app.modules.receipts.lifecycle import STATUS_LABELS
from app.modules.receipts.schemas import ReceiptRead

COLUMNS: Final[tuple[tuple[str, int], ...]] = (
    ("Número", 10),
    ("Tipo", 10),
    ("Estatus", 22),
    ("Cobrador", 30),
    ("Folio de póliza", 14),
    ("ID de pago", 10),
    ("Asignado", 18),
    ("Usado", 18),
    ("Entregado", 18),
    ("Extraviado", 18),
    ("Cancelado", 18),
    ("Saltado", 18),
)
KIND_LABELS: Final = {"paper": "papel", "digital": "electrónico"}
DATETIME_FORMAT: Final = "dd/mm/yyyy hh:mm"


def _local(value: datetime | None) -> datetime | None:
    # Excel has no time zones: local (America/Mexico_City) wall time, naive
    return value.astimezone(MEXICO_CITY).replace(tzinfo=None) if value else None


def _values(r: ReceiptRead) -> list[Any]:
    if r.at_office:
        holder = "OFICINA"
    elif r.collector_id:
        holder = " ".join(p for p in (r.collector_code, r.collector_name) if p)
    else:
        holder = None
    return [
        r.number,
        KIND_LABELS.get(r.kind.value, r.kind.value),
        STATUS_LABELS[r.status],
        holder,
        r.policy_folio,
        r.payment_id,
        _local(r.assigned_at),
        _local(r.used_at),
        _local(r.delivered_at),
        _local(r.lost_at),
        _local(r.cancelled_at),
        _local(r.skipped_at),
    ]


class ReceiptWorkbook:
    def __init__(self) -> None:
        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet("Recibos")
        self.rows = 0
        for index, (_, width) in enumerate(COLUMNS):
            self.sheet.column_dimensions[chr(ord("A") + index)].width = width
        self.sheet.freeze_panes = "A2"
        header = []
        for title, _ in COLUMNS:
            cell = WriteOnlyCell(self.sheet, value=title)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78")
            header.append(cell)
        self.sheet.append(header)
        self._date_cells = {i: WriteOnlyCell(self.sheet) for i in range(6, 12)}
        for cell in self._date_cells.values():
            cell.number_format = DATETIME_FORMAT

    def append(self, batch: Sequence[ReceiptRead]) -> None:
        for row in batch:
            cells: list[Any] = _values(row)
            for index, cell in self._date_cells.items():
                if cells[index] is not None:
                    cell.value = cells[index]
                    cells[index] = cell
            self.sheet.append(cells)
        self.rows += len(batch)


async def write_workbook(batches: AsyncIterator[Sequence[ReceiptRead]]) -> IO[bytes]:
    book = await asyncio.to_thread(ReceiptWorkbook)
    async for batch in batches:
        await asyncio.to_thread(book.append, batch)
    sink: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (streamed, then closed)
    try:
        await asyncio.to_thread(book.workbook.save, sink)
        sink.seek(0)
    except BaseException:
        sink.close()
        raise
    return sink
