/// <reference types="@astrojs/starlight" />
// The reference brings in Starlight's global types (App.Locals.t …), which otherwise arrive only
// through astro.config.mjs, left out of tsconfig.
// Starlight's virtual modules are typed only inside the package. Our Search override
// (src/components/starlight/Search.astro) imports two of them, so they are declared here with the
// fields it uses.
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}

declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
