"use client";

import { Globe, Loader2, Smartphone } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatAgo, formatDateTime } from "@/lib/format";
import { describeUserAgent } from "@/lib/user-agent";

import { type SessionRow, useMySessions, useRevokeOtherSessions, useRevokeSession } from "../api/queries";

const APP_LABELS: Record<string, string> = { collector: "App de cobranza", seller: "App de ventas", adjuster: "App de ajustadores" };

function describe(s: SessionRow): string {
  if (s.kind === "mobile") {
    const app = s.app_type ? (APP_LABELS[s.app_type] ?? s.app_type) : "App móvil";
    return s.app_version ? `${app} ${s.app_version}` : app;
  }
  return describeUserAgent(s.user_agent);
}

/** Mi cuenta › Mis sesiones: where I am signed in; close one, or every other one. */
export function MySessions() {
  const sessions = useMySessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const [confirmOthers, setConfirmOthers] = React.useState(false);
  const rows = sessions.data ?? [];
  const others = rows.filter((s) => !s.current).length;

  return (
    <div>
      <PageHeader
        title="Mis sesiones"
        description="Navegadores y dispositivos donde tu usuario tiene la sesión abierta."
        actions={
          <Button variant="outline" disabled={others === 0 || revokeOthers.isPending} onClick={() => setConfirmOthers(true)}>
            Cerrar las demás sesiones
          </Button>
        }
      />
      {sessions.error ? <Alert variant="destructive">{errorMessage(sessions.error)}</Alert> : null}
      <div className="rounded-lg border bg-card">
        <Table aria-label="Mis sesiones">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Dispositivo</TableHead>
              <TableHead>IP</TableHead>
              <TableHead>Inicio</TableHead>
              <TableHead>Última actividad</TableHead>
              <TableHead>Expira</TableHead>
              <TableHead className="text-right">
                <span className="sr-only">Acciones</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.isPending
              ? Array.from({ length: 2 }, (_, i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={6}>
                      <Skeleton className="h-5 w-full" />
                    </TableCell>
                  </TableRow>
                ))
              : rows.map((s) => (
                  <TableRow key={s.id} data-testid="session-row" data-current={s.current}>
                    <TableCell>
                      <span className="flex items-center gap-2">
                        {s.kind === "mobile" ? <Smartphone aria-hidden="true" className="size-4" /> : <Globe aria-hidden="true" className="size-4" />}
                        {describe(s)}
                        {s.current ? <Badge tone="green">Esta sesión</Badge> : null}
                      </span>
                    </TableCell>
                    <TableCell className="font-mono text-xs">{s.ip ?? "—"}</TableCell>
                    <TableCell>{formatDateTime(s.created_at)}</TableCell>
                    <TableCell title={formatDateTime(s.last_seen_at)}>{formatAgo(s.last_seen_at)}</TableCell>
                    <TableCell>{formatDateTime(s.expires_at)}</TableCell>
                    <TableCell className="text-right">
                      {s.current ? null : (
                        <Button
                          variant="outline"
                          size="sm"
                          disabled={revoke.isPending && revoke.variables === s.id}
                          onClick={() =>
                            revoke.mutate(s.id, {
                              onSuccess: () => toast.success("Sesión cerrada"),
                              onError: (e) => toast.error("No se pudo cerrar la sesión", errorMessage(e)),
                            })
                          }
                        >
                          {revoke.isPending && revoke.variables === s.id ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
                          Cerrar
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
          </TableBody>
        </Table>
      </div>

      <Dialog open={confirmOthers} onOpenChange={setConfirmOthers}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>¿Cerrar las demás sesiones?</DialogTitle>
            <DialogDescription>
              Se cerrarán {others === 1 ? "1 sesión" : `${others} sesiones`} en otros navegadores y dispositivos. Esta sesión sigue
              abierta.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button variant="outline" onClick={() => setConfirmOthers(false)}>
              Cancelar
            </Button>
            <Button
              variant="destructive"
              disabled={revokeOthers.isPending}
              onClick={() =>
                revokeOthers.mutate(rows, {
                  onSuccess: (n) => {
                    setConfirmOthers(false);
                    toast.success(n === 1 ? "Se cerró 1 sesión" : `Se cerraron ${n} sesiones`);
                  },
                  onError: (e) => toast.error("No se cerraron todas", errorMessage(e)),
                })
              }
            >
              {revokeOthers.isPending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
              Cerrar las demás
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
