import type { ja, jaGuides } from './ja.ts';

/**
 * The types of our UI strings, apart from the modules that hold them, so en.ts can name them
 * without importing index.ts (which imports en.ts). Japanese is the reference locale.
 */
export type Locale = 'ja' | 'en';
export type UiKey = keyof typeof ja;
/** Every locale must define every key that the Japanese (root) module defines. */
export type UiStrings = Record<UiKey, string>;
export type GuideKey = keyof typeof jaGuides;
/** Every locale must define every guide key that the Japanese (root) module defines. */
export type GuideStrings = Record<GuideKey, string>;
