import { useEffect, useState } from 'preact/hooks';
import { t, localePath, type Locale, type UiKey } from '../../i18n/index.ts';
import {
	CHOOSER_NUMBERS,
	DEFAULT_FORM,
	chooseMethod,
	formFromQuery,
	queryFromForm,
	readForm,
	type CountProblem,
	type MethodForm,
} from '../../tools/methodChooser.ts';
import { fill } from '../../tools/text.ts';

interface Props {
	locale: Locale;
}

interface RadioGroupProps<T extends string> {
	name: string;
	legend: string;
	options: readonly { value: T; label: string }[];
	value: T;
	onChange: (value: T) => void;
}

function RadioGroup<T extends string>({
	name,
	legend,
	options,
	value,
	onChange,
}: RadioGroupProps<T>) {
	return (
		<fieldset class="kt-fieldset">
			<legend>{legend}</legend>
			{options.map((option) => (
				<label key={option.value} class="kt-radio">
					<input
						type="radio"
						name={name}
						value={option.value}
						checked={value === option.value}
						onChange={() => onChange(option.value)}
					/>{' '}
					{option.label}
				</label>
			))}
		</fieldset>
	);
}

interface CountFieldProps {
	name: 'clients' | 'servers';
	label: string;
	value: string;
	problem: string | undefined;
	onInput: (value: string) => void;
}

/** A count typed as text, so a refused entry stays as typed next to its message. */
function CountField({ name, label, value, problem, onInput }: CountFieldProps) {
	const errorId = `kt-${name}-error`;
	return (
		<label>
			{label}
			<input
				type="text"
				name={name}
				inputMode="numeric"
				autoComplete="off"
				aria-invalid={problem !== undefined}
				aria-describedby={problem === undefined ? 'kt-counts-hint' : `${errorId} kt-counts-hint`}
				value={value}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{problem !== undefined && (
				<span class="kt-field-error" id={errorId}>
					{problem}
				</span>
			)}
		</label>
	);
}

/**
 * "Which method fits?": the questions as a form, the answer from the pure function `chooseMethod`.
 * The answers live in the page address (?domain=none&clients=10 …), read on load and replaced on
 * every change, so a recommendation can be bookmarked or sent to a colleague.
 */
export function MethodChooser({ locale }: Props) {
	const [form, setForm] = useState<MethodForm>(DEFAULT_FORM);
	const [ready, setReady] = useState(false);
	useEffect(() => {
		setForm(formFromQuery(window.location.search));
		setReady(true);
	}, []);
	const s = (key: UiKey) => fill(t(locale, key), CHOOSER_NUMBERS);
	const set = <K extends keyof MethodForm>(key: K, value: MethodForm[K]) => {
		const next = { ...form, [key]: value };
		setForm(next);
		history.replaceState(history.state, '', queryFromForm(next) + window.location.hash);
	};
	const read = readForm(form);
	const advice = read.ok ? chooseMethod(read.answers) : null;
	const problemText = (problem: CountProblem | undefined) =>
		problem === undefined ? undefined : s(`tools.chooser.count.${problem}`);
	const reasonText = (reason: string) =>
		fill(t(locale, `tools.chooser.reason.${reason}` as UiKey), CHOOSER_NUMBERS);
	const opt = <T extends string>(prefix: string, values: readonly T[]) =>
		values.map((value) => ({ value, label: t(locale, `${prefix}.${value}` as UiKey) }));

	return (
		<div class="kt-chooser">
			<form class="kt-chooser__form" onSubmit={(event) => event.preventDefault()}>
				<RadioGroup
					name="kt-domain"
					legend={s('tools.chooser.domain')}
					options={opt('tools.chooser.domain', ['all', 'some', 'none'] as const)}
					value={form.domain}
					onChange={(v) => set('domain', v)}
				/>
				<RadioGroup
					name="kt-versions"
					legend={s('tools.chooser.versions')}
					options={opt('tools.chooser.versions', ['modern', 'some-older'] as const)}
					value={form.versions}
					onChange={(v) => set('versions', v)}
				/>
				<fieldset class="kt-fieldset">
					<legend>{s('tools.chooser.counts')}</legend>
					<p class="kt-hint" id="kt-counts-hint">
						{s('tools.chooser.countsHint')}
					</p>
					<div class="kt-numbers">
						{(['clients', 'servers'] as const).map((name) => (
							<CountField
								key={name}
								name={name}
								label={s(`tools.chooser.${name}`)}
								value={form[name]}
								problem={read.ok ? undefined : problemText(read.problems[name])}
								onInput={(v) => set(name, v)}
							/>
						))}
					</div>
				</fieldset>
				<RadioGroup
					name="kt-connection"
					legend={s('tools.chooser.connection')}
					options={opt('tools.chooser.connection', ['regular', 'some-away'] as const)}
					value={form.connection}
					onChange={(v) => set('connection', v)}
				/>
				<RadioGroup
					name="kt-isolated"
					legend={s('tools.chooser.isolated')}
					options={opt('tools.chooser.isolated', ['no', 'reaches-central', 'closed'] as const)}
					value={form.isolated}
					onChange={(v) => set('isolated', v)}
				/>
				<RadioGroup
					name="kt-office"
					legend={s('tools.chooser.office')}
					options={[
						{ value: 'yes', label: s('tools.yes') },
						{ value: 'no', label: s('tools.no') },
					]}
					value={form.office ? 'yes' : 'no'}
					onChange={(v) => set('office', v === 'yes')}
				/>
			</form>

			{ready ? (
				<section class="kt-chooser__result" aria-labelledby="kt-chooser-result">
					<h2 id="kt-chooser-result">{s('tools.chooser.result')}</h2>
					<p class="kt-verdict" role="status">
						<strong>
							{advice === null
								? s('tools.chooser.fixCounts')
								: s(`tools.chooser.verdict.${advice.verdict}` as UiKey)}
						</strong>
					</p>
					{advice !== null && advice.parts.length > 0 && (
						<ul class="kt-parts">
							{advice.parts.map((part) => (
								<li key={`${part.method}-${part.group}`}>
									<strong>
										{s(`tools.chooser.group.${part.group}` as UiKey)}:{' '}
										{s(`tools.chooser.verdict.${part.method}` as UiKey)}
									</strong>
									<ul>
										{part.reasons.map((reason) => (
											<li key={reason}>{reasonText(reason)}</li>
										))}
									</ul>
								</li>
							))}
						</ul>
					)}
					{advice !== null && advice.notes.length > 0 && (
						<>
							<p class="kt-label">{s('tools.chooser.notes')}</p>
							<ul>
								{advice.notes.map((note) => (
									<li key={note}>{reasonText(note)}</li>
								))}
							</ul>
						</>
					)}
					<p>
						<a href={localePath(locale, '/guides/choosing-a-method/')}>
							{s('tools.chooser.learnMore')}
						</a>
					</p>
				</section>
			) : (
				<p class="kt-hint">{s('tools.chooser.noscript')}</p>
			)}
		</div>
	);
}
