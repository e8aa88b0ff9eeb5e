import { INLINE_WORKER_ID } from '../lib/export/single-html';
import type { WorkerReply, WorkerRequest } from './protocol';

/** A request without its job number (the client numbers them). */
export type Request = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'job'>
    : never
  : never;

/** What receives the replies to one request, until its `done` or `failed`. */
export type ReplyHandler = (reply: WorkerReply) => void;

/** The page's side of the worker: requests with their reply handlers, and a restart that drops all. */
export interface IngestWorker {
  post: (request: Request, handler: ReplyHandler) => void;
  /** Stops whatever runs (terminates the worker) and starts a fresh one; pending replies are dropped. */
  restart: () => void;
  dispose: () => void;
}

/**
 * The worker's script: a separate bundle beside the app, or, in the single-file page (which has
 * no file beside it), the copy written into the page, started from a blob.
 */
function newWorker(): Worker {
  const inline = document.getElementById(INLINE_WORKER_ID);
  if (inline?.textContent) {
    const blob = new Blob([inline.textContent], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob));
  }
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the worker (a separate bundle, loaded with the workspace). `onCrash` hears of an error
 * the worker did not catch, or that it could not start at all (a page the browser does not let
 * start one); every pending request is then dropped.
 */
export function startWorker(onCrash: (message: string) => void): IngestWorker {
  let job = 0;
  const handlers = new Map<number, ReplyHandler>();
  /** Why the worker could not be started, when it could not. */
  let unstarted: string | null = null;
  const spawn = (): Worker | null => {
    let worker: Worker;
    try {
      worker = newWorker();
    } catch (error) {
      unstarted = error instanceof Error ? error.message : String(error);
      const reason = unstarted;
      queueMicrotask(() => onCrash(reason));
      return null;
    }
    unstarted = null;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      handlers.get(reply.job)?.(reply);
      if (reply.type === 'done' || reply.type === 'failed') handlers.delete(reply.job);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      handlers.clear();
      onCrash(event.message || 'the worker stopped');
    };
    return worker;
  };
  let worker = spawn();
  return {
    post(request, handler) {
      job += 1;
      if (!worker) {
        handler({ type: 'failed', job, message: unstarted ?? 'the worker is not running' });
        return;
      }
      handlers.set(job, handler);
      worker.postMessage({ ...request, job } as WorkerRequest);
    },
    restart() {
      worker?.terminate();
      handlers.clear();
      worker = spawn();
    },
    dispose() {
      worker?.terminate();
      handlers.clear();
    },
  };
}
