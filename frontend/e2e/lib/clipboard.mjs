// The clipboard as the page sees it: the Wails runtime's text when it has
// any (the dev build's bindings), else the browser's clipboard (the context
// must grant 'clipboard-read').

/** The clipboard's text, read inside the page. */
export async function readClipboard(page) {
  return page.evaluate(async () => {
    if (window.runtime?.ClipboardGetText) {
      const s = await window.runtime.ClipboardGetText();
      if (s) return s;
    }
    return navigator.clipboard.readText();
  });
}
