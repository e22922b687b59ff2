import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { RateChart } from "./RateChart";
import { niceMax, ticks } from "./chartGeometry";
import type { RateChartPoint } from "./RateChart.types";

const points = [
  { name: "Thắng Lộc", start: 3.08, projected: 2.31 },
  { name: "Làng Mài", start: 13.27, projected: 7.14 },
];

function renderChart(lang: "vi" | "en" = "vi", pts: readonly RateChartPoint[] = points) {
  render(
    <FluentProvider theme={webLightTheme}>
      <RateChart
        points={pts}
        lang={lang}
        title="Tỷ lệ hộ nghèo"
        startLabel="Đầu năm"
        projectedLabel="Dự kiến"
      />
    </FluentProvider>
  );
}

test("one accessible image with title and a description of every value, decimal commas", () => {
  renderChart();
  const img = screen.getByRole("img", { name: /Tỷ lệ hộ nghèo/ });
  expect(img.querySelector("desc")?.textContent).toBe(
    "Thắng Lộc: 3,08% → 2,31%; Làng Mài: 13,27% → 7,14%"
  );
  const labels = Array.from(img.querySelectorAll("text")).map((t) => t.textContent);
  expect(labels).toEqual(
    expect.arrayContaining(["3,08", "2,31", "13,27", "7,14", "Thắng Lộc", "Làng Mài", "Dự kiến"])
  );
  expect(img.querySelectorAll("rect").length).toBe(2 + 4);
});

test("English labels use decimal points; without projections only one series", () => {
  renderChart("en", [{ name: "A", start: 4.39, projected: null }]);
  const img = screen.getByRole("img");
  expect(img.querySelector("desc")?.textContent).toBe("A: 4.39%");
  expect(Array.from(img.querySelectorAll("text")).map((t) => t.textContent)).not.toContain(
    "Dự kiến"
  );
});

test("bars scale against a nice axis maximum", () => {
  expect(niceMax(13.27)).toBe(20);
  expect(niceMax(4.39)).toBe(5);
  expect(niceMax(0)).toBe(1);
  expect(niceMax(1)).toBe(1);
  expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
});
