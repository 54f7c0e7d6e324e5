/** Bulk evaluation of GitHub logins: list parsing, the queue's schema and state machine (storage is in bulk-queue-store.ts). */
export * from './parse-login-list';
export * from './queue-schema';
export * from './queue-machine';
export { githubProfileFromAccount } from './github-profile';
