/** Closed sets used by the content schema, with the words the site shows for each value. */

export const SENDERS = ['client', 'server', 'either', 'neither'] as const;
export type Sender = (typeof SENDERS)[number];

export const SENDER_LABELS: Record<Sender, string> = {
  client: 'Usually the client',
  server: 'Usually the server',
  either: 'Either endpoint',
  neither: 'Neither: reported locally, never sent',
};

export const RECONNECT_ADVICE = ['do-not-retry', 'retry-after-fix', 'retry-with-backoff', 'retry-soon'] as const;
export type ReconnectAdvice = (typeof RECONNECT_ADVICE)[number];

export const RECONNECT_LABELS: Record<ReconnectAdvice, string> = {
  'do-not-retry': 'Do not retry',
  'retry-after-fix': 'Retry after fixing the cause',
  'retry-with-backoff': 'Retry with backoff',
  'retry-soon': 'Retry soon',
};

/** Sections every code page body must have, in this order. */
export const REQUIRED_SECTIONS = ['Description', 'When You See It', 'How to Fix'] as const;
