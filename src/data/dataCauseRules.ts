import { AZURE_KMS_CHECK_COMMANDS, AZURE_KMS_SOURCES } from './azureKms.ts';
import { SECTION, STEP, type CauseRule } from './diagnosis.ts';
import { EVALUATION_CONVERSION_SOURCES, EVALUATION_CONVERSION_STEPS } from './evaluation.ts';
import { findActivationEvent } from './events.ts';

/**
 * The causes the paste diagnosis names from azureKms.ts, evaluation.ts and events.ts, their
 * commands taken from those files. Kept out of diagnosis.ts so the error lookup, which reads
 * diagnosis.ts for its codes, does not carry these files' texts.
 */

const EVENT_8198 = findActivationEvent('spp-8198');

export const DATA_CAUSE_RULES: readonly CauseRule[] = [
	{
		id: 'azure_kms',
		codes: [],
		commands: AZURE_KMS_CHECK_COMMANDS,
		guide: SECTION.azure,
		sources: [AZURE_KMS_SOURCES.f074, AZURE_KMS_SOURCES.forcedTunneling],
	},
	{
		id: 'evaluation_expired',
		codes: [],
		commands: EVALUATION_CONVERSION_STEPS.map((step) => step.command),
		guide: SECTION.evaluation,
		sources: EVALUATION_CONVERSION_SOURCES,
	},
	{
		id: 'slui_failed',
		codes: [],
		commands: EVENT_8198?.commands.slice(0, 1) ?? [],
		guide: STEP.events,
		sources: EVENT_8198?.sources ?? [],
	},
];
