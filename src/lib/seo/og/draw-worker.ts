/*
 * A worker thread that draws share cards: satori lays out the element, sharp encodes the PNG. The
 * build starts it with the fonts and options (workerData) and sends it elements; it answers with
 * PNG bytes. It imports only packages and uses only erasable TypeScript, so Node runs the file as is.
 */
import satori from 'satori';
import sharp from 'sharp';
import { parentPort, workerData } from 'node:worker_threads';

interface Setup {
  width: number;
  height: number;
  fonts: { name: string; weight: number; style: 'normal'; data: Uint8Array }[];
  png: { compressionLevel: number; palette: boolean };
}

const setup = workerData as Setup;
const fonts = setup.fonts.map((font) => ({ ...font, weight: font.weight as 400 | 700, data: Buffer.from(font.data) }));

/**
 * One card at a time: sharp's work runs on the process-wide libuv thread pool, and several cards in
 * flight there would queue the build thread's own file writes behind them (and take more than the one
 * core this worker is meant to use).
 */
let queue = Promise.resolve();

async function draw({ id, element }: { id: number; element: Parameters<typeof satori>[0] }) {
  try {
    const svg = await satori(element, { width: setup.width, height: setup.height, fonts });
    const png = await sharp(Buffer.from(svg)).png(setup.png).toBuffer();
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort!.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

parentPort!.on('message', (job: { id: number; element: Parameters<typeof satori>[0] }) => {
  queue = queue.then(() => draw(job));
});
