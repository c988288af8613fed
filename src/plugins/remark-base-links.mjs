// Starlight leaves links written in Markdown untouched, so a site under /wiki/infra/ would
// link to /stories/... and 404. This rewrites root-relative Markdown links with the base.
import { withBase } from './base-path.mjs';

/** @param {{ base?: string }} options */
export function remarkBaseLinks(options = {}) {
  const base = options.base ?? '/';
  /**
   * The parts of an mdast / MDX node this reads.
   * @typedef {{ type: string, url?: unknown, attributes?: Array<{ type: string, name?: string, value?: unknown }>, children?: MdNode[] }} MdNode
   * @param {MdNode} node
   */
  const visit = (node) => {
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
      node.url = withBase(node.url, base);
    }
    // MDX JSX elements such as <a href="/x/"> or <LinkCard href="/x/">.
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && Array.isArray(node.attributes)) {
      for (const attr of node.attributes) {
        if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string') {
          attr.value = withBase(attr.value, base);
        }
      }
    }
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  return (/** @type {MdNode} */ tree) => {
    visit(tree);
  };
}
