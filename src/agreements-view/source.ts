import type { AgreementsData } from '../agreements/types.ts';
import { loadAgreements } from '../agreements/load.ts';

/** ICE's lists as the pages read them: loaded once per build (the data layer caches the rows). */
let loaded: Promise<AgreementsData> | undefined;
export const agreementsData = (): Promise<AgreementsData> => (loaded ??= Promise.resolve(loadAgreements()));
