import { z } from "zod";

// Zod 4 probes `new Function` to decide whether it may compile validators; under our CSP (no
// 'unsafe-eval') the probe is refused and reported as a violation. jitless skips the probe and
// validates by interpretation, which is fast enough for forms. Import `z` from here, not "zod".
z.config({ jitless: true });

export { z };
