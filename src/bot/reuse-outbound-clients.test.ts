import { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { reuseOutboundClients } from './reuse-outbound-clients.js';

const authOf = (adapter: TeamsAdapter): BotFrameworkAuthentication =>
  (adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication;

const activity = (serviceUrl: string) => ({ type: 'message', text: 'hej', serviceUrl, channelId: 'msteams', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } });

describe('reuseOutboundClients', () => {
  it('hands later turns the same connector client for the same service URL and a new one for another', async () => {
    const adapter = new TeamsAdapter({});
    reuseOutboundClients(adapter);
    const auth = authOf(adapter);
    const client = async (serviceUrl: string) => {
      const result = await auth.authenticateRequest(activity(serviceUrl) as never, '');
      return result.connectorFactory?.create(serviceUrl, result.audience);
    };
    const first = await client('http://localhost:1/');
    const second = await client('http://localhost:1/');
    const other = await client('http://localhost:2/');
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(other).not.toBe(first);
  });

  it('reuses the user token client for the same caller', async () => {
    const adapter = new TeamsAdapter({});
    reuseOutboundClients(adapter);
    const auth = authOf(adapter);
    const { claimsIdentity } = await auth.authenticateRequest(activity('http://localhost:1/') as never, '');
    const first = await auth.createUserTokenClient(claimsIdentity);
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(first);
  });

  it('without it botbuilder builds a new connector client per turn (what this saves)', async () => {
    const auth = authOf(new TeamsAdapter({}));
    const create = async () => {
      const result = await auth.authenticateRequest(activity('http://localhost:1/') as never, '');
      return result.connectorFactory?.create('http://localhost:1/', result.audience);
    };
    expect(await create()).not.toBe(await create());
  });
});
