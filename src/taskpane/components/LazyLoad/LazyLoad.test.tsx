/** Section panels mount their (lazy) content when first opened, keep it afterwards, and retry a failed chunk load. */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lazySection } from "./lazySection";
import { SectionPanel } from "../SectionTabs";

function Counter(props: { readonly label: string }): React.ReactElement {
  const [n, setN] = React.useState(0);
  return <button onClick={() => setN(n + 1)}>{`${props.label} ${n}`}</button>;
}

function Panels(props: { readonly selected: string; readonly second: React.ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <SectionPanel lang="vi" id="first" selected={props.selected}>
        <Counter label="một" />
      </SectionPanel>
      <SectionPanel lang="vi" id="second" selected={props.selected}>
        {props.second}
      </SectionPanel>
    </FluentProvider>
  );
}

test("a tab's content loads when the tab is first selected and keeps its state once hidden", async () => {
  const user = userEvent.setup();
  const load = jest.fn(() => Promise.resolve({ Counter }));
  const Second = lazySection(load, "Counter");
  const view = render(<Panels selected="first" second={<Second label="hai" />} />);
  expect(load).not.toHaveBeenCalled();
  expect(document.getElementById("panel-second")?.hidden).toBe(true);

  view.rerender(<Panels selected="second" second={<Second label="hai" />} />);
  await user.click(await screen.findByRole("button", { name: "hai 0" }));
  expect(screen.getByRole("button", { name: "hai 1" })).toBeTruthy();

  view.rerender(<Panels selected="first" second={<Second label="hai" />} />);
  view.rerender(<Panels selected="second" second={<Second label="hai" />} />);
  expect(screen.getByRole("button", { name: "hai 1" })).toBeTruthy();
  expect(load).toHaveBeenCalledTimes(1);
});

test("a chunk that fails to load says so in Vietnamese and loads again on Thử lại", async () => {
  const user = userEvent.setup();
  let fail = true;
  const load = jest.fn(() =>
    fail ? Promise.reject(new Error("ChunkLoadError")) : Promise.resolve({ Counter })
  );
  const Second = lazySection(load, "Counter");
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    render(<Panels selected="second" second={<Second label="hai" />} />);
    expect(await screen.findByText("Chưa tải được phần này")).toBeTruthy();
    fail = false;
    await act(async () => {
      await user.click(screen.getByRole("button", { name: "Thử lại" }));
    });
    expect(await screen.findByRole("button", { name: "hai 0" })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  } finally {
    quiet.mockRestore();
  }
});
