import { z, type Infer } from "@/lib/zod";

// Loose: the three flags (checkboxes) pass through unvalidated; only the text has rules.
export const cancellationCodeSchema = z
  .object({
  description: z
    .string()
    .trim()
    .min(5, "Escribe una descripción de al menos 5 caracteres.")
    .max(500, "Máximo 500 caracteres."),
  })
  .loose();

export type CancellationCodeForm = Infer<typeof cancellationCodeSchema> & { highlight: boolean; blocks_renewal: boolean; is_active: boolean };
