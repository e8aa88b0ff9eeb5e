import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type {
  AnalyzedDocument,
  CuratedEvent,
  CuratedHide,
  Curation,
  CurationQuote,
  Era,
  SourceDocument,
} from '../types';
import { parseEdtf } from './edtf';
import { findQuote } from './quotes';

/** A mistake in the curation file: which file, which line, and what to fix. */
export class CurationError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CurationError';
  }
}

type DocumentText = Pick<SourceDocument, 'id' | 'text'>;
/** The corpus, as source documents or analyzed ones: only ids and texts are read. */
type Documents = readonly (DocumentText | AnalyzedDocument)[];

const ID = /^[a-z0-9][a-z0-9-]*$/;
const TOP_KEYS = ['title', 'description', 'events', 'hide', 'eras', 'story'];
const EVENT_KEYS = ['id', 'title', 'date', 'tags', 'era', 'cite'];

/** Reads a YAML file with line numbers; each helper throws a CurationError pointing at the node. */
function makeReader(file: string, text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: unknown): number => {
    const range = (node as Node | null)?.range;
    return range ? lines.linePos(range[0]).line : 1;
  };
  const fail = (node: unknown, message: string): never => {
    throw new CurationError(file, lineOf(node), message);
  };
  if (doc.errors.length) {
    const error = doc.errors[0];
    throw new CurationError(
      file,
      lines.linePos(error.pos[0]).line,
      `not valid YAML: ${error.message.split('\n')[0]}`,
    );
  }
  /** The entries of a mapping node, checking that every key is one we know. */
  const entries = (node: unknown, known: readonly string[], what: string): Map<string, Node> => {
    if (!isMap(node)) return fail(node, `${what} must be a mapping (key: value lines).`);
    const out = new Map<string, Node>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.includes(key))
        fail(pair.key, `unknown key "${key}" in ${what}; use one of: ${known.join(', ')}.`);
      out.set(key, pair.value as Node);
    }
    return out;
  };
  const text_ = (node: Node | undefined, what: string): string | undefined => {
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number'))
      return fail(node, `${what} must be text.`);
    return String(node.value);
  };
  const list = (node: Node | undefined, what: string): Node[] => {
    if (node === undefined) return [];
    if (!isSeq(node)) return fail(node, `${what} must be a list (lines starting with "- ").`);
    return node.items as Node[];
  };
  return { doc, lineOf, fail, entries, text: text_, list };
}

/**
 * Parses and checks the curation file. Every quote must match exactly once in its document, every
 * date must be EDTF, ids must be unique, eras and story must name what exists. Throws a
 * `CurationError` with the file, the line and what to fix. `corpus`: the documents (ids and texts).
 */
export function parseCuration(yamlText: string, file: string, corpus: Documents): Curation {
  const documents: DocumentText[] = corpus.map((d) => ('document' in d ? d.document : d));
  const r = makeReader(file, yamlText);
  const root = r.doc.contents;
  if (root === null || (isScalar(root) && root.value === null))
    return { file, events: [], hide: [], eras: [] };
  const top = r.entries(root, TOP_KEYS, 'the curation file');
  const readQuote = (node: Node, what: string): CurationQuote & { reason?: string } => {
    const fields = r.entries(node, ['document', 'quote', 'reason'], what);
    const document =
      r.text(fields.get('document'), 'document') ??
      r.fail(node, `${what} needs a document: (a document id).`);
    const quote =
      r.text(fields.get('quote'), 'quote') ??
      r.fail(node, `${what} needs a quote: (a few words of the paragraph).`);
    const source = documents.find((d) => d.id === document);
    if (!source)
      r.fail(
        fields.get('document'),
        `unknown document "${document}"; known documents: ${documents.map((d) => d.id).join(', ')}.`,
      );
    const found = findQuote((source as DocumentText).text, quote);
    if (found.length === 0)
      r.fail(
        fields.get('quote'),
        `quote "${quote}" matches nowhere in ${document}; copy the words exactly from the text.`,
      );
    if (found.length > 1)
      r.fail(
        fields.get('quote'),
        `quote "${quote}" matches ${found.length} places in ${document}; quote more words so it matches one.`,
      );
    const reason = r.text(fields.get('reason'), 'reason');
    return { document, quote, ...found[0], line: r.lineOf(node), ...(reason ? { reason } : {}) };
  };
  const readDate = (node: Node | undefined, what: string): string | undefined => {
    const value = r.text(node, what);
    if (value !== undefined && !parseEdtf(value)) {
      r.fail(
        node,
        `${what} "${value}" is not an EDTF date; write e.g. 1954-03-31, 1954-03, 1954, 195X, 1952~ or 2022-06-28/2022-06-30.`,
      );
    }
    return value;
  };

  const eras: Era[] = r.list(top.get('eras'), 'eras').map((node) => {
    const f = r.entries(node, ['id', 'title', 'start', 'end'], 'an era');
    const id = r.text(f.get('id'), 'id') ?? r.fail(node, 'an era needs an id:.');
    const start = parseEdtf(
      readDate(f.get('start'), 'start') ?? r.fail(node, `era ${id} needs a start: date.`),
    );
    const end = parseEdtf(
      readDate(f.get('end'), 'end') ?? r.fail(node, `era ${id} needs an end: date.`),
    );
    return {
      id,
      title: r.text(f.get('title'), 'title') ?? id,
      start: start?.start ?? '',
      end: end?.end ?? '',
    };
  });
  const ids = new Map<string, number>();
  const events: CuratedEvent[] = r.list(top.get('events'), 'events').map((node) => {
    const f = r.entries(node, EVENT_KEYS, 'an event');
    const id =
      r.text(f.get('id'), 'id') ??
      r.fail(node, 'an event needs an id: (lower case, a-z 0-9 and hyphens).');
    if (!ID.test(id))
      r.fail(f.get('id'), `id "${id}" must be lower case letters, digits and hyphens.`);
    if (ids.has(id))
      r.fail(
        f.get('id'),
        `duplicate id "${id}" (first used on line ${ids.get(id)}); give each event its own id.`,
      );
    ids.set(id, r.lineOf(node));
    const era = r.text(f.get('era'), 'era');
    if (era !== undefined && !eras.some((e) => e.id === era))
      r.fail(f.get('era'), `unknown era "${era}"; define it under eras:.`);
    const cite = r.list(f.get('cite'), 'cite').map((q) => readQuote(q, 'a citation'));
    if (cite.length === 0)
      r.fail(node, `event ${id} needs cite: with at least one {document, quote} of its date.`);
    const tags = r.list(f.get('tags'), 'tags').map((t) => r.text(t, 'a tag') ?? '');
    const title = r.text(f.get('title'), 'title');
    const date = readDate(f.get('date'), 'date');
    return {
      id,
      cite,
      line: r.lineOf(node),
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
      ...(tags.length ? { tags } : {}),
      ...(era ? { era } : {}),
    };
  });
  const hide: CuratedHide[] = r
    .list(top.get('hide'), 'hide')
    .map((node) => readQuote(node, 'a hidden mention'));
  const storyNode = top.get('story');
  const story = r.list(storyNode, 'story').map((node) => {
    const id = r.text(node, 'a story entry') ?? '';
    if (!ids.has(id)) r.fail(node, `story names "${id}", which is not an event id of this file.`);
    return id;
  });
  const title = r.text(top.get('title'), 'title');
  const description = r.text(top.get('description'), 'description');
  return {
    file,
    events,
    hide,
    eras,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(storyNode ? { story } : {}),
  };
}
