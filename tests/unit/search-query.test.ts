import { describe, expect, it } from 'vitest';
import {
  comparedSides,
  exactAnswers,
  fallbackWords,
  indexNeed,
  mergeResults,
  numbersIn,
  pagePrior,
  UNNAMED_FAMILY_PRIOR,
  phrasesOf,
  rankByWords,
  withPhrases,
  type CodeRef,
} from '../../src/lib/search-query';

const codes: CodeRef[] = [
  { code: 1000, name: 'Normal Closure', summary: 'Clean close.', phrases: [] },
  { code: 1005, name: 'No Status Rcvd', summary: 'No code.', phrases: [] },
  {
    code: 1006,
    name: 'Abnormal Closure',
    summary: 'No close frame.',
    phrases: phrasesOf([{ identifier: 'websocket.CloseAbnormalClosure' }], [{ text: 'no close frame received or sent' }]),
  },
  { code: 1009, name: 'Message Too Big', summary: 'Too big.', phrases: ['Max payload size exceeded'] },
];

describe('search query analysis', () => {
  it('finds whole numbers, not parts of versions or decimals', () => {
    expect(numbersIn('1005 vs 1006')).toEqual([1005, 1006]);
    expect(numbersIn('ws 8.18.1 closed 1006')).toEqual([1006]);
  });

  it('puts a documented code first', () => {
    expect(exactAnswers('1006', codes)[0]).toMatchObject({ kind: 'code', url: '/codes/1006/' });
  });

  it('offers the comparison first when two documented codes are named, in either order', () => {
    for (const q of ['1005 vs 1006', '1006 1005', 'difference between 1006 and 1005']) {
      expect(exactAnswers(q, codes)[0]).toMatchObject({ kind: 'comparison', url: '/compare/1005-vs-1006/' });
    }
  });

  it('explains an undocumented number by its range', () => {
    expect(exactAnswers('4321', codes)[0]).toMatchObject({
      kind: 'number',
      url: '/codes/4321/',
      title: '4321: private use (4000–4999)',
    });
    expect(exactAnswers('2000', codes)[0]?.title).toBe('2000: reserved and unassigned (1000–2999)');
  });

  it('says when a number cannot be a close code', () => {
    expect(exactAnswers('99999', codes)[0]).toMatchObject({ title: '99999 is not a close code', url: '/#ranges' });
  });

  it('answers an exact registry name, ignoring case and punctuation', () => {
    expect(exactAnswers('message too big', codes)[0]?.url).toBe('/codes/1009/');
    expect(exactAnswers('No Status Rcvd.', codes)[0]?.url).toBe('/codes/1005/');
  });

  it('leaves prose queries to the index', () => {
    expect(exactAnswers('connection dropped without close frame', codes)).toEqual([]);
  });

  it('merges exact answers ahead of indexed results without repeats', () => {
    const exact = exactAnswers('1006', codes);
    const indexed = [
      { kind: 'code' as const, url: '/codes/1000/', title: '1000', text: '' },
      { kind: 'code' as const, url: '/codes/1006/', title: '1006', text: '' },
    ];
    expect(mergeResults(exact, indexed).map((r) => r.url)).toEqual(['/codes/1006/', '/codes/1000/']);
  });
});

describe('numbers inside longer queries', () => {
  it('explains a four-digit undocumented code but ignores small numbers in prose', () => {
    expect(exactAnswers('closed with 4321 by server', codes)[0]?.url).toBe('/codes/4321/');
    expect(exactAnswers('ws 8 closed unexpectedly', codes)).toEqual([]);
  });
});

describe('partial numbers', () => {
  it('lists documented codes that start with the digits, in order, before explaining the number itself', () => {
    const urls = exactAnswers('100', codes).map((r) => r.url);
    expect(urls).toEqual(['/codes/1000/', '/codes/1005/', '/codes/1006/', '/codes/1009/', '/codes/100/']);
  });
});

describe('constants and error texts', () => {
  it('knows a constant in full and by its last part', () => {
    expect(phrasesOf([{ identifier: 'CloseReason.CloseCodes.GOING_AWAY' }, { identifier: 'Frame::CLOSE_NORMAL' }], [])).toEqual([
      'CloseReason.CloseCodes.GOING_AWAY',
      'GOING_AWAY',
      'Frame::CLOSE_NORMAL',
      'CLOSE_NORMAL',
    ]);
  });

  it('finds a code from its constant or a pasted error message', () => {
    expect(exactAnswers('CloseAbnormalClosure', codes)[0]?.url).toBe('/codes/1006/');
    expect(exactAnswers('ConnectionClosedError: no close frame received or sent', codes)[0]?.url).toBe('/codes/1006/');
    expect(exactAnswers('max payload size', codes)[0]?.url).toBe('/codes/1009/');
  });

  it('does not match short fragments or parts of words', () => {
    expect(exactAnswers('frame', codes)).toEqual([]);
    const withNormal = [...codes, { code: 1000, name: 'Normal Closure', summary: '', phrases: ['NormalClosure'] }];
    expect(exactAnswers('CloseAbnormalClosure', withNormal).map((r) => r.url)).toEqual(['/codes/1006/']);
  });

  it('prefers the code whose phrase matches more of a pasted message', () => {
    const pasted = [
      { code: 1006, name: 'Abnormal Closure', summary: '', phrases: ['NO_CLOSE_FRAME'] },
      { code: 1011, name: 'Internal Error', summary: '', phrases: ['keepalive ping timeout; no close frame received'] },
    ];
    expect(exactAnswers('keepalive ping timeout; no close frame received', pasted)[0]?.url).toBe(
      '/codes/1011/',
    );
  });
});

describe('fallback when the whole query finds nothing', () => {
  it('searches the meaningful words one by one', () => {
    expect(fallbackWords('unhandled exception in the handler')).toEqual(['unhandled', 'exception', 'handler']);
    expect(fallbackWords('timeout')).toEqual([]);
  });

  it('ranks pages matching more words first, then by rank', () => {
    expect(rankByWords([['/a/', '/b/'], ['/b/', '/c/'], ['/c/', '/b/']])).toEqual(['/b/', '/c/', '/a/']);
  });
});

describe('search over families', () => {
  const fam = (code: number, family: string, familyName: string, name: string, related: string[] = []): CodeRef => ({
    code,
    name,
    summary: `${name}.`,
    phrases: [],
    family,
    familyName,
    related,
  });
  const data = {
    codes: [
      ...codes,
      { code: 1008, name: 'Policy Violation', summary: 'Policy.', phrases: [] },
      fam(4004, 'discord-gateway', 'Discord Gateway', 'Authentication failed'),
      fam(4004, 'discord-voice', 'Discord Voice', 'Authentication failed'),
      fam(4004, 'graphql-ws', 'graphql-ws', 'BadResponse'),
      fam(4014, 'discord-gateway', 'Discord Gateway', 'Disallowed intent(s)'),
      fam(4014, 'discord-voice', 'Discord Voice', 'Disconnected'),
      fam(4406, 'graphql-ws', 'graphql-ws', 'SubprotocolNotAcceptable'),
      fam(4401, 'graphql-ws', 'graphql-ws', 'Unauthorized', ['1008']),
    ],
    notes: [],
  };
  const urls = (q: string) => exactAnswers(q, data).map((r) => r.url);

  it('weighs full-text results: registered codes as they are, a family as much only when the query names it', () => {
    const prior = pagePrior('graphql subprotocol', data);
    expect(prior('/codes/1006/')).toBe(1);
    expect(prior('/codes/4406/graphql-ws/')).toBe(1);
    expect(prior('/families/graphql-ws/')).toBe(1);
    expect(prior('/codes/4004/discord-gateway/')).toBe(UNNAMED_FAMILY_PRIOR);
    expect(prior('/families/discord-voice/')).toBe(UNNAMED_FAMILY_PRIOR);
    // The page of a number only families use (what 4004 means to each) ranks lower still.
    expect(prior('/codes/4004/')).toBeLessThan(UNNAMED_FAMILY_PRIOR);
    expect(pagePrior('subprotocol', data)('/codes/4406/graphql-ws/')).toBe(UNNAMED_FAMILY_PRIOR);
  });

  it('puts the family code first when the query names the family', () => {
    expect(urls('discord 4014')[0]).toBe('/codes/4014/discord-gateway/');
    expect(urls('discord voice 4014')[0]).toBe('/codes/4014/discord-voice/');
    expect(urls('graphql-ws 4004')[0]).toBe('/codes/4004/graphql-ws/');
  });

  it('answers a bare shared number with its number page, then every meaning', () => {
    expect(urls('4004')).toEqual([
      '/codes/4004/',
      '/codes/4004/discord-gateway/',
      '/codes/4004/discord-voice/',
      '/codes/4004/graphql-ws/',
    ]);
  });

  it('answers a number only one family uses with that family code', () => {
    expect(urls('4406 subprotocol')[0]).toBe('/codes/4406/graphql-ws/');
  });

  it('finds a family code by its exact name', () => {
    expect(urls('Disallowed intent(s)')[0]).toBe('/codes/4014/discord-gateway/');
  });

  it('compares a related pair on its static page and any other pair in the browser', () => {
    expect(urls('graphql 4401 vs 1008')[0]).toBe('/compare/1008-vs-4401-graphql-ws/');
    expect(urls('discord 4014 vs graphql 4406')[0]).toBe('/compare/?a=4014-discord-gateway&b=4406-graphql-ws');
  });

  it('does not read "-1" as 1', () => {
    expect(numbersIn('-1')).toEqual([]);
    expect(numbersIn('code -1006')).toEqual([]);
    expect(numbersIn('1005-1006')).toEqual([1005, 1006]);
    expect(exactAnswers('-1', data)[0]?.title).toBe('-1 is not a close code');
  });

  it('searches at most the first 200 characters of a query', () => {
    expect(exactAnswers(`${'x'.repeat(300)} 1006`, data)).toEqual([]);
  });
});

describe('plain phrasing', () => {
  const data = {
    codes: [
      { code: 1000, name: 'Normal Closure', summary: '', phrases: ['NORMAL_CLOSURE'], askedAs: ['closed normally'] },
      { code: 1001, name: 'Going Away', summary: '', phrases: ['GOING_AWAY'], askedAs: ['server shutting down'] },
      { code: 1002, name: 'Protocol error', summary: '', askedAs: ['invalid websocket frame'] },
      { code: 1005, name: 'No Status Rcvd', summary: '', askedAs: ['close without a status code'] },
      {
        code: 1006,
        name: 'Abnormal Closure',
        summary: '',
        phrases: ['no close frame received or sent'],
        askedAs: ['websocket connection failed', 'unexpected server response', 'closed without close frame'],
      },
      { code: 1007, name: 'Invalid frame payload data', summary: '', askedAs: ['invalid utf-8 text'] },
      { code: 1009, name: 'Message Too Big', summary: '', askedAs: ['message too large'] },
      { code: 1014, name: 'Bad Gateway', summary: '' },
      { code: 3008, name: 'Timeout', summary: '' },
      { code: 4004, name: 'Authentication failed', summary: '', family: 'discord-gateway', familyName: 'Discord Gateway' },
      { code: 3000, name: 'Unauthorized', summary: '', askedAs: ['authentication failed'] },
    ] satisfies CodeRef[],
    notes: [],
  };
  const first = (q: string) => exactAnswers(q, data)[0]?.url;

  it("ranks a code first by its name's words or a phrasing, in any order and form", () => {
    expect(first('close without a status code')).toBe('/codes/1005/');
    expect(first('the close frame came without any status code')).toBe('/codes/1005/');
    expect(first('message too large')).toBe('/codes/1009/');
    expect(first('websocket message is too large')).toBe('/codes/1009/');
    expect(first('server is shutting down')).toBe('/codes/1001/');
  });

  it('prefers the phrasing that covers more of the query', () => {
    expect(first('close frame without status code')).toBe('/codes/1005/');
    expect(first('invalid utf-8 in text frame')).toBe('/codes/1007/');
  });

  it('ranks the code the client reports for a pasted error, not a number inside it', () => {
    expect(first('Error: Unexpected server response: 502')).toBe('/codes/1006/');
    expect(first('WebSocket connection failed')).toBe('/codes/1006/');
    expect(exactAnswers('Unexpected server response: 502', data).map((r) => r.url)).not.toContain('/codes/1014/');
  });

  it('does not let a one-word name capture longer queries', () => {
    expect(exactAnswers('nginx timeout', data)).toEqual([]);
    expect(first('timeout')).toBe('/codes/3008/');
  });

  it('prefers a registered code over a family code with the same words', () => {
    expect(first('authentication failed token')).toBe('/codes/3000/');
  });

  it('offers the comparison for two codes named by words, joined by vs, or, and, or "difference between"', () => {
    for (const q of [
      'going away vs normal closure',
      'normal closure or going away',
      'difference between normal closure and going away',
      "what's the difference between GOING_AWAY and 1000?",
      '1000 versus going away',
    ]) {
      expect(exactAnswers(q, data)[0], q).toMatchObject({ kind: 'comparison', url: '/compare/1000-vs-1001/' });
    }
  });

  it('reads no comparison when one side names no code', () => {
    expect(comparedSides('close without a status code and reason')).toEqual(['close without a status code', 'reason']);
    expect(exactAnswers('close without a status code and reason', data).some((r) => r.kind === 'comparison')).toBe(false);
  });
});

describe('when the index is needed', () => {
  const data = {
    codes: [
      { code: 1001, name: 'Going Away', summary: '', phrases: ['GOING_AWAY'] },
      { code: 1006, name: 'Abnormal Closure', summary: '', phrases: ['no close frame received or sent'] },
      { code: 4014, name: 'Disallowed intent(s)', summary: '', family: 'discord-gateway', familyName: 'Discord Gateway' },
    ] satisfies CodeRef[],
    notes: [],
  };

  it('never for numbers, pairs of numbers and family numbers', () => {
    for (const q of ['1006', '100', '1005 vs 1006', 'difference between 1001 and 1006', 'discord 4014', 'close code 1006', '-1', '99999']) {
      expect(indexNeed(q, data), q).toBe('no');
    }
  });

  it('after the first answer for a name, a constant, an error text or two named codes', () => {
    for (const q of ['going away', 'GOING_AWAY', 'no close frame received or sent', 'going away vs abnormal closure']) {
      expect(indexNeed(q, data), q).toBe('after');
    }
  });

  it('at once for other words, even beside a number', () => {
    for (const q of ['nginx timeout', 'discord', '1006 nginx', '<img src=x onerror=alert(1)>']) {
      expect(indexNeed(q, data), q).toBe('now');
    }
  });
});

describe('phrase list', () => {
  it('fills each code with its phrases and phrasings by key', () => {
    const data = withPhrases(
      { codes: [{ code: 1006, name: 'Abnormal Closure', summary: '' }, { code: 4014, name: 'x', summary: '', family: 'discord-gateway' }], notes: [] },
      { phrases: { '1006': ['NO_CLOSE_FRAME'] }, askedAs: { '4014-discord-gateway': ['disallowed intents'] } },
    );
    expect(data.codes.map((c) => [c.phrases, c.askedAs])).toEqual([
      [['NO_CLOSE_FRAME'], []],
      [[], ['disallowed intents']],
    ]);
  });
});

describe('log-line reader seam', () => {
  it('puts the codes a reader recognises ahead of phrase matches', () => {
    const data = {
      codes: [
        { code: 1006, name: 'Abnormal Closure', summary: '', askedAs: ['unexpected server response'] },
        { code: 1002, name: 'Protocol error', summary: '' },
      ] satisfies CodeRef[],
      notes: [],
    };
    const reader = (q: string) => (q.includes('ws') ? [{ code: 1002 }] : []);
    expect(exactAnswers('ws: Unexpected server response: 400', data, reader).map((r) => r.url)).toEqual(['/codes/1002/', '/codes/1006/']);
    expect(exactAnswers('Unexpected server response: 400', data).map((r) => r.url)).toEqual(['/codes/1006/']);
  });
});
