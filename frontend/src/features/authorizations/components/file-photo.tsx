"use client";

import * as React from "react";

import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/errors";

import { useFileBlob } from "../api/queries";

/**
 * A photo kept by the files API (GET /files/{id}, with the session's token), shown through an
 * object URL (the CSP allows `blob:` images). The URL is revoked when the photo leaves the page.
 */
export function FilePhoto({ fileId, alt }: { fileId: string; alt: string }) {
  const file = useFileBlob(fileId);
  const [url, setUrl] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!file.data) return;
    const next = URL.createObjectURL(file.data);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [file.data]);

  if (file.isPending) return <Skeleton className="h-48 w-full" />;
  if (file.error) {
    return (
      <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">
        No se pudo cargar la foto: {errorMessage(file.error)}
      </p>
    );
  }
  if (!url) return <Skeleton className="h-48 w-full" />;
  return (
    <a href={url} target="_blank" rel="noreferrer" className="block">
      {/* eslint-disable-next-line @next/next/no-img-element -- a blob: URL, not an optimisable asset */}
      <img src={url} alt={alt} className="max-h-72 w-full rounded-md border object-contain" />
    </a>
  );
}
