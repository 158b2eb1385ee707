import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { EventLog, actionName, entryFields } from '../../../src/components/lab/EventLog.tsx';
import { FaultsPanel } from '../../../src/components/lab/FaultsPanel.tsx';
import { HostPanel } from '../../../src/components/lab/HostPanel.tsx';
import { LabApp } from '../../../src/components/lab/LabApp.tsx';
import { MachineInspector } from '../../../src/components/lab/MachineInspector.tsx';
import { Narration } from '../../../src/components/lab/Narration.tsx';
import { StaticStory } from '../../../src/components/lab/StaticStory.tsx';
import { filledSteps } from '../../../src/lab/staticStory.ts';
import { NetworkDiagram } from '../../../src/components/lab/NetworkDiagram.tsx';
import { NetworkView } from '../../../src/components/lab/NetworkView.tsx';
import { Terminal } from '../../../src/components/lab/Terminal.tsx';
import { TimeControls } from '../../../src/components/lab/TimeControls.tsx';
import { TimelineChart } from '../../../src/components/lab/TimelineChart.tsx';
import { stepTimesOf } from '../../../src/lab/chart.ts';
import { loadPresets } from '../../../src/lab/presets.ts';
import { LabSession, type Preset } from '../../../src/lab/session.ts';
import { labStrings } from '../../../src/lab/strings.ts';
import { ACTION_TYPES, type LogEntry } from '../../../src/engine/index.ts';

const { presets } = loadPresets();
const preset = (id: string): Preset => presets.find((p) => p.id === id)!;
const ja = labStrings('ja');
const en = labStrings('en');
const render = (component: any, props: Record<string, unknown>) =>
	fromHtml(renderToString(h(component, props)), { fragment: true });
const text = (tree: ReturnType<typeof render>) => toString(tree).replace(/\s+/g, ' ');
const noop = () => undefined;

describe('Narration', () => {
	const story = preset('threshold').story!;
	const at = (step: number) => {
		const session = new LabSession(preset('threshold'));
		session.goToStep(step);
		return session.storyView();
	};

	it('before hydration shows the start and no buttons (none would work)', () => {
		const tree = render(Narration, {
			story,
			locale: 'ja',
			s: ja,
			step: 0,
			view: at(0),
			offScript: false,
			disabled: true,
			idPrefix: 't',
		});
		expect(selectAll('button', tree)).toHaveLength(0);
		expect(text(tree)).toContain(story.watch.ja);
		const root = select('[data-lab="narration"]', tree)!;
		expect(root.properties['dataStep']).toBe('0');
		expect(root.properties['dataSteps']).toBe(String(story.steps.length));
	});

	it('shows the step with its numbers read from the state, Start before the first', () => {
		let tree = render(Narration, {
			story,
			locale: 'en',
			s: en,
			step: 0,
			view: at(0),
			offScript: false,
			idPrefix: 't',
			onNext: noop,
			onPrevious: noop,
		});
		const buttons = selectAll('.lab-step-nav button', tree);
		expect(buttons.map((b) => toString(b))).toEqual(['Previous', 'Start']);
		expect(buttons[0]?.properties['disabled']).toBe(true);
		tree = render(Narration, {
			story,
			locale: 'en',
			s: en,
			step: 2,
			view: at(2),
			offScript: false,
			idPrefix: 't',
			onNext: noop,
			onPrevious: noop,
		});
		const stepText = toString(select('[data-lab-step-text]', tree)!);
		expect(stepText).toContain('the count is 10');
		expect(stepText).not.toMatch(/[{}]/);
		expect(text(tree)).toContain(`Step 2 of ${story.steps.length}`);
	});

	it('off script hides the step text and offers the way back', () => {
		const tree = render(Narration, {
			story,
			locale: 'ja',
			s: ja,
			step: 2,
			view: at(3),
			offScript: true,
			idPrefix: 't',
		});
		expect(select('[data-lab-step-text]', tree)).toBeUndefined();
		expect(select('[data-lab="narration"]', tree)!.properties['dataState']).toBe('off-script');
		expect(toString(select('[data-lab-back-to-step]', tree)!)).toBe('手順 2 に戻る');
	});

	it('says so when a step could not be reached', () => {
		const tree = render(Narration, {
			story,
			locale: 'ja',
			s: ja,
			step: 1,
			view: at(1),
			offScript: false,
			notReached: true,
			idPrefix: 't',
		});
		expect(text(tree)).toContain(ja['lab.steps.notReached']);
	});
});

describe('StaticStory (no JS)', () => {
	it("lists every step's text with its numbers filled, the narrative and the picture, no controls", () => {
		const p = preset('threshold');
		const tree = render(StaticStory, {
			preset: p,
			steps: filledSteps(p),
			sim: new LabSession(p).sim,
			locale: 'en',
			s: en,
			idPrefix: 'st',
		});
		const items = selectAll('.lab-step-list li', tree).map((li) => toString(li));
		expect(items).toHaveLength(p.story!.steps.length);
		expect(items[1]).toContain('the count is 10');
		expect(items.join(' ')).not.toMatch(/[{}]/);
		expect(text(tree)).toContain(p.story!.watch.en);
		expect(select('svg.lab-diagram', tree)).toBeDefined();
		expect(selectAll('button, input, select', tree)).toHaveLength(0);
	});
});

describe('NetworkView and NetworkDiagram', () => {
	it('lists each machine as a button with an icon and its state in words', () => {
		const session = new LabSession(preset('laptop-away'));
		session.goToStep(3);
		const tree = render(NetworkView, {
			sim: session.sim,
			s: en,
			selected: 'PC026',
			onSelect: noop,
			idPrefix: 'n',
		});
		const machines = selectAll('[data-machine^="PC"]', tree);
		expect(machines).toHaveLength(26);
		const laptop = select('[data-machine="PC026"]', tree)!;
		expect(laptop.properties.ariaPressed).toBe('true');
		expect(toString(laptop)).toContain('Additional grace');
		expect(toString(laptop)).toContain('offline');
		expect(toString(select('[data-machine="PC001"] .lab-icon', tree)!)).toBe('✓');
	});

	it('summarises 1,000 machines in groups that open to each machine', () => {
		const session = new LabSession(preset('renewal'));
		session.dispatch({
			type: 'addMachines',
			prefix: 'WS',
			count: 970,
			product: 'win11-enterprise',
		});
		const tree = render(NetworkView, {
			sim: session.sim,
			s: en,
			selected: 'WS500',
			onSelect: noop,
			idPrefix: 'n',
		});
		const groups = selectAll('.lab-groupbtn', tree);
		expect(groups.length).toBe(21);
		expect(toString(groups[0]!)).toContain('PC001–PC030');
		// The group holding the selected machine is open, so the machine can be reached.
		expect(select('[data-machine="WS500"]', tree)).toBeDefined();
		expect(selectAll('[data-machine^="WS"]', tree).length).toBe(50);
	});

	it('draws the network as an SVG with a text alternative', () => {
		const session = new LabSession(preset('firewall'));
		const tree = render(NetworkDiagram, { sim: session.sim, s: ja, idPrefix: 'd' });
		const svg = select('svg', tree)!;
		expect(svg.properties.role).toBe('img');
		const desc = toString(select('desc', tree)!);
		expect(desc).toContain('KMS01');
		expect(desc).toContain(ja['lab.fw.closed']);
		expect(desc).toContain('30');
	});
});

describe('HostPanel and MachineInspector', () => {
	const session = new LabSession(preset('old-host-key'));
	session.goToStep(2);
	it('shows the count against the thresholds and the /dlv counters', () => {
		const host = session.sim.host('KMS01')!;
		const tree = render(HostPanel, { sim: session.sim, host, s: en, locale: 'en', idPrefix: 'h' });
		expect(toString(select('title', tree)!)).toContain('thresholds: servers 5, clients 25');
		expect(Number(select('[data-lab-failed]', tree)!.properties.dataLabFailed)).toBeGreaterThan(0);
		expect(text(tree)).toContain('Failed requests received');
		expect(text(tree)).toContain('Firewall rule SPPSVC-In-TCP');
		expect(text(tree)).toMatch(/Updates for versions newer than the host OS\s*installed/);
	});

	it('links the last result code to the error reference', () => {
		const machine = session.sim.machine('PC001');
		const tree = render(MachineInspector, {
			sim: session.sim,
			machine,
			s: ja,
			locale: 'ja',
			errorsPath: '/guides/error-codes/',
			idPrefix: 'i',
		});
		const link = select('a', tree)!;
		expect(link.properties.href).toBe('/guides/error-codes/#0xc004f042');
		expect(text(tree)).toContain('初期猶予期間');
		expect(text(tree)).toContain('CMID');
	});

	it('asks to select a machine when none is selected', () => {
		const tree = render(MachineInspector, {
			sim: session.sim,
			machine: undefined,
			s: en,
			locale: 'en',
			errorsPath: '/en/guides/error-codes/',
			idPrefix: 'i',
		});
		expect(text(tree)).toContain('Select a machine');
	});
});

describe('TimeControls and TimelineChart', () => {
	const chartProps = (session: LabSession) => ({
		series: session.series,
		hostNames: ['KMS01'],
		now: session.now,
		end: session.end,
		idPrefix: 'c',
		onMove: noop,
	});

	it('shows simulated time as a date plus "day N" and offers every jump', () => {
		const tree = render(TimeControls, {
			s: en,
			locale: 'en',
			startDate: '2026-01-05T09:00:00Z',
			now: 3 * 1440,
			end: 32 * 1440,
			playing: false,
			speed: 2,
			onPlay: noop,
			onStepEvent: noop,
			onJump: noop,
			onSpeed: noop,
			onScrub: noop,
			onReset: noop,
			idPrefix: 't',
		});
		expect(toString(select('time', tree)!)).toBe('8 Jan 2026, 09:00 · day 3');
		const labels = selectAll('button', tree).map((b) => toString(b));
		expect(labels).toEqual([
			'▶ Play',
			'Next event',
			'+1 day',
			'+7 days',
			'+30 days',
			'+180 days',
			'Reset',
		]);
		expect(selectAll('option', tree).map((o) => toString(o))).toEqual([
			'1 h per second',
			'6 h per second',
			'1 d per second',
			'7 d per second',
			'30 d per second',
		]);
		expect(select('input[type="range"]', tree)!.properties.ariaValueText).toBe(
			'8 Jan 2026, 09:00 · day 3'
		);
	});

	it('formats the date the Japanese way', () => {
		const tree = render(TimeControls, {
			s: ja,
			locale: 'ja',
			startDate: '2026-01-05T09:00:00Z',
			now: 0,
			end: 100,
			playing: true,
			speed: 0,
			onPlay: noop,
			onStepEvent: noop,
			onJump: noop,
			onSpeed: noop,
			onScrub: noop,
			onReset: noop,
			idPrefix: 't',
		});
		expect(toString(select('time', tree)!)).toBe('2026年1月5日 09:00 · 0 日目');
		expect(select('[data-lab-play]', tree)!.properties.ariaPressed).toBe('true');
	});

	it('draws the count with both threshold lines and the states with named lines', () => {
		const session = new LabSession(preset('threshold'));
		session.goToStep(5);
		const tree = render(TimelineChart, { ...chartProps(session), s: en });
		expect(text(tree)).toContain('threshold 25');
		expect(text(tree)).toContain('threshold 5');
		expect(selectAll('.lab-chart-svg path', tree).length).toBe(5);
		// The values at the slider's time are written out, not only drawn.
		const values = toString(select('[data-lab-chart-values]', tree)!);
		expect(values).toContain(`day ${Math.floor(session.now / 1440)}`);
		expect(values).toMatch(/KMS01 count 2[5-9]/);
		expect(values).toMatch(/✓ Licensed 2[5-9]/);
	});

	it('is a slider with a name, a value in days and the axes’ units', () => {
		const session = new LabSession(preset('threshold'));
		session.goToStep(2);
		const props = chartProps(session);
		const day = Math.floor(session.now / 1440);
		for (const [s, name, valueText, units] of [
			[en, 'Time on the chart', `day ${day}`, ['day (0 = start)', 'current count', 'machines']],
			[ja, 'グラフ上の時点', `${day} 日目`, ['日目 (開始日 = 0 日目)', '現在の数', '台数']],
		] as const) {
			const tree = render(TimelineChart, { ...props, s });
			const slider = select('[role="slider"]', tree)!;
			expect(slider.properties.ariaLabel).toBe(name);
			expect(slider.properties.ariaValueText).toBe(valueText);
			expect(Number(slider.properties.ariaValueNow)).toBe(session.now);
			expect(Number(slider.properties.ariaValueMin)).toBe(0);
			expect(slider.properties.tabIndex).toBe(0);
			const axisTitles = selectAll('.lab-axis-title', tree).map((t) => toString(t));
			for (const unit of units) expect(axisTitles).toContain(unit);
		}
	});

	it('marks the guided steps and the reader’s actions, each with its own shape and label', () => {
		const p = preset('firewall');
		const session = new LabSession(p);
		session.goToStep(1);
		session.advanceBy(1440);
		session.dispatch({ type: 'setFirewall', host: 'KMS01', open: true });
		stepTimesOf(p);
		const props = {
			...chartProps(session),
			preset: p,
			actions: session.actionLog,
			step: session.step,
			atStep: session.atStep,
		};
		for (const [s, step1, action] of [
			[en, /^Step 1, day 0$|^Steps 1(, \d+)+, day 0$/, 'Your action, day 1: '],
			[ja, /^ステップ 1 \(0 日目\)$|^ステップ 1(, \d+)+ \(0 日目\)$/, '自分の操作 (1 日目): '],
		] as const) {
			const tree = render(TimelineChart, { ...props, s });
			const steps = selectAll('[data-lab-mark="step"]', tree);
			expect(steps.length).toBeGreaterThan(0);
			expect(steps.flatMap((m) => String(m.properties.dataSteps).split(' '))).toEqual(
				p.story!.steps.map((_, i) => String(i + 1))
			);
			expect(String(steps[0]!.properties.ariaLabel)).toMatch(step1);
			expect(steps.every((m) => select('circle', m) !== undefined)).toBe(true);
			const actions = selectAll('[data-lab-mark="action"]', tree);
			expect(actions).toHaveLength(1);
			expect(actions[0]!.properties.role).toBe('img');
			expect(String(actions[0]!.properties.ariaLabel)).toBe(action + s['lab.action.setFirewall']);
			expect(select('path', actions[0])).toBeDefined();
			expect(select('circle', actions[0])).toBeUndefined();
		}
	});
});

describe('EventLog', () => {
	it('names the fields of each Windows event', () => {
		const e12288: LogEntry = {
			id: 12288,
			time: 0,
			computer: 'PC001',
			hresult: '0xC004F074',
			statusFlags: 0,
			server: 'KMS01.corp.contoso.com:1688',
			cmid: 'c',
			clientTime: 0,
			vm: 0,
			licensingStatus: 2,
			timeToExpiration: 43200,
			actId: 'a',
			nPolicy: 25,
		};
		expect(entryFields(e12288, en, 'en')).toBe(
			'HRESULT=0xC004F074, Server=KMS01.corp.contoso.com:1688, CMID=c, VM=0, Licensing status=2, Time to expiration=43200, N-Policy=25'
		);
		const note: LogEntry = {
			id: 'note',
			time: 0,
			computer: 'PC001',
			kind: 'stateChanged',
			from: 1,
			to: 3,
		};
		expect(entryFields(note, ja, 'ja')).toContain('ライセンス済み → 追加の猶予期間');
	});

	it('names an applied action in words, never by its action id', () => {
		const note: LogEntry = {
			id: 'note',
			time: 0,
			computer: '',
			kind: 'action',
			detail: 'setKmsHost',
		};
		expect(entryFields(note, en, 'en')).toBe('Action · Set the KMS host (slmgr /skms)');
		expect(entryFields(note, ja, 'ja')).toBe('操作 · KMS ホストを指定 (slmgr /skms)');
		// Every action the lab can log, in both locales: the words exist and hide the id.
		for (const type of ACTION_TYPES) {
			for (const [s, locale] of [
				[en, 'en'],
				[ja, 'ja'],
			] as const) {
				expect(Object.hasOwn(s, `lab.action.${type}`), `${locale} ${type}`).toBe(true);
				expect(entryFields({ ...note, detail: type }, s, locale)).toBe(
					`${s['lab.note.action']} · ${actionName(type, s)}`
				);
			}
			expect(actionName(type, en)).not.toBe(actionName(type, ja));
		}
	});

	it('lists an action a reader applies by its words', () => {
		const session = new LabSession(preset('firewall'));
		session.goToStep(1);
		const host = session.sim.hosts()[0]!.name;
		const client = session.sim.machines()[0]!.name;
		session.sim.dispatch({ type: 'setKmsHost', machine: client, host });
		const tree = render(EventLog, { session, s: en, locale: 'en', onPick: noop, idPrefix: 'l' });
		expect(text(tree)).toContain('Set the KMS host (slmgr /skms)');
		expect(text(tree)).not.toContain('setKmsHost');
	});

	it('shows the newest entries as buttons, errors marked in text too', () => {
		const session = new LabSession(preset('firewall'));
		session.goToStep(1);
		const tree = render(EventLog, { session, s: en, locale: 'en', onPick: noop, idPrefix: 'l' });
		const entries = selectAll('.lab-entries button', tree);
		expect(entries.length).toBeGreaterThan(0);
		expect(text(tree)).toContain('0x800706BA');
		expect(selectAll('.lab-entry-error', tree).length).toBeGreaterThan(0);
		expect(text(tree)).toContain('(error)');
	});
});

describe('Terminal and FaultsPanel', () => {
	const session = new LabSession(preset('firewall'));
	it("keeps the lab's shortcuts out of the terminal", () => {
		const tree = render(Terminal, {
			sim: session.sim,
			machine: 'KMS01',
			s: en,
			locale: 'en',
			onRan: noop,
			idPrefix: 'x',
		});
		expect(select('[data-lab-no-shortcuts]', tree)).toBeDefined();
		expect(select('[data-lab-no-shortcuts] input', tree)).toBeDefined();
		expect(select('label', tree)).toBeDefined();
		expect(text(tree)).toContain('C:\\Windows\\system32>');
	});

	it('offers the host and machine faults as engine actions', () => {
		const tree = render(FaultsPanel, {
			sim: session.sim,
			host: session.sim.host('KMS01'),
			machine: session.sim.machine('PC001'),
			s: en,
			locale: 'en',
			dispatch: () => ({ ok: true, code: null }),
			idPrefix: 'f',
		});
		const labels = selectAll('button', tree).map((b) => toString(b));
		for (const label of [
			'Stop the service',
			'Enable the firewall rule',
			'Turn DNS publishing off (/cdns)',
			'Delete the SRV record',
			'Remove the host updates',
			'Set the clock 5 hours fast',
			'Take it off the network',
			'Leave the domain',
			'Clone 5 copies without sysprep',
			'Add',
		]) {
			expect(labels).toContain(label);
		}
		expect(select('[role="status"]', tree)).toBeDefined();
	});
});

describe('LabApp server render (no JS)', () => {
	it('renders the scenario text, its narrative and the network SVG, and no dead controls', () => {
		const tree = render(LabApp, {
			locale: 'ja',
			strings: ja,
			presets: [preset('laptop-away')],
			initial: 'laptop-away',
			errorsPath: '/guides/error-codes/',
			simulatorPath: '/simulator/',
			idPrefix: 'lab-x',
		});
		expect(text(tree)).toContain(preset('laptop-away').scenario.title!.ja);
		expect(text(tree)).toContain(preset('laptop-away').story!.watch.ja);
		expect(select('svg.lab-diagram', tree)).toBeDefined();
		expect(selectAll('button, input, select', tree)).toHaveLength(0);
	});

	it('falls back to the first preset for an unknown initial id', () => {
		const tree = render(LabApp, {
			locale: 'en',
			strings: en,
			presets: [preset('threshold')],
			initial: 'nope',
			errorsPath: '/en/guides/error-codes/',
			simulatorPath: '/en/simulator/',
			idPrefix: 'lab',
		});
		expect(text(tree)).toContain(preset('threshold').scenario.title!.en);
	});
});

describe('lab strings', () => {
	it('both locales have every lab key, none empty', () => {
		expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
		for (const [k, v] of Object.entries({ ...ja, ...en })) expect(v.trim(), k).not.toBe('');
		expect(Object.keys(ja).every((k) => k.startsWith('lab.'))).toBe(true);
	});
});
