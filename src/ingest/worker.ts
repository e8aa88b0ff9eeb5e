/**
 * The workspace's worker: reads files, keeps document texts (in IndexedDB), builds timelines
 * with the pipeline, opens and writes other formats. One request at a time, in order; the page
 * cancels by terminating it (everything already reported is saved).
 */
import {
  applyCurationOp,
  CurationOpError,
  draftFromCuration,
  expectedIds,
  formatCurationYaml,
} from '../lib/curation-ops';
import { CurationError, parseCuration } from '../lib/events';
import { decodeText } from '../lib/formats/decode-text';
import { detectFileKind } from '../lib/formats/detect';
import { ingestMessages } from '../lib/messages';
import type { Dataset, SourceDocument } from '../lib/types';
import { buildInSteps, type AnalysisCache } from './build-in-steps';
import { exportBlob } from './export-file';
import { openTimeline } from './open-file';
import type { DocumentInfo, FileProblem } from './project';
import type { WorkerReply, WorkerRequest } from './protocol';
import { MAX_FILE_BYTES, describeText, readDocumentBytes, type ReadDocument } from './read-file';
import { loadBuiltDataset, loadTexts, saveBuiltDataset, saveTexts, deleteTexts } from './store';

/** The worker's global scope, typed by hand (the DOM and WebWorker libraries cannot both be loaded). */
const scope = self as unknown as {
  postMessage: (message: WorkerReply) => void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
const post = (reply: WorkerReply) => scope.postMessage(reply);

/** What the worker keeps of the project it works on. */
let memory: {
  project: string;
  texts: Map<string, string>;
  analysis: AnalysisCache;
  dataset: Dataset | null;
} = {
  project: '',
  texts: new Map(),
  analysis: new Map(),
  dataset: null,
};

function remember(project: string) {
  if (memory.project !== project)
    memory = { project, texts: new Map(), analysis: new Map(), dataset: null };
  return memory;
}

async function textsOf(project: string, ids: string[]): Promise<Map<string, string>> {
  const mem = remember(project);
  const missing = ids.filter((id) => !mem.texts.has(id));
  if (missing.length)
    for (const [id, text] of await loadTexts(project, missing)) mem.texts.set(id, text);
  return mem.texts;
}

async function datasetOf(project: string): Promise<Dataset | null> {
  const mem = remember(project);
  mem.dataset ??= await loadBuiltDataset(project);
  return mem.dataset;
}

/** Sends progress at most every 100 ms, so a large job does not flood the page. */
function throttled<T>(send: (value: T) => void): (value: T, force?: boolean) => void {
  let last = 0;
  return (value, force) => {
    const now = performance.now();
    if (!force && now - last < 100) return;
    last = now;
    send(value);
  };
}

/** Reads files into documents, storing texts and reporting in batches (every 250 files or 250 ms). */
async function read(request: Extract<WorkerRequest, { type: 'read' }>) {
  const { job, project, files } = request;
  const taken = new Set(request.taken);
  const mem = remember(project);
  let batch: ReadDocument[] = [];
  let problems: FileProblem[] = [];
  let sent = performance.now();
  const flush = async () => {
    if (!batch.length && !problems.length) return;
    await saveTexts(
      project,
      batch.map((d) => ({ id: d.info.id, text: d.text })),
    );
    for (const d of batch) mem.texts.set(d.info.id, d.text);
    post({ type: 'documents', job, documents: batch.map((d) => d.info), problems });
    batch = [];
    problems = [];
    sent = performance.now();
  };
  const progress = throttled((done: number) =>
    post({
      type: 'read-progress',
      job,
      done,
      total: files.length,
      file: files[Math.min(done, files.length - 1)].name,
    }),
  );
  for (const [i, file] of files.entries()) {
    progress(i, i === 0);
    if (file.size > MAX_FILE_BYTES) problems.push({ file: file.name, reason: 'too-large' });
    else {
      let bytes: Uint8Array | null = null;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        problems.push({ file: file.name, reason: 'unreadable' });
      }
      if (bytes) {
        const read = readDocumentBytes(file.name, bytes, taken);
        if ('reason' in read) problems.push(read);
        else batch.push(read);
      }
    }
    const textSize = batch.reduce((sum, d) => sum + d.text.length, 0);
    if (batch.length + problems.length >= 250 || performance.now() - sent > 250 || textSize > 16e6)
      await flush();
  }
  await flush();
  progress(files.length, true);
}

async function paste(request: Extract<WorkerRequest, { type: 'paste' }>) {
  const read = describeText(
    request.name,
    request.text,
    new Set(request.taken),
    request.title ? { title: request.title } : {},
  );
  await saveTexts(request.project, [{ id: read.info.id, text: read.text }]);
  remember(request.project).texts.set(read.info.id, read.text);
  post({ type: 'documents', job: request.job, documents: [read.info], problems: [] });
}

/** The dataset without what the workspace does not show, when it is large: uncited paragraphs. */
function previewOf(dataset: Dataset): Dataset {
  const unplaced = dataset.unplaced.filter((u) => u.reason === 'hidden');
  const size = dataset.documents.reduce(
    (sum, d) => sum + d.paragraphs.reduce((s, p) => s + p.text.length, 0),
    0,
  );
  if (size < 4e6) return { ...dataset, unplaced };
  const cited = new Set(dataset.events.flatMap((e) => e.citations.map((c) => c.paragraph)));
  return {
    ...dataset,
    unplaced,
    documents: dataset.documents.map((d) => ({
      ...d,
      paragraphs: d.paragraphs.filter((p) => cited.has(p.id)),
    })),
  };
}

const sourcesOf = (documents: DocumentInfo[], texts: Map<string, string>): SourceDocument[] =>
  documents
    .filter((d) => texts.has(d.id))
    .map((d) => ({
      id: d.id,
      file: d.file,
      text: texts.get(d.id)!,
      meta: { title: d.title, published: d.published },
    }));

async function build(request: Extract<WorkerRequest, { type: 'build' }>) {
  const { job, project, documents, op } = request;
  const texts = await textsOf(
    project,
    documents.map((d) => d.id),
  );
  const sources = sourcesOf(documents, texts);
  let draft = request.curation;
  if (op) {
    const current = await datasetOf(project);
    if (!current) throw new Error('no timeline to edit yet');
    draft = applyCurationOp(draft, op, { dataset: current, textOf: (id) => texts.get(id) });
  }
  const edited = draft.events.length || draft.hide.length || draft.eras?.length || draft.story;
  const curation = edited
    ? parseCuration(formatCurationYaml(draft), 'curation.yaml', sources)
    : undefined;
  const progress = throttled((p: Parameters<Parameters<typeof buildInSteps>[2]>[0]) =>
    post({ type: 'build-progress', job, progress: p }),
  );
  const dataset = buildInSteps(
    sources,
    { title: request.title, description: draft.description, curation },
    (p) => progress(p, p.stage === 'events'),
    remember(project).analysis,
  );
  if (op) {
    const ids = new Set(dataset.events.map((e) => e.id));
    if (expectedIds(request.curation, draft, op).some((id) => !ids.has(id)))
      throw new CurationOpError('no-effect');
  }
  memory.dataset = dataset;
  // A timeline too large to keep is still shown (and can be downloaded while the page is open).
  const unsaved = await saveBuiltDataset(project, dataset).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  post({
    type: 'built',
    job,
    preview: previewOf(dataset),
    curation: draft,
    eventCount: dataset.events.length,
    ...(unsaved ? { unsaved } : {}),
  });
}

async function open(request: Extract<WorkerRequest, { type: 'open' }>) {
  const { job, project, file } = request;
  const text = decodeText(new Uint8Array(await file.arrayBuffer())).text;
  if (/\.ya?ml$/i.test(file.name)) {
    const texts = await textsOf(
      project,
      request.documents.map((d) => d.id),
    );
    const curation = parseCuration(text, file.name, sourcesOf(request.documents, texts));
    post({
      type: 'opened',
      job,
      kind: 'text',
      name: file.name,
      curation: draftFromCuration(curation),
      problems: [],
    });
    return;
  }
  const kind = detectFileKind(file.name, text);
  const opened = openTimeline(file.name, text, kind);
  if ('error' in opened) throw new Error(opened.error);
  remember(project).dataset = opened.dataset;
  await saveBuiltDataset(project, opened.dataset);
  post({
    type: 'opened',
    job,
    kind,
    name: file.name,
    preview: previewOf(opened.dataset),
    eventCount: opened.dataset.events.length,
    problems: opened.problems,
  });
}

async function handle(request: WorkerRequest) {
  switch (request.type) {
    case 'read':
      return read(request);
    case 'paste':
      return paste(request);
    case 'build':
      return build(request);
    case 'open':
      return open(request);
    case 'load':
      return post({
        type: 'loaded',
        job: request.job,
        preview: await datasetOf(request.project).then((d) => (d ? previewOf(d) : null)),
      });
    case 'full': {
      const dataset = await datasetOf(request.project);
      if (!dataset) throw new Error('nothing built yet');
      return post({ type: 'full', job: request.job, dataset: { ...dataset, title: request.name } });
    }
    case 'export': {
      // The timeline takes the project's name, which may have changed since the build.
      const built = (await datasetOf(request.project)) ?? emptyDataset();
      const dataset = { ...built, title: request.name };
      return post({
        type: 'exported',
        job: request.job,
        ...(await exportBlob(request.format, dataset, request)),
      });
    }
    case 'forget': {
      await deleteTexts(request.project, request.ids);
      const mem = remember(request.project);
      for (const id of request.ids) {
        mem.texts.delete(id);
        mem.analysis.delete(id);
      }
      return;
    }
  }
}

const emptyDataset = (): Dataset => ({
  format: 'sourceline/1',
  title: '',
  documents: [],
  events: [],
  unplaced: [],
});

/** Words a person can act on for an error of a job. */
function describe(error: unknown): { message: string; curation?: boolean } {
  if (error instanceof CurationOpError)
    return { message: ingestMessages.curationErrors[error.reason] ?? error.reason, curation: true };
  if (error instanceof CurationError) return { message: error.reason, curation: true };
  return { message: error instanceof Error ? error.message : String(error) };
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      await handle(request);
      post({ type: 'done', job: request.job });
    } catch (error) {
      post({ type: 'failed', job: request.job, ...describe(error) });
    }
  });
};
