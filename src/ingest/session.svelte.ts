import { dropDocument, emptyDraft, type CurationOp } from '../lib/curation-ops';
import { isSingleFileTemplate } from '../lib/formats/single-file';
import { ingestMessages } from '../lib/messages';
import type { Dataset, PublishedDate } from '../lib/types';
import type { BuildProgress } from './build-in-steps';
import {
  newProjectId,
  type DocumentInfo,
  type FileProblem,
  type Project,
  type ProjectRecord,
} from './project';
import type { ExportFormat } from './protocol';
import {
  deleteDocuments,
  deleteProject,
  listProjects,
  loadDocuments,
  saveDocuments,
  saveProject,
} from './store';
import { startWorker, type IngestWorker, type ReplyHandler, type Request } from './worker-client';

/** Something the worker is doing that the page shows (with a Cancel button). */
export type Activity =
  | { kind: 'read'; done: number; total: number }
  | { kind: 'build'; progress: BuildProgress | null }
  | { kind: 'open'; name: string }
  | { kind: 'export' };

/** A line shown above the work: what happened, or what went wrong and what to do. */
export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  /** Extra lines (rows of an import that could not be read). */
  details?: string[];
  action?: 'drop-edits';
}

/** What is stored of a project besides its documents. */
function recordOf(project: Project): ProjectRecord {
  const record: ProjectRecord & { documents?: DocumentInfo[] } = {
    ...project,
    documentCount: project.documents.length,
  };
  delete record.documents;
  return record;
}

/** Where the single-file build would be: `sourceline.html` beside the app. */
const SINGLE_FILE_TEMPLATE = () => new URL('sourceline.html', location.href).href;

/** Files that are opened as timelines (or a curation), not read as documents. */
const TIMELINE_FILE = /\.(json|csv|tsv|ya?ml)$/i;

/**
 * The workspace's state and what a person can do in it. The page keeps only small things (the
 * list of documents, the curation, a preview of the timeline); texts and builds live in the
 * worker and IndexedDB. Every change is saved.
 */
export class Session {
  projects = $state.raw<ProjectRecord[]>([]);
  project = $state.raw<Project | null>(null);
  preview = $state.raw<Dataset | null>(null);
  /** Reading files, and building or opening: shown one at a time, reading first. */
  reading = $state.raw<Activity | null>(null);
  working = $state.raw<Activity | null>(null);
  /** True when the shown timeline is not the one the documents give (a build was stopped). */
  stale = $state(false);
  /** True when the single-file build is served beside the app, so a single page can be made. */
  singleFile = $state(false);
  #probed = false;
  problems = $state.raw<FileProblem[]>([]);
  notices = $state.raw<Notice[]>([]);
  selected = $state<string | null>(null);

  #worker: IngestWorker;
  #building = false;
  #rebuild = false;
  #buildTimer: ReturnType<typeof setTimeout> | undefined;
  #noticeId = 0;

  #onopen: (dataset: Dataset) => void;

  constructor(onopen: (dataset: Dataset) => void) {
    this.#onopen = onopen;
    this.#worker = startWorker((message) => {
      this.reading = null;
      this.working = null;
      this.#building = false;
      this.#notify('error', ingestMessages.buildFailed(message));
    });
  }

  async init() {
    try {
      this.projects = await listProjects();
    } catch (error) {
      this.#notify('error', ingestMessages.storageFailed((error as Error).message));
    }
    if (this.projects[0]) this.openProject(this.projects[0].id);
  }

  get activity(): Activity | null {
    return this.reading ?? this.working;
  }

  dispose() {
    this.#worker.dispose();
  }

  #run(request: Request, handler: ReplyHandler): void {
    this.#worker.post(request, handler);
  }

  #notify(tone: Notice['tone'], text: string, extra: Partial<Notice> = {}) {
    this.notices = [...this.notices.slice(-4), { id: ++this.#noticeId, tone, text, ...extra }];
  }

  dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  // ---- projects ----------------------------------------------------------------------------

  #update(patch: Partial<Project>) {
    if (!this.project) return;
    const project = { ...this.project, ...patch, updated: Date.now() };
    project.documentCount = project.documents.length;
    this.project = project;
    this.projects = [recordOf(project), ...this.projects.filter((p) => p.id !== project.id)];
    this.#save(project);
  }

  /** Saves at once: every change comes from a finished action, and a reload must find it. */
  #save(project: Project | ProjectRecord) {
    saveProject(project).catch((e: Error) => this.#failedToSave(e));
  }

  #failedToSave(error: Error) {
    this.#notify('error', ingestMessages.storageFailed(error.message));
  }

  #create(kind: Project['kind'], name: string = ingestMessages.untitled): Project {
    const now = Date.now();
    const project: Project = {
      id: newProjectId(now),
      name,
      kind,
      created: now,
      updated: now,
      documents: [],
      curation: emptyDraft(),
      eventCount: 0,
      documentCount: 0,
    };
    this.project = project;
    this.projects = [recordOf(project), ...this.projects];
    this.preview = null;
    this.selected = null;
    this.problems = [];
    this.#save(project);
    return project;
  }

  newProject() {
    const project = this.project;
    // An empty new timeline is already open: no need for a second one.
    if (project?.kind === 'documents' && !project.documents.length) return;
    this.#create('documents');
  }

  async openProject(id: string) {
    const record = this.projects.find((p) => p.id === id);
    if (!record || record.id === this.project?.id) return;
    const documents = await loadDocuments(id).catch((e: Error) => {
      this.#failedToSave(e);
      return [];
    });
    const project: Project = { ...record, documents };
    this.project = project;
    this.preview = null;
    this.selected = null;
    this.problems = [];
    this.#run({ type: 'load', project: id }, (reply) => {
      if (reply.type === 'loaded' && this.project?.id === id) {
        this.preview = reply.preview;
        if (!reply.preview && project.documents.length) this.#requestBuild();
      }
    });
  }

  renameProject(id: string, name: string) {
    const clean = name.trim() || ingestMessages.untitled;
    // The dataset takes the name when it is shown or downloaded: no rebuild for a new name.
    if (this.project?.id === id) this.#update({ name: clean });
    else {
      const record = this.projects.find((p) => p.id === id);
      if (record) this.#save({ ...record, name: clean });
      this.projects = this.projects.map((p) => (p.id === id ? { ...p, name: clean } : p));
    }
  }

  async deleteProject(id: string) {
    if (this.project?.id === id) {
      this.project = null;
      this.preview = null;
    }
    this.projects = this.projects.filter((p) => p.id !== id);
    await deleteProject(id).catch((e: Error) =>
      this.#notify('error', ingestMessages.storageFailed(e.message)),
    );
  }

  // ---- documents ---------------------------------------------------------------------------

  #documentsProject(): Project {
    return this.project?.kind === 'documents' ? this.project : this.#create('documents');
  }

  /** Adds files: documents are read; timeline files (JSON, CSV, YAML) are opened. */
  addFiles(files: File[]) {
    for (const file of files.filter((f) => TIMELINE_FILE.test(f.name))) this.#openFile(file);
    const documents = files.filter((f) => !TIMELINE_FILE.test(f.name));
    if (!documents.length) return;
    const project = this.#documentsProject();
    this.reading = { kind: 'read', done: 0, total: documents.length };
    this.#run(
      {
        type: 'read',
        project: project.id,
        files: documents,
        taken: project.documents.map((d) => d.id),
      },
      (reply) => {
        if (this.project?.id !== project.id) return;
        if (reply.type === 'read-progress')
          this.reading = { kind: 'read', done: reply.done, total: reply.total };
        else if (reply.type === 'documents') this.#added(reply.documents, reply.problems);
        else if (reply.type === 'done' || reply.type === 'failed') {
          this.reading = null;
          performance.mark('sourceline:workspace-read');
          if (reply.type === 'failed') this.#notify('error', reply.message);
          this.#requestBuild();
        }
      },
    );
  }

  addText(title: string, text: string) {
    if (!text.trim()) return;
    const project = this.#documentsProject();
    const n = project.documents.filter((d) => d.file.startsWith('pasted-')).length + 1;
    this.#run(
      {
        type: 'paste',
        project: project.id,
        name: `pasted-${n}.txt`,
        title: title.trim() || ingestMessages.pastedTitle(n),
        text,
        taken: project.documents.map((d) => d.id),
      },
      (reply) => {
        if (reply.type === 'documents') this.#added(reply.documents, []);
        if (reply.type === 'done') this.#requestBuild();
      },
    );
  }

  #added(added: DocumentInfo[], problems: FileProblem[]) {
    if (!this.project) return;
    const base = (this.project.documents.at(-1)?.order ?? -1) + 1;
    const documents = added.map((d, i) => ({ ...d, order: base + i }));
    saveDocuments(this.project.id, documents).catch((e: Error) => this.#failedToSave(e));
    const all = [...this.project.documents, ...documents];
    const named =
      this.project.name === ingestMessages.untitled && all[0] ? all[0].title : this.project.name;
    this.#update({ documents: all, name: named });
    if (problems.length) this.problems = [...this.problems, ...problems];
  }

  updateDocument(id: string, patch: { title?: string; published?: PublishedDate }) {
    const project = this.project;
    const document = project?.documents.find((d) => d.id === id);
    if (!project || !document) return;
    const changed = { ...document, ...patch };
    saveDocuments(project.id, [changed]).catch((e: Error) => this.#failedToSave(e));
    this.#update({ documents: project.documents.map((d) => (d.id === id ? changed : d)) });
    this.#requestBuild(600);
  }

  removeDocument(id: string) {
    const project = this.project;
    if (!project) return;
    this.#update({
      documents: project.documents.filter((d) => d.id !== id),
      curation: dropDocument(project.curation, id),
    });
    deleteDocuments(project.id, [id]).catch((e: Error) => this.#failedToSave(e));
    this.#run({ type: 'forget', project: project.id, ids: [id] }, () => {});
    if (this.project?.documents.length) this.#requestBuild();
    else {
      this.preview = null;
      this.#update({ eventCount: 0 });
    }
  }

  // ---- building ----------------------------------------------------------------------------

  #requestBuild(delay = 0) {
    clearTimeout(this.#buildTimer);
    this.#buildTimer = setTimeout(() => this.#build(), delay);
  }

  #build(op?: CurationOp) {
    const project = this.project;
    if (!project || project.kind !== 'documents' || !project.documents.length) return;
    if (this.#building) {
      this.#rebuild = true;
      return;
    }
    this.#building = true;
    this.working = { kind: 'build', progress: null };
    const { id, name, documents, curation } = project;
    this.#run(
      { type: 'build', project: id, title: name, documents, curation, ...(op ? { op } : {}) },
      (reply) => {
        const current = this.project?.id === id;
        if (reply.type === 'build-progress' && current) {
          if (
            reply.progress.stage === 'events' &&
            this.working?.kind === 'build' &&
            this.working.progress?.stage !== 'events'
          )
            performance.mark('sourceline:workspace-events');
          this.working = { kind: 'build', progress: reply.progress };
        } else if (reply.type === 'built' && current) {
          performance.mark('sourceline:workspace-built');
          this.stale = false;
          this.preview = reply.preview;
          if (reply.unsaved) this.#failedToSave(new Error(reply.unsaved));
          this.#update({ curation: reply.curation, eventCount: reply.eventCount });
        } else if (reply.type === 'failed' && current) {
          if (op) this.#notify('error', ingestMessages.curationFailed(reply.message));
          else
            this.#notify(
              'error',
              ingestMessages.buildFailed(reply.message),
              reply.curation ? { action: 'drop-edits' } : {},
            );
        }
        if (reply.type === 'done' || reply.type === 'failed') {
          this.#building = false;
          if (this.working?.kind === 'build') this.working = null;
          if (this.#rebuild) {
            this.#rebuild = false;
            this.#build();
          }
        }
      },
    );
  }

  /** Builds again what the documents give (after a build was stopped). */
  rebuild() {
    this.#requestBuild();
  }

  /** Applies a curation edit: the worker rebuilds with it and, if it works, it is saved. */
  curate(op: CurationOp) {
    if (this.#building) return;
    this.#build(op);
  }

  dropEdits() {
    this.#update({ curation: emptyDraft() });
    this.notices = this.notices.filter((n) => n.action !== 'drop-edits');
    this.#requestBuild();
  }

  /** Stops the running job by restarting the worker; what was already added stays. */
  cancel() {
    this.#worker.restart();
    this.#building = false;
    this.#rebuild = false;
    clearTimeout(this.#buildTimer);
    this.reading = null;
    this.working = null;
    this.stale = this.project?.kind === 'documents' && this.project.documents.length > 0;
    this.#notify('info', ingestMessages.canceled);
  }

  // ---- opening and writing files -----------------------------------------------------------

  #openFile(file: File) {
    if (/\.ya?ml$/i.test(file.name)) return this.#openCuration(file);
    const project = this.#create('imported', file.name.replace(/\.[^.]+$/, ''));
    this.working = { kind: 'open', name: file.name };
    this.#run({ type: 'open', project: project.id, file, documents: [] }, (reply) => {
      if (reply.type === 'opened' && reply.preview) {
        const details = reply.problems.map((p) =>
          ingestMessages.rowProblem(
            p.row,
            ingestMessages.rowReasons[p.reason] + (p.detail ? ` (${p.detail})` : ''),
          ),
        );
        this.#notify(
          details.length ? 'error' : 'info',
          ingestMessages.imported(file.name, reply.eventCount ?? 0),
          details.length ? { details } : {},
        );
        if (this.project?.id === project.id) {
          this.preview = reply.preview;
          this.#update({
            name: reply.preview.title || project.name,
            eventCount: reply.eventCount ?? 0,
          });
        }
      } else if (reply.type === 'failed') {
        this.#notify('error', reply.message);
        this.deleteProject(project.id);
      }
      if ((reply.type === 'done' || reply.type === 'failed') && this.working?.kind === 'open')
        this.working = null;
    });
  }

  #openCuration(file: File) {
    const project = this.project;
    if (!project || project.kind !== 'documents' || !project.documents.length) {
      this.#notify('error', ingestMessages.curationNeedsDocuments);
      return;
    }
    this.#run(
      { type: 'open', project: project.id, file, documents: project.documents },
      (reply) => {
        if (reply.type === 'opened' && reply.curation && this.project?.id === project.id) {
          this.#update({ curation: reply.curation });
          this.#notify('info', ingestMessages.curationApplied(file.name));
          this.#requestBuild();
        } else if (reply.type === 'failed')
          this.#notify('error', ingestMessages.curationFailed(reply.message));
      },
    );
  }

  /** Looks once for the single-file build (`npm run build:single`) beside the app. */
  async probeSingleFile() {
    if (this.#probed) return;
    this.#probed = true;
    try {
      const response = await fetch(SINGLE_FILE_TEMPLATE());
      this.singleFile = response.ok && isSingleFileTemplate(await response.text());
    } catch {
      this.singleFile = false;
    }
  }

  download(format: ExportFormat) {
    const project = this.project;
    if (!project) return;
    this.#run(
      {
        type: 'export',
        project: project.id,
        format,
        curation: project.curation,
        name: project.name,
        ...(format === 'single-html' ? { template: SINGLE_FILE_TEMPLATE() } : {}),
      },
      (reply) => {
        if (reply.type === 'exported') {
          const url = URL.createObjectURL(reply.blob);
          const link = document.createElement('a');
          link.href = url;
          link.download = reply.fileName;
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
        } else if (reply.type === 'failed') this.#notify('error', reply.message);
      },
    );
  }

  /** Hands the whole built dataset to the app to show. */
  show() {
    const project = this.project;
    if (!project) return;
    this.#run({ type: 'full', project: project.id, name: project.name }, (reply) => {
      if (reply.type === 'full') this.#onopen(reply.dataset);
      else if (reply.type === 'failed') this.#notify('error', reply.message);
    });
  }
}
