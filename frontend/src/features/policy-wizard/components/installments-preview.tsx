import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatMoney } from "@/lib/format";

export interface PreviewLine {
  number: number;
  due_date: string;
  amount: string;
}

/** The installments of a plan as the API computed them: Pago n, due date, amount; the total below. */
export function InstallmentsPreview({ label, installments, total }: { label: string; installments: readonly PreviewLine[]; total: string }) {
  return (
    <Table aria-label={label} className="text-sm">
      <TableHeader>
        <TableRow>
          <TableHead>Pago</TableHead>
          <TableHead>Vence</TableHead>
          <TableHead className="text-right">Importe</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {installments.map((i) => (
          <TableRow key={i.number}>
            <TableCell>Pago {i.number}</TableCell>
            <TableCell>{formatDate(i.due_date)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatMoney(i.amount)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell colSpan={2} className="font-medium">
            Total
          </TableCell>
          <TableCell className="text-right font-medium tabular-nums">{formatMoney(total)}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
