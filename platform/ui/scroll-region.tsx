/**
 * A box a wide table scrolls sideways in, so that the page itself never does (a phone's width). It is a named region
 * reached with Tab, so that keyboard users can scroll it with the arrow keys (WCAG 2.1.1). `relative` keeps the
 * table's visually hidden caption and labels inside the box: placed absolutely, they would otherwise widen the page.
 */
export function ScrollRegion({ labelledBy, className = "", children }: { labelledBy: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className={`relative max-w-full overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
