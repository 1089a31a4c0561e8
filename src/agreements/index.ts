/** ICE's lists of 287(g) agreements: the one entry point for pages, checks and scripts. */
export type * from './types.ts';
export { loadAgreements, readAgreements, forgetAgreements, DATA_DIR, MANIFEST_FILE } from './load.ts';
export { agreementId, agreementKey, followAgreements } from './identity.ts';
export { STATE_CODES, STATE_NAMES, stateCode } from './states.ts';
