// The planner is host-neutral (the pane and `kusei status` share it): it lives in src/workbook.
export * from '../workbook/status-plan';
