/**
 * Documented time limits that end a WebSocket connection: the idle and maximum connection times of
 * proxies, load balancers and platforms, and the browser timer throttling that delays application
 * heartbeats. Every figure is stated in the product's own documentation or source, which `source`
 * names; a limit that could not be confirmed there is left out rather than guessed.
 *
 * In `component`, `setting`, `clientSees` and `note`, identifiers are written between backticks; the page sets them
 * in code (src/lib/timeouts.ts `codeSpans`).
 */

/** What the limit measures. */
export const TIMEOUT_KINDS = ['idle', 'max-duration', 'timer-throttle'] as const;
export type TimeoutKind = (typeof TIMEOUT_KINDS)[number];

/**
 * How the figure behaves: `default` until someone changes the setting, `fixed` when the documentation
 * says it cannot be changed, `maximum` when it is the highest value the setting accepts.
 */
export const TIMEOUT_NATURES = ['default', 'fixed', 'maximum'] as const;
export type TimeoutNature = (typeof TIMEOUT_NATURES)[number];

export interface TimeoutSource {
  readonly title: string;
  readonly url: string;
  /** The date the figure was last read in the source, YYYY-MM-DD. */
  readonly checked: string;
}

export interface Timeout {
  /** Stable slug: the row's id on the page and its key in tests. */
  readonly id: string;
  readonly product: string;
  /** The limit as the product names it. */
  readonly component: string;
  readonly kind: TimeoutKind;
  /**
   * The figure in seconds, or the range the documentation gives; `null` when the documentation says
   * there is no default.
   */
  readonly seconds: number | { readonly min: number; readonly max: number } | null;
  readonly nature: TimeoutNature;
  /** The directive, attribute, annotation or flag that changes it, spelt as documented; `null` when none is. */
  readonly setting: string | null;
  /** What a client then sees. */
  readonly clientSees: string;
  readonly note?: string;
  readonly source: TimeoutSource;
  /** A second page of the same documentation, where one fact is stated elsewhere. */
  readonly seeAlso?: TimeoutSource;
}

const CHECKED = '2026-12-01';
const NO_CLOSE_FRAME = 'No close code is documented; a close without a Close frame is reported as 1006.';

export const TIMEOUTS = [
  {
    id: 'nginx-proxy-read-timeout',
    product: 'nginx',
    component: '`proxy_read_timeout`',
    kind: 'idle',
    seconds: 60,
    nature: 'default',
    setting: '`proxy_read_timeout`',
    clientSees: NO_CLOSE_FRAME,
    note: 'On an upgraded (WebSocket) connection the timer restarts whenever data passes in either direction, so Ping and Pong frames keep it open.',
    source: {
      title: 'nginx 1.30.4 source: ngx_http_proxy_module.c (default 60000 ms) and ngx_http_upstream.c (upgraded connections)',
      url: 'https://github.com/nginx/nginx/blob/release-1.30.4/src/http/modules/ngx_http_proxy_module.c',
      checked: CHECKED,
    },
  },
  {
    id: 'ingress-nginx-proxy-read-timeout',
    product: 'Kubernetes ingress-nginx',
    component: '`proxy-read-timeout`',
    kind: 'idle',
    seconds: 60,
    nature: 'default',
    setting: 'annotation `nginx.ingress.kubernetes.io/proxy-read-timeout`, or `proxy-read-timeout` in the ConfigMap',
    clientSees: NO_CLOSE_FRAME,
    note: 'The project’s WebSocket guide says to raise `proxy-read-timeout` and `proxy-send-timeout` (both 60 seconds by default).',
    source: {
      title: 'ingress-nginx controller-v1.15.1: docs/user-guide/miscellaneous.md, “Websockets”',
      url: 'https://github.com/kubernetes/ingress-nginx/blob/controller-v1.15.1/docs/user-guide/miscellaneous.md',
      checked: CHECKED,
    },
  },
  {
    id: 'haproxy-timeout-tunnel',
    product: 'HAProxy',
    component: '`timeout tunnel`',
    kind: 'idle',
    seconds: null,
    nature: 'default',
    setting: '`timeout tunnel` (without it, `timeout client` and `timeout server`)',
    clientSees: NO_CLOSE_FRAME,
    note: 'No default: an unset `timeout client` or `timeout server` is infinite. Once a connection is upgraded to WebSocket, `timeout tunnel` replaces both; without it, they keep applying.',
    source: {
      title: 'HAProxy 3.4.0 Configuration Manual: timeout tunnel, timeout client, timeout server',
      url: 'https://github.com/haproxy/haproxy/blob/v3.4.0/doc/configuration.txt',
      checked: CHECKED,
    },
  },
  {
    id: 'aws-alb-idle-timeout',
    product: 'AWS Application Load Balancer',
    component: 'Connection idle timeout',
    kind: 'idle',
    seconds: 60,
    nature: 'default',
    setting: '`idle_timeout.timeout_seconds`',
    clientSees: NO_CLOSE_FRAME,
    source: {
      title: 'Elastic Load Balancing: Edit attributes for your Application Load Balancer',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html',
      checked: CHECKED,
    },
  },
  {
    id: 'aws-clb-idle-timeout',
    product: 'AWS Classic Load Balancer',
    component: 'Idle connection timeout',
    kind: 'idle',
    seconds: 60,
    nature: 'default',
    setting: '`ConnectionSettings.IdleTimeout`',
    clientSees: NO_CLOSE_FRAME,
    source: {
      title: 'Elastic Load Balancing: Configure the idle connection timeout for your Classic Load Balancer',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html',
      checked: CHECKED,
    },
  },
  {
    id: 'aws-nlb-tcp-idle-timeout',
    product: 'AWS Network Load Balancer',
    component: 'TCP idle timeout',
    kind: 'idle',
    seconds: 350,
    nature: 'default',
    setting: '`tcp.idle_timeout.seconds` (60 to 6000; TLS listeners stay at 350)',
    clientSees: NO_CLOSE_FRAME,
    source: {
      title: 'Elastic Load Balancing: Update the TCP idle timeout for your Network Load Balancer listener',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/update-idle-timeout.html',
      checked: CHECKED,
    },
  },
  {
    id: 'aws-api-gateway-idle',
    product: 'AWS API Gateway (WebSocket APIs)',
    component: 'Idle Connection Timeout',
    kind: 'idle',
    seconds: 600,
    nature: 'fixed',
    setting: null,
    clientSees: 'The connection is closed; the quota page documents no close code.',
    note: 'A quota that cannot be increased.',
    source: {
      title: 'Amazon API Gateway: Quotas for configuring and running a WebSocket API',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html',
      checked: CHECKED,
    },
  },
  {
    id: 'aws-api-gateway-duration',
    product: 'AWS API Gateway (WebSocket APIs)',
    component: 'Connection duration for WebSocket API',
    kind: 'max-duration',
    seconds: 7200,
    nature: 'fixed',
    setting: null,
    clientSees: 'The connection is closed after 2 hours even when busy; the quota page documents no close code.',
    note: 'A quota that cannot be increased.',
    source: {
      title: 'Amazon API Gateway: Quotas for configuring and running a WebSocket API',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html',
      checked: CHECKED,
    },
  },
  {
    id: 'azure-load-balancer-idle',
    product: 'Azure Load Balancer',
    component: 'TCP idle timeout',
    kind: 'idle',
    seconds: 240,
    nature: 'default',
    setting: 'Idle timeout (minutes), 4 to 100: `IdleTimeoutInMinutes` (PowerShell), `--idle-timeout` (Azure CLI)',
    clientSees:
      'By default the flow is dropped silently, so a client notices only when it next sends; with TCP reset enabled, both ends get a reset at once. Either way no Close frame arrives: 1006.',
    source: {
      title: 'Azure Load Balancer: Configure TCP reset and idle timeout',
      url: 'https://learn.microsoft.com/en-us/azure/load-balancer/load-balancer-tcp-idle-timeout',
      checked: CHECKED,
    },
    seeAlso: {
      title: 'Azure Load Balancer: TCP Reset and Idle Timeout',
      url: 'https://learn.microsoft.com/en-us/azure/load-balancer/load-balancer-tcp-reset',
      checked: CHECKED,
    },
  },
  {
    id: 'azure-front-door-websocket-idle',
    product: 'Azure Front Door',
    component: 'WebSocket idle timeout',
    kind: 'idle',
    seconds: 300,
    nature: 'fixed',
    setting: null,
    clientSees: NO_CLOSE_FRAME,
    note: 'Closed when neither the client nor the origin has sent anything for 5 minutes; the page names no setting to change it.',
    source: {
      title: 'Azure Front Door: WebSocket',
      url: 'https://learn.microsoft.com/en-us/azure/frontdoor/standard-premium/websocket',
      checked: CHECKED,
    },
  },
  {
    id: 'google-cloud-backend-service-timeout',
    product: 'Google Cloud external Application Load Balancer',
    component: 'Backend service timeout',
    kind: 'max-duration',
    seconds: 30,
    nature: 'default',
    setting: '`timeoutSec` on the backend service (in GKE, through a `BackendConfig`)',
    clientSees: NO_CLOSE_FRAME,
    note: 'For WebSocket traffic this is the longest a connection may stay open, idle or not.',
    source: {
      title: 'Google Kubernetes Engine: Ingress for external Application Load Balancers, “Support for WebSocket”',
      url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/ingress-xlb',
      checked: CHECKED,
    },
  },
  {
    id: 'cloud-run-request-timeout',
    product: 'Google Cloud Run',
    component: 'Request timeout',
    kind: 'max-duration',
    seconds: 300,
    nature: 'default',
    setting: 'Request timeout (service setting)',
    clientSees: NO_CLOSE_FRAME,
    note: 'A WebSocket stream is an HTTP request to Cloud Run, so the request timeout bounds how long it stays open.',
    source: {
      title: 'Cloud Run: Using WebSockets',
      url: 'https://cloud.google.com/run/docs/triggering/websockets',
      checked: CHECKED,
    },
    seeAlso: {
      title: 'Cloud Run: Set request timeout (services)',
      url: 'https://cloud.google.com/run/docs/configuring/request-timeout',
      checked: CHECKED,
    },
  },
  {
    id: 'cloud-run-request-timeout-max',
    product: 'Google Cloud Run',
    component: 'Request timeout, highest value',
    kind: 'max-duration',
    seconds: 3600,
    nature: 'maximum',
    setting: 'Request timeout (service setting)',
    clientSees: NO_CLOSE_FRAME,
    note: 'Even at the highest setting, a WebSocket on Cloud Run lasts at most 60 minutes; clients must reconnect.',
    source: {
      title: 'Cloud Run: Set request timeout (services)',
      url: 'https://cloud.google.com/run/docs/configuring/request-timeout',
      checked: CHECKED,
    },
  },
  {
    id: 'heroku-router-idle',
    product: 'Heroku',
    component: 'Router idle window',
    kind: 'idle',
    seconds: 55,
    nature: 'fixed',
    setting: null,
    clientSees: 'The router closes the connection and logs an H15 or H28 error; it documents no close code.',
    note: 'Data must pass at least once in every rolling 55-second window.',
    source: {
      title: 'Heroku Help: Why do my websocket requests have high service times in the router logs?',
      url: 'https://help.heroku.com/BZGH6WMY/why-do-my-websocket-requests-have-high-service-times-in-the-router-logs',
      checked: CHECKED,
    },
  },
  {
    id: 'chrome-intensive-throttling',
    product: 'Chrome (background tabs)',
    component: 'Intensive wake-up throttling of JavaScript timers',
    kind: 'timer-throttle',
    seconds: 300,
    nature: 'default',
    setting: '`IntensiveWakeUpThrottlingEnabled` (enterprise policy)',
    clientSees:
      'Nothing closes the socket itself: once a page has been hidden for 5 minutes, deeply chained timers (a `setInterval`, or a `setTimeout` that has rescheduled itself five times or more) are woken in batches, as rarely as once a minute, so a heartbeat sent from such a timer can come late enough for the server or a proxy to give up. Chrome leaves pages that played audio in the last 30 seconds or hold a WebRTC connection alone.',
    note: 'It delays heartbeats that application code sends, not protocol Pongs, which the browser sends in reply to a server’s Ping without JavaScript.',
    source: {
      title: 'Chrome for Developers: Heavy throttling of chained JS timers beginning in Chrome 88',
      url: 'https://developer.chrome.com/blog/timer-throttling-in-chrome-88',
      checked: CHECKED,
    },
  },
] as const satisfies readonly Timeout[];
