/**
 * Saves text as a file on the person's device: a Blob, an object URL and a temporary
 * `<a download>`. Nothing leaves the browser. Returns false (never throws) where the
 * browser refuses, so the caller can offer another way, such as text to select and copy.
 */
export function downloadText(fileName: string, text: string, type = 'text/plain'): boolean {
  let url: string | undefined;
  try {
    url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    // Some browsers only follow a download link that is in the document.
    (document.body ?? document.documentElement).append(link);
    link.click();
    link.remove();
    const done = url;
    // Revoked later, not at once: a browser may still be reading the file after click() returns.
    setTimeout(() => URL.revokeObjectURL(done), 60_000);
    return true;
  } catch {
    if (url) URL.revokeObjectURL(url);
    return false;
  }
}
