import { describe, expect, it } from 'vitest';
import { MAX_TERMS, buildWordIndex, queryTerms, rankPages, shardsFor, wordsOf, type IndexedPage } from '../../src/lib/word-index';

const page = (url: string, title: string, summary: string, content: string, id = url): IndexedPage => ({
  id,
  record: [url, title, summary],
  content: `${title}. ${summary}. ${content}`,
});

const pages = [
  page('/codes/1006/', '1006 Abnormal Closure', 'The connection dropped without a Close frame.', 'An idle proxy such as nginx closes the socket after its read timeout of 60 seconds.'),
  page('/codes/1001/', '1001 Going Away', 'An endpoint is leaving.', 'A browser tab closing sends this. Servers shutting down send it too.'),
  page('/codes/1009/', '1009 Message Too Big', 'A message was larger than the limit.', 'Raise the maximum payload size, or split the message.'),
  page('/codes/4004/discord-gateway/', '4004 Authentication failed', 'The token was invalid.', 'Check the token sent in the identify payload; a timeout is not involved.'),
];

/** Searches the index as the browser does: the head, then only the shards the query names. */
function searchFor(query: string) {
  const { head, shards } = buildWordIndex(pages);
  const terms = queryTerms(query);
  const keys = shardsFor(terms, head);
  const loaded = new Map(keys.map((k) => [k, shards.get(k)!]));
  return { urls: rankPages(terms, head, loaded).map(([url]) => url), keys };
}

describe('word index', () => {
  it('keeps words, drops bare numbers and single letters', () => {
    expect(wordsOf('HTTP2 proxy_read_timeout 1006 a closed')).toEqual(['http2', 'proxy', 'read', 'timeout', 'closed']);
  });

  it('meets different forms of a word through its stem', () => {
    expect(searchFor('closes').urls[0]).toBe('/codes/1006/');
    expect(searchFor('shut down').urls[0]).toBe('/codes/1001/');
  });

  it('ranks a page with every word of the query above pages with some of them', () => {
    // 4004 mentions "timeout" but not "nginx"; 1006 has both.
    expect(searchFor('nginx timeout').urls).toEqual(['/codes/1006/', '/codes/4004/discord-gateway/']);
  });

  it('fetches one shard per word, named by its first two letters', () => {
    expect(searchFor('nginx timeout').keys.sort()).toEqual(['ng', 'ti']);
  });

  it('treats the last word as a prefix while it is being typed, and as a word once a space follows', () => {
    expect(searchFor('payl').urls.sort()).toEqual(['/codes/1009/', '/codes/4004/discord-gateway/']);
    expect(searchFor('payl ').urls).toEqual([]);
  });

  it('weights the title: a word in a title outranks the same word in the body', () => {
    const titled = [
      page('/a/', 'Token expired', 'x', 'nothing else'),
      page('/b/', 'Other', 'y', 'the token is mentioned once here among many other words in a long body text'),
    ];
    const { head, shards } = buildWordIndex(titled);
    expect(rankPages(queryTerms('token'), head, shards).map(([u]) => u)).toEqual(['/a/', '/b/']);
  });

  it('multiplies each score by the page prior, after the count of words a page contains', () => {
    const { head, shards } = buildWordIndex(pages);
    const terms = queryTerms('timeout');
    expect(rankPages(terms, head, shards).map(([u]) => u)[0]).toBe('/codes/4004/discord-gateway/');
    const prior = (url: string) => (url.includes('discord') ? 0.1 : 1);
    expect(rankPages(terms, head, shards, 8, prior).map(([u]) => u)).toEqual(['/codes/1006/', '/codes/4004/discord-gateway/']);
    // A page with both words still outranks one with only one, whatever its prior.
    expect(rankPages(queryTerms('token timeout'), head, shards, 8, prior).map(([u]) => u)[0]).toBe('/codes/4004/discord-gateway/');
  });

  it('searches stop words when the query has nothing else', () => {
    expect(queryTerms('what is the')).not.toEqual([]);
    expect(queryTerms('what is nginx').map((t) => t.word)).toEqual(['nginx']);
  });

  it('maps every Pagefind id to its page, and lists exactly the shards it wrote', () => {
    const { head, shards } = buildWordIndex(pages);
    expect(Object.keys(head.pagefind).map((id) => head.pages[head.pagefind[id]!]![0]).sort()).toEqual(pages.map((p) => p.id).sort());
    expect(head.shards.sort()).toEqual([...shards.keys()].sort());
    for (const [key, shard] of shards) for (const s of Object.keys(shard)) expect(s.slice(0, 2)).toBe(key);
  });

  it('looks up at most MAX_TERMS words of a long pasted line, the first ones', () => {
    const line = 'WebSocket connection to wss://example.com/socket failed: Error during WebSocket handshake: Unexpected response code: 502 Bad Gateway from upstream proxy server';
    const terms = queryTerms(line);
    expect(terms).toHaveLength(MAX_TERMS);
    expect(terms[0]!.word).toBe('websocket');
  });

  it('finds nothing for a word no page has', () => {
    expect(searchFor('kubernetes').urls).toEqual([]);
  });
});
