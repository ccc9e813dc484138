/** Saves a data URL or a Blob under a file name, the way a browser download does. */
export function download(fileName: string, content: string | Blob): void {
  const href = typeof content === 'string' ? content : URL.createObjectURL(content);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  if (typeof content !== 'string') setTimeout(() => URL.revokeObjectURL(href), 1_000);
}
