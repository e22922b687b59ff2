import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import type { CommuneReading } from "../../core";
import { readCommunePath } from "./readOne";
import type { WorkerRequest } from "./worker";

/** Called after each file is read, in completion order. */
export type Progress = (done: number, total: number, file: string) => void;

const WORKER_FILE = path.join(__dirname, "worker.js");
/** Files handed to a worker ahead, so it never waits while this thread is busy reading a file of its own. */
const IN_FLIGHT = 2;

/** Workers need the compiled worker script; run from TypeScript sources (tests), files are read in this thread. */
export const canUseWorkers = (): boolean => fs.existsSync(WORKER_FILE);

type Queue = {
  readonly files: readonly string[];
  readonly next: () => number | null;
  readonly done: (index: number, reading: CommuneReading) => void;
};

/** This thread reads from the shared queue too (it has the engine loaded already: no start-up to pay). */
async function readHere(q: Queue): Promise<void> {
  for (let i = q.next(); i !== null; i = q.next()) {
    q.done(i, await readCommunePath(q.files[i] as string));
    // let the workers' results in between two files
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** One worker reading files from the shared queue, `IN_FLIGHT` at a time, until it is empty. */
function runWorker(q: Queue): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_FILE);
    const pending = new Set<number>();
    const feed = (): void => {
      while (pending.size < IN_FLIGHT) {
        const index = q.next();
        if (index === null) break;
        pending.add(index);
        worker.postMessage({ index, file: q.files[index] as string } satisfies WorkerRequest);
      }
      if (pending.size === 0) void worker.terminate().then(() => resolve());
    };
    worker.on("message", (msg: { index: number; reading: CommuneReading }) => {
      pending.delete(msg.index);
      q.done(msg.index, msg.reading);
      feed();
    });
    // A worker that dies (out of memory on a huge file) loses its files only: the others go on.
    worker.on("error", (e) => {
      for (const i of pending) q.done(i, missingReading(q.files[i] as string, e));
      resolve();
    });
    feed();
  });
}

/**
 * Read every commune file, `jobs` at a time — this thread and `jobs − 1` worker threads taking files from one queue
 * (one file never stops the others: each comes back as a reading, unreadable ones with their reason) — and return
 * the readings in the order of `files`. Without the compiled worker script (TypeScript sources), this thread reads
 * them all.
 */
export async function readCommunes(
  files: readonly string[],
  jobs: number,
  progress: Progress = () => undefined
): Promise<CommuneReading[]> {
  const workers = canUseWorkers() ? Math.min(jobs, files.length) - 1 : 0;
  const readings: (CommuneReading | undefined)[] = new Array(files.length);
  let queued = 0;
  let finished = 0;
  const q: Queue = {
    files,
    next: () => (queued < files.length ? queued++ : null),
    done: (index, reading) => {
      readings[index] = reading;
      finished++;
      progress(finished, files.length, files[index] as string);
    },
  };
  const started = Array.from({ length: Math.max(0, workers) }, () => runWorker(q));
  await Promise.all([...started, readHere(q)]);
  return readings.map((r, i) => r ?? missingReading(files[i] as string));
}

/** A reading a worker never returned (it crashed): reported, never silently dropped. */
function missingReading(file: string, e?: unknown): CommuneReading {
  return {
    file,
    readable: false,
    name: path.basename(file, ".xlsx"),
    nameSource: "file",
    problem: { kind: "unexpected", detail: e instanceof Error ? e.message : "worker stopped" },
  };
}
