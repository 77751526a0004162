import { describe, expect, it } from 'vitest';
import { AccessPolicy, type GroupMembership } from './access-policy.js';

const ANNA = '6f1c2a7e-0000-4000-8000-00000000a001';
const BERTIL = '6f1c2a7e-0000-4000-8000-00000000b002';
const GROUP = '11111111-2222-3333-4444-555555555555';

describe('AccessPolicy', () => {
  it('lets listed Entra object ids draft and refuses others politely in Swedish', async () => {
    const policy = new AccessPolicy({ allowedUsers: [ANNA.toUpperCase()], openWhenUnconfigured: false });
    expect(await policy.check('draft', { aadObjectId: ANNA })).toEqual({ allowed: true });
    const refused = await policy.check('draft', { aadObjectId: BERTIL, userId: '29:bertil' });
    expect(refused.allowed).toBe(false);
    expect(refused.allowed ? '' : refused.message).toMatch(/behörighet/);
    const ingest = await policy.check('ingest', { aadObjectId: BERTIL });
    expect(ingest.allowed ? '' : ingest.message).toMatch(/underlag/);
  });

  it('matches e-mail addresses case-insensitively when the client supplies them', async () => {
    const policy = new AccessPolicy({ allowedUsers: ['Anna.Andersson@malmo.se'], openWhenUnconfigured: false });
    expect(policy.needsEmail).toBe(true);
    expect((await policy.check('draft', { email: 'anna.andersson@MALMO.se' })).allowed).toBe(true);
    expect((await policy.check('draft', { aadObjectId: ANNA })).allowed).toBe(false);
  });

  it('allows members of the configured group, and refuses when the group lookup fails', async () => {
    const members = new Set([BERTIL]);
    const lookups: string[] = [];
    const groupMembership: GroupMembership = {
      async isMember(aadObjectId, groupId) {
        lookups.push(groupId);
        if (aadObjectId === 'broken') throw new Error('Graph unavailable');
        return members.has(aadObjectId);
      },
    };
    const policy = new AccessPolicy({ allowedUsers: [], allowedGroupId: GROUP, groupMembership, openWhenUnconfigured: true });
    expect((await policy.check('draft', { aadObjectId: BERTIL })).allowed).toBe(true);
    expect((await policy.check('draft', { aadObjectId: ANNA })).allowed).toBe(false);
    expect((await policy.check('draft', { aadObjectId: 'broken' })).allowed).toBe(false);
    expect(lookups.every((id) => id === GROUP)).toBe(true);
  });

  it('with nothing configured is open only in local mode; "*" opens it explicitly', async () => {
    expect((await new AccessPolicy({ allowedUsers: [], openWhenUnconfigured: true }).check('draft', {})).allowed).toBe(true);
    expect((await new AccessPolicy({ allowedUsers: [], openWhenUnconfigured: false }).check('draft', { aadObjectId: ANNA })).allowed).toBe(false);
    expect((await new AccessPolicy({ allowedUsers: ['*'], openWhenUnconfigured: false }).check('ingest', {})).allowed).toBe(true);
  });
});
