import type { Advisory } from '../model.ts';

/**
 * Commit pages on the forges whose URL scheme is fixed and public. Any other
 * forge gets a link only when the fix carries its own `url`, because guessing
 * a URL scheme would publish broken or wrong links.
 */
const FORGES: Array<{ host: RegExp; path: (repo: string, sha: string) => string }> = [
  { host: /^(www\.)?github\.com$/, path: (repo, sha) => `${repo}/commit/${sha}` },
  { host: /^(www\.)?gitlab\.com$/, path: (repo, sha) => `${repo}/-/commit/${sha}` },
  { host: /^codeberg\.org$/, path: (repo, sha) => `${repo}/commit/${sha}` },
  { host: /^git\.kernel\.org$/, path: (repo, sha) => `${repo}/commit/?id=${sha}` },
];

export function commitLink(repo: string, sha: string): string | undefined {
  let url: URL;
  try {
    url = new URL(repo);
  } catch {
    return undefined;
  }
  const forge = FORGES.find((f) => f.host.test(url.hostname));
  return forge ? forge.path(repo.replace(/\.git$/, '').replace(/\/$/, ''), sha) : undefined;
}

/** The advisory's fixes as short labels with links where one is known. */
export function fixLinks(advisory: Advisory): Array<{ label: string; url?: string }> {
  return (advisory.fixes ?? []).map((fix) => {
    if (fix.type === 'commit' && fix.repo && fix.commit) {
      const name =
        fix.repo
          .replace(/\.git$/, '')
          .replace(/\/$/, '')
          .split('/')
          .slice(-1)[0] ?? fix.repo;
      const url = fix.url ?? commitLink(fix.repo, fix.commit);
      return { label: `${name}@${fix.commit.slice(0, 12)}`, ...(url ? { url } : {}) };
    }
    const label = [fix.package, fix.version].filter(Boolean).join(' ') || fix.type;
    return { label, ...(fix.url ? { url: fix.url } : {}) };
  });
}
