"use client";

import "leaflet/dist/leaflet.css";

import type { Map as LeafletMap } from "leaflet";
import * as React from "react";

/**
 * Where the collection was recorded: a read-only Leaflet map with the GPS point (loaded on demand
 * by the panel, like the clients' map). Without a tiles URL the coordinates are shown as text.
 */
export default function ProposalMap({ lat, lng }: { lat: number; lng: number }) {
  const tilesUrl = process.env.NEXT_PUBLIC_MAP_TILES_URL ?? "";
  const container = React.useRef<HTMLDivElement>(null);
  const map = React.useRef<LeafletMap | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    if (!tilesUrl || !container.current) return;
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      const m = L.map(container.current, {
        center: [lat, lng],
        zoom: 16,
        dragging: true,
        scrollWheelZoom: false,
        boxZoom: false,
        keyboard: false,
      });
      const layer = L.tileLayer(tilesUrl, { maxZoom: 19 });
      let loaded = false;
      layer.on("tileload", () => {
        loaded = true;
      });
      layer.on("tileerror", () => {
        if (!loaded) setFailed(true);
      });
      layer.addTo(m);
      L.circleMarker([lat, lng], { radius: 8 }).addTo(m);
      map.current = m;
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
    };
  }, [tilesUrl, lat, lng]);

  const coords = `${lat.toFixed(6)}, ${lng.toFixed(6)}`;
  if (!tilesUrl || failed) {
    return (
      <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground" data-testid="map-unavailable">
        Punto GPS: {coords} ({tilesUrl ? "no se pudo cargar el mapa" : "el mapa no está configurado"}).
      </p>
    );
  }
  return (
    <div>
      <div ref={container} className="h-56 w-full rounded-md border" aria-label={`Mapa del punto donde se registró el cobro (${coords})`} />
      <p className="mt-1 text-xs text-muted-foreground">Punto GPS: {coords}</p>
    </div>
  );
}
