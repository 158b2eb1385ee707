// Lint set-up modelled on Starlight's: ESLint's recommended rules, typescript-eslint's type-checked
// set, Astro's and jsx-a11y's recommended rules, then eslint-config-prettier last so formatting is
// Prettier's alone. Each override says why; `npm run lint` allows no warnings.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Folders under src/ that hold UI, the shell, the lab, wording, the CLI or tools. */
const UI_AND_WORDING = ['components', 'shell', 'lab', 'i18n', 'cli', 'tools'];

/** `no-restricted-imports` patterns that forbid importing the given src/ folders from anywhere. */
function folders(names, message) {
	return names.map((name) => ({
		group: [`**/src/${name}/**`, `../${name}/**`, `../../${name}/**`],
		message,
	}));
}

export default defineConfig(
	{
		ignores: ['dist/', '.astro/', 'node_modules/', '.test-output/', 'tests/fixtures/', 'public/'],
	},
	eslint.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			// Code runs in both: components in the browser, scripts, the CLI and tests under Node.
			globals: { ...globals.browser, ...globals.node },
		},
	},
	astro.configs.recommended,
	{
		// astro-eslint-parser has no project service; it reads the same tsconfig through `project`.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { projectService: false, project: true } },
	},
	{
		files: ['**/*.tsx'],
		...jsxA11y.flatConfigs.recommended,
	},
	{
		rules: {
			// A leading underscore marks a name left unused on purpose (a field dropped from a rest copy).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
			// The shell, the loaders and their tests match control characters on purpose, to escape them.
			'no-control-regex': 'off',
		},
	},
	{
		// Scrollable output (the lab's terminal screen, the step text) takes focus so it can be
		// scrolled by keyboard, and a tab panel does, as the WAI-ARIA tabs pattern asks.
		files: ['**/*.tsx'],
		rules: {
			'jsx-a11y/no-noninteractive-tabindex': [
				'error',
				{ tags: ['pre'], roles: ['tabpanel', 'region'] },
			],
		},
	},
	{
		// Tests damage untyped JSON on purpose to check the validators, so they reach through `any`.
		files: ['tests/**'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	{
		// Config files are plain JS outside tsconfig's program: no type information to lint them with.
		files: ['**/*.mjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},

	// The dependency rules between folders (ARCHITECTURE.md).
	{
		files: ['src/engine/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...folders(
							UI_AND_WORDING,
							'The engine returns codes and parameters: it never imports UI, the shell, the lab, wording, the CLI or tools.'
						),
						{
							group: ['preact', 'preact/*', '@preact/*'],
							message: 'The engine is plain TypeScript with no framework.',
						},
					],
				},
			],
		},
	},
	{
		files: ['src/data/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: folders(
						['engine', 'components', 'shell', 'lab', 'cli', 'tools'],
						'Data is the fact base everything else reads: it never imports the engine or UI.'
					),
				},
			],
		},
	},
	{
		files: ['scripts/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/tests/**'],
							message: 'Scripts never import tests; shared helpers live in scripts/lib/.',
						},
					],
				},
			],
		},
	},

	prettier
);
