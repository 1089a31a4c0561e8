import type { AgreementsData } from '../agreements/types.ts';
import { loadAgreements } from '../agreements/load.ts';

/** ICE's lists as the pages read them: the data layer reads them once per process. */
export const agreementsData = (): Promise<AgreementsData> => loadAgreements();
