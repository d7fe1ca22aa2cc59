import { type ZodType, array, boolean, config, object, string, type infer as zInfer } from "zod";

// Zod 4 probes `new Function` to decide whether it may compile validators; under our CSP (no
// 'unsafe-eval') the probe is refused and reported as a violation. jitless skips the probe and
// validates by interpretation, which is fast enough for forms.
config({ jitless: true });

/**
 * The part of zod the app uses, imported by name: `import { z } from "zod"` keeps the whole
 * namespace, every locale included (about 100 KB of gzipped JavaScript on every page). Add here
 * what a new schema needs; import from this module, never from "zod".
 */
export const z = { array, boolean, object, string } as const;

export type Infer<T extends ZodType> = zInfer<T>;
