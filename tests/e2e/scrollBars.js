/**
 * The pane with scroll bars that take room, as in Excel's task pane on Windows and in the desktop browser
 * `npm start` opens. Headless chromium as playwright starts it hides scroll bars (`--hide-scrollbars`), so
 * narrow.js lays the pane out 15 px wider than an officer sees it, and a scroll bar never comes or goes there.
 * Here chromium shows them (issue 19):
 *   - the ResizeObserver loop: `npm start` covered the page with "Uncaught runtime errors: ResizeObserver loop
 *     completed with undelivered notifications" once the Tổng hợp tab showed the narrative. Chromium raises it
 *     when an element changes size inside the callback of the ResizeObserver watching it, and nothing shallower
 *     changed in the same round: the narrative box grew to its text there whenever its width changed. Resizing
 *     the pane sideways also resizes the tab list above it, which hides the loop; the pane's own scroll bar
 *     coming or going moves the box alone, and with text that rewraps at the new width (only some workbooks'
 *     text does) the loop fires;
 *   - the standard selector: a native select is as wide as its longest option and never wraps, so at 320 px with
 *     a scroll bar "Nghị định 351/2025 (2027–2030)" pushed the pane to scroll sideways.
 *
 * run.js calls `scrollBarSteps` with its `step` recorder and the web app's address.
 */
"use strict";
const path = require("path");
const { recordWindowErrors, windowErrors } = require("./windowErrors");

const SUMMARY = { vi: "Tổng hợp", en: "Summary" };
const MORE = { vi: "Các phần khác", en: "More sections" };

/** The web app at `width`×720 with the clean sample open on the Tổng hợp tab, in `lang`. */
async function openSummary(browser, env, width, lang) {
  const context = await browser.newContext({ viewport: { width, height: 720 }, locale: "vi-VN" });
  await recordWindowErrors(context);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${env.url}/index.html`, { waitUntil: "load" });
  const pane = page.locator("aside");
  await pane.getByText("A5:I14").waitFor();
  if (lang === "en") {
    await pane.getByRole("switch", { name: "English" }).click();
    await pane.getByRole("button", { name: "Undo" }).waitFor();
  }
  await page
    .locator("#open-xlsx")
    .setInputFiles(path.join(env.root, "assets/samples/binh-luong-2024.xlsx"));
  await page
    .getByText(`${lang === "vi" ? "Tệp" : "File"}: binh-luong-2024.xlsx`, { exact: true })
    .waitFor();
  await pane.getByText("A5:I14").waitFor();
  // At 320 px the tab may sit in the "…" overflow menu (narrow.js selectTab). The pane may still be taking in
  // the file it was just given: ask again if the tab did not open.
  const panel = pane.getByRole("tabpanel", { name: SUMMARY[lang], exact: true });
  for (let attempt = 1; ; attempt += 1) {
    const tab = pane.getByRole("tab", { name: SUMMARY[lang], exact: true });
    if ((await tab.count()) > 0 && (await tab.isVisible())) await tab.click();
    else {
      await pane.getByRole("tab", { name: MORE[lang], exact: true }).click();
      await page.getByRole("menuitem", { name: SUMMARY[lang], exact: true }).click();
    }
    try {
      await panel.waitFor({ timeout: 10_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  return { context, page, pane };
}

/**
 * What in the pane is cut sideways: the pane scrolling sideways, a control sticking out of its card, a select or a
 * label narrower than its text.
 */
async function clippedText(page) {
  return page.evaluate(() => {
    const problems = [];
    const body = document.querySelector("[data-pane-body]");
    if (!body) return ["no pane body"];
    // Even 1 px more than the pane shows brings a horizontal scroll bar.
    if (body.scrollWidth > body.clientWidth)
      problems.push(`the pane scrolls sideways (${body.scrollWidth} > ${body.clientWidth} px)`);
    const canvas = document.createElement("canvas").getContext("2d");
    for (const sel of body.querySelectorAll("select")) {
      if (sel.offsetWidth === 0) continue;
      const st = getComputedStyle(sel);
      canvas.font = st.font;
      const room = sel.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight);
      const text = sel.options[sel.selectedIndex]?.text ?? "";
      const need = canvas.measureText(text).width;
      if (need > room + 0.5)
        problems.push(`select shows “${text}” in ${Math.round(room)} of ${Math.ceil(need)} px`);
    }
    for (const control of body.querySelectorAll("select, input, textarea")) {
      const box = control.closest("details, section");
      if (control.offsetWidth === 0 || !box) continue;
      const right =
        box.getBoundingClientRect().right - parseFloat(getComputedStyle(box).paddingRight);
      const r = control.getBoundingClientRect();
      if (r.right > right + 0.5)
        problems.push(
          `${control.tagName.toLowerCase()} ${control.id || control.getAttribute("aria-label") || ""} sticks out of its box by ${Math.round(r.right - right)} px`
        );
    }
    for (const label of body.querySelectorAll("label")) {
      if (label.offsetWidth > 0 && label.scrollWidth > label.clientWidth + 1)
        problems.push(
          `label “${label.textContent}” is cut (${label.scrollWidth} > ${label.clientWidth} px)`
        );
    }
    return problems;
  });
}

/**
 * @param {{ url: string, root: string, chromiumArgs: string[],
 *           step: (name: string, fn: () => Promise<void>) => Promise<boolean> }} env
 */
async function scrollBarSteps(env) {
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: env.chromiumArgs,
    ignoreDefaultArgs: ["--hide-scrollbars"],
    headless: true,
  });
  try {
    await env.step(
      "scroll bars shown: the pane resized and its scroll bar coming and going with the narrative on screen, no ResizeObserver loop",
      async () => {
        const { context, page, pane } = await openSummary(browser, env, 320, "vi");
        try {
          const box = pane.getByRole("textbox", { name: "Câu văn cho kế hoạch" });
          await box.waitFor();
          // The box's width at each window size: the test must have moved it.
          const widths = new Map();
          const resize = async (sizes) => {
            for (const [width, height] of sizes) {
              await page.setViewportSize({ width, height });
              // The observer reports after layout, the loop error right after it: a few frames.
              await page.waitForTimeout(120);
              widths.set(`${width}×${height}`, await box.evaluate((t) => t.clientWidth));
            }
          };
          // The pane resized sideways, with the sample's own text.
          await resize([320, 350, 380, 336, 320, 600, 320].map((w) => [w, 720]));
          // Longer text (last year's figures add two sentences), which rewraps when the box loses 15 px.
          await pane.getByRole("textbox", { name: "Số hộ nghèo năm trước" }).fill("40");
          await pane.getByRole("textbox", { name: "Số hộ cận nghèo năm trước" }).fill("14");
          const handle = await box.elementHandle();
          await page.waitForFunction((t) => /năm 2023 là 40 hộ/.test(t.value), handle);
          // The pane's scroll bar goes and comes: a window tall enough for the whole tab, then a short one.
          await resize(
            [320, 380].flatMap((w) => [
              [w, 9000],
              [w, 720],
              [w, 9000],
              [w, 720],
            ])
          );
          for (const w of [320, 380])
            if (widths.get(`${w}×9000`) === widths.get(`${w}×720`))
              throw new Error(
                `at ${w} px the pane's scroll bar never moved the box (${widths.get(`${w}×720`)} px)`
              );
          const errors = await windowErrors(page);
          if (errors.length > 0)
            throw new Error(errors.map((m) => `window error: ${m}`).join("\n"));
          // The box still shows all its text at the size it ended at.
          const cut = await box.evaluate((t) => t.scrollHeight - t.clientHeight);
          if (cut > 1) throw new Error(`the narrative box hides ${cut}px of its text`);
        } finally {
          await context.close();
        }
      }
    );

    for (const lang of ["vi", "en"]) {
      await env.step(
        `scroll bars shown, 320 px, ${lang}: the poverty standard's fold open, nothing cut sideways and each standard named in full`,
        async () => {
          const { context, page, pane } = await openSummary(browser, env, 320, lang);
          try {
            const fold = pane.locator("details", {
              has: page.getByRole("heading", {
                name: lang === "vi" ? /^Chuẩn nghèo năm/ : /^Poverty standard/,
              }),
            });
            await fold.locator("summary").click();
            await fold.locator("summary").evaluate((el) => el.parentElement.scrollIntoView());
            await page.waitForTimeout(200);
            const problems = await clippedText(page);
            await page.screenshot({
              path: path.join(env.artifacts, `scrollbars-320-${lang}-standard.png`),
            });
            const choice = fold.getByRole("radiogroup", {
              name: lang === "vi" ? "Chuẩn nghèo áp dụng" : "Poverty standard",
            });
            const names =
              (await choice.count()) === 0
                ? []
                : await choice
                    .getByRole("radio")
                    .evaluateAll((rs) =>
                      rs.map((r) => (r.labels[0] ? r.labels[0].textContent : ""))
                    );
            const full =
              lang === "vi"
                ? /^Nghị định \d+\/\d{4}\/NĐ-CP \(áp dụng năm/
                : /^Decree \d+\/\d{4}\/NĐ-CP/;
            if (names.length !== 2 || !names.every((n) => full.test(n)))
              problems.push(`the standards to choose from are named ${JSON.stringify(names)}`);
            if (problems.length > 0) throw new Error(problems.join("\n"));
          } finally {
            await context.close();
          }
        }
      );
    }
  } finally {
    await browser.close();
  }
}

module.exports = { scrollBarSteps, clippedText };
