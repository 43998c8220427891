// The one import of zod in the extension. zod/mini tree-shakes; `jitless` skips the `new Function` probe, which a
// strict extension CSP would report and which AMO's linter flags.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
