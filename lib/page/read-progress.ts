/**
 * How often the reader may tell the panel how far it has got: a slice ends every few
 * milliseconds on a large page, and one message a slice would flood the panel. The first slice is
 * reported (a page big enough to need slices is worth a word, however fast the machine: a wait
 * for the first 250 ms made a fast machine show no progress at all), then at most one report every
 * `intervalMs`. A page read in one slice sends none: the walk only reports between slices.
 */
export function throttleProgress(
  send: (fields: number) => void,
  { intervalMs = 250, now = () => performance.now() }: { intervalMs?: number; now?: () => number } = {},
): (fields: number) => void {
  let last = -Infinity;
  return (fields) => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    send(fields);
  };
}
