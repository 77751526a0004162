import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPolicy } from './access-policy.js';
import { createGraphGroupMembership } from './graph-group-membership.js';

const GROUP = 'a1b2c3d4-0000-4000-8000-000000000001';
const MEMBER = '11111111-0000-4000-8000-00000000aaaa';
const OUTSIDER = '22222222-0000-4000-8000-00000000bbbb';

/** A fake of the Entra token endpoint and Graph's checkMemberGroups on loopback. */
let server: Server;
let base: string;
const calls: Array<{ path: string; auth: string | undefined; body: string }> = [];
let graphStatus = 200;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      calls.push({ path: request.url ?? '', auth: request.headers.authorization, body });
      response.setHeader('content-type', 'application/json');
      if (request.url === '/tenant-1/oauth2/v2.0/token') {
        const form = new URLSearchParams(body);
        if (form.get('client_secret') !== 'hemlig' || form.get('grant_type') !== 'client_credentials') {
          response.statusCode = 401;
          return response.end('{"error":"invalid_client"}');
        }
        return response.end(JSON.stringify({ access_token: 'token-123', expires_in: 3600 }));
      }
      const match = /^\/v1\.0\/users\/([^/]+)\/checkMemberGroups$/.exec(request.url ?? '');
      if (!match || request.headers.authorization !== 'Bearer token-123') {
        response.statusCode = 401;
        return response.end('{}');
      }
      if (graphStatus !== 200) {
        response.statusCode = graphStatus;
        return response.end('{}');
      }
      const user = decodeURIComponent(match[1] ?? '');
      const asked = (JSON.parse(body) as { groupIds: string[] }).groupIds;
      response.end(JSON.stringify({ value: user === MEMBER ? asked : [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createGraphGroupMembership', () => {
  it('checks membership with an app-only token, caches answers and the token', async () => {
    calls.length = 0;
    const membership = createGraphGroupMembership({
      credentials: { tenantId: 'tenant-1', clientId: 'app', clientSecret: 'hemlig' },
      authorityUrl: base,
      graphUrl: base,
    });
    expect(await membership.isMember(MEMBER, GROUP)).toBe(true);
    expect(await membership.isMember(OUTSIDER, GROUP)).toBe(false);
    expect(await membership.isMember(MEMBER, GROUP)).toBe(true);
    expect(calls.filter((call) => call.path.endsWith('/token'))).toHaveLength(1);
    expect(calls.filter((call) => call.path.includes('checkMemberGroups'))).toHaveLength(2);
    expect(JSON.parse(calls[1]!.body)).toEqual({ groupIds: [GROUP] });
  });

  it('lets the access policy grant drafting to group members only, and refuse when Graph fails', async () => {
    graphStatus = 200;
    const groupMembership = createGraphGroupMembership({
      credentials: { tenantId: 'tenant-1', clientId: 'app', clientSecret: 'hemlig' },
      authorityUrl: base,
      graphUrl: base,
      cacheTtlMs: 0,
    });
    const policy = new AccessPolicy({ allowedUsers: [], allowedGroupId: GROUP, groupMembership, openWhenUnconfigured: false });
    expect((await policy.check('draft', { aadObjectId: MEMBER })).allowed).toBe(true);
    expect((await policy.check('draft', { aadObjectId: OUTSIDER })).allowed).toBe(false);
    graphStatus = 503;
    expect((await policy.check('draft', { aadObjectId: MEMBER })).allowed).toBe(false);
    graphStatus = 200;
  });

  it('refuses (never grants) when the token cannot be had', async () => {
    const membership = createGraphGroupMembership({
      credentials: { tenantId: 'tenant-1', clientId: 'app', clientSecret: 'fel' },
      authorityUrl: base,
      graphUrl: base,
    });
    await expect(membership.isMember(MEMBER, GROUP)).rejects.toThrow(/Token/);
  });
});
