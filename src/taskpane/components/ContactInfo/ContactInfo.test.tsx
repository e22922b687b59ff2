/** "Giới thiệu và hỗ trợ" names the province's contact from lien-he.json, or says the generic words. */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ContactInfo } from "./ContactInfo";

const realFetch = (globalThis as { fetch?: unknown }).fetch;

function serve(status: number, body: unknown): jest.Mock {
  const fetchMock = jest.fn(async () => ({
    ok: status === 200,
    status,
    json: async () => body,
  }));
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  return fetchMock;
}

afterEach(() => {
  (globalThis as { fetch?: unknown }).fetch = realFetch;
});

const show = (lang: "vi" | "en" = "vi") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ContactInfo lang={lang} />
    </FluentProvider>
  );

test("with lien-he.json: the unit, a tel: and a mailto: link, and the note", async () => {
  const fetchMock = serve(200, {
    donVi: "Trung tâm CNTT tỉnh",
    dienThoai: "0209 3852 123",
    email: "cntt@tinh.gov.vn",
    ghiChu: "Giờ hành chính.",
  });
  show();
  const tel = await screen.findByRole("link", { name: "0209 3852 123" });
  expect(tel.getAttribute("href")).toBe("tel:02093852123");
  expect(screen.getByRole("link", { name: "cntt@tinh.gov.vn" }).getAttribute("href")).toBe(
    "mailto:cntt@tinh.gov.vn"
  );
  expect(tel.closest("p")?.textContent).toBe(
    "Cần giúp đỡ, hãy liên hệ Trung tâm CNTT tỉnh, điện thoại 0209 3852 123, thư điện tử cntt@tinh.gov.vn. Giờ hành chính."
  );
  expect(fetchMock).toHaveBeenCalledWith("lien-he.json", { cache: "no-cache" });
});

test("in English", async () => {
  serve(200, { donVi: "Provincial IT centre", email: "it@tinh.gov.vn" });
  show("en");
  const mail = await screen.findByRole("link", { name: "it@tinh.gov.vn" });
  expect(mail.closest("p")?.textContent).toBe(
    "For help, contact Provincial IT centre, email it@tinh.gov.vn."
  );
});

test.each([
  ["no file (404)", 404, null],
  ["a file without a way to reach anyone", 200, { donVi: "Sở A" }],
])("%s: the generic words", async (_name, status, body) => {
  const fetchMock = serve(status, body);
  show();
  await new Promise((r) => setTimeout(r, 0));
  expect(fetchMock).toHaveBeenCalled();
  expect(
    screen.getByText(
      "Cần giúp đỡ, hãy liên hệ bộ phận công nghệ thông tin đã cài Trợ lý cho đơn vị."
    )
  ).toBeTruthy();
});

test("markup in the file stays text", async () => {
  serve(200, { donVi: "<img src=x onerror=alert(1)>", email: "a@b.vn" });
  show();
  const mail = await screen.findByRole("link", { name: "a@b.vn" });
  expect(mail.closest("p")?.textContent).toContain("<img src=x onerror=alert(1)>");
  expect(document.querySelector("img")).toBeNull();
});

test("without fetch (an old runtime, a test host): the generic words, no error", () => {
  (globalThis as { fetch?: unknown }).fetch = undefined;
  show();
  expect(screen.getByText(/bộ phận công nghệ thông tin/)).toBeTruthy();
});
