import { z } from './zod';

/** Where a post was read: a whole job ad, a card in a list, a social post, a chat message, or pasted text. */
export const POST_KINDS = ['job-posting', 'job-card', 'social-post', 'chat-message', 'pasted'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** The text fields the engine reads, in the order evidence is reported. */
export const POST_TEXT_FIELDS = ['title', 'company', 'location', 'salary', 'postedBy', 'text'] as const;
export type PostField = (typeof POST_TEXT_FIELDS)[number];

/**
 * Post: what was read, exactly as it was shown. Normalisation happens inside the engine, so every
 * evidence span points into these original strings.
 */
export const PostSchema = z.object({
  id: z.optional(z.string()),
  /** Site family the post came from: linkedin, facebook, jobstreet, cli, paste … */
  platform: z.optional(z.string()),
  url: z.optional(z.string()),
  kind: z.optional(z.enum(POST_KINDS)),
  title: z.optional(z.string()),
  company: z.optional(z.string()),
  location: z.optional(z.string()),
  salary: z.optional(z.string()),
  postedBy: z.optional(z.string()),
  text: z.string(),
  /** A language hint (BCP-47) from the page; the engine still detects its own. */
  lang: z.optional(z.string()),
  /** ISO-8601 time the post was captured. */
  capturedAt: z.optional(z.string()),
});
export type Post = z.infer<typeof PostSchema>;
