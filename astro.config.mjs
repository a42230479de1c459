// @ts-check
// The sample handbook's site: the same configuration a company gets from `strategy-handbook/astro`.
import { handbookAstroConfig } from './site/astro-config.ts';

export default await handbookAstroConfig(new URL('.', import.meta.url));
