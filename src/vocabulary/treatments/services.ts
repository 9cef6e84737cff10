/**
 * Every service, group and category concept, in precedence order: when a request names several,
 * the one listed first decides its category ("Facet injection ... under fluoroscopy" is an
 * injection, not imaging). So procedures that name drugs or imaging come first (injections,
 * surgery, diagnostics), then equipment, care, programs and therapies, and the generic words of
 * each family ("therapy", "unit", "consult") after its named services.
 */
import { category, type ServiceRecord } from './records.js';
import { PHARMACEUTICALS_CATEGORY } from './drug-classes.js';
import { HOME_HEALTH, PROGRAMS, PSYCH_SERVICES, TRANSPORTATION } from './services/care.js';
import { ELECTRODIAGNOSTICS, IMAGING, LAB_TESTS, OTHER_TESTS, TESTS_NAMED_LIKE_PROCEDURES } from './services/diagnostics.js';
import { DURABLE_EQUIPMENT, ELECTRICAL_STIMULATION, ORTHOTICS, SUPPLIES } from './services/equipment.js';
import { EVALUATION_AND_MANAGEMENT } from './services/evaluation.js';
import { INJECTIONS } from './services/injections.js';
import { REHABILITATION_SERVICES } from './services/rehabilitation.js';
import { SURGERY } from './services/surgery.js';

export const SERVICE_RECORDS: readonly ServiceRecord[] = [
  ...TESTS_NAMED_LIKE_PROCEDURES,
  ...INJECTIONS,
  ...SURGERY,
  ...ELECTRODIAGNOSTICS,
  ...IMAGING,
  ...LAB_TESTS,
  ...OTHER_TESTS,
  ...ELECTRICAL_STIMULATION,
  ...ORTHOTICS,
  ...SUPPLIES,
  ...DURABLE_EQUIPMENT,
  ...HOME_HEALTH,
  ...TRANSPORTATION,
  ...PROGRAMS,
  ...PSYCH_SERVICES,
  ...REHABILITATION_SERVICES,
  ...EVALUATION_AND_MANAGEMENT,
  PHARMACEUTICALS_CATEGORY,
  category('OTHER', 'Other', { synonyms: ['other treatments', 'uncategorized'] }),
];
