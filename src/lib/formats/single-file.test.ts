import { describe, expect, test } from 'vitest';
import { assembleSingleFile } from '../export/single-html';
import { DATASET_FORMAT, type Dataset } from '../types';
import { isSingleFileTemplate, withDataset } from './single-file';

const page = assembleSingleFile(
  {
    html: '<html><head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"><link rel="stylesheet" href="a.css"></head><body><div id="app"></div><script type="module" src="a.js"></script></body></html>',
    script: 'console.log("app")',
    css: 'body{}',
    dataset: '{"format":"sourceline/1","title":"Old","documents":[],"events":[],"unplaced":[]}',
  },
  () => 'HASH',
);

describe('withDataset', () => {
  test('withDataset() swaps the inlined dataset and leaves the script and its hash alone', () => {
    const dataset: Dataset = {
      format: DATASET_FORMAT,
      title: 'New </script><script>alert(1)</script>',
      documents: [],
      events: [],
      unplaced: [],
    };
    const html = withDataset(page, dataset);
    expect(html).not.toContain('"Old"');
    expect(html).toContain("script-src 'sha256-HASH'");
    expect(html).toContain('<script type="module">console.log("app")</script>');
    const json = /<script type="application\/json" id="sourceline-dataset">([^<]*)<\/script>/.exec(
      html,
    )?.[1];
    expect(JSON.parse(json ?? '')).toEqual(dataset);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  test('isSingleFileTemplate() tells a single-file build from the ordinary page', () => {
    expect(isSingleFileTemplate(page)).toBe(true);
    expect(isSingleFileTemplate('<html><body><div id="app"></div></body></html>')).toBe(false);
    expect(() => withDataset('<html></html>', {} as Dataset)).toThrow();
  });
});
