/** The public address (without locale) of a content page. */
export function pathForSlug(slug: string): string {
  return `/${slug}`;
}
