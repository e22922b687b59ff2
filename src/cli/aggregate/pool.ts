import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
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

/**
 * What a worker pays before its first file, measured here on this machine at its present load: the time this
 * process took to start and load this module's reader (ExcelJS and the engine), which is what a worker loads too.
 */
const STARTUP_MS = performance.now();

/**
 * A worker is started only when the reading left, as estimated, gives each thread at least this many times a
 * worker's start-up. Measured on 2 shared cores with the bench's generated communes (~8 KB each; start-up ≈ 230 ms,
 * the estimate ≈ 2 × the real reading as this thread's first files are read cold): 100 files 950 ms alone / 1,090 ms
 * with a worker, 300 files 1,650 / 1,860 ms, 600 files 2,540 / 2,640 ms (median of 3, load 2.4–2.7). A factor of 8
 * starts the worker from about 450 such files.
 */
const WORKER_PAYBACK = 8;
/** This thread's reading time before the estimate: past its first, cold files, to know what a file costs here. */
const SAMPLE_MS = 100;

/**
 * Cores nobody else is using (their count less the 1-minute load average; Windows reports no load): a worker on a
 * busy core only takes turns with this thread.
 */
const idleCores = (): number =>
  Math.max(
    0,
    Math.floor((os.availableParallelism?.() ?? os.cpus().length) - (os.loadavg()[0] ?? 0))
  );

/**
 * How many workers are worth starting (at most `max`) for `remainingMs` of reading left, when one costs `startupMs`
 * to start: each of the threads reading (this one included) must get a share worth WORKER_PAYBACK start-ups.
 * @example workersWorthStarting(2000, 250, 1) === 0
 */
export function workersWorthStarting(remainingMs: number, startupMs: number, max: number): number {
  const threads = Math.floor(remainingMs / (WORKER_PAYBACK * Math.max(1, startupMs)));
  return Math.max(0, Math.min(max, threads - 1));
}

type Queue = {
  readonly files: readonly string[];
  readonly next: () => number | null;
  /** The files no thread has taken yet. */
  readonly left: () => readonly string[];
  readonly done: (index: number, reading: CommuneReading) => void;
};

const sizeOf = (file: string): number => {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * This thread reads from the shared queue too (it has the engine loaded already: no start-up to pay). With
 * `later` (jobs left to the file count), once it has read for SAMPLE_MS it estimates the reading left from its own
 * cost per byte and starts the workers worth starting (see `workersWorthStarting`), at most `later.max`.
 */
async function readHere(
  q: Queue,
  later: { readonly max: number; readonly start: () => void } | null
): Promise<void> {
  let ms = 0;
  let bytes = 0;
  let decided = later === null;
  for (let i = q.next(); i !== null; i = q.next()) {
    const file = q.files[i] as string;
    const t0 = performance.now();
    q.done(i, await readCommunePath(file));
    if (!decided) {
      ms += performance.now() - t0;
      bytes += sizeOf(file);
      if (ms >= SAMPLE_MS && later) {
        decided = true;
        const leftMs = (q.left().reduce((a, f) => a + sizeOf(f), 0) * ms) / Math.max(1, bytes);
        for (let w = workersWorthStarting(leftMs, STARTUP_MS, later.max); w > 0; w--) later.start();
      }
    }
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

/** How many files are read at a time: exactly `n`, or up to `n` as the files are worth it (see readHere). */
export type Jobs = { readonly n: number; readonly auto: boolean };

/**
 * Read every commune file, `jobs.n` at a time — this thread and `jobs.n − 1` worker threads taking files from one
 * queue (one file never stops the others: each comes back as a reading, unreadable ones with their reason) — and
 * return the readings in the order of `files`. With `jobs.auto`, workers start only when the files are worth it.
 * Without the compiled worker script (TypeScript sources), this thread reads them all.
 */
export async function readCommunes(
  files: readonly string[],
  jobs: Jobs,
  progress: Progress = () => undefined
): Promise<CommuneReading[]> {
  const workers = canUseWorkers() ? Math.min(jobs.n, files.length) - 1 : 0;
  const readings: (CommuneReading | undefined)[] = new Array(files.length);
  let queued = 0;
  let finished = 0;
  const q: Queue = {
    files,
    next: () => (queued < files.length ? queued++ : null),
    left: () => files.slice(queued),
    done: (index, reading) => {
      readings[index] = reading;
      finished++;
      progress(finished, files.length, files[index] as string);
    },
  };
  const started: Promise<void>[] = [];
  const start = (): void => void started.push(runWorker(q));
  if (!jobs.auto) for (let w = 0; w < workers; w++) start();
  const auto = jobs.auto ? Math.min(workers, idleCores()) : 0;
  await readHere(q, auto > 0 ? { max: auto, start } : null);
  await Promise.all(started);
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
