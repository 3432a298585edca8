/** Fake GitHub API server for tests. See server.ts (server + faults) and world.ts (data model). */
export * from './world.js';
export {
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
  type Fault,
  type FaultAction,
  type FaultHandle,
  type RecordedRequest,
  type RequestMatch,
} from './server.js';
export { runGraphQL, githubSchema, type GitHubGraphQLError } from './graphql.js';
