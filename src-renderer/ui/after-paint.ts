/**
 * Resolves once the browser has painted the frame being prepared: the next animation frame, then a task
 * after it. A screen starts a big read here after drawing its first rows, so that the read's results,
 * deserialized on this thread, do not hold back the frame that shows them.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
