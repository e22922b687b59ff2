import type { Grid } from "../../core";
import { binhLuongData } from "../../../tests/summary/binhLuongData";
import { notice } from "./notice";
import { INITIAL_WORKBOOK_STATE, reduceWorkbook, type WorkbookEvent } from "./workbookReducer";

const run = (...events: WorkbookEvent[]) => events.reduce(reduceWorkbook, INITIAL_WORKBOOK_STATE);

test("work: busy clears the last error; its end shows where undo stands", () => {
  const s = run(
    { type: "failed", error: notice("noTable") },
    { type: "workStarted" },
    { type: "workEnded", undo: { undoDepth: 2, undoLabel: null } }
  );
  expect(s).toMatchObject({ busy: false, error: null, undoDepth: 2, undoLabel: null });
});

test("a typed target is kept as typed and refused as typed when it is neither households nor a rate", () => {
  expect(run({ type: "targetTyped", subject: "poor", text: "1,37%" })).toMatchObject({
    target: "1,37%",
    targetProblem: null,
  });
  expect(run({ type: "targetTyped", subject: "nearPoor", text: "mười" })).toMatchObject({
    nearPoorTarget: "mười",
    nearPoorTargetProblem: notice("targetInvalid"),
  });
});

test("a target above the commune's poor households is refused as it is typed, and again on a new table", () => {
  const data = binhLuongData();
  const shown = run({
    type: "tableShown",
    layout: data.layout,
    data,
    grid: { top: 1, left: 1, values: [] } as unknown as Grid,
    issues: null,
    choices: [],
  });
  const typed = reduceWorkbook(shown, { type: "targetTyped", subject: "poor", text: "99%" });
  expect(typed.targetProblem).toMatchObject({ key: "targetAbovePoor" });
  expect(
    reduceWorkbook(typed, { type: "targetTyped", subject: "poor", text: "10" }).targetProblem
  ).toBeNull();
  const later = reduceWorkbook(
    reduceWorkbook(INITIAL_WORKBOOK_STATE, { type: "targetTyped", subject: "poor", text: "5000" }),
    {
      type: "tableShown",
      layout: data.layout,
      data,
      grid: shown.grid as Grid,
      issues: null,
      choices: [],
    }
  );
  expect(later.targetProblem).toMatchObject({ key: "targetAbovePoor" });
});

test("detecting again forgets the table shown and any preview", () => {
  const s = run(
    { type: "allocationFailed", error: notice("noTable") },
    { type: "detectStarted" },
    {
      type: "tablesDetected",
      tables: [],
      tableIndex: 0,
      detectFailure: null,
      status: notice("noTable"),
    }
  );
  expect(s).toMatchObject({
    loading: false,
    allocationError: null,
    pending: null,
    data: null,
    issues: null,
  });
});

test("dropping a preview keeps the status unless a new one is given", () => {
  const said = run({ type: "announced", status: notice("statusCancelled") });
  expect(reduceWorkbook(said, { type: "writeDropped" }).status).toEqual(notice("statusCancelled"));
  expect(
    reduceWorkbook(said, { type: "writeDropped", status: notice("nothingToWrite") }).status
  ).toEqual(notice("nothingToWrite"));
});
