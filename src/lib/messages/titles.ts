/** Words the events stage puts in an event's title besides the document's own words. */
export const titleMessages = {
  /** A release named only by its number ("## [3.1.0] - 2024-02-14"), and its name if it has one. */
  version: (version: string, name?: string) =>
    name ? `Version ${version}: ${name}` : `Version ${version}`,
} as const;
