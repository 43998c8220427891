import browser from 'webextension-polyfill';
import type { ImagesAnswer } from '../core/answers';
import type { ImageFormat } from '../core/image-format';
import { judgeImage } from '../core/image-rules';
import { ImageCandidate } from '../core/messages';
import { perHostLimit } from '../core/per-host';
import { RecentMap, withRecent } from '../core/recent';
import type { ImageVerdict } from '../core/records';
import { isSafeImageUrl } from '../core/url-safety';
import { PER_HOST, probeImage } from './probe';
import { readState, update } from './state';

// Verdicts for product images. With the seller's permission for an image's host, the file's own header is read
// (probe.ts); without it, the size the page loaded is used, marked approximate, with the format the content script
// could learn. Each URL is probed once per session, at most PER_HOST at a time per host, and never in a way that
// makes a page wait for the whole queue. Only URLs a product image on the page shows (its source, srcset or link)
// reach here, and only those that pass core/url-safety are fetched: never the seller's own network.

/** Verdicts (or probes under way) kept in memory, by URL: as many as storage keeps, the least recently asked for go. */
const PROBED_LIMIT = 500;
const probes = new RecentMap<string, Promise<ImageVerdict>>(PROBED_LIMIT);

const slot = perHostLimit(PER_HOST);

async function mayRead(url: URL): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${url.origin}/*`] });
  } catch {
    return false;
  }
}

export interface Candidate {
  url: string;
  original?: string;
  naturalWidth: number;
  naturalHeight: number;
  /** The format of `original ?? url`, as the page let the content script learn it. */
  format?: ImageFormat;
}

function verdictFrom(url: string, facts: Parameters<typeof judgeImage>[0], approximate: boolean): ImageVerdict {
  const judgement = judgeImage(facts);
  return { url, status: judgement.status, reasons: judgement.reasons, width: facts.width, height: facts.height, format: facts.format, approximate };
}

export function verdictFromPage(candidate: Candidate): ImageVerdict {
  // The page's own loaded size: the ratio counts; the size counts only if the loaded file is the original.
  const thumbnail = candidate.original !== undefined && candidate.original !== candidate.url;
  const facts = { width: candidate.naturalWidth, height: candidate.naturalHeight, thumbnail, format: candidate.format };
  return verdictFrom(candidate.original ?? candidate.url, facts, true);
}

async function verdictFor(candidate: Candidate, probedEarlier: Record<string, ImageVerdict>): Promise<ImageVerdict> {
  const target = candidate.original ?? candidate.url;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return verdictFromPage(candidate);
  }
  if (!isSafeImageUrl(target) || !(await mayRead(url))) return verdictFromPage(candidate);
  const cached = probes.get(target) ?? probedEarlier[target];
  if (cached) return cached;
  const probe = slot(url.host, async () => {
    try {
      const result = await probeImage(target);
      if (result.header.kind === 'format') return verdictFrom(target, { format: result.header.format }, false);
      if (result.header.kind !== 'size') return verdictFrom(target, {}, false);
      return verdictFrom(target, { ...result.header.size, bytes: result.bytes }, false);
    } catch {
      return verdictFromPage(candidate);
    }
  });
  probes.set(target, probe);
  return probe;
}

export async function checkImages(candidates: Candidate[], page: string): Promise<ImagesAnswer> {
  // Verdicts read from files before the worker last stopped: read once for the whole batch.
  const probedEarlier = (await readState()).session.probed ?? {};
  const verdicts = await Promise.all(candidates.map((candidate) => verdictFor(candidate, probedEarlier)));
  await update((_local, session) => {
    const fromFiles = verdicts.filter((verdict) => !verdict.approximate);
    if (fromFiles.length > 0) {
      // The URLs this page asked for become the most recent: a page of new URLs evicts the least recently asked for.
      session.probed = withRecent(session.probed, Object.fromEntries(fromFiles.map((verdict) => [verdict.url, verdict])), PROBED_LIMIT);
    }
    const previous = session.images?.page === page ? session.images.verdicts : [];
    const byUrl = new Map(previous.map((verdict) => [verdict.url, verdict]));
    for (const verdict of verdicts) byUrl.set(verdict.url, verdict);
    session.images = { page: page.slice(0, 2048), at: Date.now(), verdicts: [...byUrl.values()].slice(-300) };
  });
  return { verdicts };
}

function formatOf(verdict: ImageVerdict): ImageFormat | undefined {
  return ImageCandidate.shape.format.safeParse(verdict.format).data;
}

/** After the seller grants access to image hosts: probe the current report's images from their files. */
export async function recheckReport(): Promise<void> {
  const { session } = await readState();
  const report = session.images;
  if (!report) return;
  await checkImages(
    report.verdicts.map((verdict) => ({ url: verdict.url, naturalWidth: verdict.width ?? 0, naturalHeight: verdict.height ?? 0, format: formatOf(verdict) })),
    report.page,
  );
}
