import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../lib/build';
import { loadCorpus } from './corpus';

describe('loadCorpus', () => {
  it('skips empty, binary and non-UTF-8 files with a warning naming each, and loads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-corpus-'));
    writeFileSync(join(dir, 'good.txt'), 'NATO was founded in 1949.\n\nTurkey joined in 1952.');
    writeFileSync(join(dir, 'good.meta.yaml'), 'title: A good document\npublished: 2020-01-02\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(join(dir, 'latin1.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31]));
    writeFileSync(join(dir, 'orphan.meta.yaml'), 'title: Nothing beside me\n');

    const { documents, warnings } = await loadCorpus(dir);

    expect(documents.map((d) => d.id)).toEqual(['good']);
    expect(documents[0].meta.title).toBe('A good document');
    expect(warnings).toHaveLength(4);
    for (const file of ['empty.txt', 'image.txt', 'latin1.txt', 'orphan.meta.yaml'])
      expect(warnings.some((w) => w.includes(file))).toBe(true);

    const dataset = buildTimeline(documents, { warnings });
    expect(dataset.warnings).toEqual(warnings);
    expect(dataset.events.map((e) => e.date).sort()).toEqual(['1949', '1952']);
    // One document: the timeline has its title; several (and no curation title): "Timeline".
    expect(dataset.title).toBe('A good document');
    const twice = [documents[0], { ...documents[0], id: 'again' }];
    expect(buildTimeline(twice).title).toBe('Timeline');
  });

  it('reads a saved web page for its text and title, and names files it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-corpus-'));
    writeFileSync(
      join(dir, 'page.html'),
      '<!doctype html><title>Site | Apollo</title><script>var x = "1066";</script>' +
        '<h1>The Apollo program</h1><p>Apollo 11 landed on the Moon on July 20, 1969.</p>',
    );
    writeFileSync(join(dir, 'titled.htm'), '<h1>Heading</h1><p>Founded in 1949.</p>');
    writeFileSync(join(dir, 'titled.meta.yaml'), 'title: Given by the editor\n');
    writeFileSync(join(dir, 'scan.pdf'), new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    writeFileSync(join(dir, 'README.md'), 'Notes about this folder.');
    writeFileSync(join(dir, 'curation.yaml'), 'events: []\n');

    const { documents, warnings } = await loadCorpus(dir);

    expect(documents.map((d) => [d.id, d.meta.title])).toEqual([
      ['page', 'The Apollo program'],
      ['titled', 'Given by the editor'],
    ]);
    // The text a reader sees, without markup or script: citations point into it.
    expect(documents[0].text).toBe(
      'The Apollo program\n\nApollo 11 landed on the Moon on July 20, 1969.',
    );
    expect(warnings).toEqual([expect.stringMatching(/^Skipped scan\.pdf: not a document/)]);
    const dataset = buildTimeline(documents, { warnings });
    expect(dataset.events.map((e) => e.date).sort()).toEqual(['1949', '1969-07-20']);
  });
});
