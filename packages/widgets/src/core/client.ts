import { createClient } from '@solidarity-widgets/sdk';

export type ApiClient = ReturnType<typeof createClient>;

const clients = new Map<string, ApiClient>();

/** One client per (api base, partner), shared by every widget on the page. */
export function clientFor(apiBase: string, partner: string | undefined): ApiClient {
  const key = `${apiBase}\n${partner ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient(partner ? { baseUrl: apiBase, partner } : { baseUrl: apiBase });
    clients.set(key, client);
  }
  return client;
}
