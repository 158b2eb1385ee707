import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// `srcDir` is the project root (see astro.config.mjs), so Starlight's docsLoader reads the
// top-level `content/docs/`. Every page must carry a description: it becomes the meta
// description and the search excerpt.
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
};
