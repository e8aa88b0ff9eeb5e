import type { Dataset } from '../lib/types';
import type { DocumentInfo, Project, ProjectRecord } from './project';

/**
 * The workspace's IndexedDB: saved projects (small records, written by the page), document texts
 * and built datasets (large, written by the worker). Nothing leaves the browser.
 */
const NAME = 'sourceline-workspace';
const VERSION = 2;

let opening: Promise<IDBDatabase> | null = null;

/** Opens (and on first use creates) the database. */
export function openStore(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      const create = (name: StoreName, keyPath: string | string[]) => {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath });
      };
      create('projects', 'id');
      create('documents', ['project', 'id']);
      create('texts', ['project', 'id']);
      create('datasets', 'project');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB is not available'));
    };
  });
  return opening;
}

type StoreName = 'projects' | 'documents' | 'texts' | 'datasets';

/** Runs `work` in one transaction and resolves when it has committed. */
async function transact<T>(
  stores: StoreName[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => T | Promise<T>,
): Promise<T> {
  const db = await openStore();
  const tx = db.transaction(stores, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // The failed request says why; the transaction's own error is set only once it aborts.
    tx.onerror = (event) =>
      reject((event.target as IDBRequest | null)?.error ?? tx.error ?? new Error('storage failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  const result = await work(tx);
  await done;
  return result;
}

const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Every saved project, newest first. */
export async function listProjects(): Promise<ProjectRecord[]> {
  const all = await transact(['projects'], 'readonly', (tx) =>
    result(tx.objectStore('projects').getAll()),
  );
  return (all as ProjectRecord[]).sort((a, b) => b.updated - a.updated);
}

/** Saves a project's record (not its documents: see `saveDocuments`). */
export const saveProject = (project: Project | ProjectRecord) => {
  const { documents, ...record } = project as Project;
  const row: ProjectRecord = {
    ...record,
    documentCount: documents?.length ?? record.documentCount,
  };
  return transact(['projects'], 'readwrite', (tx) => void tx.objectStore('projects').put(row));
};

const range = (project: string) => IDBKeyRange.bound([project, ''], [project, '\uffff']);

/** Stores (adds or replaces) document records of a project. */
export const saveDocuments = (project: string, documents: DocumentInfo[]) =>
  transact(['documents'], 'readwrite', (tx) => {
    const store = tx.objectStore('documents');
    for (const document of documents) store.put({ ...document, project });
  });

export const deleteDocuments = (project: string, ids: string[]) =>
  transact(['documents'], 'readwrite', (tx) => {
    for (const id of ids) tx.objectStore('documents').delete([project, id]);
  });

/** The documents of a project, in the order they were added. */
export async function loadDocuments(project: string): Promise<DocumentInfo[]> {
  const rows = (await transact(['documents'], 'readonly', (tx) =>
    result(tx.objectStore('documents').getAll(range(project))),
  )) as (DocumentInfo & { project?: string })[];
  for (const row of rows) delete row.project;
  return rows.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

/** Deletes a project with its documents, texts and dataset. */
export const deleteProject = (id: string) =>
  transact(['projects', 'documents', 'texts', 'datasets'], 'readwrite', (tx) => {
    tx.objectStore('projects').delete(id);
    tx.objectStore('documents').delete(range(id));
    tx.objectStore('texts').delete(range(id));
    tx.objectStore('datasets').delete(id);
  });

/** Stores document texts of a project (one transaction for the lot). */
export const saveTexts = (project: string, texts: { id: string; text: string }[]) =>
  transact(['texts'], 'readwrite', (tx) => {
    const store = tx.objectStore('texts');
    for (const { id, text } of texts) store.put({ project, id, text });
  });

export const deleteTexts = (project: string, ids: string[]) =>
  transact(['texts'], 'readwrite', (tx) => {
    for (const id of ids) tx.objectStore('texts').delete([project, id]);
  });

/** Texts of the given documents; a missing one is absent from the map. */
export const loadTexts = (project: string, ids: string[]) =>
  transact(['texts'], 'readonly', async (tx) => {
    const store = tx.objectStore('texts');
    const rows = await Promise.all(ids.map((id) => result(store.get([project, id]))));
    return new Map(
      (rows as ({ id: string; text: string } | undefined)[])
        .filter((row): row is { id: string; text: string } => !!row)
        .map((row) => [row.id, row.text]),
    );
  });

export const saveBuiltDataset = (project: string, dataset: Dataset) =>
  transact(
    ['datasets'],
    'readwrite',
    (tx) => void tx.objectStore('datasets').put({ project, dataset }),
  );

export const loadBuiltDataset = (project: string) =>
  transact(['datasets'], 'readonly', async (tx) => {
    const row = (await result(tx.objectStore('datasets').get(project))) as
      { dataset: Dataset } | undefined;
    return row?.dataset ?? null;
  });
