"use client";

import "leaflet/dist/leaflet.css";

import type { CircleMarker, Map as LeafletMap } from "leaflet";
import * as React from "react";

/** Centre of the map when the client has no point yet (Guadalajara). */
const DEFAULT_CENTER: [number, number] = [20.6597, -103.3496];

interface MapPickerProps {
  /** Tiles URL template ({z}/{x}/{y}); empty = no map. Same origin: the CSP allows images from 'self' only. */
  tilesUrl?: string | undefined;
  lat: string;
  lng: string;
  onPick: (point: { lat: number; lng: number }) => void;
}

/**
 * A Leaflet map to drop the client's pin. Leaflet and its CSS come from the bundle (nothing from a
 * CDN); the pin is a circle marker, so no marker images are needed. Without a tiles URL, or when
 * the tiles cannot load (offline), it says "sin mapa" and the coordinate inputs next to it are the
 * way to set the point.
 */
export function MapPicker({ tilesUrl, lat, lng, onPick }: MapPickerProps) {
  const container = React.useRef<HTMLDivElement>(null);
  const map = React.useRef<LeafletMap | null>(null);
  const marker = React.useRef<CircleMarker | null>(null);
  const pick = React.useRef(onPick);
  pick.current = onPick;
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    if (!tilesUrl || !container.current) return;
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      const m = L.map(container.current, { center: DEFAULT_CENTER, zoom: 12 });
      const layer = L.tileLayer(tilesUrl, { maxZoom: 19 });
      let loaded = false;
      layer.on("tileload", () => {
        loaded = true;
      });
      layer.on("tileerror", () => {
        if (!loaded) setFailed(true);
      });
      layer.addTo(m);
      m.on("click", (e) => pick.current({ lat: e.latlng.lat, lng: e.latlng.lng }));
      map.current = m;
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
      marker.current = null;
    };
  }, [tilesUrl]);

  React.useEffect(() => {
    const m = map.current;
    const la = Number(lat);
    const ln = Number(lng);
    if (!m || lat.trim() === "" || lng.trim() === "" || !Number.isFinite(la) || !Number.isFinite(ln)) return;
    void import("leaflet").then((L) => {
      if (marker.current) marker.current.setLatLng([la, ln]);
      else marker.current = L.circleMarker([la, ln], { radius: 8 }).addTo(m);
      m.panTo([la, ln]);
    });
  }, [lat, lng]);

  if (!tilesUrl || failed) {
    return (
      <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground" data-testid="map-unavailable">
        Sin mapa: {tilesUrl ? "no se pudo cargar el mapa" : "el mapa no está configurado"}. Captura la latitud y longitud a mano (opcional: sin
        ellas se usa el centro del municipio y el domicilio queda como aproximado).
      </p>
    );
  }
  return <div ref={container} className="h-64 w-full rounded-md border" aria-label="Mapa: haz clic para ubicar el domicilio" />;
}
