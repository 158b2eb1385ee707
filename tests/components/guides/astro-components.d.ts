// Plain `tsc` cannot resolve `.astro` imports (only Astro's language tools can), so the
// component tests in this folder see each component as the factory the container API takes.
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
	const component: AstroComponentFactory;
	export default component;
}
