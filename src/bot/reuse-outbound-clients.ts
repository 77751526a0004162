import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotFrameworkAuthentication, ClaimsIdentity, ConnectorClient, ConnectorFactory, UserTokenClient } from 'botframework-connector';

/**
 * botbuilder builds a new ConnectorClient and UserTokenClient (each a full HTTP pipeline) for every
 * incoming activity, which was about a sixth of the CPU time of a turn under load. The clients depend
 * only on the bot's app id (from the caller's claims), the service URL and the audience, so this keeps
 * them per such key and hands the same client to later turns. Authentication itself still runs on
 * every request; the caches are bounded and forget a client whose creation failed.
 */
export function reuseOutboundClients(adapter: TeamsAdapter, maxEntries = 64): void {
  const auth = (adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication;
  const connectors = new Map<string, Promise<ConnectorClient>>();
  const tokenClients = new Map<string, Promise<UserTokenClient>>();
  // As botframework-connector's getAppId: the audience claim from a channel, the appid claim from the Emulator.
  const appIdOf = (identity: ClaimsIdentity): string | null => identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? null;
  const remember = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
    const known = cache.get(key);
    if (known) return known;
    if (cache.size >= maxEntries) cache.clear();
    const made = make();
    cache.set(key, made);
    made.catch(() => cache.delete(key));
    return made;
  };

  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    if (!factory) return result;
    const appId = appIdOf(result.claimsIdentity);
    const reusing: ConnectorFactory = {
      create: (serviceUrl: string, audience?: string) =>
        remember(connectors, JSON.stringify([appId, serviceUrl, audience ?? null]), () => factory.create(serviceUrl, audience)),
    };
    return { ...result, connectorFactory: reusing };
  };

  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (claimsIdentity) => remember(tokenClients, JSON.stringify([appIdOf(claimsIdentity)]), () => createUserTokenClient(claimsIdentity));
}
