// Firefox MV3 treats host permissions (and content-script matches) as optional: the user may not
// have granted them, and then nothing works silently. Chrome grants them at install. Either way we
// check, and the popup asks plainly when something is missing.

export interface PermissionsApi {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
}

export interface ManifestAccess {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/** Every origin the extension needs: the API hosts and the pages its content script reads. */
export function requiredOrigins(manifest: ManifestAccess): string[] {
  const origins = new Set(manifest.host_permissions ?? []);
  for (const cs of manifest.content_scripts ?? []) for (const m of cs.matches ?? []) origins.add(m);
  return [...origins];
}

/** The origins not granted yet (checked one by one so the popup can say which). */
export async function missingOrigins(api: PermissionsApi, manifest: ManifestAccess): Promise<string[]> {
  const missing: string[] = [];
  for (const origin of requiredOrigins(manifest)) {
    if (!(await api.contains({ origins: [origin] }))) missing.push(origin);
  }
  return missing;
}

/** Must run inside the click handler: browsers only show the prompt for a user gesture. */
export function requestOrigins(api: PermissionsApi, origins: string[]): Promise<boolean> {
  return api.request({ origins });
}

/** Words for the prompt: what each missing origin is for. */
export function describeOrigin(origin: string): string {
  if (origin.includes('export.arxiv.org')) return 'arXiv API (paper metadata)';
  if (origin.includes('rss.arxiv.org')) return 'arXiv feeds (new-paper alerts)';
  if (origin.includes('arxiv.org')) return 'arXiv (BibTeX entries, listing pages)';
  if (origin.includes('huggingface.co')) return 'Hugging Face (papers pages and API)';
  return 'web pages (to find paper links)';
}
