// Starlight lets a wide Markdown table scroll sideways (display: block; overflow: auto) so a
// phone page never does. A scrolling region must be reachable by keyboard (WCAG 2.1.1; axe rule
// scrollable-region-focusable), so every Markdown table joins the tab order.
/** @typedef {{ type: string, tagName?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode */

/** @returns {(tree: HastNode) => void} */
export function rehypeScrollableTables() {
  /** @param {HastNode} node */
  const visit = (node) => {
    if (node.type === 'element' && node.tagName === 'table') {
      node.properties = { ...node.properties, tabIndex: 0 };
    }
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  return (tree) => visit(tree);
}
