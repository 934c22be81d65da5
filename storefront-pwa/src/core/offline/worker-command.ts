/**
 * Sends a command to the controlling service worker and waits for its acknowledgement (the worker answers on the
 * message's port once the work is done); false without a worker or when it did not answer in time.
 */
export function tellWorker(command: { type: string }, timeoutMs = 3000): Promise<boolean> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(false);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), timeoutMs);
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      resolve(true);
    };
    worker.postMessage(command, [channel.port2]);
  });
}
