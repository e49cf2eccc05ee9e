interface ImportMetaEnv {
  /** A tag unique to each build, set in astro.config.mjs; keys caches to one build. */
  readonly PUBLIC_BUILD_ID?: string;
}
