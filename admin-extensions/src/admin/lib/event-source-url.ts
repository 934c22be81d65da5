/** An absolute URL for an admin route, on the backend the SDK talks to (the admin's own origin in production). */
export const backendUrl = (path: string): string =>
  new URL(path, import.meta.env.VITE_BACKEND_URL || window.location.origin).toString()
