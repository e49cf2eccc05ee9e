import { z } from 'zod';
import { isoDateSchema, line } from './common';

/** Front matter of a guide section in `content/guide/*.mdx`. */
export const guideSectionSchema = z.strictObject({
  /** The section's heading, shown as the page title. */
  title: line(100),
  /** One sentence for search results and link previews. */
  description: line(200),
  /** Position in the guide: 1 comes first. */
  order: z.number().int().min(1),
  /** When the section's text last changed. */
  updated: isoDateSchema,
});

export type GuideSection = z.infer<typeof guideSectionSchema>;
