/** Tiny fetch helpers for talking to the fake GitHub in tests. */
import type { FakeGitHub } from './server.js';
import { ACTIONS_TOKEN } from './world.js';

/** Untyped JSON from the wire: tests poke into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export async function rest<T = Json>(
  fake: FakeGitHub,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = ACTIONS_TOKEN,
): Promise<Reply<T>> {
  const url = path.startsWith('http') ? path : `${fake.url}${path}`;
  const res = await fetch(url, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function gql<T = Json>(
  fake: FakeGitHub,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = ACTIONS_TOKEN,
): Promise<Reply<{ data?: T; errors?: Json[] }>> {
  const res = await fetch(`${fake.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as { data?: T; errors?: Json[] },
  };
}
