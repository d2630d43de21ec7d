import { COMPONENT_CSS } from '../components/styles';

/**
 * The shadow root's stylesheet. WXT puts `:host{all:initial !important}` first; ours comes after.
 * Important declarations inside a shadow root beat the page's (CSS Scoping), so page CSS and
 * inline styles on our host cannot hide, shrink or recolour the warning.
 */
export const OVERLAY_CSS = `
:host{display:block !important;position:static !important;visibility:visible !important;opacity:1 !important;clip-path:none !important;transform:none !important;filter:none !important;contain:layout style !important;margin:0 0 12px !important;max-width:100% !important;min-width:0 !important;z-index:auto !important}
:host([data-waspada="badge"]){display:block !important;margin:6px 0 0 !important}
${COMPONENT_CSS}
`;
