/**
 * The compliance report of a matrix run: every combination's verdict per case, read from the
 * summary.json and junit.xml each run left under the report directory.
 */
export {
  buildCompliance,
  writeCompliance,
  COMPLIANCE_HTML,
  COMPLIANCE_MARKDOWN,
} from './build-compliance';
export type { ComplianceReport } from './build-compliance';
export { complianceMatrix } from './compliance-matrix';
export type {
  AreaRows,
  CaseRow,
  CombinationColumn,
  ComplianceMatrix,
  ComplianceOptions,
} from './compliance-matrix';
export type { Cell, CellKind } from './case-cell';
