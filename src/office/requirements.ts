import type { Feature, MissingFeature } from '../workbook/gateway';

/** The part of `Office.context.requirements` we use (injected so tests need no Office global). */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * The ExcelApi version each pane feature needs. Merged areas (1.13) only sharpen header detection,
 * so a host without them still reads sheets; the rest disable the feature that needs them.
 */
export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, string>> = {
  read: '1.1',
  select: '1.1',
  write: '1.4',
  settings: '1.4',
  insertSheet: '1.4',
  conditionalFormats: '1.6',
  freezePanes: '1.7',
  mergedAreas: '1.13',
};

export function missingFeatures(checker: RequirementChecker): MissingFeature[] {
  return (Object.keys(FEATURE_REQUIREMENTS) as Feature[])
    .filter((feature) => !checker.isSetSupported('ExcelApi', FEATURE_REQUIREMENTS[feature]))
    .map((feature) => ({ feature, requirement: `ExcelApi ${FEATURE_REQUIREMENTS[feature]}` }));
}
