export { IssueList } from "./IssueList";
export type { IssueListProps, IssueView } from "./IssueList.types";
