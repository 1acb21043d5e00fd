/** A fresh, unguessable nonce for one response (128 random bits). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export interface PolicyOptions {
  nonce: string;
  development: boolean;
  https: boolean;
}

/**
 * Scripts run only with this response's nonce ('strict-dynamic' lets them load Next's chunks). Styles are as
 * strict in production: the CSS is served as files and Next puts the nonce on any `<style>` it writes. Only
 * `next dev` needs eval (React's server error stacks) and unsigned inline styles (its error overlay).
 */
/**
 * React streams a long SVG (the map, the chart) in hidden segments written as `<svg style="display:none">`;
 * this hash allows exactly that one declaration in a style attribute and nothing else.
 */
const STREAMED_SVG_SEGMENT = "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='";

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`, "'unsafe-hashes'", STREAMED_SVG_SEGMENT])],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}
