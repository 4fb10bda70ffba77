import { z } from '@/lib/zod';
import { locales } from '@/i18n/routing';

export const pageEditSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, 'invalid'),
  locale: z.enum(locales, 'invalid'),
  title: z.string().trim().min(1, 'required').max(300, 'too_long'),
  description: z.string().trim().min(1, 'required').max(500, 'too_long'),
  body: z.string().trim().min(1, 'required').max(100_000, 'too_long'),
  baseVersion: z.coerce.number().int().min(0),
});

export const restoreSchema = z.object({
  slug: pageEditSchema.shape.slug,
  locale: pageEditSchema.shape.locale,
  version: z.coerce.number().int().min(1),
});

const optionalText = (max: number) => z.string().trim().max(max, 'too_long').optional().default('');
const dateTimeLocal = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'date_invalid');

export const announcementSchema = z.object({
  titlePl: z.string().trim().min(1, 'required').max(200, 'too_long'),
  bodyPl: z.string().trim().min(1, 'required').max(2000, 'too_long'),
  titleEn: optionalText(200),
  bodyEn: optionalText(2000),
  titleRu: optionalText(200),
  bodyRu: optionalText(2000),
  titleUk: optionalText(200),
  bodyUk: optionalText(2000),
  validFrom: dateTimeLocal,
  validTo: dateTimeLocal,
});

export const endAnnouncementSchema = z.object({ id: z.coerce.number().int().min(1) });
