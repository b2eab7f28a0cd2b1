/**
 * pdf.js behind a small handle, for the attachment preview only: this module is imported lazily
 * (`import('./pdf-document')`), so pdf.js (≈ 430 KB) and its worker (≈ 1.2 MB) are not part of the
 * main bundle and load the first time a PDF is previewed.
 *
 * Nothing comes from the network: the worker is a file of the build (Vite `?worker&url`), and the
 * character maps (needed by Chinese PDFs that use the predefined Adobe-GB1/CNS1 encodings) and the image
 * decoders are copied under `pdfjs/` of the build by electron.vite.config.ts and read from the app's own
 * origin; fonts a PDF does not embed are drawn with the system's. pdf.js 5 no longer has an eval path (its `isEvalSupported` option is gone: fonts
 * are drawn from parsed outlines, never compiled into functions), scripting and XFA stay off, and the
 * PDF's bytes are handed over as data (no URL, so no range requests).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
// Bundled as a worker of the build (assets/*.js, like the app's other workers), never fetched from elsewhere.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Why a PDF cannot be shown: it asks for a password, or pdf.js cannot read it. */
export class PdfOpenError extends Error {
  constructor(readonly reason: 'password' | 'unreadable') {
    super(`pdf: ${reason}`);
    this.name = 'PdfOpenError';
  }
}

export interface PdfPageRender {
  promise: Promise<void>;
  cancel: () => void;
}

export interface PdfHandle {
  pages: number;
  /** Draws page `n` (1-based) `cssWidth` pixels wide, sharp on the screen's pixel ratio. */
  render: (n: number, canvas: HTMLCanvasElement, cssWidth: number) => PdfPageRender;
  destroy: () => Promise<void>;
}

/** Canvases above this many pixels fail or exhaust memory (a poster-sized page zoomed in): the drawing is scaled down. */
const MAX_CANVAS_PIXELS = 16_777_216;

const assetUrl = (dir: string) => new URL(`pdfjs/${dir}/`, document.baseURI).href;

export async function openPdf(data: Uint8Array): Promise<PdfHandle> {
  const task = getDocument({
    data,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    wasmUrl: assetUrl('wasm'),
    // Fonts a PDF names without embedding them (宋体, STSong-Light, Helvetica…) are drawn with the system's.
    useSystemFonts: true,
    enableXfa: false,
    stopAtErrors: false,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = error instanceof Error ? error.name : '';
    throw new PdfOpenError(name === 'PasswordException' ? 'password' : 'unreadable');
  }
  return {
    pages: doc.numPages,
    render: (n, canvas, cssWidth) => {
      let task: RenderTask | null = null;
      let cancelled = false;
      const promise = (async () => {
        const page = await doc.getPage(n);
        if (cancelled) return;
        const base = page.getViewport({ scale: 1 });
        const scale = cssWidth / base.width;
        const ratio = window.devicePixelRatio || 1;
        let pixelScale = scale * ratio;
        const pixels = base.width * base.height * pixelScale * pixelScale;
        if (pixels > MAX_CANVAS_PIXELS) pixelScale *= Math.sqrt(MAX_CANVAS_PIXELS / pixels);
        const viewport = page.getViewport({ scale: pixelScale });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${Math.floor(base.width * scale)}px`;
        canvas.style.height = `${Math.floor(base.height * scale)}px`;
        task = page.render({ canvas, viewport });
        await task.promise;
      })();
      return {
        promise,
        cancel: () => {
          cancelled = true;
          task?.cancel();
        },
      };
    },
    destroy: () => doc.destroy(),
  };
}
