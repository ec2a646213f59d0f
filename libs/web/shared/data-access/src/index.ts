/** HTTP access and signal stores shared by the web app's pages. */
export * from './lib/health/health.api';
export * from './lib/health/health.store';
export * from './lib/http/api-failure';
export * from './lib/auth/auth.api';
export * from './lib/auth/auth.store';
export * from './lib/auth/auth.interceptor';
export * from './lib/auth/auth.guards';
export * from './lib/auth/has-role';
export * from './lib/identity/identity.api';
export * from './lib/identity/units.store';
export * from './lib/identity/users.store';
export * from './lib/identity/organisations.store';
export * from './lib/identity/audit.store';
export * from './lib/candidates/candidates.api';
export * from './lib/candidates/candidates.store';
export * from './lib/candidates/candidate-profile.store';
