/**
 * The officer's whole job with every fold, list and preview of the pane OPEN (issue 19), where narrow.js measures
 * each tab with its folds closed:
 *   Bảng with the column options of a mapping open; Kiểm tra with the results and their fix buttons, then the
 *   preview of "Sửa tất cả"; Tính toán with its two folds open, the target typed, the preview of "Điền tỷ lệ",
 *   then the allocation preview with its lock column; "Tổng hợp nhiều xã" open with two files read, then its
 *   preview; "Giới thiệu và hỗ trợ" open (how-to and contact); Tổng hợp (clean sample) with the poverty
 *   standard's settings open and the narrative shown.
 * In each of those states:
 *   - axe-core (narrow.js's rule: no serious or critical violation but Tabster's documented focus bumpers), at
 *     320 px and at desktop width, in Vietnamese and English;
 *   - at 320 px, narrow.js's and scrollBars.js's layout checks (nothing sideways, nothing cut), with scroll bars
 *     SHOWN as in Office's task pane (headless chromium hides them: scrollBars.js), and every popup (the column
 *     options) inside the window.
 * Each walk is one step for axe and one for the layout, so a failure names its state.
 * run.js calls `foldSteps` with its `step` recorder and the web app's address.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { axeViolations, layoutProblems, selectTab, waitForIssues } = require("./narrow");
const { clippedText } = require("./scrollBars");
const { recordWindowErrors, windowErrors } = require("./windowErrors");

const SIX = ["E10", "G11", "I11", "G14", "D13", "F9"];
const W = {
  vi: {
    tabs: ["Bảng", "Kiểm tra", "Tính toán", "Tổng hợp"],
    poorColumn: "Số hộ nghèo",
    check: "Kiểm tra",
    fixAll: "Sửa tất cả",
    previewCells: "Các ô sẽ được ghi",
    cancel: "Hủy",
    write: "Ghi vào bảng",
    fillRates: "Điền tỷ lệ",
    formulas: /^Ghi công thức/,
    target: /Chỉ tiêu giảm nghèo/,
    nearPoorTarget: /Chỉ tiêu giảm hộ cận nghèo/,
    previewAllocation: "Xem trước phân bổ",
    allocation: "Số hộ giảm nghèo trước và sau khi phân bổ",
    province: "Tổng hợp nhiều xã",
    chooseFiles: "Chọn tệp của các xã…",
    insert: "Chèn hai trang tổng hợp",
    help: "Giới thiệu và hỗ trợ",
    howTo: "Cách dùng",
    standard: /^Chuẩn nghèo năm/,
    narrative: "Câu văn cho kế hoạch",
    file: "Tệp",
  },
  en: {
    tabs: ["Table", "Check", "Compute", "Summary"],
    poorColumn: "Poor households",
    check: "Check",
    fixAll: "Fix all",
    previewCells: "Cells to be written",
    cancel: "Cancel",
    write: "Write to the table",
    fillRates: "Fill rates",
    formulas: /^Write formulas/,
    target: /Commune poverty/,
    nearPoorTarget: /Near-poor household target/,
    previewAllocation: "Preview allocation",
    allocation: "Planned cuts before and after allocation",
    province: "Consolidate many communes",
    chooseFiles: "Choose the communes' files…",
    insert: "Insert both summary sheets",
    help: "About and help",
    howTo: "How to use it",
    standard: /^Poverty standard/,
    narrative: "Sentences for the plan",
    file: "File",
  },
};

/** Every popup of the page (Fluent portals them out of the pane) inside the window, sideways. */
async function popupsOutside(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll(
      '[role="listbox"], [role="menu"], [role="dialog"]'
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5)
        out.push(
          `${el.getAttribute("role")} at ${Math.round(r.left)}–${Math.round(r.right)} px of ${document.documentElement.clientWidth}`
        );
    }
    return out;
  });
}

/** Every problem in test-artifacts (the step's message shows its first lines), then fail with them. */
function fail(env, name, problems) {
  if (problems.length === 0) return;
  fs.writeFileSync(path.join(env.artifacts, `${name}.txt`), `${problems.join("\n")}\n`);
  throw new Error(
    [`${problems.length} problem(s), all in test-artifacts/${name}.txt`, ...problems].join("\n")
  );
}

/** Open every `<details>` of the visible tab panel. */
async function openDetails(panel) {
  await panel.locator("details").first().waitFor();
  const closed = panel.locator("details:not([open]) > summary");
  for (let n = await closed.count(); n > 0; n -= 1) await closed.first().click();
}

/**
 * Walk the officer's job in `lang` with everything open; `measure(state)` is called in each state. The pane is
 * left as the walk ends (the clean sample on the Tổng hợp tab).
 */
async function walk(page, pane, lang, root, measure) {
  const w = W[lang];
  const [tTable, tCheck, tCompute, tSummary] = w.tabs;
  const panel = (name) => pane.getByRole("tabpanel", { name, exact: true });

  await selectTab(pane, lang, tTable);
  await pane.getByRole("combobox", { name: w.poorColumn, exact: true }).click();
  await page.getByRole("listbox").waitFor();
  await measure(`${tTable}: column options open`);
  await page.keyboard.press("Escape");
  await page.getByRole("listbox").waitFor({ state: "detached" });

  await selectTab(pane, lang, tCheck);
  await pane.getByRole("button", { name: w.check, exact: true }).click();
  await waitForIssues(pane, SIX, 30_000);
  await measure(`${tCheck}: results with their fixes`);
  await pane.getByRole("button", { name: w.fixAll, exact: true }).click();
  await pane.getByRole("table", { name: w.previewCells }).waitFor();
  await measure(`${tCheck}: preview of “${w.fixAll}”`);
  // Written: the allocation needs E10's "4 hộ" read as 4.
  await pane.getByRole("button", { name: w.write, exact: true }).click();
  await waitForIssues(pane, ["G11", "I11", "G14"], 30_000);

  await selectTab(pane, lang, tCompute);
  await openDetails(panel(tCompute));
  await pane.getByRole("textbox", { name: w.target }).fill("10");
  const nearPoor = pane.getByRole("textbox", { name: w.nearPoorTarget });
  if ((await nearPoor.count()) > 0) await nearPoor.fill("2");
  // Formulas (the option in the first fold): the rates are right after "Sửa tất cả", their formulas not yet.
  await pane.getByRole("switch", { name: w.formulas }).click();
  await pane.getByRole("button", { name: w.fillRates, exact: true }).click();
  await pane.getByRole("table", { name: w.previewCells }).waitFor();
  await openDetails(panel(tCompute));
  await measure(`${tCompute}: folds open, preview of “${w.fillRates}”`);
  await pane.getByRole("button", { name: w.cancel, exact: true }).click();
  await pane.getByRole("table", { name: w.previewCells }).waitFor({ state: "detached" });
  await pane.getByRole("button", { name: w.previewAllocation }).click();
  const allocation = pane.getByRole("table", { name: w.allocation });
  await allocation.waitFor();
  if ((await allocation.getByRole("columnheader").count()) !== 5)
    throw new Error("the allocation preview has no lock column");
  await openDetails(panel(tCompute));
  await measure(`${tCompute}: allocation preview with its lock column`);
  await pane.getByRole("button", { name: w.cancel, exact: true }).click();

  await pane.getByRole("button", { name: w.province, exact: true }).click();
  await pane
    .getByLabel(w.chooseFiles)
    .setInputFiles(
      ["binh-luong-2024.xlsx", "binh-luong-2024-errors.xlsx"].map((f) =>
        path.join(root, "assets/samples", f)
      )
    );
  await pane.getByRole("button", { name: w.insert }).waitFor();
  await measure(`“${w.province}” open, two files read`);
  await pane.getByRole("button", { name: w.insert }).click();
  await pane.getByRole("table", { name: w.previewCells }).waitFor();
  await measure(`“${w.province}”: its preview`);
  await pane.getByRole("button", { name: w.cancel, exact: true }).click();

  await pane.getByRole("button", { name: w.help, exact: true }).click();
  await pane.getByRole("heading", { name: w.howTo }).waitFor();
  await measure(`“${w.help}” open: how-to and contact`);

  await page
    .locator("#open-xlsx")
    .setInputFiles(path.join(root, "assets/samples/binh-luong-2024.xlsx"));
  await page.getByText(`${w.file}: binh-luong-2024.xlsx`, { exact: true }).waitFor();
  await pane.getByText("A5:I14").waitFor();
  await selectTab(pane, lang, tSummary);
  await openDetails(panel(tSummary));
  await pane.getByRole("heading", { name: w.standard }).waitFor();
  await pane.getByRole("textbox", { name: w.narrative }).waitFor();
  await measure(`${tSummary}: standard settings open, narrative shown`);
}

/** The web app at width×height in a browser showing scroll bars, in `lang`. */
async function openPane(browser, url, width, height, lang) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "vi-VN" });
  await recordWindowErrors(context);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${url}/index.html`, { waitUntil: "load" });
  const pane = page.locator("aside");
  await pane.getByText("A5:I14").waitFor();
  if (lang === "en") {
    await pane.getByRole("switch", { name: "English" }).click();
    await pane.getByRole("button", { name: "Undo" }).waitFor();
  }
  return { context, page, pane };
}

/**
 * @param {{ url: string, root: string, artifacts: string, chromiumArgs: string[],
 *           step: (name: string, fn: () => Promise<void>) => Promise<boolean> }} env
 */
async function foldSteps(env) {
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: env.chromiumArgs,
    ignoreDefaultArgs: ["--hide-scrollbars"],
    headless: true,
  });
  try {
    for (const [label, width, height] of [
      ["320 px", 320, 720],
      ["desktop", 1440, 960],
    ]) {
      for (const lang of ["vi", "en"]) {
        const layout = [];
        let walked = false;
        await env.step(
          `everything open, ${label}, ${lang}: axe-core finds no serious or critical violation`,
          async () => {
            const { context, page, pane } = await openPane(browser, env.url, width, height, lang);
            try {
              const found = [];
              let shot = 0;
              let seen = 0;
              const failShot = path.join(env.artifacts, `folds-${width}-${lang}-failed.png`);
              await walk(page, pane, lang, env.root, async (state) => {
                await page.waitForTimeout(150);
                found.push(...(await axeViolations(page)).map((v) => `${state}: ${v}`));
                if (width > 400) return;
                const problems = [
                  ...(await layoutProblems(page)),
                  ...(await clippedText(page)),
                  ...(await popupsOutside(page)),
                ];
                // A window error (the ResizeObserver loop) is named by the first state that saw it.
                const errors = await windowErrors(page);
                problems.push(...errors.slice(seen).map((m) => `window error: ${m}`));
                seen = errors.length;
                layout.push(...[...new Set(problems)].map((p) => `${state}: ${p}`));
                shot += 1;
                await page.screenshot({
                  path: path.join(env.artifacts, `folds-${width}-${lang}-${shot}.png`),
                });
              }).catch(async (e) => {
                await page.screenshot({ path: failShot }).catch(() => {});
                throw e;
              });
              walked = true;
              const late = (await windowErrors(page)).slice(seen);
              layout.push(...late.map((m) => `at the end: window error: ${m}`));
              fail(env, `folds-axe-${width}-${lang}`, found);
            } finally {
              await context.close();
            }
          }
        );
        if (width > 400) continue;
        await env.step(
          `everything open, scroll bars shown, ${label}, ${lang}: nothing scrolls sideways or is cut off`,
          async () => {
            if (!walked) throw new Error("the walk above did not finish");
            fail(env, `folds-layout-${width}-${lang}`, layout);
          }
        );
      }
    }
  } finally {
    await browser.close();
  }
}

module.exports = { foldSteps };
