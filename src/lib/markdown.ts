import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

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

/** A piece of what a reader sees: its text and the 0-based line of the source it starts on. */
export interface RenderedPiece {
  text: string;
  line: number;
}

/**
 * What the renderer above makes of a text, as a reader and a search index see it: each block's text with
 * escapes and character references resolved and emphasis marks gone (`john\@x.org`, `a&#64;b.org` and
 * `a**@**b.org` all read as addresses), one piece per block with `\n` where the source breaks the line,
 * and every link destination as the browser gets it.
 */
export function renderedText(source: string): { pieces: RenderedPiece[]; links: RenderedPiece[] } {
  const pieces: RenderedPiece[] = [];
  const links: RenderedPiece[] = [];
  let line = 0;
  const inline = (children: Token[], start: number) => {
    let text = '';
    let breaks = 0;
    for (const child of children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') {
        text += '\n';
        breaks++;
      } else if (child.type === 'text' || child.type === 'code_inline') text += child.content;
      else if (child.type === 'link_open') links.push({ text: child.attrGet('href') ?? '', line: start + breaks });
    }
    if (text) pieces.push({ text, line: start });
  };
  for (const token of untrusted.parse(source, {})) {
    if (token.map) line = token.map[0];
    if (token.type === 'inline') inline(token.children ?? [], line);
    else if (token.type === 'fence' || token.type === 'code_block')
      pieces.push({ text: token.content, line: line + (token.type === 'fence' ? 1 : 0) });
  }
  return { pieces, links };
}
