import type { GroupMembership } from './access-policy.js';

/** What the Graph check needs: the bot's own Entra app registration (client credentials). */
export interface GraphCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface GraphGroupMembershipOptions {
  credentials: GraphCredentials;
  /** Default https://login.microsoftonline.com (tests point it at a local fake). */
  authorityUrl?: string;
  /** Default https://graph.microsoft.com. */
  graphUrl?: string;
  /** How long an answer is remembered (default 10 minutes); refusals are remembered just as long. */
  cacheTtlMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Raised when Graph or the token endpoint answers with an error; the access policy then refuses. */
export class GraphLookupError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GraphLookupError';
  }
}

/**
 * Entra group membership through Microsoft Graph (`POST /users/{id}/checkMemberGroups`, which also
 * counts nested groups), with an app-only token from the client-credentials flow. The app needs the
 * application permission GroupMember.Read.All with admin consent.
 */
export function createGraphGroupMembership(options: GraphGroupMembershipOptions): GroupMembership {
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const authority = (options.authorityUrl ?? 'https://login.microsoftonline.com').replace(/\/$/, '');
  const graph = (options.graphUrl ?? 'https://graph.microsoft.com').replace(/\/$/, '');
  const ttl = options.cacheTtlMs ?? 10 * 60 * 1000;
  const answers = new Map<string, { member: boolean; until: number }>();
  let token: { value: string; until: number } | null = null;

  async function accessToken(): Promise<string> {
    if (token && token.until > now()) return token.value;
    const { tenantId, clientId, clientSecret } = options.credentials;
    const response = await fetchImpl(`${authority}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, scope: 'https://graph.microsoft.com/.default', grant_type: 'client_credentials' }),
    });
    if (!response.ok) throw new GraphLookupError(response.status, `Token för Microsoft Graph kunde inte hämtas (HTTP ${response.status}).`);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new GraphLookupError(502, 'Svaret från token-tjänsten saknar access_token.');
    const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    token = { value: body.access_token, until: now() + Math.max(0, seconds - 60) * 1000 };
    return token.value;
  }

  return {
    async isMember(aadObjectId, groupId) {
      const key = `${aadObjectId}\u0000${groupId}`;
      const cached = answers.get(key);
      if (cached && cached.until > now()) return cached.member;
      const response = await fetchImpl(`${graph}/v1.0/users/${encodeURIComponent(aadObjectId)}/checkMemberGroups`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await accessToken()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ groupIds: [groupId] }),
      });
      if (response.status === 404) {
        answers.set(key, { member: false, until: now() + ttl });
        return false;
      }
      if (!response.ok) throw new GraphLookupError(response.status, `Microsoft Graph svarade HTTP ${response.status} på gruppkontrollen.`);
      const body = (await response.json()) as { value?: unknown };
      const member = Array.isArray(body.value) && body.value.some((id) => typeof id === 'string' && id.toLowerCase() === groupId.toLowerCase());
      answers.set(key, { member, until: now() + ttl });
      return member;
    },
  };
}
