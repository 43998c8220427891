import type { Message } from '../core/messages';
import { pageApi } from './page-api';

/**
 * Send a message to the background, from a content script or the popup. Content scripts outlive their extension
 * when it is updated or reloaded: then the call fails, and the page must not see an error, so the result is
 * simply undefined.
 */
export async function send(message: Message): Promise<unknown> {
  try {
    return await pageApi.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
