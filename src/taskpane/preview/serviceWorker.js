/* global CACHE, FILES, PAGE */
/*
 * The web app's service worker (dist/sw.js): after the first visit the web app opens from this cache, on a slow
 * link or none. scripts/serviceWorkerPlugin.js puts before this file CACHE (this build's cache name), FILES (the
 * web app's files, relative to the site) and PAGE ("index.html").
 *
 * It serves only the web app: a navigation to the site's root or index.html, and, for a page it opened, the files
 * of FILES. Everything else — taskpane.html in Excel and its scripts, ho-tro.html, lien-he.json, manifest.xml —
 * goes to the network untouched, so the pane inside Excel never runs from this cache.
 * Cache first: a new release is fetched whole in the background (a new sw.js, a new CACHE) and shown on the next
 * visit; the old cache is then deleted.
 */
"use strict";

var PREFIX = "giamngheo-";
var ROOT = new URL("./", self.location.href).href;
var PAGE_URL = new URL(PAGE, ROOT).href;
var URLS = FILES.map(function (f) {
  return new URL(f, ROOT).href;
});
/** The pages this worker opened (their client ids): only their requests are answered from the cache. */
var appClients = new Set();

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        return cache.addAll(URLS);
      })
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(
        keys
          .filter(function (k) {
            return k.indexOf(PREFIX) === 0 && k !== CACHE;
          })
          .map(function (k) {
            return caches.delete(k);
          })
      );
    })
  );
});

function fromCache(key, request) {
  return caches
    .open(CACHE)
    .then(function (cache) {
      return cache.match(key);
    })
    .then(function (hit) {
      return hit || fetch(request);
    });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  var bare = url.origin + url.pathname;
  if (request.mode === "navigate") {
    if (bare !== ROOT && bare !== PAGE_URL) return;
    if (event.resultingClientId) appClients.add(event.resultingClientId);
    event.respondWith(fromCache(PAGE_URL, request));
    return;
  }
  if (!appClients.has(event.clientId) || url.search || URLS.indexOf(bare) < 0) return;
  event.respondWith(fromCache(bare, request));
});
