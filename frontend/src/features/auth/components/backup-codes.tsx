"use client";

import { Copy, Download } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";

/**
 * The 10 backup codes, shown once (they are not stored readable anywhere): copy, download as a
 * text file, and a confirmation before going on.
 */
export function BackupCodes({ codes, username, onDone }: { codes: string[]; username?: string | null; onDone: () => void }) {
  const [saved, setSaved] = React.useState(false);
  const text = `ProtegRT CRM: códigos de respaldo${username ? ` de ${username}` : ""}\nCada código sirve una sola vez.\n\n${codes.join("\n")}\n`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      toast.success("Códigos copiados");
    } catch {
      toast.error("No se pudieron copiar", "Selecciónalos y cópialos a mano, o descárgalos.");
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "protegrt-codigos-de-respaldo.txt";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="grid gap-4">
      <Alert variant="warning">
        Guarda estos códigos en un lugar seguro. Sirven para entrar si pierdes tu teléfono y{" "}
        <strong>no se volverán a mostrar</strong>.
      </Alert>
      <ol className="grid grid-cols-2 gap-2 rounded-lg border bg-muted/40 p-4 font-mono text-sm" data-testid="backup-codes">
        {codes.map((code) => (
          <li key={code} className="text-center tracking-wider">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex gap-2">
        <Button variant="outline" className="flex-1" onClick={copy}>
          <Copy aria-hidden="true" /> Copiar
        </Button>
        <Button variant="outline" className="flex-1" onClick={download}>
          <Download aria-hidden="true" /> Descargar
        </Button>
      </div>
      <div className="flex items-start gap-2">
        <Checkbox id="codes-saved" checked={saved} onCheckedChange={(v) => setSaved(v === true)} />
        <Label htmlFor="codes-saved" className="leading-snug font-normal">
          Guardé mis códigos de respaldo en un lugar seguro.
        </Label>
      </div>
      <Button className="w-full" disabled={!saved} onClick={onDone}>
        Continuar
      </Button>
    </div>
  );
}
