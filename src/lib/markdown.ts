import MarkdownIt from 'markdown-it';

/**
 * Markdown written by strangers: raw HTML is shown as text, images and headings are off
 * (no tracking pixels, no broken page outline), and links are marked as user content.
 * markdown-it's link validation already refuses javascript:, vbscript:, file: and data: URLs.
 */
const untrusted = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable(['image', 'heading', 'lheading']);

untrusted.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index].attrSet('rel', 'nofollow ugc noopener noreferrer');
  return self.renderToken(tokens, index, options);
};

/** Renders a contributor's Markdown to safe HTML. */
export function renderUntrustedMarkdown(source: string): string {
  return untrusted.render(source);
}
