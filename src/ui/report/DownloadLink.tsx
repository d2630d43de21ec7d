import type { ComponentChildren } from 'preact';

/**
 * A link that saves generated content as a file through `<a download>` and a blob: URL. No
 * `downloads` permission is needed, and it is the only way on Firefox for Android, which has no
 * downloads API. The blob is made at click time (so typing a note does not build files) and
 * released a minute later. With `open`, the content opens in a new tab instead (printable page).
 */
export interface DownloadLinkProps {
  readonly fileName: string;
  readonly mime: string;
  readonly content: () => string | Blob;
  readonly open?: boolean;
  readonly onUsed?: () => void;
  readonly class?: string;
  readonly children: ComponentChildren;
}

export function DownloadLink({ fileName, mime, content, open = false, onUsed, class: cls = 'button', children }: DownloadLinkProps) {
  const onClick = (event: MouseEvent) => {
    const anchor = event.currentTarget as HTMLAnchorElement;
    const data = content();
    const blob = data instanceof Blob ? data : new Blob([data], { type: mime });
    const url = URL.createObjectURL(blob);
    // The browser follows the href as it is after this handler returns.
    anchor.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    onUsed?.();
  };
  return open ? (
    <a class={cls} href="#" target="_blank" rel="noopener noreferrer" onClick={onClick}>
      {children}
    </a>
  ) : (
    <a class={cls} href="#" download={fileName} onClick={onClick}>
      {children}
    </a>
  );
}

/** A data: URL as a Blob (screenshots), without fetch(). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const [head = '', body = ''] = dataUrl.split(',', 2);
  const mime = /^data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bytes = atob(body);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
  return new Blob([out], { type: mime });
}
