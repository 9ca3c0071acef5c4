import { createContext, useContext } from 'react';
import type { RenderMessage } from '../engine';

/**
 * The message table's renderer, null until the core chunk (which carries the table) has loaded. The
 * pane puts findings in its state only together with it (use-pane.ts), so a list of findings always
 * finds it here and never shows a raw code.
 */
const MessagesContext = createContext<RenderMessage | null>(null);

export const MessagesProvider = MessagesContext.Provider;

export function useRenderMessage(): RenderMessage | null {
  return useContext(MessagesContext);
}
