import {
  registerServiceWorker,
  shouldRegister,
  type ServiceWorkerEnv,
} from "./registerServiceWorker";

const env = (protocol: string, hostname: string, register = jest.fn(async () => undefined)) =>
  ({
    location: { protocol, hostname },
    serviceWorker: { register } as unknown as ServiceWorkerContainer,
  }) satisfies ServiceWorkerEnv;

describe("shouldRegister", () => {
  it.each([
    ["https:", "giamngheo.gov.vn", true],
    ["http:", "localhost", true],
    ["http:", "127.0.0.1", true],
    ["http:", "giamngheo.gov.vn", false],
    ["file:", "", false],
  ])("%s//%s → %s", (protocol, hostname, expected) => {
    expect(shouldRegister("sw.js", env(protocol, hostname))).toBe(expected);
  });

  it("never in development (the page names no script) or without service workers", () => {
    expect(shouldRegister("", env("https:", "a.vn"))).toBe(false);
    expect(shouldRegister(undefined, env("https:", "a.vn"))).toBe(false);
    expect(shouldRegister("sw.js", { location: { protocol: "https:", hostname: "a.vn" } })).toBe(
      false
    );
  });
});

test("registers the script relative to the page once the page has loaded; a refusal is quiet", async () => {
  const register = jest.fn(async () => {
    throw new Error("denied");
  });
  registerServiceWorker("sw.js", env("https:", "a.vn", register));
  // jsdom's document is complete by now: registered at once.
  expect(register).toHaveBeenCalledWith("sw.js");
  await Promise.resolve();
});

test("on plain http at a real address: nothing registered", () => {
  const register = jest.fn(async () => undefined);
  registerServiceWorker("sw.js", env("http:", "a.vn", register));
  expect(register).not.toHaveBeenCalled();
});
