"use client";

import { ApiError } from "@protegrt/api-client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Tooltip } from "radix-ui";
import * as React from "react";

import { Toaster } from "@/components/ui/toast";
import { NonceProvider } from "@/lib/nonce";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        // Retrying a refusal (4xx) only repeats it; a network blip or a 5xx gets two more tries.
        retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}

export function Providers({ nonce, children }: { nonce: string | undefined; children: React.ReactNode }) {
  const [queryClient] = React.useState(makeQueryClient);
  return (
    <NonceProvider nonce={nonce}>
      <QueryClientProvider client={queryClient}>
        <Tooltip.Provider delayDuration={300}>
          {children}
          <Toaster />
        </Tooltip.Provider>
      </QueryClientProvider>
    </NonceProvider>
  );
}
