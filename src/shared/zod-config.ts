import {z} from 'zod/mini';

// Extension pages forbid eval (MV3 CSP). Zod would otherwise probe `new Function` on first use to decide on its
// JIT, which Chrome reports as a CSP violation. Imported first by every entry point.
z.config({jitless: true});
