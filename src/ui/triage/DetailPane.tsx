import { useEffect, useRef, useState } from 'preact/hooks';
import type { TriageKey } from '../../i18n/triage-messages';
import type { Flag } from '../../model/verdict';
import { describeLink, linkKeysOf } from '../../triage/cluster/link-keys';
import { REVIEW_STATUSES, type AdRecord, type Cluster, type Review, type ReviewStatus } from '../../triage/model';
import type { ReviewChange } from '../../triage/repo/reviews';
import { useEnv } from './context';
import { clusterHeadline, linkLabel, shortDate } from './format';
import { segments } from './highlight';

export interface DetailPaneProps {
  id: string;
  load: (id: string) => Promise<AdRecord | undefined>;
  /** The live review (the stored one changes while the pane is open). */
  review?: Review;
  clusters: readonly Cluster[];
  onReview: (change: ReviewChange) => void;
  onReport: () => void;
  onOpenCluster: (id: string) => void;
  onClose: () => void;
}

/** One ad in full: text with the evidence highlighted in place, every fired rule's metadata, and the reviewer's controls. */
export function DetailPane(props: DetailPaneProps) {
  const { t } = useEnv();
  const [record, setRecord] = useState<AdRecord | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setRecord(undefined);
    void props.load(props.id).then((r) => {
      if (live) setRecord(r);
    });
    return () => {
      live = false;
    };
  }, [props.id]);

  useEffect(() => {
    if (record) heading.current?.focus();
  }, [record?.ad.id]);

  if (!record) return <aside class="detail" aria-busy="true" />;
  const { ad, verdict } = record;
  const v = verdict.verdict;
  const review = props.review ?? record.review;
  const warnings = v.flags.filter((f) => f.kind !== 'legitimacy').sort((a, b) => b.weight - a.weight);
  const legit = v.flags.filter((f) => f.kind === 'legitimacy');
  const fields: [TriageKey, string | undefined][] = [
    ['fieldTitle', ad.post.title],
    ['fieldCompany', ad.post.company],
    ['fieldLocation', ad.post.location],
    ['fieldSalary', ad.post.salary],
    ['fieldPostedBy', ad.post.postedBy],
    ['fieldPlatform', ad.post.platform],
    ['fieldLang', v.lang],
    ['fieldRef', ad.ref],
    ['fieldAdded', shortDate(ad.addedAt)],
  ];

  return (
    <aside class="detail" aria-labelledby="detail-heading">
      <div class="detail-head">
        <h2 id="detail-heading" tabIndex={-1} ref={heading}>
          {ad.post.title || t('detailHeading')}
        </h2>
        <button type="button" onClick={props.onClose}>
          {t('close')}
        </button>
      </div>
      <p class={`risk band-${v.band}`}>{t('risk', { band: t(`band_${v.band}` as TriageKey), score: v.score })}</p>
      {!v.isJobOffer && <p class="note">{t('notJobOffer')}</p>}
      {v.isAwareness && <p class="note">{t('awareness')}</p>}
      {props.clusters.map((c) => (
        <p class="cluster-line" key={c.id}>
          {t('clusterOf', { headline: clusterHeadline(t, c) })}{' '}
          <button type="button" class="link-button" onClick={() => props.onOpenCluster(c.id)}>
            {t('openCluster')}
          </button>
        </p>
      ))}
      <ReviewEditor key={review.adId} review={review} onReview={props.onReview} onReport={props.onReport} />
      <ReportPageButton record={record} />
      <dl class="fields">
        {fields
          .filter(([, value]) => value)
          .map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {ad.post.url && (
          <div>
            <dt>{t('fieldUrl')}</dt>
            <dd>
              <code class="url">{ad.post.url}</code>
            </dd>
          </div>
        )}
      </dl>
      {ad.extra && Object.keys(ad.extra).length > 0 && (
        <details>
          <summary>{t('fieldExtra')}</summary>
          <dl class="fields">
            {Object.entries(ad.extra).map(([k, value]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{value.length > 500 ? `${value.slice(0, 500)}…` : value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <h3>{t('fullText')}</h3>
      <HighlightedText text={ad.post.text} flags={warnings} lang={v.lang} />
      <Contacts record={record} />
      <h3>{t('firedRules')}</h3>
      {warnings.length === 0 ? <p>{t('noRules')}</p> : warnings.map((f) => <RuleCard key={f.ruleId} flag={f} />)}
      {legit.length > 0 && (
        <>
          <h3>{t('legitimacyRules')}</h3>
          {legit.map((f) => (
            <RuleCard key={f.ruleId} flag={f} />
          ))}
        </>
      )}
    </aside>
  );
}

/** Hands one ad to the report page (channels, screenshot, hotline links), as the overlay's Report button does. */
function ReportPageButton({ record }: { record: AdRecord }) {
  const { t, openReportPage } = useEnv();
  const [failed, setFailed] = useState('');
  if (!openReportPage) return null;
  return (
    <p>
      <button type="button" onClick={() => void openReportPage(record.ad.post, record.verdict.verdict).catch((err: Error) => setFailed(err.message))}>
        {t('reportPage')}
      </button>
      {failed && <span role="alert"> {t('error', { message: failed })}</span>}
    </p>
  );
}

/** The ad text as text nodes; evidence spans become <mark> around their own text, nothing is parsed as HTML or made a link. */
export function HighlightedText({ text, flags, lang }: { text: string; flags: readonly Flag[]; lang?: string }) {
  const { pack } = useEnv();
  return (
    <div class="ad-text" lang={lang && lang !== 'und' ? lang : undefined}>
      {segments(text, flags).map((s, i) =>
        s.ruleIds.length === 0 ? (
          s.text
        ) : (
          <mark key={i} data-rules={s.ruleIds.join(' ')} title={s.ruleIds.map((id) => pack.byId.get(id)?.rule.title ?? id).join('; ')}>
            {s.text}
          </mark>
        ),
      )}
    </div>
  );
}

function Contacts({ record }: { record: AdRecord }) {
  const { t } = useEnv();
  const contacts = record.verdict.verdict.entities.filter((e) => e.type !== 'money');
  if (contacts.length === 0) return null;
  return (
    <>
      <h3>{t('contacts')}</h3>
      <ul class="contacts">
        {contacts.map((e) => {
          const key = linkKeysOf(e)[0];
          const shown = key ? describeLink(key) : { type: e.type as Exclude<typeof e.type, 'money'>, value: e.value };
          return (
            <li key={`${e.type}:${e.value}`}>
              {linkLabel(t, shown)}
              {e.detail ? ` (${e.detail})` : ''} — <q>{e.evidence.quote}</q>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A fired rule with its metadata exactly as the rule file has it, so staff can judge the flag. */
function RuleCard({ flag }: { flag: Flag }) {
  const { t, lang, pack } = useEnv();
  const rule = pack.byId.get(flag.ruleId)?.rule;
  return (
    <article class={`rule rule-${flag.kind}`} data-rule={flag.ruleId}>
      <h4>{rule?.title ?? flag.title}</h4>
      <p class="meta">
        {t('ruleWeight', { weight: flag.weight, strength: flag.strength, category: flag.category })} · <code>{flag.ruleId}</code>
      </p>
      {flag.evidence.length > 0 && (
        <>
          <h5>{t('ruleEvidence')}</h5>
          <ul class="evidence">
            {flag.evidence.map((e, i) => (
              <li key={i}>
                <q>{e.quote}</q>
                {e.field !== 'text' ? ` ${t('evidenceIn', { field: e.field })}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {!rule ? (
        <p>{t('ruleUnknown')}</p>
      ) : (
        <>
          <h5>{t('ruleDescription')}</h5>
          <p class="verbatim">{rule.description}</p>
          <h5>{t('ruleExplain')}</h5>
          <p class="verbatim">{rule.explain[lang]}</p>
          {rule.staffNote && (
            <>
              <h5>{t('ruleStaffNote')}</h5>
              <p class="verbatim">{rule.staffNote}</p>
            </>
          )}
          <h5>{t('ruleFalsePositives')}</h5>
          <ul>
            {rule.falsePositives.map((fp, i) => (
              <li key={i} class="verbatim">
                {fp}
              </li>
            ))}
          </ul>
          <h5>{t('ruleReferences')}</h5>
          <ul>
            {rule.references.map((r, i) => (
              <li key={i}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.title}
                </a>
                {r.source ? ` (${r.source})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** Keyed by ad, so its draft note starts afresh for each ad. */
function ReviewEditor({ review, onReview, onReport }: { review: Review; onReview: (c: ReviewChange) => void; onReport: () => void }) {
  const { t } = useEnv();
  const [note, setNote] = useState(review.note);
  const [tag, setTag] = useState('');
  const [saved, setSaved] = useState(false);
  return (
    <div class="review">
      <label>
        <span>{t('statusLabel')}</span>
        <select value={review.status} onChange={(e) => onReview({ status: e.currentTarget.value as ReviewStatus })} name="status">
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}` as TriageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="wide">
        <span>{t('noteLabel')}</span>
        <textarea
          rows={3}
          value={note}
          onInput={(e) => {
            setNote(e.currentTarget.value);
            setSaved(false);
          }}
        />
      </label>
      <button
        type="button"
        disabled={note === review.note}
        onClick={() => {
          onReview({ note });
          setSaved(true);
        }}
      >
        {t('saveNote')}
      </button>
      {saved && note === review.note && (
        <span role="status" class="saved">
          {t('noteSaved')}
        </span>
      )}
      <div class="tag-editor">
        <span id="tags-label">{t('tagsLabel')}</span>
        {review.tags.length === 0 ? (
          <span class="hint">{t('noTags')}</span>
        ) : (
          <ul class="tags" aria-labelledby="tags-label">
            {review.tags.map((tg) => (
              <li key={tg} class="tag">
                {tg}{' '}
                <button type="button" aria-label={t('removeTag', { tag: tg })} onClick={() => onReview({ removeTags: [tg] })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (tag.trim()) onReview({ addTags: [tag] });
            setTag('');
          }}
        >
          <label>
            <span class="visually-hidden">{t('newTag')}</span>
            <input value={tag} placeholder={t('newTag')} maxLength={40} onInput={(e) => setTag(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={!tag.trim()}>
            {t('addTag')}
          </button>
        </form>
      </div>
      <button type="button" onClick={onReport}>
        {t('reportThis')}
      </button>
    </div>
  );
}
