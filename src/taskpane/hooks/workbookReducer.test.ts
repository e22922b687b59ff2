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

test("a typed target is kept as typed and marked when it is neither households nor a rate", () => {
  expect(run({ type: "targetTyped", subject: "poor", text: "1,37%" })).toMatchObject({
    target: "1,37%",
    targetInvalid: false,
  });
  expect(run({ type: "targetTyped", subject: "nearPoor", text: "mười" })).toMatchObject({
    nearPoorTarget: "mười",
    nearPoorTargetInvalid: true,
  });
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
