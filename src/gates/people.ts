/**
 * Who is "allowed" by a people list (`alice`, `@acme/team`, group names). Pure: team members are
 * facts gathered beforehand. Unknown team membership never silently means "not a member": the
 * caller gets an error to report.
 */
import type { Person } from '../config/schema-types.generated.js';
import type { TeamFacts } from './types.js';

export interface PeopleContext {
  groups: Record<string, Person[]>;
  teams: TeamFacts;
}

export interface AllowedCheck {
  allowed: boolean;
  /** Set when the answer is "no" but a team that could have allowed the user could not be read. */
  error?: string;
}

/** Teams referenced by a people list, expanding groups: `org/team` (lower case). */
export function teamsIn(people: readonly Person[], groups: Record<string, Person[]>): string[] {
  const out = new Set<string>();
  for (const p of expand(people, groups)) if (p.startsWith('@')) out.add(p.slice(1).toLowerCase());
  return [...out];
}

/** Expands group names (nested groups allowed; cycles are cut) into users and `@org/team` entries. */
export function expand(people: readonly Person[], groups: Record<string, Person[]>): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  const walk = (list: readonly Person[]) => {
    for (const p of list) {
      if (seen.has(p)) continue;
      seen.add(p);
      // Own properties only: a user named `constructor` or `toString` is not Object's.
      const group = p.startsWith('@') || !Object.hasOwn(groups, p) ? undefined : groups[p];
      if (group) walk(group);
      else out.push(p);
    }
  };
  walk(people);
  return out;
}

export function isAllowed(login: string, people: readonly Person[], ctx: PeopleContext): AllowedCheck {
  const who = login.toLowerCase();
  const errors: string[] = [];
  for (const p of expand(people, ctx.groups)) {
    if (!p.startsWith('@')) {
      if (p.toLowerCase() === who) return { allowed: true };
      continue;
    }
    const team = p.slice(1).toLowerCase();
    const facts = Object.hasOwn(ctx.teams, team) ? ctx.teams[team] : undefined;
    if (!facts) {
      errors.push(`members of ${p} were not read`);
    } else if ('error' in facts) {
      errors.push(facts.error);
    } else if (facts.members.some((m) => m.toLowerCase() === who)) {
      return { allowed: true };
    }
  }
  return errors.length ? { allowed: false, error: errors.join('; ') } : { allowed: false };
}

/** "alice, @acme/dba or release-managers" for messages. */
export function describePeople(people: readonly Person[]): string {
  const items = [...people];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * The people of a list as a reader needs them, with group names expanded to who is in them:
 * "release-managers (alice, @acme/rm) or @acme/dba".
 */
export function describeWho(people: readonly Person[], groups: Record<string, Person[]>): string {
  return describePeople(
    people.map((p) => {
      if (p.startsWith('@') || !groups[p]) return p;
      const members = expand([p], groups);
      return members.length ? `${p} (${members.join(', ')})` : `${p} (empty group)`;
    }),
  );
}
