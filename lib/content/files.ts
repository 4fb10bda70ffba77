import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { routing, type Locale } from '@/i18n/routing';

export type ContentFile = { slug: string; locale: Locale; title: string; description: string; body: string };

const root = path.join(process.cwd(), 'content');
const SLUG = /^[a-z0-9-]+(\/[a-z0-9-]+)?$/;

export function parseContentFile(raw: string, slug: string, locale: Locale): ContentFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`content/${locale}/${slug}.md has no front matter`);
  const meta = parseYaml(match[1]!) as { title?: unknown; description?: unknown };
  if (typeof meta.title !== 'string' || typeof meta.description !== 'string') {
    throw new Error(`content/${locale}/${slug}.md needs a title and a description`);
  }
  return { slug, locale, title: meta.title, description: meta.description, body: match[2]!.trim() };
}

export async function readContentFile(locale: Locale, slug: string): Promise<ContentFile | null> {
  if (!SLUG.test(slug)) return null;
  const raw = await fs.readFile(path.join(root, locale, `${slug}.md`), 'utf8').catch(() => null);
  return raw === null ? null : parseContentFile(raw, slug, locale);
}

/** The page in the reader's language, else the Polish text with `fallback` set. */
export async function readContentWithFallback(locale: Locale, slug: string) {
  const own = await readContentFile(locale, slug);
  if (own) return { page: own, fallback: false };
  const polish = locale === routing.defaultLocale ? null : await readContentFile(routing.defaultLocale, slug);
  return polish ? { page: polish, fallback: true } : null;
}
