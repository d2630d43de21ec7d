// One zod entry point for all schemas: the mini build keeps bundles small, and jitless mode stops
// zod probing `new Function`, which extension-page CSP blocks (and AMO's linter reports).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
