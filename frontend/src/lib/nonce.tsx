"use client";

import { getNonce, setNonce } from "get-nonce";
import * as React from "react";

/**
 * The request's CSP nonce, for the few elements the client adds itself that CSP checks (the
 * <style> elements of Radix Select and of the scroll lock under dialogs). The root layout reads
 * it from the request (src/proxy.ts).
 */
const NonceContext = React.createContext<string | undefined>(undefined);

export function NonceProvider({ nonce, children }: { nonce: string | undefined; children: React.ReactNode }) {
  // Radix dialogs and menus lock the page's scroll with a <style> they add (react-remove-scroll);
  // it takes its nonce from get-nonce. Set before any of them mounts.
  if (nonce && typeof window !== "undefined" && getNonce() !== nonce) setNonce(nonce);
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export function useNonce(): string | undefined {
  return React.useContext(NonceContext);
}
