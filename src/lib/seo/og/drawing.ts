import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OgElement } from './element';
import { loadFonts } from './fonts';
import { PNG_OPTIONS, rasterize } from './rasterize';
import { ogStats } from './stats';
import { CARD } from './theme';

/** Draws a card element to PNG bytes. */
export type Draw = (element: OgElement) => Promise<Buffer>;

interface Job {
  element: OgElement;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * Draws cards in worker threads (`src/lib/og/draw-worker.ts`; one per core but one, at least one), so
 * the build thread goes on rendering pages while cards are drawn. A worker that cannot start (a Node
 * without TypeScript support) or dies hands its cards back to this thread; a card that fails to
 * draw fails as it would here. Workers hold the process open only while they have work.
 */
export function workerDrawer(script: string, size = Math.max(1, availableParallelism() - 1)) {
  let slots: Promise<Slot[]> | undefined;
  let failed = false;
  let nextId = 0;
  const drawHere = (job: Job) => rasterize(job.element).then(job.resolve, job.reject);

  const fail = (all: Slot[]) => {
    if (failed) return;
    failed = true;
    for (const slot of all) {
      void slot.worker.terminate();
      for (const job of slot.jobs.values()) void drawHere(job);
      slot.jobs.clear();
    }
  };

  const start = async (): Promise<Slot[]> => {
    const fonts = (await loadFonts()).map(({ name, weight, style, data }) => ({
      name,
      weight,
      style,
      data: new Uint8Array(data as ArrayBuffer),
    }));
    const workerData = { width: CARD.width, height: CARD.height, png: PNG_OPTIONS, fonts };
    const all: Slot[] = [];
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(script, { workerData }), jobs: new Map() };
      slot.worker.unref();
      slot.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
        const job = slot.jobs.get(id);
        if (!job) return;
        slot.jobs.delete(id);
        if (slot.jobs.size === 0) slot.worker.unref();
        if (error !== undefined) job.reject(new Error(`share image: ${error}`));
        else {
          ogStats().inWorkers++;
          job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
        }
      });
      slot.worker.on('error', () => fail(all));
      slot.worker.on('exit', () => fail(all));
      all.push(slot);
    }
    return all;
  };

  const draw: Draw = async (element) => {
    slots ??= start();
    const all = await slots;
    return new Promise<Buffer>((resolve, reject) => {
      const job = { element, resolve, reject };
      if (failed) return void drawHere(job);
      const slot = all.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      const id = nextId++;
      slot.jobs.set(id, job);
      slot.worker.ref();
      slot.worker.postMessage({ id, element });
    });
  };

  return {
    draw,
    /** Ends the workers (a build ends them by finishing; tests end them here). */
    async close(): Promise<void> {
      if (!slots) return;
      const all = await slots;
      failed = true;
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
