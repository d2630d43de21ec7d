import { PALETTES, paletteCss } from './theme';

/*
 * CSS for the verdict components. In the page it lives inside a closed shadow root (after WXT's
 * `:host{all:initial !important}` reset), so the page cannot restyle it; extension pages include it
 * in a <style>. Sizes are in px, not rem: rem would follow the page's root font size.
 */
export const COMPONENT_CSS = `
.w-theme-light{${paletteCss(PALETTES.light)}}
.w-theme-dark{${paletteCss(PALETTES.dark)}}
.w-root{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--w-text);text-align:left;direction:ltr;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:normal;overflow-wrap:anywhere;-webkit-text-size-adjust:100%}
.w-root *,.w-root *::before,.w-root *::after{box-sizing:border-box}
.w-panel{background:var(--w-surface);border:1px solid var(--w-border);border-left:6px solid var(--w-accent);border-radius:8px;padding:12px 14px;max-width:100%;min-width:0}
.w-band-high{--w-accent:var(--w-high-accent);--w-band-bg:var(--w-high-bg);--w-band-text:var(--w-high-text)}
.w-band-medium{--w-accent:var(--w-medium-accent);--w-band-bg:var(--w-medium-bg);--w-band-text:var(--w-medium-text)}
.w-band-low{--w-accent:var(--w-low-accent);--w-band-bg:var(--w-low-bg);--w-band-text:var(--w-low-text)}
.w-top{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;margin:0 0 6px}
.w-chip{display:inline-block;background:var(--w-band-bg);color:var(--w-band-text);border:1px solid var(--w-accent);border-radius:999px;padding:1px 10px;font-weight:700;font-size:13px}
.w-brand{color:var(--w-muted);font-size:12px;font-weight:600}
.w-count{color:var(--w-muted);font-size:13px;margin:0}
.w-headline{font-size:16px;line-height:1.35;font-weight:700;margin:0 0 4px;color:var(--w-text)}
.w-sub{font-size:13px;font-weight:700;margin:12px 0 6px;color:var(--w-text)}
.w-list{list-style:none;margin:0;padding:0}
.w-list>li{margin:0 0 10px;padding:0}
.w-list>li:last-child{margin-bottom:0}
.w-reason{margin:0}
.w-reason-title{font-weight:600}
.w-meta{color:var(--w-muted);font-size:12px}
.w-quote{display:block;margin:4px 0 0;padding:4px 8px;background:var(--w-quote-bg);border-radius:4px;font-size:13px;color:var(--w-text)}
.w-quote-label{color:var(--w-muted);font-size:12px}
.w-quote mark{background:var(--w-mark);color:var(--w-mark-text);padding:0 2px;border-radius:2px;font-weight:600}
.w-details{margin:8px 0 0;padding:8px 0 0;border-top:1px solid var(--w-border)}
.w-details[hidden]{display:none}
.w-safety{margin:12px 0 0;padding:8px 10px;background:var(--w-band-bg);border-radius:6px;color:var(--w-text)}
.w-safety .w-sub{margin-top:0}
.w-safety ul{margin:0;padding:0 0 0 18px}
.w-safety li{margin:0 0 4px}
.w-actions{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0 0}
.w-button{appearance:none;font:inherit;font-size:14px;font-weight:600;min-height:40px;padding:8px 14px;border-radius:6px;border:1px solid var(--w-border);background:var(--w-button-bg);color:var(--w-button-text);cursor:pointer;max-width:100%}
.w-button:hover{filter:brightness(0.96)}
.w-primary{background:var(--w-primary-bg);color:var(--w-primary-text);border-color:var(--w-primary-bg)}
.w-link-button{background:transparent;border-color:transparent;color:var(--w-link);text-decoration:underline;padding-left:4px;padding-right:4px}
.w-button:focus-visible,.w-root a:focus-visible,.w-panel:focus-visible{outline:3px solid var(--w-focus);outline-offset:2px}
.w-root a{color:var(--w-link)}
.w-status{margin:8px 0 0;font-size:13px;color:var(--w-text)}
.w-status:empty{display:none}
.w-disclaimer{margin:8px 0 0;font-size:12px;color:var(--w-muted)}
.w-badge{display:inline-flex;align-items:center;gap:6px;max-width:100%;background:var(--w-band-bg);color:var(--w-band-text);border:1px solid var(--w-accent);border-radius:999px;padding:2px 10px;font-size:12px;font-weight:700;line-height:1.5}
.w-badge-icon{font-size:13px}
@media (max-width:420px){.w-panel{padding:10px 10px}.w-headline{font-size:15px}.w-button{flex:1 1 auto}.w-link-button{flex:0 0 auto}}
@media (forced-colors:active){.w-panel,.w-badge,.w-chip{border:2px solid CanvasText}.w-quote mark{forced-color-adjust:none}}
`;
