export { IssueList } from "./IssueList";
export type { IssueListProps, IssueEntryItemProps } from "./IssueList.types";
