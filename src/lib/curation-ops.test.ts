import { describe, expect, test } from 'vitest';
import { buildTimeline } from './build';
import {
  applyCurationOp,
  CurationOpError,
  draftFromCuration,
  emptyDraft,
  formatCurationYaml,
  quoteMention,
  type CurationDraft,
  type CurationOp,
} from './curation-ops';
import { parseCuration } from './events';
import { natoCurationText, natoDocuments } from './test-corpus';
import type { Dataset } from './types';

const build = (draft: CurationDraft): Dataset => {
  const curation = parseCuration(formatCurationYaml(draft), 'curation.yaml', natoDocuments);
  return buildTimeline(natoDocuments, { curation });
};
const textOf = (id: string) => natoDocuments.find((d) => d.id === id)?.text;
const machine = build(emptyDraft());
const context = { dataset: machine, textOf };
const apply = (op: CurationOp, draft = emptyDraft()) => applyCurationOp(draft, op, context);
const reason = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as CurationOpError).reason;
  }
};
const multi = machine.events.find(
  (e) => e.citations.length >= 2 && new Set(e.citations.map((c) => c.date)).size === 1,
)!;
const single = machine.events.filter((e) => e.citations.length === 1);

describe('quoteMention', () => {
  test('quoteMention() widens the quote until it matches one place and stops at a neighbouring date', () => {
    const text = 'In 1952 Turkey joined. In 1952 Greece joined. In 1955 West Germany joined.';
    const first = { start: 3, end: 7 };
    const second = { start: 26, end: 30 };
    expect(quoteMention(text, first, [second])).toBe('1952 Turkey');
    expect(quoteMention(text, second, [first])).toBe('1952 Greece');
    expect(quoteMention('1952 1952', { start: 0, end: 4 }, [{ start: 5, end: 9 }])).toBeNull();
  });
});

describe('applyCurationOp on the NATO corpus', () => {
  test('a rename pins the event and the rebuild shows the new title and nothing else changed', () => {
    const event = machine.events[3];
    const draft = apply({ op: 'rename', event: event.id, title: '  A  new name ' });
    expect(draft.events).toHaveLength(1);
    expect(draft.events[0]).toMatchObject({ id: event.id, title: 'A new name' });
    const rebuilt = build(draft);
    const renamed = rebuilt.events.find((e) => e.id === event.id);
    expect(renamed).toMatchObject({ title: 'A new name', date: event.date, curated: true });
    expect(renamed?.citations.map((c) => c.start)).toEqual(event.citations.map((c) => c.start));
    const others = (d: Dataset) =>
      d.events.filter((e) => e.id !== event.id).map((e) => [e.id, e.title, e.date]);
    expect(others(rebuilt)).toEqual(others(machine));
  });

  test('a re-date takes EDTF, and a date that is not EDTF is refused', () => {
    const event = single[0];
    const rebuilt = build(apply({ op: 'redate', event: event.id, date: '1960~' }));
    expect(rebuilt.events.find((e) => e.id === event.id)).toMatchObject({
      date: '1960~',
      approximate: true,
    });
    expect(reason(() => apply({ op: 'redate', event: event.id, date: 'next week' }))).toBe(
      'bad-date',
    );
  });

  test('tags are trimmed and deduplicated; an empty list removes them', () => {
    const event = single[1];
    const draft = apply({ op: 'tag', event: event.id, tags: [' war ', 'war', '', 'treaty'] });
    expect(draft.events[0].tags).toEqual(['war', 'treaty']);
    expect(build(draft).events.find((e) => e.id === event.id)?.tags).toEqual(['war', 'treaty']);
    expect(
      applyCurationOp(draft, { op: 'tag', event: event.id, tags: [] }, context).events[0].tags,
    ).toBeUndefined();
  });

  test('merging two events gives one event citing both', () => {
    const [a, b] = [single[0], single[2]];
    const rebuilt = build(apply({ op: 'merge', event: a.id, other: b.id }));
    const merged = rebuilt.events.find((e) => e.id === a.id)!;
    expect(merged.citations.map((c) => c.start).sort()).toEqual(
      [...a.citations, ...b.citations].map((c) => c.start).sort(),
    );
    expect(rebuilt.events.some((e) => e.id === b.id)).toBe(false);
    expect(rebuilt.events).toHaveLength(machine.events.length - 1);
    expect(reason(() => apply({ op: 'merge', event: a.id, other: a.id }))).toBe('same-event');
  });

  test('splitting an event moves one citation into an event of its own', () => {
    const draft = apply({ op: 'split', event: multi.id, citation: 1 });
    const rebuilt = build(draft);
    const kept = rebuilt.events.find((e) => e.id === multi.id)!;
    const split = rebuilt.events.find((e) => e.id === `${multi.id}-split`)!;
    expect(split.citations.map((c) => c.start)).toEqual([multi.citations[1].start]);
    expect(kept.citations.map((c) => c.start)).not.toContain(multi.citations[1].start);
    expect(reason(() => apply({ op: 'split', event: single[0].id, citation: 0 }))).toBe(
      'single-citation',
    );
  });

  test('hiding a mention keeps it off the timeline with the reason, and unhide brings it back', () => {
    const event = single[0];
    const draft = apply({ op: 'hide', event: event.id, citation: 0, reason: 'publication date' });
    const rebuilt = build(draft);
    expect(rebuilt.events.some((e) => e.id === event.id)).toBe(false);
    const [citation] = event.citations;
    expect(rebuilt.unplaced).toContainEqual(
      expect.objectContaining({
        document: citation.document,
        start: citation.start,
        reason: 'hidden',
        detail: 'publication date',
      }),
    );
    const back = applyCurationOp(draft, { op: 'unhide', ...draft.hide[0] }, context);
    expect(build(back).events.map((e) => e.id)).toEqual(machine.events.map((e) => e.id));
  });

  test('edits on top of the NATO curation file keep it valid and are written as YAML the build reads', () => {
    const file = draftFromCuration(
      parseCuration(natoCurationText, 'data/curation.yaml', natoDocuments),
    );
    const curated = build(file);
    const turkey = curated.events.find((e) => e.id === 'turkey-joins')!;
    const ctx = { dataset: curated, textOf };
    let draft = applyCurationOp(
      file,
      { op: 'rename', event: 'turkey-joins', title: 'Türkiye joins “NATO”' },
      ctx,
    );
    draft = applyCurationOp(
      draft,
      { op: 'tag', event: 'turkey-joins', tags: ['membership', 'south'] },
      ctx,
    );
    const rebuilt = build(draft);
    expect(rebuilt.events.find((e) => e.id === 'turkey-joins')).toMatchObject({
      title: 'Türkiye joins “NATO”',
      tags: ['membership', 'south'],
      era: 'cold-war',
      date: turkey.date,
    });
    expect(rebuilt.events).toHaveLength(curated.events.length);
    expect(rebuilt.eras).toEqual(curated.eras);
    expect(formatCurationYaml(draft)).toContain('title: "Türkiye joins “NATO”"');
  });

  test('an edit of an event that is not in the build is refused', () => {
    expect(reason(() => apply({ op: 'rename', event: 'nope', title: 'x' }))).toBe('unknown-event');
  });
});
