/* global TEXT, MANIFEST, CONTACT */
/*
 * tao-manifest.html's script (ES5): checks the address and the contact details, says what is wrong beside each
 * field in Vietnamese, and offers manifest.xml and lien-he.json as downloads (Blob URLs: nothing leaves the
 * machine). The dev manifest and the version are in the page's #du-lieu block.
 * The words live in src/release/messages/page.json; scripts/release.js wraps this file as
 * function(TEXT, MANIFEST, CONTACT){…} with manifest.js and contact.js, so the page needs no other file.
 */
(function () {
  "use strict";

  var FIELDS = {
    donVi: "don-vi",
    dienThoai: "dien-thoai",
    email: "email",
    ghiChu: "ghi-chu",
  };

  function byId(id) {
    return document.getElementById(id);
  }

  function say(id, text) {
    var el = byId(id);
    while (el.firstChild) el.removeChild(el.firstChild);
    if (text) el.appendChild(document.createTextNode(text));
  }

  function mark(inputId, message) {
    byId(inputId).setAttribute("aria-invalid", message ? "true" : "false");
    say(inputId + "-loi", message);
  }

  var urls = [];
  function offer(linkId, text, type) {
    var blob = new Blob([text], { type: type });
    var href = URL.createObjectURL(blob);
    urls.push(href);
    byId(linkId).href = href;
  }

  function create(data) {
    for (var i = 0; i < urls.length; i++) URL.revokeObjectURL(urls[i]);
    urls = [];
    byId("ket-qua").hidden = true;
    var first = null;
    var address = null;
    try {
      address = MANIFEST.normaliseAddress(byId("dia-chi").value);
      mark("dia-chi", "");
      byId("dia-chi").value = address;
    } catch (e) {
      if (!(e instanceof MANIFEST.AddressError)) throw e;
      mark("dia-chi", TEXT.addressWhy[e.code]);
      first = "dia-chi";
    }
    var checked = CONTACT.buildContact({
      donVi: byId("don-vi").value,
      dienThoai: byId("dien-thoai").value,
      email: byId("email").value,
      ghiChu: byId("ghi-chu").value,
    });
    for (var key in FIELDS) mark(FIELDS[key], "");
    for (var j = 0; j < checked.errors.length; j++) {
      var id = FIELDS[checked.errors[j].field];
      mark(id, checked.errors[j].vi);
      if (first === null) first = id;
    }
    if (first !== null) {
      say("loi-chung", TEXT.fixBelow);
      byId(first).focus();
      return;
    }
    say("loi-chung", "");
    var xml = MANIFEST.manifestFor(data.manifest, address, data.version);
    offer("tai-manifest", xml, "application/xml");
    offer("tai-lien-he", JSON.stringify(checked.contact, null, 2) + "\n", "application/json");
    say("phien-ban", MANIFEST.manifestVersion(data.version));
    say("dia-chi-lien-he", address + "lien-he.json");
    say("dia-chi-web-app", address);
    byId("noi-dung-manifest").value = xml;
    byId("ket-qua").hidden = false;
    byId("ket-qua-tieu-de").setAttribute("tabindex", "-1");
    byId("ket-qua-tieu-de").focus();
  }

  function start() {
    if (typeof URL !== "function" || typeof Blob !== "function" || !URL.createObjectURL) {
      say("loi-chung", TEXT.tooOld);
      return;
    }
    var data = JSON.parse(byId("du-lieu").textContent);
    byId("bieu-mau").addEventListener("submit", function (event) {
      event.preventDefault();
      create(data);
    });
  }

  start();
})();
