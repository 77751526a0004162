import { TeamsAdapter } from '@microsoft/teams-ai';

/** The bot's Azure Bot registration. With no app id the bot runs in local mode. */
export interface BotAuthConfig {
  appId?: string | undefined;
  appPassword?: string | undefined;
  tenantId?: string | undefined;
}

export function isAuthConfigured(auth: BotAuthConfig): boolean {
  return Boolean(auth.appId && auth.appId.trim() !== '');
}

/**
 * A TeamsAdapter that checks the Bot Framework token on every request when an app id is configured
 * (401 otherwise); without one it accepts anonymous requests, which the server allows only from the
 * local machine.
 */
export function createTeamsAdapter(auth: BotAuthConfig): TeamsAdapter {
  if (!isAuthConfigured(auth)) return new TeamsAdapter({});
  return new TeamsAdapter({
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword ?? '',
    MicrosoftAppTenantId: auth.tenantId ?? '',
    MicrosoftAppType: auth.tenantId ? 'SingleTenant' : 'MultiTenant',
  });
}

/** Loopback addresses, IPv4, IPv6 and IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}
