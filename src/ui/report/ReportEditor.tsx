import type { ReportT } from '../../i18n/report-messages';
import type { Entity, Flag, Verdict } from '../../model/verdict';
import type { ReportLang } from '../../report/report-schema';
import { reportStrings } from '../../report/report-strings';
import { contactKey, dateInputValue, type ReportEdits } from './report-model';

type TextKey = 'platform' | 'postUrl' | 'title' | 'poster' | 'company' | 'location' | 'salary';

const FIELDS: readonly TextKey[] = ['platform', 'postUrl', 'title', 'poster', 'company', 'location', 'salary'];

export interface ReportEditorProps {
  readonly t: ReportT;
  readonly verdict: Verdict;
  readonly edits: ReportEdits;
  readonly explanations: Readonly<Record<string, string>>;
  readonly onChange: (patch: Partial<ReportEdits>) => void;
}

const inputValue = (e: Event): string => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;

function toggle(list: readonly string[], key: string, include: boolean): string[] {
  return include ? list.filter((k) => k !== key) : [...new Set([...list, key])];
}

function FlagItem(props: { flag: Flag; excluded: boolean; explanation?: string; whyLabel?: string; onToggle: (include: boolean) => void }) {
  const { flag, excluded, explanation, whyLabel, onToggle } = props;
  const id = `flag-${flag.ruleId}`;
  const quotes = [...new Set(flag.evidence.map((e) => e.quote.trim()).filter(Boolean))].slice(0, 3);
  return (
    <li class={excluded ? 'excluded' : ''}>
      <input type="checkbox" id={id} checked={!excluded} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>
        <strong>{flag.title}</strong>
      </label>
      {quotes.map((q, i) => (
        <blockquote key={i}>{q}</blockquote>
      ))}
      {explanation && (
        <details class="why">
          <summary>{whyLabel}</summary>
          <p class="muted small">{explanation}</p>
        </details>
      )}
    </li>
  );
}

function contactsOf(verdict: Verdict): Entity[] {
  const seen = new Set<string>();
  return verdict.entities.filter((e) => {
    if (e.type === 'money') return false;
    const key = contactKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function ReportEditor({ t, verdict, edits, explanations, onChange }: ReportEditorProps) {
  const s = reportStrings(edits.lang);
  const warnings = verdict.flags.filter((f) => f.kind !== 'legitimacy');
  const legit = verdict.flags.filter((f) => f.kind === 'legitimacy');
  const contacts = contactsOf(verdict);
  const reporter = edits.reporter;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('previewHeading')}</h2>
      <p class="muted">{t('previewIntro')}</p>
      <p>
        <span class={`band band-${verdict.band}`}>{t('band', { band: t(`band_${verdict.band}`) })}</span>
      </p>
      <div class="field">
        <label for="report-lang">{t('reportLang')}</label>
        <select id="report-lang" value={edits.lang} onChange={(e) => onChange({ lang: (e.currentTarget as HTMLSelectElement).value as ReportLang })}>
          <option value="en">English</option>
          <option value="id">Bahasa Indonesia</option>
        </select>
      </div>
      <div class="grid-fields">
        {FIELDS.map((key) => (
          <div class="field" key={key}>
            <label for={`edit-${key}`}>{t(key)}</label>
            <input id={`edit-${key}`} type={(key === 'postUrl' ? 'url' : 'text') as 'text'} value={edits[key]} onInput={(e) => onChange({ [key]: inputValue(e) })} />
          </div>
        ))}
        <div class="field">
          <label for="edit-seenAt">{t('seenAt')}</label>
          <input id="edit-seenAt" type="date" value={dateInputValue(edits.seenAt)} onInput={(e) => inputValue(e) && onChange({ seenAt: inputValue(e) })} />
        </div>
      </div>
      <div class="field">
        <label for="edit-text">{t('postText')}</label>
        <textarea id="edit-text" rows={8} value={edits.text} onInput={(e) => onChange({ text: inputValue(e) })} />
      </div>

      <h3>{t('flagsHeading', { count: warnings.length })}</h3>
      {warnings.length === 0 ? (
        <p>{t('noFlags')}</p>
      ) : (
        <>
          <p class="muted small">{t('flagsHint')}</p>
          <ul class="flags">
            {warnings.map((f) => (
              <FlagItem
                key={f.ruleId}
                flag={f}
                excluded={edits.excludedFlags.includes(f.ruleId)}
                {...(explanations[f.ruleId] ? { explanation: explanations[f.ruleId]!, whyLabel: t('why') } : {})}
                onToggle={(include) => onChange({ excludedFlags: toggle(edits.excludedFlags, f.ruleId, include) })}
              />
            ))}
          </ul>
        </>
      )}
      {legit.length > 0 && (
        <details>
          <summary>{t('legitHeading', { count: legit.length })}</summary>
          <ul class="flags">
            {legit.map((f) => (
              <FlagItem
                key={f.ruleId}
                flag={f}
                excluded={edits.excludedFlags.includes(f.ruleId)}
                onToggle={(include) => onChange({ excludedFlags: toggle(edits.excludedFlags, f.ruleId, include) })}
              />
            ))}
          </ul>
        </details>
      )}

      <h3>{t('contactsHeading', { count: contacts.length })}</h3>
      {contacts.length === 0 ? (
        <p class="muted">{t('noContacts')}</p>
      ) : (
        <>
          <p class="warn small">{t('contactsHint')}</p>
          <ul class="contacts">
            {contacts.map((c) => {
              const key = contactKey(c);
              const id = `contact-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
              const excluded = edits.excludedContacts.includes(key);
              return (
                <li key={key} class={excluded ? 'excluded' : ''}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={!excluded}
                    onChange={(e) => onChange({ excludedContacts: toggle(edits.excludedContacts, key, (e.currentTarget as HTMLInputElement).checked) })}
                  />
                  <label for={id}>
                    {s.contactTypes[c.type]}: <code>{c.value}</code>
                    {c.evidence.quote.trim() !== c.value && <span class="muted"> (“{c.evidence.quote.trim()}”)</span>}
                    {c.detail && <span class="muted"> · {c.detail}</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <div class="field">
        <label for="edit-note">{t('note')}</label>
        <textarea id="edit-note" rows={4} aria-describedby="edit-note-hint" value={edits.note} onInput={(e) => onChange({ note: inputValue(e) })} />
        <p id="edit-note-hint" class="muted small">
          {t('noteHint')}
        </p>
      </div>

      <div class="field checkbox">
        <input
          type="checkbox"
          id="add-reporter"
          checked={reporter !== null}
          onChange={(e) => onChange({ reporter: (e.currentTarget as HTMLInputElement).checked ? {} : null })}
        />
        <label for="add-reporter">{t('addReporter')}</label>
      </div>
      {reporter !== null && (
        <fieldset class="reporter">
          <legend class="muted small">{t('reporterHint')}</legend>
          {(['name', 'email', 'phone'] as const).map((key) => {
            const label = key === 'name' ? t('reporterName') : key === 'email' ? t('reporterEmail') : t('reporterPhone');
            return (
              <div class="field" key={key}>
                <label for={`reporter-${key}`}>{label}</label>
                <input
                  id={`reporter-${key}`}
                  type={(key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text') as 'text'}
                  autocomplete={key === 'name' ? 'name' : key === 'email' ? 'email' : 'tel'}
                  value={reporter[key] ?? ''}
                  onInput={(e) => onChange({ reporter: { ...reporter, [key]: inputValue(e) } })}
                />
              </div>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
