import { z, type Infer } from "@/lib/zod";

export const ROLE_CODE_MESSAGE = "De 2 a 30 caracteres: minúsculas, números y guion bajo; empieza con una letra.";

export const roleFormSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Este campo es obligatorio.")
    .regex(/^[a-z][a-z0-9_]{1,29}$/, ROLE_CODE_MESSAGE),
  name: z.string().trim().min(1, "Este campo es obligatorio.").max(100, "Máximo 100 caracteres."),
  description: z.string().trim().max(1000, "Máximo 1000 caracteres."),
});

export type RoleFormValues = Infer<typeof roleFormSchema>;
