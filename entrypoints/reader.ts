import { readThisFrame } from '@/lib/page/reader-entry';

// Injected on demand into every frame of the target tab (lib/panel/read-tab.ts); returns the
// frame's fields as JSON text, and leaves the page agent resident (lib/page/reader-entry.ts).
// The browser carries one string far faster than many objects.
export default defineUnlistedScript((): Promise<string> => readThisFrame());
