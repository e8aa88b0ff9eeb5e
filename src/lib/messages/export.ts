/** Strings of the export dialog, the exported picture and tables, and print (issue 7). */
export const exportDialogMessages = {
  exportTitle: 'Export this view',
  close: 'Close',
  imageHeading: 'Picture of the timeline',
  imageHelp: 'The time window you see now, with a title and the sources named in their colours.',
  png: 'PNG (for slides)',
  svg: 'SVG (sharp at any size)',
  dataHeading: 'Events with their citations',
  dataHelp: (n: number) =>
    n === 1
      ? 'The 1 event shown now (filters apply).'
      : `The ${n} events shown now (filters apply).`,
  csv: 'CSV (spreadsheets)',
  json: 'JSON',
  printHeading: 'Print',
  printHelp: 'The timeline and the list of events with their citations.',
  printA4: 'Print on A4',
  printLetter: 'Print on Letter',
  working: 'Preparing…',
  failed: (reason: string) => `The export failed: ${reason}`,
  sources: 'Sources: ',
  andMore: (n: number) => `and ${n} more`,
  windowRange: (from: string, to: string) => `${from} – ${to}`,
  printedFrom: (title: string) => `Printed from sourceline: ${title}`,
  citationsOf: 'Cited from',
  /** A date in a spreadsheet cell that reaches a year below 1000 AD: "4 April 98 AD". */
  adDate: (date: string) => `${date} AD`,
} as const;
