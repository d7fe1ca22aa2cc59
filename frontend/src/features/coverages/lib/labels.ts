import type { Schemas } from "@protegrt/api-client";

export type VehicleType = Schemas["VehicleType"];
export type ServiceType = Schemas["ServiceType"];
export type CylinderBand = Schemas["CylinderBand"];
export type CoverageCategory = Schemas["CoverageCategory"];

export const VEHICLE_TYPE_LABEL: Record<VehicleType, string> = {
  automobile: "Automóvil",
  pickup: "Pick up",
  suv: "Camioneta",
  motorcycle: "Motocicleta",
  mototaxi: "Mototaxi",
  truck: "Camión",
};

export const SERVICE_TYPE_LABEL: Record<ServiceType, string> = {
  private: "Particular",
  commercial: "Público",
};

export const CYLINDER_BAND_LABEL: Record<CylinderBand, string> = {
  up_to_150: "Hasta 150 cc",
  "151_to_250": "151 a 250 cc",
  "251_to_500": "251 a 500 cc",
  over_500: "Más de 500 cc",
};

export const CATEGORY_LABEL: Record<CoverageCategory, string> = {
  liability: "Responsabilidad civil",
  comprehensive: "Amplia (se cotiza)",
  platform: "Plataforma",
};

/** "RC BASICA · 101 AUTOMOVIL · Particular · Hasta 150 cc" (pickers and conditions). */
export function coverageLabel(c: {
  name: string;
  vehicle_key: number;
  vehicle_key_name: string;
  service_type: ServiceType;
  cylinder_band: CylinderBand | null;
}): string {
  return [
    c.name,
    `${c.vehicle_key} ${c.vehicle_key_name}`,
    SERVICE_TYPE_LABEL[c.service_type] ?? c.service_type,
    c.cylinder_band ? (CYLINDER_BAND_LABEL[c.cylinder_band] ?? c.cylinder_band) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
