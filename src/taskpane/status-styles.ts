// Shared by the pane, its gateways and `kusei status`: defined in src/workbook.
export { STATUS_STYLES } from '../workbook/status-styles';
