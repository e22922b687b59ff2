/**
 * Worker thread of `giamngheo aggregate`: reads the commune files the main thread sends, one at a time, and posts
 * each reading back (plain data). Runs from the built CLI (dist/cli/cli/aggregate/worker.js).
 */
import { parentPort } from "worker_threads";
import { installNodeInflater } from "../nodeInflater";
import { readCommunePath } from "./readOne";

export type WorkerRequest = { readonly index: number; readonly file: string };

const port = parentPort;
if (port) {
  installNodeInflater();
  port.on("message", (msg: WorkerRequest) => {
    void readCommunePath(msg.file).then((reading) =>
      port.postMessage({ index: msg.index, reading })
    );
  });
}
