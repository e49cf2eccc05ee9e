import { z } from 'zod';
import { idSchema, isoDateSchema, singleLineText } from './common';

/** Front matter of a guide section in `content/guide/*.mdx`. */
export const guideSectionSchema = z.strictObject({
  /** The section's heading, shown as the page title. */
  title: singleLineText(100),
  /** One sentence for search results and link previews. */
  description: singleLineText(200),
  /** Position in the guide: 1 comes first. */
  order: z.number().int().min(1),
  /** When the section's text last changed. */
  updated: isoDateSchema,
  /** Question categories this section helps with; their questions are listed under it. */
  categories: z.array(idSchema).default([]),
  /** Departments this section concerns; their experiences are listed under it. */
  departments: z.array(idSchema).default([]),
});

export type GuideSection = z.infer<typeof guideSectionSchema>;
