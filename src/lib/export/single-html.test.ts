import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { assembleSingleFile, escapeJsonForHtml, escapeScript } from './single-html';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const HTML = `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self'" />
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-abc.css">
</head><body><div id="app"></div></body></html>`;

describe('assembleSingleFile', () => {
  const out = assembleSingleFile(
    {
      html: HTML,
      script: 'const a = "</script><!-- x";console.log($1, a);',
      css: 'body{color:red}',
      dataset: '{"title":"</script><script>alert(1)</script>"}',
    },
    sha256,
  );

  test('assembleSingleFile() refers to no file: script, style and dataset are inline', () => {
    expect(out).not.toMatch(/\bsrc=|\bhref="\.\/assets/);
    expect(out).toContain('<style>body{color:red}</style>');
    expect(out).toContain(
      '<script type="module">const a = "\\x3C/script>\\x3C!-- x";console.log($1, a);</script>',
    );
  });

  test('assembleSingleFile() allows the inline script by its hash, not by unsafe-inline', () => {
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(out)?.[1] ?? '';
    expect(out).toContain(`script-src 'sha256-${sha256(script)}'`);
    expect(out).not.toContain('unsafe-inline');
  });

  test('assembleSingleFile() writes the dataset so it cannot end its script element', () => {
    const json =
      /<script type="application\/json" id="sourceline-dataset">([\s\S]*?)<\/script>/.exec(
        out,
      )?.[1];
    expect(json).toBeDefined();
    expect(json).not.toContain('<');
    expect(JSON.parse(json ?? '')).toEqual({ title: '</script><script>alert(1)</script>' });
  });
});

describe('assembleSingleFile with the workspace worker', () => {
  const parts = { html: HTML, script: 'go();', css: '', dataset: '{}' };
  const withWorker = assembleSingleFile({ ...parts, worker: 'postMessage("</script>");' }, sha256);

  test('writes the worker as text the page starts it from, and lets it start from a blob', () => {
    expect(withWorker).toContain(
      '<script type="text/plain" id="sourceline-worker">postMessage("\\x3C/script>");</script>',
    );
    expect(withWorker).toMatch(/content="[^"]*; worker-src blob:"/);
  });

  test('leaves the policy as it was without a worker', () => {
    expect(assembleSingleFile(parts, sha256)).not.toContain('worker-src');
  });
});

describe('escapeScript and escapeJsonForHtml', () => {
  test('escapeScript() keeps the meaning of strings holding </script and <!--', () => {
    const source = 'globalThis.v = ["</script>", "<!--", "<SCRIPT"];';
    const escaped = escapeScript(source);
    expect(escaped).not.toMatch(/<\/script|<!--|<script/i);
    const scope: { v?: string[] } = {};
    new Function('globalThis', escaped)(scope);
    expect(scope.v).toEqual(['</script>', '<!--', '<SCRIPT']);
  });

  test('escapeJsonForHtml() keeps the same JSON value', () => {
    const json = JSON.stringify({ a: '<!-- </script> <b>' });
    expect(JSON.parse(escapeJsonForHtml(json))).toEqual(JSON.parse(json));
  });
});
