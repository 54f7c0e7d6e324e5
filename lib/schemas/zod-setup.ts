import { z } from 'zod';

/**
 * Extension pages forbid eval by their default CSP; zod's JIT would probe for it
 * with `new Function` and log a CSP violation. Every entrypoint imports this first.
 */
z.config({ jitless: true });
