// The two ways the page is used, behind one interface: served over http from www/, and the
// offline single file opened from disk. Every app test runs against both.
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';
import { SINGLE_FILE, WWW } from './expected.mjs';

export const MODES = ['http', 'file'];

/**
 * Starts what a mode needs and says which request URLs belong to the page itself.
 * @param {'http'|'file'} mode
 * @returns {Promise<{url: string, own: (url: string) => boolean, close: () => Promise<void>}>}
 */
export async function openSite(mode) {
  if (mode === 'http') {
    const server = await startServer(WWW, 0);
    return {
      url: server.url,
      own: (u) => u.startsWith(server.url) || u.startsWith('blob:') || u.startsWith('data:'),
      close: server.close,
    };
  }
  const url = pathToFileURL(SINGLE_FILE).href;
  return {
    url,
    own: (u) => u === url || u.startsWith('blob:') || u.startsWith('data:'),
    close: async () => {},
  };
}
