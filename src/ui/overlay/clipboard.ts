/**
 * Copies text during a user's click. The async Clipboard API first; if the page's permissions
 * policy or the browser refuses it, a hidden textarea inside our own (shadow) root and the legacy
 * copy command. Returns whether either worked.
 */
export async function copyText(text: string, scratchParent?: Node & ParentNode): Promise<boolean> {
  try {
    if (typeof globalThis.navigator?.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  const doc = globalThis.document;
  if (!doc) return false;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  (scratchParent ?? doc.body).appendChild(area);
  try {
    area.select();
    return doc.execCommand?.('copy') ?? false;
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
