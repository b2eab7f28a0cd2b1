/** Test data for the audit log (shared with the data tests: tests/shared/audit-builders.ts). */
export { auditChain, auditEvent, signingKeys, type SigningKeys } from '../../../shared/audit-builders';
