import { z } from '@/lib/zod';

/** The link page's one field; the same schema runs in the browser and in next-auth's authorize. */
export const oidcLinkSchema = z.object({
  password: z.string().min(1, 'required').max(200, 'password_too_long'),
});
