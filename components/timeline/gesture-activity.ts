/**
 * When the analyst last made a pan or zoom step. Steps inside the drawn lanes are drawn outside
 * React and commit the view only now and then (see TimelineCanvas), so "the view has not changed
 * for a while" no longer means "the gesture is over": work meant for between gestures (re-centring
 * the held months, re-drawing for a new zoom, rewriting the URL and the range's text) waits for
 * the steps to stop instead.
 */
let lastStepAt = -Infinity;

export function noteStep(): void {
  lastStepAt = performance.now();
}

/** Runs `run` once no step has been made for `quietMs`; returns a cancel function. */
export function whenQuiet(run: () => void, quietMs: number): () => void {
  let handle = 0;
  const check = () => {
    const wait = quietMs - (performance.now() - lastStepAt);
    if (wait > 1) handle = window.setTimeout(check, wait);
    else run();
  };
  handle = window.setTimeout(check, quietMs);
  return () => window.clearTimeout(handle);
}
