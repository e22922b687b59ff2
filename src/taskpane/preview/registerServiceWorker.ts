/**
 * The web app's offline cache (dist/sw.js, scripts/serviceWorkerPlugin.js) is registered only where a browser
 * allows it and it helps: the web app page of a production build (the page names the script; development names
 * none), served over https or from this machine. Never from the task pane: only the web app's entry calls this.
 */

/** Hosts a browser treats as secure without https. */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type ServiceWorkerEnv = {
  readonly location: Pick<Location, "protocol" | "hostname">;
  readonly serviceWorker?: Pick<ServiceWorkerContainer, "register"> | undefined;
};

/**
 * Whether the page at `env.location` should register `script`.
 * @example shouldRegister("sw.js", { location: { protocol: "http:", hostname: "giamngheo.gov.vn" } }) === false
 */
export function shouldRegister(script: string | undefined, env: ServiceWorkerEnv): boolean {
  if (!script || !env.serviceWorker) return false;
  return env.location.protocol === "https:" || LOCAL_HOSTS.has(env.location.hostname);
}

/**
 * Registers `script` (relative to the page, so the site works under any path) once the page has loaded, so the
 * cache's downloads never compete with the page's own. A refusal (private mode, a policy) leaves the web app
 * working as before, from the network.
 */
export function registerServiceWorker(
  script: string | undefined,
  env: ServiceWorkerEnv = { location: window.location, serviceWorker: navigator.serviceWorker }
): void {
  if (!shouldRegister(script, env)) return;
  const register = () => {
    env.serviceWorker?.register(script as string).catch(() => undefined);
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
