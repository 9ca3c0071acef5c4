import { makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { CityReport, Tone } from '../../core/report/model';
import { SEGMENT_COLOURS, statusWord, toneOf } from '../../core/report/model';
import { STATUS_WORDS } from '../../core/values/status-words';
import { rateText } from '../../core/report/format';
import type { WardRate } from '../../core/aggregate/ward-view';
import { LabelledSelect } from '../components/LabelledSelect';

/**
 * The city report in the pane (issue 15 §4), rendered from the report model like every other output:
 * submission control first (`Submissions`, above the totals), then Tables 2 and 1, the chart, the wards of one indicator (filtered by
 * status, sorted by rate), the full ward × indicator matrix and the draft sentences. Laid out for a
 * 320–450 px task pane; wide tables scroll sideways, and a wide browser window (standalone) shows more.
 */
const TONE_BACKGROUND: Readonly<Record<Tone, string>> = {
  achieved: '#b7e1b0',
  onTrackOnly: '#e3f4df',
  behind: '#f9d3a8',
  notMeasured: '#e0e0e0',
  none: 'transparent',
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px' },
    // Headings wrap and ids do not, so Table 2 fits a 320 px pane.
    '& th': { backgroundColor: tokens.colorNeutralBackground3, whiteSpace: 'normal', verticalAlign: 'bottom' },
    '& td:first-child': { whiteSpace: 'nowrap' },
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  name: { minWidth: '10em', '@media (max-width: 520px)': { display: 'none' } },
  total: { fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  chartRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  chartLabel: { width: '5.5em', flexShrink: 0, textAlign: 'right' },
  chartBar: { display: 'flex', flexGrow: 1, height: '14px' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginInlineEnd: '4px' },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    '& > *': { minWidth: 0, maxWidth: '100%' },
    '& select': { maxWidth: '100%' },
  },
  draft: {
    border: `2px dashed ${tokens.colorPaletteDarkOrangeBorder2}`,
    padding: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  matrixCell: { whiteSpace: 'nowrap', textAlign: 'center' },
});

/** A titled part of the report: the heading names it for screen readers too. */
function ReportSection({
  title,
  testId,
  draft = false,
  children,
}: {
  title: string;
  testId?: string;
  /** The draft sentences, framed apart: they are a proposal, not a figure. */
  draft?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={draft ? styles.draft : styles.section} aria-label={title} data-testid={testId}>
      <h3 className={styles.heading}>{title}</h3>
      {children}
    </section>
  );
}

/** A table wider than the pane scrolls sideways; focusable, so a keyboard user can scroll it. */
function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

export function ReportView({ report }: { report: CityReport }) {
  return (
    <>
      <Table2View report={report} />
      <Table1View report={report} />
      <ChartView report={report} />
      <IndicatorWardsView report={report} />
      <MatrixView report={report} />
      <DraftView report={report} />
    </>
  );
}

/** Submission control, shown before the tables (issue 15 §3). */
export function Submissions({ report }: { report: CityReport }) {
  const styles = useStyles();
  const { say, submissions: s } = report;
  const line = (label: string, items: readonly string[], testId: string) => (
    <li data-testid={testId}>
      {label}: {items.length === 0 ? say('report.none') : <span className={styles.bad}>{items.join('、')}</span>}
    </li>
  );
  return (
    <ReportSection title={say('report.submissions')} testId="submissions">
      <ul className={styles.list}>
        <li data-testid="submissions-received">
          {say('report.received')}: {s.received.length}/{s.expected.length}
        </li>
        {line(say('report.missing'), s.missing, 'submissions-missing')}
        {line(say('report.duplicates'), s.duplicates, 'submissions-duplicates')}
        {line(say('report.otherYear'), s.otherYear, 'submissions-other-year')}
        {s.unreadable.length > 0 ? line(say('report.unreadable'), s.unreadable, 'submissions-unreadable') : null}
      </ul>
    </ReportSection>
  );
}

/** Table 2's counts, in its column order: the headings, each indicator's row and the total. */
const TABLE2_MEASURES = ['cases', 'onTrack', 'achieved', 'behind', 'notMeasured'] as const;

function Table2View({ report }: { report: CityReport }) {
  const styles = useStyles();
  const { say, summary } = report;
  const counted = summary.table2.indicators.filter((row) => row.counted).length;
  const t = summary.table2.total;
  return (
    <ReportSection title={say('report.table2')}>
      <ScrollRegion label={say('report.table2')}>
        <table className={styles.table} data-testid="table2">
          <thead>
            <tr>
              <th>{say('report.col.id')}</th>
              <th className={styles.name}>{say('report.col.name')}</th>
              {TABLE2_MEASURES.map((measure) => (
                <th key={measure}>{say(`table2.${measure}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.table2.indicators.map((row) => (
              <tr key={row.id} data-indicator={row.id}>
                <td title={report.names[row.id]}>{row.id}</td>
                <td className={styles.name}>{report.names[row.id]}</td>
                {row.counted ? (
                  TABLE2_MEASURES.map((measure) => (
                    <td key={measure} className={styles.num}>
                      {row[measure]}
                    </td>
                  ))
                ) : (
                  <>
                    <td className={styles.num}>({row.referenceCases ?? 0})</td>
                    <td />
                    <td className={styles.num}>({row.referenceWards ?? 0}区)</td>
                    <td />
                    <td />
                  </>
                )}
              </tr>
            ))}
            <tr className={styles.total} data-indicator="total">
              <td>{say('report.total')}</td>
              <td className={styles.name}>{say('report.items', { count: counted })}</td>
              {TABLE2_MEASURES.map((measure) => (
                <td key={measure} className={styles.num}>
                  {t[measure]}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
    </ReportSection>
  );
}

function Table1View({ report }: { report: CityReport }) {
  const styles = useStyles();
  const { say } = report;
  const t = report.summary.table1;
  return (
    <ReportSection title={say('report.table1')}>
      <table className={styles.table} data-testid="table1">
        <tbody>
          <tr>
            <th>{say('report.col.listing')}</th>
            <th>{say('table2.cases')}</th>
            <th colSpan={2}>{say('report.col.breakdown')}</th>
            <th colSpan={2}>{say('report.col.breakdown')}</th>
          </tr>
          <tr>
            <td>{say('report.listed')}</td>
            <td className={styles.num}>{t.listed}</td>
            <td>{say('report.full')}</td>
            <td className={styles.num}>{t.listedFull}</td>
            <td>{say('report.partial')}</td>
            <td className={styles.num}>{t.listedPartial}</td>
          </tr>
          <tr>
            <td>{say('report.unlisted')}</td>
            <td className={styles.num}>{t.unlisted}</td>
            <td>{say('report.done')}</td>
            <td className={styles.num}>{t.unlistedDone}</td>
            <td>{say('report.notDone')}</td>
            <td className={styles.num}>{t.unlistedNotDone}</td>
          </tr>
          <tr className={styles.total}>
            <td>{say('report.total')}</td>
            <td className={styles.num}>{t.cases}</td>
          </tr>
        </tbody>
      </table>
    </ReportSection>
  );
}

function ChartView({ report }: { report: CityReport }) {
  const styles = useStyles();
  const { chart } = report;
  const most = Math.max(1, ...chart.bars.map((bar) => chart.segments.reduce((sum, s) => sum + bar.values[s.key], 0)));
  return (
    <ReportSection title={chart.title} testId="chart">
      <div className={styles.legend}>
        {chart.segments.map((s) => (
          <span key={s.key}>
            <span className={styles.swatch} style={{ backgroundColor: SEGMENT_COLOURS[s.key].fill }} />
            {s.label}
          </span>
        ))}
      </div>
      {chart.bars.map((bar) => (
        <div key={bar.id} className={styles.chartRow}>
          <span className={styles.chartLabel}>{bar.id}</span>
          <span
            className={styles.chartBar}
            role="img"
            aria-label={chart.segments.map((s) => `${s.label} ${bar.values[s.key]}`).join('、')}
          >
            {chart.segments.map((s) =>
              bar.values[s.key] > 0 ? (
                <span
                  key={s.key}
                  title={`${bar.id} ${s.label}: ${bar.values[s.key]}`}
                  style={{
                    width: `${(bar.values[s.key] / most) * 100}%`,
                    backgroundColor: SEGMENT_COLOURS[s.key].fill,
                  }}
                />
              ) : null,
            )}
          </span>
        </div>
      ))}
    </ReportSection>
  );
}

type StatusFilter = 'all' | 'achieved' | 'onTrack' | 'behind' | 'notMeasured';
type Sort = 'high' | 'low' | 'ward';

function IndicatorWardsView({ report }: { report: CityReport }) {
  const styles = useStyles();
  const { say } = report;
  const choices = report.wardLists.filter(
    (w) => w.achieved.length + w.onTrack.length + w.behind.length + w.notMeasured.length > 0,
  );
  const [id, setId] = useState(choices[0]?.id ?? '');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<Sort>('high');
  const chosen = choices.find((w) => w.id === id) ?? choices[0];
  if (!chosen) return null;
  const groups: [StatusFilter, readonly WardRate[]][] = [
    ['achieved', chosen.achieved],
    ['onTrack', chosen.onTrack],
    ['behind', chosen.behind],
    ['notMeasured', chosen.notMeasured],
  ];
  const order = new Map(report.matrix.wards.map((ward, index) => [ward, index]));
  const rows = groups
    .filter(([key]) => filter === 'all' || filter === key)
    .flatMap(([, list]) => list)
    .sort((a, b) =>
      sort === 'ward'
        ? (order.get(a.ward) ?? 0) - (order.get(b.ward) ?? 0)
        : ((b.progress ?? -1) - (a.progress ?? -1)) * (sort === 'high' ? 1 : -1),
    );
  const tone = (w: WardRate): Tone => toneOf(w.status);
  return (
    <ReportSection title={say('report.wardLists')}>
      <div className={styles.controls}>
        <LabelledSelect label={say('report.pane.indicator')} value={chosen.id} onChange={setId}>
          {choices.map((w) => (
            <option key={w.id} value={w.id}>
              {w.id} {report.names[w.id]}
            </option>
          ))}
        </LabelledSelect>
        <LabelledSelect
          label={say('report.pane.statusFilter')}
          value={filter}
          onChange={(v) => setFilter(v as StatusFilter)}
        >
          <option value="all">{say('report.pane.all')}</option>
          <option value="achieved">{statusWord(STATUS_WORDS.achieved, say)}</option>
          <option value="onTrack">{say('report.segment.onTrackOnly')}</option>
          <option value="behind">{statusWord(STATUS_WORDS.behind, say)}</option>
          <option value="notMeasured">{statusWord(STATUS_WORDS.notMeasured, say)}</option>
        </LabelledSelect>
        <LabelledSelect label={say('report.pane.sort')} value={sort} onChange={(v) => setSort(v as Sort)}>
          <option value="high">{say('report.pane.sortHigh')}</option>
          <option value="low">{say('report.pane.sortLow')}</option>
          <option value="ward">{say('report.pane.sortWard')}</option>
        </LabelledSelect>
      </div>
      <table className={styles.table} data-testid="indicator-wards">
        <thead>
          <tr>
            <th>{say('report.col.ward')}</th>
            <th>{say('report.col.status')}</th>
            <th>{say('report.col.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.ward} data-ward={w.ward} style={{ backgroundColor: TONE_BACKGROUND[tone(w)] }}>
              <td>{w.ward}</td>
              <td>{w.status === null ? say('report.status.unjudged') : say(`report.status.${w.status}`)}</td>
              <td className={styles.num}>{w.progress === null ? '' : rateText(w.progress, report.lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

function MatrixView({ report }: { report: CityReport }) {
  const styles = useStyles();
  const { matrix, say } = report;
  // 408 cells: drawn once the coordinator opens the table, not on every consolidation.
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{say('report.pane.fullMatrix')}</summary>
      <p className={styles.list}>{matrix.note}</p>
      {open ? (
        <ScrollRegion label={say('report.matrix')}>
          <table className={styles.table} data-testid="matrix">
            <thead>
              <tr>
                <th>{say('report.col.ward')}</th>
                {matrix.indicators.map((id) => (
                  <th key={id} title={report.names[id]}>
                    {id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.wards.map((ward, w) => (
                <tr key={ward}>
                  <th scope="row">{ward}</th>
                  {matrix.shown[w]?.map((cell, i) => (
                    <td
                      key={matrix.indicators[i]}
                      className={styles.matrixCell}
                      style={{ backgroundColor: TONE_BACKGROUND[cell.tone] }}
                      title={`${ward} ${matrix.indicators[i] ?? ''}: ${cell.word} ${cell.rate}`}
                    >
                      {cell.rate || cell.word}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </details>
  );
}

function DraftView({ report }: { report: CityReport }) {
  const styles = useStyles();
  const { say, draft } = report;
  return (
    <ReportSection title={say('report.draft')} testId="draft" draft>
      <p>{say('report.draftNote')}</p>
      <ul className={styles.list}>
        {draft.overall.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {draft.indicators.map((indicator) => (
        <div key={indicator.id}>
          <strong>
            {indicator.id} {indicator.name}
          </strong>
          <ul className={styles.list}>
            {indicator.sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
      ))}
    </ReportSection>
  );
}
