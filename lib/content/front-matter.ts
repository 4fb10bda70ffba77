import { parse as parseYaml } from 'yaml';

export type ContentFile = { title: string; description: string; body: string };

/** A content file: YAML front matter with a title and a description, then Markdown. */
export function parseContentFile(raw: string, where: string): ContentFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${where} has no front matter`);
  const meta = parseYaml(match[1]!) as { title?: unknown; description?: unknown } | null;
  if (typeof meta?.title !== 'string' || typeof meta.description !== 'string') throw new Error(`${where} needs a title and a description`);
  return { title: meta.title, description: meta.description, body: match[2]!.trim() };
}
