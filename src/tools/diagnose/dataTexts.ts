import { AZURE_KMS_ENDPOINTS, AZURE_KMS_REQUIREMENTS } from '../../data/azureKms.ts';
import { ACTIVATION_EVENTS } from '../../data/events.ts';
import { EVALUATION_FACTS } from '../../data/evaluation.ts';
import { HOST_CHANNEL_NAMES, HOST_CHANNEL_RULE } from '../../data/hostChannels.ts';
import { NOTIFICATION_REASONS, NOTIFICATION_REASON_OTHER } from '../../data/notificationReasons.ts';

/**
 * What the page and the CLI say beside a line that src/data explains (dataNotes.ts), in one
 * language, straight from the data. Built on the server (the page hands its island only its own
 * language) and in the CLI; the island never imports this module.
 */

const factText = (id: string, lang: 'ja' | 'en'): string =>
	EVALUATION_FACTS.find((f) => f.id === id)?.text[lang] ?? '';

/** Every note text in `lang`, by key. */
export function dataNoteTexts(lang: 'ja' | 'en'): [string, string][] {
	const out: [string, string][] = [];
	for (const e of ACTIVATION_EVENTS)
		out.push([`event:${e.key}`, [e.meaning[lang], e.disputed?.[lang] ?? ''].join(' ').trim()]);
	for (const c of HOST_CHANNEL_NAMES) out.push([`hostChannel:${c.channel}`, c.note[lang]]);
	out.push(['hostChannel:*', HOST_CHANNEL_RULE[lang]]);
	out.push(['evaluation', `${factText('timebased', lang)} ${factText('channel', lang)}`.trim()]);
	const endpoint = AZURE_KMS_REQUIREMENTS.find((r) => r.id === 'endpoint')?.text[lang] ?? '';
	for (const e of AZURE_KMS_ENDPOINTS)
		out.push([`azure:${e.id}`, `${e.cloud[lang]}: ${e.hosts.join(', ')}. ${endpoint}`]);
	for (const r of NOTIFICATION_REASONS)
		out.push([`reason:${r.code}`, [r.meaning[lang], r.disputed?.[lang] ?? ''].join(' ').trim()]);
	out.push(['reason:*', NOTIFICATION_REASON_OTHER[lang]]);
	return out;
}
