import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES, findRule, type RuleId } from '../../src/data/rules.ts';
import {
	ACTIVATION_OBJECT_NAME_MAX,
	ACTIVATION_VALIDITY_MINUTES,
	ADBA_RENEWAL_INTERVAL,
	CACHE_SIZE_FACTOR,
	CLIENT_ACTIVATION_THRESHOLD,
	CONFIRMATION_ID_DIGITS,
	COUNT_WINDOW_MINUTES,
	DEFAULT_ACTIVATION_INTERVAL,
	DEFAULT_KMS_PORT,
	DEFAULT_RENEWAL_INTERVAL,
	DNS_REREGISTRATION_MINUTES,
	EXPIRY_WARNING_MINUTES,
	INITIAL_GRACE_MINUTES,
	MAX_CLOCK_SKEW_MINUTES,
	MINUTES_PER_DAY,
	MINUTES_PER_HOUR,
	SERVER_ACTIVATION_THRESHOLD,
	cacheSizeFor,
} from '../../src/data/timers.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/engine/assumptions.ts';

const hours = (minutes: number): number => minutes / MINUTES_PER_HOUR;
const days = (minutes: number): number => minutes / MINUTES_PER_DAY;
const grouped = (n: number): string => n.toLocaleString('en-US');

const ASSUMPTIONS_FILE = 'src/engine/assumptions.ts';

/** Phrases each statement must contain, written from the constants rather than by hand. */
const EXPECTED_PHRASES: Partial<
	Record<RuleId, { readonly en: readonly string[]; readonly ja: readonly string[] }>
> = {
	R2: { en: [`TCP ${DEFAULT_KMS_PORT}`], ja: [`TCP ${DEFAULT_KMS_PORT}`] },
	R3: {
		en: [`more than ${hours(MAX_CLOCK_SKEW_MINUTES)} hours`],
		ja: [`${hours(MAX_CLOCK_SKEW_MINUTES)} 時間を超え`],
	},
	R5: {
		en: [
			`last ${days(COUNT_WINDOW_MINUTES)} days`,
			`${CACHE_SIZE_FACTOR} × the highest threshold`,
			`${cacheSizeFor(SERVER_ACTIVATION_THRESHOLD)} while only servers`,
			`${cacheSizeFor(CLIENT_ACTIVATION_THRESHOLD)} once a client OS`,
		],
		ja: [
			`過去 ${days(COUNT_WINDOW_MINUTES)} 日間`,
			`最大のしきい値の ${CACHE_SIZE_FACTOR} 倍`,
			`サーバーだけなら ${cacheSizeFor(SERVER_ACTIVATION_THRESHOLD)}`,
			`要求があれば ${cacheSizeFor(CLIENT_ACTIVATION_THRESHOLD)}`,
		],
	},
	R6: {
		en: [
			`${CLIENT_ACTIVATION_THRESHOLD} or more`,
			`${SERVER_ACTIVATION_THRESHOLD} or more`,
			`${hours(DEFAULT_ACTIVATION_INTERVAL)} hours by default`,
		],
		ja: [
			`${CLIENT_ACTIVATION_THRESHOLD} 以上`,
			`${SERVER_ACTIVATION_THRESHOLD} 以上`,
			`既定 ${hours(DEFAULT_ACTIVATION_INTERVAL)} 時間`,
		],
	},
	R7: {
		en: [
			`initial grace period of ${days(INITIAL_GRACE_MINUTES)} days`,
			`every ${hours(DEFAULT_ACTIVATION_INTERVAL)} hours (${DEFAULT_ACTIVATION_INTERVAL} minutes)`,
			`${days(ACTIVATION_VALIDITY_MINUTES)} days from its last successful activation`,
			`every ${days(DEFAULT_RENEWAL_INTERVAL)} days (${grouped(DEFAULT_RENEWAL_INTERVAL)} minutes)`,
			`warns ${days(EXPIRY_WARNING_MINUTES)} days before`,
			`${days(DEFAULT_ASSUMPTIONS.additionalGraceMinutes)}-day additional grace period`,
		],
		ja: [
			`${days(INITIAL_GRACE_MINUTES)} 日間の初期猶予期間`,
			`${hours(DEFAULT_ACTIVATION_INTERVAL)} 時間 (${DEFAULT_ACTIVATION_INTERVAL} 分) ごと`,
			`${days(ACTIVATION_VALIDITY_MINUTES)} 日間有効`,
			`${days(DEFAULT_RENEWAL_INTERVAL)} 日 (${grouped(DEFAULT_RENEWAL_INTERVAL)} 分) ごと`,
			`期限の ${days(EXPIRY_WARNING_MINUTES)} 日前`,
			`追加の猶予期間を ${days(DEFAULT_ASSUMPTIONS.additionalGraceMinutes)} 日`,
		],
	},
	R8: {
		en: [`port ${DEFAULT_KMS_PORT}`, `every ${hours(DNS_REREGISTRATION_MINUTES)} hours`],
		ja: [`ポートは ${DEFAULT_KMS_PORT}`, `${hours(DNS_REREGISTRATION_MINUTES)} 時間ごと`],
	},
	R9: {
		en: [`${CONFIRMATION_ID_DIGITS}-digit Confirmation ID`],
		ja: [`${CONFIRMATION_ID_DIGITS} 桁の確認 ID`],
	},
	R10: {
		en: [
			`${days(ACTIVATION_VALIDITY_MINUTES)} days after its last contact`,
			`every ${days(ADBA_RENEWAL_INTERVAL)} days`,
			`at most ${ACTIVATION_OBJECT_NAME_MAX} characters`,
		],
		ja: [
			`${days(ACTIVATION_VALIDITY_MINUTES)} 日間有効`,
			`${days(ADBA_RENEWAL_INTERVAL)} 日ごと`,
			`${ACTIVATION_OBJECT_NAME_MAX} 文字以内`,
		],
	},
};

/** Every duration a statement may mention, in minutes: the timers of src/data/timers.ts and the one assumed length. */
const KNOWN_DURATIONS = new Set<number>([
	COUNT_WINDOW_MINUTES,
	ACTIVATION_VALIDITY_MINUTES,
	DEFAULT_RENEWAL_INTERVAL,
	DEFAULT_ACTIVATION_INTERVAL,
	MAX_CLOCK_SKEW_MINUTES,
	INITIAL_GRACE_MINUTES,
	DNS_REREGISTRATION_MINUTES,
	EXPIRY_WARNING_MINUTES,
	ADBA_RENEWAL_INTERVAL,
	DEFAULT_ASSUMPTIONS.additionalGraceMinutes,
]);

const EN_UNITS = new Map<string, number>([
	['minute', 1],
	['hour', MINUTES_PER_HOUR],
	['day', MINUTES_PER_DAY],
]);
const JA_UNITS = new Map<string, number>([
	['分', 1],
	['時間', MINUTES_PER_HOUR],
	['日', MINUTES_PER_DAY],
]);

/** Durations written in a statement ("30 days", "30-day", "30 日", "10,080 分"), in minutes. */
function durationsIn(text: string, lang: 'en' | 'ja'): number[] {
	const pattern =
		lang === 'en' ? /(\d[\d,]*)[\s-](minute|hour|day)s?\b/g : /(\d[\d,]*)\s*(分|時間|日)/g;
	const units = lang === 'en' ? EN_UNITS : JA_UNITS;
	const out: number[] = [];
	for (const match of text.matchAll(pattern)) {
		const value = Number((match[1] ?? '').replaceAll(',', ''));
		const unit = units.get(match[2] ?? '');
		expect(unit, `unit in "${match[0]}"`).toBeDefined();
		out.push(value * (unit ?? Number.NaN));
	}
	return out;
}

const sorted = (values: Iterable<string | number>): (string | number)[] =>
	[...new Set(values)].sort();
const codesIn = (text: string): string[] => [...text.matchAll(/0x[0-9A-F]{8}/g)].map((m) => m[0]);
const eventsIn = (text: string): string[] => [...text.matchAll(/\b122\d\d\b/g)].map((m) => m[0]);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('engine rules (src/data/rules.ts)', () => {
	it('lists R1 … R11 once each, in order', () => {
		expect(RULE_IDS).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11']);
		expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
		expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
	});

	it('covers exactly the rules the engine tests are grouped by', () => {
		const engineTests = readFileSync(new URL('../engine/rules.test.ts', import.meta.url), 'utf8');
		const grouped = [...engineTests.matchAll(/describe\('(R\d+) /g)].map((m) => m[1]);
		expect(grouped).toEqual([...RULE_IDS]);
	});

	it('writes every title and statement in both languages, Japanese in Japanese', () => {
		for (const rule of RULES) {
			for (const text of [rule.title, rule.statement]) {
				expect(text.en.trim().length, rule.id).toBeGreaterThan(0);
				expect(text.ja.trim().length, rule.id).toBeGreaterThan(0);
				expect(text.ja, rule.id).toMatch(JAPANESE);
			}
		}
	});

	it('states each rule in one to three sentences', () => {
		for (const rule of RULES) {
			const en = rule.statement.en.match(/[.!?](?=\s|$)/g)?.length ?? 0;
			const ja = rule.statement.ja.match(/。/g)?.length ?? 0;
			expect(en, `${rule.id} en`).toBeGreaterThanOrEqual(1);
			expect(en, `${rule.id} en`).toBeLessThanOrEqual(3);
			expect(ja, `${rule.id} ja`).toBeGreaterThanOrEqual(1);
			expect(ja, `${rule.id} ja`).toBeLessThanOrEqual(3);
			expect(rule.statement.en.endsWith('.'), rule.id).toBe(true);
			expect(rule.statement.ja.endsWith('。'), rule.id).toBe(true);
		}
	});

	it('says the same thing in both languages: error codes, event IDs and assumptions', () => {
		for (const rule of RULES) {
			const { en, ja } = rule.statement;
			expect(sorted(codesIn(ja)), rule.id).toEqual(sorted(codesIn(en)));
			expect(sorted(eventsIn(ja)), rule.id).toEqual(sorted(eventsIn(en)));
			expect(ja.includes(ASSUMPTIONS_FILE), rule.id).toBe(en.includes(ASSUMPTIONS_FILE));
		}
	});

	it('labels every unconfirmed behaviour as an assumption and names src/engine/assumptions.ts', () => {
		for (const rule of RULES) {
			const { en, ja } = rule.statement;
			if (/assum|unconfirmed/i.test(en) || /想定|未確認/.test(ja)) {
				expect(en, rule.id).toContain(ASSUMPTIONS_FILE);
				expect(ja, rule.id).toContain(ASSUMPTIONS_FILE);
			}
		}
		// The engine's assumptions that these rules rely on (unconfirmed: src/engine/assumptions.ts).
		for (const id of ['R1', 'R4', 'R5', 'R7', 'R8', 'R9'] as const) {
			expect(findRule(id)?.statement.en, id).toContain(ASSUMPTIONS_FILE);
		}
	});

	it('cites Microsoft pages over https', () => {
		for (const rule of RULES) {
			expect(rule.sources.length, rule.id).toBeGreaterThan(0);
			expect(new Set(rule.sources.map((s) => s.url)).size, rule.id).toBe(rule.sources.length);
			for (const source of rule.sources) {
				expect(source.title.trim().length, source.url).toBeGreaterThan(0);
				const url = new URL(source.url);
				expect(url.protocol, source.url).toBe('https:');
				expect(
					url.hostname === 'microsoft.com' || url.hostname.endsWith('.microsoft.com'),
					source.url
				).toBe(true);
			}
		}
	});

	it('finds a rule by id and nothing else', () => {
		expect(findRule('R4')?.id).toBe('R4');
		expect(findRule('R4')).toBe(RULES[3]);
		expect(findRule('R11')?.title.en).toBe(RULES[10]?.title.en);
		for (const id of [
			'__proto__',
			'constructor',
			'toString',
			'hasOwnProperty',
			'valueOf',
			'',
			'r4',
			' R4',
			'R4 ',
			'R0',
			'R12',
		]) {
			expect(findRule(id), JSON.stringify(id)).toBeUndefined();
		}
	});
});

describe('numbers in the statements agree with src/data/timers.ts', () => {
	it('contains the phrases built from the constants', () => {
		for (const [id, phrases] of Object.entries(EXPECTED_PHRASES)) {
			const rule = findRule(id);
			expect(rule, id).toBeDefined();
			for (const phrase of phrases.en) expect(rule?.statement.en, id).toContain(phrase);
			for (const phrase of phrases.ja) expect(rule?.statement.ja, id).toContain(phrase);
		}
	});

	it('mentions no duration other than the documented timers, and the same ones in both languages', () => {
		for (const rule of RULES) {
			const en = durationsIn(rule.statement.en, 'en');
			const ja = durationsIn(rule.statement.ja, 'ja');
			for (const minutes of [...en, ...ja])
				expect(KNOWN_DURATIONS.has(minutes), `${rule.id}: ${minutes} min`).toBe(true);
			expect(sorted(ja), rule.id).toEqual(sorted(en));
		}
	});

	it('writes the clock tolerance as "more than", never "or more"', () => {
		const h = hours(MAX_CLOCK_SKEW_MINUTES);
		for (const rule of RULES) {
			expect(rule.statement.ja, rule.id).not.toContain(`${h} 時間以上`);
			expect(rule.statement.en, rule.id).not.toMatch(
				new RegExp(`(at least ${h} hours|${h} hours or more|${h} or more hours)`)
			);
		}
	});
});
