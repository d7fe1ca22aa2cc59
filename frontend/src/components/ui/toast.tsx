"use client";

import { CircleAlert, CircleCheck, Info, X } from "lucide-react";
import { Toast as ToastPrimitive } from "radix-ui";
import * as React from "react";
import { create } from "zustand";

import { cn } from "@/lib/utils";

type ToastVariant = "default" | "success" | "error";

interface ToastItem {
  id: number;
  title: string;
  description?: string | undefined;
  variant: ToastVariant;
}

interface ToastState {
  items: ToastItem[];
  push: (item: Omit<ToastItem, "id">) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

const useToastStore = create<ToastState>((set) => ({
  items: [],
  push: (item) => set((s) => ({ items: [...s.items.slice(-4), { ...item, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ items: s.items.filter((t) => t.id !== id) })),
}));

/** Shows a toast from anywhere (event handlers, mutations' onSuccess/onError). */
export function toast(title: string, options: { description?: string; variant?: ToastVariant } = {}) {
  useToastStore.getState().push({ title, description: options.description, variant: options.variant ?? "default" });
}
toast.success = (title: string, description?: string) => toast(title, { description, variant: "success" });
toast.error = (title: string, description?: string) => toast(title, { description, variant: "error" });

const ICONS = { default: Info, success: CircleCheck, error: CircleAlert } as const;

/** Mounted once, in the app's providers. */
export function Toaster() {
  const items = useToastStore((s) => s.items);
  const dismiss = useToastStore((s) => s.dismiss);
  // Client only: the server-rendered viewport would carry a style attribute, which the strict CSP
  // (no 'unsafe-inline' styles) refuses; styles set from script after hydration are allowed.
  const [mounted, setMounted] = React.useState(false);
  React.useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  return (
    <ToastPrimitive.Provider swipeDirection="right" duration={5000} label="Notificación">
      {items.map((item) => {
        const Icon = ICONS[item.variant];
        return (
          <ToastPrimitive.Root
            key={item.id}
            onOpenChange={(open) => (open ? undefined : dismiss(item.id))}
            className={cn(
              "pointer-events-auto flex w-full items-start gap-3 rounded-lg border bg-card p-4 pr-8 shadow-lg animate-in",
              item.variant === "error" && "border-destructive/40",
              item.variant === "success" && "border-success/40",
            )}
          >
            <Icon
              aria-hidden="true"
              className={cn(
                "mt-0.5 size-4 shrink-0",
                item.variant === "error" && "text-destructive",
                item.variant === "success" && "text-success",
              )}
            />
            <div className="grid gap-1">
              <ToastPrimitive.Title className="text-sm font-semibold">{item.title}</ToastPrimitive.Title>
              {item.description ? (
                <ToastPrimitive.Description className="text-sm text-muted-foreground">
                  {item.description}
                </ToastPrimitive.Description>
              ) : null}
            </div>
            <ToastPrimitive.Close className="absolute right-2 top-2 rounded-sm p-1 opacity-60 hover:opacity-100">
              <X className="size-3.5" />
              <span className="sr-only">Cerrar</span>
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        );
      })}
      <ToastPrimitive.Viewport label="Notificaciones ({hotkey})" className="fixed bottom-0 right-0 z-[100] flex max-h-screen w-full flex-col gap-2 p-4 sm:max-w-sm" />
    </ToastPrimitive.Provider>
  );
}
