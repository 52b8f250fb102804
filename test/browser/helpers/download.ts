import { waitFor } from './frame.js';

/** The file a download link saves: its name and text, read before the link is revoked. */
export async function captureDownload(action: () => Promise<void> | void): Promise<{ name: string; text: string }> {
  const clicked: HTMLAnchorElement[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    await action();
    await waitFor(() => clicked.length > 0, 'a download');
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  const bytes = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
  return { name: clicked[0]!.download, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}
