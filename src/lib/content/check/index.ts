export { checkContent, type CheckOptions, type CheckResult } from './check-content';
export { formatReport, hasErrors } from './report';
export { formatProblem, type Problem } from './problem';
