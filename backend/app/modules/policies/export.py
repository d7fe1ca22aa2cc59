"""Excel export of the policy list (screens §1.4: every table but clients may be exported).

Memory stays flat whatever the row count: rows come from a server-side cursor in batches, go into
an openpyxl *write-only* workbook (its sheet XML is spooled to a temporary file, never kept in
memory), the finished file is spooled to disk, and the response streams it in chunks. The CPU
work (cell building, zipping) runs in worker threads, never on the event loop.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator, Sequence
from typing import IO, Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.modules.policies.repository import AnyRow
from app.modules.policies.schemas import PLAN_LABELS, SERVICE_LABELS, STATUS_LABELS, VEHICLE_TYPE_LABELS

MONEY_FORMAT: Final = '"$"#,##0.00'
DATE_FORMAT: Final = "dd/mm/yyyy"
CHUNK: Final = 64 * 1024
XLSX_MEDIA_TYPE: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

#: (header, width, value of a row)
COLUMNS: Final[tuple[tuple[str, int], ...]] = (
    ("Folio", 10),
    ("Folio de contrato", 16),
    ("Cliente", 34),
    ("Cobertura", 18),
    ("Servicio", 12),
    ("Tipo de vehículo", 16),
    ("Marca", 14),
    ("Modelo", 16),
    ("Año", 7),
    ("Placas", 11),
    ("Inicio de vigencia", 14),
    ("Fin de vigencia", 14),
    ("Forma de pago", 20),
    ("Prima total", 14),
    ("Vendedor", 30),
    ("Estatus", 18),
)


#: number formats by column index: start and end of the term (dates), total premium (money)
_FORMATS: Final[dict[int, str]] = {10: DATE_FORMAT, 11: DATE_FORMAT, 13: MONEY_FORMAT}


def _values(row: AnyRow) -> list[Any]:
    seller = f"{row.seller_code} {row.seller_name}" if row.seller_code else row.seller_name
    return [
        row.folio,
        row.contract_folio,
        row.client_name,
        row.coverage_name,
        SERVICE_LABELS.get(row.service_type, str(row.service_type)),
        VEHICLE_TYPE_LABELS.get(row.vehicle_type, str(row.vehicle_type)),
        row.make,
        row.model,
        row.year,
        row.plates,
        row.effective_date,
        row.expiration_date,
        PLAN_LABELS.get(row.payment_plan, str(row.payment_plan)),
        row.prima_total,
        seller,
        STATUS_LABELS.get(row.status, str(row.status)),
    ]


class PolicyWorkbook:
    """A write-only workbook of policy rows (one sheet)."""

    def __init__(self) -> None:
        self.workbook = Workbook(write_only=True)
        self.sheet: WriteOnlyWorksheet = self.workbook.create_sheet("Pólizas")
        self.rows = 0
        for index, (_, width) in enumerate(COLUMNS):
            letter = chr(ord("A") + index)
            self.sheet.column_dimensions[letter].width = width
        self.sheet.freeze_panes = "A2"
        header_font = Font(bold=True, color="FFFFFF")
        header_fill = PatternFill("solid", fgColor="1F4E78")
        header = []
        for title, _ in COLUMNS:
            cell = WriteOnlyCell(self.sheet, value=title)
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            header.append(cell)
        self.sheet.append(header)
        self._styled: dict[int, WriteOnlyCell] = {}
        for index, number_format in _FORMATS.items():
            cell = WriteOnlyCell(self.sheet)
            cell.number_format = number_format
            self._styled[index] = cell

    def append(self, batch: Sequence[AnyRow]) -> None:
        # A write-only sheet serialises a row when it is appended, so one styled cell per
        # formatted column is reused for every row (creating and styling a cell per value is
        # most of openpyxl's cost).
        styled = self._styled
        for row in batch:
            cells: list[Any] = _values(row)
            for index, cell in styled.items():
                value = cells[index]
                if value is not None:
                    cell.value = value
                    cells[index] = cell
            self.sheet.append(cells)
        self.rows += len(batch)

    def save(self, sink: IO[bytes]) -> None:
        self.workbook.save(sink)


async def write_workbook(batches: AsyncIterator[Sequence[AnyRow]]) -> tuple[IO[bytes], int]:
    """Build the workbook from ``batches`` into a temporary file (rewound); returns it and the
    number of rows. The caller streams and closes the file."""
    book = await asyncio.to_thread(PolicyWorkbook)
    async for batch in batches:
        await asyncio.to_thread(book.append, batch)
    sink: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (streamed, then closed)
    try:
        await asyncio.to_thread(book.save, sink)
        sink.seek(0)
    except BaseException:
        sink.close()
        raise
    return sink, book.rows


async def iter_file(sink: IO[bytes]) -> AsyncIterator[bytes]:
    """The file's bytes in chunks (reads off the event loop); closes it at the end."""
    try:
        while chunk := await asyncio.to_thread(sink.read, CHUNK):
            yield chunk
    finally:
        sink.close()
