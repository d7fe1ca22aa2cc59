"use client";

import * as React from "react";

/**
 * The request's CSP nonce, for the few elements the client adds itself that CSP checks (the
 * <style> Radix Select injects). The root layout reads it from the request (src/proxy.ts).
 */
const NonceContext = React.createContext<string | undefined>(undefined);

export function NonceProvider({ nonce, children }: { nonce: string | undefined; children: React.ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export function useNonce(): string | undefined {
  return React.useContext(NonceContext);
}
