import type { CurationDraft, CurationOp } from '../lib/curation-ops';
import type { FileKind } from '../lib/formats/detect';
import type { RowProblem } from '../lib/formats/problems';
import type { Dataset } from '../lib/types';
import type { BuildProgress } from './build-in-steps';
import type { DocumentInfo, FileProblem } from './project';

/** What can be downloaded. */
export type ExportFormat =
  'sourceline' | 'curation' | 'timelinejs-json' | 'timelinejs-csv' | 'single-html';

/** Messages from the page to the worker; `job` pairs each with its replies. */
export type WorkerRequest =
  | { type: 'read'; job: number; project: string; files: File[]; taken: string[] }
  | {
      type: 'paste';
      job: number;
      project: string;
      name: string;
      title: string;
      text: string;
      taken: string[];
    }
  | {
      type: 'build';
      job: number;
      project: string;
      title: string;
      documents: DocumentInfo[];
      curation: CurationDraft;
      op?: CurationOp;
    }
  | { type: 'open'; job: number; project: string; file: File; documents: DocumentInfo[] }
  | { type: 'load'; job: number; project: string }
  | {
      type: 'export';
      job: number;
      project: string;
      format: ExportFormat;
      curation: CurationDraft;
      name: string;
      /** Address of the single-file build (`sourceline.html` beside the app), for `single-html`. */
      template?: string;
    }
  | { type: 'full'; job: number; project: string; name: string }
  | { type: 'forget'; job: number; project: string; ids: string[] };

/** Messages from the worker to the page. */
export type WorkerReply =
  | { type: 'read-progress'; job: number; done: number; total: number; file: string }
  | { type: 'documents'; job: number; documents: DocumentInfo[]; problems: FileProblem[] }
  | { type: 'build-progress'; job: number; progress: BuildProgress }
  | {
      type: 'built';
      job: number;
      preview: Dataset;
      curation: CurationDraft;
      eventCount: number;
      /** Why the built timeline could not be stored, when it could not. */
      unsaved?: string;
    }
  | {
      type: 'opened';
      job: number;
      kind: FileKind;
      name: string;
      preview?: Dataset;
      eventCount?: number;
      curation?: CurationDraft;
      problems: RowProblem[];
    }
  | { type: 'loaded'; job: number; preview: Dataset | null }
  | { type: 'exported'; job: number; blob: Blob; fileName: string }
  | { type: 'full'; job: number; dataset: Dataset }
  | { type: 'done'; job: number }
  | { type: 'failed'; job: number; message: string; curation?: boolean };
