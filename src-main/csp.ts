/**
 * The one Content-Security-Policy of the app, shared by the built page (meta tag), the Electron
 * custom protocol (response header) and the browser-mode server (response header).
 * No remote origin anywhere; no eval. Mantine sets inline style attributes and one <style> tag,
 * hence 'unsafe-inline' for styles only (scripts stay 'self').
 */
export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
