/**
 * The renderer's Content-Security-Policy, sent as a header by the web server
 * and by the Electron session; renderer/index.html carries the same policy in
 * a <meta> for the file:// case. Keep the three in step.
 *
 * style-src allows 'unsafe-inline' because Vue's compiler turns large static
 * template blocks into innerHTML strings, and any style="" attribute in them
 * would otherwise be dropped; scripts stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
