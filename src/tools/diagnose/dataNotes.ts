import { AZURE_KMS_ENDPOINTS, type AzureKmsEndpoint } from '../../data/azureKms.ts';
import { EVENT_RULES } from '../../data/diagnosis.ts';
import { ACTIVATION_EVENTS, type ActivationEvent } from '../../data/events.ts';
import { EVALUATION_CHANNEL, TIMEBASED_CHANNEL_PREFIX } from '../../data/evaluation.ts';
import { findHostChannel } from '../../data/hostChannels.ts';
import { findNotificationReason } from '../../data/notificationReasons.ts';
import { codesInLine } from './codes.ts';
import type { Line } from './normalize.ts';

/**
 * Lines a paste holds that the site's data explains beyond the KMS events and slmgr fields:
 * activation events of src/data/events.ts (8198 with its hr=, 12308, 16398, 1074 …), host
 * channel names (src/data/hostChannels.ts), the time-based evaluation channel
 * (src/data/evaluation.ts), Azure's KMS endpoints (src/data/azureKms.ts) and the Notification
 * Reason (src/data/notificationReasons.ts). Only keys and line spans: the words come from the data.
 */

export type DataNote =
	| {
			readonly kind: 'event';
			/** ActivationEvent.key in src/data/events.ts. */
			readonly key: string;
			readonly id: number;
			/** The `hr=0x…` of an 8198, as a code. */
			readonly hr: string | null;
			readonly from: number;
			readonly to: number;
	  }
	| {
			readonly kind: 'hostChannel';
			readonly channel: string;
			/** True when src/data/hostChannels.ts lists the name. */
			readonly listed: boolean;
			readonly from: number;
			readonly to: number;
	  }
	| {
			readonly kind: 'evaluation';
			readonly channel: string;
			readonly from: number;
			readonly to: number;
	  }
	| {
			readonly kind: 'azure';
			readonly endpoint: AzureKmsEndpoint['id'];
			readonly host: string;
			readonly from: number;
			readonly to: number;
	  }
	| {
			readonly kind: 'reason';
			readonly code: string;
			/** True when src/data/notificationReasons.ts lists the code. */
			readonly listed: boolean;
			readonly from: number;
			readonly to: number;
	  };

/** The 12288 family has its own parser (events.ts); these are the other events the data knows. */
const KMS_IDS: ReadonlySet<number> = new Set(EVENT_RULES.map((r) => r.id));
const OTHER_EVENTS = ACTIVATION_EVENTS.filter((e) => !KMS_IDS.has(e.id));
const BY_ID = new Map<number, ActivationEvent[]>();
for (const e of OTHER_EVENTS) BY_ID.set(e.id, [...(BY_ID.get(e.id) ?? []), e]);
/** Each message's fixed start (up to its first `<value>`), lower case. */
const MESSAGE_STARTS = OTHER_EVENTS.flatMap((e) =>
	e.messages
		.map((m) => m.text.split('<')[0]?.trim().toLowerCase() ?? '')
		.filter((start) => start.length >= 20)
		.map((start) => ({ event: e, start }))
);
const HOSTS = AZURE_KMS_ENDPOINTS.flatMap((e) => e.hosts.map((host) => ({ id: e.id, host })));

const ID_LINE = /^\s*(?:event\s?id|id|イベント\s?id)\s*:\s*(\d{3,5})\s*$/i;
const XML_ID = /<EventID[^>]{0,80}>\s*(\d{3,5})\s*<\/EventID>/i;
const HR = /\bhr\s*=\s*(0x[0-9a-f]{1,8})\b/i;
const HOST_CHANNEL = /\bVOLUME_KMS(?!CLIENT)[A-Z0-9_-]*/i;
const TIMEBASED = new RegExp(`\\b${TIMEBASED_CHANNEL_PREFIX}[A-Z_]*`, 'i');
/** An event's lines stay together this far: an ID line, its message, the hr= line. */
const EVENT_REACH = 12;

function messageEvent(text: string): ActivationEvent | undefined {
	if (text.length < 20) return undefined;
	const t = text
		.replace(/^\s*(?:message|description|説明|メッセージ)\s*:\s*/i, '')
		.trim()
		.toLowerCase();
	return MESSAGE_STARTS.find((m) => t.startsWith(m.start))?.event;
}

/** The notes of one paste's lines; `reason` is the Notification Reason the slmgr parse found. */
export function findDataNotes(
	lines: readonly Line[],
	reason: { readonly value: string; readonly from: number; readonly to: number } | null
): DataNote[] {
	const notes: DataNote[] = [];
	type Open = { key: string; id: number; hr: string | null; from: number; to: number };
	let open: Open | undefined;
	let pendingId: { id: number; from: number } | undefined;
	const close = (): void => {
		if (open !== undefined) notes.push({ kind: 'event', ...open });
		open = undefined;
	};
	for (const line of lines) {
		const text = line.text;
		if (open !== undefined && line.from - open.to > EVENT_REACH) close();
		if (pendingId !== undefined && line.from - pendingId.from > EVENT_REACH) pendingId = undefined;
		const idMatch = text.length <= 80 ? (ID_LINE.exec(text) ?? XML_ID.exec(text)) : null;
		if (idMatch !== null) {
			close();
			pendingId = undefined;
			const id = Number(idMatch[1]);
			const candidates = BY_ID.get(id) ?? [];
			const only = candidates.length === 1 ? candidates[0] : undefined;
			if (only !== undefined) open = { key: only.key, id, hr: null, from: line.from, to: line.to };
			else if (candidates.length > 1) pendingId = { id, from: line.from };
			if (!text.includes('<Data') && !text.includes('hr=')) continue;
		}
		const byMessage = messageEvent(text);
		if (byMessage !== undefined) {
			if (open !== undefined && open.key === byMessage.key) open.to = line.to;
			else {
				const from = pendingId?.id === byMessage.id ? pendingId.from : line.from;
				close();
				open = { key: byMessage.key, id: byMessage.id, hr: null, from, to: line.to };
			}
			pendingId = undefined;
		}
		const hr = text.includes('hr') ? HR.exec(text) : null;
		if (hr !== null && open !== undefined && open.id === 8198 && open.hr === null) {
			open.hr = codesInLine(hr[1] as string)[0]?.code ?? null;
			open.to = line.to;
		}
		const channel = text.includes('VOLUME_KMS') ? HOST_CHANNEL.exec(text) : null;
		if (channel !== null) {
			const name = channel[0].toUpperCase();
			notes.push({
				kind: 'hostChannel',
				channel: name,
				listed: findHostChannel(name) !== undefined,
				from: line.from,
				to: line.to,
			});
		}
		const timebased = text.includes(TIMEBASED_CHANNEL_PREFIX) ? TIMEBASED.exec(text) : null;
		if (timebased !== null)
			notes.push({
				kind: 'evaluation',
				channel: timebased[0].toUpperCase(),
				from: line.from,
				to: line.to,
			});
		const lower = text.includes('.') ? text.toLowerCase() : '';
		const azure = lower === '' ? undefined : HOSTS.find((h) => lower.includes(h.host));
		if (azure !== undefined)
			notes.push({
				kind: 'azure',
				endpoint: azure.id,
				host: azure.host,
				from: line.from,
				to: line.to,
			});
	}
	close();
	if (reason !== null)
		notes.push({
			kind: 'reason',
			code: reason.value,
			listed: findNotificationReason(reason.value) !== undefined,
			from: reason.from,
			to: reason.to,
		});
	return notes.sort((a, b) => a.from - b.from);
}

/** True for the evaluation channel the data names (TIMEBASED_EVAL), not another time-based one. */
export function isEvaluationChannel(channel: string): boolean {
	return channel === EVALUATION_CHANNEL;
}
