/** Words the events stage puts in an event's title besides the document's own words. */
export const titleMessages = {
  /** A release named only by its number ("## [3.1.0] - 2024-02-14"), and its name if it has one. */
  version: (version: string, name?: string) =>
    name ? `Version ${version}: ${name}` : `Version ${version}`,
  /** A date of a table row told apart from the row's other dates by its column's name, as written. */
  tableColumn: (name: string, column: string) => `${name}: ${column}`,
  /** An event none of whose clauses gives a title (an editor kept it): its date as written. */
  dated: (date: string) => `Dated ${date}`,
} as const;
