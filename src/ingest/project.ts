import type { CurationDraft } from '../lib/curation-ops';
import type { TextEncodingName } from '../lib/formats/decode-text';
import type { PublishedDate } from '../lib/types';

/** A document of a saved timeline, without its text (texts are stored apart, by the worker). */
export interface DocumentInfo {
  id: string;
  file: string;
  title: string;
  published: PublishedDate;
  /** Length of the text in characters. */
  size: number;
  encoding: TextEncodingName;
  /** True when the encoding was guessed (windows-1252 after UTF-8 failed, UTF-16 without a mark). */
  guessed?: boolean;
  /** True when the text was taken out of HTML. */
  html?: boolean;
  /** Position in the project, kept in storage (documents are stored one record each). */
  order?: number;
}

/** Why a file given to the workspace was not added. */
export type FileProblemReason =
  'empty' | 'binary' | 'blank' | 'too-large' | 'unreadable' | 'html-empty';

/** A file that was not added, and why. */
export interface FileProblem {
  file: string;
  reason: FileProblemReason;
}

/**
 * A saved timeline as stored: built here from documents (`documents`), or opened from a file
 * (`imported`: a sourceline/1 dataset or a TimelineJS or events file, shown as it is). Its
 * documents are stored apart, one record each, so adding a thousand costs a thousand small writes.
 */
export interface ProjectRecord {
  id: string;
  name: string;
  kind: 'documents' | 'imported';
  /** ms since the epoch, for sorting the list. */
  created: number;
  updated: number;
  curation: CurationDraft;
  eventCount: number;
  documentCount: number;
}

/** A project open in the workspace: its record and its documents, in order. */
export interface Project extends ProjectRecord {
  documents: DocumentInfo[];
}

/** A new project id: time and randomness, so two tabs never collide. */
export function newProjectId(now: number): string {
  return `p${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
