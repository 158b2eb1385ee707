import { describe, expect, it } from 'vitest';
import { loadPresets, PRESET_ORDER } from '../../src/lab/presets.ts';
import { LabSession } from '../../src/lab/session.ts';
import { claimHolds, stepText, validateStory } from '../../src/lab/story.ts';

const { presets, problems } = loadPresets();

describe('preset stories', () => {
	it('every preset file loads with a valid story', () => {
		expect(problems).toEqual([]);
		expect(presets.map((p) => p.id).sort()).toEqual([...PRESET_ORDER].sort());
		for (const p of presets) expect(p.story, p.id).not.toBeNull();
	});

	describe.each(presets.map((p) => [p.id, p] as const))('%s', (_id, preset) => {
		it('every guided step reaches the point its text explains', () => {
			const session = new LabSession(preset);
			const steps = preset.story?.steps ?? [];
			for (let i = 0; i < steps.length; i++) {
				const run = session.nextStep();
				expect(run?.reached, `step ${i + 1}`).toBe(true);
				const select = steps[i]?.select;
				if (select !== undefined)
					expect(
						session.sim.machine(select) ?? session.sim.host(select),
						`step ${i + 1} selects ${select}`
					).toBeDefined();
			}
			expect(session.nextStep()).toBeNull();
		});

		it('every step states its claims, and each holds in the state rebuilt for that step', () => {
			const steps = preset.story?.steps ?? [];
			for (let k = 1; k <= steps.length; k++) {
				// A fresh session per step: the step's state is rebuilt from the scenario's start.
				const session = new LabSession(preset);
				session.goToStep(k);
				const view = session.storyView();
				const claims = steps[k - 1]?.expect ?? [];
				expect(claims.length, `step ${k} states what its text claims`).toBeGreaterThan(0);
				for (const claim of claims)
					expect(claimHolds(view, claim), `step ${k}: ${JSON.stringify(claim)}`).toBe(true);
				for (const lang of ['ja', 'en'] as const) {
					const text = stepText(steps[k - 1]!.text[lang], view);
					expect(text, `step ${k} (${lang}) leaves no placeholder unfilled`).not.toMatch(/[{}]/);
				}
			}
		});

		it('a step is the same state whatever the reader did before', () => {
			const steps = preset.story?.steps.length ?? 0;
			const fresh = new LabSession(preset);
			fresh.goToStep(Math.min(3, steps));
			const wandered = new LabSession(preset);
			// Move time +180 days before Start, then Start and Next up to step 3.
			expect(wandered.advanceBy(180 * 1440).ok).toBe(true);
			expect(wandered.atStep).toBe(false);
			for (let k = 1; k <= Math.min(3, steps); k++) wandered.nextStep();
			expect(wandered.atStep).toBe(true);
			expect(wandered.step).toBe(fresh.step);
			expect(wandered.now).toBe(fresh.now);
			expect(JSON.stringify(wandered.sim.snapshot())).toBe(JSON.stringify(fresh.sim.snapshot()));
		});
	});

	it('a claim that does not hold is caught', () => {
		const preset = presets.find((p) => p.id === 'threshold')!;
		const session = new LabSession(preset);
		session.goToStep(2);
		const view = session.storyView();
		expect(claimHolds(view, { host: 'KMS01', count: 10 })).toBe(true);
		expect(claimHolds(view, { host: 'KMS01', count: 0 })).toBe(false);
		expect(claimHolds(view, { day: 0 })).toBe(false);
		expect(claimHolds(view, { machine: 'PC001', status: 1 })).toBe(false);
		expect(stepText('count {count:KMS01}, day {day}, {licensed}/{machines}', view)).toBe(
			`count 10, day ${view.day}, 0/10`
		);
	});

	it('the threshold story activates nobody before the count reaches 25', () => {
		const preset = presets.find((p) => p.id === 'threshold')!;
		const session = new LabSession(preset);
		session.nextStep();
		session.nextStep();
		session.nextStep();
		expect(session.sim.hostCount('KMS01')).toBe(24);
		expect(session.sim.machines().filter((m) => m.status === 1)).toHaveLength(0);
		session.nextStep();
		expect(session.sim.hostCount('KMS01')).toBe(25);
		expect(session.sim.machine('PC025')?.status).toBe(1);
		session.nextStep();
		expect(session.sim.machines().filter((m) => m.status === 1).length).toBeGreaterThanOrEqual(25);
	});

	it('the laptop-away story passes through Additional grace and Notification in order', () => {
		const session = new LabSession(presets.find((p) => p.id === 'laptop-away')!);
		const seen: number[] = [];
		for (let i = 0; i < 5; i++) {
			session.nextStep();
			seen.push(session.sim.machine('PC026')!.status);
		}
		expect(seen).toEqual([1, 1, 3, 5, 1]);
	});
});

describe('validateStory', () => {
	it('names the path of each problem', () => {
		const result = validateStory(
			{
				id: 'threshold',
				watch: { ja: 'x' },
				steps: [
					{ text: { ja: 'a', en: 'b' }, until: { at: 12 } },
					{ text: { ja: 'a', en: 'b' }, until: { machine: 'PC001', result: '0xBAD' } },
				],
			},
			'threshold'
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toContain('watch.en: expected non-empty text, got nothing');
		expect(result.errors).toContain(
			'steps[0].until.at: expected a duration like "25d", "36h" or "90m", got 12'
		);
		expect(result.errors.some((e) => e.startsWith('steps[1].until.result:'))).toBe(true);
	});

	it('rejects an id that does not match the file, unknown fields and non-objects', () => {
		expect(validateStory(null).ok).toBe(false);
		const r = validateStory(
			{
				id: 'other',
				watch: { ja: 'a', en: 'b' },
				steps: [{ text: { ja: 'a', en: 'b' }, extra: 1 }],
			},
			'threshold'
		);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors).toContain('id: expected "threshold" (the file name), got "other"');
			expect(r.errors.some((e) => e.startsWith('steps[0].extra: unknown field'))).toBe(true);
		}
	});

	it('accepts every kind of target', () => {
		const r = validateStory({
			id: 'x',
			watch: { ja: 'a', en: 'b' },
			steps: [
				{ text: { ja: 'a', en: 'b' }, until: { at: '1d' } },
				{ text: { ja: 'a', en: 'b' }, until: { machine: 'PC001', status: 1 } },
				{ text: { ja: 'a', en: 'b' }, until: { machine: 'PC001', result: '0xC004F038' } },
				{ text: { ja: 'a', en: 'b' }, until: { host: 'KMS01', count: 25 } },
				{ text: { ja: 'a', en: 'b' }, until: { licensed: 3 }, select: 'PC001' },
			],
		});
		expect(r.ok).toBe(true);
	});
});

describe('validateStory: claims and placeholders', () => {
	const base = (step: Record<string, unknown>) => ({
		id: 'threshold',
		watch: { ja: 'a', en: 'b' },
		steps: [{ text: { ja: 'a', en: 'b' }, ...step }],
	});
	it('accepts known placeholders and every kind of claim', () => {
		const r = validateStory(
			base({
				text: { ja: '{count:KMS01} {day}', en: '{licensed} of {machines}' },
				expect: [
					{ host: 'KMS01', count: 0 },
					{ machine: 'PC001', status: 1 },
					{ machine: 'PC001', result: '0xC004F038' },
					{ licensed: 0 },
					{ machines: 3 },
					{ day: 0 },
				],
			})
		);
		expect(r.ok ? [] : r.errors).toEqual([]);
	});
	it('names unknown placeholders and malformed claims', () => {
		const r = validateStory(
			base({
				text: { ja: '{count} {when}', en: 'b' },
				expect: [{ host: 'KMS01', count: -1 }, { colour: 'red' }],
			})
		);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors.filter((e) => e.includes('unknown placeholder'))).toHaveLength(2);
			expect(r.errors.some((e) => e.startsWith('steps[0].expect[0].count'))).toBe(true);
			expect(r.errors.some((e) => e.startsWith('steps[0].expect[1]:'))).toBe(true);
		}
	});
});
