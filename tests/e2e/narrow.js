/**
 * The pane at a real task pane's width (issue 12), driven in the same chromium as run.js:
 *   - at 320, 350 and 380 px, in Vietnamese and English, every tab: the page is no wider than the viewport, every
 *     tab sits inside the pane (or in its "…" menu), nothing in the pane sticks out sideways, every text box shows
 *     all its text; a screenshot of each (test-artifacts/narrow-<width>-<lang>-<tab>.png);
 *   - axe-core on every tab at 320 px and at desktop width: no serious or critical violation;
 *   - live checking: after a check of the errors fixture, correcting F9 (2,83 → 2,38) in the grid removes F9 from
 *     the list with no button pressed.
 * run.js calls `narrowSteps` with its own `step` recorder and the address of the web app to test (the site of the
 * release zip); nothing here reads outside the project.
 */
"use strict";
const { recordWindowErrors, windowErrors } = require("./windowErrors");
const fs = require("fs");
const path = require("path");

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TABS = {
  vi: ["Bảng", "Kiểm tra", "Tính toán", "Tổng hợp"],
  en: ["Table", "Check", "Compute", "Summary"],
};
const MORE = { vi: "Các phần khác", en: "More sections" };
const SIX = ["E10", "G11", "I11", "G14", "D13", "F9"];

/** Open a tab by name: directly when it is shown, else through the "…" overflow menu. */
async function selectTab(pane, lang, name) {
  const tab = pane.getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0 && (await tab.isVisible())) {
    await tab.click();
  } else {
    // The "…" overflow trigger is a tab itself (SectionTabs: a tablist may hold only tabs).
    await pane.getByRole("tab", { name: MORE[lang], exact: true }).click();
    await pane.page().getByRole("menuitem", { name, exact: true }).click();
  }
  await pane.getByRole("tabpanel", { name, exact: true }).waitFor();
  await pane.page().waitForTimeout(150);
}

/** Everything the issue's "Must show" asks of the layout, measured in the page. Returns a list of problems. */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const vw = window.innerWidth;
    const doc = document.documentElement;
    if (doc.scrollWidth > vw)
      problems.push(`page is ${doc.scrollWidth}px wide at a ${vw}px viewport`);
    const pane = document.querySelector("aside");
    if (!pane) return ["no pane"];
    const box = pane.getBoundingClientRect();
    const scrollsSideways = (el) => {
      for (let a = el.parentElement; a && a !== pane; a = a.parentElement) {
        const ox = getComputedStyle(a).overflowX;
        if ((ox === "auto" || ox === "scroll") && a.scrollWidth > a.clientWidth) return true;
      }
      return false;
    };
    const name = (el) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent || "").trim().slice(0, 30)}”`;
    for (const tab of pane.querySelectorAll('[role="tab"]')) {
      const r = tab.getBoundingClientRect();
      if (r.width === 0) continue; // in the overflow menu
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
        problems.push(
          `tab ${name(tab)} is outside the pane (${r.left}–${r.right} vs ${box.left}–${box.right})`
        );
    }
    for (const el of pane.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > box.right + 0.5 && !scrollsSideways(el)) {
        problems.push(`${name(el)} sticks out of the pane by ${Math.round(r.right - box.right)}px`);
        if (problems.length > 8) break;
      }
    }
    for (const sc of [pane, ...pane.querySelectorAll("*")]) {
      const st = getComputedStyle(sc);
      if (
        sc.scrollWidth > sc.clientWidth + 1 &&
        (st.overflowX === "auto" || st.overflowX === "scroll")
      )
        problems.push(`${name(sc)} scrolls sideways (${sc.scrollWidth} > ${sc.clientWidth})`);
    }
    for (const t of pane.querySelectorAll("textarea, input")) {
      const r = t.getBoundingClientRect();
      if (r.width === 0 || ["checkbox", "radio", "file", "hidden"].includes(t.type)) continue;
      if (t.tagName === "TEXTAREA" && t.scrollHeight > t.clientHeight + 1)
        problems.push(
          `text box ${name(t.parentElement || t)} shows ${t.clientHeight}px of ${t.scrollHeight}px`
        );
      if (t.scrollWidth > t.clientWidth + 1)
        problems.push(
          `text box ${t.id || t.getAttribute("aria-label") || "?"} cuts its text sideways`
        );
    }
    return problems;
  });
}

/** axe-core on the whole page; serious and critical violations, one line each. */
async function axeViolations(page) {
  // Measure the steady state: no hover on the button just clicked, colour transitions finished.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  // Evaluated through the devtools protocol, so the page's CSP (script-src 'self') stays on and untouched.
  if (!(await page.evaluate(() => typeof window.axe !== "undefined")))
    await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const results = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"] })
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) =>
      // Tabster's focus "bumpers" (<i data-tabster-dummy aria-hidden tabindex=0>, around Fluent's TabList and
      // other arrow-key groups) are a documented false positive of aria-hidden-focus: they exist only to pass
      // focus on and are hidden from screen readers on purpose (microsoft/tabster#288; Accessibility Insights
      // suppresses them, microsoft/accessibility-insights-web#7605). Every other node still fails.
      v.id === "aria-hidden-focus"
        ? { ...v, nodes: v.nodes.filter((n) => !/data-tabster-dummy/.test(n.html)) }
        : v
    )
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`
    );
}

/** Screenshot the whole pane: a tall viewport for the shot (the pane scrolls inside), then back. */
async function shoot(page, file) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height: 2400 });
  await page.waitForTimeout(200);
  await page.screenshot({ path: file });
  await page.setViewportSize(size);
}

async function issueCells(pane) {
  const texts = await pane
    .getByRole("button", { name: /^(Chọn ô|Select cell) [A-Z]+\d+/ })
    .allTextContents();
  return texts.map((t) => /([A-Z]+\d+)/.exec(t)[1]);
}

async function waitForIssues(pane, expected, timeout) {
  const t0 = Date.now();
  let cells = [];
  while (Date.now() - t0 < timeout) {
    cells = await issueCells(pane);
    if (JSON.stringify(cells) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`issues: expected ${JSON.stringify(expected)}, got ${JSON.stringify(cells)}`);
}

async function openWebApp(browser, url, width, height) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "vi-VN" });
  await recordWindowErrors(context);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${url}/index.html`, { waitUntil: "load" });
  const pane = page.locator("aside");
  await pane.getByText("A5:I14").waitFor();
  return { context, page, pane };
}

/**
 * @param {{ browser: import("playwright-core").Browser, url: string, root: string, artifacts: string,
 *           step: (name: string, fn: () => Promise<void>) => Promise<boolean> }} env
 */
async function narrowSteps(env) {
  const { browser, url, root, artifacts, step } = env;
  for (const width of [320, 350, 380]) {
    for (const lang of ["vi", "en"]) {
      await step(
        `${width} px, ${lang}: every tab fits the pane, text boxes show all their text, no ResizeObserver loop`,
        async () => {
          const { context, page, pane } = await openWebApp(browser, url, width, 720);
          try {
            if (lang === "en") {
              await pane.getByRole("switch", { name: "English" }).click();
              await pane.getByRole("button", { name: "Undo" }).waitFor();
            }
            const problems = [];
            for (const tab of TABS[lang]) {
              await selectTab(pane, lang, tab);
              if (tab === TABS[lang][1]) {
                await pane
                  .getByRole("button", { name: lang === "vi" ? "Kiểm tra" : "Check", exact: true })
                  .click();
                await waitForIssues(pane, SIX, 30_000);
              }
              problems.push(...(await layoutProblems(page)).map((p) => `${tab}: ${p}`));
              await shoot(
                page,
                path.join(
                  artifacts,
                  `narrow-${width}-${lang}-${TABS.en[TABS[lang].indexOf(tab)]}.png`
                )
              );
            }
            // The summary's narrative appears once the table reads cleanly: open the clean fixture for it.
            await page
              .locator("#open-xlsx")
              .setInputFiles(path.join(root, "assets/samples/binh-luong-2024.xlsx"));
            await pane.getByText("A5:I14").waitFor();
            await selectTab(pane, lang, TABS[lang][3]);
            await pane
              .getByRole("textbox", {
                name: lang === "vi" ? "Câu văn cho kế hoạch" : "Sentences for the plan",
              })
              .waitFor();
            problems.push(
              ...(await layoutProblems(page)).map((p) => `${TABS[lang][3]} (clean): ${p}`)
            );
            await shoot(page, path.join(artifacts, `narrow-${width}-${lang}-Summary-clean.png`));
            // The allocation preview: all of it in the pane, its "Tổng" row (the one that must equal the
            // target) shown, with no nested scroll box of its own.
            await selectTab(pane, lang, TABS[lang][2]);
            await pane
              .getByRole("textbox", {
                name: lang === "vi" ? /Chỉ tiêu giảm nghèo/ : /Commune poverty/,
              })
              .fill("10");
            await pane
              .getByRole("button", {
                name: lang === "vi" ? "Xem trước phân bổ" : "Preview allocation",
              })
              .click();
            const table = pane.getByRole("table", {
              name:
                lang === "vi"
                  ? "Số hộ giảm nghèo trước và sau khi phân bổ"
                  : "Planned cuts before and after allocation",
            });
            await table.waitFor();
            const total = table.getByRole("rowheader", { name: lang === "vi" ? "Tổng" : "Total" });
            await total.scrollIntoViewIfNeeded();
            if (!(await total.isVisible()))
              problems.push("allocation preview: the total row is hidden");
            const nested = await table.evaluate((t) => {
              // Up to the pane's own scrolling body, nothing may scroll on its own.
              for (
                let a = t.parentElement;
                a && !a.hasAttribute("data-pane-body");
                a = a.parentElement
              ) {
                const oy = getComputedStyle(a).overflowY;
                if ((oy === "auto" || oy === "scroll") && a.scrollHeight > a.clientHeight + 1)
                  return a.className || a.tagName;
              }
              return null;
            });
            problems.push(
              ...(await layoutProblems(page)).map((p) => `${TABS[lang][2]} (allocation): ${p}`)
            );
            await shoot(
              page,
              path.join(artifacts, `narrow-${width}-${lang}-Compute-allocation.png`)
            );
            if (nested) problems.push(`allocation preview sits in a nested scroll box (${nested})`);
            // Every tab, the errors sample and the clean one (its narrative box sizes itself to its text):
            // no element may resize itself inside a ResizeObserver callback (issue 19).
            problems.push(...(await windowErrors(page)).map((m) => `window error: ${m}`));
            if (problems.length > 0) throw new Error(problems.join("\n"));
          } finally {
            await context.close();
          }
        }
      );
    }
  }

  for (const [label, width, height] of [
    ["320 px", 320, 720],
    ["desktop", 1440, 960],
  ]) {
    await step(`axe-core at ${label}: no serious or critical violation on any tab`, async () => {
      const { context, page, pane } = await openWebApp(browser, url, width, height);
      try {
        const found = [];
        for (const tab of TABS.vi) {
          await selectTab(pane, "vi", tab);
          if (tab === "Kiểm tra") {
            await pane.getByRole("button", { name: "Kiểm tra", exact: true }).click();
            await waitForIssues(pane, SIX, 30_000);
          }
          found.push(...(await axeViolations(page)).map((v) => `${tab}: ${v}`));
        }
        if (found.length > 0) throw new Error(found.join("\n"));
      } finally {
        await context.close();
      }
    });
  }

  await step(
    "320 px: correcting F9 (2,83 → 2,38) in the grid removes F9 from the list, no button pressed",
    async () => {
      const { context, page, pane } = await openWebApp(browser, url, 320, 720);
      try {
        await selectTab(pane, "vi", "Kiểm tra");
        await pane.getByRole("button", { name: "Kiểm tra", exact: true }).click();
        await waitForIssues(pane, SIX, 30_000);
        const grid = page.getByRole("grid", { name: "Nội dung trang tính “Phụ lục”" });
        const f9 = grid.locator('[data-address="F9"]');
        await f9.scrollIntoViewIfNeeded();
        await f9.dblclick();
        const editor = grid.getByRole("textbox", { name: "Nhập vào ô F9" });
        await editor.fill("2,38");
        await editor.press("Enter");
        await waitForIssues(pane, ["E10", "G11", "I11", "G14", "D13"], 15_000);
        const text = (await f9.innerText()).trim();
        if (text !== "2,38") throw new Error(`F9 shows ${text}`);
        if ((await f9.getAttribute("data-written")) !== "true")
          throw new Error("F9 is not marked as changed");
        const status = await pane.getByRole("status").innerText();
        if (!/sửa ô F9/.test(status)) throw new Error(`status: ${status}`);
        // Keyboard too: F2 on E10, type the count, Enter.
        const e10 = grid.locator('[data-address="E10"]');
        await e10.click();
        await page.keyboard.press("F2");
        const e10Editor = grid.getByRole("textbox", { name: "Nhập vào ô E10" });
        await e10Editor.fill("4");
        await page.keyboard.press("Enter");
        await waitForIssues(pane, ["G11", "I11", "G14", "D13"], 15_000);
        // Correcting a count (Quang Trung's poor households) leaves its rate stale: listed among the rates to
        // compute again, not as a new red error.
        const errorsBefore = /(\d+) lỗi/.exec(await pane.getByRole("status").innerText())[1];
        const e8 = grid.locator('[data-address="E8"]');
        await e8.click();
        await page.keyboard.press("F2");
        await grid.getByRole("textbox", { name: "Nhập vào ô E8" }).fill("2");
        await page.keyboard.press("Enter");
        await pane
          .getByRole("list", { name: "Tỷ lệ cần tính lại" })
          .getByRole("button", { name: /^Chọn ô F8/ })
          .waitFor();
        const after = await pane.getByRole("status").innerText();
        const rateErrors = /(\d+) lỗi/.exec(after)[1];
        if (Number(rateErrors) > Number(errorsBefore) + 1)
          throw new Error(`correcting E8 raised the errors: ${errorsBefore} → ${after}`);
        await page.screenshot({ path: path.join(artifacts, "narrow-320-live-check.png") });
      } finally {
        await context.close();
      }
    }
  );
}

module.exports = { narrowSteps, axeViolations, layoutProblems, selectTab, waitForIssues };
