/**
 * Why a file of a data folder was not read, or what is wrong with its metadata: shown under
 * "Problems found while building" and by the CLI, after the file's name.
 */
export const documentMessages = {
  empty: 'the file is empty; add text or remove it.',
  binary: 'this looks like a binary file (it has NUL bytes), not text.',
  notUtf8: 'the file is not valid UTF-8; save it as UTF-8 and try again.',
  blank: 'the file holds only white space.',
  emptyPage: 'the web page has no text to read (only markup or scripts).',
  publishedShape: 'published must be a date like 2022-05-18 or an object.',
  publishedValue: (value: string) =>
    `published.value "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD.`,
  publishedPrecision: (allowed: readonly string[]) =>
    `published.precision must be one of ${allowed.join(', ')}.`,
  notYaml: (reason: string) => `metadata is not valid YAML: ${reason}`,
  notText: (key: string) => `${key} must be text.`,
  skipped: (problem: string) => `Skipped ${problem}`,
  notADocument: (file: string, extensions: readonly string[]) =>
    `Skipped ${file}: not a document sourceline reads (${extensions.join(', ')}); save its text in one of these.`,
  orphanMeta: (file: string, base: string, extensions: readonly string[]) =>
    `${file}: metadata for a document that is not there (expected ${base} with one of ${extensions.join(', ')}).`,
} as const;
