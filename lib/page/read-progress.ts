/**
 * How often the reader may tell the panel how far it has got: a slice ends every few
 * milliseconds on a large page, and one message a slice would flood the panel. At most one report
 * every `intervalMs`, the first only once a read has taken that long (a small page sends none).
 */
export function throttleProgress(
  send: (fields: number) => void,
  { intervalMs = 250, now = () => performance.now() }: { intervalMs?: number; now?: () => number } = {},
): (fields: number) => void {
  let last = now();
  return (fields) => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    send(fields);
  };
}
