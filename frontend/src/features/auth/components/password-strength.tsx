"use client";

import { Check, X } from "lucide-react";

import { cn } from "@/lib/utils";

import { PASSWORD_MIN, passwordChecks, passwordStrength } from "../schemas";

const LEVELS = ["Muy débil", "Débil", "Aceptable", "Buena", "Fuerte"] as const;
const COLORS = ["bg-red-500", "bg-red-500", "bg-yellow-500", "bg-emerald-500", "bg-emerald-600"] as const;

/** A meter and the policy's rules as a checklist, live while typing (screens.md §1.0). */
export function PasswordStrength({ password, username }: { password: string; username?: string | undefined }) {
  const level = passwordStrength(password, username);
  const checks = passwordChecks(password, username);
  const rules = [
    { ok: checks.length, text: `Al menos ${PASSWORD_MIN} caracteres` },
    { ok: checks.upper, text: "Una letra mayúscula" },
    { ok: checks.digit, text: "Un número" },
    { ok: checks.noUsername, text: "Sin tu nombre de usuario" },
  ];
  return (
    <div className="grid gap-2" data-testid="password-strength">
      <div className="flex items-center gap-2">
        <div
          className="flex h-1.5 flex-1 gap-1"
          role="meter"
          aria-label="Seguridad de la contraseña"
          aria-valuemin={0}
          aria-valuemax={4}
          aria-valuenow={level}
          aria-valuetext={password ? LEVELS[level] : "Sin contraseña"}
        >
          {[1, 2, 3, 4].map((i) => (
            <span key={i} className={cn("h-full flex-1 rounded-full bg-muted", password && level >= i && COLORS[level])} />
          ))}
        </div>
        <span className="w-20 text-right text-xs text-muted-foreground">{password ? LEVELS[level] : ""}</span>
      </div>
      <ul className="grid grid-cols-2 gap-x-3 gap-y-1 text-xs">
        {rules.map((rule) => (
          <li key={rule.text} className={cn("flex items-center gap-1", rule.ok ? "text-emerald-700" : "text-muted-foreground")}>
            {rule.ok ? <Check aria-hidden="true" className="size-3.5" /> : <X aria-hidden="true" className="size-3.5" />}
            {rule.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
