import { createRoot } from 'react-dom/client';
import { OfficeGateway } from '../office/office-gateway';
import { detectHost } from './boot';
import { Pane, type PaneHost } from './components/Pane';
import { lazyEngine } from './lazy-engine';
import { openWorkbook } from './standalone/open';

const engine = lazyEngine(async () => (await import(/* webpackChunkName: "core" */ './core-engine')).coreEngine);

async function start(): Promise<void> {
  const boot = await detectHost(window);
  const host: PaneHost =
    boot.kind === 'excel'
      ? { kind: 'excel', gateway: OfficeGateway.forHost() }
      : { kind: 'standalone', reason: boot.reason, openFile: openWorkbook };
  document.documentElement.lang = boot.lang;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  createRoot(container).render(<Pane lang={boot.lang} engine={engine} host={host} />);
}

start().catch((error: unknown) => {
  // Say so on the page (as text) rather than leave a blank pane.
  const container = document.getElementById('root');
  if (container)
    container.textContent = `KUSEI could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
