import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../../core/finding';
import { DEFAULT_SETTINGS, type KuseiSettings } from '../../core/settings';
import { localAddress } from '../../core/address';
import { EMPTY_CHOICES } from '../../workbook/choices';
import type { CheckResult, Engine, Placement, RenderMessage } from '../engine';
import type { StatusColumnsPlan, StoredChoices, WorkbookGateway, WriteConflict } from '../../workbook/gateway';
import type { GatewayMessageCode } from '../../core/messages/gateway';
import { GatewayError } from '../../office/errors';
import type { MessageKey } from '../i18n';
import type { PlanSheetState } from '../plan-choice';

/** The plan reader and the functions' seam, loaded with the first workbook (not in the first download). */
const planChoice = () => import(/* webpackChunkName: "plan" */ '../plan-choice');

export interface Notice {
  readonly intent: 'success' | 'info' | 'error';
  readonly key?: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  /** An Office failure's code in the one message table, rendered in the pane's language. */
  readonly code?: GatewayMessageCode;
  /** Text that is not ours to translate (an unexpected exception's message). */
  readonly text?: string;
  /** A details line for support: Office's operation, code, message and debugInfo. */
  readonly details?: string;
}

export interface PendingWrite {
  readonly plan: StatusColumnsPlan;
  readonly conflicts: readonly WriteConflict[];
}

/** A failure as a notice: an Office failure by its message code, with Office's details kept and logged. */
function failureNotice(error: unknown): Notice {
  if (error instanceof GatewayError) {
    console.error('KUSEI: Excel refused', error.operation, error.code, error.debugInfo);
    return { intent: 'error', code: error.messageCode, details: error.details };
  }
  console.error('KUSEI: unexpected failure', error);
  return { intent: 'error', text: error instanceof Error ? error.message : String(error) };
}

/**
 * The pane's state and actions over one gateway: what the components show and what the buttons
 * do. Every failure lands in `notice` (shown to the user), none is swallowed.
 */
export function usePane(gateway: WorkbookGateway | null, engine: Engine) {
  const [choices, setChoices] = useState<StoredChoices>(EMPTY_CHOICES);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [selected, setSelected] = useState<Finding | null>(null);
  const [pending, setPending] = useState<PendingWrite | null>(null);
  const [revision, setRevision] = useState(0);
  const [planSheet, setPlanSheet] = useState<PlanSheetState | null>(null);
  // The message table comes with the core chunk; held here so that findings enter the state only with it.
  const [renderMessage, setRenderMessage] = useState<RenderMessage | null>(null);
  const settings: KuseiSettings = choices.settings ?? DEFAULT_SETTINGS;

  const task = useCallback(async (work: () => Promise<readonly Notice[] | void>) => {
    setBusy(true);
    setNotices([]);
    try {
      const result = await work();
      if (result) setNotices(result);
    } catch (error) {
      setNotices([failureNotice(error)]);
    } finally {
      setBusy(false);
    }
  }, []);

  const checkWith = useCallback(
    async (source: WorkbookGateway, withChoices: StoredChoices) => {
      const snapshot = await source.readActiveSheet();
      const [result, render] = await Promise.all([
        engine.check(snapshot, withChoices.settings ?? DEFAULT_SETTINGS, withChoices.mappings[snapshot.name]),
        engine.messages(),
      ]);
      // One synchronous block, one render: the findings never show before their renderer.
      setRenderMessage(() => render);
      setCheck(result);
      setSelected(null);
      setRevision((n) => n + 1);
    },
    [engine],
  );

  /** A 計画定義 sheet's reading, shown with the renderer when it has findings (else the core need not load). */
  const showPlanSheet = useCallback(
    async (sheet: PlanSheetState) => {
      const render = sheet.findings.length > 0 ? await engine.messages() : null;
      if (render) setRenderMessage(() => render);
      setPlanSheet(sheet);
    },
    [engine],
  );

  const runCheck = useCallback(
    async (withChoices: StoredChoices = choices) => {
      if (gateway) await checkWith(gateway, withChoices);
    },
    [gateway, checkWith, choices],
  );

  // A new workbook: load its stored choices; a file opened in standalone mode is checked at once.
  // Settings chosen in standalone mode before any file was open carry over to the file opened next.
  const sessionSettings = useRef<KuseiSettings | null>(null);
  sessionSettings.current = choices.settings;

  useEffect(() => {
    setCheck(null);
    setSelected(null);
    if (!gateway) return;
    const carried = gateway.kind === 'standalone' ? sessionSettings.current : null;
    setChoices(EMPTY_CHOICES);
    setPlanSheet(null);
    void task(async () => {
      const stored = await gateway.loadChoices();
      const loaded = stored.settings === null && carried ? { ...stored, settings: carried } : stored;
      if (loaded !== stored) await gateway.saveChoices(loaded);
      setChoices(loaded);
      // A workbook that chose its plan: the functions judge by it, and the cells are computed again.
      const plans = await planChoice();
      const sheet = await plans.readWorkbookPlan(gateway);
      await showPlanSheet(sheet);
      if (loaded.settings) {
        plans.applyToFunctions(loaded.settings, sheet);
        await gateway.recalculate?.();
      }
      if (gateway.kind === 'standalone') await checkWith(gateway, loaded);
    });
  }, [gateway, task, checkWith, showPlanSheet]);

  const actions = {
    check: () => task(() => runCheck()),

    selectFinding: (finding: Finding) => {
      setSelected(finding);
      if (!gateway || !finding.cell) return Promise.resolve();
      const cell = finding.cell;
      return task(() => gateway.selectCell(finding.sheet, localAddress(cell)));
    },

    saveMapping: (columns: Readonly<Record<string, string>>) =>
      task(async () => {
        if (!gateway || !check) return;
        const correction = await engine.correction(check, columns);
        const next = { ...choices, mappings: { ...choices.mappings, [check.view.sheet]: correction } };
        await gateway.saveChoices(next);
        setChoices(next);
        await runCheck(next);
        return [{ intent: 'success', key: 'mappingSaved' }];
      }),

    saveSettings: (next: KuseiSettings) =>
      task(async () => {
        const updated = { ...choices, settings: next };
        // Without a workbook (standalone, before a file is opened) they hold for the session.
        if (gateway) await gateway.saveChoices(updated);
        setChoices(updated);
        const plans = await planChoice();
        plans.applyToFunctions(next, planSheet ?? plans.NO_PLAN_SHEET);
        await gateway?.recalculate?.();
        if (check) await runCheck(updated);
        return [{ intent: 'success', key: 'settingsSaved' }];
      }),

    // Right of the table by default: never over a column the reader mapped (issue 14 §2).
    addStatusColumns: (placement: Placement = 'afterTable', overwrite = false) =>
      task(async () => {
        if (!gateway) return;
        const current = check ?? (await engine.check(await gateway.readActiveSheet(), settings, undefined));
        const { plan, skippedRows } = await engine.planStatusColumns(current, settings, placement);
        if (!plan) return [{ intent: 'info', key: 'statusNothing' }];
        const outcome = await gateway.writeStatusColumns(plan, { overwrite });
        if (outcome.kind === 'conflicts') {
          setPending({ plan, conflicts: outcome.conflicts });
          return;
        }
        setPending(null);
        // Show the new columns: the view scrolls to the 進捗率 header.
        await gateway.selectCell(plan.sheet, `${plan.progress.column}${plan.progress.headerRow}`);
        await runCheck();
        const done: Notice[] = [{ intent: 'success', key: 'statusWritten', params: { count: outcome.cells } }];
        if (skippedRows > 0) done.push({ intent: 'info', key: 'statusSkipped', params: { count: skippedRows } });
        return done;
      }),

    cancelWrite: () => setPending(null),

    /** Reads the 計画定義 sheet again (the 設定 tab opens on what the workbook has now). */
    readPlanSheet: () =>
      task(async () => {
        if (gateway) await showPlanSheet(await (await planChoice()).readWorkbookPlan(gateway));
      }),

    /** An empty 計画定義 sheet, under a free name: never over an existing sheet. */
    insertPlanTemplate: () =>
      task(async () => {
        if (!gateway) return;
        const plans = await planChoice();
        const name = await gateway.insertTemplate(plans.planTemplateSheet());
        await showPlanSheet(await plans.readWorkbookPlan(gateway));
        return [{ intent: 'success', key: 'templateInserted', params: { name } }];
      }),

    insertTemplate: (ward: string) =>
      task(async () => {
        if (!gateway) return;
        const name = await gateway.insertTemplate(await engine.template(settings, ward));
        return [{ intent: 'success', key: 'templateInserted', params: { name } }];
      }),
  };

  return {
    choices,
    settings,
    check,
    busy,
    notices,
    selected,
    pending,
    revision,
    planSheet,
    renderMessage,
    actions,
    run: task,
  };
}
