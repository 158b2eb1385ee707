import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

// `srcDir` is the project root (see astro.config.mjs), so Starlight's docsLoader reads the
// top-level `content/docs/`. Every page must carry a description: it becomes the meta
// description and the search excerpt.
// Pagefind UI strings that Starlight's i18n schema does not list; they reach the search dialog the
// same way (Starlight passes every `pagefind.*` key to Pagefind UI).
const pagefindExtraKeys = z.object(
	Object.fromEntries(
		[
			'total_zero_results',
			'total_one_result',
			'total_many_results',
			'results_label',
			'keyboard_navigate',
			'keyboard_select',
			'keyboard_clear',
			'keyboard_close',
			'keyboard_search',
			'error_search',
			'filter_selected_one',
			'filter_selected_many',
			'input_hint',
			'loading',
		].map((key) => [`pagefind.${key}`, z.string().optional()])
	)
);

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				description: z
					.string()
					.min(
						20,
						'Every page needs a description of at least 20 characters (used for <meta name="description"> and search).'
					),
			}),
		}),
	}),
	// Starlight UI strings per locale (content/i18n/): Japanese heading-anchor and search-dialog
	// strings, and English Expressive Code strings (without them English pages fall back to the
	// root locale's Japanese).
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema({ extend: pagefindExtraKeys }),
	}),
};
