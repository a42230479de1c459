// The modules the handbook integration serves (linter/build/root-module.ts).
declare module 'virtual:handbook/root' {
  /** The handbook root (holds content/ and handbook.config.*), resolved once per build. */
  export const root: string;
  /** The folder of the Markdown twins' bodies (linter/build/twin-bodies.ts). */
  export const twinBodies: string;
}
