import { CONTENT_SECURITY_POLICY_META } from '../renderer-protocol';

/** An HTML tag as Vite's `transformIndexHtml` hook returns it. */
export interface HtmlTag {
  tag: string;
  attrs: Record<string, string>;
  injectTo: 'head-prepend';
}

/** The build plugin that writes the window's CSP into index.html, so the policy has one home. */
export function cspMetaPlugin(): { name: string; transformIndexHtml: () => HtmlTag[] } {
  return {
    name: 'fineprint-csp-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
    ],
  };
}
