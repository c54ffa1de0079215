/**
 * Whether a cited address pins the version of the library or program it points into. A fact read in
 * source code is only as good as the version it was read in: a link to a moving branch says nothing
 * about which release a reader has, so such a citation must name its version.
 */

/** Branch and channel names that move; a ref with one of these names is not a version. */
const MOVING_REFS = new Set([
  'main', 'master', 'head', 'trunk', 'develop', 'dev', 'next', 'stable', 'latest', 'default', 'gh-pages', 'canary',
]);

export type Pinning = 'pinned' | 'moving' | 'not-code';

const isVersionRef = (ref: string) =>
  !MOVING_REFS.has(ref.toLowerCase()) && (/^[0-9a-f]{7,40}$/i.test(ref) || /\d/.test(ref));

/**
 * 'pinned' when the address names a commit or a release; 'moving' when it points into a code
 * repository or versioned documentation without one; 'not-code' for everything else (standards,
 * issues and pull requests, vendor documentation).
 */
export function pinningOf(address: string): Pinning {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'not-code';
  }
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);

  if (host === 'github.com' || host === 'gitlab.com') {
    const rest = parts[2] === '-' ? parts.slice(3) : parts.slice(2);
    const [kind, ref] = rest;
    if (kind === undefined) return 'not-code';
    if (['blob', 'tree', 'raw', 'commit', 'blame'].includes(kind)) return ref && isVersionRef(ref) ? 'pinned' : 'moving';
    if (kind === 'releases' && rest[1] === 'tag') return 'pinned';
    return 'not-code';
  }
  if (host === 'raw.githubusercontent.com') return parts[2] && isVersionRef(parts[2]) ? 'pinned' : 'moving';
  if (host.endsWith('googlesource.com') || host === 'source.chromium.org') {
    const plus = parts.indexOf('+');
    if (plus === -1) return 'not-code';
    const ref = parts[plus + 1] === 'refs' ? parts[plus + 3] : parts[plus + 1];
    return ref && isVersionRef(ref.replace(/:$/, '')) ? 'pinned' : 'moving';
  }
  if (host === 'searchfox.org') return parts[1] === 'rev' && parts[2] ? 'pinned' : 'moving';
  if (host === 'pkg.go.dev') return url.pathname.includes('@') ? 'pinned' : 'moving';
  if (host === 'docs.rs') return parts[1] && isVersionRef(parts[1]) ? 'pinned' : 'moving';
  if (host.endsWith('.readthedocs.io')) {
    const ver = parts[0]?.length === 2 ? parts[1] : parts[0];
    return ver && isVersionRef(ver) ? 'pinned' : 'moving';
  }
  return 'not-code';
}

/** The commit or release an address pins, for showing beside the citation. */
export function versionInAddress(address: string): string | undefined {
  const match = /github\.com\/[^/]+\/[^/]+\/(?:blob|tree|raw|commit|blame)\/([^/#?]+)/.exec(address)
    ?? /gitlab\.com\/[^/]+\/[^/]+\/-\/(?:blob|tree|raw|commit|blame)\/([^/#?]+)/.exec(address)
    ?? /googlesource\.com\/.+?\/\+\/(?:refs\/tags\/)?([^/#?]+)/.exec(address)
    ?? /raw\.githubusercontent\.com\/[^/]+\/[^/]+\/([^/#?]+)/.exec(address);
  if (!match || pinningOf(address) !== 'pinned') return undefined;
  const ref = match[1]!;
  return /^[0-9a-f]{12,40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
