import { limitText } from './limit-text.js';

/** What needs permission; asking questions is open to everyone who can reach the bot. */
export type GuardedAction = 'draft' | 'ingest';

/** Who is asking, as far as the channel tells: Teams gives the Entra object id (aadObjectId). */
export interface Principal {
  /** Entra (AAD) object id. */
  aadObjectId?: string | null;
  /** The channel's user id (Teams "29:…"). */
  userId?: string | null;
  /** E-mail / user principal name, when the client looked it up. */
  email?: string | null;
}

/** Checks membership of an Entra group (Microsoft Graph in production, a fake in tests). */
export interface GroupMembership {
  isMember(aadObjectId: string, groupId: string): Promise<boolean>;
}

export interface AccessPolicySettings {
  /** Entra object ids, channel user ids or e-mail addresses; "*" lets everyone. */
  allowedUsers: readonly string[];
  /** Members of this Entra group are allowed too (needs `groupMembership`). */
  allowedGroupId?: string | null;
  groupMembership?: GroupMembership;
  /**
   * With nobody configured: true lets everyone (local use without a bot registration, the Agents
   * Playground), false lets nobody (the safe default for a registered bot).
   */
  openWhenUnconfigured: boolean;
}

export type AccessVerdict = { allowed: true } | { allowed: false; message: string };

const normalise = (value: string): string => value.trim().toLowerCase();

/**
 * Who may draft report text and hand in submissions through Teams. Pure apart from the injected
 * group check; the bot asks it before drafting or ingesting and answers with its message.
 */
export class AccessPolicy {
  private readonly allowed: ReadonlySet<string>;
  private readonly everyone: boolean;

  constructor(private readonly settings: AccessPolicySettings) {
    this.allowed = new Set(settings.allowedUsers.map(normalise).filter((entry) => entry !== '' && entry !== '*'));
    this.everyone = settings.allowedUsers.some((entry) => entry.trim() === '*');
  }

  get configured(): boolean {
    return this.everyone || this.allowed.size > 0 || Boolean(this.settings.allowedGroupId);
  }

  /** True when the list names e-mail addresses, so a client knows it must look the address up. */
  get needsEmail(): boolean {
    return [...this.allowed].some((entry) => entry.includes('@'));
  }

  async check(action: GuardedAction, principal: Principal): Promise<AccessVerdict> {
    const refusal: AccessVerdict = { allowed: false, message: action === 'draft' ? limitText.draftRefused : limitText.ingestRefused };
    if (this.everyone) return { allowed: true };
    if (!this.configured) return this.settings.openWhenUnconfigured ? { allowed: true } : refusal;
    const identities = [principal.aadObjectId, principal.userId, principal.email]
      .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      .map(normalise);
    if (identities.some((identity) => this.allowed.has(identity))) return { allowed: true };
    const groupId = this.settings.allowedGroupId;
    if (groupId && principal.aadObjectId && this.settings.groupMembership) {
      try {
        if (await this.settings.groupMembership.isMember(principal.aadObjectId, groupId)) return { allowed: true };
      } catch {
        // A failed lookup refuses: access is never granted on an error.
      }
    }
    return refusal;
  }

  describe(): string {
    if (this.everyone) return 'utkast och inlämning: alla (ALLOWED_USERS=*)';
    if (!this.configured) return `utkast och inlämning: ${this.settings.openWhenUnconfigured ? 'alla (lokalt läge, ingen lista satt)' : 'ingen (ALLOWED_USERS är inte satt)'}`;
    return `utkast och inlämning: ${this.allowed.size} användare${this.settings.allowedGroupId ? ' och en grupp' : ''}`;
  }
}
