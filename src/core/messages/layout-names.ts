import LayoutNames from './layout-names.json';
import type { MessageTable } from './table';

/** Words the pane shows about a sheet's layout that are not a layout's own name (layouts/layout.ts). */
export const LAYOUT_NAME_MESSAGES = LayoutNames satisfies MessageTable;
