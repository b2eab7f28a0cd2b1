import Dexie from 'dexie';
import { previewImport } from '../../src-renderer/data/exchange/index';
import { PASSPHRASE, addSignerCard, exportWhole, putInstitute, setUp } from './page-exchange';

/**
 * ui.unlock-longest-task, on the scratch profile: the small institute is exported with a passphrase
 * (production scrypt work factor), then unlocked and read the way 导入's 读取并预览 does it
 * (previewImport: scrypt, decrypt, verify, stage) while the page watches its main thread. Only the
 * unlock and read are watched, not the export.
 */
const SOURCE = 'airgap-bench-unlock-source';
const TARGET = 'airgap-bench-unlock-target';

type Log = (line: string) => void;

/**
 * Watches the main thread until the returned function is called: every long task (over 50 ms,
 * Chromium's Long Tasks API) and the longest gap between two animation frames (what a user sees
 * as a frozen window, and a bound on the tasks too short to be long tasks).
 */
function watchMainThread(): () => Promise<{ longTasks: number[]; maxFrameGap: number }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let last = performance.now();
  let maxFrameGap = 0;
  let frame = requestAnimationFrame(function tick(now) {
    maxFrameGap = Math.max(maxFrameGap, now - last);
    last = now;
    frame = requestAnimationFrame(tick);
  });
  return async () => {
    // Long-task entries are delivered after their task: let the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
    observer.disconnect();
    cancelAnimationFrame(frame);
    return { longTasks, maxFrameGap };
  };
}

/** The small institute in a throwaway database, exported whole with the bench passphrase. */
async function exportSmallInstitute(seed: number, log: Log): Promise<{ bytes: Uint8Array; card: string }> {
  const source = await setUp(SOURCE);
  try {
    await putInstitute(source, 'small', seed);
    const { bytes, card } = await exportWhole(source.db, log);
    return { bytes, card };
  } finally {
    source.db.close();
    await Dexie.delete(SOURCE);
  }
}

export async function measureUnlockLongestTask(seed: number, log: Log) {
  const { bytes: file, card } = await exportSmallInstitute(seed, log);
  log(`unlock: file ${(file.length / 1e6).toFixed(1)} MB`);
  const target = await setUp(TARGET);
  await addSignerCard(target, card);
  try {
    const stop = watchMainThread();
    const started = performance.now();
    const preview = await previewImport(target.db, file, { passphrase: PASSPHRASE }, { installation: target.installation });
    const seconds = (performance.now() - started) / 1000;
    const { longTasks, maxFrameGap } = await stop();
    if (preview.status !== 'ready') throw new Error(`preview: ${preview.status}`);
    log(`unlock: read in ${seconds.toFixed(1)} s, ${longTasks.length} long task(s)`);
    return { longTasks, maxFrameGap, seconds, records: preview.total.new, fileBytes: file.length };
  } finally {
    target.db.close();
    await Dexie.delete(TARGET);
  }
}
