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
 * Starts the worker (a separate bundle, loaded with the workspace). `onCrash` hears of an error
 * the worker did not catch; every pending request is then dropped.
 */
export function startWorker(onCrash: (message: string) => void): IngestWorker {
  let job = 0;
  const handlers = new Map<number, ReplyHandler>();
  const spawn = () => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
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
      handlers.set(job, handler);
      worker.postMessage({ ...request, job } as WorkerRequest);
    },
    restart() {
      worker.terminate();
      handlers.clear();
      worker = spawn();
    },
    dispose() {
      worker.terminate();
      handlers.clear();
    },
  };
}
