import { z } from 'zod';

// Zod probes `new Function` to compile its parsers; under our CSP (no 'unsafe-eval') that probe is a
// reported violation even though zod catches it. Jitless parsing is plenty fast for our form sizes.
z.config({ jitless: true });
