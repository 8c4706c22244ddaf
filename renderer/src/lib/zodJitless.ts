import { config } from 'zod';

/*
 * The window's CSP forbids eval, and zod probes for it with `new Function`,
 * which the browser reports as a violation. Tell zod up front not to try.
 * Imported first by every lazily loaded screen that pulls in shared schemas.
 */
config({ jitless: true });
