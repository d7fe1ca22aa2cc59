"""Excel export of the payments list (every table but clients may be exported, domain.md §2).

The policies export's approach (``app.modules.policies.export``): a server-side cursor in batches,
an openpyxl write-only workbook built in worker threads, spooled to a temporary file and streamed.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator, Sequence
from typing import IO, Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.modules.payments.schemas import DELIVERY_LABELS, METHOD_LABELS, PaymentRow
from app.modules.policies.export import DATE_FORMAT, MONEY_FORMAT
from app.modules.policies.schemas import PAYMENT_STATUS_LABELS

COLUMNS: Final[tuple[tuple[str, int], ...]] = (
    ("Folio", 10),
    ("Cliente", 34),
    ("Pago", 7),
    ("Fecha límite", 13),
    ("Importe", 13),
    ("Estatus", 12),
    ("Fecha real", 13),
    ("Importe pagado", 14),
    ("Abonado", 13),
    ("Saldo", 13),
    ("Forma de pago", 16),
    ("Recibo", 10),
    ("Cobrador", 28),
    ("Entregado en oficina", 18),
    ("Fecha de entrega", 14),
    ("Problema", 10),
    ("Comentarios", 40),
)
_FORMATS: Final[dict[int, str]] = {
    3: DATE_FORMAT,
    4: MONEY_FORMAT,
    6: DATE_FORMAT,
    7: MONEY_FORMAT,
    8: MONEY_FORMAT,
    9: MONEY_FORMAT,
    14: DATE_FORMAT,
}


def _values(row: PaymentRow) -> list[Any]:
    return [
        row.folio,
        row.client_name,
        row.payment_number,
        row.due_date,
        row.amount,
        PAYMENT_STATUS_LABELS.get(row.status, str(row.status)),
        row.paid_date,
        row.paid_amount,
        row.partial_paid,
        row.remaining,
        METHOD_LABELS.get(row.payment_method, "") if row.payment_method else "",
        row.receipt_number or "",
        row.collector_label or "",
        DELIVERY_LABELS.get(row.office_delivery_status, "") if row.office_delivery_status else "",
        row.office_delivery_date,
        "Sí" if row.has_problem else "",
        row.comments or "",
    ]


class PaymentWorkbook:
    def __init__(self) -> None:
        self.workbook = Workbook(write_only=True)
        self.sheet: WriteOnlyWorksheet = self.workbook.create_sheet("Pagos")
        self.rows = 0
        for index, (_, width) in enumerate(COLUMNS):
            self.sheet.column_dimensions[get_column_letter(index + 1)].width = width
        self.sheet.freeze_panes = "A2"
        header = []
        for title, _ in COLUMNS:
            cell = WriteOnlyCell(self.sheet, value=title)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            header.append(cell)
        self.sheet.append(header)
        self._styled: dict[int, WriteOnlyCell] = {}
        for index, number_format in _FORMATS.items():
            cell = WriteOnlyCell(self.sheet)
            cell.number_format = number_format
            self._styled[index] = cell

    def append(self, batch: Sequence[PaymentRow]) -> None:
        for row in batch:
            cells: list[Any] = _values(row)
            for index, cell in self._styled.items():
                if cells[index] is not None:
                    cell.value = cells[index]
                    cells[index] = cell
            self.sheet.append(cells)
        self.rows += len(batch)

    def save(self, sink: IO[bytes]) -> None:
        self.workbook.save(sink)


async def write_workbook(batches: AsyncIterator[Sequence[PaymentRow]]) -> IO[bytes]:
    """The workbook in a rewound temporary file; the caller streams and closes it."""
    book = await asyncio.to_thread(PaymentWorkbook)
    async for batch in batches:
        await asyncio.to_thread(book.append, batch)
    sink: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (streamed, then closed)
    try:
        await asyncio.to_thread(book.save, sink)
        sink.seek(0)
    except BaseException:
        sink.close()
        raise
    return sink
