/**
 * How to report the post to the platform itself, next to the hotline report. Steps describe the
 * menus in words and carry no links: menu labels change and depend on the app language, and we do
 * not deep-link into help pages the research has not checked.
 */

export const REPORT_PLATFORMS = ['linkedin', 'facebook', 'x', 'telegram', 'instagram'] as const;
export type ReportPlatform = (typeof REPORT_PLATFORMS)[number];

export interface PlatformGuidance {
  readonly platform: ReportPlatform;
  readonly name: string;
  readonly steps: { readonly en: readonly string[]; readonly id: readonly string[] };
}

export const PLATFORM_REPORTING: readonly PlatformGuidance[] = [
  {
    platform: 'linkedin',
    name: 'LinkedIn',
    steps: {
      en: [
        'Open the job post on LinkedIn.',
        'Click the "…" (More) button on the job.',
        'Choose "Report this job" and pick the reason closest to scam or fraud.',
      ],
      id: [
        'Buka lowongan di LinkedIn.',
        'Klik tombol "…" (Lainnya) pada lowongan.',
        'Pilih "Report this job" (Laporkan lowongan ini) lalu pilih alasan yang paling dekat dengan penipuan.',
      ],
    },
  },
  {
    platform: 'facebook',
    name: 'Facebook',
    steps: {
      en: [
        'Open the post.',
        'Click "…" at the top right of the post.',
        'Choose "Report post" and pick scam or fraud.',
        'If it was posted in a group or by a page, you can also report the profile or page that posted it.',
      ],
      id: [
        'Buka unggahan.',
        'Klik "…" di kanan atas unggahan.',
        'Pilih "Laporkan postingan" (Report post) lalu pilih penipuan.',
        'Jika diunggah di grup atau oleh halaman, laporkan juga profil atau halaman pengunggahnya.',
      ],
    },
  },
  {
    platform: 'x',
    name: 'X (Twitter)',
    steps: {
      en: ['Open the post.', 'Click "…" on the post.', 'Choose "Report post" and pick the closest reason (scam or spam).'],
      id: ['Buka unggahan.', 'Klik "…" pada unggahan.', 'Pilih "Laporkan postingan" (Report post) lalu pilih alasan terdekat (penipuan atau spam).'],
    },
  },
  {
    platform: 'telegram',
    name: 'Telegram',
    steps: {
      en: [
        'Open the channel, group or user that posted the offer.',
        'Open their profile menu (⋮ or …).',
        'Choose "Report" and pick the closest reason (scam or spam).',
        'Do not reply to the recruiter or follow their links.',
      ],
      id: [
        'Buka kanal, grup atau pengguna yang mengunggah tawaran.',
        'Buka menu profilnya (⋮ atau …).',
        'Pilih "Laporkan" (Report) lalu pilih alasan terdekat (penipuan atau spam).',
        'Jangan membalas perekrut atau membuka tautannya.',
      ],
    },
  },
  {
    platform: 'instagram',
    name: 'Instagram',
    steps: {
      en: ['Open the post.', 'Tap "…" on the post.', 'Choose "Report" and pick the closest reason (scam or fraud).'],
      id: ['Buka unggahan.', 'Ketuk "…" pada unggahan.', 'Pilih "Laporkan" (Report) lalu pilih alasan terdekat (penipuan).'],
    },
  },
];

/** Names content scripts and people use for the same platform. */
const ALIASES: Readonly<Record<string, ReportPlatform>> = {
  linkedin: 'linkedin',
  'linkedin.com': 'linkedin',
  facebook: 'facebook',
  'facebook.com': 'facebook',
  fb: 'facebook',
  x: 'x',
  'x.com': 'x',
  twitter: 'x',
  'twitter.com': 'x',
  telegram: 'telegram',
  'web.telegram.org': 'telegram',
  't.me': 'telegram',
  instagram: 'instagram',
  'instagram.com': 'instagram',
  ig: 'instagram',
};

/** Guidance for a post's platform (`post.platform` or a host name), or undefined when we have none. */
export function platformGuidance(platform: string | null | undefined): PlatformGuidance | undefined {
  const key = (platform ?? '').trim().toLowerCase().replace(/^www\./, '');
  const id = ALIASES[key];
  return id ? PLATFORM_REPORTING.find((g) => g.platform === id) : undefined;
}
