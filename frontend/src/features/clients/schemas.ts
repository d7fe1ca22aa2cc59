import { z, type Infer } from "@/lib/zod";

/** RFC: 3 (company) or 4 (person) letters, yymmdd, 3-character homoclave. */
export const RFC_RE = /^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$/;
export const RFC_MESSAGE = "RFC no válido: 4 letras, fecha AAMMDD y homoclave de 3 caracteres (p. ej. GOMA800101AB1).";
export const PHONE_MESSAGE = "El teléfono debe tener 10 dígitos.";
const REQUIRED = "Este campo es obligatorio.";
const NAME_RE = /^[A-Za-zÀ-ÖØ-öø-ÿ' .-]+$/;
const NAME_MESSAGE = "Solo letras, espacios, apóstrofos, puntos o guiones.";

export const normalizeRfc = (raw: string) => raw.replace(/[\s-]/g, "").toUpperCase();
/** The 10 national digits of a Mexican phone (+52, 52, 521 prefixes and separators removed), or null. */
export function normalizePhone(raw: string): string | null {
  let digits = raw.trim().replace(/[\s\-().]/g, "");
  if (digits.startsWith("+52")) {
    digits = digits.slice(3);
    if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  } else if (digits.length === 12 && digits.startsWith("52")) digits = digits.slice(2);
  else if (digits.length === 13 && digits.startsWith("521")) digits = digits.slice(3);
  return /^[0-9]{10}$/.test(digits) ? digits : null;
}

const optionalText = (max: number) => z.string().trim().max(max, `Máximo ${max} caracteres.`);
const name = z.string().trim().min(1, REQUIRED).max(80, "Máximo 80 caracteres.").regex(NAME_RE, NAME_MESSAGE);
const optionalName = z.string().trim().max(80, "Máximo 80 caracteres.").refine((v) => v === "" || NAME_RE.test(v), NAME_MESSAGE);
const coordinate = (min: number, max: number, label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (Number.isFinite(Number(v)) && Number(v) >= min && Number(v) <= max), `${label} fuera de rango.`);

export const clientFormSchema = z
  .object({
    first_name: name,
    last_name: name,
    second_last_name: optionalName,
    phone_whatsapp: z.string().trim().min(1, REQUIRED).refine((v) => normalizePhone(v) !== null, PHONE_MESSAGE),
    phone_secondary: z.string().trim().refine((v) => v === "" || normalizePhone(v) !== null, PHONE_MESSAGE),
    email: z
      .string()
      .trim()
      .max(254, "Máximo 254 caracteres.")
      .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Correo electrónico no válido."),
    rfc: z.string().refine((v) => v.trim() === "" || RFC_RE.test(normalizeRfc(v)), RFC_MESSAGE),
    notes: optionalText(2000),
    address: z.object({
      street: z.string().trim().min(1, REQUIRED).max(200, "Máximo 200 caracteres."),
      exterior_number: optionalText(20),
      interior_number: optionalText(20),
      neighborhood: z.string().trim().min(1, REQUIRED).max(120, "Máximo 120 caracteres."),
      postal_code: z.string().trim().regex(/^[0-9]{5}$/, "El código postal debe tener 5 dígitos."),
      municipality_id: z.string().trim().regex(/^[1-9][0-9]*$/, "Indica el municipio."),
      lat: coordinate(14, 33, "Latitud"),
      lng: coordinate(-118.5, -86.5, "Longitud"),
    }),
  })
  .refine((v) => (v.address.lat === "") === (v.address.lng === ""), {
    message: "Captura latitud y longitud, o ninguna.",
    path: ["address", "lng"],
  });

export type ClientFormValues = Infer<typeof clientFormSchema>;

export const EMPTY_CLIENT_FORM: ClientFormValues = {
  first_name: "",
  last_name: "",
  second_last_name: "",
  phone_whatsapp: "",
  phone_secondary: "",
  email: "",
  rfc: "",
  notes: "",
  address: { street: "", exterior_number: "", interior_number: "", neighborhood: "", postal_code: "", municipality_id: "", lat: "", lng: "" },
};

const orNull = (v: string) => (v.trim() === "" ? null : v.trim());

/** The API body of the form's values (create and edit send the same shape). */
export function toClientBody(v: ClientFormValues) {
  const a = v.address;
  return {
    first_name: v.first_name.trim(),
    last_name: v.last_name.trim(),
    second_last_name: orNull(v.second_last_name),
    phone_whatsapp: normalizePhone(v.phone_whatsapp) ?? v.phone_whatsapp,
    phone_secondary: v.phone_secondary.trim() ? (normalizePhone(v.phone_secondary) ?? v.phone_secondary) : null,
    email: orNull(v.email),
    rfc: v.rfc.trim() ? normalizeRfc(v.rfc) : null,
    notes: orNull(v.notes),
    address: {
      street: a.street.trim(),
      exterior_number: orNull(a.exterior_number),
      interior_number: orNull(a.interior_number),
      neighborhood: a.neighborhood.trim(),
      postal_code: a.postal_code.trim(),
      municipality_id: Number(a.municipality_id),
      location: a.lat.trim() && a.lng.trim() ? { lat: Number(a.lat), lng: Number(a.lng) } : null,
    },
  };
}

/** The form's values of a client read from the API (edit). */
export function fromClient(c: {
  first_name: string;
  last_name: string;
  second_last_name: string | null;
  phone_whatsapp: string;
  phone_secondary: string | null;
  email: string | null;
  rfc: string | null;
  notes: string | null;
  address: {
    street: string;
    exterior_number: string | null;
    interior_number: string | null;
    neighborhood: string | null;
    postal_code: string | null;
    municipality_id: number;
    location: { lat: number; lng: number } | null;
    location_is_approximate: boolean;
  } | null;
}): ClientFormValues {
  const a = c.address;
  // An approximate point (the municipality's centre) is not the client's: leave it for the user.
  const point = a?.location && !a.location_is_approximate ? a.location : null;
  return {
    first_name: c.first_name,
    last_name: c.last_name,
    second_last_name: c.second_last_name ?? "",
    phone_whatsapp: c.phone_whatsapp,
    phone_secondary: c.phone_secondary ?? "",
    email: c.email ?? "",
    rfc: c.rfc ?? "",
    notes: c.notes ?? "",
    address: {
      street: a?.street ?? "",
      exterior_number: a?.exterior_number ?? "",
      interior_number: a?.interior_number ?? "",
      neighborhood: a?.neighborhood ?? "",
      postal_code: a?.postal_code ?? "",
      municipality_id: a ? String(a.municipality_id) : "",
      lat: point ? String(point.lat) : "",
      lng: point ? String(point.lng) : "",
    },
  };
}
