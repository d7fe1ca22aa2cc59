import { type Infer, z } from "@/lib/zod";

/** The password policy of the API (backend app/modules/auth/passwords.py), for live hints. The
 * server stays the judge (it also refuses common passwords); its messages land on the field. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const loginSchema = z.object({
  username: z.string().trim().min(1, "Escribe tu usuario.").max(50, "El usuario tiene como máximo 50 caracteres."),
  password: z.string().min(1, "Escribe tu contraseña.").max(PASSWORD_MAX, "La contraseña es demasiado larga."),
});
export type LoginValues = Infer<typeof loginSchema>;

const SIX_DIGITS = /^\d{6}$/;
const BACKUP_CODE = /^[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}$/;

/** A 6-digit TOTP code, or (when allowed) a backup code XXXXX-XXXXX. */
export function codeSchema(allowBackup: boolean) {
  return z.object({
    code: z
      .string()
      .trim()
      .min(1, "Escribe el código.")
      .refine(
        (v) => SIX_DIGITS.test(v.replace(/\s/g, "")) || (allowBackup && BACKUP_CODE.test(v)),
        allowBackup
          ? "Escribe los 6 dígitos de tu aplicación o un código de respaldo (XXXXX-XXXXX)."
          : "Escribe los 6 dígitos que muestra tu aplicación.",
      ),
  });
}
export type CodeValues = { code: string };

/** Which rules of the policy a candidate password already meets (the strength meter). */
export function passwordChecks(password: string, username?: string) {
  return {
    length: password.length >= PASSWORD_MIN,
    upper: /\p{Lu}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    noUsername: !username || username.length < 3 || !password.toLowerCase().includes(username.toLowerCase()),
  };
}

/** 0..4: the rules met, plus one for length >= 12 with a symbol (a hint, not a rule). */
export function passwordStrength(password: string, username?: string): number {
  if (!password) return 0;
  const checks = passwordChecks(password, username);
  const met = [checks.length, checks.upper, checks.digit].filter(Boolean).length;
  const bonus = password.length >= 12 && /[^\p{L}\p{Nd}]/u.test(password) ? 1 : 0;
  return Math.min(4, (checks.noUsername ? met : Math.min(met, 1)) + bonus);
}

function newPasswordFields(username?: string) {
  return {
    new_password: z
      .string()
      .min(PASSWORD_MIN, `Debe tener al menos ${PASSWORD_MIN} caracteres.`)
      .max(PASSWORD_MAX, `Debe tener como máximo ${PASSWORD_MAX} caracteres.`)
      .refine((v) => /\p{Lu}/u.test(v), "Debe incluir al menos una letra mayúscula.")
      .refine((v) => /\p{Nd}/u.test(v), "Debe incluir al menos un número.")
      .refine((v) => passwordChecks(v, username).noUsername, "No debe contener tu nombre de usuario."),
    confirm: z.string().min(1, "Vuelve a escribir la nueva contraseña."),
  };
}

export function forcedChangeSchema(username?: string) {
  return z
    .object(newPasswordFields(username))
    .refine((v) => v.new_password === v.confirm, { path: ["confirm"], message: "Las contraseñas no coinciden." });
}
export type ForcedChangeValues = Infer<ReturnType<typeof forcedChangeSchema>>;

export function changePasswordSchema(username?: string) {
  return z
    .object({ current_password: z.string().min(1, "Escribe tu contraseña actual."), ...newPasswordFields(username) })
    .refine((v) => v.new_password === v.confirm, { path: ["confirm"], message: "Las contraseñas no coinciden." })
    .refine((v) => v.new_password !== v.current_password, {
      path: ["new_password"],
      message: "La nueva contraseña debe ser distinta de la actual.",
    });
}
export type ChangePasswordValues = Infer<ReturnType<typeof changePasswordSchema>>;
