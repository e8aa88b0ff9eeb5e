import type { CurationDraft, DraftHide, DraftQuote } from '../curation-ops';
import type { Curation } from '../types';

/** A parsed curation file as a draft (quotes as written, eras as EDTF days). */
export function draftFromCuration(curation: Curation): CurationDraft {
  const quote = ({ document, quote }: DraftQuote) => ({ document, quote });
  return {
    ...(curation.title ? { title: curation.title } : {}),
    ...(curation.description ? { description: curation.description } : {}),
    ...(curation.eras.length
      ? { eras: curation.eras.map(({ id, title, start, end }) => ({ id, title, start, end })) }
      : {}),
    events: curation.events.map((e) => ({
      id: e.id,
      ...(e.title ? { title: e.title } : {}),
      ...(e.date ? { date: e.date } : {}),
      ...(e.tags ? { tags: e.tags } : {}),
      ...(e.era ? { era: e.era } : {}),
      cite: e.cite.map(quote),
    })),
    hide: curation.hide.map((h) => ({ ...quote(h), ...(h.reason ? { reason: h.reason } : {}) })),
    ...(curation.story ? { story: curation.story } : {}),
  };
}

const str = (value: string) => JSON.stringify(value);
const flowQuote = (q: DraftHide) =>
  `{ document: ${str(q.document)}, quote: ${str(q.quote)}${q.reason ? `, reason: ${str(q.reason)}` : ''} }`;

/**
 * Writes a draft as `data/curation.yaml`. Every string is a JSON string (JSON strings are YAML
 * double-quoted scalars), so no text can break the file; `parseCuration` reads it back.
 */
export function formatCurationYaml(draft: CurationDraft): string {
  const lines = ['# Curation made in the sourceline workspace. Format: src/lib/events/README.md.'];
  if (draft.title) lines.push(`title: ${str(draft.title)}`);
  if (draft.description) lines.push(`description: ${str(draft.description)}`);
  if (draft.eras?.length) {
    lines.push('eras:');
    for (const era of draft.eras)
      lines.push(
        `  - { id: ${str(era.id)}, title: ${str(era.title)}, start: ${str(era.start)}, end: ${str(era.end)} }`,
      );
  }
  lines.push(draft.events.length ? 'events:' : 'events: []');
  for (const event of draft.events) {
    lines.push(`  - id: ${str(event.id)}`);
    if (event.title) lines.push(`    title: ${str(event.title)}`);
    if (event.date) lines.push(`    date: ${str(event.date)}`);
    if (event.tags?.length) lines.push(`    tags: [${event.tags.map(str).join(', ')}]`);
    if (event.era) lines.push(`    era: ${str(event.era)}`);
    lines.push('    cite:', ...event.cite.map((q) => `      - ${flowQuote(q)}`));
  }
  lines.push(draft.hide.length ? 'hide:' : 'hide: []');
  for (const hidden of draft.hide) lines.push(`  - ${flowQuote(hidden)}`);
  if (draft.story) lines.push(`story: [${draft.story.map(str).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}
