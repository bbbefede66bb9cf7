import { useEffect, useState } from 'react';

/**
 * False for a component's first render, true from the render after that one was committed (a
 * passive effect, so after the browser could paint it). What is drawn only when this is true
 * (e.g. the inside of closed disclosures, which nobody sees until they open one) does not delay
 * the first screen, and is there a frame later (find in page, opening it).
 */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => setDone(true), []);
  return done;
}
